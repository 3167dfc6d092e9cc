//! The coach's caseload on one day ("Vandaag"): where each young person stands, what is late,
//! what comes next, and in which order to look at them.

use chrono::NaiveDate;

use super::aftercare::{next_contact, Contact};
use super::dates::days_between;
use super::ending::{check_date, effective_end, end_for_check, EndKind};
use super::trajectory::{DoneFact, Milestone, MilestoneState, Position, Schedule, TrajectoryPlan, DUE_WINDOW_DAYS};

/// How urgent a young person is today; the derived order puts the most urgent first.
///
/// 1. something overdue (the longest overdue first);
/// 2. a milestone or aftercare contact due within [`DUE_WINDOW_DAYS`] (soonest first);
/// 3. the next milestone or contact later on (soonest first);
/// 4. a trajectory that has not started yet (soonest start first);
/// 5. nothing planned any more (everything done, aftercare ad hoc or after week 52);
/// 6. no start date yet (nothing can be planned).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    Overdue { since: NaiveDate },
    Due { on: NaiveDate },
    Upcoming { on: NaiveDate },
    NotStarted { starts: NaiveDate },
    Quiet,
    NoStartDate,
}

impl Urgency {
    pub fn slug(self) -> &'static str {
        match self {
            Urgency::Overdue { .. } => "overdue",
            Urgency::Due { .. } => "due",
            Urgency::Upcoming { .. } => "upcoming",
            Urgency::NotStarted { .. } => "not-started",
            Urgency::Quiet => "quiet",
            Urgency::NoStartDate => "no-start-date",
        }
    }
}

/// One young person on one day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overview {
    /// `None` when there is no start date.
    pub position: Option<Position>,
    pub overdue: Vec<Milestone>,
    /// The next milestone not done and not late.
    pub next: Option<Milestone>,
    /// The next planned aftercare contact (on or after today).
    pub next_contact: Option<Contact>,
    /// How and when the trajectory ended, if it did ([`super::ending::effective_end`]).
    pub ended: Option<(EndKind, NaiveDate)>,
    /// The date of the six-month check while it waits for its answer, once the year's
    /// milestones are behind (done, or the end recorded).
    pub check: Option<NaiveDate>,
    pub urgency: Urgency,
}

/// Everything the Vandaag view shows about one young person.
pub fn overview(start: Option<NaiveDate>, plan: &TrajectoryPlan, facts: &[DoneFact], today: NaiveDate) -> Overview {
    let Some(start) = start else {
        return Overview {
            position: None,
            overdue: vec![],
            next: None,
            next_contact: None,
            ended: None,
            check: None,
            urgency: Urgency::NoStartDate,
        };
    };
    let schedule = Schedule::new(start, plan, facts);
    let position = schedule.position(today);
    let ended = effective_end(plan.end.as_ref(), &schedule);
    // With the end recorded, what was still open in the year is no longer late or next.
    let (overdue, next) = match plan.end {
        Some(_) => (Vec::new(), None),
        None => (schedule.overdue(today), schedule.next_open(today)),
    };
    // Aftercare follows a finished year; a trajectory that stopped early or went to other help
    // has no planned contacts.
    let next_contact = match ended {
        Some((EndKind::StoppedEarly | EndKind::OtherHelp, _)) => None,
        _ => next_contact(schedule.end(), plan.aftercare, today),
    };
    let check = (overdue.is_empty() && next.is_none() && !plan.check.answered())
        .then(|| check_date(end_for_check(plan.end.as_ref(), &schedule)));
    let soonest = [next.map(|m| m.date), next_contact.map(|c| c.date), check].into_iter().flatten().min();
    let urgency = if let Some(first) = overdue.first() {
        Urgency::Overdue { since: first.date }
    } else if let Some(since) = check.filter(|c| *c < today) {
        Urgency::Overdue { since }
    } else if let Position::NotStarted { .. } = position {
        Urgency::NotStarted { starts: start }
    } else {
        match soonest {
            Some(on) if days_between(today, on) <= DUE_WINDOW_DAYS => Urgency::Due { on },
            Some(on) => Urgency::Upcoming { on },
            None => Urgency::Quiet,
        }
    };
    debug_assert!(next.is_none_or(|m| m.state(today) != MilestoneState::Overdue));
    Overview { position: Some(position), overdue, next, next_contact, ended, check, urgency }
}

/// Sorts `(urgency, name, item)` with the most urgent first; equal urgency by name (ignoring
/// ASCII case), so the order is the same from day to day.
pub fn sort_by_urgency<T>(items: &mut [(Urgency, String, T)]) {
    let fold = |s: &String| s.bytes().map(|b| b.to_ascii_lowercase()).collect::<Vec<u8>>();
    super::small_sort::sort_small_by(items, |a, b| (a.0, fold(&a.1)) < (b.0, fold(&b.1)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::aftercare::{AftercareChoice, ContactMode};
    use crate::domain::phase::Phase;
    use crate::domain::trajectory::MilestoneKind;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_caseload_of_four_in_order_of_urgency() {
        let today = d(2026, 6, 15);
        let none = TrajectoryPlan::default();
        let people = [
            ("Noor", Some(d(2026, 7, 1))),  // starts in 16 days
            ("Lina", Some(d(2025, 12, 1))), // plan 12/01 and eval 1 12/04/2026 overdue
            ("Sam", Some(d(2026, 5, 18))),  // plan due 29/06: due within 14 days
            ("Yusuf", None),                // no start date
            ("Amir", Some(d(2026, 3, 2))),  // plan 13/04 overdue too, but since later than Lina's
        ];
        let mut items: Vec<(Urgency, String, &str)> = people
            .iter()
            .map(|(name, start)| (overview(*start, &none, &[], today).urgency, name.to_string(), *name))
            .collect();
        sort_by_urgency(&mut items);
        let order: Vec<&str> = items.iter().map(|i| i.2).collect();
        assert_eq!(order, ["Lina", "Amir", "Sam", "Noor", "Yusuf"]);
        assert_eq!(items[0].0, Urgency::Overdue { since: d(2026, 1, 12) });
        assert_eq!(items[2].0, Urgency::Due { on: d(2026, 6, 29) });
        assert_eq!(items[3].0, Urgency::NotStarted { starts: d(2026, 7, 1) });
        assert_eq!(items[4].0, Urgency::NoStartDate);
    }

    #[test]
    fn the_overview_of_one_young_person() {
        let today = d(2026, 6, 15);
        let facts = [crate::domain::trajectory::DoneFact { kind: MilestoneKind::SupportPlan, date: d(2026, 4, 10) }];
        let o = overview(Some(d(2026, 3, 2)), &TrajectoryPlan::default(), &facts, today);
        assert_eq!(o.position, Some(Position::InYear { phase: Phase::Plan, week: 16 }));
        assert!(o.overdue.is_empty());
        assert_eq!(o.next.map(|m| (m.kind, m.date)), Some((MilestoneKind::Evaluation1, d(2026, 7, 10))));
        assert_eq!(o.urgency, Urgency::Upcoming { on: d(2026, 7, 10) });
        assert_eq!(o.next_contact.map(|c| c.mode), Some(ContactMode::Phone));
    }

    #[test]
    fn aftercare_contacts_count_as_due_and_ad_hoc_is_quiet() {
        // Start 2025-03-03, closing 2026-03-03; everything done.
        let start = d(2025, 3, 3);
        let mut plan = TrajectoryPlan::default();
        for k in MilestoneKind::ALL {
            plan.mark_done(k, Schedule::new(start, &TrajectoryPlan::default(), &[]).get(k).date);
        }
        let today = d(2026, 3, 10); // aftercare week 1; first call on 17/03
        let o = overview(Some(start), &plan, &[], today);
        assert_eq!(o.position, Some(Position::Aftercare { week: 1 }));
        assert_eq!(o.urgency, Urgency::Due { on: d(2026, 3, 17) });
        plan.aftercare = AftercareChoice::AdHoc;
        // Ad hoc: nothing planned but the six-month check (closing 03/03 + 6 months).
        let o = overview(Some(start), &plan, &[], today);
        assert_eq!(o.check, Some(d(2026, 9, 3)));
        assert_eq!(o.urgency, Urgency::Upcoming { on: d(2026, 9, 3) });
        // Its answer recorded: quiet.
        plan.check.answer = crate::domain::plan::Answer::No;
        let o = overview(Some(start), &plan, &[], today);
        assert_eq!((o.check, o.urgency), (None, Urgency::Quiet));
    }

    #[test]
    fn a_trajectory_that_stopped_early_has_nothing_late_and_waits_for_its_check() {
        use crate::domain::ending::{EndKind, TrajectoryEnd};
        let start = d(2025, 3, 3);
        let today = d(2025, 11, 20);
        let mut plan = TrajectoryPlan::default();
        // Nothing done: the support plan and the first evaluation are late.
        assert!(matches!(overview(Some(start), &plan, &[], today).urgency, Urgency::Overdue { .. }));
        plan.end = Some(TrajectoryEnd::new(EndKind::StoppedEarly, Some(d(2025, 9, 10))));
        let o = overview(Some(start), &plan, &[], today);
        assert!(o.overdue.is_empty() && o.next.is_none());
        assert_eq!(o.ended, Some((EndKind::StoppedEarly, d(2025, 9, 10))));
        assert_eq!(o.next_contact, None, "no aftercare rhythm after stopping early");
        assert_eq!(o.check, Some(d(2026, 3, 10)));
        assert_eq!(o.urgency, Urgency::Upcoming { on: d(2026, 3, 10) });
        // The check date passed without an answer: it is late.
        let o = overview(Some(start), &plan, &[], d(2026, 3, 20));
        assert_eq!(o.urgency, Urgency::Overdue { since: d(2026, 3, 10) });
    }

    #[test]
    fn equal_urgency_sorts_by_name() {
        let mut items = vec![
            (Urgency::Quiet, "bo".to_string(), 1),
            (Urgency::Quiet, "Alex".to_string(), 2),
            (Urgency::Due { on: d(2026, 1, 2) }, "Zoë".to_string(), 3),
        ];
        sort_by_urgency(&mut items);
        assert_eq!(items.iter().map(|i| i.2).collect::<Vec<_>>(), [3, 2, 1]);
    }
}
