//! The young person's own copy of their plan ("Mijn plan") and how the coach's phone and theirs
//! stay in step without a server: files sent through the share sheet, sealed with a code.
//!
//! - [`for_young_person`] / [`for_coach`]: what leaves a phone (see the field rule below);
//!   [`mark_sent`] after sending, [`first_copy`] for a young person this phone does not have.
//! - [`plan_merge`] and [`MergePlan::apply`]: a received file brought into this phone's version
//!   (module [`merge_plan`]); same-id additions are renumbered first ([`renumber`]).
//! - [`code`]: the 12-character code that seals a file; [`file`]: the sealed file's bytes and
//!   the parcel inside it. The encryption itself is WebCrypto, in `storage::share`.
//!
//! # Whose field is it
//!
//! | field | owner | leaves the coach's phone | on a merge |
//! |---|---|---|---|
//! | `Entry.score`, `Entry.words` | young person | yes | 3-way; on a conflict the young person's side wins, unasked |
//! | `Entry.coach`, `Entry.coach_note` | coach | only with "share my scores" | the coach's phone keeps its own; the young person's phone takes the coach's |
//! | `plan.closing`: the six indicators (rental contract, recidivism, ...) | coach | no: programme registration | as above |
//! | `plan.closing.aftercare` | both | yes: the aftercare plan is theirs to keep | 3-way |
//! | `trajectory.moved`, `trajectory.done_by_hand` | coach | no: the coach's planning | as above |
//! | `trajectory.end`, `trajectory.check` (how it ended, the six-month recidivism check) | coach | no: programme registration | as above |
//! | `trajectory.aftercare` | both | yes: the young person's choice | 3-way |
//! | `patterson` (whole sheet) | coach | no: a conversation with a parent about their parenting | as above |
//! | `plan.handover` | this phone | no: where the hand-over flow stands on this phone | this phone's |
//! | `exchanged` | this phone | no: the base of the next merge | set by the merge |
//! | everything else (profile, readings, actions, contacts, themes, lifeline, network, baskets, goods, change cycle) | both | yes | 3-way |

pub mod code;
pub mod file;
pub mod merge_plan;
pub mod renumber;

// Native only: proptest (via getrandom) does not build for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod merge_tests;

pub use code::{new_code, CodeError, ShareCode};
pub use file::{FileError, Parcel, ParcelError, ParcelKind, SealedFile};
pub use merge_plan::{plan_merge, Area, ChangeSummary, Conflict, MergePlan, MergeRefusal, Pick};

use serde::{Deserialize, Serialize};

use super::ending::SixMonthCheck;
use super::patterson::PattersonSheet;
use super::plan::kpi::ClosingKpis;
use super::CaseFile;

/// Whose phone: the coach's or the young person's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    Coach,
    YoungPerson,
}

/// The copy that goes to the young person's phone: the coach's fields left out (see the table
/// in the module docs; `share_coach_scores` keeps the coach's score and note beside theirs),
/// and nothing of this phone's own (hand-over step, merge base).
pub fn for_young_person(case: &CaseFile, share_coach_scores: bool) -> CaseFile {
    let mut out = leave_out_local(case);
    if !share_coach_scores {
        clear_coach_scores(&mut out);
    }
    clear_coach_records(&mut out);
    out
}

/// The copy that goes from the young person's phone back to the coach: without this phone's
/// own (hand-over step, merge base) and without the coach's fields, which the coach's phone
/// has anyway (what is on the young person's phone is a copy, possibly an old one).
pub fn for_coach(case: &CaseFile) -> CaseFile {
    let mut out = leave_out_local(case);
    clear_coach_scores(&mut out);
    clear_coach_records(&mut out);
    out
}

fn leave_out_local(case: &CaseFile) -> CaseFile {
    let mut out = case.clone();
    out.exchanged = None;
    out.plan.handover = None;
    out
}

/// A received file for a young person this phone does not have yet ("Mijn plan" arriving on
/// the young person's phone for the first time): kept as it came, with itself as the base of
/// the next merge.
pub fn first_copy(received: &CaseFile) -> CaseFile {
    let mut case = received.clone();
    case.exchanged = None;
    case.exchanged = Some(Box::new(case.clone()));
    case
}

/// After `sent` (made by [`for_young_person`] or [`for_coach`]) left this phone: when the two
/// phones never met before, it becomes this file's base, so the first file back is merged
/// 3-way instead of asking about everything that differs. A base that is already there stays:
/// the other phone may not import this file, and only a version both have can be a base.
pub fn mark_sent(case: &mut CaseFile, sent: &CaseFile) {
    if case.exchanged.is_none() {
        let mut base = sent.clone();
        base.exchanged = None;
        case.exchanged = Some(Box::new(base));
    }
}

/// The coach's score and note beside each of the young person's scores.
fn clear_coach_scores(case: &mut CaseFile) {
    for r in &mut case.plan.readings {
        for e in r.entries.values_mut() {
            e.coach = None;
            e.coach_note.clear();
        }
        r.entries.retain(|_, e| !e.is_blank());
    }
}

/// The coach's records that are not beside a score: indicators, planning, Patterson.
fn clear_coach_records(case: &mut CaseFile) {
    let aftercare = std::mem::take(&mut case.plan.closing.aftercare);
    case.plan.closing = ClosingKpis { aftercare, ..ClosingKpis::default() };
    case.trajectory.moved.clear();
    case.trajectory.done_by_hand.clear();
    case.trajectory.end = None;
    case.trajectory.check = SixMonthCheck::default();
    case.patterson = PattersonSheet::default();
}

/// Copies the coach's fields (see the module docs) of `from` into `to`: a score's coach part
/// per reading and topic (readings `to` does not have are left alone), the indicators, the
/// planning and the Patterson sheet. An entry that only holds the coach's part is created.
pub(crate) fn copy_coach_fields(from: &CaseFile, to: &mut CaseFile) {
    for r in &mut to.plan.readings {
        let theirs = from.plan.reading(r.id);
        for e in r.entries.values_mut() {
            e.coach = None;
            e.coach_note.clear();
        }
        if let Some(theirs) = theirs {
            for (topic, e) in &theirs.entries {
                if e.coach.is_some() || !e.coach_note.is_empty() {
                    let mine = r.entries.entry(*topic).or_default();
                    mine.coach = e.coach;
                    mine.coach_note = e.coach_note.clone();
                }
            }
        }
        r.entries.retain(|_, e| !e.is_blank());
    }
    let aftercare = std::mem::take(&mut to.plan.closing.aftercare);
    to.plan.closing = ClosingKpis { aftercare, ..from.plan.closing.clone() };
    to.trajectory.moved = from.trajectory.moved.clone();
    to.trajectory.done_by_hand = from.trajectory.done_by_hand.clone();
    to.trajectory.end = from.trajectory.end.clone();
    to.trajectory.check = from.trajectory.check.clone();
    to.patterson = from.patterson.clone();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::demo::demo_case;
    use chrono::NaiveDate;

    fn demo() -> CaseFile {
        let mut case = demo_case(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(), true);
        case.exchanged = Some(Box::new(case.clone()));
        case
    }

    #[test]
    fn the_young_persons_copy_leaves_out_what_is_the_coachs() {
        let case = demo();
        assert!(case.plan.readings.iter().flat_map(|r| r.entries.values()).any(|e| e.coach.is_some()));
        assert!(!case.patterson.figures.is_empty(), "the demo fills Patterson");
        let copy = for_young_person(&case, false);
        let json = serde_json::to_string(&copy).unwrap();
        assert!(!json.contains("\"coach\":") && !json.contains("coach_note"));
        assert!(copy.exchanged.is_none() && copy.plan.handover.is_none());
        assert!(copy.patterson.figures.is_empty());
        assert_eq!(copy.plan.closing.recidivism, Default::default());
        assert_eq!(copy.plan.closing.aftercare, case.plan.closing.aftercare);
        assert!(copy.trajectory.moved.is_empty() && copy.trajectory.done_by_hand.is_empty());
        // The young person's own words and everything shared come along unchanged.
        assert_eq!(copy.lifeline, case.lifeline);
        assert_eq!(copy.network, case.network);
        assert_eq!(copy.plan.actions, case.plan.actions);
        for (r, c) in case.plan.readings.iter().zip(&copy.plan.readings) {
            for (t, e) in &r.entries {
                if e.is_answered() {
                    assert_eq!((c.entries[t].score, &c.entries[t].words), (e.score, &e.words));
                }
            }
        }
    }

    #[test]
    fn sharing_the_coachs_scores_keeps_them_beside_theirs() {
        let case = demo();
        let copy = for_young_person(&case, true);
        for (r, c) in case.plan.readings.iter().zip(&copy.plan.readings) {
            assert_eq!(r.entries, c.entries);
        }
        assert!(copy.patterson.figures.is_empty() && copy.exchanged.is_none());
    }

    #[test]
    fn how_the_trajectory_ended_and_the_six_month_check_stay_on_the_coachs_phone() {
        use crate::domain::ending::{EndKind, StopReason, TrajectoryEnd};
        use crate::domain::plan::Answer;
        let mut case = demo();
        case.trajectory.end = Some(TrajectoryEnd {
            kind: EndKind::StoppedEarly,
            date: NaiveDate::from_ymd_opt(2026, 10, 1),
            reason: Some(StopReason::Detention),
            words: "terug in de gevangenis".into(),
        });
        case.trajectory.check = SixMonthCheck { answer: Answer::Yes, on: NaiveDate::from_ymd_opt(2027, 4, 1) };
        let copy = for_young_person(&case, true);
        assert_eq!((copy.trajectory.end.clone(), copy.trajectory.check.clone()), (None, SixMonthCheck::default()));
        let json = serde_json::to_string(&copy).unwrap();
        assert!(!json.contains("gevangenis") && !json.contains("stopped-early"));
        // Coming back, the coach's own record is what stays.
        let mut back = for_coach(&copy);
        copy_coach_fields(&case, &mut back);
        assert_eq!(back.trajectory.end, case.trajectory.end);
        assert_eq!(back.trajectory.check, case.trajectory.check);
    }

    #[test]
    fn the_copy_back_to_the_coach_carries_no_coach_fields_and_no_base() {
        let copy = for_coach(&for_young_person(&demo(), true));
        let json = serde_json::to_string(&copy).unwrap();
        assert!(!json.contains("\"coach\":") && !json.contains("coach_note") && !json.contains("exchanged"));
    }
}
