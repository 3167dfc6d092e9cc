//! Everything the app keeps about one young person, stored together under one key so that
//! several young people on one device stay strictly apart.

use serde::{Deserialize, Serialize};

use super::{
    baskets::ThreeBaskets, change::ChangeCycle, goods::GoodLives, lifeline::Lifeline,
    network::Network, patterson::PattersonSheet, plan::SupportPlan, profile::Profile,
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
}
