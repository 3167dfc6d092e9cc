//! What the user chose on this device that is not about a young person.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ProfileId;

/// How many recently opened cards we remember.
pub const MAX_RECENT: usize = 8;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Preferences {
    /// Language code ("nl" or "en"); `None` means the default, Dutch.
    #[serde(default)]
    pub lang: Option<String>,
    /// Slugs of favourite method cards, in the order they were marked.
    #[serde(default)]
    pub favourite_cards: Vec<String>,
    /// Slugs of recently opened cards, newest first.
    #[serde(default)]
    pub recent_cards: Vec<String>,
    /// Set on a young person's own phone: the one young person whose plan this phone opens on
    /// ("Mijn plan") instead of a coach's caseload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub my_plan: Option<ProfileId>,
    /// The day of the last backup (or sealed file) made on this device.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "day_number")]
    pub last_backup: Option<NaiveDate>,
    /// The first day something was edited after that backup: with edits older than
    /// [`BACKUP_NUDGE_DAYS`], the app suggests a new backup.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "day_number")]
    pub edited_since_backup: Option<NaiveDate>,
    /// What the browser answered when asked to keep this site's data (`navigator.storage.persist()`),
    /// asked once, after the first saved edit. `None`: not asked yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persisted: Option<bool>,
}

/// A day stored as its number (days since 1 January of year 1): the preferences are read by the
/// first page, and chrono's text parser for dates would otherwise come along with it (about 4 KB
/// of the first download, `make bench`).
mod day_number {
    use chrono::{Datelike, NaiveDate};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(day: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match day {
            Some(d) => s.serialize_i32(d.num_days_from_ce()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        // A number this app never writes reads as no date rather than a damaged file.
        Ok(Option::<i32>::deserialize(d).ok().flatten().and_then(NaiveDate::from_num_days_from_ce_opt))
    }
}

/// After this many days of edits without a backup, Home and Meer suggest making one.
pub const BACKUP_NUDGE_DAYS: i64 = 30;

/// What Home and Meer say about backups.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BackupAge {
    /// Days since the last backup; `None` when there never was one.
    pub days: Option<i64>,
    /// Whether to suggest a new backup now.
    pub nudge: bool,
}

impl Preferences {
    /// Marks or unmarks a favourite; returns whether it is now a favourite.
    pub fn toggle_favourite(&mut self, slug: &str) -> bool {
        if let Some(i) = self.favourite_cards.iter().position(|s| s == slug) {
            self.favourite_cards.remove(i);
            false
        } else {
            self.favourite_cards.push(slug.to_string());
            true
        }
    }

    pub fn is_favourite(&self, slug: &str) -> bool {
        self.favourite_cards.iter().any(|s| s == slug)
    }

    /// Notes an edit made `today`: the first edit after a backup starts the nudge's clock.
    pub fn edited(&mut self, today: NaiveDate) -> bool {
        if self.edited_since_backup.is_some() {
            return false;
        }
        self.edited_since_backup = Some(today);
        true
    }

    /// Notes a backup made `today`.
    pub fn backed_up(&mut self, today: NaiveDate) {
        self.last_backup = Some(today);
        self.edited_since_backup = None;
    }

    /// How old the last backup is, and whether edits have waited long enough without one.
    pub fn backup_age(&self, today: NaiveDate) -> BackupAge {
        let days = self.last_backup.map(|d| (today - d).num_days().max(0));
        let nudge = self.edited_since_backup.is_some_and(|e| (today - e).num_days() >= BACKUP_NUDGE_DAYS);
        BackupAge { days, nudge }
    }

    /// Moves `slug` to the front of the recent list, keeping it short and without repeats.
    pub fn opened_card(&mut self, slug: &str) {
        self.recent_cards.retain(|s| s != slug);
        self.recent_cards.insert(0, slug.to_string());
        self.recent_cards.truncate(MAX_RECENT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn favourites_toggle() {
        let mut p = Preferences::default();
        assert!(p.toggle_favourite("levenslijn"));
        assert!(p.is_favourite("levenslijn"));
        assert!(!p.toggle_favourite("levenslijn"));
        assert!(!p.is_favourite("levenslijn"));
    }

    fn day(d: &str) -> NaiveDate {
        d.parse().unwrap()
    }

    #[test]
    fn backup_nudge_comes_after_thirty_days_of_edits_and_goes_with_a_backup() {
        let mut p = Preferences::default();
        assert_eq!(p.backup_age(day("2026-12-08")), BackupAge { days: None, nudge: false });
        // The clock starts at the first edit, not at every edit.
        assert!(p.edited(day("2026-11-01")));
        assert!(!p.edited(day("2026-11-20")));
        assert!(!p.backup_age(day("2026-11-30")).nudge);
        assert!(p.backup_age(day("2026-12-01")).nudge);
        p.backed_up(day("2026-12-01"));
        assert_eq!(p.backup_age(day("2026-12-08")), BackupAge { days: Some(7), nudge: false });
        // A clock set back never gives a negative age.
        assert_eq!(p.backup_age(day("2026-11-01")).days, Some(0));
    }

    #[test]
    fn old_preferences_without_the_new_fields_still_load() {
        let p: Preferences = serde_json::from_str(r#"{"lang":"en","favourite_cards":[],"recent_cards":[]}"#).unwrap();
        assert_eq!(p.my_plan, None);
        assert_eq!(p.persisted, None);
        let text = serde_json::to_string(&Preferences::default()).unwrap();
        assert!(!text.contains("my_plan"), "{text}");
        // Days are numbers, and read back as the same day.
        let mut p = Preferences::default();
        p.backed_up(day("2026-12-08"));
        p.edited(day("2026-12-09"));
        let text = serde_json::to_string(&p).unwrap();
        assert!(text.contains("\"last_backup\":739958"), "{text}");
        assert_eq!(serde_json::from_str::<Preferences>(&text).unwrap(), p);
    }

    #[test]
    fn recent_cards_are_unique_newest_first_and_capped() {
        let mut p = Preferences::default();
        for i in 0..12 {
            p.opened_card(&format!("c{i}"));
        }
        p.opened_card("c5");
        assert_eq!(p.recent_cards.len(), MAX_RECENT);
        assert_eq!(p.recent_cards[0], "c5");
        assert_eq!(p.recent_cards.iter().filter(|s| *s == "c5").count(), 1);
    }
}
