//! The passcode lock, as people meet it: the lock screen in front of the app ([`LockGate`]),
//! the setting at `/meer/toegangscode` ([`LockSettingsPage`]), its summary on Meer
//! ([`LockSummary`]), the idle timer and "lock now" ([`watch`], [`lock_now`]), and what happens
//! when another tab changes something ([`storage_event`]).
//!
//! The encryption itself lives in `storage::sealed` and `storage::crypto`.
//!
//! Locking reloads the page into the lock screen: that is the one honest way to drop the key and
//! every decrypted text from memory (the wasm heap is thrown away with the page). The URL stays,
//! so after unlocking the user is back where they were.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::components::A;
use wasm_bindgen::JsCast;

use crate::app::{PartMissing, PartUnavailable};
use crate::components::page_header::PageHeader;
use crate::i18n::{texts, use_i18n, I18n, Lang, Texts};
use crate::state::use_app_state;
use crate::storage::sealed::{
    self, LockError, LockMeta, MetaError, SealedStore, DEFAULT_IDLE_MINUTES, IDLE_CHOICES, LOCK_KEY,
};
use crate::storage::{crypto, KeyValue, LocalStore};

/// The shortest passcode we accept. PBKDF2 makes every guess slow, but a short code is still
/// quickly guessed by someone who has the phone.
pub const MIN_CODE_CHARS: usize = 6;

/// The shortest passcode of digits only. Whoever copies the storage can try every code offline:
/// a million six-digit codes go quickly even through PBKDF2; ten digits are ten thousand times
/// more work.
pub const MIN_DIGIT_CODE_CHARS: usize = 10;

/// Codes (lowercase, without spaces) that are tried first by anyone guessing. Kept short: with
/// the rules in [`is_common_code`] for repeats and runs, they cover the usual first guesses.
const COMMON_CODES: [&str; 16] = [
    "wachtwoord", "paswoord", "password", "passwoord", "azerty", "qwerty", "qwertz", "azertyuiop",
    "qwertyuiop", "backontrack", "toegangscode", "passcode", "geheim", "welkom", "iloveyou", "abc123",
];

/// Wrong tries after which the lock screen adds a gentle note (there is never a lock-out).
pub const GENTLE_NOTE_AFTER: u32 = 3;

// ---------------------------------------------------------------------------------------------
// Plain logic (tested natively)

/// Whether the app has been left alone long enough to lock: `minutes` without activity since
/// `last_active_ms` (0 minutes = never by itself). A clock that went backwards never locks.
pub fn idle_expired(last_active_ms: u64, now_ms: u64, minutes: u32) -> bool {
    minutes > 0 && now_ms.saturating_sub(last_active_ms) >= u64::from(minutes) * 60_000
}

/// What is wrong with a new passcode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeProblem {
    TooShort,
    /// Only digits, fewer than [`MIN_DIGIT_CODE_CHARS`].
    FewDigits,
    /// One of the first codes anyone tries ([`is_common_code`]).
    Common,
    Mismatch,
}

/// Checks a new passcode and its repetition. Length counts characters, not bytes, so "één"
/// is three. Nothing is trimmed: a space is part of the code. Only for setting or changing a
/// code: unlocking takes any code that was ever set, so nobody is locked out by a newer rule.
pub fn check_new_code(code: &str, again: &str) -> Result<(), CodeProblem> {
    let chars = code.chars().count();
    if chars < MIN_CODE_CHARS {
        Err(CodeProblem::TooShort)
    } else if chars < MIN_DIGIT_CODE_CHARS && code.chars().all(|c| c.is_ascii_digit()) {
        Err(CodeProblem::FewDigits)
    } else if is_common_code(code) {
        Err(CodeProblem::Common)
    } else if code != again {
        Err(CodeProblem::Mismatch)
    } else {
        Ok(())
    }
}

/// Whether `code` is among the first guesses: one character or a short group repeated
/// ("aaaaaa", "121212", "abcabc"), a run up or down ("abcdef", "987654", "1234567890"), or a
/// word of [`COMMON_CODES`], also with capitals, spaces or digits after it ("Wachtwoord1").
pub fn is_common_code(code: &str) -> bool {
    let plain: Vec<char> = code.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_lowercase).collect();
    let repeats = (1..=3).any(|unit| plain.len() > unit && (unit..plain.len()).all(|i| plain[i] == plain[i - unit]));
    let step = |a: char, b: char| b as i64 - a as i64;
    let run = |dir: i64| {
        plain.windows(2).all(|w| step(w[0], w[1]) == dir || (w[0], w[1]) == (if dir > 0 { ('9', '0') } else { ('0', '9') }))
    };
    let word: String = plain.iter().collect();
    let word_alone = word.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_ascii_punctuation());
    repeats || run(1) || run(-1) || COMMON_CODES.contains(&word.as_str()) || COMMON_CODES.contains(&word_alone)
}

// ---------------------------------------------------------------------------------------------
// Context, locking, other tabs

/// The app's store, for the pages of this module (`None`: the browser offers no storage).
#[derive(Clone, Copy)]
pub struct LockHandle(StoredValue<Option<SealedStore>, LocalStorage>);

pub fn provide_lock(store: Option<SealedStore>) {
    provide_context(LockHandle(StoredValue::new_local(store)));
}

fn use_lock() -> Option<SealedStore> {
    use_context::<LockHandle>().and_then(|h| h.0.get_value())
}

thread_local! {
    /// Set once this page is on its way to the lock screen: nothing else should happen then.
    static LEAVING: Cell<bool> = const { Cell::new(false) };
}

fn reload() {
    LEAVING.with(|l| l.set(true));
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

fn leaving() -> bool {
    LEAVING.with(Cell::get)
}

/// Locks the app: lets the last writes reach the disk, then reloads into the lock screen.
/// `everywhere`: other open tabs of the app lock as well (for "lock now"; the idle timer only
/// locks the tab that was left alone).
pub fn lock_now(store: SealedStore, everywhere: bool) {
    if leaving() {
        return;
    }
    LEAVING.with(|l| l.set(true));
    leptos::task::spawn_local(async move {
        store.flush().await;
        if everywhere {
            store.count_lock();
        }
        reload();
    });
}

/// The neutral page "Snel weg" leaves for: a blank notes page without the app's name.
pub const NEUTRAL_PAGE: &str = "/public/notities.html";

/// "Snel weg": hides the app at once (the page goes blank in this frame), writes what waits, and
/// replaces this page with a neutral one. With a passcode the app is locked when it comes back:
/// the key lives only in this page, and a page restored from the back/forward cache is reloaded
/// (see `public/sw-client.js`'s `pageshow` check) so it starts at the lock screen.
pub fn quick_exit(flush_plain: impl FnOnce()) {
    if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
        let _ = body.set_attribute("data-away", "");
    }
    let leave = || {
        LEAVING.with(|l| l.set(true));
        if let Some(w) = web_sys::window() {
            let _ = w.location().replace(NEUTRAL_PAGE);
        }
    };
    match use_lock() {
        Some(store) if store.is_sealed() => leptos::task::spawn_local(async move {
            store.flush().await;
            leave();
        }),
        _ => {
            flush_plain();
            leave();
        }
    }
}

/// Handles another tab's storage change where the lock is involved; returns false when the
/// caller should handle it as usual (`apply(key)`).
///
/// - `bot.lock` changed: the passcode was set, changed or removed there, or "lock now" was
///   pressed. This tab locks (reloads) unless only a setting changed.
/// - With a passcode, a changed value is decrypted first and then passed to `apply`.
/// - Without one, a sealed value means another tab just set a passcode: lock too, rather than
///   let the plain repository try to read it.
pub fn storage_event(
    ev: &web_sys::StorageEvent,
    store: Option<&SealedStore>,
    apply: impl Fn(Option<String>) + 'static,
) -> bool {
    if leaving() {
        return true;
    }
    let Some(key) = ev.key() else {
        // Storage was cleared elsewhere.
        if store.is_some_and(SealedStore::is_sealed) {
            reload();
            return true;
        }
        return false;
    };
    if key == LOCK_KEY {
        let (old, new) = (ev.old_value(), ev.new_value());
        if store.is_none_or(|s| s.relock_needed(old.as_deref(), new.as_deref())) {
            reload();
        }
        return true;
    }
    let Some(store) = store else { return false };
    if store.is_sealed() {
        let k = key.clone();
        return store.incoming(&key, move || apply(Some(k)));
    }
    if sealed::is_sealable(&key) && ev.new_value().is_some_and(|v| crypto::looks_sealed(&v)) {
        reload();
        return true;
    }
    false
}

fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Starts the idle timer (any tap, key, input or scroll counts as use; checked every ten
/// seconds and when the app comes back to the foreground) and keeps the lock screen's language
/// in step with the app's.
pub fn watch(store: SealedStore, i18n: I18n) {
    let last = Rc::new(Cell::new(now_ms()));
    let mut handles = Vec::new();
    for name in ["pointerdown", "keydown", "input", "scroll"] {
        let last = last.clone();
        handles.push(window_event_listener_untyped(name, move |_| last.set(now_ms())));
    }
    let check = {
        let store = store.clone();
        move || {
            if let Some(minutes) = store.idle_minutes() {
                if idle_expired(last.get(), now_ms(), minutes) {
                    lock_now(store.clone(), false);
                }
            }
        }
    };
    let on_return = check.clone();
    handles.push(window_event_listener_untyped("visibilitychange", move |_| on_return()));
    let interval = set_interval_with_handle(check, Duration::from_secs(10)).ok();
    on_cleanup(move || {
        for h in handles {
            h.remove();
        }
        if let Some(i) = interval {
            i.clear();
        }
    });
    Effect::new(move |_| store.remember_lang(i18n.lang().code()));
}

fn focus(id: &str) {
    let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

fn problem_text(e: &LockError, t: &'static Texts) -> &'static str {
    match e {
        LockError::WrongPasscode => t.lock().wrong_current,
        LockError::Unavailable => t.lock().unavailable,
        LockError::Write(_) => t.lock().write_failed,
        LockError::BadMeta => t.lock().broken_meta,
        LockError::NotOn | LockError::AlreadyOn | LockError::Failed => t.lock().failed,
    }
}

fn code_problem_text(p: CodeProblem, t: &'static Texts) -> &'static str {
    match p {
        CodeProblem::TooShort => t.lock().too_short,
        CodeProblem::FewDigits => t.lock().few_digits,
        CodeProblem::Common => t.lock().common_code,
        CodeProblem::Mismatch => t.lock().mismatch,
    }
}

// ---------------------------------------------------------------------------------------------
// Small form parts

/// A passcode input with its label, optional hint and the shared "show" switch.
#[component]
fn CodeField(
    /// The input's id (unique on the page).
    id: &'static str,
    /// Visible label.
    label: &'static str,
    /// The typed text.
    value: RwSignal<String>,
    /// Show the text instead of dots.
    show: RwSignal<bool>,
    /// `new-password` or `current-password`, so password managers and keyboards behave.
    autocomplete: &'static str,
    /// Optional hint under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// Id of the message that explains a problem with this field, when there is one.
    #[prop(optional, into)]
    error_for: Signal<Option<&'static str>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = {
        let hint_id = hint_id.clone();
        move || {
            let mut ids: Vec<&str> = Vec::new();
            if hint.is_some() {
                ids.push(&hint_id);
            }
            if let Some(e) = error_for.get() {
                ids.push(e);
            }
            ids.join(" ")
        }
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            <input
                id=id
                class="code-input"
                type=move || if show.get() { "text" } else { "password" }
                autocomplete=autocomplete
                autocapitalize="off"
                spellcheck="false"
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                aria-invalid=move || error_for.get().is_some().then_some("true")
                aria-describedby=described
            />
        </div>
    }
}

/// "Show the passcode": one switch for all code fields of a form.
#[component]
fn ShowCode(
    /// The checkbox id (unique on the page).
    id: &'static str,
    /// Whether codes are shown.
    show: RwSignal<bool>,
) -> impl IntoView {
    let t = use_i18n().t();
    view! {
        <div class="field check-field">
            <input autocomplete="off" type="checkbox" id=id prop:checked=move || show.get()
                on:change=move |ev| show.set(event_target_checked(&ev))/>
            <label for=id>{t.lock().show_code}</label>
        </div>
    }
}

/// The idle time choice (2, 5, 15 minutes or never).
#[component]
fn IdleChoice(
    /// Chosen minutes (0 = never).
    value: RwSignal<u32>,
    /// Called when the user picks another time.
    #[prop(optional)]
    on_change: Option<Callback<u32>>,
) -> impl IntoView {
    let t = use_i18n().t();
    view! {
        <fieldset class="idle-choice">
            <legend>{t.lock().idle_legend}</legend>
            {IDLE_CHOICES.into_iter().map(|m| view! {
                <label class="choice-row">
                    <input autocomplete="off" type="radio" name="lock-idle" value=m.to_string()
                        prop:checked=move || value.get() == m
                        on:change=move |_| {
                            value.set(m);
                            if let Some(cb) = on_change {
                                cb.run(m);
                            }
                        }/>
                    <span>{if m == 0 { t.lock().idle_never.to_string() } else { (t.lock().idle_after)(m) }}</span>
                </label>
            }).collect_view()}
        </fieldset>
    }
}

// ---------------------------------------------------------------------------------------------
// The lock screen

/// Stands in front of the app. Without a passcode it opens the app at once; with one it shows
/// the lock screen and opens the app only after the right passcode. `open` receives the store
/// (`None` when the browser offers no storage at all).
#[component]
pub fn LockGate(
    /// Builds the app around the (unlocked) store.
    open: fn(Option<SealedStore>) -> AnyView,
) -> impl IntoView {
    let Some(local) = LocalStore::open() else { return open(None) };
    let Some(meta) = local.get(LOCK_KEY) else {
        return open(Some(SealedStore::plain(Box::new(local))));
    };
    let unlocked = RwSignal::new_local(None::<SealedStore>);
    view! {
        {move || match unlocked.get() {
            Some(store) => open(Some(store)),
            // The lock screen and the encryption are a part of their own (most phones never
            // need them); index.html's wait screen stays until it has drawn.
            // (Browser futures are not Send; the app has one thread.)
            None => {
                let meta = meta.clone();
                Suspend::new(send_wrapper::SendWrapper::new(async move {
                    let screen = crate::browser::with_part_styles(load_lock(meta.clone(), unlocked)).await;
                    screen.unwrap_or_else(|_| lock_unavailable(&meta))
                }))
                .into_any()
            }
        }}
    }
    .into_any()
}

#[leptos::wasm_split::wasm_split(load_lock, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load_lock(meta: String, unlocked: RwSignal<Option<SealedStore>, LocalStorage>) -> Result<AnyView, PartMissing> {
    let meta = LockMeta::parse(&meta);
    Ok(view! { <LockScreen meta unlocked/> }.into_any())
}

/// The lock screen could not be downloaded (offline before the app was ever installed). The
/// lock's language is inside its metadata (`meta`, as stored), which only the lock part parses;
/// like index.html, a plain look at it is enough for this one message.
fn lock_unavailable(meta: &str) -> AnyView {
    let stored_en = meta.contains(r#""lang":"en""#);
    let from_link = crate::browser::query_param("lang").and_then(|c| Lang::from_code(&c));
    let lang = from_link.unwrap_or(if stored_en { Lang::En } else { Lang::Nl });
    provide_context(I18n::new(lang));
    crate::browser::remove_splash();
    view! { <main id="main"><PartUnavailable home_link=false/></main> }.into_any()
}

#[component]
fn LockScreen(meta: Result<LockMeta, MetaError>, unlocked: RwSignal<Option<SealedStore>, LocalStorage>) -> impl IntoView {
    // The stored data (and so the chosen language) is locked: `?lang=`, else the language the
    // app had when it was locked, else Dutch.
    let from_link = crate::browser::query_param("lang").and_then(|c| Lang::from_code(&c));
    let stored = meta.as_ref().ok().and_then(|m| m.lang.as_deref()).and_then(Lang::from_code);
    let i18n = I18n::new(from_link.or(stored).unwrap_or_default());
    provide_context(i18n);
    Effect::new(move |_| {
        crate::browser::set_document_lang(i18n.lang().code());
        crate::browser::set_title(texts(i18n.lang()).lock().locked_doc_title);
    });
    // The lock screen is the first screen: index.html's wait screen goes.
    Effect::new(move |_| crate::browser::remove_splash());
    // The passcode was removed or everything wiped in another tab: start again.
    let listener = window_event_listener(leptos::ev::storage, |ev| {
        if ev.key().is_none_or(|k| k == LOCK_KEY) {
            reload();
        }
    });
    on_cleanup(move || listener.remove());

    let broken = meta.is_err();
    let code = RwSignal::new(String::new());
    let show = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let tries = RwSignal::new(0u32);
    let problem = RwSignal::new(None::<LockError>);
    let empty = RwSignal::new(false);
    let wipe_text = RwSignal::new(String::new());
    if !broken {
        Effect::new(move |_| focus("unlock-code"));
    }

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        problem.set(None);
        let passcode = code.get_untracked();
        empty.set(passcode.is_empty());
        if passcode.is_empty() {
            focus("unlock-code");
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let result = match LocalStore::open() {
                Some(local) => SealedStore::unlock(Box::new(local), &passcode).await,
                None => Err(LockError::Unavailable),
            };
            match result {
                Ok(store) => {
                    code.set(String::new());
                    unlocked.set(Some(store));
                }
                Err(e) => {
                    if e == LockError::WrongPasscode {
                        tries.update(|n| *n += 1);
                    }
                    problem.set(Some(e));
                    busy.set(false);
                    focus("unlock-code");
                }
            }
        });
    };

    let wipe = move |ev: SubmitEvent| {
        ev.prevent_default();
        if wipe_text.get_untracked().trim() != i18n.t().common.wipe_word {
            return;
        }
        if let Some(local) = LocalStore::open() {
            // Values first, the lock's metadata last: if something fails half-way, what is left
            // can still be opened by someone who remembers the code after all.
            let mut keys: Vec<String> =
                local.keys().into_iter().filter(|k| k.starts_with("bot.") && k != LOCK_KEY).collect();
            keys.push(LOCK_KEY.to_string());
            for k in keys {
                let _ = local.remove(&k);
            }
        }
        reload();
    };

    move || {
        let t = texts(i18n.lang());
        let message = move || {
            let t = texts(i18n.lang());
            match problem.get() {
                Some(LockError::WrongPasscode) => Some(t.lock().wrong),
                Some(e) => Some(problem_text(&e, t)),
                None if empty.get() => Some(t.lock().empty_code),
                None => None,
            }
        };
        view! {
            <main id="main" class="lock-screen" tabindex="-1">
                <div class="lock-box">
                    <h1>{t.lock().locked_title}</h1>
                    {if broken {
                        view! { <p class="notice warning" role="alert">{t.lock().broken_meta}</p> }.into_any()
                    } else {
                        view! {
                            <form class="unlock-form" on:submit=submit aria-busy=move || busy.get().to_string()>
                                <p>{t.lock().locked_body}</p>
                                <CodeField id="unlock-code" label=t.lock().code_label value=code show
                                    autocomplete="current-password"
                                    error_for=Signal::derive(move || message().map(|_| "unlock-message"))/>
                                <ShowCode id="unlock-show" show/>
                                <p id="unlock-message" class="error" role="alert">{message}</p>
                                <p class="hint gentle" role="status">
                                    {move || (tries.get() >= GENTLE_NOTE_AFTER).then_some(t.lock().many_tries)}
                                </p>
                                <button type="submit" class="button primary wide" disabled=move || busy.get()>
                                    {move || if busy.get() { t.lock().unlocking } else { t.lock().unlock_button }}
                                </button>
                            </form>
                        }.into_any()
                    }}
                    <details class="forgot">
                        <summary>{t.lock().forgot_summary}</summary>
                        <p>{t.lock().forgot_body}</p>
                        <form on:submit=wipe>
                            <div class="field">
                                <label for="lock-wipe">{(t.common.wipe_label)(t.common.wipe_word)}</label>
                                <input id="lock-wipe" type="text" autocomplete="off" autocapitalize="characters"
                                    prop:value=move || wipe_text.get()
                                    on:input=move |ev| wipe_text.set(event_target_value(&ev))/>
                            </div>
                            <button type="submit" class="button danger"
                                disabled=move || wipe_text.get().trim() != t.common.wipe_word>{t.common.wipe_button}</button>
                        </form>
                    </details>
                    <div class="segmented lock-lang" role="group" aria-label=t.more().language>
                        {Lang::ALL.into_iter().map(|lang| view! {
                            <button type="button" lang=lang.code()
                                aria-pressed=(i18n.lang() == lang).to_string()
                                on:click=move |_| i18n.set_lang(lang)>{lang.endonym()}</button>
                        }).collect_view()}
                    </div>
                </div>
            </main>
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The setting in Meer

/// The passcode section on the Meer page: whether it is on, "lock now", and the way to the
/// setting.
#[component]
pub fn LockSummary() -> impl IntoView {
    let t = use_i18n().t();
    let store = use_lock();
    let on = store.as_ref().is_some_and(SealedStore::is_sealed);
    let store = StoredValue::new_local(store);
    view! {
        <section class="card" aria-labelledby="lock-summary-h">
            <h2 id="lock-summary-h">{t.lock().title}</h2>
            <p>{if on { t.lock().summary_on } else { t.lock().summary_off }}</p>
            <div class="button-row">
                {on.then(|| view! {
                    <button type="button" class="button primary" on:click=move |_| {
                        if let Some(s) = store.get_value() {
                            lock_now(s, true);
                        }
                    }>{t.lock().lock_now}</button>
                })}
                <A href="/meer/toegangscode" attr:class="button">{if on { t.lock().link_manage } else { t.lock().link_set }}</A>
            </div>
        </section>
    }
}

/// `/meer/toegangscode`: set, change or remove the passcode, choose the idle time, lock now.
#[component]
pub fn LockSettingsPage() -> impl IntoView {
    let t = use_i18n().t();
    let store = use_lock().filter(|_| crypto::available());
    let on = RwSignal::new(store.as_ref().is_some_and(SealedStore::is_sealed));
    let done = RwSignal::new(None::<&'static str>);
    view! {
        <PageHeader title=t.lock().title.to_string() back="/meer"/>
        <div role="status" class="lock-done">
            {move || done.get().map(|m| view! { <p class="notice info">{m}</p> })}
        </div>
        {match store {
            None => view! { <p class="notice warning">{t.lock().unavailable}</p> }.into_any(),
            Some(store) => {
                let store = StoredValue::new_local(store);
                (move || if on.get() {
                    view! { <LockOn store on done/> }.into_any()
                } else {
                    view! { <LockOff store on done/> }.into_any()
                }).into_any()
            }
        }}
    }
}

/// Setting a passcode: the warning, a backup first, then the code.
#[component]
fn LockOff(
    store: StoredValue<SealedStore, LocalStorage>,
    on: RwSignal<bool>,
    done: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let state = use_app_state();
    let backed_up = RwSignal::new(None::<bool>);
    let understood = RwSignal::new(false);
    let code = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let show = RwSignal::new(false);
    let idle = RwSignal::new(DEFAULT_IDLE_MINUTES);
    let busy = RwSignal::new(false);
    // (field in trouble, message)
    let problem = RwSignal::new(None::<(&'static str, &'static str)>);
    let has_cases = !state.cases().with_untracked(|c| c.is_empty());

    let backup = move |_| backed_up.set(Some(crate::pages::data::download_everyone(state).is_ok()));

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let bad = if !understood.get_untracked() {
            Some(("lock-understand", t.lock().understand_missing))
        } else {
            match check_new_code(&code.get_untracked(), &again.get_untracked()) {
                Err(p @ CodeProblem::Mismatch) => Some(("lock-again", code_problem_text(p, t))),
                Err(p) => Some(("lock-new", code_problem_text(p, t))),
                Ok(()) => None,
            }
        };
        problem.set(bad);
        if let Some((field, _)) = bad {
            focus(field);
            return;
        }
        busy.set(true);
        let s = store.get_value();
        let passcode = code.get_untracked();
        let lang = i18n.lang().code().to_string();
        leptos::task::spawn_local(async move {
            let result = s.enable(&passcode, idle.get_untracked(), Some(lang)).await;
            busy.set(false);
            match result {
                Ok(()) => {
                    code.set(String::new());
                    again.set(String::new());
                    done.set(Some(t.lock().set_done));
                    on.set(true);
                }
                Err(e) => {
                    problem.set(Some(("", problem_text(&e, t))));
                    if s.is_sealed() {
                        on.set(true);
                    }
                }
            }
        });
    };
    let error_for = move |field: &'static str| {
        Signal::derive(move || problem.get().filter(|(f, _)| *f == field).map(|_| "lock-set-message"))
    };

    view! {
        <p class="lead">{t.lock().intro}</p>
        <div class="notice warning lock-warning">
            <h2>{t.lock().warning_title}</h2>
            <p>{t.lock().warning_body}</p>
        </div>
        <section class="card" aria-labelledby="lock-backup-h">
            <h2 id="lock-backup-h">{t.lock().backup_title}</h2>
            <p>{t.lock().backup_body}</p>
            {if has_cases {
                view! {
                    <button type="button" class="button primary" on:click=backup>{t.lock().backup_now}</button>
                }.into_any()
            } else {
                view! { <p class="empty">{t.lock().backup_none}</p> }.into_any()
            }}
            <p role="status" class="ok-message">
                {move || backed_up.get().map(|ok| if ok { t.lock().backup_done } else { t.lock().backup_failed })}
            </p>
            <p><A href="/meer/back-up">{t.lock().backup_page_link}</A></p>
        </section>
        <section class="card" aria-labelledby="lock-choose-h">
            <h2 id="lock-choose-h">{t.lock().choose_title}</h2>
            <form on:submit=submit aria-busy=move || busy.get().to_string()>
                <div class="field check-field">
                    <input autocomplete="off" type="checkbox" id="lock-understand" prop:checked=move || understood.get()
                        on:change=move |ev| understood.set(event_target_checked(&ev))
                        aria-invalid=move || problem.get().is_some_and(|(f, _)| f == "lock-understand").then_some("true")
                        aria-describedby=move || problem.get().filter(|(f, _)| *f == "lock-understand").map(|_| "lock-set-message")/>
                    <label for="lock-understand">{t.lock().understand}</label>
                </div>
                <CodeField id="lock-new" label=t.lock().new_code hint=t.lock().new_code_hint value=code show
                    autocomplete="new-password" error_for=error_for("lock-new")/>
                <CodeField id="lock-again" label=t.lock().repeat_code value=again show
                    autocomplete="new-password" error_for=error_for("lock-again")/>
                <ShowCode id="lock-show" show/>
                <IdleChoice value=idle/>
                <p id="lock-set-message" class="error" role="alert">{move || problem.get().map(|(_, m)| m)}</p>
                <button type="submit" class="button primary" disabled=move || busy.get()>{t.lock().set_button}</button>
                <p role="status" class="hint">{move || busy.get().then_some(t.lock().setting)}</p>
            </form>
        </section>
    }
}

/// With a passcode: lock now, the idle time, change and remove.
#[component]
fn LockOn(
    store: StoredValue<SealedStore, LocalStorage>,
    on: RwSignal<bool>,
    done: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let t = use_i18n().t();
    let idle = RwSignal::new(
        store.with_value(|s| s.meta().and_then(Result::ok).map(|m| m.idle)).unwrap_or(DEFAULT_IDLE_MINUTES),
    );
    let idle_saved = RwSignal::new(None::<bool>);
    let save_idle = Callback::new(move |minutes: u32| {
        idle_saved.set(Some(store.with_value(|s| s.update_meta(|m| m.idle = minutes)).is_ok()));
    });

    // Change the passcode
    let current = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let show = RwSignal::new(false);
    let changing = RwSignal::new(false);
    let change_problem = RwSignal::new(None::<(&'static str, &'static str)>);
    let change = move |ev: SubmitEvent| {
        ev.prevent_default();
        if changing.get_untracked() {
            return;
        }
        done.set(None);
        let bad = match check_new_code(&code.get_untracked(), &again.get_untracked()) {
            Err(p @ CodeProblem::Mismatch) => Some(("lock-change-again", code_problem_text(p, t))),
            Err(p) => Some(("lock-change-new", code_problem_text(p, t))),
            Ok(()) => None,
        };
        change_problem.set(bad);
        if let Some((field, _)) = bad {
            focus(field);
            return;
        }
        changing.set(true);
        let s = store.get_value();
        let (old, new) = (current.get_untracked(), code.get_untracked());
        leptos::task::spawn_local(async move {
            let result = s.change_passcode(&old, &new).await;
            changing.set(false);
            match result {
                Ok(()) => {
                    for f in [current, code, again] {
                        f.set(String::new());
                    }
                    done.set(Some(t.lock().changed));
                }
                Err(e) => {
                    let field = if e == LockError::WrongPasscode { "lock-change-current" } else { "" };
                    change_problem.set(Some((field, problem_text(&e, t))));
                    if !field.is_empty() {
                        focus(field);
                    }
                }
            }
        });
    };
    let change_error = move |field: &'static str| {
        Signal::derive(move || change_problem.get().filter(|(f, _)| *f == field).map(|_| "lock-change-message"))
    };

    // Remove the passcode
    let remove_code = RwSignal::new(String::new());
    let remove_show = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let removing = RwSignal::new(false);
    let remove_problem = RwSignal::new(None::<&'static str>);
    let ask = move |ev: SubmitEvent| {
        ev.prevent_default();
        done.set(None);
        remove_problem.set(None);
        confirming.set(true);
    };
    let remove = move |_| {
        if removing.get_untracked() {
            return;
        }
        removing.set(true);
        let s = store.get_value();
        let passcode = remove_code.get_untracked();
        leptos::task::spawn_local(async move {
            let result = s.disable(&passcode).await;
            removing.set(false);
            confirming.set(false);
            match result {
                Ok(()) => {
                    remove_code.set(String::new());
                    done.set(Some(t.lock().removed));
                    on.set(false);
                }
                Err(e) => {
                    remove_problem.set(Some(problem_text(&e, t)));
                    focus("lock-remove-code");
                }
            }
        });
    };

    view! {
        <section class="card" aria-labelledby="lock-on-h">
            <h2 id="lock-on-h">{t.lock().on_title}</h2>
            <p>{t.lock().on_body}</p>
            <p class="hint">{t.lock().lock_now_hint}</p>
            <button type="button" class="button primary" on:click=move |_| lock_now(store.get_value(), true)>
                {t.lock().lock_now}
            </button>
        </section>
        <section class="card">
            <IdleChoice value=idle on_change=save_idle/>
            <p role="status" class="ok-message">
                {move || idle_saved.get().map(|ok| if ok { t.lock().idle_saved } else { t.lock().write_failed })}
            </p>
        </section>
        <section class="card" aria-labelledby="lock-change-h">
            <h2 id="lock-change-h">{t.lock().change_title}</h2>
            <form on:submit=change aria-busy=move || changing.get().to_string()>
                <CodeField id="lock-change-current" label=t.lock().current_code value=current show
                    autocomplete="current-password" error_for=change_error("lock-change-current")/>
                <CodeField id="lock-change-new" label=t.lock().new_code hint=t.lock().new_code_hint value=code show
                    autocomplete="new-password" error_for=change_error("lock-change-new")/>
                <CodeField id="lock-change-again" label=t.lock().repeat_code value=again show
                    autocomplete="new-password" error_for=change_error("lock-change-again")/>
                <ShowCode id="lock-change-show" show/>
                <p id="lock-change-message" class="error" role="alert">{move || change_problem.get().map(|(_, m)| m)}</p>
                <button type="submit" class="button" disabled=move || changing.get()>{t.lock().change_button}</button>
                <p role="status" class="hint">{move || changing.get().then_some(t.lock().working)}</p>
            </form>
        </section>
        <section class="card danger-zone" aria-labelledby="lock-remove-h">
            <h2 id="lock-remove-h">{t.lock().remove_title}</h2>
            <p>{t.lock().remove_body}</p>
            <form on:submit=ask>
                <CodeField id="lock-remove-code" label=t.lock().current_code value=remove_code show=remove_show
                    autocomplete="current-password"
                    error_for=Signal::derive(move || remove_problem.get().map(|_| "lock-remove-message"))/>
                <ShowCode id="lock-remove-show" show=remove_show/>
                <p id="lock-remove-message" class="error" role="alert">{move || remove_problem.get()}</p>
                <Show when=move || confirming.get() fallback=move || view! {
                    <button type="submit" class="button danger">{t.lock().remove_button}</button>
                }>
                    <div role="alertdialog" aria-labelledby="lock-remove-q" class="confirm">
                        <p id="lock-remove-q" class="confirm-question">{t.lock().remove_confirm}</p>
                        <div class="button-row">
                            <button type="button" class="button danger" on:click=remove disabled=move || removing.get()>
                                {t.lock().remove_yes}
                            </button>
                            <button type="button" class="button" on:click=move |_| confirming.set(false)>{t.common.cancel}</button>
                        </div>
                    </div>
                </Show>
                <p role="status" class="hint">{move || removing.get().then_some(t.lock().removing)}</p>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idle_time_counts_whole_minutes_from_the_last_use() {
        let five = 5 * 60_000;
        assert!(!idle_expired(1_000, 1_000 + five - 1, 5));
        assert!(idle_expired(1_000, 1_000 + five, 5));
        assert!(idle_expired(0, u64::MAX, 2));
    }

    #[test]
    fn never_means_never_and_a_clock_going_back_does_not_lock() {
        assert!(!idle_expired(0, u64::MAX, 0));
        assert!(!idle_expired(10 * 60_000, 0, 2));
    }

    #[test]
    fn every_offered_idle_time_is_sane() {
        for m in IDLE_CHOICES {
            assert!(m == 0 || (1..=60).contains(&m));
        }
        assert!(IDLE_CHOICES.contains(&DEFAULT_IDLE_MINUTES));
    }

    #[test]
    fn new_codes_are_checked_by_characters_and_never_trimmed() {
        assert_eq!(check_new_code("12345", "12345"), Err(CodeProblem::TooShort));
        assert_eq!(check_new_code("lentezon", "lentezon"), Ok(()));
        assert_eq!(check_new_code("lentezon", "Lentezon"), Err(CodeProblem::Mismatch));
        assert_eq!(check_new_code("lentezon ", "lentezon"), Err(CodeProblem::Mismatch));
        // Six characters, more bytes.
        assert_eq!(check_new_code("ééééé", "ééééé"), Err(CodeProblem::TooShort));
        assert_eq!(check_new_code("ééééée", "ééééée"), Ok(()));
    }

    #[test]
    fn digits_alone_need_ten() {
        assert_eq!(check_new_code("123456", "123456"), Err(CodeProblem::FewDigits));
        assert_eq!(check_new_code("583920", "583920"), Err(CodeProblem::FewDigits));
        assert_eq!(check_new_code("583920174", "583920174"), Err(CodeProblem::FewDigits));
        assert_eq!(check_new_code("5839201746", "5839201746"), Ok(()));
        // A letter or a sign among the digits is no longer "only digits".
        assert_eq!(check_new_code("58392a", "58392a"), Ok(()));
        assert_eq!(check_new_code("58 39 20", "58 39 20"), Ok(()));
    }

    #[test]
    fn the_first_guesses_are_refused() {
        for weak in [
            "aaaaaa", "1111111111", "      ", "ababab", "1212121212", "abcabc", "123123123123", "abcdef", "FEDCBA",
            "1234567890", "0987654321", "9876543210", "qwerty", "AZERTY", "Wachtwoord", "wachtwoord1", "password!",
            "Back On Track", "backontrack2026", "geheim", "abc123",
        ] {
            assert_eq!(check_new_code(weak, weak), Err(CodeProblem::Common), "{weak:?} was accepted");
        }
    }

    #[test]
    fn ordinary_good_codes_pass() {
        for good in ["blauwe-fiets-7", "zon-op-de-zee", "maan-boven-de-stad", "rode-fiets-7", "geheim-plekje", "qwerty-lente", "5839201746", "nieuw-nieuw", "ééééée"] {
            assert_eq!(check_new_code(good, good), Ok(()), "{good:?} was refused");
        }
    }
}
