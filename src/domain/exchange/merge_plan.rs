//! A received file brought into this phone's version of the same young person: first a plan
//! (what would change, where both phones changed the same thing), written only when the coach
//! (or the young person) says so.
//!
//! | step | rule |
//! |---|---|
//! | refuse | another young person (the profile id differs): [`MergeRefusal::OtherPerson`] |
//! | base | `mine.exchanged`, the version both phones had when they last met; none at the first meeting (then a 2-way merge: the union, differences asked) |
//! | renumber | same-id additions told apart ([`super::renumber`]) |
//! | the coach's fields | the coach's phone keeps its own; the young person's phone takes the coach's ([`super`] module docs) |
//! | this phone's own | the hand-over step stays this phone's |
//! | merge | field by field, lists item by item ([`crate::domain::merge`]) |
//! | settled unasked | a young person's own score and words: the young person's side wins; counters: the higher; "carried over": this phone's |
//! | asked | every other place both changed differently: a [`Conflict`], both versions shown |
//! | after | the result's `exchanged` is the received version (renumbered as here), so the same file again changes nothing |

use serde_json::Value;

use super::renumber::renumber;
use super::{copy_coach_fields, Side};
use crate::domain::merge::{self, differences, item_label, merge_json, path_text, JsonConflict, Seg};
use crate::domain::plan::{ActionStatus, Score};
use crate::domain::CaseFile;

/// Why a file is not merged at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergeRefusal {
    /// The file is about another young person.
    OtherPerson,
}

/// The part of the app a conflict is in (the UI names it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Area {
    Profile,
    Plan,
    Trajectory,
    Lifeline,
    Network,
    Baskets,
    Goods,
    Change,
    Patterson,
}

impl Area {
    fn of(path: &[Seg]) -> Area {
        match path.first() {
            Some(Seg::Key(k)) => match k.as_str() {
                "lifeline" => Area::Lifeline,
                "network" => Area::Network,
                "baskets" => Area::Baskets,
                "goods" => Area::Goods,
                "change" => Area::Change,
                "patterson" => Area::Patterson,
                "trajectory" => Area::Trajectory,
                "plan" => Area::Plan,
                _ => Area::Profile,
            },
            _ => Area::Profile,
        }
    }
}

/// Both phones changed the same thing differently; the coach picks.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub area: Area,
    /// Which thing, as data: the item's own text (an action's `what`, a person's name, ...) or
    /// its key (`evaluatie-1/wonen` for a score), never a sentence.
    pub what: String,
    /// The field that differs (`due`, `status`, `coach_note`); empty when the whole item
    /// differs (kept on one phone, deleted on the other).
    pub field: String,
    /// Where exactly, for tests and logs: `plan.actions[12].due`.
    pub path: String,
    /// This phone's version, as plain text ("" when absent).
    pub mine: String,
    /// The received version, as plain text ("" when absent).
    pub theirs: String,
}

/// Which version to keep for one conflict.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pick {
    #[default]
    Mine,
    Theirs,
}

/// What the received file brings, in numbers a coach can read before anything is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChangeSummary {
    pub new_readings: usize,
    /// Scores that are new or changed (carried-over copies not counted).
    pub new_scores: usize,
    /// The young person's own words added or changed beside a score.
    pub words_changed: usize,
    /// Actions this phone had open (or changed, stopped) that are done now.
    pub actions_done: usize,
    pub new_actions: usize,
    pub new_moments: usize,
    pub new_people: usize,
    /// Every other field that changes.
    pub other_changes: usize,
}

impl ChangeSummary {
    pub fn is_empty(&self) -> bool {
        *self == ChangeSummary::default()
    }
}

/// A merge worked out but not written: the summary, the conflicts, and [`MergePlan::apply`].
#[derive(Clone, Debug, PartialEq)]
pub struct MergePlan {
    pub summary: ChangeSummary,
    pub conflicts: Vec<Conflict>,
    /// The merged file with this phone's version at every conflict.
    merged: Value,
    raw: Vec<JsonConflict>,
    /// What the result stores as the base of the next merge.
    base_after: CaseFile,
    /// The merged file as read back, for when a pick would not read back.
    fallback: CaseFile,
}

/// Works out how `theirs` (a received file) comes into `mine` on the phone of `receiver`.
/// Nothing is changed; see the module docs for the rules.
pub fn plan_merge(mine: &CaseFile, theirs: &CaseFile, receiver: Side) -> Result<MergePlan, MergeRefusal> {
    if mine.profile.id != theirs.profile.id {
        return Err(MergeRefusal::OtherPerson);
    }
    let mut base = mine.exchanged.as_deref().cloned();
    if let Some(b) = &mut base {
        b.exchanged = None;
    }
    let mut m = mine.clone();
    m.exchanged = None;
    let mut t = theirs.clone();
    t.exchanged = None;
    // At a first meeting the same number is the same item: the young person's copy came from
    // the coach's file.
    if base.is_some() {
        renumber(base.as_ref(), &mut m, &mut t);
    }
    // This phone before the merge, in the numbering of the merge: what the summary counts from.
    let before = m.clone();
    match receiver {
        Side::Coach => copy_coach_fields(&m, &mut t),
        Side::YoungPerson => copy_coach_fields(&t, &mut m),
    }
    t.plan.handover = m.plan.handover;
    drop_blank_entries(&mut t);
    if let Some(b) = &mut base {
        b.plan.handover = m.plan.handover;
    }

    let mut docs: Vec<Value> =
        [base.as_ref(), Some(&m), Some(&t)].into_iter().flatten().map(|c| serde_json::to_value(c).unwrap_or(Value::Null)).collect();
    fill_entries(&mut docs);
    let (b_doc, m_doc, t_doc) = match docs.as_slice() {
        [b, m, t] => (Some(b), m, t),
        [m, t] => (None, m, t),
        _ => unreachable!("two or three documents"),
    };
    let policy = |path: &[Seg], mv: Option<&Value>, tv: Option<&Value>| settle(receiver, path, mv, tv);
    let result = merge_json(b_doc, m_doc, t_doc, &policy);
    let merged = result.value.unwrap_or(Value::Null);
    let fallback = read_back(&merged).unwrap_or_else(|| m.clone());
    // In the order of the app's parts (profile, plan, worksheets), not of the JSON's keys.
    let mut raw = result.conflicts;
    raw.sort_by_key(|c| Area::of(&c.path));
    let conflicts = raw.iter().map(|c| describe(c, &merged, t_doc)).collect();
    Ok(MergePlan { summary: summarise(&before, &fallback), conflicts, merged, raw, base_after: t, fallback })
}

impl MergePlan {
    /// The merged file with `picks` (one per conflict, in order; missing ones are
    /// [`Pick::Mine`]). Its `exchanged` is the received version, so importing the same file
    /// again changes nothing.
    pub fn apply(&self, picks: &[Pick]) -> CaseFile {
        let mut doc = self.merged.clone();
        for (c, pick) in self.raw.iter().zip(picks) {
            if *pick == Pick::Theirs {
                merge::set(&mut doc, &c.path, c.theirs.clone());
            }
        }
        let mut out = read_back(&doc).unwrap_or_else(|| self.fallback.clone());
        out.exchanged = Some(Box::new(self.base_after.clone()));
        out
    }
}

fn read_back(doc: &Value) -> Option<CaseFile> {
    let mut case: CaseFile = serde_json::from_value(doc.clone()).ok()?;
    drop_blank_entries(&mut case);
    Some(case)
}

fn drop_blank_entries(case: &mut CaseFile) {
    for r in &mut case.plan.readings {
        r.entries.retain(|_, e| !e.is_blank());
    }
}

/// Gives every reading, in each document that has it, an entry for every topic any document
/// has an entry for in that reading (blank where it had none), so a score added on one phone
/// and a coach's note added on the other meet field by field, not as two whole entries.
fn fill_entries(docs: &mut [Value]) {
    use std::collections::BTreeMap;
    let mut topics: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for doc in docs.iter() {
        for r in doc.pointer("/plan/readings").and_then(Value::as_array).into_iter().flatten() {
            let (Some(id), Some(entries)) = (r.get("id"), r.get("entries").and_then(Value::as_object)) else { continue };
            let list = topics.entry(id.to_string()).or_default();
            for k in entries.keys() {
                if !list.contains(k) {
                    list.push(k.clone());
                }
            }
        }
    }
    let blank = serde_json::to_value(crate::domain::plan::Entry::default()).unwrap_or(Value::Null);
    for doc in docs.iter_mut() {
        for r in doc.pointer_mut("/plan/readings").and_then(Value::as_array_mut).into_iter().flatten() {
            let Some(list) = r.get("id").and_then(|id| topics.get(&id.to_string())) else { continue };
            let list = list.clone();
            if let Some(entries) = r.get_mut("entries").and_then(Value::as_object_mut) {
                for k in list {
                    entries.entry(k).or_insert_with(|| blank.clone());
                }
            }
        }
    }
}

fn key_at(path: &[Seg], i: usize) -> Option<&str> {
    match path.get(i) {
        Some(Seg::Key(k)) => Some(k.as_str()),
        _ => None,
    }
}

/// Whether `path` is a field of an entry (`plan.readings[r].entries.<topic>.<field>`).
fn entry_field(path: &[Seg]) -> Option<&str> {
    (path.len() == 6 && key_at(path, 0) == Some("plan") && key_at(path, 1) == Some("readings") && key_at(path, 3) == Some("entries"))
        .then(|| key_at(path, 5))
        .flatten()
}

/// The conflicts settled without asking (see the module docs).
fn settle(receiver: Side, path: &[Seg], mine: Option<&Value>, theirs: Option<&Value>) -> Option<Option<Value>> {
    match entry_field(path) {
        Some("score" | "words") => {
            return Some(match receiver {
                Side::YoungPerson => mine.cloned(),
                Side::Coach => theirs.cloned(),
            });
        }
        Some("carried") => return Some(mine.cloned()),
        _ => {}
    }
    if matches!(path.last(), Some(Seg::Key(k)) if k == "next_id") {
        return Some(mine.into_iter().chain(theirs).max_by_key(|v| v.as_u64()).cloned());
    }
    None
}

/// A value as plain text for the screen.
fn show(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Object(o)) => label_of(o).unwrap_or_else(|| Value::Object(o.clone()).to_string()),
        Some(Value::Array(items)) => items.iter().map(|i| show(Some(i))).collect::<Vec<_>>().join(", "),
        Some(other) => other.to_string(),
    }
}

fn label_of(o: &serde_json::Map<String, Value>) -> Option<String> {
    ["what", "name", "text", "title", "label"]
        .into_iter()
        .find_map(|k| o.get(k).and_then(Value::as_str).filter(|s| !s.trim().is_empty()).map(str::to_string))
}

fn describe(c: &JsonConflict, merged: &Value, theirs: &Value) -> Conflict {
    let path = &c.path;
    let last_item = path.iter().rposition(|s| matches!(s, Seg::Item(_)));
    let what = if entry_field(path).is_some() || (path.len() == 5 && key_at(path, 3) == Some("entries")) {
        // A score: the reading's kind and the topic.
        let kind = merge::get(merged, &path[..3]).or_else(|| merge::get(theirs, &path[..3]));
        let kind = kind.and_then(|r| r.get("kind")).and_then(Value::as_str).unwrap_or_default();
        format!("{kind}/{}", key_at(path, 4).unwrap_or_default())
    } else if let Some(i) = last_item {
        let item = merge::get(merged, &path[..=i]).or_else(|| merge::get(theirs, &path[..=i]));
        let label = item.and_then(Value::as_object).and_then(label_of);
        label.unwrap_or_else(|| match &path[i] {
            Seg::Item(id) => item_label(id),
            Seg::Key(_) => String::new(),
        })
    } else {
        path_text(&path[1.min(path.len())..])
    };
    let field = match (path.last(), last_item) {
        (Some(Seg::Key(k)), Some(i)) if i + 1 < path.len() => path[i + 1..]
            .iter()
            .filter_map(|s| match s {
                Seg::Key(k) => Some(k.as_str()),
                Seg::Item(_) => None,
            })
            .collect::<Vec<_>>()
            .join("."),
        (Some(Seg::Key(k)), None) => k.clone(),
        _ => String::new(),
    };
    let field = if entry_field(path).is_some() { key_at(path, 5).unwrap_or_default().to_string() } else { field };
    Conflict {
        area: Area::of(path),
        what,
        field,
        path: path_text(path),
        mine: show(c.mine.as_ref()),
        theirs: show(c.theirs.as_ref()),
    }
}

/// Counts what `after` changes against `before` (this phone's version).
fn summarise(before: &CaseFile, after: &CaseFile) -> ChangeSummary {
    let mut s = ChangeSummary::default();
    let (bp, ap) = (&before.plan, &after.plan);
    for r in &ap.readings {
        let old = bp.reading(r.id);
        if old.is_none() {
            s.new_readings += 1;
        }
        for (t, e) in &r.entries {
            if e.carried {
                continue;
            }
            let was = old.and_then(|o| o.entry(*t));
            if e.score != Score::Skipped && Some(e.score) != was.map(|w| w.score) {
                s.new_scores += 1;
            }
            if e.words != was.map(|w| w.words.as_str()).unwrap_or_default() {
                s.words_changed += 1;
            }
        }
    }
    for a in &ap.actions {
        match bp.action(a.id) {
            None => s.new_actions += 1,
            Some(old) if a.status == ActionStatus::Done && old.status != ActionStatus::Done => s.actions_done += 1,
            _ => {}
        }
    }
    s.new_moments = after.lifeline.moments.iter().filter(|m| !before.lifeline.moments.iter().any(|o| o.id == m.id)).count();
    s.new_people = after.network.people.iter().filter(|p| !before.network.people.iter().any(|o| o.id == p.id)).count();

    // Everything else, field by field.
    let (mut b, mut a) = (before.clone(), after.clone());
    b.exchanged = None;
    a.exchanged = None;
    let (b, a) = (serde_json::to_value(&b).unwrap_or(Value::Null), serde_json::to_value(&a).unwrap_or(Value::Null));
    let mut paths = Vec::new();
    differences(Some(&b), Some(&a), &mut Vec::new(), &mut paths);
    let is_new = |list: &str, id: &Value| {
        let Some(items) = b.pointer(list).and_then(Value::as_array) else { return true };
        !items.iter().any(|i| i.get("id") == Some(id))
    };
    let counted = |p: &[Seg]| -> bool {
        let item = |i: usize| match p.get(i) {
            Some(Seg::Item(id)) => Some(id),
            _ => None,
        };
        match (key_at(p, 0), key_at(p, 1)) {
            (_, Some("next_id")) => true,
            (Some("plan"), Some("readings")) => {
                item(2).is_some_and(|id| is_new("/plan/readings", id))
                    || (key_at(p, 3) == Some("entries") && (p.len() == 5 || matches!(key_at(p, 5), Some("score" | "words" | "carried"))))
            }
            (Some("plan"), Some("actions")) => {
                item(2).is_some_and(|id| is_new("/plan/actions", id))
                    || (matches!(key_at(p, 3), Some("status" | "status_date"))
                        && item(2).is_some_and(|id| {
                            after.plan.actions.iter().any(|x| Some(x.id as u64) == id.as_u64() && x.status == ActionStatus::Done)
                        }))
            }
            (Some("lifeline"), Some("moments")) => p.len() == 3 && item(2).is_some_and(|id| is_new("/lifeline/moments", id)),
            (Some("network"), Some("people")) => p.len() == 3 && item(2).is_some_and(|id| is_new("/network/people", id)),
            _ => false,
        }
    };
    s.other_changes = paths.iter().filter(|p| !counted(p)).count();
    s
}
