//! The passcode lock in headless Chromium: real WebCrypto, real localStorage.
//! Run: `cargo test --target wasm32-unknown-unknown --test web_lock`

#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use back_on_track::domain::{CaseFile, Profile, ProfileId};
use back_on_track::state::{AppState, Notice};
use back_on_track::storage::crypto::{self, looks_sealed, Sealed};
use back_on_track::storage::sealed::{read_meta, LockError, SealedStore, LOCK_KEY, PBKDF2_ITERATIONS};
use back_on_track::storage::{KeyValue, LocalStore, MemoryStore, WriteError};
use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const CODE: &str = "zon-op-de-zee";

fn case(id: &str, name: &str) -> CaseFile {
    CaseFile::new(Profile::new(ProfileId(id.into()), name, None, NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()))
}

/// A clean localStorage for one test.
fn fresh_local() -> LocalStore {
    let store = LocalStore::open().expect("headless Chromium has localStorage");
    for k in store.keys() {
        store.remove(&k).unwrap();
    }
    store
}

/// Everything in localStorage, byte for byte.
fn snapshot() -> BTreeMap<String, String> {
    let s = LocalStore::open().unwrap();
    s.keys().into_iter().map(|k| {
        let v = s.get(&k).unwrap();
        (k, v)
    }).collect()
}

/// Lets the browser run queued work (a decryption) for a moment.
async fn pause() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Puts Samira's case and preferences in localStorage through the app's own state, plain.
fn app_with_samira() -> (Owner, AppState, SealedStore) {
    let owner = Owner::new();
    owner.set();
    let store = SealedStore::plain(Box::new(fresh_local()));
    let state = AppState::load(Box::new(store.clone()));
    state.add_case(case("p-1", "Samira"));
    state.update_prefs(|p| p.lang = Some("nl".into()));
    (owner, state, store)
}

#[wasm_bindgen_test]
async fn derive_seal_open_round_trip_with_webcrypto() {
    assert!(crypto::available(), "127.0.0.1 is a secure context");
    let salt = crypto::random_bytes::<16>().unwrap();
    let wrapping = crypto::derive_wrapping_key(CODE, &salt, PBKDF2_ITERATIONS).await.unwrap();
    let data_key = crypto::new_data_key().await.unwrap();
    let wrapped = crypto::wrap_data_key(&data_key, &wrapping).await.unwrap();
    assert_eq!(wrapped.ct.len(), 32 + 16, "a 256-bit key plus the GCM tag");

    // The key we use comes back from the wrapped form, not extractable.
    let again = crypto::derive_wrapping_key(CODE, &salt, PBKDF2_ITERATIONS).await.unwrap();
    let key = crypto::unwrap_data_key(&wrapped, &again, false).await.unwrap();
    assert!(!key.extractable());

    let text = r#"{"schema":1,"rev":1,"data":{"name":"Samira é ✓"}}"#;
    let sealed = crypto::seal(&key, text).await.unwrap();
    assert!(looks_sealed(&sealed));
    assert!(!sealed.contains("Samira"));
    assert_eq!(crypto::open(&key, &sealed).await.unwrap(), text);

    // A changed byte in the ciphertext is refused, never half-read.
    let mut bad = Sealed::parse(&sealed).unwrap();
    bad.ct[0] ^= 1;
    assert_eq!(crypto::open(&key, &bad.to_text()).await, Err(crypto::CryptoError::Rejected));
}

#[wasm_bindgen_test]
async fn every_seal_has_a_fresh_iv() {
    let salt = crypto::random_bytes::<16>().unwrap();
    let wrapping = crypto::derive_wrapping_key(CODE, &salt, 1000).await.unwrap();
    let key = crypto::unwrap_data_key(
        &crypto::wrap_data_key(&crypto::new_data_key().await.unwrap(), &wrapping).await.unwrap(),
        &wrapping,
        false,
    )
    .await
    .unwrap();
    let mut ivs = std::collections::HashSet::new();
    for _ in 0..20 {
        let s = Sealed::parse(&crypto::seal(&key, "same text").await.unwrap()).unwrap();
        assert!(ivs.insert(s.iv), "an IV was used twice");
    }
}

#[wasm_bindgen_test]
async fn a_passcode_seals_everything_and_the_metadata_says_600k() {
    let (_owner, state, store) = app_with_samira();
    assert!(snapshot().values().any(|v| v.contains("Samira")), "plain before");

    store.enable(CODE, 5, Some("nl".into())).await.unwrap();
    assert!(store.is_sealed());
    let meta = read_meta(&LocalStore::open().unwrap()).unwrap().unwrap();
    assert!(meta.iterations >= 600_000, "stored PBKDF2 iterations: {}", meta.iterations);
    assert_eq!(meta.kdf, "PBKDF2-SHA-256");
    let raw: serde_json::Value = serde_json::from_str(&snapshot()[LOCK_KEY]).unwrap();
    assert!(raw["iterations"].as_u64().unwrap() >= 600_000);

    let disk = snapshot();
    assert_eq!(disk.len(), 3, "prefs, one case and the lock: {:?}", disk.keys());
    for (k, v) in &disk {
        assert!(!v.contains("Samira"), "{k} holds the name in plain text");
        if k != LOCK_KEY {
            assert!(looks_sealed(v), "{k} is not sealed");
        }
    }
    // The app goes on as before: an edit is saved, sealed.
    let id = ProfileId("p-1".into());
    state.update_case(&id, |c| c.profile.rename("Samira B"));
    state.flush();
    store.flush().await;
    let after = snapshot();
    assert!(looks_sealed(&after["bot.case.p-1"]));
    assert_ne!(after["bot.case.p-1"], disk["bot.case.p-1"], "written again with a fresh IV");
    assert!(!after.values().any(|v| v.contains("Samira")));
    assert!(state.notices().get_untracked().is_empty());

    // Unlock with a fresh store, as after a reload.
    let opened = SealedStore::unlock(Box::new(LocalStore::open().unwrap()), CODE).await.unwrap();
    let state2 = AppState::load(Box::new(opened));
    let cases = state2.cases().get_untracked();
    assert_eq!(cases.len(), 1);
    assert_eq!(cases[0].get_untracked().profile.name, "Samira B");
    assert_eq!(state2.prefs().get_untracked().lang.as_deref(), Some("nl"));
    fresh_local();
}

#[wasm_bindgen_test]
async fn a_wrong_passcode_fails_and_changes_nothing() {
    let (_owner, _state, store) = app_with_samira();
    store.enable(CODE, 2, None).await.unwrap();
    store.flush().await;
    let before = snapshot();
    for wrong in ["zon-op-de-ze", "ZON-OP-DE-ZEE", "", "zon-op-de-zee "] {
        let result = SealedStore::unlock(Box::new(LocalStore::open().unwrap()), wrong).await;
        assert_eq!(result.err(), Some(LockError::WrongPasscode), "{wrong:?}");
        assert_eq!(snapshot(), before, "a wrong passcode changed storage");
    }
    // Changing or removing with a wrong current passcode changes nothing either.
    assert_eq!(store.change_passcode("fout-fout", "nieuw-nieuw").await, Err(LockError::WrongPasscode));
    assert_eq!(store.disable("fout-fout").await, Err(LockError::WrongPasscode));
    assert_eq!(snapshot(), before);
    assert!(store.is_sealed());
    // And the right one still works.
    assert!(SealedStore::unlock(Box::new(LocalStore::open().unwrap()), CODE).await.is_ok());
    assert_eq!(snapshot(), before);
    fresh_local();
}

/// A code chosen before new codes had to be stronger (issue 24) still opens the data: the rules
/// are checked where a code is chosen (`pages::lock::check_new_code`), never by the store, so
/// nobody is locked out by them.
#[wasm_bindgen_test]
async fn an_old_six_digit_code_still_unlocks() {
    let (_owner, _state, store) = app_with_samira();
    store.enable("123456", 5, None).await.unwrap();
    store.flush().await;
    let opened = SealedStore::unlock(Box::new(LocalStore::open().unwrap()), "123456").await.unwrap();
    assert!(opened.get("bot.case.p-1").unwrap().contains("Samira"));
    fresh_local();
}

#[wasm_bindgen_test]
async fn changing_the_passcode_rewraps_the_key_and_leaves_values_alone() {
    let (_owner, _state, store) = app_with_samira();
    store.enable(CODE, 5, None).await.unwrap();
    store.flush().await;
    let before = snapshot();
    store.change_passcode(CODE, "maan-boven-de-stad").await.unwrap();
    let after = snapshot();
    for (k, v) in &before {
        if k != LOCK_KEY {
            assert_eq!(after.get(k), Some(v), "{k} changed");
        }
    }
    assert_ne!(after[LOCK_KEY], before[LOCK_KEY]);
    let old = SealedStore::unlock(Box::new(LocalStore::open().unwrap()), CODE).await;
    assert_eq!(old.err(), Some(LockError::WrongPasscode));
    let new = SealedStore::unlock(Box::new(LocalStore::open().unwrap()), "maan-boven-de-stad").await.unwrap();
    assert!(new.get("bot.case.p-1").unwrap().contains("Samira"));
    fresh_local();
}

#[wasm_bindgen_test]
async fn removing_the_passcode_writes_plain_envelopes_back() {
    let (_owner, state, store) = app_with_samira();
    let plain_before = snapshot();
    store.enable(CODE, 5, None).await.unwrap();
    store.disable(CODE).await.unwrap();
    assert!(!store.is_sealed());
    let after = snapshot();
    assert!(!after.contains_key(LOCK_KEY));
    assert_eq!(after, plain_before, "the same plain envelopes as before the passcode");
    // Saving is synchronous and plain again.
    state.update_case(&ProfileId("p-1".into()), |c| c.profile.rename("Sami"));
    state.flush();
    assert!(snapshot()["bot.case.p-1"].contains("\"Sami\""));
    fresh_local();
}

#[wasm_bindgen_test]
async fn a_full_disk_is_reported_later_and_the_edit_stays_in_memory() {
    let owner = Owner::new();
    owner.set();
    let disk = Rc::new(MemoryStore::new());
    let store = SealedStore::plain(Box::new(disk.clone()));
    let state = AppState::load(Box::new(store.clone()));
    store.on_write(move |r| state.report_write(r));
    state.add_case(case("p-1", "Samira"));
    store.enable(CODE, 5, None).await.unwrap();
    let stored = disk.get("bot.case.p-1").unwrap();

    disk.set_quota(Some(1));
    let id = ProfileId("p-1".into());
    state.update_case(&id, |c| c.profile.rename("Samira met een veel langere naam"));
    state.flush();
    assert!(state.notices().get_untracked().is_empty(), "the write has not happened yet");
    store.flush().await;
    let notices = state.notices().get_untracked();
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].1, Notice::Write(WriteError::QuotaExceeded));
    assert_eq!(state.case(&id).unwrap().get_untracked().profile.name, "Samira met een veel langere naam");
    assert_eq!(disk.get("bot.case.p-1").unwrap(), stored, "the old sealed value is kept");

    // Room again: the next save goes through and the message goes away.
    disk.set_quota(None);
    state.update_case(&id, |c| c.profile.rename("Samira"));
    state.flush();
    store.flush().await;
    assert!(state.notices().get_untracked().is_empty());
    assert_ne!(disk.get("bot.case.p-1").unwrap(), stored);
}

#[wasm_bindgen_test]
async fn switching_on_with_a_full_disk_puts_everything_back() {
    let owner = Owner::new();
    owner.set();
    let disk = Rc::new(MemoryStore::new());
    let store = SealedStore::plain(Box::new(disk.clone()));
    let state = AppState::load(Box::new(store.clone()));
    state.add_case(case("p-1", "Samira"));
    state.add_case(case("p-2", "Noor"));
    let before = disk.snapshot();
    // Room for the metadata and a little more, but not for every sealed value.
    let used: usize = before.iter().map(|(k, v)| 2 * (k.len() + v.len())).sum();
    disk.set_quota(Some(used + 900));
    let result = store.enable(CODE, 5, None).await;
    assert!(matches!(result, Err(LockError::Write(WriteError::QuotaExceeded))), "{result:?}");
    assert!(!store.is_sealed());
    assert_eq!(disk.snapshot(), before, "exactly as before");
}

#[wasm_bindgen_test]
async fn another_tabs_sealed_write_is_decrypted_and_passed_on() {
    let (_owner, _state, store) = app_with_samira();
    store.enable(CODE, 5, None).await.unwrap();
    store.flush().await;
    // Two tabs: two unlocked stores over the same localStorage.
    let tab_a = SealedStore::unlock(Box::new(LocalStore::open().unwrap()), CODE).await.unwrap();
    let tab_b = SealedStore::unlock(Box::new(LocalStore::open().unwrap()), CODE).await.unwrap();
    let text_a = tab_a.get("bot.case.p-1").unwrap().replace("Samira", "Samira uit A");
    tab_a.set("bot.case.p-1", &text_a).unwrap();
    tab_a.flush().await;
    assert!(!snapshot()["bot.case.p-1"].contains("Samira"));

    // Before B has taken it in, B may not write over it.
    assert!(matches!(tab_b.set("bot.case.p-1", "{}"), Err(WriteError::Conflict { .. })));

    let seen = Rc::new(RefCell::new(false));
    let flag = seen.clone();
    assert!(tab_b.incoming("bot.case.p-1", move || *flag.borrow_mut() = true));
    for _ in 0..100 {
        if *seen.borrow() {
            break;
        }
        pause().await;
    }
    assert!(*seen.borrow(), "the change was passed on");
    assert_eq!(tab_b.get("bot.case.p-1").as_deref(), Some(text_a.as_str()));
    // Now B may save.
    tab_b.set("bot.case.p-1", &text_a.replace("uit A", "uit B")).unwrap();
    tab_b.flush().await;
    let c = SealedStore::unlock(Box::new(LocalStore::open().unwrap()), CODE).await.unwrap();
    assert!(c.get("bot.case.p-1").unwrap().contains("Samira uit B"));
    // Keys that are not ours are left to the caller.
    assert!(!tab_b.incoming("other.key", || {}));
    fresh_local();
}

#[wasm_bindgen_test]
async fn an_unreadable_sealed_value_is_put_aside_as_it_was() {
    let (_owner, _state, store) = app_with_samira();
    store.enable(CODE, 5, None).await.unwrap();
    store.flush().await;
    // Damage one sealed value on disk.
    let local = LocalStore::open().unwrap();
    let mut s = Sealed::parse(&local.get("bot.case.p-1").unwrap()).unwrap();
    s.ct[3] ^= 0xff;
    let damaged = s.to_text();
    local.set("bot.case.p-1", &damaged).unwrap();

    let owner = Owner::new();
    owner.set();
    let opened = SealedStore::unlock(Box::new(LocalStore::open().unwrap()), CODE).await.unwrap();
    let state = AppState::load(Box::new(opened.clone()));
    assert!(state.cases().get_untracked().is_empty());
    assert!(matches!(state.notices().get_untracked()[0].1, Notice::Problem(_)));
    opened.flush().await;
    let disk = snapshot();
    assert_eq!(disk.get("bot.quarantine.bot.case.p-1.1"), Some(&damaged), "kept byte for byte");
    assert!(!disk.contains_key("bot.case.p-1"));
    fresh_local();
}

#[wasm_bindgen_test]
async fn wipe_all_with_a_passcode_removes_the_lock_last() {
    let (_owner, state, store) = app_with_samira();
    store.enable(CODE, 5, None).await.unwrap();
    store.flush().await;
    let keys = store.keys();
    assert_eq!(keys.last().map(String::as_str), Some(LOCK_KEY));
    state.wipe_all().unwrap();
    assert!(snapshot().is_empty());
    assert!(!store.is_sealed(), "after a wipe nothing is sealed any more");
}
