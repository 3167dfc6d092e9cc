//! Changes held in memory that are not on the disk yet, and how a refused write is kept.
//!
//! A change is written a moment after it is made (`state::SAVE_DELAY_MS`). When the disk refuses
//! the write (full, switched off), the change must not be forgotten: it stays waiting here and is
//! tried again with the next write of anything, when the page is hidden, on a timer and by the
//! "try again" button, until it lands. Only then may the message about it go away.

use super::error::WriteError;

/// What waits to be written, in the order it was first changed, and why the last try failed.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingWrites<K> {
    waiting: Vec<K>,
    /// Set while something waits because the disk refused it (not merely because the save delay
    /// has not passed yet); cleared once everything is written.
    refused: Option<WriteError>,
}

impl<K> Default for PendingWrites<K> {
    fn default() -> Self {
        PendingWrites { waiting: Vec::new(), refused: None }
    }
}

/// How one round of writes ended.
#[derive(Debug, PartialEq)]
pub struct Round<K> {
    /// Written now: off the list.
    pub written: Vec<K>,
    /// Another tab stored a newer version first: still waiting, for the caller to merge.
    pub conflicts: Vec<K>,
    /// Refused by the disk: still waiting, to be tried again.
    pub refused: Vec<(K, WriteError)>,
}

impl<K: PartialEq + Clone> PendingWrites<K> {
    /// `key` changed in memory.
    pub fn mark(&mut self, key: K) {
        if !self.waiting.contains(&key) {
            self.waiting.push(key);
        }
    }

    /// `key` no longer needs writing (it was deleted, or replaced as a whole).
    pub fn forget(&mut self, key: &K) {
        self.waiting.retain(|k| k != key);
        if self.waiting.is_empty() {
            self.refused = None;
        }
    }

    pub fn clear(&mut self) {
        *self = Self::default();
    }

    pub fn is_empty(&self) -> bool {
        self.waiting.is_empty()
    }

    pub fn contains(&self, key: &K) -> bool {
        self.waiting.contains(key)
    }

    /// Why the disk refused the last try, while something still waits because of it.
    pub fn refused(&self) -> Option<&WriteError> {
        self.refused.as_ref()
    }

    /// Tries to write everything waiting, in order, with `write`. What is written leaves the
    /// list; what is refused or in conflict stays on it, so nothing is ever dropped here.
    pub fn write_all(&mut self, mut write: impl FnMut(&K) -> Result<(), WriteError>) -> Round<K> {
        let mut round = Round { written: Vec::new(), conflicts: Vec::new(), refused: Vec::new() };
        let mut still = Vec::new();
        for key in std::mem::take(&mut self.waiting) {
            match write(&key) {
                Ok(()) => round.written.push(key),
                Err(WriteError::Conflict { .. }) => {
                    round.conflicts.push(key.clone());
                    still.push(key);
                }
                Err(e) => {
                    round.refused.push((key.clone(), e));
                    still.push(key);
                }
            }
        }
        self.waiting = still;
        self.refused = match round.refused.last() {
            Some((_, e)) => Some(e.clone()),
            None if self.waiting.is_empty() => None,
            // Only conflicts left: the caller merges them and writes again; an earlier refusal
            // is not known to be over until that write lands.
            None => self.refused.take(),
        };
        round
    }

    /// Adds what was marked while a round was running (the list was taken out to run it).
    pub fn absorb(&mut self, later: PendingWrites<K>) {
        for k in later.waiting {
            self.mark(k);
        }
        if self.refused.is_none() {
            self.refused = later.refused;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{CaseFile, Profile, ProfileId};
    use crate::storage::{KeyValue, MemoryStore, Repo};
    use chrono::NaiveDate;

    fn case(id: &str, name: &str) -> CaseFile {
        let day = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        CaseFile::new(Profile::new(ProfileId(id.into()), name, None, day))
    }

    /// Fills the store with filler until not even one more character fits.
    fn fill(store: &MemoryStore) {
        let used: usize = store.snapshot().iter().map(|(k, v)| 2 * (k.len() + v.len())).sum();
        store.set_quota(Some(used));
    }

    #[test]
    fn a_refused_write_stays_waiting_until_it_lands() {
        let repo = Repo::new(MemoryStore::new());
        let mut sam = case("a", "Sam");
        repo.save_case(&sam).unwrap();
        fill(repo.store());
        let mut pending = PendingWrites::default();
        sam.profile.rename("Samira met een langere naam");
        pending.mark(sam.profile.id.clone());

        let round = pending.write_all(|_| repo.save_case(&sam));
        assert_eq!(round.refused, vec![(sam.profile.id.clone(), WriteError::QuotaExceeded)]);
        assert!(pending.contains(&sam.profile.id), "a refused write is kept, not emptied");
        assert_eq!(pending.refused(), Some(&WriteError::QuotaExceeded));

        // Still full: a second try changes nothing and loses nothing.
        pending.write_all(|_| repo.save_case(&sam));
        assert!(pending.contains(&sam.profile.id));

        // Room again: the next try writes it and the refusal is over.
        repo.store().set_quota(None);
        let round = pending.write_all(|_| repo.save_case(&sam));
        assert_eq!(round.written, vec![sam.profile.id.clone()]);
        assert!(pending.is_empty());
        assert_eq!(pending.refused(), None);
        assert!(repo.store().get("bot.case.a").unwrap().contains("Samira met een langere naam"));
    }

    #[test]
    fn one_refused_key_does_not_hold_back_the_others_and_order_is_kept() {
        let mut pending = PendingWrites::default();
        for k in ["a", "b", "c", "a"] {
            pending.mark(k.to_string());
        }
        let round = pending.write_all(|k| if k == "b" { Err(WriteError::QuotaExceeded) } else { Ok(()) });
        assert_eq!(round.written, vec!["a".to_string(), "c".to_string()]);
        assert!(pending.contains(&"b".to_string()) && !pending.contains(&"a".to_string()));
        // Marked again while waiting: still one entry.
        pending.mark("b".into());
        pending.mark("d".into());
        let mut order = Vec::new();
        pending.write_all(|k| {
            order.push(k.clone());
            Ok(())
        });
        assert_eq!(order, vec!["b".to_string(), "d".to_string()]);
    }

    #[test]
    fn conflicts_stay_waiting_for_a_merge_and_keep_an_earlier_refusal() {
        let mut pending = PendingWrites::default();
        pending.mark(1);
        pending.write_all(|_| Err(WriteError::QuotaExceeded));
        let round = pending.write_all(|_| Err(WriteError::Conflict { stored_rev: 4 }));
        assert_eq!(round.conflicts, vec![1]);
        assert!(pending.contains(&1));
        assert_eq!(pending.refused(), Some(&WriteError::QuotaExceeded), "not known to be over yet");
        pending.write_all(|_| Ok(()));
        assert_eq!(pending.refused(), None);
    }

    #[test]
    fn what_was_marked_during_a_round_is_absorbed_and_forget_ends_a_refusal() {
        let mut running = PendingWrites::default();
        running.mark("a");
        running.write_all(|_| Err(WriteError::Unavailable));
        let mut later = PendingWrites::default();
        later.mark("b");
        later.mark("a");
        running.absorb(later);
        let mut seen = Vec::new();
        running.clone().write_all(|k| {
            seen.push(*k);
            Ok(())
        });
        assert_eq!(seen, vec!["a", "b"]);
        running.forget(&"a");
        assert_eq!(running.refused(), Some(&WriteError::Unavailable), "b still waits");
        running.forget(&"b");
        assert_eq!(running.refused(), None);
        assert!(running.is_empty());
    }
}
