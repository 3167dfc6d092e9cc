//! What the rest of the app tells the trajectory, in the trajectory's own terms.
//!
//! This is the one seam between the trajectory and the other parts: the support plan (issue 4)
//! and the worksheets (issue 5) are built side by side with it, so the trajectory never reads
//! their models directly. Wiring them in is a change in this file only:
//!
//! - [`done_facts`]: each support-plan reading whose kind is support plan, evaluation 1/2/3 or
//!   closing becomes `DoneFact { kind, date: reading date }`.
//! - [`dated_events`]: readings, lifeline moments, network-map versions and walk stops become
//!   `DatedEvent { date, label, kind, link }` for "one line through the year".
//!
//! Until those parts are merged both lists are empty: milestones can still be marked done by
//! hand on the trajectory page, and the year line shows the milestones.

use crate::domain::lifeline::{VisitState, When};
use crate::domain::plan::reading::ReadingKind;
use crate::domain::trajectory::{DoneFact, MilestoneKind};
use crate::domain::year_line::{DatedEvent, EventKind};
use crate::domain::CaseFile;
use crate::i18n::Texts;

fn milestone_of(kind: ReadingKind) -> Option<MilestoneKind> {
    match kind {
        ReadingKind::SupportPlan => Some(MilestoneKind::SupportPlan),
        ReadingKind::Evaluation1 => Some(MilestoneKind::Evaluation1),
        ReadingKind::Evaluation2 => Some(MilestoneKind::Evaluation2),
        ReadingKind::Evaluation3 => Some(MilestoneKind::Evaluation3),
        ReadingKind::Closing => Some(MilestoneKind::Closing),
        _ => None,
    }
}

/// Milestones that documents elsewhere in the case file show as done: a support-plan reading of
/// the milestone's kind with a date.
pub fn done_facts(case: &CaseFile) -> Vec<DoneFact> {
    case.plan
        .readings
        .iter()
        .filter_map(|r| Some(DoneFact { kind: milestone_of(r.kind)?, date: r.date? }))
        .collect()
}

/// Dated things from the other parts, for "one line through the year": readings, lifeline
/// moments with an exact date and lifeline visits, network-map versions and walk stops.
pub fn dated_events(case: &CaseFile, texts: &Texts) -> Vec<DatedEvent> {
    let id = &case.profile.id;
    let mut out = Vec::new();
    for r in &case.plan.readings {
        if let Some(date) = r.date {
            out.push(DatedEvent {
                date,
                label: texts.plan().kind(r.kind).to_string(),
                kind: EventKind::Reading,
                link: Some(format!("/jongeren/{id}/plan")),
            });
        }
    }
    let lifeline = Some(format!("/jongeren/{id}/werkblad/levenslijn"));
    let lifeline_name = &texts.worksheets().names[0];
    for m in &case.lifeline.moments {
        if let When::Date(date) = m.when {
            out.push(DatedEvent { date, label: lifeline_name.to_string(), kind: EventKind::Lifeline, link: lifeline.clone() });
        }
        if let (VisitState::Planned | VisitState::Visited, Some(date)) = (m.visit.state, m.visit.date) {
            out.push(DatedEvent { date, label: lifeline_name.to_string(), kind: EventKind::Walk, link: lifeline.clone() });
        }
    }
    let network = Some(format!("/jongeren/{id}/werkblad/netwerkwandeling"));
    let network_name = &texts.worksheets().names[1];
    for snap in &case.network.snapshots {
        if let Some(date) = snap.date {
            let label = if snap.label.is_empty() { network_name.to_string() } else { format!("{network_name}: {}", snap.label) };
            out.push(DatedEvent { date, label, kind: EventKind::Network, link: network.clone() });
        }
    }
    for stop in &case.network.walk {
        if let Some(date) = stop.date {
            out.push(DatedEvent { date, label: network_name.to_string(), kind: EventKind::Walk, link: network.clone() });
        }
    }
    out.sort_by_key(|e| e.date);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Profile, ProfileId};
    use chrono::NaiveDate;

    #[test]
    fn a_dated_support_plan_reading_marks_its_milestone_done() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let mut case = CaseFile::new(Profile::new(ProfileId("p".into()), "Sam", Some(day), day));
        let json = r#"[{"id":1,"kind":"ondersteuningsplan","date":"2026-04-12"},{"id":2,"kind":"evaluatie-1"}]"#;
        case.plan.readings = serde_json::from_str(json).unwrap();
        let facts = done_facts(&case);
        assert_eq!(facts, vec![DoneFact { kind: MilestoneKind::SupportPlan, date: NaiveDate::from_ymd_opt(2026, 4, 12).unwrap() }]);
        let events = dated_events(&case, &crate::i18n::NL);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].kind, EventKind::Reading);
    }
}
