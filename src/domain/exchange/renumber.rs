//! Items added on both phones between two meetings can carry the same number: each phone
//! hands out ids from its own counter. Before merging, such a pair is told apart, so neither
//! is dropped or mixed with the other.
//!
//! An id that is not in the base but is on both sides as different things (see [`identity`]:
//! their own words, not every field, so an item sent and then changed on the other phone stays
//! one item): **this phone's item** takes a fresh number, above every number either phone used, and every reference to
//! it here follows (an action's `reviewed_at` and `added_at`, the hand-over step's reading, an
//! own theme's topic, a walk stop's or a map version's person, an action's network person, a
//! basket version's concern). The received items keep theirs: the base stored after the merge
//! is the received file as the other phone has it, so the two phones keep one numbering for
//! everything they share, the same file imported again finds nothing to renumber, and the
//! other phone, once it receives this phone's version, simply finds a new item. (Renumbering
//! the received items instead would store a base in a numbering the other phone does not
//! have; its next file would then pair the wrong items.)
//!
//! Numbers are only compared within one counter (the plan's readings, actions, themes and
//! contacts share one; so do the network's people, versions and stops).

use std::collections::{BTreeMap, BTreeSet};

use crate::domain::network::StopTarget;
use crate::domain::plan::TopicId;
use crate::domain::CaseFile;

/// A renumbering per counter: old id → new id.
type Renames = BTreeMap<u32, u32>;

/// Gives this phone's items that clash with received ones fresh numbers (see the module
/// docs). Returns whether anything changed.
pub fn renumber(base: Option<&CaseFile>, mine: &mut CaseFile, theirs: &CaseFile) -> bool {
    let mut changed = false;
    for counter in Counter::ALL {
        let base_ids = base.map(|b| counter.ids(b)).unwrap_or_default();
        let renames = plan_renames(counter, &base_ids, mine, theirs);
        changed |= !renames.is_empty();
        counter.rename(mine, &renames);
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
                    (list, id(x), identity(serde_json::to_value(&y).unwrap_or_default()))
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

/// What makes an item the same item on both phones when its number is not in the base: its
/// own words (an action's `what`, a person's or a theme's name, a concern's text) or, for a
/// reading, its kind and date; the whole content for an item without them. An item one phone
/// sent and the other then changed (an action marked done, a note added) stays one item; two
/// different things that happen to share a number are told apart.
fn identity(item: serde_json::Value) -> String {
    let o = item.as_object();
    let words = ["what", "name", "text", "title", "label"]
        .into_iter()
        .find_map(|k| o.and_then(|o| o.get(k)).and_then(|v| v.as_str()).filter(|s| !s.trim().is_empty()));
    if let Some(words) = words {
        return words.to_string();
    }
    match o.map(|o| (o.get("kind"), o.get("date"))) {
        Some((Some(kind), Some(date))) => format!("{kind} {date}"),
        _ => item.to_string(),
    }
}

/// The renames for this phone's items on one counter.
fn plan_renames(counter: Counter, base: &BTreeSet<u32>, mine: &CaseFile, theirs: &CaseFile) -> Renames {
    let (m_items, t_items) = (counter.items(mine), counter.items(theirs));
    let (m_ids, t_ids) = (counter.ids(mine), counter.ids(theirs));
    let content = |items: &[(u8, u32, String)], id: u32| items.iter().find(|i| i.1 == id).map(|i| (i.0, i.2.clone()));
    let mut next = [counter.counter(mine), counter.counter(theirs)]
        .into_iter()
        .chain(base.iter().chain(&m_ids).chain(&t_ids).map(|id| id.saturating_add(1)))
        .max()
        .unwrap_or(0);
    let mut renames = Renames::new();
    // Same id, not in the base, different content (or another kind of item).
    for &id in m_ids.iter().filter(|id| !base.contains(id) && t_ids.contains(id)) {
        if content(&m_items, id) != content(&t_items, id) {
            renames.insert(id, next);
            next = next.saturating_add(1);
        }
    }
    renames
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
        let r = mine.plan.start_reading(ReadingKind::SupportPlan, None);
        let a = mine.plan.add_action(WONEN);
        mine.plan.action_mut(a).unwrap().what = "Bankkaart".into();
        let mut theirs = base.clone();
        let b = theirs.plan.add_action(WONEN);
        theirs.plan.action_mut(b).unwrap().what = "Huurcontract".into();
        assert_eq!(b, r, "both phones handed out the same number");
        assert!(renumber(Some(&base), &mut mine, &theirs));
        let r2 = mine.plan.readings[0].id;
        assert!(r2 != r && r2 != a);
        let action = &mine.plan.actions[0];
        assert_eq!(action.id, a, "no clash for this one: theirs has no item with its number");
        assert_eq!(action.added_at, Some(r2), "the reference follows the reading");
        assert!(mine.plan.next_id > r2);
        // The same again: nothing left to tell apart.
        assert!(!renumber(Some(&base), &mut mine, &theirs));
    }

    #[test]
    fn the_same_item_on_both_sides_is_not_renumbered() {
        let base = case();
        let mut mine = base.clone();
        mine.plan.start_reading(ReadingKind::Interim, None);
        let theirs = mine.clone();
        assert!(!renumber(Some(&base), &mut mine, &theirs));
    }

    #[test]
    fn network_references_follow_a_person() {
        use crate::domain::network::{Person, Stop};
        let base = case();
        let mut theirs = base.clone();
        theirs.network.add_person(Person { name: "Nadia".into(), ..Default::default() });
        let mut mine = base.clone();
        let karim = mine.network.add_person(Person { name: "Karim".into(), ..Default::default() });
        mine.network.walk.push(Stop { id: 7, target: StopTarget::Person(karim), ..Default::default() });
        let act = mine.plan.add_action(WONEN);
        mine.plan.action_mut(act).unwrap().who.pick_from_network(karim, "Karim");
        renumber(Some(&base), &mut mine, &theirs);
        let new = mine.network.people[0].id;
        assert_ne!(new, karim);
        assert_eq!(mine.network.walk[0].target, StopTarget::Person(new));
        assert_eq!(mine.plan.actions[0].who.network_person(), Some(new));
    }
}
