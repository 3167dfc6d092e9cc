//! Components and state of the app shell, mounted in headless Chromium.
//! Run: `cargo test --target wasm32-unknown-unknown --test web_shell`

#![cfg(target_arch = "wasm32")]

use back_on_track::components::date_field::DateField;
use back_on_track::domain::{CaseFile, Profile, ProfileId};
use back_on_track::i18n::{provide_i18n, Lang};
use back_on_track::state::{AppState, Notice};
use back_on_track::storage::{KeyValue, MemoryStore, WriteError};
use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh container for one test, so tests do not see each other's DOM.
fn container() -> web_sys::HtmlElement {
    let div: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&div).unwrap();
    div
}

fn set_input(input: &web_sys::HtmlInputElement, value: &str) {
    input.set_value(value);
    // Bubbling matters: Leptos delegates events to the document.
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn date_field_explains_a_date_that_does_not_exist_and_keeps_the_value() {
    let root = container();
    let chosen = RwSignal::new(Some(NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()));
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::Nl);
        view! {
            <DateField id="d" label=Signal::derive(|| "Startdatum") value=chosen
                on_change=Callback::new(move |d| chosen.set(d))/>
        }
    });
    leptos::task::tick().await;
    let input: web_sys::HtmlInputElement = root.query_selector("input").unwrap().unwrap().unchecked_into();
    let error = root.query_selector(".error").unwrap().unwrap();
    assert_eq!(input.value(), "2026-01-05");
    assert!(error.has_attribute("hidden"));

    // A text input fallback (older browsers) can receive any text: 31/02 does not exist.
    input.set_type("text");
    set_input(&input, "31/02/2026");
    leptos::task::tick().await;
    assert!(!error.has_attribute("hidden"));
    assert!(error.text_content().unwrap().contains("bestaat niet"));
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(chosen.get_untracked(), NaiveDate::from_ymd_opt(2026, 1, 5), "bad input must not change the value");

    set_input(&input, "29/02/2028");
    leptos::task::tick().await;
    assert!(error.has_attribute("hidden"));
    assert_eq!(chosen.get_untracked(), NaiveDate::from_ymd_opt(2028, 2, 29));

    set_input(&input, "");
    leptos::task::tick().await;
    assert_eq!(chosen.get_untracked(), None, "emptying the field clears the date: nothing is mandatory");
    handle.forget();
}

fn sample_case(id: &str) -> CaseFile {
    CaseFile::new(Profile::new(ProfileId(id.into()), "Sam", None, NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()))
}

#[wasm_bindgen_test]
fn a_full_disk_keeps_the_edit_in_memory_and_says_so() {
    let owner = Owner::new();
    owner.set();
    let store = MemoryStore::new();
    let state = AppState::load(Box::new(store));
    state.add_case(sample_case("a"));
    assert!(state.notices().get_untracked().is_empty());

    // Fill the "disk": the next save cannot fit.
    let full = MemoryStore::with_quota(10);
    let state_full = AppState::load(Box::new(full));
    state_full.add_case(sample_case("b"));
    let id = ProfileId("b".into());
    assert!(state_full.update_case(&id, |c| c.profile.rename("Samira")));
    state_full.flush();
    let case = state_full.case(&id).unwrap();
    assert_eq!(case.get_untracked().profile.name, "Samira", "the edit stays in memory");
    let notices = state_full.notices().get_untracked();
    assert_eq!(notices.len(), 1, "the same failure is reported once, not once per edit");
    assert_eq!(notices[0].1, Notice::Write(WriteError::QuotaExceeded));
}

#[wasm_bindgen_test]
fn local_storage_round_trip_and_corrupt_value_is_quarantined() {
    let owner = Owner::new();
    owner.set();
    let store = back_on_track::storage::LocalStore::open().expect("headless Chromium has localStorage");
    for k in store.keys() {
        store.remove(&k).unwrap();
    }
    store.set("bot.case.broken", "{\"schema\":1,\"data\":").unwrap();
    let state = AppState::load(Box::new(store));
    state.add_case(sample_case("ok"));
    let notices = state.notices().get_untracked();
    assert!(matches!(notices[0].1, Notice::Problem(back_on_track::storage::StorageProblem::Quarantined { .. })));
    let again = back_on_track::storage::LocalStore::open().unwrap();
    assert_eq!(again.get("bot.quarantine.bot.case.broken.1").as_deref(), Some("{\"schema\":1,\"data\":"));
    assert!(again.get("bot.case.broken").is_none());
    assert!(again.get("bot.case.ok").unwrap().contains("\"Sam\""));
    for k in again.keys() {
        again.remove(&k).unwrap();
    }
}

#[wasm_bindgen_test]
fn a_young_person_added_from_a_page_outlives_that_page() {
    let root = Owner::new();
    root.set();
    let state = AppState::load(Box::new(MemoryStore::new()));
    // A page (child owner) adds a young person from an event handler, then the page goes away.
    let page = root.child();
    page.with(|| state.add_case(sample_case("kept")));
    page.cleanup();
    drop(page);
    let id = ProfileId("kept".into());
    assert!(state.update_case(&id, |c| c.profile.rename("Kept")), "the case is still reachable");
    assert_eq!(state.case(&id).unwrap().get_untracked().profile.name, "Kept");
}

/// Waits `ms` milliseconds in the browser's event loop (timers run meanwhile).
async fn wait_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_burst_of_edits_is_written_once_soon_after_and_at_once_on_flush() {
    let owner = Owner::new();
    owner.set();
    let disk = std::rc::Rc::new(MemoryStore::new());
    let state = AppState::load(Box::new(disk.clone()));
    state.add_case(sample_case("a"));
    let id = ProfileId("a".into());
    let written = || disk.get("bot.case.a").unwrap();
    let first = written();
    assert!(first.contains("\"rev\":1,"));

    // Five keystrokes: the screen has each at once, storage gets them together a moment later.
    for name in ["S", "Sa", "Sam", "Sami", "Samir"] {
        state.update_case(&id, |c| c.profile.rename(name));
    }
    assert_eq!(state.case(&id).unwrap().get_untracked().profile.name, "Samir");
    assert!(state.has_unsaved());
    assert_eq!(written(), first, "nothing written yet");
    wait_ms(back_on_track::state::SAVE_DELAY_MS as i32 + 80).await;
    assert!(!state.has_unsaved());
    assert!(written().contains("\"Samir\"") && written().contains("\"rev\":2,"), "one write for the burst: {}", written());

    // Leaving the page (or an export) writes at once.
    state.update_case(&id, |c| c.profile.rename("Samira"));
    state.flush();
    assert!(written().contains("\"Samira\"") && written().contains("\"rev\":3,"));
}

#[wasm_bindgen_test]
async fn a_pending_write_never_brings_back_what_was_deleted_or_wiped() {
    let owner = Owner::new();
    owner.set();
    let disk = std::rc::Rc::new(MemoryStore::new());
    let state = AppState::load(Box::new(disk.clone()));
    state.add_case(sample_case("a"));
    state.add_case(sample_case("b"));
    state.update_case(&ProfileId("a".into()), |c| c.profile.rename("Weg"));
    state.delete_case(&ProfileId("a".into()));
    state.update_case(&ProfileId("b".into()), |c| c.profile.rename("Ook weg"));
    state.wipe_all().unwrap();
    wait_ms(back_on_track::state::SAVE_DELAY_MS as i32 + 80).await;
    state.flush();
    assert!(disk.keys().iter().all(|k| !k.starts_with("bot.case.")), "{:?}", disk.keys());
}

#[wasm_bindgen_test]
fn case_files_are_read_when_a_screen_first_asks_and_undo_outlives_the_page() {
    let root = Owner::new();
    root.set();
    let disk = std::rc::Rc::new(MemoryStore::new());
    AppState::load(Box::new(disk.clone())).add_case(sample_case("a"));
    disk.set("bot.case.broken", "{\"schema\":1,\"data\":").unwrap();

    // Start-up reads the preferences only: the first page needs no case code (state.rs).
    let state = AppState::load(Box::new(disk.clone()));
    assert!(state.notices().get_untracked().is_empty());
    state.storage_changed(Some("bot.case.a"));
    state.flush();
    assert!(disk.get("bot.case.broken").is_some(), "nothing read, nothing put aside yet");

    // The first screen that lists young people reads them; the broken file is put aside and told.
    assert_eq!(state.cases().get_untracked().len(), 1);
    assert!(disk.get("bot.case.broken").is_none() && disk.get("bot.quarantine.bot.case.broken.1").is_some());
    let notices = state.notices().get_untracked();
    assert!(matches!(notices[..], [(_, Notice::Problem(back_on_track::storage::StorageProblem::Quarantined { .. }))]));

    // Deleting from a page, then leaving it: the shell's "undo" still brings the file back.
    let page = root.child();
    page.with(|| state.delete_case(&ProfileId("a".into())));
    page.cleanup();
    drop(page);
    assert!(disk.get("bot.case.a").is_none());
    let (notice_id, name) = state
        .notices()
        .get_untracked()
        .into_iter()
        .find_map(|(i, n)| match n {
            Notice::Deleted { name, .. } => Some((i, name)),
            _ => None,
        })
        .expect("a deleted notice");
    assert_eq!(name, "Sam");
    state.undo_delete(notice_id);
    assert_eq!(state.case(&ProfileId("a".into())).unwrap().get_untracked().profile.name, "Sam");
    assert!(disk.get("bot.case.a").unwrap().contains("\"Sam\""));
}
