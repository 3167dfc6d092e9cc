//! Everything the app keeps about one young person, stored together under one key so that
//! several young people on one device stay strictly apart.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{
    baskets::ThreeBaskets, change::ChangeCycle, goods::GoodLives, lifeline::Lifeline,
    network::Network, patterson::PattersonSheet, plan::{ReadingKind, SupportPlan}, profile::Profile,
    text, trajectory::TrajectoryPlan,
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
    /// This file as it was when the coach's and the young person's phones last met: the base
    /// of the next merge ([`super::exchange`]). Stored with the case, so the passcode lock and
    /// backups cover it; never sent ([`super::exchange::for_young_person`] and
    /// [`super::exchange::for_coach`] leave it out) and never nested (its own is always `None`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchanged: Option<Box<CaseFile>>,
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
            exchanged: None,
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

/// What [`CaseFile::keep_to_limits`] cut to size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Shortened {
    /// The young person's name was longer than [`profile::MAX_NAME_CHARS`].
    pub name: bool,
    /// How many other texts were longer than their form allows.
    pub texts: usize,
}

impl CaseFile {
    /// Applies the forms' length rules to every text that has a limit there, for a file that
    /// did not come through the forms (an import): a hand-made or hostile file may hold a name
    /// of a megabyte. The name is also trimmed, as the form does; other texts are only cut, so
    /// a file this app wrote comes back exactly as it was.
    pub fn keep_to_limits(&mut self) -> Shortened {
        use super::{baskets, change, goods, lifeline, network, patterson, plan, profile};
        use super::network::StopTarget;
        use super::plan::{action, kpi, reading, topic};
        let mut texts = 0;
        let mut clip = |field: &mut String, max: usize| texts += usize::from(text::clip(field, max));

        let p = &mut self.plan;
        for t in &mut p.own_themes {
            clip(&mut t.name, topic::MAX_THEME_CHARS);
        }
        for e in p.readings.iter_mut().flat_map(|r| r.entries.values_mut()) {
            clip(&mut e.words, reading::MAX_WORDS_CHARS);
            clip(&mut e.coach_note, reading::MAX_WORDS_CHARS);
        }
        for a in &mut p.actions {
            clip(&mut a.what, action::MAX_WHAT_CHARS);
            clip(&mut a.note, action::MAX_NOTE_CHARS);
            clip(&mut a.who.name, action::MAX_WHO_CHARS);
        }
        for c in &mut p.contacts {
            for field in [&mut c.name, &mut c.why, &mut c.phone] {
                clip(field, plan::MAX_CONTACT_CHARS);
            }
        }
        let k = &mut p.closing;
        for i in [
            &mut k.rental_contract,
            &mut k.lasting_housing,
            &mut k.private_network,
            &mut k.professional_network,
            &mut k.recidivism,
            &mut k.other_income,
        ] {
            clip(&mut i.note, kpi::MAX_KPI_NOTE_CHARS);
        }
        clip(&mut k.aftercare, kpi::MAX_AFTERCARE_CHARS);
        if let Some(end) = &mut self.trajectory.end {
            clip(&mut end.words, super::ending::MAX_END_WORDS_CHARS);
        }

        for m in &mut self.lifeline.moments {
            for field in [&mut m.what, &mut m.place, &mut m.who, &mut m.visit.brought_up] {
                clip(field, lifeline::MAX_TEXT_CHARS);
            }
        }

        let n = &mut self.network;
        for person in &mut n.people {
            clip(&mut person.name, network::MAX_NAME_CHARS);
            clip(&mut person.note, lifeline::MAX_TEXT_CHARS);
        }
        for snap in &mut n.snapshots {
            clip(&mut snap.label, network::MAX_NAME_CHARS);
            for e in &mut snap.entries {
                clip(&mut e.name, network::MAX_NAME_CHARS);
            }
        }
        for stop in &mut n.walk {
            if let StopTarget::Place(place) = &mut stop.target {
                clip(place, network::MAX_NAME_CHARS);
            }
            clip(&mut stop.note, lifeline::MAX_TEXT_CHARS);
        }

        let b = &mut self.baskets;
        let versions = b.versions.iter_mut().map(|v| (&mut v.concerns, &mut v.agreed_by));
        for (concerns, agreed_by) in std::iter::once((&mut b.concerns, &mut b.agreed_by)).chain(versions) {
            for c in concerns {
                clip(&mut c.text, baskets::MAX_CONCERN_CHARS);
                clip(&mut c.raised_by, baskets::MAX_NAME_CHARS);
            }
            for name in agreed_by {
                clip(name, baskets::MAX_NAME_CHARS);
            }
        }

        for e in &mut self.goods.entries {
            for field in [&mut e.now, &mut e.obstacles, &mut e.strengths, &mut e.better_way] {
                clip(field, goods::MAX_TEXT_CHARS);
            }
        }
        clip(&mut self.goods.plan, goods::MAX_TEXT_CHARS);

        for t in &mut self.change.themes {
            clip(&mut t.title, change::MAX_TITLE_CHARS);
            for placement in &mut t.placements {
                clip(&mut placement.note, change::MAX_NOTE_CHARS);
            }
        }

        for f in &mut self.patterson.figures {
            clip(&mut f.name, patterson::MAX_NAME_CHARS);
            clip(&mut f.relation, patterson::MAX_NAME_CHARS);
            for notes in &mut f.notes {
                for field in [&mut notes.goes_well, &mut notes.example, &mut notes.try_next] {
                    clip(field, patterson::MAX_TEXT_CHARS);
                }
            }
        }

        // The base of the next exchange obeys the same limits; one level only.
        if let Some(base) = &mut self.exchanged {
            base.exchanged = None;
            texts += base.keep_to_limits().texts;
        }

        let collapsed = self.profile.name.split_whitespace().collect::<Vec<_>>().join(" ");
        let name = text::count(&collapsed) > profile::MAX_NAME_CHARS;
        self.profile.name = profile::clean_name(&self.profile.name);
        Shortened { name, texts }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::profile::ProfileId;

    /// JSON pointers of every string in `v`.
    fn string_leaves(v: &serde_json::Value, at: String, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(_) => out.push(at),
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    string_leaves(item, format!("{at}/{i}"), out);
                }
            }
            serde_json::Value::Object(fields) => {
                for (k, item) in fields {
                    string_leaves(item, format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")), out);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn every_text_with_a_form_limit_is_kept_to_it() {
        // Every string of the demo file (which fills every worksheet) is made far too long, one
        // at a time; those the file still accepts are free texts. After keep_to_limits each one
        // is cut, and a letter with a combining accent is never split.
        let demo = crate::domain::demo::demo_case(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(), false);
        let mut leaves = Vec::new();
        string_leaves(&serde_json::to_value(&demo).unwrap(), String::new(), &mut leaves);
        // Ids and links to other items: no form types them, so they have no limit.
        let not_texts = ["/profile/id", "/link", "/good", "/score"];
        let long = "e\u{301}".repeat(5000);
        let mut file = serde_json::to_value(&demo).unwrap();
        let mut texts = Vec::new();
        for at in leaves.into_iter().filter(|at| !not_texts.iter().any(|n| at.ends_with(n))) {
            let mut trial = file.clone();
            *trial.pointer_mut(&at).unwrap() = long.clone().into();
            if serde_json::from_value::<CaseFile>(trial.clone()).is_ok() {
                file = trial;
                texts.push(at);
            }
        }
        assert!(texts.len() > 100, "the demo fills most fields: {}", texts.len());
        for part in ["/plan/", "/lifeline/", "/network/", "/baskets/", "/goods/", "/change/", "/patterson/"] {
            assert!(texts.iter().any(|t| t.starts_with(part)), "no text found in {part}");
        }

        let mut case: CaseFile = serde_json::from_value(file).unwrap();
        let shortened = case.keep_to_limits();
        assert_eq!(shortened, Shortened { name: true, texts: texts.len() - 1 });
        let after = serde_json::to_value(&case).unwrap();
        for at in &texts {
            let s = after.pointer(at).and_then(|v| v.as_str()).unwrap_or_else(|| panic!("{at} is gone"));
            assert!(text::count(s) <= 3000 && s.len() < long.len(), "{at} was not cut");
            assert!(s.ends_with("e\u{301}"), "{at} was cut inside a character");
        }
        assert_eq!(case.profile.name, "e\u{301}".repeat(crate::domain::profile::MAX_NAME_CHARS));
    }

    #[test]
    fn a_file_this_app_wrote_comes_through_the_limits_unchanged() {
        let demo = crate::domain::demo::demo_case(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(), true);
        let mut case = demo.clone();
        assert_eq!(case.keep_to_limits(), Shortened::default());
        assert_eq!(case, demo);
    }

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
