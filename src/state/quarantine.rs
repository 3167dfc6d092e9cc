//! The app's side of values that were put aside because they could not be read
//! (`storage::repo::quarantine`): the damaged-data screen lists them, tries them again and
//! deletes them through these methods, and a backup of everyone carries them.

use leptos::prelude::*;

use super::{AppState, Notice};
use crate::domain::ProfileId;
use crate::storage::repo::{QuarantinedText, Retried, RetryError};
use crate::storage::{StorageProblem, WriteError};

impl AppState {
    /// Every text put aside on this device, by quarantine key (read fresh: another tab may have
    /// put something aside or back).
    pub fn quarantined(&self) -> Vec<(String, QuarantinedText)> {
        self.repo.with_value(|r| r.quarantined())
    }

    /// The texts put aside, for a backup of everyone.
    pub fn quarantined_texts(&self) -> Vec<QuarantinedText> {
        self.quarantined().into_iter().map(|(_, q)| q).collect()
    }

    /// Tries to read a quarantined text again with this version of the app. If it reads, it is
    /// back at once: a young person in the list (beside, never over, one with the same id) or
    /// the settings. Otherwise nothing changes.
    pub fn retry_quarantined(&self, key: &str) -> Result<Retried, RetryError> {
        // The files here are read and written first, so the check for a young person with the
        // same id sees what is really stored.
        self.ensure_cases();
        self.flush();
        let result = self.repo.with_value(|r| r.retry_quarantined(key, || ProfileId(crate::browser::new_id("p"))));
        match &result {
            Ok(Retried::Case(case) | Retried::CaseCopy(case)) => {
                let sig = self.new_case_signal(case.clone());
                self.cases.update(|cs| cs.push(sig));
            }
            Ok(Retried::Prefs(prefs)) => self.prefs.set(prefs.clone()),
            Err(_) => {}
        }
        result
    }

    /// Deletes a quarantined text for good (the screen asks first).
    pub fn discard_quarantined(&self, key: &str) -> Result<(), WriteError> {
        self.repo.with_value(|r| r.discard_quarantined(key))
    }

    /// Takes away the messages that say something was put aside: the damaged-data screen they
    /// lead to shows it all.
    pub fn dismiss_quarantine_notices(&self) {
        let any = self.notices.with_untracked(|ns| ns.iter().any(|(_, n)| is_quarantine_notice(n)));
        if any {
            self.notices.update(|ns| ns.retain(|(_, n)| !is_quarantine_notice(n)));
        }
    }
}

fn is_quarantine_notice(notice: &Notice) -> bool {
    matches!(notice, Notice::Problem(StorageProblem::Quarantined { .. }))
}
