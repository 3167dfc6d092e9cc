//! Saving in the app's state: refused writes are kept and tried again, two tabs are merged.
//! Run: `cargo test --target wasm32-unknown-unknown --test web_saving`

#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use back_on_track::domain::plan::TopicId;
use back_on_track::domain::{CaseFile, LifeDomain, Profile, ProfileId};
use back_on_track::state::{AppState, Notice};
use back_on_track::storage::{KeyValue, MemoryStore, WriteError};
use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn sample_case(id: &str) -> CaseFile {
    CaseFile::new(Profile::new(ProfileId(id.into()), "Sam", None, NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()))
}

fn stored(disk: &MemoryStore, id: &str) -> String {
    disk.get(&format!("bot.case.{id}")).unwrap()
}

fn write_notices(state: &AppState) -> Vec<Notice> {
    state.notices().get_untracked().into_iter().map(|(_, n)| n).filter(|n| matches!(n, Notice::Write(_))).collect()
}

#[wasm_bindgen_test]
fn a_refused_write_waits_and_lands_once_there_is_room() {
    let owner = Owner::new();
    owner.set();
    let disk = Rc::new(MemoryStore::new());
    let state = AppState::load(Box::new(disk.clone()));
    state.add_case(sample_case("a"));
    let id = ProfileId("a".into());
    // The disk is full now.
    let used: usize = disk.snapshot().iter().map(|(k, v)| 2 * (k.len() + v.len())).sum();
    disk.set_quota(Some(used));
    state.update_case(&id, |c| c.profile.rename("Samira met een langere naam"));
    state.flush();
    assert!(state.has_unsaved(), "a refused write stays waiting");
    assert_eq!(write_notices(&state), vec![Notice::Write(WriteError::QuotaExceeded)]);

    // A change that does fit (the preferences) must not make the message go away.
    disk.set_quota(Some(used + 400));
    state.update_prefs(|p| p.lang = Some("nl".into()));
    assert_eq!(write_notices(&state).len(), 1, "the young person's change still waits");
    disk.set_quota(Some(used));

    // Trying again while still full changes nothing and loses nothing.
    state.retry_saves();
    assert!(state.has_unsaved());
    assert!(!stored(&disk, "a").contains("Samira"));

    // Room again: "try again" writes it, and only then the message goes.
    disk.set_quota(None);
    state.retry_saves();
    assert!(!state.has_unsaved());
    assert!(stored(&disk, "a").contains("Samira met een langere naam"));
    assert!(write_notices(&state).is_empty());
}

#[wasm_bindgen_test]
fn a_young_person_added_on_a_full_disk_is_written_later() {
    let owner = Owner::new();
    owner.set();
    let disk = Rc::new(MemoryStore::with_quota(10));
    let state = AppState::load(Box::new(disk.clone()));
    state.add_case(sample_case("b"));
    assert!(state.has_unsaved());
    disk.set_quota(None);
    state.flush();
    assert!(stored(&disk, "b").contains("\"Sam\""));
    assert!(write_notices(&state).is_empty());
}

#[wasm_bindgen_test]
fn two_tabs_that_save_the_same_young_person_are_merged_field_by_field() {
    let owner = Owner::new();
    owner.set();
    // Two tabs share one disk; neither hears the other (the write-conflict path, not the event).
    let disk = Rc::new(MemoryStore::new());
    let tab_a = AppState::load(Box::new(disk.clone()));
    let mut case = sample_case("c");
    let action = case.plan.add_action(TopicId::Domain(LifeDomain::Wonen));
    tab_a.add_case(case);
    let tab_b = AppState::load(Box::new(disk.clone()));
    let id = ProfileId("c".into());
    assert!(tab_b.case(&id).is_some());

    // B types in the action; A renames the young person and writes first.
    tab_b.update_case(&id, |c| c.plan.action_mut(action).unwrap().what = "Huurcontract bekijken".into());
    tab_a.update_case(&id, |c| c.profile.rename("Samira"));
    tab_a.flush();
    tab_b.flush();
    assert!(!tab_b.has_unsaved());
    let now = tab_b.case(&id).unwrap().get_untracked();
    assert_eq!(now.profile.name, "Samira", "A's change is taken in");
    assert_eq!(now.plan.action(action).unwrap().what, "Huurcontract bekijken", "B's change is kept");
    let on_disk = stored(&disk, "c");
    assert!(on_disk.contains("Samira") && on_disk.contains("Huurcontract bekijken"), "{on_disk}");
    assert!(tab_b.notices().get_untracked().is_empty(), "different fields: nothing to tell");

    // Both change the same field: B keeps its text and says where.
    tab_b.update_case(&id, |c| c.plan.action_mut(action).unwrap().what = "B".into());
    tab_a.update_case(&id, |c| c.plan.action_mut(action).unwrap().what = "A".into());
    tab_a.flush();
    tab_b.flush();
    assert_eq!(tab_b.case(&id).unwrap().get_untracked().plan.action(action).unwrap().what, "B");
    assert!(stored(&disk, "c").contains("\"what\":\"B\""));
    let told = tab_b.notices().get_untracked();
    assert_eq!(told.len(), 1);
    assert_eq!(told[0].1, Notice::KeptMine { areas: vec!["plan".into()] });
}
