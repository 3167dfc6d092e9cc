//! Training (issue 8) in headless Chromium: the demo case in the app state (kept apart from real
//! profiles, from backups and from the passcode lock) and the QR code component.
//! Run: `cargo test --target wasm32-unknown-unknown --test web_course`

#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use back_on_track::components::qr_code::QrImage;
use back_on_track::domain::demo::{demo_case, DEMO_ID};
use back_on_track::domain::{CaseFile, Profile, ProfileId};
use back_on_track::i18n::{provide_i18n, Lang};
use back_on_track::state::AppState;
use back_on_track::storage::sealed::SealedStore;
use back_on_track::storage::{KeyValue, MemoryStore};
use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const CODE: &str = "zon-op-het-strand";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn real(id: &str, name: &str) -> CaseFile {
    CaseFile::new(Profile::new(ProfileId(id.into()), name, Some(today()), today()))
}

fn demo_id() -> ProfileId {
    ProfileId(DEMO_ID.into())
}

#[wasm_bindgen_test]
fn the_demo_is_reached_by_its_id_but_never_listed_or_backed_up() {
    let owner = Owner::new();
    owner.set();
    let disk = Rc::new(MemoryStore::new());
    let state = AppState::load(Box::new(disk.clone()));
    state.add_case(real("p-1", "Noor"));
    let real_before = disk.get("bot.case.p-1").unwrap();
    assert!(state.demo().is_none());

    state.reset_demo(demo_case(today(), false));
    assert!(state.demo().is_some());
    // Pages find it by id like anyone else ...
    assert_eq!(state.case(&demo_id()).unwrap().get_untracked().profile.name, "Demo: Sam, 20");
    // ... but the caseload and the backup never see it.
    assert_eq!(state.cases().get_untracked().len(), 1);
    assert!(state.all_cases().iter().all(|c| c.profile.id.as_str() != DEMO_ID));

    // An edit through the usual door is saved under the demo's key only.
    assert!(state.update_case(&demo_id(), |c| c.profile.rename("Demo: Sam geoefend")));
    assert!(disk.get("bot.demo.demo").unwrap().contains("Demo: Sam geoefend"));
    assert!(disk.get("bot.case.demo").is_none());
    assert_eq!(disk.get("bot.case.p-1").unwrap(), real_before);

    // A fresh start of the app finds it again, still apart.
    let again = AppState::load(Box::new(disk.clone()));
    assert_eq!(again.case(&demo_id()).unwrap().get_untracked().profile.name, "Demo: Sam geoefend");
    assert_eq!(again.cases().get_untracked().len(), 1);

    // Reset puts the original back; "delete" on the demo removes only the demo, with no undo.
    state.reset_demo(demo_case(today(), false));
    assert_eq!(state.case(&demo_id()).unwrap().get_untracked().profile.name, "Demo: Sam, 20");
    state.delete_case(&demo_id());
    assert!(state.demo().is_none());
    assert!(disk.get("bot.demo.demo").is_none());
    assert!(state.notices().get_untracked().is_empty(), "no undo offer that could bring it back as a real profile");
    assert_eq!(disk.get("bot.case.p-1").unwrap(), real_before);

    // Wipe all takes the demo too.
    state.reset_demo(demo_case(today(), true));
    state.wipe_all().unwrap();
    assert!(state.demo().is_none());
    assert!(disk.keys().is_empty());
}

#[wasm_bindgen_test]
async fn with_a_passcode_real_data_is_sealed_and_the_demo_stays_plain() {
    let owner = Owner::new();
    owner.set();
    let disk = Rc::new(MemoryStore::new());
    let store = SealedStore::plain(Box::new(disk.clone()));
    let state = AppState::load(Box::new(store.clone()));
    store.on_write(move |r| state.report_write(r));
    state.add_case(real("p-1", "Noor"));
    state.reset_demo(demo_case(today(), false));
    store.enable(CODE, 5, None).await.unwrap();
    store.flush().await;
    assert!(!disk.get("bot.case.p-1").unwrap().contains("Noor"), "the real file is sealed");
    assert!(disk.get("bot.demo.demo").unwrap().contains("Demo: Sam, 20"), "the demo is not");

    // Editing the demo while locked writes plain text at once; the real file stays sealed.
    let sealed_real = disk.get("bot.case.p-1").unwrap();
    state.update_case(&demo_id(), |c| c.profile.rename("Demo: Sam op slot"));
    store.flush().await;
    assert!(disk.get("bot.demo.demo").unwrap().contains("Demo: Sam op slot"));
    assert_eq!(disk.get("bot.case.p-1").unwrap(), sealed_real);
    assert!(state.notices().get_untracked().is_empty());

    // Unlocking again: real data opens with the code, the demo is there as it was.
    let opened = SealedStore::unlock(Box::new(disk.clone()), CODE).await.unwrap();
    let after = AppState::load(Box::new(opened));
    assert_eq!(after.cases().get_untracked().len(), 1);
    assert_eq!(after.case(&demo_id()).unwrap().get_untracked().profile.name, "Demo: Sam op slot");
}

#[wasm_bindgen_test]
async fn the_qr_code_is_one_labelled_image_drawn_as_svg() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let text = RwSignal::new("https://example.org/cursus/presentatie?s=levenslijn&stap=1".to_string());
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::Nl);
        view! { <QrImage text=text label=Signal::derive(move || format!("QR-code met de link {}", text.get()))/> }
    });
    leptos::task::tick().await;
    let qr = root.query_selector(".qr").unwrap().unwrap();
    assert_eq!(qr.get_attribute("role").as_deref(), Some("img"));
    assert!(qr.get_attribute("aria-label").unwrap().ends_with("stap=1"));
    let svg = qr.query_selector("svg").unwrap().expect("an svg inside");
    assert!(svg.get_attribute("viewBox").is_some() || svg.get_attribute("width").is_some());
    let first = qr.inner_html();
    // A new link draws a new code.
    text.set("https://example.org/cursus/presentatie?s=levenslijn&stap=2".into());
    leptos::task::tick().await;
    assert_ne!(qr.inner_html(), first);
    assert!(qr.get_attribute("aria-label").unwrap().ends_with("stap=2"));
}
