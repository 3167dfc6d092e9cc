//! Backup, restore and wipe-all (`/meer/back-up`) and the privacy page (`/meer/privacy`).

use leptos::prelude::*;
use leptos_router::components::A;
use wasm_bindgen::JsCast;

use crate::components::page_header::PageHeader;
use crate::domain::{dates::format_iso, CaseFile};
use crate::i18n::{use_i18n, Texts};
use crate::pages::damaged::DamagedData;
use crate::pages::profiles::display_name;
use crate::state::{use_app_state, AppState};
use crate::domain::exchange::{Parcel, ParcelKind, ShareCode};
use crate::storage::backup::{self, Backup, CaseProblem, ImportError, ImportMode};
use crate::storage::share::{self, ShareError};
use crate::storage::repo::QuarantinedText;

/// Offers a backup file of `cases` for download and gives its name. `everyone`: all young
/// people on the device (the name says "alle"); otherwise the name does not say who is in it.
pub fn download_backup(cases: &[CaseFile], everyone: bool) -> Result<String, String> {
    download_backup_with(cases, &[], everyone)
}

/// Offers a backup of everyone on this device for download, with the texts that were put aside
/// because they could not be read (a newer app can try them again after a restore).
pub fn download_everyone(state: AppState) -> Result<String, String> {
    download_backup_with(&state.all_cases(), &state.quarantined_texts(), true)
}

fn download_backup_with(cases: &[CaseFile], quarantined: &[QuarantinedText], everyone: bool) -> Result<String, String> {
    let text = backup::export_with_quarantined(cases, quarantined, &format_iso(crate::browser::today()));
    let name = crate::browser::download_name(if everyone { "back-on-track-alle" } else { "back-on-track" }, "json");
    crate::browser::download(&name, "application/json", &text).map(|()| name)
}

#[derive(Clone, Debug, PartialEq)]
enum Import {
    Idle,
    Reading,
    /// A sealed backup: its bytes wait for the code.
    NeedsCode(Vec<u8>),
    /// A sealed file that did not open (wrong code, cut off, a plan instead of a backup, ...).
    SealedRefused(&'static str),
    Refused(ImportError),
    Ready(Backup),
    Done(usize),
    WriteFailed,
}

#[component]
pub fn BackupPage() -> impl IntoView {
    let t = use_i18n().t();
    let state = use_app_state();
    // The name of the file made last: the name itself no longer says whose file it is.
    let exported = RwSignal::new(None::<String>);
    let import = RwSignal::new(Import::Idle);
    let sealed_error = RwSignal::new(None::<&'static str>);
    let confirm_replace = RwSignal::new(false);
    let wipe_text = RwSignal::new(String::new());
    let wiped = RwSignal::new(false);

    // The backup of everyone is sealed with a code by default (issue 25); the code is shown once.
    let sealed_code = RwSignal::new(None::<ShareCode>);
    let sealing = RwSignal::new(false);
    let export_sealed = move |_| {
        if sealing.get_untracked() {
            return;
        }
        sealing.set(true);
        sealed_code.set(None);
        let text = backup::export_with_quarantined(&state.all_cases(), &state.quarantined_texts(), &format_iso(crate::browser::today()));
        leptos::task::spawn_local(async move {
            let made = async {
                let code = share::new_share_code().ok()?;
                let bytes = share::seal_parcel(&code, &Parcel::backup(text)).await.ok()?;
                let name = crate::browser::download_name("back-on-track-alle", "bot");
                crate::browser::download_bytes(&name, "application/octet-stream", &bytes).ok()?;
                Some((code, name))
            };
            match made.await {
                Some((code, name)) => {
                    state.update_prefs(|p| p.backed_up(crate::browser::today()));
                    exported.set(Some(name));
                    sealed_code.set(Some(code));
                }
                None => exported.set(None),
            }
            sealing.set(false);
        });
    };
    let export_all = move |_| {
        exported.set(download_everyone(state).ok());
        sealed_code.set(None);
        if exported.get_untracked().is_some() {
            state.update_prefs(|p| p.backed_up(crate::browser::today()));
        }
    };
    // What is put aside (read again after an import or a wipe, which change it); its part of the
    // page stays once shown, so the outcome of its last action stays readable.
    let damaged = RwSignal::new(state.quarantined());
    let show_damaged = RwSignal::new(damaged.with_untracked(|d| !d.is_empty()));
    let damaged_count = move || damaged.with(Vec::len);

    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        confirm_replace.set(false);
        if file.size() as usize > backup::MAX_BYTES {
            import.set(Import::Refused(ImportError::TooLarge { bytes: file.size() as usize }));
            return;
        }
        import.set(Import::Reading);
        // Let the same file be chosen again after a refusal.
        input.set_value("");
        leptos::task::spawn_local(async move {
            let bytes = crate::browser::file_bytes(&file).await;
            import.set(match bytes {
                None => Import::Refused(ImportError::Empty),
                Some(bytes) if bytes.is_empty() => Import::Refused(ImportError::Empty),
                // A sealed file asks for its code first; a plain one (made by earlier versions,
                // or chosen as plain) is read as before.
                Some(bytes) => match share::check_file(&bytes) {
                    Ok(_) => Import::NeedsCode(bytes),
                    Err(ShareError::PlainBackup(text)) => parsed(&text),
                    Err(ShareError::NotOurFile) => match std::str::from_utf8(&bytes) {
                        Ok(text) => parsed(text),
                        Err(_) => Import::Refused(ImportError::NotJson),
                    },
                    Err(e) => Import::SealedRefused(t.exchange().refusal(&e)),
                },
            });
        });
    };
    let open_sealed = move |code: String| {
        let Import::NeedsCode(bytes) = import.get_untracked() else { return };
        import.set(Import::Reading);
        leptos::task::spawn_local(async move {
            import.set(match share::open_file(&code, &bytes).await {
                Ok(Parcel { kind: ParcelKind::Backup { text }, .. }) => parsed(&text),
                Ok(_) => Import::SealedRefused(t.data().sealed_is_plan),
                // A wrong code: ask again, with the reason.
                Err(ShareError::WrongCode | ShareError::BadCode(_)) => {
                    sealed_error.set(Some(if code.trim().is_empty() { t.exchange().err_bad_code } else { t.exchange().err_wrong_code }));
                    Import::NeedsCode(bytes)
                }
                Err(e) => Import::SealedRefused(t.exchange().refusal(&e)),
            });
        });
    };

    let apply = move |mode: ImportMode| {
        let Import::Ready(b) = import.get_untracked() else { return };
        import.set(match state.import(&b, mode) {
            Ok(n) => Import::Done(n),
            Err(_) => Import::WriteFailed,
        });
        damaged.set(state.quarantined());
        if damaged.with_untracked(|d| !d.is_empty()) {
            show_damaged.set(true);
        }
        confirm_replace.set(false);
    };

    let wipe = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if wipe_text.get_untracked().trim() == t.common.wipe_word && state.wipe_all().is_ok() {
            wipe_text.set(String::new());
            wiped.set(true);
            damaged.set(Vec::new());
            show_damaged.set(false);
        }
    };

    view! {
        <PageHeader title=t.data().title.to_string() back="/meer"/>
        <p class="lead">{t.data().intro}</p>
        // First on the page: the message about damaged data leads here.
        <Show when=move || show_damaged.get()>
            <DamagedData items=damaged/>
        </Show>

        <section class="card" aria-labelledby="export-h">
            <h2 id="export-h">{t.data().export_title}</h2>
            <p>{t.data().export_body}</p>
            <p class="hint">{t.data().sealed_body}</p>
            <Show when=move || !state.cases().with(|c| c.is_empty()) fallback=move || view! { <p class="empty">{t.data().export_none}</p> }>
                <p class="hint" hidden=move || damaged_count() == 0>{t.damaged().in_backup}</p>
                <button type="button" class="button primary" on:click=export_sealed disabled=move || sealing.get()>{t.data().export_all}</button>
                {move || sealed_code.get().map(|code| view! {
                    <div class="card share-code" role="status">
                        <h3>{t.exchange().code_heading}</h3>
                        <p class="code" data-code=code.as_str().to_string()>{code.to_string()}</p>
                        <p>{t.data().sealed_write_down}</p>
                    </div>
                })}
                <details class="plain-export">
                    <summary>{t.data().plain_title}</summary>
                    <p class="notice warning">{t.data().export_warning}</p>
                <div class="button-row">
                    <button type="button" class="button" on:click=export_all>{t.data().plain_all}</button>
                    <For
                        each=move || state.cases().get()
                        key=|c| c.with_untracked(|c| c.profile.id.clone())
                        children=move |case| {
                            let name = case.with_untracked(|c| display_name(&c.profile, t.common.no_name));
                            view! {
                                <button type="button" class="button" on:click=move |_| {
                                    exported.set(download_backup(&[case.get_untracked()], false).ok());
                                }>{(t.data().export_one)(&name)}</button>
                            }
                        }
                    />
                </div>
                </details>
            </Show>
            <p role="status" class="ok-message">{move || exported.get().map(|file| (t.data().exported)(&file))}</p>
        </section>

        <section class="card" aria-labelledby="import-h">
            <h2 id="import-h">{t.data().import_title}</h2>
            <p>{t.data().import_body}</p>
            <div class="field">
                <label for="import-file" class="button file-button">{t.data().import_choose}</label>
                <input autocomplete="off" id="import-file" class="file-input" type="file" accept=".bot,.json,application/json,application/octet-stream" on:change=on_file/>
            </div>
            <div aria-live="polite">
                {move || match import.get() {
                    Import::NeedsCode(_) => view! { <SealedCode error=sealed_error on_open=Callback::new(open_sealed)/> }.into_any(),
                    stage => import_view(stage, t, state.cases().with(|c| c.len()), confirm_replace, apply),
                }}
            </div>
        </section>

        <section class="card danger-zone" aria-labelledby="wipe-h">
            <h2 id="wipe-h">{t.data().wipe_title}</h2>
            <p>{t.data().wipe_body}</p>
            <Show when=move || { damaged_count() > 0 }>
                <p class="confirm-question">{move || (t.damaged().wipe_too)(damaged_count())}</p>
            </Show>
            <form on:submit=wipe>
                <div class="field">
                    <label for="wipe-confirm">{(t.common.wipe_label)(t.common.wipe_word)}</label>
                    <input id="wipe-confirm" type="text" autocomplete="off"
                        prop:value=move || wipe_text.get()
                        on:input=move |ev| wipe_text.set(event_target_value(&ev))/>
                </div>
                <button type="submit" class="button danger"
                    disabled=move || wipe_text.get().trim() != t.common.wipe_word>{t.common.wipe_button}</button>
            </form>
            <p role="status" class="ok-message">{move || wiped.get().then_some(t.data().wiped)}</p>
        </section>
    }
}

/// A plain backup's text, read: ready to show, or the reason it is refused.
fn parsed(text: &str) -> Import {
    match backup::parse(text) {
        Ok(b) => Import::Ready(b),
        Err(e) => Import::Refused(e),
    }
}

/// The code of a sealed backup, asked before anything is read from it.
#[component]
fn SealedCode(error: RwSignal<Option<&'static str>>, on_open: Callback<String>) -> impl IntoView {
    let t = use_i18n().t();
    let code = RwSignal::new(String::new());
    view! {
        <form class="sealed-code" on:submit=move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            error.set(None);
            on_open.run(code.get_untracked());
        }>
            <p>{t.data().sealed_ask}</p>
            <div class="field">
                <label for="backup-code">{t.exchange().code_label}</label>
                <input type="text" id="backup-code" class="code-input" autocomplete="off" autocapitalize="characters" spellcheck="false"
                    aria-describedby="backup-code-hint"
                    prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev))/>
                <p class="hint" id="backup-code-hint">{t.exchange().code_field_hint}</p>
            </div>
            {move || error.get().map(|e| view! { <p class="notice warning" role="alert">{e}</p> })}
            <button type="submit" class="button primary">{t.exchange().open}</button>
        </form>
    }
}

fn event_target(ev: &leptos::ev::Event) -> web_sys::HtmlInputElement {
    ev.target().expect("a change event has a target").unchecked_into()
}

fn import_view(
    stage: Import,
    t: &'static Texts,
    here: usize,
    confirm_replace: RwSignal<bool>,
    apply: impl Fn(ImportMode) + Copy + Send + Sync + 'static,
) -> AnyView {
    let d = t.data();
    match stage {
        Import::Idle => ().into_any(),
        Import::Reading => view! { <p>{d.import_reading}</p> }.into_any(),
        // Drawn by the page itself (it needs the page's signals).
        Import::NeedsCode(_) => ().into_any(),
        Import::SealedRefused(why) => view! {
            <div class="notice warning" role="alert"><p>{why}</p><p>{d.nothing_changed}</p></div>
        }
        .into_any(),
        Import::Refused(e) => view! {
            <div class="notice warning" role="alert">
                <p>{refusal(&e, t)}</p>
                <p>{d.nothing_changed}</p>
            </div>
        }
        .into_any(),
        Import::WriteFailed => view! {
            <div class="notice warning" role="alert"><p>{d.err_write}</p><p>{d.nothing_changed}</p></div>
        }
        .into_any(),
        Import::Done(n) => view! { <p class="notice info" role="status">{(d.import_done)(n)}</p> }.into_any(),
        Import::Ready(b) => {
            let names = b
                .cases
                .iter()
                .map(|c| display_name(&c.profile, t.common.no_name))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <div class="import-preview">
                    <p class="confirm-question">{(d.import_contains)(b.cases.len(), &names)}</p>
                    {(b.names_shortened > 0).then(|| view! {
                        <p class="notice info">{(d.import_names_shortened)(b.names_shortened, crate::domain::profile::MAX_NAME_CHARS)}</p>
                    })}
                    {(b.texts_shortened > 0).then(|| view! {
                        <p class="notice info">{(d.import_texts_shortened)(b.texts_shortened)}</p>
                    })}
                    <div class="choice">
                        <button type="button" class="button primary" on:click=move |_| apply(ImportMode::Add)>{d.import_add}</button>
                        <p class="hint">{d.import_add_hint}</p>
                    </div>
                    <div class="choice">
                        <Show when=move || confirm_replace.get() fallback=move || view! {
                            <button type="button" class="button danger" on:click=move |_| confirm_replace.set(true)>{d.import_replace}</button>
                        }>
                            <div role="alertdialog" aria-labelledby="replace-q" class="confirm">
                                <p id="replace-q" class="confirm-question">{(d.import_replace_hint)(here)}</p>
                                <div class="button-row">
                                    <button type="button" class="button danger" on:click=move |_| apply(ImportMode::Replace)>{d.import_replace_confirm}</button>
                                    <button type="button" class="button" on:click=move |_| confirm_replace.set(false)>{t.common.cancel}</button>
                                </div>
                            </div>
                        </Show>
                        <p class="hint">{(d.import_replace_hint)(here)}</p>
                    </div>
                </div>
            }
            .into_any()
        }
    }
}

fn refusal(e: &ImportError, t: &'static Texts) -> String {
    let d = t.data();
    match e {
        ImportError::Empty => d.err_empty.into(),
        ImportError::TooLarge { .. } => d.err_too_large.into(),
        ImportError::NotJson => d.err_not_json.into(),
        ImportError::Damaged => d.err_damaged.into(),
        ImportError::NotOurs => d.err_not_ours.into(),
        ImportError::Newer { .. } => d.err_newer.into(),
        ImportError::BadCase { index, at, problem } => {
            // The parts of the way that have a name ("Profiel › startdatum"); list positions
            // and unknown keys are left out.
            let part = at.iter().filter_map(|key| (d.file_part)(key)).collect::<Vec<_>>().join(" › ");
            match problem {
                CaseProblem::Missing => (d.err_case_missing)(*index, &part),
                CaseProblem::BadDate => (d.err_case_date)(*index, &part),
                CaseProblem::WrongValue => (d.err_bad_case)(*index, &part),
            }
        }
        ImportError::Duplicate { index } => (d.err_duplicate)(*index),
        ImportError::NoCases => d.err_no_cases.into(),
    }
}

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let t = use_i18n().t();
    let d = t.data();
    view! {
        <PageHeader title=d.privacy_title.to_string() back="/meer"/>
        <section class="card"><h2>{d.privacy_where_title}</h2><p>{d.privacy_where}</p></section>
        <section class="card"><h2>{d.privacy_who_title}</h2><p>{d.privacy_who}</p></section>
        <section class="card"><h2>{d.privacy_export_title}</h2><p>{d.privacy_export}</p>
            <p><A href="/meer/back-up">{d.more_backup_link}</A></p></section>
        <section class="card"><h2>{d.privacy_handover_title}</h2><p>{d.privacy_handover}</p></section>
        <section class="card"><h2>{d.privacy_lose_title}</h2><p>{d.privacy_lose}</p></section>
        <KeptByBrowser/>
    }
}

/// Whether the browser promised to keep this site's data (asked once, after the first saved
/// edit: state::after_saved_edit), and on Safari without the app on the home screen, the 7-day rule.
#[component]
fn KeptByBrowser() -> impl IntoView {
    let t = use_i18n().t();
    let d = t.data();
    let state = crate::state::use_app_state();
    let kept = Memo::new(move |_| state.prefs().with(|p| p.persisted));
    let safari_tab = crate::browser::is_safari_tab();
    view! {
        <section class="card" aria-labelledby="kept-h" data-persisted=move || match kept.get() {
            Some(true) => "yes", Some(false) => "no", None => "unasked",
        }>
            <h2 id="kept-h">{d.kept_title}</h2>
            <p>{move || match kept.get() {
                Some(true) => d.kept_yes,
                Some(false) => d.kept_no,
                None => d.kept_unasked,
            }}</p>
            {safari_tab.then(|| view! { <p class="notice warning">{d.kept_safari}</p> })}
        </section>
    }
}
