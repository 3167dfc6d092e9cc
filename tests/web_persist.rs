//! The browser is asked once to keep this site's data, after the first saved edit of a young
//! person (issue 25), and its answer is kept for Meer › Privacy.
//! Run: `cargo test --target wasm32-unknown-unknown --test web_persist`

#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use back_on_track::domain::{CaseFile, Profile, ProfileId};
use back_on_track::state::AppState;
use back_on_track::storage::MemoryStore;
use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Replaces `navigator.storage.persist` with a stub that counts its calls and answers `answer`.
fn stub_persist(answer: bool) {
    let stub = js_sys::Function::new_no_args(&format!(
        "window.__persistCalls = (window.__persistCalls || 0) + 1; return Promise.resolve({answer});"
    ));
    let storage = js_sys::Reflect::get(&web_sys::window().unwrap().navigator(), &"storage".into()).unwrap();
    js_sys::Reflect::set(&storage, &"persist".into(), &stub).unwrap();
    js_sys::Reflect::set(&web_sys::window().unwrap(), &"__persistCalls".into(), &JsValue::from(0)).unwrap();
}

fn calls() -> u32 {
    js_sys::Reflect::get(&web_sys::window().unwrap(), &"__persistCalls".into()).unwrap().as_f64().unwrap_or(0.0) as u32
}

async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn persist_is_asked_once_after_the_first_saved_edit_and_its_answer_kept() {
    stub_persist(true);
    let owner = Owner::new();
    owner.set();
    let disk = Rc::new(MemoryStore::new());
    let state = AppState::load(Box::new(disk.clone()));
    // Nothing edited yet: not asked.
    state.flush();
    tick().await;
    assert_eq!(calls(), 0);
    assert_eq!(state.prefs().get_untracked().persisted, None);

    let id = ProfileId("a".into());
    state.add_case(CaseFile::new(Profile::new(id.clone(), "Sam", None, NaiveDate::from_ymd_opt(2026, 1, 5).unwrap())));
    state.update_case(&id, |c| c.profile.rename("Samira"));
    state.flush();
    tick().await;
    assert_eq!(calls(), 1, "asked after the first saved edit");
    assert_eq!(state.prefs().get_untracked().persisted, Some(true), "the answer is kept");
    assert!(state.prefs().get_untracked().edited_since_backup.is_some(), "the backup nudge's clock started");

    // More edits: never asked again.
    for name in ["Sami", "Sam"] {
        state.update_case(&id, |c| c.profile.rename(name));
        state.flush();
    }
    tick().await;
    assert_eq!(calls(), 1);
}

#[wasm_bindgen_test]
async fn a_refusal_is_kept_too_and_not_asked_again() {
    stub_persist(false);
    let owner = Owner::new();
    owner.set();
    let state = AppState::load(Box::new(Rc::new(MemoryStore::new())));
    let id = ProfileId("b".into());
    state.add_case(CaseFile::new(Profile::new(id.clone(), "Noor", None, NaiveDate::from_ymd_opt(2026, 1, 5).unwrap())));
    state.update_case(&id, |c| c.profile.rename("Noortje"));
    state.flush();
    tick().await;
    state.update_case(&id, |c| c.profile.rename("Noor"));
    state.flush();
    tick().await;
    assert_eq!(calls(), 1);
    assert_eq!(state.prefs().get_untracked().persisted, Some(false));
}
