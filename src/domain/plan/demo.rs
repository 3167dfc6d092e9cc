//! Generated plans for the benchmark (and for trying the screens with a full year of data).
//! Deterministic: the same arguments always give the same plan.

use chrono::{Duration, NaiveDate};

use super::action::{ActionStatus, WhoKind};
use super::reading::{ReadingKind, Score};
use super::SupportPlan;
use crate::domain::{CaseFile, LifeDomain, Profile, ProfileId};

/// A small linear congruential generator: enough variety for test data, no dependency.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u32) -> u32 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % below.max(1) as u64) as u32
    }
}

const WORDS: [&str; 8] = [
    "Gaat beter dan vorige keer.",
    "Nog veel stress, maar ik hou vol.",
    "Ik heb een afspraak gemaakt.",
    "Daar wil ik nu nog niet over praten.",
    "Mijn zus helpt me hiermee.",
    "Het is een stap vooruit.",
    "Soms lukt het, soms niet.",
    "Ik ben er trots op.",
];

const WHAT: [&str; 8] = [
    "Samen naar het OCMW voor een afspraak over het leefloon",
    "Identiteitskaart aanvragen bij de gemeente",
    "Drie woningen bezoeken via de woonmaatschappij",
    "Mijn tante bellen om af te spreken",
    "Inschrijven bij de VDAB",
    "Afspraak maken bij de huisarts",
    "Een budgetplan opmaken met de begeleider",
    "Op zondag gaan voetballen met Yassin",
];

/// A plan with `readings` readings over `topics` topics (the 13 life domains first, then own
/// themes for the rest) and `actions` actions, starting at `start`.
pub fn demo_heavy_plan(readings: usize, topics: usize, actions: usize, start: NaiveDate) -> SupportPlan {
    let mut rng = Lcg(0x05ee_db07);
    let mut plan = SupportPlan::default();
    for i in LifeDomain::ALL.len()..topics {
        plan.add_theme(&format!("Eigen thema {}", i - LifeDomain::ALL.len() + 1));
    }
    let mut all = plan.topics();
    all.truncate(topics);
    for t in plan.topics().into_iter().skip(topics) {
        plan.set_active(t, false);
    }
    let kinds = [
        ReadingKind::SupportPlan,
        ReadingKind::Evaluation1,
        ReadingKind::Evaluation2,
        ReadingKind::Evaluation3,
        ReadingKind::Closing,
    ];
    for r in 0..readings {
        let kind = kinds.get(r).copied().unwrap_or(ReadingKind::Interim);
        let date = start + Duration::days(42 + 30 * r as i64);
        let id = plan.start_reading(kind, Some(date));
        for (k, t) in all.iter().enumerate() {
            let base = 2 + (k as u32 % 5) + (r as u32 * 4 / readings.max(1) as u32);
            let score = match rng.next(20) {
                0 => Score::NotForMe,
                1 => Score::Skipped,
                j => Score::Value((base + j % 3).min(10) as u8),
            };
            plan.set_score(id, *t, score);
            if rng.next(3) > 0 {
                plan.set_words(id, *t, WORDS[rng.next(WORDS.len() as u32) as usize]);
            }
            if rng.next(4) == 0 {
                plan.set_coach(id, *t, Some(rng.next(11) as u8));
            }
        }
    }
    for a in 0..actions {
        let topic = all[a % all.len().max(1)];
        let id = plan.add_action(topic);
        let status = match rng.next(6) {
            0 => ActionStatus::Done,
            1 => ActionStatus::Changed,
            2 => ActionStatus::Stopped,
            _ => ActionStatus::Open,
        };
        let action = plan.action_mut(id).expect("just added");
        action.what = WHAT[a % WHAT.len()].to_string();
        action.who.kind = WhoKind::ALL[rng.next(4) as usize];
        if action.who.kind == WhoKind::Netwerk {
            action.who.name = "tante Nadia".into();
        } else if action.who.kind == WhoKind::Dienst {
            action.who.name = "OCMW".into();
        }
        action.due = Some(start + Duration::days(30 + 9 * a as i64));
        action.status = status;
        if a % 4 == 0 {
            action.note = "Besproken op de evaluatie.".into();
        }
    }
    plan
}

/// A whole case file around [`demo_heavy_plan`] (10 readings × 15 topics × 40 actions).
pub fn demo_heavy_case(id: &str, start: NaiveDate) -> CaseFile {
    let mut case = CaseFile::new(Profile::new(ProfileId(id.to_string()), "Demo Sam", Some(start), start));
    case.plan = demo_heavy_plan(10, 15, 40, start);
    case
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_heavy_plan_has_the_asked_size_and_is_stable() {
        let start = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        let p = demo_heavy_plan(10, 15, 40, start);
        assert_eq!(p.readings.len(), 10);
        assert_eq!(p.active_topics().len(), 15);
        assert_eq!(p.own_themes.len(), 2);
        assert_eq!(p.actions.len(), 40);
        assert!(p.readings.iter().all(|r| r.entries.len() >= 10));
        assert_eq!(p, demo_heavy_plan(10, 15, 40, start), "deterministic");
        let case = demo_heavy_case("bench-heavy", start);
        let json = serde_json::to_string(&case).unwrap();
        assert!(json.len() < 60_000, "the stored file stays small: {} bytes", json.len());
        // Fewer topics than domains switches the rest off.
        let small = demo_heavy_plan(2, 5, 3, start);
        assert_eq!(small.active_topics().len(), 5);
    }
}
