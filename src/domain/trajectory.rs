//! The trajectory year: phases and milestones computed from the start date, what is done, due
//! or late, dates the coach moved, and where a young person stands on a given day.
//! Aftercare after the closing lives in [`super::aftercare`]; the caseload overview in
//! [`super::caseload`].
//!
//! # The rules (Back On Track: "Opbouw van je praktijk")
//!
//! | what | date |
//! |---|---|
//! | start | the profile's start date (the kennismaking where both agreed to start) |
//! | start phase | the first 6 weeks: the start date and the 41 days after it |
//! | support plan | start + 6 weeks (42 days) |
//! | evaluation 1 | support plan + 3 months |
//! | evaluation 2 | evaluation 1 + 3 months |
//! | evaluation 3 | closing − 1.5 months (see below) |
//! | closing (end of the year) | start + 1 year |
//!
//! - **Months** are calendar months, clamped to the month's last day
//!   ([`add_months`]): 31 May + 3 months = 31 August, 30 November + 3 months = 28 February.
//! - **One year** is 12 such months, so a start on **29 February** closes on **28 February** of
//!   the next year (the last day of February), never on 1 March: the year never runs longer
//!   than a year.
//! - **1.5 months before** means one calendar month back and then 15 days back: a closing on
//!   1 March 2027 gives evaluation 3 on 17 January 2027. Counting the month first keeps the day
//!   of the month recognisable ("mid-January"); the 15 days are half of a 30-day month.
//! - **The date of a milestone** is the day it was done (a fact exists), else the date the coach
//!   moved it to, else the rule. Evaluations 1 and 2 count from that date of the milestone
//!   before them, so moving (or finishing early) the support plan shifts evaluations 1 and 2,
//!   unless they were moved or done themselves. Evaluation 3 stays tied to the closing.
//! - **The original plan** (the rules applied to the start date alone) stays visible next to a
//!   moved or shifted date.
//! - When following a rule would put an evaluation within [`MIN_GAP_DAYS`] of the next fixed
//!   date (or past it), it is placed halfway between the milestone before it and that fixed date,
//!   so a late support plan compresses the evaluations instead of pushing them past the end.
//!
//! # States on a given day
//! done (a fact exists) · overdue (the date has passed) · due (today or within the coming
//! [`DUE_WINDOW_DAYS`] days) · upcoming (later).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::aftercare::AftercareChoice;
use super::ending::{SixMonthCheck, TrajectoryEnd};
use super::dates::{add_days, add_months, days_between};
use super::phase::Phase;

/// The start phase: 6 weeks.
pub const START_PHASE_DAYS: i64 = 42;
/// Evaluations 1 and 2 follow the milestone before them after this many months.
pub const EVALUATION_MONTHS: i32 = 3;
/// "Due" means: today or within this many days. Two weeks: a coach sees a young person several
/// times a week in the start phase and at least weekly later, so two weeks leaves two or three
/// contacts to prepare an evaluation together, without the list turning orange months ahead.
pub const DUE_WINDOW_DAYS: i64 = 14;
/// A derived evaluation is never placed closer than this to the next fixed date (see module docs).
pub const MIN_GAP_DAYS: i64 = 14;

/// The milestones of the year, in their natural order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum MilestoneKind {
    #[serde(rename = "support-plan")]
    SupportPlan,
    #[serde(rename = "evaluation-1")]
    Evaluation1,
    #[serde(rename = "evaluation-2")]
    Evaluation2,
    #[serde(rename = "evaluation-3")]
    Evaluation3,
    #[serde(rename = "closing")]
    Closing,
}

impl MilestoneKind {
    pub const ALL: [MilestoneKind; 5] = [
        MilestoneKind::SupportPlan,
        MilestoneKind::Evaluation1,
        MilestoneKind::Evaluation2,
        MilestoneKind::Evaluation3,
        MilestoneKind::Closing,
    ];

    /// Stable name for data attributes, calendar UIDs and test selectors.
    pub fn slug(self) -> &'static str {
        match self {
            MilestoneKind::SupportPlan => "support-plan",
            MilestoneKind::Evaluation1 => "evaluation-1",
            MilestoneKind::Evaluation2 => "evaluation-2",
            MilestoneKind::Evaluation3 => "evaluation-3",
            MilestoneKind::Closing => "closing",
        }
    }

    pub fn from_slug(slug: &str) -> Option<MilestoneKind> {
        Self::ALL.into_iter().find(|k| k.slug() == slug)
    }

    /// Position in [`Self::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Something that happened: the support plan was made, an evaluation held, the year closed.
///
/// This is the seam with the support plan (issue 4): a reading of kind "support plan",
/// "evaluation 1/2/3" or "closing" becomes one fact with the reading's date. The trajectory
/// needs nothing else from the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DoneFact {
    pub kind: MilestoneKind,
    pub date: NaiveDate,
}

/// Where the knowledge that a milestone is done comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DoneSource {
    /// A reading or document in the app (the support plan).
    Reading,
    /// The coach marked it done here (for example when it was done on paper).
    ByHand,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Done {
    pub date: NaiveDate,
    pub source: DoneSource,
}

/// A milestone the coach put on another date than the rules give.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MovedMilestone {
    pub kind: MilestoneKind,
    pub date: NaiveDate,
}

/// What is stored per young person (`CaseFile.trajectory`). The dates themselves are not stored:
/// they follow from the start date, so changing the start date updates the whole year.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TrajectoryPlan {
    /// Milestones moved by the coach; the rule's date stays visible as the original.
    #[serde(default)]
    pub moved: Vec<MovedMilestone>,
    /// Milestones the coach marked done by hand.
    #[serde(default)]
    pub done_by_hand: Vec<DoneFact>,
    /// The aftercare rhythm, or the young person's choice of "ad hoc, call when needed".
    #[serde(default)]
    pub aftercare: AftercareChoice,
    /// How the trajectory ended, once the coach recorded it ([`super::ending`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<TrajectoryEnd>,
    /// The answer of the check six months after the end.
    #[serde(default, skip_serializing_if = "SixMonthCheck::is_empty")]
    pub check: SixMonthCheck,
}

/// Why a moved date was not accepted; the page turns it into a plain sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveError {
    /// On or before the start of the trajectory.
    NotAfterStart { start: NaiveDate },
    /// Would come on or before `other` (which stays on `date`).
    NotAfter { other: MilestoneKind, date: NaiveDate },
    /// Would come on or after `other` (which stays on `date`).
    NotBefore { other: MilestoneKind, date: NaiveDate },
    /// The milestone is done: its date is the day it happened.
    AlreadyDone,
}

impl TrajectoryPlan {
    pub fn moved_date(&self, kind: MilestoneKind) -> Option<NaiveDate> {
        self.moved.iter().find(|m| m.kind == kind).map(|m| m.date)
    }

    /// Moves `kind` to `date`, or back to the planned date with `None`. The change is only made
    /// when the year stays in order: every milestone after the one before it. Moving to the
    /// date the rules give anyway removes the move.
    pub fn move_milestone(
        &mut self,
        start: NaiveDate,
        facts: &[DoneFact],
        kind: MilestoneKind,
        date: Option<NaiveDate>,
    ) -> Result<(), MoveError> {
        let before = Schedule::new(start, self, facts);
        if before.get(kind).done.is_some() {
            return Err(MoveError::AlreadyDone);
        }
        let mut next = self.clone();
        next.moved.retain(|m| m.kind != kind);
        if let Some(date) = date {
            if date <= start {
                return Err(MoveError::NotAfterStart { start });
            }
            let unmoved = Schedule::new(start, &next, facts);
            if unmoved.get(kind).date != date {
                next.moved.push(MovedMilestone { kind, date });
                super::small_sort::sort_small_by_key(&mut next.moved, |m| m.kind);
            }
        }
        let after = Schedule::new(start, &next, facts);
        let old = before.disorders();
        if let Some((a, b)) = after.disorders().into_iter().find(|pair| !old.contains(pair)) {
            // Name the neighbour that stands in the way, seen from the moved milestone.
            let err = if b == kind {
                MoveError::NotAfter { other: a, date: after.get(a).date }
            } else if a == kind {
                MoveError::NotBefore { other: b, date: after.get(b).date }
            } else if kind < a {
                // A milestone that followed the move now collides with a later one.
                MoveError::NotBefore { other: b, date: after.get(b).date }
            } else {
                MoveError::NotAfter { other: a, date: after.get(a).date }
            };
            return Err(err);
        }
        *self = next;
        Ok(())
    }

    /// Records that `kind` was done on `date` (by hand, outside a reading).
    pub fn mark_done(&mut self, kind: MilestoneKind, date: NaiveDate) {
        self.done_by_hand.retain(|f| f.kind != kind);
        self.done_by_hand.push(DoneFact { kind, date });
        super::small_sort::sort_small_by_key(&mut self.done_by_hand, |f| f.kind);
    }

    /// Takes back a "done" marked by hand.
    pub fn unmark_done(&mut self, kind: MilestoneKind) {
        self.done_by_hand.retain(|f| f.kind != kind);
    }
}

/// One milestone on the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Milestone {
    pub kind: MilestoneKind,
    /// The date that counts: done date, else moved date, else the rule (after earlier moves).
    pub date: NaiveDate,
    /// The date the rules give from the start date alone: the original plan.
    pub original: NaiveDate,
    /// The coach moved this milestone.
    pub moved: bool,
    pub done: Option<Done>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MilestoneState {
    Overdue,
    Due,
    Upcoming,
    Done,
}

impl MilestoneState {
    pub fn slug(self) -> &'static str {
        match self {
            MilestoneState::Overdue => "overdue",
            MilestoneState::Due => "due",
            MilestoneState::Upcoming => "upcoming",
            MilestoneState::Done => "done",
        }
    }
}

impl Milestone {
    pub fn state(&self, today: NaiveDate) -> MilestoneState {
        if self.done.is_some() {
            MilestoneState::Done
        } else if self.date < today {
            MilestoneState::Overdue
        } else if days_between(today, self.date) <= DUE_WINDOW_DAYS {
            MilestoneState::Due
        } else {
            MilestoneState::Upcoming
        }
    }

    /// Not moved by the coach, yet on another date than the original plan, because a milestone
    /// it counts from moved (or was done on another day).
    pub fn shifted(&self) -> bool {
        !self.moved && self.done.is_none() && self.date != self.original
    }

    /// The milestone this one counts from, if any.
    pub fn counts_from(&self) -> Option<MilestoneKind> {
        match self.kind {
            MilestoneKind::Evaluation1 => Some(MilestoneKind::SupportPlan),
            MilestoneKind::Evaluation2 => Some(MilestoneKind::Evaluation1),
            MilestoneKind::Evaluation3 => Some(MilestoneKind::Closing),
            MilestoneKind::SupportPlan | MilestoneKind::Closing => None,
        }
    }
}

/// Where a young person stands on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    /// The trajectory starts in `days` days (at least 1).
    NotStarted { days: i64 },
    /// In the year: the phase and the week of the trajectory (week 1 = the first 7 days).
    InYear { phase: Phase, week: u32 },
    /// After the closing: aftercare week (week 1 = the 7 days after the closing day).
    Aftercare { week: u32 },
}

/// The whole year for one young person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schedule {
    pub start: NaiveDate,
    /// In the order of [`MilestoneKind::ALL`].
    pub milestones: [Milestone; 5],
}

/// The date the rules give for the closing.
pub fn rule_closing(start: NaiveDate) -> NaiveDate {
    add_months(start, 12)
}

/// 1.5 months before `closing`: one calendar month, then 15 days.
pub fn rule_evaluation3(closing: NaiveDate) -> NaiveDate {
    add_days(add_months(closing, -1), -15)
}

/// `rule`, unless it comes within [`MIN_GAP_DAYS`] of `ceiling`: then halfway between `floor`
/// and `ceiling`. When there is no room at all (ceiling not after floor) the rule stands.
fn squeeze(rule: NaiveDate, floor: NaiveDate, ceiling: NaiveDate) -> NaiveDate {
    if days_between(rule, ceiling) >= MIN_GAP_DAYS {
        return rule;
    }
    let room = days_between(floor, ceiling);
    if room <= 1 {
        return rule;
    }
    add_days(floor, room / 2).min(rule)
}

impl Schedule {
    /// The year from `start`, with the coach's moves and the facts of what was done.
    /// Facts come from outside (the support plan's readings) and from `plan.done_by_hand`; when
    /// a milestone has several, the earliest counts.
    pub fn new(start: NaiveDate, plan: &TrajectoryPlan, facts: &[DoneFact]) -> Schedule {
        let done = |kind: MilestoneKind| -> Option<Done> {
            let reading = facts.iter().filter(|f| f.kind == kind).map(|f| f.date).min();
            let by_hand = plan.done_by_hand.iter().filter(|f| f.kind == kind).map(|f| f.date).min();
            match (reading, by_hand) {
                (Some(r), Some(h)) if h < r => Some(Done { date: h, source: DoneSource::ByHand }),
                (Some(r), _) => Some(Done { date: r, source: DoneSource::Reading }),
                (None, Some(h)) => Some(Done { date: h, source: DoneSource::ByHand }),
                (None, None) => None,
            }
        };
        // A fixed date: done, or moved by the coach.
        let fixed = |kind: MilestoneKind| done(kind).map(|d| d.date).or_else(|| plan.moved_date(kind));

        let o_plan = add_days(start, START_PHASE_DAYS);
        let o_e1 = add_months(o_plan, EVALUATION_MONTHS);
        let o_e2 = add_months(o_e1, EVALUATION_MONTHS);
        let o_close = rule_closing(start);
        let o_e3 = rule_evaluation3(o_close);

        let d_plan = fixed(MilestoneKind::SupportPlan).unwrap_or(o_plan);
        let d_close = fixed(MilestoneKind::Closing).unwrap_or(o_close);
        let d_e3 = fixed(MilestoneKind::Evaluation3).unwrap_or_else(|| rule_evaluation3(d_close));
        let e2_fixed = fixed(MilestoneKind::Evaluation2);
        let d_e1 = fixed(MilestoneKind::Evaluation1).unwrap_or_else(|| {
            let rule = add_months(d_plan, EVALUATION_MONTHS);
            match e2_fixed {
                Some(e2) => squeeze(rule, d_plan, e2),
                // Leave room for evaluation 2 between evaluation 1 and evaluation 3.
                None => squeeze(rule, d_plan, add_days(d_plan, days_between(d_plan, d_e3) * 2 / 3)),
            }
        });
        let d_e2 = e2_fixed.unwrap_or_else(|| squeeze(add_months(d_e1, EVALUATION_MONTHS), d_e1, d_e3));

        let make = |kind, date, original| Milestone {
            kind,
            date,
            original,
            moved: done(kind).is_none() && plan.moved_date(kind).is_some(),
            done: done(kind),
        };
        Schedule {
            start,
            milestones: [
                make(MilestoneKind::SupportPlan, d_plan, o_plan),
                make(MilestoneKind::Evaluation1, d_e1, o_e1),
                make(MilestoneKind::Evaluation2, d_e2, o_e2),
                make(MilestoneKind::Evaluation3, d_e3, o_e3),
                make(MilestoneKind::Closing, d_close, o_close),
            ],
        }
    }

    pub fn get(&self, kind: MilestoneKind) -> &Milestone {
        &self.milestones[kind.index()]
    }

    /// The end of the year: the closing's date.
    pub fn end(&self) -> NaiveDate {
        self.get(MilestoneKind::Closing).date
    }

    /// Pairs of neighbouring milestones that are not in strictly increasing order.
    fn disorders(&self) -> Vec<(MilestoneKind, MilestoneKind)> {
        let mut out = Vec::new();
        for w in self.milestones.windows(2) {
            if w[1].date <= w[0].date {
                out.push((w[0].kind, w[1].kind));
            }
        }
        out
    }

    /// Trajectory week of `date` (week 1 = the start date and the 6 days after it); `None` before
    /// the start.
    pub fn week(&self, date: NaiveDate) -> Option<u32> {
        let days = days_between(self.start, date);
        (days >= 0).then(|| (days / 7 + 1) as u32)
    }

    /// Where the young person stands on `date`.
    pub fn position(&self, date: NaiveDate) -> Position {
        let days = days_between(self.start, date);
        if days < 0 {
            return Position::NotStarted { days: -days };
        }
        let end = self.end();
        if date > end {
            return Position::Aftercare { week: super::aftercare::aftercare_week(end, date).unwrap_or(1) };
        }
        Position::InYear { phase: self.phase_on(date), week: (days / 7 + 1) as u32 }
    }

    /// The phase on a day within the year (see [`Self::phases`]).
    fn phase_on(&self, date: NaiveDate) -> Phase {
        let at = |k: MilestoneKind| self.get(k).date;
        if date >= at(MilestoneKind::Evaluation3) {
            Phase::Afronding
        } else if date >= at(MilestoneKind::Evaluation1) {
            Phase::Evaluatie
        } else if date >= at(MilestoneKind::SupportPlan) {
            Phase::Plan
        } else {
            Phase::Opstart
        }
    }

    /// The four phases of the year as `(phase, first day, last day)`:
    /// start phase until the support plan, working with the plan until evaluation 1, the
    /// evaluations until evaluation 3, and closing from evaluation 3 to the closing day.
    /// A phase squeezed to nothing (dates out of order) is left out.
    pub fn phases(&self) -> Vec<(Phase, NaiveDate, NaiveDate)> {
        let at = |k: MilestoneKind| self.get(k).date;
        let bounds = [
            (Phase::Opstart, self.start, at(MilestoneKind::SupportPlan)),
            (Phase::Plan, at(MilestoneKind::SupportPlan), at(MilestoneKind::Evaluation1)),
            (Phase::Evaluatie, at(MilestoneKind::Evaluation1), at(MilestoneKind::Evaluation3)),
            (Phase::Afronding, at(MilestoneKind::Evaluation3), add_days(self.end(), 1)),
        ];
        bounds
            .into_iter()
            .filter(|(_, from, until)| until > from)
            .map(|(p, from, until)| (p, from, add_days(until, -1)))
            .collect()
    }

    /// Milestones not done whose date has passed, oldest first.
    pub fn overdue(&self, today: NaiveDate) -> Vec<Milestone> {
        let mut v: Vec<Milestone> =
            self.milestones.iter().copied().filter(|m| m.state(today) == MilestoneState::Overdue).collect();
        super::small_sort::sort_small_by_key(&mut v, |m| (m.date, m.kind));
        v
    }

    /// The next milestone not done that is not late yet (due or upcoming), soonest first.
    pub fn next_open(&self, today: NaiveDate) -> Option<Milestone> {
        self.milestones
            .iter()
            .copied()
            .filter(|m| matches!(m.state(today), MilestoneState::Due | MilestoneState::Upcoming))
            .min_by_key(|m| (m.date, m.kind))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::format_be;
    use MilestoneKind::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn dates(s: &Schedule) -> Vec<String> {
        s.milestones.iter().map(|m| format_be(m.date)).collect()
    }

    fn plain(start: NaiveDate) -> Schedule {
        Schedule::new(start, &TrajectoryPlan::default(), &[])
    }

    #[test]
    fn an_ordinary_year() {
        let s = plain(d(2026, 3, 2));
        assert_eq!(dates(&s), ["13/04/2026", "13/07/2026", "13/10/2026", "18/01/2027", "02/03/2027"]);
        for m in &s.milestones {
            assert_eq!(m.date, m.original);
            assert!(!m.moved && !m.shifted() && m.done.is_none());
        }
    }

    #[test]
    fn start_on_29_february_closes_on_28_february() {
        let s = plain(d(2028, 2, 29));
        // Plan: 29/02 + 42 days = 11/04. Closing: 28/02/2029 (no 29 February in 2029).
        assert_eq!(dates(&s), ["11/04/2028", "11/07/2028", "11/10/2028", "13/01/2029", "28/02/2029"]);
        // The leap day itself: plan from 29 Feb in a leap year onto a non-leap year clamps.
        assert_eq!(rule_closing(d(2024, 2, 29)), d(2025, 2, 28));
        assert_eq!(rule_closing(d(2027, 2, 28)), d(2028, 2, 28));
    }

    #[test]
    fn a_support_plan_on_the_31st_gives_evaluations_clamped_to_the_month() {
        // 20/07 + 42 days lands on the 31st of August.
        let s = plain(d(2026, 7, 20));
        assert_eq!(s.get(SupportPlan).date, d(2026, 8, 31));
        // 31 August + 3 months = 30 November (clamped), + 3 months = 28 February.
        assert_eq!(s.get(Evaluation1).date, d(2026, 11, 30));
        assert_eq!(s.get(Evaluation2).date, d(2027, 2, 28));
        // Closing 20/07/2027; evaluation 3: 20/06 − 15 days = 05/06/2027.
        assert_eq!(s.get(Evaluation3).date, d(2027, 6, 5));
        assert_eq!(s.end(), d(2027, 7, 20));
    }

    #[test]
    fn a_start_on_the_31st() {
        let s = plain(d(2026, 1, 31));
        assert_eq!(s.get(SupportPlan).date, d(2026, 3, 14));
        assert_eq!(s.end(), d(2027, 1, 31));
        // 31 January − 1 month = 31 December, − 15 days = 16 December.
        assert_eq!(s.get(Evaluation3).date, d(2026, 12, 16));
        // A closing on 31 March: − 1 month = 28 February (clamped), − 15 days = 13 February.
        assert_eq!(rule_evaluation3(d(2027, 3, 31)), d(2027, 2, 13));
    }

    #[test]
    fn a_year_across_new_year() {
        let s = plain(d(2026, 11, 20));
        assert_eq!(dates(&s), ["01/01/2027", "01/04/2027", "01/07/2027", "05/10/2027", "20/11/2027"]);
        assert_eq!(s.week(d(2026, 12, 31)), Some(6));
        assert_eq!(s.week(d(2027, 1, 1)), Some(7));
        assert_eq!(
            s.position(d(2027, 1, 1)),
            Position::InYear { phase: Phase::Plan, week: 7 }
        );
    }

    #[test]
    fn weeks_phases_and_the_days_around_the_year() {
        let s = plain(d(2026, 3, 2));
        assert_eq!(s.position(d(2026, 3, 1)), Position::NotStarted { days: 1 });
        assert_eq!(s.position(d(2026, 2, 20)), Position::NotStarted { days: 10 });
        assert_eq!(s.position(d(2026, 3, 2)), Position::InYear { phase: Phase::Opstart, week: 1 });
        assert_eq!(s.position(d(2026, 3, 8)), Position::InYear { phase: Phase::Opstart, week: 1 });
        assert_eq!(s.position(d(2026, 3, 9)), Position::InYear { phase: Phase::Opstart, week: 2 });
        // Last day of the start phase, then the support plan day starts the next phase.
        assert_eq!(s.position(d(2026, 4, 12)), Position::InYear { phase: Phase::Opstart, week: 6 });
        assert_eq!(s.position(d(2026, 4, 13)), Position::InYear { phase: Phase::Plan, week: 7 });
        assert_eq!(s.position(d(2026, 7, 13)), Position::InYear { phase: Phase::Evaluatie, week: 20 });
        assert_eq!(s.position(d(2027, 1, 17)), Position::InYear { phase: Phase::Evaluatie, week: 46 });
        assert_eq!(s.position(d(2027, 1, 18)), Position::InYear { phase: Phase::Afronding, week: 47 });
        // The closing day is 365 days after the start: week 53, and still the year.
        assert_eq!(s.position(d(2027, 3, 2)), Position::InYear { phase: Phase::Afronding, week: 53 });
        assert_eq!(s.position(d(2027, 3, 3)), Position::Aftercare { week: 1 });
        assert_eq!(s.position(d(2027, 3, 9)), Position::Aftercare { week: 1 });
        assert_eq!(s.position(d(2027, 3, 10)), Position::Aftercare { week: 2 });
        assert_eq!(s.week(d(2026, 3, 1)), None);

        let phases = s.phases();
        assert_eq!(
            phases,
            vec![
                (Phase::Opstart, d(2026, 3, 2), d(2026, 4, 12)),
                (Phase::Plan, d(2026, 4, 13), d(2026, 7, 12)),
                (Phase::Evaluatie, d(2026, 7, 13), d(2027, 1, 17)),
                (Phase::Afronding, d(2027, 1, 18), d(2027, 3, 2)),
            ]
        );
    }

    #[test]
    fn states_on_a_day() {
        let s = plain(d(2026, 3, 2)); // plan 13/04/2026
        let plan = *s.get(SupportPlan);
        assert_eq!(plan.state(d(2026, 3, 20)), MilestoneState::Upcoming);
        assert_eq!(plan.state(d(2026, 3, 29)), MilestoneState::Upcoming); // 15 days before
        assert_eq!(plan.state(d(2026, 3, 30)), MilestoneState::Due); // 14 days before
        assert_eq!(plan.state(d(2026, 4, 13)), MilestoneState::Due); // the day itself
        assert_eq!(plan.state(d(2026, 4, 14)), MilestoneState::Overdue);
        let done = Schedule::new(
            d(2026, 3, 2),
            &TrajectoryPlan::default(),
            &[DoneFact { kind: SupportPlan, date: d(2026, 4, 20) }],
        );
        assert_eq!(done.get(SupportPlan).state(d(2026, 5, 1)), MilestoneState::Done);
        assert_eq!(done.get(SupportPlan).done, Some(Done { date: d(2026, 4, 20), source: DoneSource::Reading }));
        assert_eq!(s.overdue(d(2026, 7, 20)).iter().map(|m| m.kind).collect::<Vec<_>>(), [SupportPlan, Evaluation1]);
        assert_eq!(s.next_open(d(2026, 7, 20)).map(|m| m.kind), Some(Evaluation2));
        assert_eq!(s.next_open(d(2027, 4, 1)), None);
    }

    #[test]
    fn a_start_date_in_the_future() {
        let today = d(2026, 5, 1);
        let s = plain(d(2026, 5, 20));
        assert_eq!(s.position(today), Position::NotStarted { days: 19 });
        assert!(s.overdue(today).is_empty());
        assert_eq!(s.next_open(today).map(|m| (m.kind, m.state(today))), Some((SupportPlan, MilestoneState::Upcoming)));
    }

    #[test]
    fn moving_the_support_plan_shifts_evaluations_1_and_2_but_not_3() {
        let start = d(2026, 3, 2);
        let mut plan = TrajectoryPlan::default();
        plan.move_milestone(start, &[], SupportPlan, Some(d(2026, 4, 27))).unwrap();
        let s = Schedule::new(start, &plan, &[]);
        assert_eq!(dates(&s), ["27/04/2026", "27/07/2026", "27/10/2026", "18/01/2027", "02/03/2027"]);
        let plan_m = s.get(SupportPlan);
        assert!(plan_m.moved && !plan_m.shifted());
        assert_eq!(plan_m.original, d(2026, 4, 13));
        assert!(s.get(Evaluation1).shifted());
        assert_eq!(s.get(Evaluation1).original, d(2026, 7, 13));
        assert!(!s.get(Evaluation3).shifted());

        // A moved evaluation 1 stays where the coach put it when the plan moves again.
        plan.move_milestone(start, &[], Evaluation1, Some(d(2026, 8, 3))).unwrap();
        plan.move_milestone(start, &[], SupportPlan, Some(d(2026, 4, 20))).unwrap();
        let s = Schedule::new(start, &plan, &[]);
        assert_eq!(dates(&s), ["20/04/2026", "03/08/2026", "03/11/2026", "18/01/2027", "02/03/2027"]);

        // Back to the rule: removing the move.
        plan.move_milestone(start, &[], SupportPlan, None).unwrap();
        assert_eq!(plan.moved_date(SupportPlan), None);
        // Moving to the date the rules give anyway stores nothing.
        plan.move_milestone(start, &[], Evaluation1, Some(d(2026, 7, 13))).unwrap();
        assert!(plan.moved.is_empty());
    }

    #[test]
    fn a_support_plan_done_early_moves_the_evaluations_with_it() {
        let start = d(2026, 3, 2);
        let facts = [DoneFact { kind: SupportPlan, date: d(2026, 4, 1) }, DoneFact { kind: SupportPlan, date: d(2026, 4, 8) }];
        let s = Schedule::new(start, &TrajectoryPlan::default(), &facts);
        assert_eq!(s.get(SupportPlan).date, d(2026, 4, 1)); // the earliest reading counts
        assert_eq!(s.get(Evaluation1).date, d(2026, 7, 1));
        assert_eq!(s.get(Evaluation2).date, d(2026, 10, 1));
        let mut plan = TrajectoryPlan::default();
        assert_eq!(plan.move_milestone(start, &facts, SupportPlan, Some(d(2026, 5, 1))), Err(MoveError::AlreadyDone));
        // Done by hand, then taken back.
        plan.mark_done(Evaluation1, d(2026, 7, 3));
        let s = Schedule::new(start, &plan, &facts);
        assert_eq!(s.get(Evaluation1).done, Some(Done { date: d(2026, 7, 3), source: DoneSource::ByHand }));
        assert_eq!(s.get(Evaluation2).date, d(2026, 10, 3));
        plan.unmark_done(Evaluation1);
        assert!(plan.done_by_hand.is_empty());
    }

    #[test]
    fn moving_the_closing_takes_evaluation_3_and_the_end_along() {
        let start = d(2026, 3, 2);
        let mut plan = TrajectoryPlan::default();
        plan.move_milestone(start, &[], Closing, Some(d(2027, 4, 30))).unwrap();
        let s = Schedule::new(start, &plan, &[]);
        assert_eq!(s.end(), d(2027, 4, 30));
        assert_eq!(s.get(Evaluation3).date, d(2027, 3, 15));
        assert!(s.get(Evaluation3).shifted());
        assert_eq!(s.position(d(2027, 4, 1)), Position::InYear { phase: Phase::Afronding, week: 57 });
    }

    #[test]
    fn a_late_support_plan_compresses_the_evaluations_instead_of_passing_the_end() {
        let start = d(2026, 3, 2);
        let mut plan = TrajectoryPlan::default();
        plan.move_milestone(start, &[], SupportPlan, Some(d(2026, 9, 1))).unwrap();
        let s = Schedule::new(start, &plan, &[]);
        let ds: Vec<NaiveDate> = s.milestones.iter().map(|m| m.date).collect();
        assert!(ds.windows(2).all(|w| w[0] < w[1]), "still in order: {:?}", dates(&s));
        // The rule (01/12 and 01/03) would leave no room: the evaluations share the time left,
        // about six weeks apart, and evaluation 3 stays tied to the end.
        assert_eq!(dates(&s), ["01/09/2026", "17/10/2026", "02/12/2026", "18/01/2027", "02/03/2027"]);
        assert!(s.get(Evaluation1).shifted() && s.get(Evaluation2).shifted());
    }

    #[test]
    fn moves_that_break_the_order_are_refused_with_the_reason() {
        let start = d(2026, 3, 2);
        let mut plan = TrajectoryPlan::default();
        assert_eq!(
            plan.move_milestone(start, &[], SupportPlan, Some(d(2026, 2, 1))),
            Err(MoveError::NotAfterStart { start })
        );
        assert_eq!(plan.move_milestone(start, &[], SupportPlan, Some(start)), Err(MoveError::NotAfterStart { start }));
        // Evaluation 3 the day after the support plan: evaluations 1 and 2 cannot fit before it.
        assert_eq!(
            plan.move_milestone(start, &[], Evaluation3, Some(d(2026, 4, 14))),
            Err(MoveError::NotAfter { other: Evaluation2, date: d(2026, 10, 13) })
        );
        // Evaluation 1 past evaluation 3.
        assert_eq!(
            plan.move_milestone(start, &[], Evaluation1, Some(d(2027, 2, 1))),
            Err(MoveError::NotBefore { other: Evaluation3, date: d(2027, 1, 18) })
        );
        // Evaluation 2 moved by hand, then evaluation 1 moved onto it.
        plan.move_milestone(start, &[], Evaluation2, Some(d(2026, 10, 20))).unwrap();
        assert_eq!(
            plan.move_milestone(start, &[], Evaluation1, Some(d(2026, 10, 20))),
            Err(MoveError::NotBefore { other: Evaluation2, date: d(2026, 10, 20) })
        );
        plan.move_milestone(start, &[], Evaluation2, None).unwrap();
        assert!(plan.moved.is_empty(), "nothing else was stored");
        // A closing before the planned evaluations: evaluation 3 follows the closing and collides.
        assert_eq!(
            plan.move_milestone(start, &[], Closing, Some(d(2026, 5, 1))),
            Err(MoveError::NotAfter { other: Evaluation2, date: d(2026, 10, 13) })
        );
        assert!(plan.moved.is_empty());
        // An earlier closing with room left compresses the evaluations and is accepted.
        plan.move_milestone(start, &[], Closing, Some(d(2026, 12, 20))).unwrap();
        let s = Schedule::new(start, &plan, &[]);
        let ds: Vec<NaiveDate> = s.milestones.iter().map(|m| m.date).collect();
        assert!(ds.windows(2).all(|w| w[0] < w[1]), "in order: {:?}", dates(&s));
    }

    #[test]
    fn a_move_is_not_blamed_for_disorder_that_was_already_there() {
        // Readings out of order (evaluation 1 dated before the support plan) must not block moves.
        let start = d(2026, 3, 2);
        let facts = [DoneFact { kind: SupportPlan, date: d(2026, 5, 1) }, DoneFact { kind: Evaluation1, date: d(2026, 4, 1) }];
        let mut plan = TrajectoryPlan::default();
        plan.move_milestone(start, &facts, Closing, Some(d(2027, 3, 20))).unwrap();
        assert_eq!(plan.moved_date(Closing), Some(d(2027, 3, 20)));
    }

    #[test]
    fn the_stored_form_is_stable_and_old_files_load() {
        let mut plan = TrajectoryPlan::default();
        plan.move_milestone(d(2026, 3, 2), &[], Evaluation1, Some(d(2026, 7, 20))).unwrap();
        let json = serde_json::to_string(&plan).unwrap();
        assert_eq!(json, r#"{"moved":[{"kind":"evaluation-1","date":"2026-07-20"}],"done_by_hand":[],"aftercare":"schedule"}"#);
        assert_eq!(serde_json::from_str::<TrajectoryPlan>("{}").unwrap(), TrajectoryPlan::default());
        for k in MilestoneKind::ALL {
            assert_eq!(MilestoneKind::from_slug(k.slug()), Some(k));
            assert_eq!(serde_json::to_string(&k).unwrap(), format!("\"{}\"", k.slug()));
        }
    }
}
