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

/// Why a file was refused. Each one has its own plain message in the UI: the library's own
/// (English, technical) wording never reaches the screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge { bytes: usize },
    /// Not JSON at all: some other kind of file.
    NotJson,
    /// Starts like a backup but breaks off or has broken JSON inside (cut off while copying).
    Damaged,
    /// JSON, but not a Back On Track backup.
    NotOurs,
    /// Made by a newer version of the app.
    Newer { found: u32, known: u32 },
    /// Young person number `index` (from 1) does not fit: `at` is the way to the part that is
    /// wrong, as the file names it (`["profile", "start_date"]`), as far as it could be found.
    BadCase { index: usize, at: Vec<String>, problem: CaseProblem },
    /// The file holds the same young person twice.
    Duplicate { index: usize },
    NoCases,
}

/// What is wrong with one young person in a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseProblem {
    /// Something that must be there is not.
    Missing,
    /// A date that is no date (or not one that exists).
    BadDate,
    /// A value of the wrong kind (a number where a text belongs, an unknown choice).
    WrongValue,
}

/// A checked backup, ready to show and to apply.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    pub app: String,
    pub exported: String,
    pub cases: Vec<CaseFile>,
    /// How many young people's names were longer than the form allows and were cut.
    pub names_shortened: usize,
    /// How many other texts were longer than their form allows and were cut.
    pub texts_shortened: usize,
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

/// Checks a file completely. Never panics, whatever the input. Texts longer than the forms
/// allow are cut to size (and counted), so an import obeys the same rules as typing.
pub fn parse(text: &str) -> Result<Backup, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| {
        // A backup starts with `{`; anything else is another kind of file.
        if text.trim_start().starts_with('{') { ImportError::Damaged } else { ImportError::NotJson }
    })?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotOurs);
    }
    let raw: BackupIn = serde_json::from_value(value).map_err(|_| ImportError::NotOurs)?;
    debug_assert_eq!(raw.format, FORMAT);
    if raw.schema > CURRENT_SCHEMA {
        return Err(ImportError::Newer { found: raw.schema, known: CURRENT_SCHEMA });
    }
    let mut backup = Backup {
        app: raw.app,
        exported: raw.exported,
        cases: Vec::with_capacity(raw.cases.len()),
        names_shortened: 0,
        texts_shortened: 0,
        quarantined: Vec::new(),
    };
    let mut seen = HashSet::new();
    for (i, data) in raw.cases.into_iter().enumerate() {
        let index = i + 1;
        let data = migrate(raw.schema, data).map_err(|e| match e {
            ReadError::NewerSchema { found, known } => ImportError::Newer { found, known },
            ReadError::NotOurs => ImportError::NotOurs,
            _ => ImportError::BadCase { index, at: Vec::new(), problem: CaseProblem::WrongValue },
        })?;
        let mut case: CaseFile = match serde_json::from_value(data.clone()) {
            Ok(case) => case,
            Err(e) => return Err(bad_case(index, &data, &e.to_string(), text.len())),
        };
        if !ProfileId::is_valid(case.profile.id.as_str()) {
            let at = vec!["profile".to_string(), "id".to_string()];
            return Err(ImportError::BadCase { index, at, problem: CaseProblem::WrongValue });
        }
        if !seen.insert(case.profile.id.clone()) {
            return Err(ImportError::Duplicate { index });
        }
        let shortened = case.keep_to_limits();
        backup.names_shortened += usize::from(shortened.name);
        backup.texts_shortened += shortened.texts;
        backup.cases.push(case);
    }
    if backup.cases.is_empty() {
        return Err(ImportError::NoCases);
    }
    backup.quarantined = match raw.quarantined {
        Value::Array(items) => items
            .into_iter()
            .filter_map(|v| serde_json::from_value::<QuarantinedText>(v).ok())
            .filter(QuarantinedText::is_restorable)
            .collect(),
        _ => Vec::new(),
    };
    Ok(backup)
}

/// Says where and what is wrong in a young person's `data` that did not read. `message` is the
/// library's error, used only to tell a missing field from a wrong one, never shown.
fn bad_case(index: usize, data: &Value, message: &str, file_bytes: usize) -> ImportError {
    let mut at = culprit(data, message, file_bytes);
    let missing = message.strip_prefix("missing field `").and_then(|rest| rest.split('`').next());
    let problem = match missing {
        Some(field) => {
            at.push(field.to_string());
            CaseProblem::Missing
        }
        None if at.last().is_some_and(|k| is_date_field(k)) || message.contains("date") => CaseProblem::BadDate,
        None => CaseProblem::WrongValue,
    };
    ImportError::BadCase { index, at, problem }
}

/// `message` quotes the scalar `v` (as serde does: `` `5` ``, `` `iets` ``).
fn quoted_in(message: &str, v: &Value) -> bool {
    let shown = match v {
        Value::String(s) if !s.is_empty() => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => return false,
    };
    message.contains(&format!("`{shown}`")) || message.contains(&format!("\"{shown}\""))
}

fn is_date_field(key: &str) -> bool {
    matches!(key, "date" | "start_date" | "created" | "due" | "agreed_on" | "status_date")
}

/// The way to the part of `data` that keeps it from reading as a young person's file, as a
/// list of field names (list positions left out). serde_json's error on a `Value` does not say
/// where it was; rather than a second, path-tracking deserializer (a copy of all the file's
/// reading code in the wasm), this takes parts away until the rest reads: only on the error
/// path, a few dozen reads of one young person.
fn culprit(data: &Value, message: &str, file_bytes: usize) -> Vec<String> {
    // Each read copies the young person's data: the search gives up after about 20 MB of
    // copying, so a huge or hostile file cannot hold the phone up for long.
    let reads_allowed = (20_000_000 / file_bytes.max(1)).clamp(16, 200) as u32;
    let budget = std::cell::Cell::new(reads_allowed);
    let reads = |v: &Value| {
        budget.set(budget.get().saturating_sub(1));
        budget.get() > 0 && serde_json::from_value::<CaseFile>(v.clone()).is_ok()
    };
    let without = |pointer: &str, child: &str| {
        let mut trial = data.clone();
        match trial.pointer_mut(pointer) {
            Some(Value::Object(fields)) => {
                fields.remove(child);
            }
            Some(Value::Array(items)) => {
                if let Ok(i) = child.parse::<usize>() {
                    items.remove(i);
                }
            }
            _ => {}
        }
        trial
    };
    let children = |v: &Value| -> Vec<String> {
        match v {
            Value::Object(fields) => fields.keys().cloned().collect(),
            Value::Array(items) => (0..items.len()).map(|i| i.to_string()).collect(),
            _ => Vec::new(),
        }
    };
    let pointer_to = |steps: &[String]| steps.iter().map(|s| format!("/{}", s.replace('~', "~0").replace('/', "~1"))).collect::<String>();

    let mut steps: Vec<String> = Vec::new();
    'down: loop {
        let here = pointer_to(&steps);
        let Some(node) = data.pointer(&here) else { break };
        let kids = children(node);
        if let Some(kid) = kids.iter().find(|k| reads(&without(&here, k))) {
            steps.push(kid.clone());
            continue;
        }
        // A part that must be there (the profile) cannot be taken away: look one level into it.
        for kid in &kids {
            let inner = format!("{here}/{}", kid.replace('~', "~0").replace('/', "~1"));
            let Some(child) = data.pointer(&inner) else { continue };
            if let Some(grandchild) = children(child).iter().find(|g| reads(&without(&inner, g))) {
                steps.push(kid.clone());
                steps.push(grandchild.clone());
                continue 'down;
            }
        }
        // A field that must be there (a kind, an id) cannot be taken away either; the message
        // quotes the value it refused, which tells which field it is.
        if let Value::Object(fields) = node {
            if let Some((key, _)) = fields.iter().find(|(_, v)| quoted_in(message, v)) {
                steps.push(key.clone());
            }
        }
        break;
    }
    steps.retain(|s| s.parse::<usize>().is_err());
    steps
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
        let at = |path: &[&str]| path.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            parse(r#"{"format":"back-on-track-backup","schema":1,"cases":[{"profile":{"name":"x"}}]}"#),
            Err(ImportError::BadCase { index: 1, at: at(&["id"]), problem: CaseProblem::Missing })
        );
        assert_eq!(
            parse(r#"{"format":"back-on-track-backup","schema":1,"cases":[{"profile":{"id":"a","name":5}}]}"#),
            Err(ImportError::BadCase { index: 1, at: at(&["profile", "name"]), problem: CaseProblem::WrongValue })
        );
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

    fn with_cases(cases: &str) -> String {
        format!(r#"{{"format":"back-on-track-backup","schema":1,"cases":[{cases}]}}"#)
    }

    #[test]
    fn a_broken_file_says_which_part_is_wrong_without_the_library_wording() {
        let at = |path: &[&str]| path.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let sam = r#"{"profile":{"id":"a","name":"Sam"}}"#;
        // A number where a date belongs, in the second young person.
        assert_eq!(
            parse(&with_cases(&format!(r#"{sam},{{"profile":{{"id":"b","start_date":12345}}}}"#))),
            Err(ImportError::BadCase { index: 2, at: at(&["profile", "start_date"]), problem: CaseProblem::BadDate })
        );
        // A day that does not exist.
        assert_eq!(
            parse(&with_cases(r#"{"profile":{"id":"a","created":"2026-02-31"}}"#)),
            Err(ImportError::BadCase { index: 1, at: at(&["profile", "created"]), problem: CaseProblem::BadDate })
        );
        // Deep inside: the third action's due date, and a note of the wrong kind.
        let actions = r#"{"id":1,"topic":"wonen","what":"a"},{"id":2,"topic":"wonen"},{"id":3,"topic":"wonen","due":"morgen"}"#;
        assert_eq!(
            parse(&with_cases(&format!(r#"{{"profile":{{"id":"a"}},"plan":{{"actions":[{actions}]}}}}"#))),
            Err(ImportError::BadCase { index: 1, at: at(&["plan", "actions", "due"]), problem: CaseProblem::BadDate })
        );
        assert_eq!(
            parse(&with_cases(r#"{"profile":{"id":"a"},"lifeline":{"moments":[{"id":1,"what":["x"]}]}}"#)),
            Err(ImportError::BadCase { index: 1, at: at(&["lifeline", "moments", "what"]), problem: CaseProblem::WrongValue })
        );
        // An unknown choice in a list.
        assert_eq!(
            parse(&with_cases(r#"{"profile":{"id":"a"},"plan":{"readings":[{"id":1,"kind":"iets"}]}}"#)),
            Err(ImportError::BadCase { index: 1, at: at(&["plan", "readings", "kind"]), problem: CaseProblem::WrongValue })
        );
        // Cut off half-way (a download that broke off), or other kinds of file.
        let whole = export(&[case("a", "Sam")], "2026-11-23");
        assert_eq!(parse(&whole[..whole.len() / 2]), Err(ImportError::Damaged));
        assert_eq!(parse(r#"{"format":"back-on-track-backup",,}"#), Err(ImportError::Damaged));
        assert_eq!(parse("%PDF-1.7 ..."), Err(ImportError::NotJson));
        assert_eq!(parse("[1,2,3]"), Err(ImportError::NotOurs));
        assert_eq!(parse(r#"{"name":"Sam"}"#), Err(ImportError::NotOurs));
        assert_eq!(
            parse(r#"{"format":"back-on-track-backup","schema":99,"cases":[]}"#),
            Err(ImportError::Newer { found: 99, known: CURRENT_SCHEMA })
        );
    }

    #[test]
    fn an_import_keeps_every_text_to_the_forms_limits() {
        let long_name = "x".repeat(1_000_000);
        let mut big = case("a", "Sam");
        big.profile.name = long_name.clone();
        big.plan.closing.aftercare = "y".repeat(5000);
        let mut fine = case("b", "Noor");
        fine.profile.name = format!("  {} ", "\u{1F1E7}\u{1F1EA}".repeat(45));
        let backup = parse(&export(&[big, fine], "2026-11-23")).unwrap();
        assert_eq!((backup.names_shortened, backup.texts_shortened), (2, 1));
        assert_eq!(backup.cases[0].profile.name, "x".repeat(crate::domain::profile::MAX_NAME_CHARS));
        assert_eq!(backup.cases[0].plan.closing.aftercare.len(), crate::domain::plan::kpi::MAX_AFTERCARE_CHARS);
        // Flags are cut between flags, never inside one, and the spaces around are trimmed.
        assert_eq!(backup.cases[1].profile.name, "\u{1F1E7}\u{1F1EA}".repeat(40));
        // A file this app wrote comes back exactly.
        let sam = vec![case("a", "Sam")];
        let back = parse(&export(&sam, "2026-11-23")).unwrap();
        assert_eq!((back.cases, back.names_shortened, back.texts_shortened), (sam, 0, 0));
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
