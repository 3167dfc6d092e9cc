//! Items added on both phones between two meetings can carry the same number: each phone
//! hands out ids from its own counter. Before merging, such a pair is told apart, so neither
//! is dropped or mixed with the other.
//!
//! For each id that is not in the base but is on both sides with different content:
//! - if one side holds the other's item under a number the other side does not use (the item
//!   was renumbered at an earlier meeting and the other phone has not seen that yet), the two
//!   are the same item: the side with the clashing number takes the other's number;
//! - otherwise the received item ("theirs") gets a fresh number, above every number either
//!   phone used, and every reference to it on that side follows (an action's `reviewed_at`
//!   and `added_at`, the hand-over step's reading, an own theme's topic, a walk stop's or a
//!   map version's person, an action's network person, a basket version's concern).
//!
//! Numbers are only compared within one counter (the plan's readings, actions, themes and
//! contacts share one; so do the network's people, versions and stops).

use std::collections::{BTreeMap, BTreeSet};

use crate::domain::network::StopTarget;
use crate::domain::plan::TopicId;
use crate::domain::CaseFile;

/// A renumbering per counter: old id → new id.
type Renames = BTreeMap<u32, u32>;

/// Renumbers `theirs` (and, where it takes the other's number, `mine`) as described in the
/// module docs. Returns whether anything changed.
pub fn renumber(base: Option<&CaseFile>, mine: &mut CaseFile, theirs: &mut CaseFile) -> bool {
    let mut changed = false;
    for counter in Counter::ALL {
        let base_ids = base.map(|b| counter.ids(b)).unwrap_or_default();
        // Items recognised first, one step at a time: an action is only recognised once the
        // reading it refers to carries its number here. Fresh numbers come last.
        for pass in 0..=16 {
            let fresh = pass == 16;
            let (m, t) = plan_renames(counter, &base_ids, mine, theirs, fresh);
            if m.is_empty() && t.is_empty() && !fresh {
                // Nothing more to recognise: straight to fresh numbers.
                let (m, t) = plan_renames(counter, &base_ids, mine, theirs, true);
                changed |= !m.is_empty() || !t.is_empty();
                counter.rename(mine, &m);
                counter.rename(theirs, &t);
                break;
            }
            changed |= !m.is_empty() || !t.is_empty();
            counter.rename(mine, &m);
            counter.rename(theirs, &t);
        }
    }
    changed
}

/// One id counter and the lists numbered from it.
#[derive(Clone, Copy, Debug)]
enum Counter {
    Plan,
    Lifeline,
    Network,
    Baskets,
    Change,
    Patterson,
}

impl Counter {
    const ALL: [Counter; 6] =
        [Counter::Plan, Counter::Lifeline, Counter::Network, Counter::Baskets, Counter::Change, Counter::Patterson];

    /// Every item numbered from this counter: (list, id, content without the id as JSON).
    fn items(self, c: &CaseFile) -> Vec<(u8, u32, String)> {
        fn each<T: serde::Serialize + Clone>(list: u8, items: &[T], id: impl Fn(&T) -> u32, clear: impl Fn(&mut T)) -> Vec<(u8, u32, String)> {
            items
                .iter()
                .map(|x| {
                    let mut y = x.clone();
                    clear(&mut y);
                    (list, id(x), serde_json::to_string(&y).unwrap_or_default())
                })
                .collect()
        }
        match self {
            Counter::Plan => {
                let p = &c.plan;
                // The coach's view beside a score does not tell readings apart: one phone's
                // copy of it is always ignored (see the module docs of `exchange`).
                let mut v = each(0, &p.readings, |r| r.id, |r| {
                    r.id = 0;
                    for e in r.entries.values_mut() {
                        e.coach = None;
                        e.coach_note.clear();
                    }
                    r.entries.retain(|_, e| !e.is_blank());
                });
                v.extend(each(1, &p.actions, |a| a.id, |a| a.id = 0));
                v.extend(each(2, &p.own_themes, |t| t.id, |t| t.id = 0));
                v.extend(each(3, &p.contacts, |t| t.id, |t| t.id = 0));
                v
            }
            Counter::Lifeline => each(0, &c.lifeline.moments, |m| m.id, |m| m.id = 0),
            Counter::Network => {
                let n = &c.network;
                let mut v = each(0, &n.people, |p| p.id, |p| p.id = 0);
                v.extend(each(1, &n.snapshots, |s| s.id, |s| s.id = 0));
                v.extend(each(2, &n.walk, |s| s.id, |s| s.id = 0));
                v
            }
            Counter::Baskets => each(0, &c.baskets.concerns, |x| x.id, |x| x.id = 0),
            Counter::Change => each(0, &c.change.themes, |x| x.id, |x| x.id = 0),
            Counter::Patterson => each(0, &c.patterson.figures, |x| x.id, |x| x.id = 0),
        }
    }

    fn ids(self, c: &CaseFile) -> BTreeSet<u32> {
        self.items(c).into_iter().map(|i| i.1).collect()
    }

    fn counter(self, c: &CaseFile) -> u32 {
        match self {
            Counter::Plan => c.plan.next_id,
            Counter::Lifeline => c.lifeline.next_id,
            Counter::Network => c.network.next_id,
            Counter::Baskets => c.baskets.next_id,
            Counter::Change => c.change.next_id,
            Counter::Patterson => c.patterson.next_id,
        }
    }

    fn counter_mut(self, c: &mut CaseFile) -> &mut u32 {
        match self {
            Counter::Plan => &mut c.plan.next_id,
            Counter::Lifeline => &mut c.lifeline.next_id,
            Counter::Network => &mut c.network.next_id,
            Counter::Baskets => &mut c.baskets.next_id,
            Counter::Change => &mut c.change.next_id,
            Counter::Patterson => &mut c.patterson.next_id,
        }
    }

    /// Gives items new ids and makes every reference follow.
    fn rename(self, c: &mut CaseFile, renames: &Renames) {
        if renames.is_empty() {
            return;
        }
        let r = |id: &mut u32| {
            if let Some(new) = renames.get(id) {
                *id = *new;
            }
        };
        let topic = |t: &mut TopicId| {
            if let TopicId::Own(id) = t {
                if let Some(new) = renames.get(id) {
                    *id = *new;
                }
            }
        };
        match self {
            Counter::Plan => {
                let p = &mut c.plan;
                p.readings.iter_mut().for_each(|x| r(&mut x.id));
                p.actions.iter_mut().for_each(|x| r(&mut x.id));
                p.own_themes.iter_mut().for_each(|x| r(&mut x.id));
                p.contacts.iter_mut().for_each(|x| r(&mut x.id));
                for a in &mut p.actions {
                    a.reviewed_at.iter_mut().for_each(r);
                    a.added_at.iter_mut().for_each(r);
                    topic(&mut a.topic);
                }
                if let Some(h) = &mut p.handover {
                    r(&mut h.reading);
                    if let crate::domain::plan::HandoverAt::Topic(t) = &mut h.at {
                        topic(t);
                    }
                }
                p.switched_off.iter_mut().for_each(topic);
                for reading in &mut p.readings {
                    let entries = std::mem::take(&mut reading.entries);
                    reading.entries = entries
                        .into_iter()
                        .map(|(mut t, e)| {
                            topic(&mut t);
                            (t, e)
                        })
                        .collect();
                }
            }
            Counter::Lifeline => c.lifeline.moments.iter_mut().for_each(|x| r(&mut x.id)),
            Counter::Network => {
                let n = &mut c.network;
                n.people.iter_mut().for_each(|x| r(&mut x.id));
                n.snapshots.iter_mut().for_each(|x| r(&mut x.id));
                n.walk.iter_mut().for_each(|x| r(&mut x.id));
                for s in &mut n.snapshots {
                    s.entries.iter_mut().for_each(|e| r(&mut e.person));
                }
                for stop in &mut n.walk {
                    if let StopTarget::Person(p) = &mut stop.target {
                        r(p);
                    }
                }
                for a in &mut c.plan.actions {
                    if let Some(p) = a.who.network_person() {
                        if let Some(new) = renames.get(&p) {
                            a.who.link = Some(new.to_string());
                        }
                    }
                }
            }
            Counter::Baskets => {
                let b = &mut c.baskets;
                b.concerns.iter_mut().for_each(|x| r(&mut x.id));
                b.versions.iter_mut().flat_map(|v| v.concerns.iter_mut()).for_each(|x| r(&mut x.id));
            }
            Counter::Change => c.change.themes.iter_mut().for_each(|x| r(&mut x.id)),
            Counter::Patterson => c.patterson.figures.iter_mut().for_each(|x| r(&mut x.id)),
        }
        let top = self.ids(c).into_iter().max().map_or(0, |m| m.saturating_add(1));
        let next = self.counter_mut(c);
        *next = (*next).max(top);
    }
}

/// The renames for `mine` and for `theirs` on one counter.
fn plan_renames(counter: Counter, base: &BTreeSet<u32>, mine: &CaseFile, theirs: &CaseFile, fresh: bool) -> (Renames, Renames) {
    let (m_items, t_items) = (counter.items(mine), counter.items(theirs));
    let (m_ids, t_ids) = (counter.ids(mine), counter.ids(theirs));
    let content = |items: &[(u8, u32, String)], id: u32| items.iter().find(|i| i.1 == id).map(|i| (i.0, i.2.clone()));
    // Same id, not in the base, different content (or another kind of item).
    let clashes: Vec<u32> = t_ids
        .iter()
        .copied()
        .filter(|id| !base.contains(id) && m_ids.contains(id) && content(&m_items, *id) != content(&t_items, *id))
        .collect();
    let (mut for_mine, mut for_theirs) = (Renames::new(), Renames::new());
    let mut taken: BTreeSet<u32> = BTreeSet::new();
    for &id in &clashes {
        // Mine's item is theirs' item under a number only theirs uses: take that number.
        let mine_item = content(&m_items, id);
        let known = t_items.iter().find(|t| {
            Some((t.0, t.2.clone())) == mine_item && !base.contains(&t.1) && !m_ids.contains(&t.1) && !taken.contains(&t.1)
        });
        if let Some(t) = known {
            for_mine.insert(id, t.1);
            taken.insert(t.1);
        }
    }
    let mut next = [counter.counter(mine), counter.counter(theirs)]
        .into_iter()
        .chain(base.iter().chain(&m_ids).chain(&t_ids).map(|id| id.saturating_add(1)))
        .max()
        .unwrap_or(0);
    for &id in &clashes {
        // Mine's clashing item took theirs' number for it: no clash left for this id.
        if for_mine.contains_key(&id) {
            continue;
        }
        // Theirs' item is already here under a number theirs does not use (renumbered when
        // the same file, or an earlier one, was received): that number again.
        let theirs_item = content(&t_items, id);
        let known = m_items.iter().find(|m| {
            Some((m.0, m.2.clone())) == theirs_item && !t_ids.contains(&m.1) && !taken.contains(&m.1)
        });
        let new = match known {
            Some(m) => m.1,
            None if !fresh => continue,
            None => {
                let n = next;
                next = next.saturating_add(1);
                n
            }
        };
        taken.insert(new);
        for_theirs.insert(id, new);
    }
    (for_mine, for_theirs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::ReadingKind;
    use crate::domain::{LifeDomain, Profile, ProfileId};
    use chrono::NaiveDate;

    fn case() -> CaseFile {
        let day = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        CaseFile::new(Profile::new(ProfileId("p1".into()), "Sam", None, day))
    }
    const WONEN: TopicId = TopicId::Domain(LifeDomain::Wonen);

    #[test]
    fn same_numbers_for_different_things_are_told_apart_with_their_references() {
        let base = case();
        let mut mine = base.clone();
        let a = mine.plan.add_action(WONEN);
        mine.plan.action_mut(a).unwrap().what = "Huurcontract".into();
        let mut theirs = base.clone();
        let r = theirs.plan.start_reading(ReadingKind::SupportPlan, None);
        let b = theirs.plan.add_action(WONEN);
        theirs.plan.action_mut(b).unwrap().what = "Bankkaart".into();
        assert_eq!(a, r, "both phones handed out the same number");
        assert!(renumber(Some(&base), &mut mine, &mut theirs));
        let r2 = theirs.plan.readings[0].id;
        assert_ne!(r2, a);
        let action = &theirs.plan.actions[0];
        assert_ne!(action.id, a);
        assert_eq!(action.added_at, Some(r2), "the reference follows the reading");
        assert!(theirs.plan.next_id > action.id.max(r2));
        assert_eq!(mine.plan.actions[0].id, a, "mine keeps its numbers");
    }

    #[test]
    fn an_item_renumbered_at_an_earlier_meeting_is_recognised() {
        let base = case();
        let mut coach = base.clone();
        let a = coach.plan.add_action(WONEN);
        coach.plan.action_mut(a).unwrap().what = "Huurcontract".into();
        let mut young = base.clone();
        let b = young.plan.add_action(WONEN);
        young.plan.action_mut(b).unwrap().what = "Bankkaart".into();
        // The coach receives: the young person's action is renumbered on the coach's phone.
        let (mut c, mut y) = (coach.clone(), young.clone());
        renumber(Some(&base), &mut c, &mut y);
        let renumbered = y.plan.actions[0].id;
        coach.plan.actions.push(y.plan.actions[0].clone());
        // The same file again: the same number as the first time, no third copy.
        let (mut c2, mut y2) = (coach.clone(), young.clone());
        renumber(Some(&base), &mut c2, &mut y2);
        assert_eq!(y2.plan.actions[0].id, renumbered);
        // The young person receives the coach's version: their own action takes the coach's number.
        let (mut y3, mut c3) = (young.clone(), coach.clone());
        renumber(Some(&base), &mut y3, &mut c3);
        assert_eq!(c3, coach, "nothing of the coach's is renumbered");
        assert_eq!(y3.plan.actions[0].id, renumbered);
    }

    #[test]
    fn network_references_follow_a_person() {
        use crate::domain::network::{Person, Stop};
        let base = case();
        let mut mine = base.clone();
        mine.network.add_person(Person { name: "Nadia".into(), ..Default::default() });
        let mut theirs = base.clone();
        let karim = theirs.network.add_person(Person { name: "Karim".into(), ..Default::default() });
        theirs.network.walk.push(Stop { id: 7, target: StopTarget::Person(karim), ..Default::default() });
        let act = theirs.plan.add_action(WONEN);
        theirs.plan.action_mut(act).unwrap().who.pick_from_network(karim, "Karim");
        renumber(Some(&base), &mut mine, &mut theirs);
        let new = theirs.network.people[0].id;
        assert_ne!(new, karim);
        assert_eq!(theirs.network.walk[0].target, StopTarget::Person(new));
        assert_eq!(theirs.plan.actions[0].who.network_person(), Some(new));
    }
}
