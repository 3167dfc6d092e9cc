//! Aftercare ("nazorg") after the closing: the contact rhythm from the Back On Track table, turned
//! into concrete dates, or the young person's choice of a looser arrangement.
//!
//! | aftercare weeks | phone | face to face |
//! |---|---|---|
//! | 1–8 | every two weeks | monthly |
//! | 9–18 | monthly | every two months |
//! | 19–52 | every two months | every three months |
//! | after week 52 | ad hoc | ad hoc |
//!
//! # How the dates are made
//! - Week 1 is the 7 days *after* the closing day; week `w` covers days `7w − 6 … 7w` after it.
//! - Each kind of contact is a chain starting at the closing day. After every contact the next
//!   one follows at the rhythm of the weeks that come *after* that contact: a call at the end of
//!   week 8 is followed one month later, not two weeks. So the rhythm loosens at the boundaries
//!   of the table, never tightens.
//! - Within one rhythm, dates count from the first contact of that rhythm (`anchor + n × step`),
//!   so clamped months do not drift (31 Jan, 28 Feb, 31 Mar rather than 31 Jan, 28 Feb, 28 Mar).
//! - Nothing is planned after week 52 (day 364): from then on contact is ad hoc.
//! - On a day with a face-to-face meeting no separate call is planned.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::dates::{add_days, add_months, days_between};

/// The last day after the closing that still gets a planned contact (end of week 52).
pub const LAST_PLANNED_DAY: i64 = 52 * 7;

/// What the young person chose for aftercare.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AftercareChoice {
    /// The rhythm of the table.
    #[default]
    Schedule,
    /// "Ad hoc, call when needed": no planned contacts.
    AdHoc,
}

/// The rows of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Band {
    /// Weeks 1–8.
    Weeks1To8,
    /// Weeks 9–18.
    Weeks9To18,
    /// Weeks 19–52.
    Weeks19To52,
    /// After week 52: ad hoc.
    AfterWeek52,
}

impl Band {
    pub const ALL: [Band; 4] = [Band::Weeks1To8, Band::Weeks9To18, Band::Weeks19To52, Band::AfterWeek52];

    pub fn of_week(week: u32) -> Band {
        match week {
            0..=8 => Band::Weeks1To8,
            9..=18 => Band::Weeks9To18,
            19..=52 => Band::Weeks19To52,
            _ => Band::AfterWeek52,
        }
    }

    /// First and last week of the band (`None` as last for "after week 52").
    pub fn weeks(self) -> (u32, Option<u32>) {
        match self {
            Band::Weeks1To8 => (1, Some(8)),
            Band::Weeks9To18 => (9, Some(18)),
            Band::Weeks19To52 => (19, Some(52)),
            Band::AfterWeek52 => (53, None),
        }
    }

    pub fn step(self, mode: ContactMode) -> Option<Step> {
        match (self, mode) {
            (Band::Weeks1To8, ContactMode::Phone) => Some(Step::Weeks(2)),
            (Band::Weeks1To8, ContactMode::FaceToFace) => Some(Step::Months(1)),
            (Band::Weeks9To18, ContactMode::Phone) => Some(Step::Months(1)),
            (Band::Weeks9To18, ContactMode::FaceToFace) => Some(Step::Months(2)),
            (Band::Weeks19To52, ContactMode::Phone) => Some(Step::Months(2)),
            (Band::Weeks19To52, ContactMode::FaceToFace) => Some(Step::Months(3)),
            (Band::AfterWeek52, _) => None,
        }
    }
}

/// How often: every N weeks or every N calendar months.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Weeks(u32),
    Months(u32),
}

impl Step {
    /// `anchor` plus `n` steps.
    fn nth(self, anchor: NaiveDate, n: u32) -> NaiveDate {
        match self {
            Step::Weeks(w) => add_days(anchor, 7 * w as i64 * n as i64),
            Step::Months(m) => add_months(anchor, (m * n) as i32),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ContactMode {
    FaceToFace,
    Phone,
}

impl ContactMode {
    pub fn slug(self) -> &'static str {
        match self {
            ContactMode::FaceToFace => "face-to-face",
            ContactMode::Phone => "phone",
        }
    }
}

/// One planned aftercare contact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contact {
    pub date: NaiveDate,
    pub mode: ContactMode,
    /// Aftercare week of the date (1–52).
    pub week: u32,
}

/// Aftercare week of `date` after a closing on `closing`: week 1 = the 7 days after the closing
/// day. `None` on or before the closing day.
pub fn aftercare_week(closing: NaiveDate, date: NaiveDate) -> Option<u32> {
    let days = days_between(closing, date);
    (days >= 1).then(|| ((days - 1) / 7 + 1) as u32)
}

/// The dates of one kind of contact (see the module docs for the rule).
fn chain(closing: NaiveDate, mode: ContactMode) -> Vec<NaiveDate> {
    let band_after = |date: NaiveDate| Band::of_week(aftercare_week(closing, add_days(date, 1)).unwrap_or(1));
    let mut out = Vec::new();
    let Some(mut step) = band_after(closing).step(mode) else { return out };
    let mut anchor = closing;
    let mut n = 1;
    loop {
        let next = step.nth(anchor, n);
        if days_between(closing, next) > LAST_PLANNED_DAY || next <= anchor {
            break;
        }
        out.push(next);
        match band_after(next).step(mode) {
            None => break,
            Some(s) if s != step => {
                step = s;
                anchor = next;
                n = 1;
            }
            Some(_) => n += 1,
        }
    }
    out
}

/// Every planned contact after a closing on `closing`, by date.
pub fn contacts(closing: NaiveDate) -> Vec<Contact> {
    let faces = chain(closing, ContactMode::FaceToFace);
    let phones = chain(closing, ContactMode::Phone);
    let mut all: Vec<Contact> = faces
        .iter()
        .map(|&date| (date, ContactMode::FaceToFace))
        .chain(phones.into_iter().filter(|d| !faces.contains(d)).map(|date| (date, ContactMode::Phone)))
        .map(|(date, mode)| Contact { date, mode, week: aftercare_week(closing, date).unwrap_or(1) })
        .collect();
    super::small_sort::sort_small_by_key(&mut all, |c| (c.date, c.mode));
    all
}

/// The first planned contact on or after `today`, if aftercare follows the table.
pub fn next_contact(closing: NaiveDate, choice: AftercareChoice, today: NaiveDate) -> Option<Contact> {
    match choice {
        AftercareChoice::AdHoc => None,
        AftercareChoice::Schedule => contacts(closing).into_iter().find(|c| c.date >= today),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::format_be;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn list(closing: NaiveDate, mode: ContactMode) -> Vec<String> {
        contacts(closing).into_iter().filter(|c| c.mode == mode).map(|c| format_be(c.date)).collect()
    }

    #[test]
    fn aftercare_weeks_start_the_day_after_the_closing() {
        let closing = d(2027, 3, 1);
        assert_eq!(aftercare_week(closing, d(2027, 3, 1)), None);
        assert_eq!(aftercare_week(closing, d(2027, 2, 20)), None);
        assert_eq!(aftercare_week(closing, d(2027, 3, 2)), Some(1));
        assert_eq!(aftercare_week(closing, d(2027, 3, 8)), Some(1));
        assert_eq!(aftercare_week(closing, d(2027, 3, 9)), Some(2));
        // Band boundaries: day 56 is the end of week 8, day 57 opens week 9.
        assert_eq!(aftercare_week(closing, add_days(closing, 56)).map(Band::of_week), Some(Band::Weeks1To8));
        assert_eq!(aftercare_week(closing, add_days(closing, 57)).map(Band::of_week), Some(Band::Weeks9To18));
        assert_eq!(aftercare_week(closing, add_days(closing, 126)).map(Band::of_week), Some(Band::Weeks9To18));
        assert_eq!(aftercare_week(closing, add_days(closing, 127)).map(Band::of_week), Some(Band::Weeks19To52));
        assert_eq!(aftercare_week(closing, add_days(closing, 364)).map(Band::of_week), Some(Band::Weeks19To52));
        assert_eq!(aftercare_week(closing, add_days(closing, 365)).map(Band::of_week), Some(Band::AfterWeek52));
        assert_eq!(Band::of_week(8), Band::Weeks1To8);
        assert_eq!(Band::of_week(9), Band::Weeks9To18);
        assert_eq!(Band::of_week(18), Band::Weeks9To18);
        assert_eq!(Band::of_week(19), Band::Weeks19To52);
        assert_eq!(Band::of_week(52), Band::Weeks19To52);
        assert_eq!(Band::of_week(53), Band::AfterWeek52);
    }

    #[test]
    fn the_phone_rhythm_loosens_at_the_week_boundaries() {
        let closing = d(2027, 3, 1);
        // Every two weeks up to the end of week 8 (26/04 = day 56), then monthly counting from
        // there, and every two months from the first call in week 19 onwards.
        assert_eq!(
            list(closing, ContactMode::Phone),
            [
                "15/03/2027", "29/03/2027", "12/04/2027", "26/04/2027", // weeks 2, 4, 6, 8
                "26/05/2027", "26/06/2027", // weeks 13, 17
                "26/07/2027", "26/09/2027", "26/11/2027", "26/01/2028", // weeks 22 … 48
            ]
        );
    }

    #[test]
    fn face_to_face_monthly_then_every_two_then_three_months() {
        let closing = d(2027, 3, 1);
        // 01/04 (week 5), 01/05 (day 61, week 9: from here every two months), 01/07 (day 122,
        // week 18), 01/09 (day 184, week 27: every three months), 01/12; 01/03/2028 would be
        // day 366, after week 52.
        assert_eq!(
            list(closing, ContactMode::FaceToFace),
            ["01/04/2027", "01/05/2027", "01/07/2027", "01/09/2027", "01/12/2027"]
        );
        let all = contacts(closing);
        assert!(all.iter().all(|c| (1..=52).contains(&c.week)));
        assert!(all.windows(2).all(|w| w[0].date < w[1].date));
        assert_eq!(all.first().map(|c| (c.week, c.mode)), Some((2, ContactMode::Phone)));
    }

    #[test]
    fn no_call_on_a_day_with_a_meeting_and_no_drift_on_month_ends() {
        // Closing 1 Feb 2027: one month later is 1 March = day 28 = the fourth two-weekly call.
        let closing = d(2027, 2, 1);
        let on_first_march: Vec<_> = contacts(closing).into_iter().filter(|c| c.date == d(2027, 3, 1)).collect();
        assert_eq!(on_first_march.len(), 1);
        assert_eq!(on_first_march[0].mode, ContactMode::FaceToFace);
        // A closing on the 31st: monthly dates clamp per month without drifting to the 28th.
        let closing = d(2027, 1, 31);
        assert_eq!(&list(closing, ContactMode::FaceToFace)[..2], ["28/02/2027", "31/03/2027"]);
    }

    #[test]
    fn a_closing_on_29_february() {
        let closing = d(2028, 2, 29);
        let faces = list(closing, ContactMode::FaceToFace);
        assert_eq!(faces[0], "29/03/2028");
        let all = contacts(closing);
        assert!(all.iter().all(|c| days_between(closing, c.date) <= LAST_PLANNED_DAY));
        assert!(all.iter().all(|c| c.date > closing));
    }

    #[test]
    fn the_next_contact_or_nothing_when_ad_hoc() {
        let closing = d(2027, 3, 1);
        assert_eq!(
            next_contact(closing, AftercareChoice::Schedule, d(2027, 3, 16)),
            Some(Contact { date: d(2027, 3, 29), mode: ContactMode::Phone, week: 4 })
        );
        assert_eq!(next_contact(closing, AftercareChoice::Schedule, d(2027, 3, 29)).map(|c| c.date), Some(d(2027, 3, 29)));
        assert_eq!(next_contact(closing, AftercareChoice::AdHoc, d(2027, 3, 16)), None);
        assert_eq!(next_contact(closing, AftercareChoice::Schedule, d(2028, 6, 1)), None);
        assert_eq!(serde_json::to_string(&AftercareChoice::AdHoc).unwrap(), "\"ad-hoc\"");
    }
}
