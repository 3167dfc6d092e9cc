//! How a trajectory ended, and the check six months after the end.
//!
//! | what | rule |
//! |---|---|
//! | the end | completed (the year was finished), stopped early (a date, a reason from a short list, free words) or moved to other help |
//! | the end date | the date the coach recorded; without one, the closing date of the year |
//! | no end recorded | the closing milestone done counts as completed on that day; otherwise the trajectory is still running |
//! | the six-month check | six calendar months after the end date ([`check_date`]) |
//!
//! The six-month check comes from the source's goals (§2.3 "Wat wil je bereiken: doelen":
//! recidivism "meten we een half jaar na het einde van de begeleiding") and its research
//! figures (§3.2: "tijdens of binnen 6 maanden na de beëindiging van het traject"). Its answer
//! reuses the closing report's [`Answer`]: yes = new offences, no = none, not applicable (the
//! young person did not come from detention), not known yet.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::dates::add_months;
use super::plan::Answer;
use super::trajectory::{MilestoneKind, Schedule};

/// Longest text the free words of an end may hold.
pub const MAX_END_WORDS_CHARS: usize = 600;
/// The recidivism check comes this many calendar months after the end.
pub const CHECK_MONTHS: i32 = 6;

/// How the trajectory ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EndKind {
    /// The year was finished.
    Completed,
    /// Stopped before the end of the year.
    StoppedEarly,
    /// The young person moved on to other help (a handover) before the end of the year.
    OtherHelp,
}

impl EndKind {
    pub const ALL: [EndKind; 3] = [EndKind::Completed, EndKind::StoppedEarly, EndKind::OtherHelp];

    pub fn slug(self) -> &'static str {
        match self {
            EndKind::Completed => "completed",
            EndKind::StoppedEarly => "stopped-early",
            EndKind::OtherHelp => "other-help",
        }
    }
}

/// Why a trajectory stopped early: a short list, with free words beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StopReason {
    /// The young person chose to stop.
    OwnChoice,
    /// No contact any more, even through the network.
    LostContact,
    /// Moved away, out of the region.
    MovedAway,
    /// Back in detention.
    Detention,
    /// Something else (the free words say what).
    Other,
}

impl StopReason {
    pub const ALL: [StopReason; 5] =
        [StopReason::OwnChoice, StopReason::LostContact, StopReason::MovedAway, StopReason::Detention, StopReason::Other];

    pub fn slug(self) -> &'static str {
        match self {
            StopReason::OwnChoice => "own-choice",
            StopReason::LostContact => "lost-contact",
            StopReason::MovedAway => "moved-away",
            StopReason::Detention => "detention",
            StopReason::Other => "other",
        }
    }
}

/// The recorded end of a trajectory (`TrajectoryPlan.end`). Nothing in it is required.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrajectoryEnd {
    pub kind: EndKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// Only asked when stopped early; kept when the kind changes so nothing typed is lost.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<StopReason>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub words: String,
}

impl TrajectoryEnd {
    pub fn new(kind: EndKind, date: Option<NaiveDate>) -> Self {
        TrajectoryEnd { kind, date, reason: None, words: String::new() }
    }
}

/// The answer to the check six months after the end (`TrajectoryPlan.check`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SixMonthCheck {
    /// Were there new offences in the six months after the end?
    #[serde(default)]
    pub answer: Answer,
    /// The day the answer was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on: Option<NaiveDate>,
}

impl SixMonthCheck {
    pub fn is_empty(&self) -> bool {
        self == &SixMonthCheck::default()
    }

    /// An answer was given (anything but "not known yet").
    pub fn answered(&self) -> bool {
        self.answer != Answer::Unknown
    }
}

/// The date of the six-month check for a trajectory that ended on `end`.
pub fn check_date(end: NaiveDate) -> NaiveDate {
    add_months(end, CHECK_MONTHS)
}

/// How and when a trajectory ended, as it counts: the recorded end (its date, else the closing
/// date of the year), else a done closing milestone (completed on that day), else `None`.
pub fn effective_end(end: Option<&TrajectoryEnd>, schedule: &Schedule) -> Option<(EndKind, NaiveDate)> {
    match end {
        Some(e) => Some((e.kind, e.date.unwrap_or_else(|| schedule.end()))),
        None => schedule.get(MilestoneKind::Closing).done.map(|d| (EndKind::Completed, d.date)),
    }
}

/// The end date the six-month check counts from: the effective end, else the planned closing.
pub fn end_for_check(end: Option<&TrajectoryEnd>, schedule: &Schedule) -> NaiveDate {
    effective_end(end, schedule).map_or_else(|| schedule.end(), |(_, d)| d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::trajectory::{DoneFact, TrajectoryPlan};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_check_comes_six_calendar_months_after_the_end() {
        assert_eq!(check_date(d(2026, 3, 2)), d(2026, 9, 2));
        // Clamped to the month's last day, like every month in the app.
        assert_eq!(check_date(d(2026, 8, 31)), d(2027, 2, 28));
        assert_eq!(check_date(d(2027, 8, 31)), d(2028, 2, 29));
        assert_eq!(check_date(d(2026, 12, 15)), d(2027, 6, 15));
    }

    #[test]
    fn the_end_counts_from_the_recorded_date_else_the_closing() {
        let start = d(2025, 3, 3);
        let plan = TrajectoryPlan::default();
        let s = Schedule::new(start, &plan, &[]);
        // Still running: no end, and the check counts from the planned closing.
        assert_eq!(effective_end(None, &s), None);
        assert_eq!(end_for_check(None, &s), d(2026, 3, 3));
        assert_eq!(check_date(end_for_check(None, &s)), d(2026, 9, 3));
        // The closing reading was made: completed on that day.
        let facts = [DoneFact { kind: MilestoneKind::Closing, date: d(2026, 2, 20) }];
        let done = Schedule::new(start, &plan, &facts);
        assert_eq!(effective_end(None, &done), Some((EndKind::Completed, d(2026, 2, 20))));
        // Stopped early on a date: that date counts.
        let stopped = TrajectoryEnd::new(EndKind::StoppedEarly, Some(d(2025, 9, 10)));
        assert_eq!(effective_end(Some(&stopped), &s), Some((EndKind::StoppedEarly, d(2025, 9, 10))));
        assert_eq!(check_date(end_for_check(Some(&stopped), &s)), d(2026, 3, 10));
        // Without a date, the closing date of the year.
        let other = TrajectoryEnd::new(EndKind::OtherHelp, None);
        assert_eq!(effective_end(Some(&other), &s), Some((EndKind::OtherHelp, d(2026, 3, 3))));
    }

    #[test]
    fn an_end_written_before_the_words_existed_still_loads() {
        let e: TrajectoryEnd = serde_json::from_str(r#"{"kind":"stopped-early"}"#).unwrap();
        assert_eq!(e, TrajectoryEnd::new(EndKind::StoppedEarly, None));
        let full = TrajectoryEnd {
            kind: EndKind::StoppedEarly,
            date: Some(d(2026, 1, 5)),
            reason: Some(StopReason::LostContact),
            words: "Verhuisd naar Gent, \"even niet\"".into(),
        };
        let json = serde_json::to_string(&full).unwrap();
        assert!(json.contains(r#""reason":"lost-contact""#));
        assert_eq!(serde_json::from_str::<TrajectoryEnd>(&json).unwrap(), full);
        let c: SixMonthCheck = serde_json::from_str("{}").unwrap();
        assert!(c.is_empty() && !c.answered());
    }
}
