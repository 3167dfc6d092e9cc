//! Impossible dates and damaged records (issue 24), mounted in headless Chromium.
//! Run: `cargo test --target wasm32-unknown-unknown --test web_damage`

#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use back_on_track::components::date_field::DateField;
use back_on_track::domain::{CaseFile, Profile, ProfileId};
use back_on_track::i18n::{provide_i18n, Lang};
use back_on_track::pages::damaged::DamagedData;
use back_on_track::state::AppState;
use back_on_track::storage::{envelope::encode, KeyValue, MemoryStore};
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

fn change(input: &web_sys::HtmlInputElement) {
    // Bubbling matters: Leptos delegates events to the document.
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
}

/// What Chromium's date control reports for 31/02 or a half-typed date: an empty value with
/// `validity.badInput` set. A script cannot type into the control's parts, so the property is
/// given to this one element (the e2e test types it for real).
fn report_bad_input(input: &web_sys::HtmlInputElement, bad: bool) {
    let validity = js_sys::Object::new();
    js_sys::Reflect::set(&validity, &"badInput".into(), &bad.into()).unwrap();
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"value".into(), &validity).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(input, &"validity".into(), &descriptor);
}

fn button(root: &web_sys::HtmlElement, text: &str) -> Option<web_sys::HtmlElement> {
    let all = root.query_selector_all("button").unwrap();
    (0..all.length())
        .filter_map(|i| all.item(i))
        .map(|n| n.unchecked_into::<web_sys::HtmlElement>())
        .find(|b| b.text_content().unwrap_or_default().trim() == text)
}

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[wasm_bindgen_test]
async fn an_impossible_date_keeps_the_stored_one_until_clear_date() {
    let root = container();
    let chosen = RwSignal::new(day(2026, 9, 1));
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

    // 31/02/2026 typed over 01/09/2026: the browser passes on 03/09/2026 on the way (the day's
    // first digit), then no value, although the field is not empty.
    input.set_value("2026-09-03");
    change(&input);
    leptos::task::tick().await;
    assert_eq!(chosen.get_untracked(), day(2026, 9, 3));
    report_bad_input(&input, true);
    input.set_value("");
    change(&input);
    leptos::task::tick().await;
    assert_eq!(chosen.get_untracked(), day(2026, 9, 1), "the date from before the edit stays");
    assert!(!error.has_attribute("hidden"));
    assert_eq!(
        error.text_content().unwrap(),
        "Die dag bestaat niet, of de datum is niet volledig. De bewaarde datum blijft 01/09/2026."
    );
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(input.get_attribute("aria-describedby").unwrap().contains("d-error"));

    // A valid date again: stored, message gone.
    report_bad_input(&input, false);
    input.set_value("2026-02-28");
    change(&input);
    leptos::task::tick().await;
    assert_eq!(chosen.get_untracked(), day(2026, 2, 28));
    assert!(error.has_attribute("hidden"));

    // "Clear date" empties it on purpose, and is only offered while there is a date.
    button(&root, "Wis datum").expect("offered while a date is stored").click();
    leptos::task::tick().await;
    assert_eq!(chosen.get_untracked(), None);
    assert_eq!(input.value(), "");
    assert!(button(&root, "Wis datum").is_none());
    assert_eq!(document().active_element().map(|e| e.id()), Some("d".to_string()), "focus stays in the field");

    // Every part of the field emptied by hand (no bad input) is also an explicit clear.
    chosen.set(day(2027, 1, 1));
    leptos::task::tick().await;
    input.set_value("");
    change(&input);
    leptos::task::tick().await;
    assert_eq!(chosen.get_untracked(), None);
    handle.forget();
}

#[wasm_bindgen_test]
async fn a_field_where_no_date_means_something_else_offers_no_clear_button() {
    let root = container();
    let chosen = RwSignal::new(day(2026, 9, 1));
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::En);
        view! {
            <DateField id="m" label=Signal::derive(|| "Moved to") value=chosen clearable=false
                on_change=Callback::new(move |d| chosen.set(d))/>
        }
    });
    leptos::task::tick().await;
    assert!(button(&root, "Clear date").is_none());
    let input: web_sys::HtmlInputElement = root.query_selector("input").unwrap().unwrap().unchecked_into();
    report_bad_input(&input, true);
    input.set_value("");
    change(&input);
    leptos::task::tick().await;
    assert_eq!(
        root.query_selector(".error").unwrap().unwrap().text_content().unwrap(),
        "That day does not exist, or the date is not complete. The saved date stays 01/09/2026."
    );
    assert_eq!(chosen.get_untracked(), day(2026, 9, 1));
    handle.forget();
}

fn sam() -> CaseFile {
    CaseFile::new(Profile::new(ProfileId("x".into()), "Sam", None, NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()))
}

#[wasm_bindgen_test]
async fn damaged_data_is_listed_tried_again_and_a_young_person_comes_back() {
    let disk = Rc::new(MemoryStore::new());
    disk.set("bot.case.x", "{\"schema\":1,\"data\":{tru").unwrap();
    // Put aside by an older version: no date kept.
    disk.set("bot.quarantine.bot.prefs.1", "kapot").unwrap();
    let root = container();
    let state_out = Rc::new(std::cell::Cell::new(None::<AppState>));
    let (store, out) = (disk.clone(), state_out.clone());
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::Nl);
        let state = AppState::load(Box::new(store.clone()));
        provide_context(state);
        // A screen with young people reads them first: that puts the damaged file aside.
        state.cases();
        out.set(Some(state));
        let items = RwSignal::new(state.quarantined());
        view! { <DamagedData items/> }
    });
    leptos::task::tick().await;
    let state = state_out.get().unwrap();
    assert!(state.notices().get_untracked().is_empty(), "the part takes the message that led here away");
    let items = root.query_selector_all(".damaged-item").unwrap();
    assert_eq!(items.length(), 2);
    let text = root.text_content().unwrap();
    assert!(text.contains("Het dossier van een jongere"));
    assert!(text.contains("De instellingen van de app"));
    assert!(text.contains("datum onbekend"));
    assert!(text.contains("Grootte: 23 bytes."));
    assert!(!text.contains("tru"), "the damaged text itself is never shown");

    // Still unreadable: said plainly, nothing changes.
    let before = disk.snapshot();
    button(&root, "Opnieuw proberen").unwrap().click();
    leptos::task::tick().await;
    assert!(root.text_content().unwrap().contains("De app kan dit nog altijd niet lezen."));
    assert_eq!(disk.snapshot(), before);

    // After an update the same text reads: the young person is back.
    disk.set("bot.quarantine.bot.case.x.1", &encode(&sam(), 3)).unwrap();
    button(&root, "Opnieuw proberen").unwrap().click();
    leptos::task::tick().await;
    assert!(root.text_content().unwrap().contains("Gelukt: Sam staat terug bij de jongeren."));
    assert_eq!(root.query_selector_all(".damaged-item").unwrap().length(), 1);
    assert_eq!(state.case(&ProfileId("x".into())).unwrap().get_untracked().profile.name, "Sam");
    assert!(disk.get("bot.case.x").is_some() && disk.get("bot.quarantine.bot.case.x.1").is_none());

    // Delete asks first.
    button(&root, "Verwijderen").unwrap().click();
    leptos::task::tick().await;
    assert!(disk.get("bot.quarantine.bot.prefs.1").is_some());
    button(&root, "Ja, verwijderen").unwrap().click();
    leptos::task::tick().await;
    assert!(disk.get("bot.quarantine.bot.prefs.1").is_none());
    let text = root.text_content().unwrap();
    assert!(text.contains("Verwijderd.") && text.contains("Er staat niets apart."));
    handle.forget();
}
