//! Everything the app keeps about one young person, stored together under one key so that
//! several young people on one device stay strictly apart.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{
    baskets::ThreeBaskets, change::ChangeCycle, goods::GoodLives, lifeline::Lifeline,
    network::Network, patterson::PattersonSheet, plan::{ReadingKind, SupportPlan}, profile::Profile,
    trajectory::TrajectoryPlan,
};

/// One young person's file: profile, support plan and worksheets.
///
/// Every part has `#[serde(default)]` so that a file written before a part existed still loads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseFile {
    pub profile: Profile,
    #[serde(default)]
    pub plan: SupportPlan,
    #[serde(default)]
    pub trajectory: TrajectoryPlan,
    #[serde(default)]
    pub lifeline: Lifeline,
    #[serde(default)]
    pub network: Network,
    #[serde(default)]
    pub baskets: ThreeBaskets,
    #[serde(default)]
    pub goods: GoodLives,
    #[serde(default)]
    pub change: ChangeCycle,
    #[serde(default)]
    pub patterson: PattersonSheet,
}

impl CaseFile {
    pub fn new(profile: Profile) -> Self {
        CaseFile {
            profile,
            plan: SupportPlan::default(),
            trajectory: TrajectoryPlan::default(),
            lifeline: Lifeline::default(),
            network: Network::default(),
            baskets: ThreeBaskets::default(),
            goods: GoodLives::default(),
            change: ChangeCycle::default(),
            patterson: PattersonSheet::default(),
        }
    }

    /// Starts a reading of the support plan (see [`SupportPlan::start_reading`]) and keeps the
    /// network map as it stands that day, named `label` (the reading's name), so the map's
    /// versions over time line up with the plan's readings. With nobody on the map yet there is
    /// nothing to keep. Returns the new reading's id.
    pub fn start_reading(&mut self, kind: ReadingKind, date: Option<NaiveDate>, label: &str) -> u32 {
        let id = self.plan.start_reading(kind, date);
        if !self.network.people.is_empty() {
            self.network.take_snapshot(date, label);
        }
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::profile::ProfileId;

    #[test]
    fn a_file_with_only_a_profile_loads_with_empty_parts() {
        let json = r#"{"profile":{"id":"p1","name":"Sam"}}"#;
        let case: CaseFile = serde_json::from_str(json).unwrap();
        assert_eq!(case.profile.id, ProfileId("p1".into()));
        assert_eq!(case, CaseFile::new(case.profile.clone()));
    }

    #[test]
    fn a_new_reading_keeps_the_network_map_as_it_stands_then() {
        use crate::domain::network::{Person, Ring};
        let day = |m| NaiveDate::from_ymd_opt(2026, m, 1).unwrap();
        let mut case = CaseFile::new(Profile::new(ProfileId("p1".into()), "Sam", None, day(1)));
        // Nobody on the map yet: a reading, but no empty version of the map.
        let first = case.start_reading(ReadingKind::SupportPlan, Some(day(2)), "Ondersteuningsplan");
        assert_eq!(case.plan.readings.len(), 1);
        assert!(case.network.snapshots.is_empty());

        let nadia = case.network.add_person(Person { name: "Nadia".into(), now: Ring::Close, ..Default::default() });
        let second = case.start_reading(ReadingKind::Evaluation1, Some(day(5)), "Evaluatie 1");
        assert_ne!(first, second);
        assert_eq!(case.plan.readings.len(), 2);
        assert_eq!(case.network.snapshots.len(), 1);
        let kept = &case.network.snapshots[0];
        assert_eq!((kept.label.as_str(), kept.date), ("Evaluatie 1", Some(day(5))));
        assert_eq!(kept.entries.len(), 1);

        // The map changes afterwards; the version kept at the reading does not.
        case.network.person_mut(nadia).unwrap().now = Ring::Far;
        assert_eq!(case.network.snapshots[0].entries[0].now, Ring::Close);
        case.start_reading(ReadingKind::Evaluation2, None, "Evaluatie 2");
        assert_eq!(case.network.snapshots.len(), 2);
        assert_eq!(case.network.snapshots[1].entries[0].now, Ring::Far);
    }
}
