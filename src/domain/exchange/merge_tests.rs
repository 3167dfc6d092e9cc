//! The merge between the two phones, told as the year goes.

use chrono::NaiveDate;

use super::*;
use crate::domain::lifeline::{Moment, When};
use crate::domain::network::Person;
use crate::domain::plan::{ActionStatus, ReadingKind, Score, TopicId};
use crate::domain::{CaseFile, LifeDomain, Profile, ProfileId};

const WONEN: TopicId = TopicId::Domain(LifeDomain::Wonen);
const NETWERK: TopicId = TopicId::Domain(LifeDomain::Netwerk);

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
}

/// The coach's file at the support plan: one reading with a score and the coach's view, one action.
fn coach_start() -> CaseFile {
    let mut c = CaseFile::new(Profile::new(ProfileId("p-sam".into()), "Sam", Some(day(1)), day(1)));
    let r = c.start_reading(ReadingKind::SupportPlan, Some(day(2)), "Ondersteuningsplan");
    c.plan.set_score(r, WONEN, Score::Value(3));
    c.plan.set_words(r, WONEN, "Ik slaap bij een vriend");
    c.plan.set_coach(r, WONEN, Some(5));
    c.plan.set_coach_note(r, WONEN, "Er is een plek in zicht");
    let a = c.plan.add_action(WONEN);
    c.plan.action_mut(a).unwrap().what = "Huurcontract bekijken".into();
    c
}

/// What both phones hold after the coach handed the plan over: the coach's file with the base
/// set, and the young person's copy with the same base.
fn handed_over(coach: &CaseFile) -> (CaseFile, CaseFile) {
    let copy = for_young_person(coach, false);
    let young = plan_merge(&CaseFile { exchanged: None, ..copy.clone() }, &copy, Side::YoungPerson).unwrap().apply(&[]);
    let mut c = coach.clone();
    c.exchanged = Some(Box::new(copy));
    (c, young)
}

fn receive(mine: &CaseFile, theirs: &CaseFile, receiver: Side) -> (MergePlan, CaseFile) {
    let sent = match receiver {
        Side::Coach => for_coach(theirs),
        Side::YoungPerson => for_young_person(theirs, false),
    };
    let plan = plan_merge(mine, &sent, receiver).unwrap();
    let out = plan.apply(&[]);
    (plan, out)
}

fn again_changes_nothing(result: &CaseFile, theirs: &CaseFile, receiver: Side) {
    let sent = match receiver {
        Side::Coach => for_coach(theirs),
        Side::YoungPerson => for_young_person(theirs, false),
    };
    let plan = plan_merge(result, &sent, receiver).unwrap();
    assert!(plan.summary.is_empty(), "{:?}", plan.summary);
    assert!(plan.conflicts.is_empty(), "{:?}", plan.conflicts);
    assert_eq!(&plan.apply(&[]), result);
}

#[test]
fn the_young_persons_new_reading_scores_moments_and_people_reach_the_coach() {
    let (coach, mut young) = handed_over(&coach_start());
    let r = young.start_reading(ReadingKind::Evaluation1, Some(day(20)), "Evaluatie 1");
    young.plan.set_score(r, WONEN, Score::Value(6));
    young.plan.set_words(r, WONEN, "Ik heb een studio");
    young.plan.set_score(r, NETWERK, Score::Value(4));
    let action = young.plan.actions[0].id;
    young.plan.action_mut(action).unwrap().set_status(ActionStatus::Done, day(19));
    young.lifeline.add_moment(Moment { what: "Eerste eigen sleutel".into(), when: When::Year(2026), ..Default::default() });
    young.network.add_person(Person { name: "Noor".into(), ..Default::default() });

    let (plan, merged) = receive(&coach, &young, Side::Coach);
    let s = plan.summary;
    assert_eq!((s.new_readings, s.new_scores, s.words_changed), (1, 2, 1), "{s:?}");
    assert_eq!((s.actions_done, s.new_actions, s.new_moments, s.new_people), (1, 0, 1, 1), "{s:?}");
    assert!(plan.conflicts.is_empty());
    assert_eq!(merged.plan.readings.len(), 2);
    assert_eq!(merged.plan.action(action).unwrap().status, ActionStatus::Done);
    // The coach's own view on the first reading stays on the coach's phone.
    let first = &merged.plan.readings[0].entries[&WONEN];
    assert_eq!((first.coach, first.coach_note.as_str()), (Some(5), "Er is een plek in zicht"));
    assert_eq!(merged.lifeline.moments.len(), 1);
    assert_eq!(merged.network.people.len(), 1);
    again_changes_nothing(&merged, &young, Side::Coach);
}

#[test]
fn the_coachs_new_action_reaches_the_young_person_without_the_coachs_view() {
    let (mut coach, young) = handed_over(&coach_start());
    let a = coach.plan.add_action(NETWERK);
    coach.plan.action_mut(a).unwrap().what = "Bellen met tante Lies".into();
    let r = coach.plan.readings[0].id;
    coach.plan.set_coach_note(r, NETWERK, "Weinig contact");
    let (plan, merged) = receive(&young, &coach, Side::YoungPerson);
    assert_eq!(plan.summary.new_actions, 1);
    assert!(plan.conflicts.is_empty());
    assert_eq!(merged.plan.actions.len(), 2);
    assert!(merged.plan.readings[0].entries.values().all(|e| e.coach.is_none() && e.coach_note.is_empty()));
    again_changes_nothing(&merged, &coach, Side::YoungPerson);
}

#[test]
fn both_changing_the_same_thing_is_asked_and_either_version_can_be_kept() {
    let (mut coach, mut young) = handed_over(&coach_start());
    let a = coach.plan.actions[0].id;
    coach.plan.action_mut(a).unwrap().what = "Huurcontract bekijken met Noor".into();
    young.plan.action_mut(a).unwrap().what = "Huurcontract lezen".into();
    coach.lifeline.birth_year = Some(2005);
    young.lifeline.birth_year = Some(2006);

    let plan = plan_merge(&coach, &for_coach(&young), Side::Coach).unwrap();
    assert_eq!(plan.conflicts.len(), 2, "{:?}", plan.conflicts);
    let c = &plan.conflicts[0];
    assert_eq!((c.area, c.field.as_str()), (Area::Plan, "what"));
    assert_eq!((c.mine.as_str(), c.theirs.as_str()), ("Huurcontract bekijken met Noor", "Huurcontract lezen"));
    assert_eq!(c.what, "Huurcontract bekijken met Noor");
    assert_eq!((plan.conflicts[1].area, plan.conflicts[1].field.as_str()), (Area::Lifeline, "birth_year"));

    let kept = plan.apply(&[]);
    assert_eq!(kept.plan.action(a).unwrap().what, "Huurcontract bekijken met Noor");
    assert_eq!(kept.lifeline.birth_year, Some(2005));
    let taken = plan.apply(&[Pick::Theirs, Pick::Theirs]);
    assert_eq!(taken.plan.action(a).unwrap().what, "Huurcontract lezen");
    assert_eq!(taken.lifeline.birth_year, Some(2006));
    let mixed = plan.apply(&[Pick::Mine, Pick::Theirs]);
    // (plan before lifeline: the order of the app's parts)
    assert_eq!((mixed.plan.action(a).unwrap().what.as_str(), mixed.lifeline.birth_year), ("Huurcontract bekijken met Noor", Some(2006)));
    for result in [kept, taken, mixed] {
        again_changes_nothing(&result, &young, Side::Coach);
    }
}

#[test]
fn an_item_deleted_on_one_phone_and_changed_on_the_other_is_asked() {
    let (mut coach, mut young) = handed_over(&coach_start());
    let a = coach.plan.actions[0].id;
    coach.plan.remove_action(a);
    young.plan.action_mut(a).unwrap().due = Some(day(30));
    let plan = plan_merge(&coach, &for_coach(&young), Side::Coach).unwrap();
    assert_eq!(plan.conflicts.len(), 1);
    assert_eq!((plan.conflicts[0].mine.as_str(), plan.conflicts[0].theirs.as_str()), ("", "Huurcontract bekijken"));
    assert!(plan.apply(&[]).plan.actions.is_empty());
    assert_eq!(plan.apply(&[Pick::Theirs]).plan.action(a).unwrap().due, Some(day(30)));
    // Deleted on one side and untouched on the other: deleted, unasked.
    let (coach, mut young) = handed_over(&coach_start());
    young.plan.remove_action(a);
    let (plan, merged) = receive(&coach, &young, Side::Coach);
    assert!(plan.conflicts.is_empty() && merged.plan.actions.is_empty());
    assert_eq!(plan.summary.other_changes, 1);
}

#[test]
fn the_young_persons_own_score_is_never_replaced_by_the_coachs() {
    for receiver in [Side::Coach, Side::YoungPerson] {
        let (mut coach, mut young) = handed_over(&coach_start());
        let r = coach.plan.readings[0].id;
        coach.plan.set_score(r, WONEN, Score::Value(2));
        coach.plan.set_words(r, WONEN, "Zegt de coach");
        young.plan.set_score(r, WONEN, Score::Value(7));
        young.plan.set_words(r, WONEN, "Het gaat beter");
        let (mine, theirs) = match receiver {
            Side::Coach => (&coach, &young),
            Side::YoungPerson => (&young, &coach),
        };
        let (plan, merged) = receive(mine, theirs, receiver);
        assert!(plan.conflicts.is_empty(), "{receiver:?}: {:?}", plan.conflicts);
        let e = &merged.plan.readings[0].entries[&WONEN];
        assert_eq!((e.score, e.words.as_str()), (Score::Value(7), "Het gaat beter"), "{receiver:?}");
        again_changes_nothing(&merged, theirs, receiver);
    }
    // At the first meeting (no base) too.
    let coach = coach_start();
    let mut young = for_young_person(&coach, false);
    let r = young.plan.readings[0].id;
    young.plan.set_score(r, WONEN, Score::Value(9));
    let mut coach2 = coach.clone();
    coach2.plan.set_score(r, WONEN, Score::Value(1));
    let merged = plan_merge(&coach2, &for_coach(&young), Side::Coach).unwrap().apply(&[]);
    assert_eq!(merged.plan.readings[0].entries[&WONEN].score, Score::Value(9));
}

#[test]
fn the_coachs_fields_from_the_young_persons_phone_are_ignored() {
    let (coach, mut young) = handed_over(&coach_start());
    let r = young.plan.readings[0].id;
    young.plan.set_coach(r, WONEN, Some(0));
    young.plan.set_coach_note(r, NETWERK, "stale");
    // Even unstripped (an old app), they do not reach the coach's view.
    let plan = plan_merge(&coach, &young, Side::Coach).unwrap();
    let merged = plan.apply(&[]);
    assert_eq!(merged.plan.readings[0].entries[&WONEN].coach, Some(5));
    assert!(!merged.plan.readings[0].entries.contains_key(&NETWERK));
}

#[test]
fn another_young_persons_file_is_refused() {
    let coach = coach_start();
    let mut other = coach.clone();
    other.profile.id = ProfileId("p-noor".into());
    assert_eq!(plan_merge(&coach, &other, Side::Coach), Err(MergeRefusal::OtherPerson));
}

#[test]
fn same_numbers_added_on_both_phones_are_both_kept() {
    let (mut coach, mut young) = handed_over(&coach_start());
    let a = coach.plan.add_action(WONEN);
    coach.plan.action_mut(a).unwrap().what = "Afspraak OCMW".into();
    let b = young.plan.add_action(WONEN);
    young.plan.action_mut(b).unwrap().what = "Zelf bellen naar de huisbaas".into();
    let r = young.start_reading(ReadingKind::Interim, Some(day(25)), "Tussentijds");
    young.plan.set_score(r, WONEN, Score::Value(5));
    young.plan.mark_reviewed(b, true);
    assert_eq!(a, b, "both phones numbered their action the same");

    let (plan, merged) = receive(&coach, &young, Side::Coach);
    assert!(plan.conflicts.is_empty(), "{:?}", plan.conflicts);
    assert_eq!(plan.summary.new_actions, 1);
    let texts: Vec<&str> = merged.plan.actions.iter().map(|x| x.what.as_str()).collect();
    assert_eq!(texts, ["Huurcontract bekijken", "Afspraak OCMW", "Zelf bellen naar de huisbaas"]);
    let theirs = merged.plan.actions.iter().find(|x| x.what.starts_with("Zelf")).unwrap();
    let reading = merged.plan.readings.last().unwrap();
    assert_eq!(theirs.reviewed_at, Some(reading.id), "the reference follows the renumbered reading");
    let ids: std::collections::BTreeSet<u32> =
        merged.plan.actions.iter().map(|x| x.id).chain(merged.plan.readings.iter().map(|x| x.id)).collect();
    assert_eq!(ids.len(), 5, "every number once");
    let mut next = merged.clone();
    assert!(!ids.contains(&next.plan.fresh_id()));
    again_changes_nothing(&merged, &young, Side::Coach);

    // The coach sends the result back: the young person's phone takes the coach's numbers.
    let (plan, back) = receive(&young, &merged, Side::YoungPerson);
    assert!(plan.conflicts.is_empty(), "{:?}", plan.conflicts);
    assert_eq!(back.plan.actions.len(), 3);
    assert_eq!(plan.summary.new_actions, 1, "only the coach's new action is new here");
    // And the next file from the young person adds nothing twice.
    let (plan, _) = receive(&merged, &back, Side::Coach);
    assert!(plan.summary.is_empty() && plan.conflicts.is_empty(), "{:?} {:?}", plan.summary, plan.conflicts);
}

#[test]
fn first_meeting_disjoint_additions_give_the_same_result_either_way_round() {
    let start = coach_start();
    let mut a = start.clone();
    a.lifeline.add_moment(Moment { what: "Geboren in Brugge".into(), ..Default::default() });
    a.network.add_person(Person { name: "Nadia".into(), ..Default::default() });
    let mut b = start.clone();
    b.baskets.next_id = 0;
    b.goods.plan = "Sporten in een club".into();
    let x = b.plan.add_contact();
    b.plan.contacts.retain(|c| c.id != x);
    let one = plan_merge(&a, &b, Side::Coach).unwrap();
    let two = plan_merge(&b, &a, Side::Coach).unwrap();
    assert!(one.conflicts.is_empty() && two.conflicts.is_empty());
    let (mut one, mut two) = (one.apply(&[]), two.apply(&[]));
    one.exchanged = None;
    two.exchanged = None;
    assert_eq!(one, two);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// One edit a phone can make; applied by index so the same edit fits any file.
    #[derive(Clone, Debug)]
    enum Edit {
        Score(u8, u8),
        Words(u8, String),
        Coach(u8, u8),
        AddAction(String),
        EditAction(u8, String),
        DoneAction(u8),
        RemoveAction(u8),
        AddMoment(String),
        AddPerson(String),
        Reading,
        BirthYear(i32),
    }

    fn edit() -> impl Strategy<Value = Edit> {
        let text = "[a-c]{0,3}";
        prop_oneof![
            (0u8..4, 0u8..11).prop_map(|(t, s)| Edit::Score(t, s)),
            (0u8..4, text).prop_map(|(t, s)| Edit::Words(t, s)),
            (0u8..4, 0u8..11).prop_map(|(t, s)| Edit::Coach(t, s)),
            text.prop_map(Edit::AddAction),
            (0u8..4, text).prop_map(|(i, s)| Edit::EditAction(i, s)),
            (0u8..4).prop_map(Edit::DoneAction),
            (0u8..4).prop_map(Edit::RemoveAction),
            text.prop_map(Edit::AddMoment),
            text.prop_map(Edit::AddPerson),
            Just(Edit::Reading),
            (2000i32..2003).prop_map(Edit::BirthYear),
        ]
    }

    fn apply_edit(c: &mut CaseFile, e: &Edit) {
        let topic = |t: u8| TopicId::Domain(LifeDomain::ALL[t as usize]);
        let latest = c.plan.latest().map(|r| r.id);
        let nth = |c: &CaseFile, i: u8| (!c.plan.actions.is_empty()).then(|| c.plan.actions[i as usize % c.plan.actions.len()].id);
        match e {
            Edit::Score(t, s) => {
                latest.map(|r| c.plan.set_score(r, topic(*t), Score::Value(*s)));
            }
            Edit::Words(t, s) => {
                latest.map(|r| c.plan.set_words(r, topic(*t), s));
            }
            Edit::Coach(t, s) => {
                latest.map(|r| c.plan.set_coach(r, topic(*t), Some(*s)));
            }
            Edit::AddAction(s) => {
                let id = c.plan.add_action(topic(0));
                c.plan.action_mut(id).unwrap().what = s.clone();
            }
            Edit::EditAction(i, s) => {
                if let Some(id) = nth(c, *i) {
                    c.plan.action_mut(id).unwrap().what = s.clone();
                }
            }
            Edit::DoneAction(i) => {
                if let Some(id) = nth(c, *i) {
                    c.plan.action_mut(id).unwrap().set_status(ActionStatus::Done, day(9));
                }
            }
            Edit::RemoveAction(i) => {
                if let Some(id) = nth(c, *i) {
                    c.plan.remove_action(id);
                }
            }
            Edit::AddMoment(s) => {
                c.lifeline.add_moment(Moment { what: s.clone(), ..Default::default() });
            }
            Edit::AddPerson(s) => {
                c.network.add_person(Person { name: s.clone(), ..Default::default() });
            }
            Edit::Reading => {
                c.start_reading(ReadingKind::Interim, None, "x");
            }
            Edit::BirthYear(y) => c.lifeline.birth_year = Some(*y),
        }
    }

    fn picks() -> impl Strategy<Value = Vec<bool>> {
        proptest::collection::vec(any::<bool>(), 0..6)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        /// Whatever both phones did and whatever was picked, the same file again changes
        /// nothing; and a second round from the other phone keeps working.
        #[test]
        fn importing_the_same_file_again_changes_nothing(
            first_meeting in any::<bool>(),
            coach_edits in proptest::collection::vec(edit(), 0..6),
            young_edits in proptest::collection::vec(edit(), 0..6),
            picks in picks(),
            young_receives in any::<bool>(),
        ) {
            let (mut coach, mut young) = handed_over(&coach_start());
            if first_meeting {
                coach.exchanged = None;
                young.exchanged = None;
            }
            coach_edits.iter().for_each(|e| apply_edit(&mut coach, e));
            young_edits.iter().for_each(|e| apply_edit(&mut young, e));
            let (mine, sent, receiver) = if young_receives {
                (&young, for_young_person(&coach, false), Side::YoungPerson)
            } else {
                (&coach, for_coach(&young), Side::Coach)
            };
            let plan = plan_merge(mine, &sent, receiver).unwrap();
            let picks: Vec<Pick> = picks.iter().map(|p| if *p { Pick::Theirs } else { Pick::Mine }).collect();
            let result = plan.apply(&picks);
            prop_assert!(result.exchanged.as_ref().is_some_and(|b| b.exchanged.is_none()), "never nested");
            let again = plan_merge(&result, &sent, receiver).unwrap();
            prop_assert!(again.summary.is_empty(), "{:?}", again.summary);
            prop_assert!(again.conflicts.is_empty(), "{:?}", again.conflicts);
            prop_assert_eq!(&again.apply(&[]), &result);
            // The young person's own scores: the young person's side wherever both changed them.
            for r in &result.plan.readings {
                if let Some(yr) = young.plan.reading(r.id) {
                    for (t, e) in &r.entries {
                        if let (Some(y), Some(c)) = (yr.entry(*t), coach.plan.entry(r.id, *t)) {
                            if y.score != c.score && !first_meeting {
                                let base = young.exchanged.as_ref().and_then(|b| b.plan.entry(r.id, *t)).map_or(Score::Skipped, |b| b.score);
                                if base != y.score && base != c.score {
                                    prop_assert_eq!(e.score, y.score);
                                }
                            }
                        }
                    }
                }
            }
        }

        /// Additions on one phone and other additions on the other: the same merged file
        /// whichever phone receives, at a first meeting.
        #[test]
        fn disjoint_additions_merge_the_same_either_way_round(
            moments in proptest::collection::vec("[a-c]{1,3}", 0..4),
            people in proptest::collection::vec("[a-c]{1,3}", 0..4),
        ) {
            let start = coach_start();
            let mut a = start.clone();
            moments.iter().for_each(|m| apply_edit(&mut a, &Edit::AddMoment(m.clone())));
            let mut b = start.clone();
            people.iter().for_each(|p| apply_edit(&mut b, &Edit::AddPerson(p.clone())));
            let mut one = plan_merge(&a, &b, Side::Coach).unwrap().apply(&[]);
            let mut two = plan_merge(&b, &a, Side::Coach).unwrap().apply(&[]);
            one.exchanged = None;
            two.exchanged = None;
            prop_assert_eq!(one, two);
        }
    }
}


#[test]
fn a_renumbered_action_is_recognised_through_its_renumbered_reading() {
    // Both phones started a reading (the same number, another day); the young person also
    // added an action at theirs.
    let (mut coach, mut young) = handed_over(&coach_start());
    coach.start_reading(ReadingKind::Interim, Some(day(10)), "x");
    coach.start_reading(ReadingKind::Interim, Some(day(11)), "x");
    young.start_reading(ReadingKind::Interim, Some(day(12)), "x");
    young.plan.add_action(WONEN);
    let (plan, merged) = receive(&coach, &young, Side::Coach);
    assert_eq!((plan.summary.new_readings, plan.summary.new_actions), (1, 1));
    assert_eq!(merged.plan.readings.len(), 4);
    let added = merged.plan.actions.last().unwrap();
    assert_eq!(added.added_at, merged.plan.readings.last().map(|r| r.id));
    again_changes_nothing(&merged, &young, Side::Coach);
}
