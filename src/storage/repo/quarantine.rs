//! What the user can do with values that were put aside because they could not be read
//! (`bot.quarantine.<key>.<n>`, see the table in [`super`]): list them, try reading them again
//! with this version of the app, delete them, and carry them in a backup.
//!
//! | rule | where |
//! |---|---|
//! | a quarantined text is never changed; it goes only once it is back or the user deletes it | [`Repo::retry_quarantined`], [`Repo::discard_quarantined`] |
//! | a young person read again never replaces one who is here with the same id: both are kept | [`Repo::retry_quarantined`] |
//! | a backup's quarantined texts come back as quarantined texts (tried again by the user), each once | [`Repo::restore_quarantined`] |
//! | only texts from keys the app reads can be restored from a file | [`QuarantinedText::is_restorable`] |

use serde::{Deserialize, Serialize};

use super::{case_key, profile_of_key, quarantine_time_key, Repo, PREFS_KEY, QUARANTINE_PREFIX};
use crate::domain::{preferences::Preferences, CaseFile, ProfileId};
use crate::storage::backend::KeyValue;
use crate::storage::envelope::decode;
use crate::storage::error::{ReadError, WriteError};

/// A text that was put aside, as listed on the screen and carried in a backup.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuarantinedText {
    /// The key it was read from: `bot.case.<id>` or `bot.prefs`.
    pub from: String,
    /// When it was put aside (ms since 1970); unknown for copies made before this was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<u64>,
    /// The text exactly as it was stored.
    pub text: String,
}

impl QuarantinedText {
    /// Whether the text came from a young person's file (else: the settings).
    pub fn is_case(&self) -> bool {
        profile_of_key(&self.from).is_some()
    }

    /// Only texts from keys the app reads itself are taken from a backup file, so a file can
    /// never make the app write a key of its choosing.
    pub fn is_restorable(&self) -> bool {
        self.from == PREFS_KEY || self.is_case()
    }
}

/// Why the text still cannot be read with this version of the app, or `None` if it now can.
pub fn why_unreadable(item: &QuarantinedText) -> Option<ReadError> {
    if item.is_case() {
        decode::<CaseFile>(&item.text).err()
    } else {
        decode::<Preferences>(&item.text).err()
    }
}

/// A quarantined text that could be read again and is back in its place.
#[derive(Clone, Debug, PartialEq)]
pub enum Retried {
    /// Back as a young person.
    Case(CaseFile),
    /// Back as a young person under a new id, beside the one who was already here with the same
    /// id (nothing is overwritten).
    CaseCopy(CaseFile),
    /// Back as the settings (they replace the ones made since: language and favourite cards).
    Prefs(Preferences),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RetryError {
    /// Nothing is stored under that key (deleted in another tab).
    Gone,
    /// Still unreadable; it stays where it is.
    Unreadable(ReadError),
    /// Readable, but writing it back failed; it stays where it is.
    Write(WriteError),
}

impl<S: KeyValue> Repo<S> {
    /// Every quarantined text, by quarantine key, in key order.
    pub fn quarantined(&self) -> Vec<(String, QuarantinedText)> {
        let mut keys: Vec<String> =
            self.store.keys().into_iter().filter(|k| k.starts_with(QUARANTINE_PREFIX)).collect();
        keys.sort();
        keys.into_iter()
            .filter_map(|k| {
                let text = self.store.get(&k)?;
                let from = quarantine_origin(&k)?.to_string();
                let at = self.store.get(&quarantine_time_key(&k)).and_then(|t| t.parse().ok());
                Some((k, QuarantinedText { from, at, text }))
            })
            .collect()
    }

    /// Tries to read a quarantined text again (after an update of the app). If it reads, it goes
    /// back in its place and its quarantined copy goes; otherwise nothing changes.
    pub fn retry_quarantined(&self, key: &str, new_id: impl FnOnce() -> ProfileId) -> Result<Retried, RetryError> {
        let text = self.store.get(key).ok_or(RetryError::Gone)?;
        let from = quarantine_origin(key).ok_or(RetryError::Unreadable(ReadError::NotOurs))?;
        let retried = if from == PREFS_KEY {
            let (prefs, _) = decode::<Preferences>(&text).map_err(RetryError::Unreadable)?;
            self.write_over(PREFS_KEY, &prefs).map_err(RetryError::Write)?;
            Retried::Prefs(prefs)
        } else if profile_of_key(from).is_some() {
            let (mut case, _) = decode::<CaseFile>(&text).map_err(RetryError::Unreadable)?;
            let id = &case.profile.id;
            let taken = !ProfileId::is_valid(id.as_str())
                || crate::domain::demo::is_demo(id)
                || self.store.get(&case_key(id)).is_some()
                || self.protected.borrow().contains(&case_key(id));
            if taken {
                case.profile.id = new_id();
            }
            self.save_case_fresh(&case).map_err(RetryError::Write)?;
            if taken {
                Retried::CaseCopy(case)
            } else {
                Retried::Case(case)
            }
        } else {
            return Err(RetryError::Unreadable(ReadError::NotOurs));
        };
        // The value is safely back; a copy that cannot be removed is only shown once more.
        let _ = self.discard_quarantined(key);
        Ok(retried)
    }

    /// Removes a quarantined text (the user deleted it, or it is back in its place).
    pub fn discard_quarantined(&self, key: &str) -> Result<(), WriteError> {
        if quarantine_origin(key).is_none() {
            return Err(WriteError::Other("not a quarantine key".into()));
        }
        self.store.remove(key)?;
        let _ = self.store.remove(&quarantine_time_key(key));
        Ok(())
    }

    /// Puts texts from a backup aside again, each under a free quarantine key, so the user can
    /// try them on this device. A text already quarantined here (the same file imported twice)
    /// is not added again. Returns how many were added. On a failed write nothing is added.
    pub fn restore_quarantined(&self, items: &[QuarantinedText]) -> Result<usize, WriteError> {
        let mut here: Vec<String> = self.quarantined().into_iter().map(|(_, q)| q.text).collect();
        let mut written: Vec<String> = Vec::new();
        let result = (|| {
            for item in items.iter().filter(|i| i.is_restorable()) {
                if here.contains(&item.text) {
                    continue;
                }
                let key = self.free_quarantine_key(&item.from);
                self.store.set(&key, &item.text)?;
                written.push(key.clone());
                if let Some(at) = item.at {
                    self.store.set(&quarantine_time_key(&key), &at.to_string())?;
                }
                here.push(item.text.clone());
            }
            Ok(written.len())
        })();
        if result.is_err() {
            for key in &written {
                let _ = self.discard_quarantined(key);
            }
        }
        result
    }

    /// Writes `data` over whatever is stored under `key`, on purpose (a restored value).
    fn write_over<T: Serialize>(&self, key: &str, data: &T) -> Result<(), WriteError> {
        match self.store.get(key).and_then(|raw| crate::storage::envelope::revision(&raw)) {
            Some(rev) => self.revs.borrow_mut().insert(key.to_string(), rev),
            None => self.revs.borrow_mut().remove(key),
        };
        self.write(key, data)
    }
}

/// For a quarantine key `bot.quarantine.<key>.<n>`, the key its text was read from.
pub fn quarantine_origin(key: &str) -> Option<&str> {
    let (from, n) = key.strip_prefix(QUARANTINE_PREFIX)?.rsplit_once('.')?;
    n.parse::<u32>().ok().map(|_| from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Profile;
    use crate::storage::backend::MemoryStore;
    use crate::storage::envelope::encode;
    use chrono::NaiveDate;

    fn case(id: &str, name: &str) -> CaseFile {
        let day = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        CaseFile::new(Profile::new(ProfileId(id.into()), name, None, day))
    }

    /// 7 December 2026, 10:00 UTC.
    const PUT_ASIDE: u64 = 1_796_637_600_000;

    fn repo_with_damaged_case() -> Repo<MemoryStore> {
        let store = MemoryStore::new();
        store.set("bot.case.x", "{\"schema\":1,\"data\":{tru").unwrap();
        let repo = Repo::new(store);
        repo.set_clock(|| PUT_ASIDE);
        repo.load_all();
        repo
    }

    #[test]
    fn a_quarantined_text_keeps_the_date_it_was_put_aside() {
        let repo = repo_with_damaged_case();
        assert_eq!(
            repo.quarantined(),
            vec![(
                "bot.quarantine.bot.case.x.1".to_string(),
                QuarantinedText { from: "bot.case.x".into(), at: Some(PUT_ASIDE), text: "{\"schema\":1,\"data\":{tru".into() }
            )]
        );
        assert!(repo.quarantined()[0].1.is_case());
    }

    #[test]
    fn an_old_quarantine_copy_has_no_date() {
        let store = MemoryStore::new();
        store.set("bot.quarantine.bot.prefs.1", "kapot").unwrap();
        let repo = Repo::new(store);
        let listed = repo.quarantined();
        assert_eq!(listed[0].1.at, None);
        assert!(!listed[0].1.is_case());
    }

    #[test]
    fn retrying_an_unreadable_text_changes_nothing() {
        let repo = repo_with_damaged_case();
        let before = repo.store().snapshot();
        assert_eq!(
            repo.retry_quarantined("bot.quarantine.bot.case.x.1", || unreachable!()),
            Err(RetryError::Unreadable(ReadError::NotJson))
        );
        assert_eq!(repo.store().snapshot(), before);
        assert_eq!(repo.retry_quarantined("bot.quarantine.bot.case.zz.1", || unreachable!()), Err(RetryError::Gone));
    }

    #[test]
    fn a_text_that_reads_after_an_update_comes_back_as_the_young_person() {
        let repo = repo_with_damaged_case();
        // "After an update": the same text, now readable.
        repo.store().set("bot.quarantine.bot.case.x.1", &encode(&case("x", "Sam"), 4)).unwrap();
        let back = repo.retry_quarantined("bot.quarantine.bot.case.x.1", || unreachable!()).unwrap();
        assert_eq!(back, Retried::Case(case("x", "Sam")));
        assert!(repo.quarantined().is_empty());
        assert!(repo.store().get("bot.quarantined-at.bot.quarantine.bot.case.x.1").is_none());
        let loaded = repo.load_all();
        assert_eq!(loaded.cases, vec![case("x", "Sam")]);
        assert!(loaded.problems.is_empty());
    }

    #[test]
    fn a_text_read_again_never_overwrites_a_young_person_with_the_same_id() {
        let repo = repo_with_damaged_case();
        repo.save_case(&case("x", "Noor")).unwrap();
        let noor = repo.store().get("bot.case.x").unwrap();
        repo.store().set("bot.quarantine.bot.case.x.1", &encode(&case("x", "Sam"), 1)).unwrap();
        let back = repo.retry_quarantined("bot.quarantine.bot.case.x.1", || ProfileId("p-copy".into())).unwrap();
        assert_eq!(back, Retried::CaseCopy(case("p-copy", "Sam")));
        assert_eq!(repo.store().get("bot.case.x").unwrap(), noor, "byte for byte as it was");
        let mut names: Vec<_> = repo.load_all().cases.into_iter().map(|c| c.profile.name).collect();
        names.sort();
        assert_eq!(names, vec!["Noor", "Sam"]);
    }

    #[test]
    fn settings_that_read_again_replace_the_defaults() {
        let store = MemoryStore::new();
        store.set(PREFS_KEY, r#"{"schema":99,"rev":3,"data":{}}"#).unwrap();
        let repo = Repo::new(store);
        repo.load_all();
        repo.save_prefs(&Preferences::default()).unwrap();
        let prefs = Preferences { lang: Some("en".into()), ..Preferences::default() };
        repo.store().set("bot.quarantine.bot.prefs.1", &encode(&prefs, 7)).unwrap();
        assert_eq!(repo.retry_quarantined("bot.quarantine.bot.prefs.1", || unreachable!()), Ok(Retried::Prefs(prefs.clone())));
        assert_eq!(repo.reload_prefs(), Ok(prefs));
    }

    #[test]
    fn a_retry_that_cannot_be_written_keeps_the_quarantined_text() {
        let repo = repo_with_damaged_case();
        let good = encode(&case("x", &"S".repeat(40)), 1);
        repo.store().set("bot.quarantine.bot.case.x.1", &good).unwrap();
        let used: usize = repo.store().snapshot().iter().map(|(k, v)| 2 * (k.len() + v.len())).sum();
        repo.store().set_quota(Some(used + 10));
        assert!(matches!(
            repo.retry_quarantined("bot.quarantine.bot.case.x.1", || unreachable!()),
            Err(RetryError::Write(WriteError::QuotaExceeded))
        ));
        assert_eq!(repo.store().get("bot.quarantine.bot.case.x.1"), Some(good));
    }

    #[test]
    fn discarding_removes_the_text_and_its_date_only() {
        let repo = repo_with_damaged_case();
        repo.save_case(&case("a", "Sam")).unwrap();
        repo.discard_quarantined("bot.quarantine.bot.case.x.1").unwrap();
        let keys: Vec<_> = repo.store().snapshot().into_keys().collect();
        assert_eq!(keys, vec!["bot.case.a".to_string()]);
        assert!(repo.discard_quarantined("bot.case.a").is_err());
    }

    #[test]
    fn restored_texts_are_put_aside_once_and_never_over_another() {
        let repo = repo_with_damaged_case();
        let items = vec![
            QuarantinedText { from: "bot.case.x".into(), at: Some(5), text: "ander".into() },
            QuarantinedText { from: "bot.case.x".into(), at: None, text: "{\"schema\":1,\"data\":{tru".into() },
            // Never a key of the file's choosing.
            QuarantinedText { from: "bot.lock".into(), at: None, text: "x".into() },
        ];
        assert_eq!(repo.restore_quarantined(&items), Ok(1));
        assert_eq!(repo.restore_quarantined(&items), Ok(0), "a second import adds nothing");
        let listed = repo.quarantined();
        assert_eq!(listed.len(), 2);
        assert_eq!(listed[1], (
            "bot.quarantine.bot.case.x.2".to_string(),
            QuarantinedText { from: "bot.case.x".into(), at: Some(5), text: "ander".into() }
        ));
        assert!(repo.store().get("bot.quarantine.bot.lock.1").is_none());
    }

    #[test]
    fn wipe_all_removes_quarantined_texts_and_their_dates() {
        let repo = repo_with_damaged_case();
        repo.wipe_all().unwrap();
        assert!(repo.store().snapshot().is_empty());
    }
}
