//! The app shell: state and language at the root, the routes, the bottom navigation and the
//! message area.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::{path, Lazy, LazyRoute};

use crate::i18n::{texts, use_i18n, I18n, Lang};
use crate::pages::{
    cards::{CardPage, CardsPage, PresentationPage, PrintAllPage},
    course::{CoursePage, CoursePresentationPage, DemoBanner},
    data::{BackupPage, PrivacyPage},
    exchange::{GivePage, ReceivePage, SendPage},
    home::HomePage,
    lock::{self, LockGate, LockSettingsPage},
    more::MorePage,
    my_plan::{HelpPage, MyPlanPage},
    not_found::NotFoundPage,
    plan::{ActionPage, ActionsPage, ClosingPage, HandoverPage, PlanDomainsPage, PlanPage, PrintPlanPage, ReadingPage},
    profile::ProfilePage,
    profiles::ProfilesPage,
    trajectory::{OutcomesPage, ProfileTrajectoryPage, TodayPage},
    worksheets::WorksheetPage,
};

/// Declares one part of the app whose code is downloaded the first time one of its screens
/// opens, instead of with the first page: `make build` splits the wasm at each such function
/// (tools/build_wasm.py), so the first load carries only the shell and the home screen. Each
/// `$route` is a router view that waits for its part before the screen changes; when the part
/// cannot be downloaded (offline before the app was ever stored) it shows [`PartUnavailable`]
/// instead of stopping the app. Native builds (the domain tests) call the function directly; the
/// browser tests mount pages, not these routes.
macro_rules! on_demand {
    ($load:ident, $part:ident { $($route:ident => $page:ident),+ $(,)? }) => {
        // The variants are named after the route types they stand for.
        #[derive(Clone, Copy)]
        #[allow(clippy::enum_variant_names)]
        enum $part { $($route),+ }

        #[leptos::wasm_split::wasm_split($load, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $load(screen: $part) -> Result<AnyView, PartMissing> {
            Ok(match screen { $($part::$route => view! { <$page/> }.into_any()),+ })
        }

        $(
            struct $route;
            impl LazyRoute for $route {
                fn data() -> Self {
                    $route
                }
                async fn view(_: Self) -> AnyView {
                    crate::browser::with_part_styles($load($part::$route))
                        .await
                        .unwrap_or_else(|_| view! { <PartUnavailable/> }.into_any())
                }
            }
        )+
    };
}

/// A part of the app could not be downloaded.
pub struct PartMissing;

impl From<leptos::wasm_split::SplitLoaderError> for PartMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        PartMissing
    }
}

/// Shown instead of a screen whose code could not be downloaded. Nothing is lost: the data is on
/// the device; trying again (with a connection) fetches the part anew.
#[component]
pub fn PartUnavailable(
    /// Off before the router exists (the lock screen's part).
    #[prop(default = true)]
    home_link: bool,
) -> impl IntoView {
    let t = use_i18n().t();
    view! {
        <div class="notice warning" role="alert">
            <h1>{t.common.part_unavailable_title}</h1>
            <p>{t.common.part_unavailable_body}</p>
            <div class="button-row">
                <button type="button" class="button primary" on:click=move |_| {
                    let _ = window().location().reload();
                }>{t.common.try_again}</button>
                {home_link.then(|| view! { <A href="/" attr:class="button">{t.common.to_home}</A> })}
            </div>
        </div>
    }
}

// Three parts: fewer parts mean fewer shared chunks to fetch and instantiate (with seven, a deep
// link to a card fetched 40 files and took 1.3 s at 4x CPU to show; `make bench`).
// Method cards and course mode: what a coach opens during a contact and a trainer presents.
on_demand!(load_cards, CardsPart {
    CardsRoute => CardsPage,
    PrintAllRoute => PrintAllPage,
    CardRoute => CardPage,
    CardPresentationRoute => PresentationPage,
    CourseRoute => CoursePage,
    CoursePresentationRoute => CoursePresentationPage,
});
// A young person's year: profiles, plan, worksheets and the trajectory.
on_demand!(load_young_people, YoungPeoplePart {
    ProfilesRoute => ProfilesPage,
    ProfileRoute => ProfilePage,
    PlanRoute => PlanPage,
    HandoverRoute => HandoverPage,
    PlanDomainsRoute => PlanDomainsPage,
    ReadingRoute => ReadingPage,
    ActionsRoute => ActionsPage,
    ActionRoute => ActionPage,
    ClosingRoute => ClosingPage,
    PrintPlanRoute => PrintPlanPage,
    WorksheetRoute => WorksheetPage,
    TodayRoute => TodayPage,
    OutcomesRoute => OutcomesPage,
    ProfileTrajectoryRoute => ProfileTrajectoryPage,
    MyPlanRoute => MyPlanPage,
    HelpRoute => HelpPage,
});
// A plan between two phones: sealing, sharing, opening and merging a file (issue 25).
on_demand!(load_exchange, ExchangePart {
    GiveRoute => GivePage,
    SendRoute => SendPage,
    ReceiveRoute => ReceivePage,
});
// Settings, backup, privacy and the passcode.
on_demand!(load_more, MorePart {
    MoreRoute => MorePage,
    BackupRoute => BackupPage,
    PrivacyRoute => PrivacyPage,
    LockSettingsRoute => LockSettingsPage,
});

use crate::state::{AppState, Notice};
use crate::storage::{ReadError, SealedStore, StorageProblem, WriteError};

#[component]
pub fn App() -> impl IntoView {
    // With a passcode set, the lock screen comes first and the app opens after unlocking
    // (pages::lock); without one the app opens at once.
    view! { <LockGate open=|store| view! { <OpenApp store/> }.into_any()/> }
}

/// The app once it may be shown. `store` is localStorage behind the passcode lock's store
/// (`None` when the browser offers no storage: then memory, and the user is told).
#[component]
fn OpenApp(store: Option<SealedStore>) -> impl IntoView {
    let state = match &store {
        Some(s) => AppState::load(Box::new(s.clone())),
        None => AppState::load_browser(),
    };
    provide_context(state);
    if let Some(s) = &store {
        // With a passcode, saves finish a moment later (encryption is asynchronous).
        state.use_sealed_store(s.clone());
    }

    // `?lang=` on a shared link wins and is remembered; otherwise the stored choice; else Dutch.
    let from_link = crate::browser::query_param("lang").and_then(|c| Lang::from_code(&c));
    let stored = state.prefs().with_untracked(|p| p.lang.as_deref().and_then(Lang::from_code));
    let lang = from_link.or(stored).unwrap_or_default();
    if from_link.is_some() && from_link != stored {
        state.update_prefs(|p| p.lang = Some(lang.code().to_string()));
    }
    let i18n = I18n::new(lang);
    provide_context(i18n);
    // A young person's own phone opens on "Mijn plan": the address is changed before the router
    // reads it, so the home screen is never drawn and Back does not lead to it.
    if state.prefs().with_untracked(|p| p.my_plan.is_some()) && window().location().pathname().as_deref() == Ok("/") {
        let _ = window().history().and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/mijn-plan")));
    }
    Effect::new(move |_| crate::browser::set_document_lang(i18n.lang().code()));

    // Another tab saved something: bring it in, so tabs never work on stale data.
    let apply = move |key: Option<String>| {
        state.storage_changed(key.as_deref());
        if key.as_deref() == Some(crate::storage::repo::PREFS_KEY) {
            if let Some(l) = state.prefs().with_untracked(|p| p.lang.as_deref().and_then(Lang::from_code)) {
                i18n.set_lang(l);
            }
        }
    };
    let lock_store = store.clone();
    let listener = window_event_listener(leptos::ev::storage, move |ev| {
        // With a passcode, another tab's values are decrypted first; a passcode set, changed or
        // removed elsewhere locks this tab (pages::lock).
        if !lock::storage_event(&ev, lock_store.as_ref(), apply) {
            apply(ev.key());
        }
    });
    // The idle timer, "lock now" and the setting in Meer find the store here.
    if let Some(s) = &store {
        lock::watch(s.clone(), i18n);
    }
    lock::provide_lock(store);
    // The service worker script tells us when a new version waits (see public/sw-client.js).
    let update = window_event_listener_untyped("bot-update-ready", move |_| {
        if !state.notices().with_untracked(|ns| ns.iter().any(|(_, n)| *n == Notice::UpdateReady)) {
            state.notify(Notice::UpdateReady);
        }
    });
    // Changes wait a moment in memory before they are written (state::SAVE_DELAY_MS); leaving,
    // reloading, hiding the page (a phone switching apps) or locking writes them at once.
    let leave = window_event_listener(leptos::ev::pagehide, move |_| state.flush());
    let hide = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().hidden() {
            state.flush();
        }
    });
    on_cleanup(move || {
        state.flush();
        listener.remove();
        update.remove();
        leave.remove();
        hide.remove();
    });

    // The screen is drawn in a task of its own, after the state and listeners are set up: two
    // shorter tasks instead of one long one while the static home screen is still shown.
    let drawn = RwSignal::new(false);
    // A timer, not an animation frame: a tab opened in the background still draws its screen.
    set_timeout(move || drawn.set(true), std::time::Duration::ZERO);
    view! { <Show when=move || drawn.get()><Shell/></Show> }
}

/// Layout and routes; separate from [`App`] so component tests can mount it with their own state.
#[component]
pub fn Shell() -> impl IntoView {
    let i18n = use_i18n();
    // The language is read once here: a language switch rebuilds the screen, so components can
    // use plain `&'static str` texts instead of one reactive closure per text (each of those
    // costs wasm size). Component bodies run untracked, so only this closure follows the language.
    // The first screen is drawn once this effect runs: take index.html's static screen away (not
    // earlier: the shell is drawn a task after the app starts, see `OpenApp`).
    Effect::new(move |_| crate::browser::remove_splash());
    view! {
        <Router>
            {move || {
            let t = texts(i18n.lang());
            view! {
            <a class="skip-link" href="#main">{t.nav.skip_to_content}</a>
            <Notices/>
            <main id="main" tabindex="-1">
                <DemoBanner/>
                <Routes fallback=|| view! { <NotFoundPage/> }>
                    <Route path=path!("/") view=HomePage/>
                    // Method cards (issue 3)
                    <Route path=path!("/methodieken") view={Lazy::<CardsRoute>::new()}/>
                    // Static segment before `:slug`: the first matching route wins.
                    <Route path=path!("/methodieken/afdrukken") view={Lazy::<PrintAllRoute>::new()}/>
                    <Route path=path!("/methodieken/:slug") view={Lazy::<CardRoute>::new()}/>
                    <Route path=path!("/methodieken/:slug/presentatie") view={Lazy::<CardPresentationRoute>::new()}/>
                    // Young people, their plan and worksheets (issues 4, 5)
                    <Route path=path!("/jongeren") view={Lazy::<ProfilesRoute>::new()}/>
                    <Route path=path!("/jongeren/:id") view={Lazy::<ProfileRoute>::new()}/>
                    <Route path=path!("/jongeren/:id/plan") view={Lazy::<PlanRoute>::new()}/>
                    <Route path=path!("/jongeren/:id/plan/doorgeven") view={Lazy::<HandoverRoute>::new()}/>
                    <Route path=path!("/jongeren/:id/meegeven") view={Lazy::<GiveRoute>::new()}/>
                    <Route path=path!("/jongeren/:id/plan/domeinen") view={Lazy::<PlanDomainsRoute>::new()}/>
                    <Route path=path!("/jongeren/:id/plan/meting/:reading") view={Lazy::<ReadingRoute>::new()}/>
                    <Route path=path!("/jongeren/:id/plan/acties") view={Lazy::<ActionsRoute>::new()}/>
                    <Route path=path!("/jongeren/:id/plan/acties/:action") view={Lazy::<ActionRoute>::new()}/>
                    <Route path=path!("/jongeren/:id/plan/afronding") view={Lazy::<ClosingRoute>::new()}/>
                    <Route path=path!("/jongeren/:id/plan/afdruk") view={Lazy::<PrintPlanRoute>::new()}/>
                    <Route path=path!("/jongeren/:id/werkblad/:slug") view={Lazy::<WorksheetRoute>::new()}/>
                    // Trajectory (issue 6)
                    <Route path=path!("/traject") view={Lazy::<TodayRoute>::new()}/>
                    <Route path=path!("/traject/resultaten") view={Lazy::<OutcomesRoute>::new()}/>
                    <Route path=path!("/jongeren/:id/traject") view={Lazy::<ProfileTrajectoryRoute>::new()}/>
                    // The young person's own phone (issue 25)
                    <Route path=path!("/mijn-plan") view={Lazy::<MyPlanRoute>::new()}/>
                    <Route path=path!("/mijn-plan/hulp") view={Lazy::<HelpRoute>::new()}/>
                    <Route path=path!("/mijn-plan/sturen") view={Lazy::<SendRoute>::new()}/>
                    <Route path=path!("/ontvangen") view={Lazy::<ReceiveRoute>::new()}/>
                    // More: settings, data (issue 7)
                    <Route path=path!("/meer") view={Lazy::<MoreRoute>::new()}/>
                    <Route path=path!("/meer/back-up") view={Lazy::<BackupRoute>::new()}/>
                    <Route path=path!("/meer/privacy") view={Lazy::<PrivacyRoute>::new()}/>
                    <Route path=path!("/meer/toegangscode") view={Lazy::<LockSettingsRoute>::new()}/>
                    // Training: course mode and the demo case (issue 8)
                    <Route path=path!("/cursus") view={Lazy::<CourseRoute>::new()}/>
                    <Route path=path!("/cursus/presentatie") view={Lazy::<CoursePresentationRoute>::new()}/>
                </Routes>
            </main>
            <BottomNav/>
            <QuickExit/>
            }
            }}
        </Router>
    }
}

#[component]
fn BottomNav() -> impl IntoView {
    let i18n = use_i18n();
    let state = crate::state::use_app_state();
    let t = i18n.t();
    // On a young person's own phone: their plan, help and Meer (the cards are reachable there);
    // no list of young people.
    let my_plan = Memo::new(move |_| state.prefs().with(|p| p.my_plan.is_some()));
    view! {
        <Show when=move || !my_plan.get() fallback=move || view! {
            <nav class="bottom-nav" aria-label=t.nav.label>
                <A href="/mijn-plan"><span class="nav-icon" aria-hidden="true">"☺"</span>{t.nav.my_plan}</A>
                <A href="/mijn-plan/hulp"><span class="nav-icon" aria-hidden="true">"☎"</span>{t.nav.help}</A>
                <A href="/meer"><span class="nav-icon" aria-hidden="true">"⋯"</span>{t.nav.more}</A>
            </nav>
        }>
        <nav class="bottom-nav" aria-label=t.nav.label>
            <A href="/methodieken"><span class="nav-icon" aria-hidden="true">"▤"</span>{t.nav.cards}</A>
            <A href="/jongeren"><span class="nav-icon" aria-hidden="true">"☺"</span>{t.nav.young_people}</A>
            <A href="/traject"><span class="nav-icon" aria-hidden="true">"➚"</span>{t.nav.trajectory}</A>
            <A href="/meer"><span class="nav-icon" aria-hidden="true">"⋯"</span>{t.nav.more}</A>
        </nav>
        </Show>
    }
}

/// "Snel weg" on a young person's own phone: always in the same corner, one tap hides the app
/// behind a neutral page (pages::lock::quick_exit).
#[component]
fn QuickExit() -> impl IntoView {
    let i18n = use_i18n();
    let state = crate::state::use_app_state();
    let t = i18n.t();
    let my_plan = Memo::new(move |_| state.prefs().with(|p| p.my_plan.is_some()));
    // Installed from here, the young person's phone gets "Mijn plan" on its home screen.
    Effect::new(move |_| {
        crate::browser::set_manifest(if my_plan.get() { "/public/mijn-plan.webmanifest" } else { "/public/manifest.webmanifest" })
    });
    view! {
        <Show when=move || my_plan.get()>
            <button type="button" class="quick-exit" aria-label=t.nav.quick_exit_label
                on:click=move |_| lock::quick_exit(move || state.flush())>
                {t.nav.quick_exit}
            </button>
        </Show>
    }
}

/// Messages about saving, quarantined data and undo, announced politely to screen readers.
#[component]
fn Notices() -> impl IntoView {
    let i18n = use_i18n();
    let state = crate::state::use_app_state();
    let t = i18n.t();
    view! {
        <section class="notices" aria-label=t.storage.region_label aria-live="polite">
            <For
                each=move || state.notices().get()
                key=|(id, _)| *id
                children=move |(id, notice)| {
                    let undo = matches!(notice, Notice::Deleted { .. });
                    let damaged = matches!(notice, Notice::Problem(StorageProblem::Quarantined { .. }));
                    let update = notice == Notice::UpdateReady;
                    // The one thing a message offers to do now. A write the disk refused is tried
                    // again by itself; the user may ask for it at once.
                    let act = match &notice {
                        Notice::Deleted { .. } => Some(NoticeAction::Undo),
                        Notice::UpdateReady => Some(NoticeAction::Update),
                        Notice::Write(e) if !matches!(e, WriteError::Conflict { .. } | WriteError::Protected) => {
                            Some(NoticeAction::Retry)
                        }
                        _ => None,
                    };
                    let kind = if undo || update { "notice info" } else { "notice warning" };
                    let notice = StoredValue::new(notice);
                    view! {
                        <div class=kind role=if undo || update { "status" } else { "alert" } data-notice=id>
                            <p>{notice.with_value(|n| notice_text(n, i18n))}</p>
                            <div class="button-row">
                                {act.map(|act| view! {
                                    <button type="button" class="button primary" on:click=move |_| match act {
                                        NoticeAction::Undo => state.undo_delete(id),
                                        NoticeAction::Retry => state.retry_saves(),
                                        NoticeAction::Update => {
                                            if let Some(w) = web_sys::window() {
                                                let _ = w.dispatch_event(&web_sys::Event::new("bot-apply-update").expect("a plain event"));
                                            }
                                        }
                                    }>
                                        {match act {
                                            NoticeAction::Undo => t.common.undo,
                                            NoticeAction::Retry => t.storage.retry,
                                            NoticeAction::Update => t.common.update_now,
                                        }}
                                    </button>
                                })}
                                {damaged.then(|| view! {
                                    <a href="/meer/back-up" class="button primary">{t.storage.view_damaged}</a>
                                })}
                                <button type="button" class="button" on:click=move |_| state.dismiss(id)>
                                    {if update { t.common.update_later } else if undo { t.common.close } else { t.storage.dismiss }}
                                </button>
                            </div>
                        </div>
                    }
                }
            />
        </section>
    }
}

/// What a message's main button does.
#[derive(Clone, Copy)]
enum NoticeAction {
    Undo,
    Retry,
    Update,
}

fn notice_text(notice: &Notice, i18n: I18n) -> String {
    let t = i18n.t();
    let s = &t.storage;
    match notice {
        Notice::Write(WriteError::QuotaExceeded) => s.quota.into(),
        Notice::Write(WriteError::Unavailable) => s.unavailable.into(),
        Notice::Write(WriteError::Conflict { .. }) => s.conflict.into(),
        Notice::Write(WriteError::Protected) => s.protected.into(),
        Notice::Write(WriteError::Other(_)) => s.other.into(),
        Notice::Problem(StorageProblem::Quarantined { reason: ReadError::NewerSchema { .. }, .. }) => {
            s.quarantined_newer.into()
        }
        Notice::Problem(StorageProblem::Quarantined { .. }) => s.quarantined.into(),
        Notice::Problem(StorageProblem::Untouched { .. }) => s.untouched.into(),
        Notice::Problem(StorageProblem::NoStorage) => s.no_storage.into(),
        Notice::UpdateReady => t.common.update_ready.into(),
        Notice::KeptMine { areas } => {
            let mut text = s.kept_mine.to_string();
            for (i, area) in areas.iter().enumerate() {
                text.push_str(if i == 0 { " " } else { ", " });
                text.push_str(s.area(area));
            }
            text.push('.');
            text
        }
        Notice::Deleted { name, .. } => (t.common.deleted)(if name.is_empty() { t.common.no_name } else { name }),
    }
}
