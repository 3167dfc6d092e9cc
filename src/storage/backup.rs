//! Backup files: export one young person or everyone, and import them again.
//!
//! A backup is plain JSON that says what it is, which schema its data has and which app wrote it:
//! `{"format":"back-on-track-backup","schema":1,"app":"0.1.0","exported":"2026-11-23","cases":[...]}`.
//! A backup of everyone also carries the texts that were put aside because they could not be
//! read, as they were stored (`"quarantined":[{"from":"bot.case.<id>","at":<ms>,"text":"..."}]`),
//! so a restore on a newer app can try them again. The field is left out when there are none,
//! and older apps ignore it: the format's `schema` stays the one of the cases.
//! Importing never changes anything until the whole file has been checked, and a failed write
//! half-way is rolled back, so a bad file leaves the existing data exactly as it was.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::backend::KeyValue;
use super::envelope::{migrate, APP_VERSION, CURRENT_SCHEMA};
use super::error::{ReadError, WriteError};
use super::repo::{case_key, QuarantinedText, Repo, CASE_PREFIX, QUARANTINE_PREFIX, QUARANTINE_TIME_PREFIX};
use crate::domain::{CaseFile, ProfileId};

pub const FORMAT: &str = "back-on-track-backup";

/// Files larger than this are refused before parsing: a caseload with years of data is a few
/// hundred kilobytes, so 10 MB is generous and protects a phone from a hostile file.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

#[derive(Serialize)]
struct BackupOut<'a> {
    format: &'a str,
    schema: u32,
    app: &'a str,
    exported: String,
    cases: &'a [CaseFile],
    #[serde(skip_serializing_if = "nothing_put_aside")]
    quarantined: &'a [QuarantinedText],
}

fn nothing_put_aside(quarantined: &&[QuarantinedText]) -> bool {
    quarantined.is_empty()
}

/// Writes a backup of `cases`, exported on `today` (yyyy-mm-dd).
pub fn export(cases: &[CaseFile], today: &str) -> String {
    export_with_quarantined(cases, &[], today)
}

/// Writes a backup of `cases` and of the texts put aside on this device.
pub fn export_with_quarantined(cases: &[CaseFile], quarantined: &[QuarantinedText], today: &str) -> String {
    serde_json::to_string_pretty(&BackupOut {
        format: FORMAT,
        schema: CURRENT_SCHEMA,
        app: APP_VERSION,
        exported: today.to_string(),
        cases,
        quarantined,
    })
    .expect("our data types always serialise")
}

/// Why a file was refused. Each one has its own plain message in the UI.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge { bytes: usize },
    NotJson,
    /// JSON, but not a Back On Track backup.
    NotOurs,
    /// Made by a newer version of the app.
    Newer { found: u32, known: u32 },
    /// Young person number `index` (from 1) has a missing field or one of the wrong type.
    BadCase { index: usize, detail: String },
    /// The file holds the same young person twice.
    Duplicate { index: usize },
    NoCases,
}

/// A checked backup, ready to show and to apply.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    pub app: String,
    pub exported: String,
    pub cases: Vec<CaseFile>,
    /// Texts that could not be read where the backup was made; they are put aside again here.
    pub quarantined: Vec<QuarantinedText>,
}

#[derive(Deserialize)]
struct BackupIn {
    format: String,
    schema: u32,
    #[serde(default)]
    app: String,
    #[serde(default)]
    exported: String,
    cases: Vec<Value>,
    /// Read leniently: a part that does not fit is left out, never a reason to refuse the file.
    #[serde(default)]
    quarantined: Value,
}

/// Checks a file completely. Never panics, whatever the input.
pub fn parse(text: &str) -> Result<Backup, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| ImportError::NotJson)?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotOurs);
    }
    let raw: BackupIn = serde_json::from_value(value).map_err(|_| ImportError::NotOurs)?;
    debug_assert_eq!(raw.format, FORMAT);
    if raw.schema > CURRENT_SCHEMA {
        return Err(ImportError::Newer { found: raw.schema, known: CURRENT_SCHEMA });
    }
    let mut cases = Vec::with_capacity(raw.cases.len());
    let mut seen = HashSet::new();
    for (i, data) in raw.cases.into_iter().enumerate() {
        let index = i + 1;
        let data = migrate(raw.schema, data).map_err(|e| match e {
            ReadError::NewerSchema { found, known } => ImportError::Newer { found, known },
            ReadError::NotOurs => ImportError::NotOurs,
            other => ImportError::BadCase { index, detail: format!("{other:?}") },
        })?;
        let case: CaseFile =
            serde_json::from_value(data).map_err(|e| ImportError::BadCase { index, detail: e.to_string() })?;
        if !ProfileId::is_valid(case.profile.id.as_str()) {
            return Err(ImportError::BadCase { index, detail: "profile.id".into() });
        }
        if !seen.insert(case.profile.id.clone()) {
            return Err(ImportError::Duplicate { index });
        }
        cases.push(case);
    }
    if cases.is_empty() {
        return Err(ImportError::NoCases);
    }
    let quarantined = match raw.quarantined {
        Value::Array(items) => items
            .into_iter()
            .filter_map(|v| serde_json::from_value::<QuarantinedText>(v).ok())
            .filter(QuarantinedText::is_restorable)
            .collect(),
        _ => Vec::new(),
    };
    Ok(Backup { app: raw.app, exported: raw.exported, cases, quarantined })
}

/// What to do with the young people already on this device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Keep everyone; a young person who is already here (same id) stays, and the file's version
    /// is added beside it as a copy with a new id, so nothing is overwritten.
    Add,
    /// Remove everyone on this device and put the file's young people in their place.
    Replace,
}

/// Applies a checked backup. On a failed write everything written so far is undone, so the
/// store is exactly as before. `new_id` makes ids for copies.
pub fn apply<S: KeyValue>(
    repo: &Repo<S>,
    backup: &Backup,
    mode: ImportMode,
    mut new_id: impl FnMut() -> ProfileId,
) -> Result<usize, WriteError> {
    let store = repo.store();
    let before: Vec<(String, String)> = store
        .keys()
        .into_iter()
        .filter(|k| k.starts_with(CASE_PREFIX))
        .filter_map(|k| store.get(&k).map(|v| (k, v)))
        .collect();
    let existing: HashSet<String> = before.iter().map(|(k, _)| k.clone()).collect();
    let set_aside = |k: &String| k.starts_with(QUARANTINE_PREFIX) || k.starts_with(QUARANTINE_TIME_PREFIX);
    let quarantined_before: HashSet<String> = store.keys().into_iter().filter(set_aside).collect();

    let result = (|| {
        if mode == ImportMode::Replace {
            for (k, _) in &before {
                store.remove(k)?;
            }
        }
        for case in &backup.cases {
            let mut case = case.clone();
            // The demo's id is reserved: a real file never takes it (or it would hide behind the demo).
            if crate::domain::demo::is_demo(&case.profile.id)
                || (mode == ImportMode::Add && existing.contains(&case_key(&case.profile.id)))
            {
                case.profile.id = new_id();
            }
            repo.save_case_fresh(&case)?;
        }
        repo.restore_quarantined(&backup.quarantined)?;
        Ok(backup.cases.len())
    })();

    if result.is_err() {
        // Roll back: remove what we wrote, put back what was there.
        for k in store.keys().into_iter().filter(|k| k.starts_with(CASE_PREFIX)) {
            if !existing.contains(&k) {
                let _ = store.remove(&k);
            }
        }
        for k in store.keys().into_iter().filter(set_aside) {
            if !quarantined_before.contains(&k) {
                let _ = store.remove(&k);
            }
        }
        for (k, v) in &before {
            let _ = store.set(k, v);
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Profile;
    use crate::storage::backend::MemoryStore;
    use chrono::NaiveDate;

    fn case(id: &str, name: &str) -> CaseFile {
        let day = NaiveDate::from_ymd_opt(2026, 2, 1).unwrap();
        CaseFile::new(Profile::new(ProfileId(id.into()), name, Some(day), day))
    }

    #[test]
    fn export_then_parse_gives_back_the_same_cases() {
        let cases = vec![case("a", "Sam"), case("b", "Noor")];
        let text = export(&cases, "2026-11-23");
        let back = parse(&text).unwrap();
        assert_eq!(back.cases, cases);
        assert_eq!(back.exported, "2026-11-23");
        assert_eq!(back.app, APP_VERSION);
    }

    #[test]
    fn bad_files_are_refused_with_the_reason() {
        assert_eq!(parse(""), Err(ImportError::Empty));
        assert_eq!(parse("hallo"), Err(ImportError::NotJson));
        assert_eq!(parse(r#"{"cases":[]}"#), Err(ImportError::NotOurs));
        assert_eq!(parse(r#"{"format":"iets-anders","schema":1,"cases":[]}"#), Err(ImportError::NotOurs));
        assert_eq!(
            parse(r#"{"format":"back-on-track-backup","schema":7,"cases":[{}]}"#),
            Err(ImportError::Newer { found: 7, known: CURRENT_SCHEMA })
        );
        assert_eq!(parse(r#"{"format":"back-on-track-backup","schema":1,"cases":[]}"#), Err(ImportError::NoCases));
        assert!(matches!(
            parse(r#"{"format":"back-on-track-backup","schema":1,"cases":[{"profile":{"name":"x"}}]}"#),
            Err(ImportError::BadCase { index: 1, detail }) if detail.contains("missing field `id`")
        ));
        assert!(matches!(
            parse(r#"{"format":"back-on-track-backup","schema":1,"cases":[{"profile":{"id":"a","name":5}}]}"#),
            Err(ImportError::BadCase { index: 1, detail }) if detail.contains("invalid type")
        ));
        assert_eq!(
            parse(r#"{"format":"back-on-track-backup","schema":1,"cases":[{"profile":{"id":"a"}},{"profile":{"id":"a"}}]}"#),
            Err(ImportError::Duplicate { index: 2 })
        );
        assert!(matches!(
            parse(r#"{"format":"back-on-track-backup","schema":1,"cases":[{"profile":{"id":"../x"}}]}"#),
            Err(ImportError::BadCase { .. })
        ));
        let big = format!("{{\"format\":\"{FORMAT}\",\"pad\":\"{}\"}}", "x".repeat(MAX_BYTES));
        assert!(matches!(parse(&big), Err(ImportError::TooLarge { .. })));
    }

    #[test]
    fn the_demo_is_never_exported_replaced_or_taken_over_by_an_import() {
        let repo = Repo::new(MemoryStore::new());
        let demo = crate::domain::demo::demo_case(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(), false);
        repo.reset_demo(&demo).unwrap();
        repo.save_case(&case("old", "Oud")).unwrap();
        // A file that (by accident or on purpose) uses the demo's id gets a fresh one.
        let backup = parse(&export(&[case("a", "Sam"), case("demo", "Echt")], "2026-11-23")).unwrap();
        assert_eq!(apply(&repo, &backup, ImportMode::Replace, || ProfileId("p-new".into())), Ok(2));
        let loaded = repo.load_all();
        let ids: Vec<_> = loaded.cases.iter().map(|c| c.profile.id.as_str()).collect();
        assert_eq!(ids.len(), 2);
        assert!(ids.contains(&"a") && ids.contains(&"p-new"));
        // The demo is where it was, untouched by the replace.
        assert_eq!(repo.load_demo(&demo.profile.id), Some(demo));
        // An export is made of the loaded young people only: the demo is not among them.
        assert!(!export(&loaded.cases, "2026-11-23").contains("Demo: Sam"));
    }

    #[test]
    fn replace_puts_the_file_in_place_of_everyone() {
        let repo = Repo::new(MemoryStore::new());
        repo.save_case(&case("old", "Oud")).unwrap();
        let backup = parse(&export(&[case("a", "Sam")], "2026-11-23")).unwrap();
        assert_eq!(apply(&repo, &backup, ImportMode::Replace, || unreachable!()), Ok(1));
        let names: Vec<_> = repo.load_all().cases.into_iter().map(|c| c.profile.name).collect();
        assert_eq!(names, vec!["Sam"]);
    }

    #[test]
    fn add_keeps_everyone_and_copies_a_young_person_who_is_already_here() {
        let repo = Repo::new(MemoryStore::new());
        repo.save_case(&case("a", "Sam")).unwrap();
        let backup = parse(&export(&[case("a", "Sam (file)"), case("b", "Noor")], "2026-11-23")).unwrap();
        assert_eq!(apply(&repo, &backup, ImportMode::Add, || ProfileId("copy".into())), Ok(2));
        let mut names: Vec<_> = repo.load_all().cases.into_iter().map(|c| c.profile.name).collect();
        names.sort();
        assert_eq!(names, vec!["Noor", "Sam", "Sam (file)"]);
    }

    #[test]
    fn a_write_that_fails_half_way_is_rolled_back() {
        let repo = Repo::new(MemoryStore::new());
        repo.save_case(&case("old", "Oud")).unwrap();
        let before = repo.store().snapshot();
        let many: Vec<_> = (0..50).map(|i| case(&format!("c{i}"), &"n".repeat(40))).collect();
        let backup = parse(&export(&many, "2026-11-23")).unwrap();
        let used: usize = before.iter().map(|(k, v)| 2 * (k.len() + v.len())).sum();
        repo.store().set_quota(Some(used + 4000));
        for mode in [ImportMode::Add, ImportMode::Replace] {
            assert_eq!(apply(&repo, &backup, mode, || ProfileId("x".into())), Err(WriteError::QuotaExceeded));
            assert_eq!(repo.store().snapshot(), before, "{mode:?} must leave the store as it was");
        }
    }

    #[test]
    fn a_backup_carries_the_quarantined_texts_and_a_restore_puts_them_aside_again() {
        let damaged = QuarantinedText { from: "bot.case.x".into(), at: Some(1_796_637_600_000), text: "{\"schema\":1,\"data\":{tru".into() };
        let text = export_with_quarantined(&[case("a", "Sam")], std::slice::from_ref(&damaged), "2026-12-07");
        let back = parse(&text).unwrap();
        assert_eq!(back.quarantined, vec![damaged.clone()]);
        let repo = Repo::new(MemoryStore::new());
        assert_eq!(apply(&repo, &back, ImportMode::Add, || unreachable!()), Ok(1));
        assert_eq!(repo.quarantined(), vec![("bot.quarantine.bot.case.x.1".to_string(), damaged)]);
        // Importing the same file again adds the young person as a copy, the damaged text not again.
        assert_eq!(apply(&repo, &back, ImportMode::Add, || ProfileId("copy".into())), Ok(1));
        assert_eq!(repo.quarantined().len(), 1);
    }

    #[test]
    fn backups_without_quarantined_texts_stay_as_they_were() {
        let text = export(&[case("a", "Sam")], "2026-11-23");
        assert!(!text.contains("quarantined"), "left out when there are none");
        // A file from before the field existed, and one with a part that does not fit.
        let old = r#"{"format":"back-on-track-backup","schema":1,"cases":[{"profile":{"id":"a"}}]}"#;
        assert_eq!(parse(old).unwrap().quarantined, vec![]);
        let odd = r#"{"format":"back-on-track-backup","schema":1,"cases":[{"profile":{"id":"a"}}],
            "quarantined":[5,{"from":"bot.lock","text":"x"},{"from":"bot.prefs","text":"y"}]}"#;
        assert_eq!(parse(odd).unwrap().quarantined, vec![QuarantinedText { from: "bot.prefs".into(), at: None, text: "y".into() }]);
        assert_eq!(parse(r#"{"format":"back-on-track-backup","schema":1,"cases":[{"profile":{"id":"a"}}],"quarantined":"x"}"#).unwrap().quarantined, vec![]);
    }

    #[test]
    fn a_failed_import_also_takes_back_the_quarantined_texts_it_wrote() {
        let repo = Repo::new(MemoryStore::new());
        repo.save_case(&case("old", "Oud")).unwrap();
        let before = repo.store().snapshot();
        let big = QuarantinedText { from: "bot.case.y".into(), at: None, text: "z".repeat(3000) };
        let backup = parse(&export_with_quarantined(&[case("a", "Sam")], &[big], "2026-12-07")).unwrap();
        let used: usize = before.iter().map(|(k, v)| 2 * (k.len() + v.len())).sum();
        repo.store().set_quota(Some(used + 2000));
        assert_eq!(apply(&repo, &backup, ImportMode::Add, || unreachable!()), Err(WriteError::QuotaExceeded));
        assert_eq!(repo.store().snapshot(), before);
    }

    // proptest (via getrandom) does not build for wasm32: the fuzzing runs natively.
    #[cfg(not(target_arch = "wasm32"))]
    mod fuzz {
        use super::*;
        use proptest::prelude::*;

        fn valid_text() -> String {
            export(&[case("a", "Sam"), case("b", "Noor")], "2026-11-23")
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

            /// Any text at all: parsing never panics.
            #[test]
            fn parse_never_panics_on_any_text(text in ".{0,400}") {
                let _ = parse(&text);
            }

            /// A valid backup with bytes cut, replaced or inserted: never panics, and a refused
            /// file leaves the store exactly as it was.
            #[test]
            fn mutated_backups_never_panic_and_refusals_change_nothing(
                cut in 0usize..2000, len in 0usize..40, insert in "[\\x00-\\x7f]{0,12}"
            ) {
                let valid = valid_text();
                let start = cut.min(valid.len());
                let end = (start + len).min(valid.len());
                let (start, end) = (floor_char(&valid, start), floor_char(&valid, end));
                let text = format!("{}{}{}", &valid[..start], insert, &valid[end..]);
                let repo = Repo::new(MemoryStore::new());
                repo.save_case(&case("keep", "Blijft")).unwrap();
                let before = repo.store().snapshot();
                match parse(&text) {
                    Ok(backup) => { let _ = apply(&repo, &backup, ImportMode::Add, || ProfileId("n".into())); }
                    Err(_) => prop_assert_eq!(repo.store().snapshot(), before),
                }
            }

            /// Structured JSON of arbitrary shape in the cases list: refused cleanly or accepted.
            #[test]
            fn arbitrary_json_cases_never_panic(v in arb_json()) {
                let text = format!(r#"{{"format":"{FORMAT}","schema":1,"cases":[{v}]}}"#);
                let _ = parse(&text);
            }
        }

        fn floor_char(s: &str, mut i: usize) -> usize {
            while !s.is_char_boundary(i) {
                i -= 1;
            }
            i
        }

        fn arb_json() -> impl Strategy<Value = String> {
            let leaf = prop_oneof![
                Just("null".to_string()),
                any::<bool>().prop_map(|b| b.to_string()),
                any::<i64>().prop_map(|n| n.to_string()),
                "[a-z]{0,6}".prop_map(|s| format!("\"{s}\"")),
            ];
            leaf.prop_recursive(4, 32, 4, |inner| {
                prop_oneof![
                    prop::collection::vec(inner.clone(), 0..4).prop_map(|v| format!("[{}]", v.join(","))),
                    prop::collection::vec(
                        (prop_oneof![Just("profile"), Just("id"), Just("name"), Just("plan"), Just("x")], inner),
                        0..4
                    )
                    .prop_map(|kv| format!(
                        "{{{}}}",
                        kv.into_iter().map(|(k, v)| format!("\"{k}\":{v}")).collect::<Vec<_>>().join(",")
                    )),
                ]
            })
        }
    }
}
