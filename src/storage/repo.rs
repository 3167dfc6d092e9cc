//! What the app keeps, and under which keys:
//!
//! | key | holds |
//! |---|---|
//! | `bot.prefs` | [`Preferences`] (language, favourite and recent cards) |
//! | `bot.case.<profile id>` | one young person's [`CaseFile`] |
//! | `bot.quarantine.<key>.<n>` | the raw text of a value we could not read, kept aside untouched |
//! | `bot.quarantined-at.bot.quarantine.<key>.<n>` | when that text was put aside (ms since 1970; copies made before this was kept have none) |
//! | `bot.demo.<id>` | the fictional demo case for training ([`crate::domain::demo`]): never listed with the young people, never exported, never sealed by the passcode lock |
//!
//! Each young person has their own key, so an edit rewrites only that person's file and two
//! people on one device never share a value.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::backend::KeyValue;
use super::envelope::{decode, encode, revision};
use super::error::{ReadError, StorageProblem, WriteError};
use crate::domain::{preferences::Preferences, CaseFile, ProfileId};

pub const PREFS_KEY: &str = "bot.prefs";
pub const CASE_PREFIX: &str = "bot.case.";
pub const QUARANTINE_PREFIX: &str = "bot.quarantine.";
/// Beside each quarantined text: when it was put aside. Not under [`QUARANTINE_PREFIX`], so a
/// listing of quarantined texts never meets it.
pub const QUARANTINE_TIME_PREFIX: &str = "bot.quarantined-at.";

mod quarantine;
pub use quarantine::{quarantine_origin, why_unreadable, QuarantinedText, Retried, RetryError};

/// The key that holds when the text under `quarantine_key` was put aside.
pub fn quarantine_time_key(quarantine_key: &str) -> String {
    format!("{QUARANTINE_TIME_PREFIX}{quarantine_key}")
}

/// The time now in ms since 1970, for the date a value is put aside. Native tests set their own
/// clock ([`Repo::set_clock`]).
fn now_ms() -> u64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Date::now() as u64;
    #[cfg(not(target_arch = "wasm32"))]
    return 0;
}
/// The demo case lives under its own prefix, apart from real profiles (see the table above).
pub const DEMO_PREFIX: &str = "bot.demo.";

pub fn demo_key(id: &ProfileId) -> String {
    format!("{DEMO_PREFIX}{id}")
}

pub fn case_key(id: &ProfileId) -> String {
    format!("{CASE_PREFIX}{id}")
}

/// The profile id in a case key, if `key` is one.
pub fn profile_of_key(key: &str) -> Option<ProfileId> {
    key.strip_prefix(CASE_PREFIX).filter(|s| ProfileId::is_valid(s)).map(|s| ProfileId(s.to_string()))
}

/// Everything read at start-up.
#[derive(Debug, Default)]
pub struct Loaded {
    pub prefs: Preferences,
    /// Case files in the order they were created (then by name), so lists stay stable.
    pub cases: Vec<CaseFile>,
    pub problems: Vec<StorageProblem>,
}

pub struct Repo<S: KeyValue> {
    store: S,
    /// The revision we last read or wrote per key; a stored revision above it means another tab
    /// saved in between.
    revs: RefCell<HashMap<String, u64>>,
    /// Keys holding unreadable text that we could not put aside: never overwritten.
    protected: RefCell<HashSet<String>>,
    /// The text we last read or wrote per case key: the version a pending change started from,
    /// needed to merge it with another tab's newer version ([`super::merge`]).
    /// A list, not a map: there are a few young people, and its drop code is already in the
    /// first download.
    seen: RefCell<Vec<(String, String)>>,
    /// Gives the time a value is put aside.
    clock: std::cell::Cell<fn() -> u64>,
}

impl<S: KeyValue> Repo<S> {
    pub fn new(store: S) -> Self {
        Repo {
            store,
            revs: RefCell::default(),
            protected: RefCell::default(),
            seen: RefCell::default(),
            clock: std::cell::Cell::new(now_ms),
        }
    }

    /// Replaces the clock that dates quarantined values (tests).
    pub fn set_clock(&self, clock: fn() -> u64) {
        self.clock.set(clock);
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    /// Reads preferences and every case file. Unreadable values are quarantined and reported;
    /// the rest loads normally.
    pub fn load_all(&self) -> Loaded {
        let mut loaded = Loaded::default();
        match self.read::<Preferences>(PREFS_KEY) {
            Ok(prefs) => loaded.prefs = prefs.unwrap_or_default(),
            Err(p) => loaded.problems.push(p),
        }
        let (cases, problems) = self.load_cases();
        loaded.cases = cases;
        loaded.problems.extend(problems);
        loaded
    }

    /// Reads every case file, in the order they were created (then by name), so lists stay
    /// stable. Unreadable ones are quarantined and reported; the rest loads normally.
    pub fn load_cases(&self) -> (Vec<CaseFile>, Vec<StorageProblem>) {
        let mut cases = Vec::new();
        let mut problems = Vec::new();
        let mut keys: Vec<String> =
            self.store.keys().into_iter().filter(|k| profile_of_key(k).is_some()).collect();
        keys.sort();
        for key in keys {
            match self.read_case(&key) {
                Ok(Some(case)) => cases.push(case),
                Ok(None) => {}
                Err(p) => problems.push(p),
            }
        }
        cases.sort_by(|a, b| {
            (a.profile.created, &a.profile.name, &a.profile.id).cmp(&(b.profile.created, &b.profile.name, &b.profile.id))
        });
        (cases, problems)
    }

    /// The version of `id` this tab last read or wrote: what a pending change started from.
    pub fn last_seen_case(&self, id: &ProfileId) -> Option<CaseFile> {
        let key = case_key(id);
        let raw = self.seen.borrow().iter().find(|(k, _)| *k == key).map(|(_, t)| t.clone())?;
        decode::<CaseFile>(&raw).ok().map(|(case, _)| case)
    }

    /// Reads one case file again (after another tab changed it). `Ok(None)`: it was deleted.
    pub fn reload_case(&self, id: &ProfileId) -> Result<Option<CaseFile>, StorageProblem> {
        self.read_case(&case_key(id))
    }

    /// Reads preferences again (after another tab changed them).
    pub fn reload_prefs(&self) -> Result<Preferences, StorageProblem> {
        self.read(PREFS_KEY).map(Option::unwrap_or_default)
    }

    pub fn save_case(&self, case: &CaseFile) -> Result<(), WriteError> {
        let key = case_key(&case.profile.id);
        let text = self.write_text(&key, case)?;
        self.remember(key, Some(text));
        Ok(())
    }

    /// Saves a case as new data (an import): whatever revision is stored is superseded on purpose.
    pub fn save_case_fresh(&self, case: &CaseFile) -> Result<(), WriteError> {
        let key = case_key(&case.profile.id);
        if let Some(rev) = self.store.get(&key).and_then(|raw| revision(&raw)) {
            self.revs.borrow_mut().insert(key.clone(), rev);
        } else {
            self.revs.borrow_mut().remove(&key);
        }
        self.protected.borrow_mut().remove(&key);
        let text = self.write_text(&key, case)?;
        self.remember(key, Some(text));
        Ok(())
    }

    /// Removes every young person and the preferences (wipe all). Quarantined texts are removed
    /// too: after a wipe nothing of ours is left on the device.
    pub fn wipe_all(&self) -> Result<(), WriteError> {
        for k in self.store.keys().into_iter().filter(|k| k.starts_with("bot.")) {
            self.store.remove(&k)?;
        }
        self.revs.borrow_mut().clear();
        self.protected.borrow_mut().clear();
        self.seen.borrow_mut().clear();
        Ok(())
    }

    pub fn delete_case(&self, id: &ProfileId) -> Result<(), WriteError> {
        let key = case_key(id);
        if self.protected.borrow().contains(&key) {
            return Err(WriteError::Protected);
        }
        self.store.remove(&key)?;
        self.revs.borrow_mut().remove(&key);
        self.remember(key, None);
        Ok(())
    }

    pub fn save_prefs(&self, prefs: &Preferences) -> Result<(), WriteError> {
        self.write(PREFS_KEY, prefs)
    }

    // ----- the demo case (training): its own key, outside load_all, backups and quarantine -----

    /// Reads the demo case, if one was loaded. Unreadable demo text is simply dropped: it is
    /// fictional, and "reset" makes a fresh one.
    pub fn load_demo(&self, id: &ProfileId) -> Option<CaseFile> {
        let key = demo_key(id);
        let raw = self.store.get(&key)?;
        match decode::<CaseFile>(&raw) {
            Ok((case, rev)) => {
                self.revs.borrow_mut().insert(key, rev);
                Some(case)
            }
            Err(_) => {
                let _ = self.store.remove(&key);
                self.revs.borrow_mut().remove(&key);
                None
            }
        }
    }

    /// Saves the demo case under its own key (a conflict with another tab is reported as usual).
    pub fn save_demo(&self, case: &CaseFile) -> Result<(), WriteError> {
        self.write(&demo_key(&case.profile.id), case)
    }

    /// Writes a fresh demo case over whatever is stored (load or reset).
    pub fn reset_demo(&self, case: &CaseFile) -> Result<(), WriteError> {
        let key = demo_key(&case.profile.id);
        if let Some(rev) = self.store.get(&key).and_then(|raw| revision(&raw)) {
            self.revs.borrow_mut().insert(key.clone(), rev);
        }
        self.write(&key, case)
    }

    /// Removes the demo case.
    pub fn delete_demo(&self, id: &ProfileId) -> Result<(), WriteError> {
        let key = demo_key(id);
        self.store.remove(&key)?;
        self.revs.borrow_mut().remove(&key);
        Ok(())
    }

    fn read<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>, StorageProblem> {
        self.read_text(key).map(|read| read.map(|(data, _)| data))
    }

    /// A young person's file, remembered as this tab's latest known version of it.
    fn read_case(&self, key: &str) -> Result<Option<CaseFile>, StorageProblem> {
        let read = self.read_text::<CaseFile>(key)?;
        Ok(match read {
            Some((case, raw)) => {
                self.remember(key.to_string(), Some(raw));
                Some(case)
            }
            None => {
                self.remember(key.to_string(), None);
                None
            }
        })
    }

    /// Keeps `text` as this tab's latest known version of case `key` (`None`: it is gone).
    fn remember(&self, key: String, text: Option<String>) {
        let mut seen = self.seen.borrow_mut();
        seen.retain(|(k, _)| *k != key);
        if let Some(text) = text {
            seen.push((key, text));
        }
    }

    /// Reads `key` and returns the data with the stored text it came from.
    fn read_text<T: DeserializeOwned>(&self, key: &str) -> Result<Option<(T, String)>, StorageProblem> {
        let Some(raw) = self.store.get(key) else {
            self.revs.borrow_mut().remove(key);
            return Ok(None);
        };
        match decode::<T>(&raw) {
            Ok((data, rev)) => {
                self.revs.borrow_mut().insert(key.to_string(), rev);
                self.protected.borrow_mut().remove(key);
                Ok(Some((data, raw)))
            }
            Err(reason) => Err(self.quarantine(key, &raw, reason)),
        }
    }

    /// Copies unreadable text aside and frees its key. If the copy cannot be made, the key is
    /// protected instead: its text stays exactly where it is and we never write over it.
    fn quarantine(&self, key: &str, raw: &str, reason: ReadError) -> StorageProblem {
        let quarantine_key = self.free_quarantine_key(key);
        let moved = self.store.set(&quarantine_key, raw).is_ok() && self.store.remove(key).is_ok();
        self.revs.borrow_mut().remove(key);
        if moved {
            // Without room for the date the copy is still safe: the screen says "date unknown".
            let _ = self.store.set(&quarantine_time_key(&quarantine_key), &(self.clock.get())().to_string());
            StorageProblem::Quarantined { key: key.to_string(), quarantine_key, reason }
        } else {
            // A half-made copy would only confuse; the original is still intact.
            let _ = self.store.remove(&quarantine_key);
            self.protected.borrow_mut().insert(key.to_string());
            StorageProblem::Untouched { key: key.to_string(), reason }
        }
    }

    /// The first `bot.quarantine.<key>.<n>` not in use: a quarantined text is never overwritten.
    fn free_quarantine_key(&self, key: &str) -> String {
        let existing: HashSet<String> = self.store.keys().into_iter().collect();
        (1..)
            .map(|n| format!("{QUARANTINE_PREFIX}{key}.{n}"))
            .find(|k| !existing.contains(k))
            .expect("an unbounded range always yields a free key")
    }

    fn write<T: Serialize>(&self, key: &str, data: &T) -> Result<(), WriteError> {
        self.write_text(key, data).map(drop)
    }

    /// Writes `data` and returns the stored text.
    fn write_text<T: Serialize>(&self, key: &str, data: &T) -> Result<String, WriteError> {
        if self.protected.borrow().contains(key) {
            return Err(WriteError::Protected);
        }
        let known = self.revs.borrow().get(key).copied().unwrap_or(0);
        let stored = self.store.get(key).and_then(|raw| revision(&raw));
        if let Some(stored_rev) = stored {
            if stored_rev > known {
                return Err(WriteError::Conflict { stored_rev });
            }
        }
        let rev = known.max(stored.unwrap_or(0)) + 1;
        let text = encode(data, rev);
        self.store.set(key, &text)?;
        self.revs.borrow_mut().insert(key.to_string(), rev);
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Profile;
    use crate::storage::backend::MemoryStore;
    use chrono::NaiveDate;

    fn case(id: &str, name: &str) -> CaseFile {
        let day = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        CaseFile::new(Profile::new(ProfileId(id.into()), name, None, day))
    }

    #[test]
    fn cases_are_kept_apart_and_round_trip() {
        let repo = Repo::new(MemoryStore::new());
        repo.save_case(&case("a", "Sam")).unwrap();
        repo.save_case(&case("b", "Noor")).unwrap();
        let loaded = Repo::new(MemoryStore::new());
        for (k, v) in repo.store().snapshot() {
            loaded.store().set(&k, &v).unwrap();
        }
        let all = loaded.load_all();
        assert!(all.problems.is_empty());
        let names: Vec<_> = all.cases.iter().map(|c| c.profile.name.as_str()).collect();
        assert_eq!(names.len(), 2);
        assert!(names.contains(&"Sam") && names.contains(&"Noor"));
        assert!(repo.store().get("bot.case.a").unwrap().contains("Sam"));
        assert!(!repo.store().get("bot.case.a").unwrap().contains("Noor"));
    }

    #[test]
    fn corrupt_value_is_quarantined_not_overwritten_and_app_goes_on() {
        let store = MemoryStore::new();
        store.set("bot.case.a", "{\"schema\":1,\"data\":{tru").unwrap();
        let repo = Repo::new(store);
        repo.save_case(&case("b", "Noor")).unwrap();
        let loaded = repo.load_all();
        assert_eq!(loaded.cases.len(), 1);
        assert_eq!(
            loaded.problems,
            vec![StorageProblem::Quarantined {
                key: "bot.case.a".into(),
                quarantine_key: "bot.quarantine.bot.case.a.1".into(),
                reason: ReadError::NotJson
            }]
        );
        let listed = repo.quarantined();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].0, "bot.quarantine.bot.case.a.1");
        assert_eq!(listed[0].1.text, "{\"schema\":1,\"data\":{tru");
    }

    #[test]
    fn newer_schema_is_quarantined_with_its_reason() {
        let store = MemoryStore::new();
        store.set(PREFS_KEY, r#"{"schema":99,"rev":3,"data":{}}"#).unwrap();
        let repo = Repo::new(store);
        let loaded = repo.load_all();
        assert!(matches!(
            loaded.problems[0],
            StorageProblem::Quarantined { reason: ReadError::NewerSchema { found: 99, .. }, .. }
        ));
        // The app starts with defaults.
        assert_eq!(loaded.prefs, Preferences::default());
    }

    #[test]
    fn unreadable_value_that_cannot_be_moved_aside_is_protected() {
        let raw = "garbage that fills the disk";
        let store = MemoryStore::new();
        store.set("bot.case.a", raw).unwrap();
        // No room for a copy.
        store.set_quota(Some(2 * ("bot.case.a".len() + raw.len()) + 10));
        let repo = Repo::new(store);
        let loaded = repo.load_all();
        assert!(matches!(loaded.problems[0], StorageProblem::Untouched { .. }));
        repo.store().set_quota(None);
        assert_eq!(repo.save_case(&case("a", "Sam")), Err(WriteError::Protected));
        assert_eq!(repo.delete_case(&ProfileId("a".into())), Err(WriteError::Protected));
        assert_eq!(repo.store().get("bot.case.a").as_deref(), Some(raw));
    }

    #[test]
    fn full_storage_reports_quota_and_keeps_the_old_value() {
        let repo = Repo::new(MemoryStore::new());
        let mut c = case("a", "Sam");
        repo.save_case(&c).unwrap();
        let before = repo.store().get("bot.case.a").unwrap();
        repo.store().set_quota(Some(before.len() * 2 + 30));
        c.profile.name = "S".repeat(40);
        assert_eq!(repo.save_case(&c), Err(WriteError::QuotaExceeded));
        assert_eq!(repo.store().get("bot.case.a").unwrap(), before);
    }

    #[test]
    fn a_tab_cannot_overwrite_newer_data_from_another_tab() {
        let store_a = MemoryStore::new();
        let tab_a = Repo::new(store_a);
        tab_a.save_case(&case("a", "Sam")).unwrap();
        // Tab B shares the same storage: simulate by copying and then writing back.
        let tab_b = Repo::new(MemoryStore::new());
        for (k, v) in tab_a.store().snapshot() {
            tab_b.store().set(&k, &v).unwrap();
        }
        tab_b.load_all();
        tab_b.save_case(&case("a", "Sam B")).unwrap();
        // Copy B's newer value into A's storage, as the shared localStorage would hold it.
        tab_a.store().set("bot.case.a", &tab_b.store().get("bot.case.a").unwrap()).unwrap();
        assert_eq!(tab_a.save_case(&case("a", "Sam A")), Err(WriteError::Conflict { stored_rev: 2 }));
        // After reloading, A may save again.
        let reloaded = tab_a.reload_case(&ProfileId("a".into())).unwrap().unwrap();
        assert_eq!(reloaded.profile.name, "Sam B");
        tab_a.save_case(&case("a", "Sam A")).unwrap();
    }

    #[test]
    fn delete_removes_only_that_case() {
        let repo = Repo::new(MemoryStore::new());
        repo.save_case(&case("a", "Sam")).unwrap();
        repo.save_case(&case("b", "Noor")).unwrap();
        repo.delete_case(&ProfileId("a".into())).unwrap();
        let loaded = repo.load_all();
        assert_eq!(loaded.cases.len(), 1);
        assert_eq!(loaded.cases[0].profile.name, "Noor");
    }

    #[test]
    fn the_demo_lives_apart_from_real_profiles() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let repo = Repo::new(MemoryStore::new());
        repo.save_case(&case("a", "Sam")).unwrap();
        let demo = crate::domain::demo::demo_case(today, false);
        repo.reset_demo(&demo).unwrap();
        assert!(repo.store().get("bot.demo.demo").is_some());
        assert!(repo.store().get("bot.case.demo").is_none());
        // Never among the young people, never a case key, never in quarantine.
        let loaded = repo.load_all();
        assert_eq!(loaded.cases.len(), 1);
        assert!(loaded.problems.is_empty());
        assert_eq!(profile_of_key("bot.demo.demo"), None);
        assert_eq!(repo.load_demo(&demo.profile.id), Some(demo.clone()));
        // Changing and resetting the demo leaves the real file byte for byte as it was.
        let real_before = repo.store().get("bot.case.a").unwrap();
        let mut changed = demo.clone();
        changed.profile.rename("Demo: Sam, 21");
        changed.plan.actions.clear();
        repo.save_demo(&changed).unwrap();
        assert_eq!(repo.load_demo(&demo.profile.id).unwrap().plan.actions.len(), 0);
        repo.reset_demo(&demo).unwrap();
        assert_eq!(repo.load_demo(&demo.profile.id), Some(demo.clone()));
        assert_eq!(repo.store().get("bot.case.a").unwrap(), real_before);
        // Unreadable demo text is dropped, not quarantined.
        repo.store().set("bot.demo.demo", "{broken").unwrap();
        assert_eq!(repo.load_demo(&demo.profile.id), None);
        assert!(repo.quarantined().is_empty());
        // Deleting it leaves the real file; wiping everything removes both.
        repo.reset_demo(&demo).unwrap();
        repo.delete_demo(&demo.profile.id).unwrap();
        assert_eq!(repo.store().get("bot.case.a").unwrap(), real_before);
        repo.reset_demo(&demo).unwrap();
        repo.wipe_all().unwrap();
        assert!(repo.store().snapshot().is_empty());
    }

    #[test]
    fn keys_map_to_profiles() {
        assert_eq!(profile_of_key("bot.case.p-1"), Some(ProfileId("p-1".into())));
        assert_eq!(profile_of_key("bot.prefs"), None);
        assert_eq!(profile_of_key("bot.case.bad/id"), None);
    }
}
