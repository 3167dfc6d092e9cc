//! "One line through the year": the milestones and everything else that happened on a date —
//! support-plan readings, lifeline moments, network-map versions, walk stops — on one timeline,
//! so an evaluation can see *why* a score moved.
//!
//! Other parts of the app hand their dated things over as [`DatedEvent`]s (date, label, kind,
//! link); this module knows nothing about their models.

use chrono::NaiveDate;

use super::trajectory::{Milestone, MilestoneState, Position, Schedule};

/// What kind of thing an event is (decides its icon and tag).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventKind {
    /// A support-plan reading (self-scores).
    Reading,
    /// A moment added to the lifeline.
    Lifeline,
    /// A version of the network map.
    Network,
    /// A stop on the network walk or a lifeline visit.
    Walk,
    /// Anything else with a date.
    Other,
}

impl EventKind {
    pub fn slug(self) -> &'static str {
        match self {
            EventKind::Reading => "reading",
            EventKind::Lifeline => "lifeline",
            EventKind::Network => "network",
            EventKind::Walk => "walk",
            EventKind::Other => "other",
        }
    }
}

/// A dated thing from another part of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatedEvent {
    pub date: NaiveDate,
    /// Short text to show (already in the user's language; no sensitive details needed).
    pub label: String,
    pub kind: EventKind,
    /// Where to open it, an app path such as `/jongeren/p1/werkblad/levenslijn`.
    pub link: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineWhat {
    /// The start of the trajectory.
    Start,
    Milestone { milestone: Milestone, state: MilestoneState },
    Event(DatedEvent),
    /// Where today is on the line.
    Today,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineItem {
    pub date: NaiveDate,
    /// Where the trajectory stood on that date.
    pub position: Position,
    pub what: LineWhat,
}

/// Everything on one line, by date. On the same date: the start, then "today", then milestones,
/// then other events in the order given.
pub fn year_line(schedule: &Schedule, events: &[DatedEvent], today: NaiveDate) -> Vec<LineItem> {
    let mut items: Vec<(u8, usize, NaiveDate, LineWhat)> = Vec::with_capacity(events.len() + 7);
    items.push((0, 0, schedule.start, LineWhat::Start));
    items.push((1, 0, today, LineWhat::Today));
    for (i, m) in schedule.milestones.iter().enumerate() {
        items.push((2, i, m.date, LineWhat::Milestone { milestone: *m, state: m.state(today) }));
    }
    for (i, e) in events.iter().enumerate() {
        items.push((3, i, e.date, LineWhat::Event(e.clone())));
    }
    super::small_sort::sort_small_by_key(&mut items, |(rank, i, date, _)| (*date, *rank, *i));
    items
        .into_iter()
        .map(|(_, _, date, what)| LineItem { date, position: schedule.position(date), what })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::phase::Phase;
    use crate::domain::trajectory::{MilestoneKind, TrajectoryPlan};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn milestones_and_events_on_one_line() {
        let s = Schedule::new(d(2026, 3, 2), &TrajectoryPlan::default(), &[]);
        let events = [
            DatedEvent { date: d(2026, 5, 3), label: "Bezoek aan de school".into(), kind: EventKind::Walk, link: None },
            DatedEvent { date: d(2026, 4, 13), label: "Meting".into(), kind: EventKind::Reading, link: Some("/jongeren/p/plan".into()) },
            DatedEvent { date: d(2026, 2, 20), label: "Vroeger".into(), kind: EventKind::Lifeline, link: None },
        ];
        let line = year_line(&s, &events, d(2026, 4, 13));
        let kinds: Vec<String> = line
            .iter()
            .map(|i| match &i.what {
                LineWhat::Start => "start".to_string(),
                LineWhat::Today => "today".to_string(),
                LineWhat::Milestone { milestone, .. } => milestone.kind.slug().to_string(),
                LineWhat::Event(e) => e.label.clone(),
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "Vroeger",
                "start",
                "today",
                "support-plan",
                "Meting",
                "Bezoek aan de school",
                "evaluation-1",
                "evaluation-2",
                "evaluation-3",
                "closing"
            ]
        );
        assert_eq!(line[0].position, Position::NotStarted { days: 10 });
        assert_eq!(line[5].position, Position::InYear { phase: Phase::Plan, week: 9 });
        match &line[3].what {
            LineWhat::Milestone { milestone, state } => {
                assert_eq!(milestone.kind, MilestoneKind::SupportPlan);
                assert_eq!(*state, MilestoneState::Due);
            }
            other => panic!("{other:?}"),
        }
    }
}
