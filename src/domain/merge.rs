//! Field-by-field merge of two versions of a JSON document, against the version they both
//! started from (the *base*) when there is one.
//!
//! | situation | result |
//! |---|---|
//! | both sides equal | that value |
//! | only one side changed it (3-way) | that side's value |
//! | both changed it differently, objects | merged key by key |
//! | both changed it differently, lists of items with a key | merged item by item |
//! | both changed it differently, anything else | a [`JsonConflict`]; mine stays until picked |
//! | no base (2-way): present or filled in on one side only | kept (a union: nothing is dropped) |
//! | no base: different on both sides | a [`JsonConflict`] |
//!
//! An item's key is its `id`; lists whose items describe one thing each without an id use that
//! thing instead (`good`, `strategy`, `person`, `kind`, `date`), as long as every item has it
//! and no two share it. Other lists are one value. A [`Policy`] can settle a conflict silently
//! (a counter takes the higher value; a young person's own score keeps their side's).
//!
//! Used between two tabs (`storage::merge`) and between two phones (`super::exchange`).

use serde_json::{Map, Value};

/// One step of a path: a field of an object, or the item of a list with that key value.
#[derive(Clone, Debug, PartialEq)]
pub enum Seg {
    Key(String),
    Item(Value),
}

pub type Path = Vec<Seg>;

/// Both sides changed the same place differently. `None` means absent on that side (an item
/// deleted there, a field left out).
#[derive(Clone, Debug, PartialEq)]
pub struct JsonConflict {
    pub path: Path,
    pub mine: Option<Value>,
    pub theirs: Option<Value>,
}

/// Settles a conflict without asking: `Some(value)` (or `Some(None)`: absent) takes that,
/// `None` reports it.
pub type Policy<'a> = &'a dyn Fn(&[Seg], Option<&Value>, Option<&Value>) -> Option<Option<Value>>;

/// The merged document (mine wherever there is a conflict) and the conflicts.
#[derive(Clone, Debug, PartialEq)]
pub struct JsonMerge {
    pub value: Option<Value>,
    pub conflicts: Vec<JsonConflict>,
}

/// Merges `mine` and `theirs`, 3-way against `base` when given, else 2-way.
pub fn merge_json(base: Option<&Value>, mine: &Value, theirs: &Value, policy: Policy) -> JsonMerge {
    let mut m = Merger { three_way: base.is_some(), policy, conflicts: Vec::new() };
    let mut path = Vec::new();
    let value = m.value(base, Some(mine), Some(theirs), &mut path);
    JsonMerge { value, conflicts: m.conflicts }
}

/// No silent settling: every conflict is reported.
pub fn ask_always(_: &[Seg], _: Option<&Value>, _: Option<&Value>) -> Option<Option<Value>> {
    None
}

struct Merger<'a> {
    three_way: bool,
    policy: Policy<'a>,
    conflicts: Vec<JsonConflict>,
}

impl Merger<'_> {
    fn value(&mut self, base: Option<&Value>, mine: Option<&Value>, theirs: Option<&Value>, path: &mut Path) -> Option<Value> {
        if mine == theirs {
            return mine.cloned();
        }
        if self.three_way {
            if mine == base {
                return theirs.cloned();
            }
            if theirs == base {
                return mine.cloned();
            }
        } else {
            // First meeting: what only one side has (or filled in) is added, never dropped.
            match (mine.filter(|v| !is_empty(v)), theirs.filter(|v| !is_empty(v))) {
                (Some(m), None) => return Some(m.clone()),
                (None, Some(t)) => return Some(t.clone()),
                _ => {}
            }
        }
        match (mine, theirs) {
            (Some(Value::Object(m)), Some(Value::Object(t))) => {
                let b = base.and_then(Value::as_object);
                Some(Value::Object(self.objects(b, m, t, path)))
            }
            (Some(Value::Array(m)), Some(Value::Array(t))) => {
                let b = match base {
                    Some(Value::Array(b)) => Some(b.as_slice()),
                    _ => None,
                };
                match self.lists(b, m, t, path) {
                    Some(list) => Some(Value::Array(list)),
                    None => self.conflict(mine, theirs, path),
                }
            }
            _ => self.conflict(mine, theirs, path),
        }
    }

    fn conflict(&mut self, mine: Option<&Value>, theirs: Option<&Value>, path: &Path) -> Option<Value> {
        if let Some(settled) = (self.policy)(path, mine, theirs) {
            return settled;
        }
        self.conflicts.push(JsonConflict { path: path.clone(), mine: mine.cloned(), theirs: theirs.cloned() });
        mine.cloned()
    }

    fn objects(&mut self, base: Option<&Map<String, Value>>, mine: &Map<String, Value>, theirs: &Map<String, Value>, path: &mut Path) -> Map<String, Value> {
        let mut keys: Vec<&String> = mine.keys().collect();
        keys.extend(theirs.keys().filter(|k| !mine.contains_key(*k)));
        let mut out = Map::new();
        for k in keys {
            path.push(Seg::Key(k.clone()));
            if let Some(v) = self.value(base.and_then(|b| b.get(k)), mine.get(k), theirs.get(k), path) {
                out.insert(k.clone(), v);
            }
            path.pop();
        }
        out
    }

    /// Item by item, when the lists are keyed (see the module docs); `None` when they are not.
    /// Order: the items both sides have, in the order of the side that changed it (mine when
    /// both did); an item only one side has follows the item before it on that side; items
    /// after the same item are in key order, so the result does not depend on which side is
    /// "mine" when both only added.
    fn lists(&mut self, base: Option<&[Value]>, mine: &[Value], theirs: &[Value], path: &mut Path) -> Option<Vec<Value>> {
        let b = base.unwrap_or(&[]);
        let key = list_key(&[b, mine, theirs])?;
        let ids = |list: &[Value]| -> Vec<Value> { list.iter().map(|v| v[key].clone()).collect() };
        let (base_ids, mine_ids, theirs_ids) = (ids(b), ids(mine), ids(theirs));
        let find = |list: &[Value], ids: &[Value], id: &Value| ids.iter().position(|i| i == id).map(|p| list[p].clone());

        let common = |of: &[Value], other: &[Value]| -> Vec<Value> { of.iter().filter(|i| other.contains(i)).cloned().collect() };
        let (mine_common, theirs_common) = (common(&mine_ids, &theirs_ids), common(&theirs_ids, &mine_ids));
        let base_common = common(&common(&base_ids, &mine_ids), &theirs_ids);
        let spine = if self.three_way && mine_common == base_common { theirs_common } else { mine_common };

        // Anchor of every item that only one side has: the last common item before it there.
        let mut after: Vec<(Option<usize>, Value)> = Vec::new();
        for (list, others) in [(&mine_ids, &theirs_ids), (&theirs_ids, &mine_ids)] {
            let last_common = list.iter().rposition(|id| others.contains(id));
            let mut anchor = None;
            for (i, id) in list.iter().enumerate() {
                if others.contains(id) {
                    anchor = spine.iter().position(|s| s == id);
                } else if last_common.is_some_and(|l| i > l) {
                    // Added at the end stays at the end, also when the other side reordered.
                    after.push((Some(usize::MAX), id.clone()));
                } else {
                    after.push((anchor, id.clone()));
                }
            }
        }
        after.sort_by(|x, y| x.0.cmp(&y.0).then_with(|| key_order(&x.1, &y.1)));
        let mut order: Vec<Value> = after.iter().filter(|a| a.0.is_none()).map(|a| a.1.clone()).collect();
        for (i, id) in spine.iter().enumerate() {
            order.push(id.clone());
            order.extend(after.iter().filter(|a| a.0 == Some(i)).map(|a| a.1.clone()));
        }
        order.extend(after.iter().filter(|a| a.0 == Some(usize::MAX)).map(|a| a.1.clone()));

        let mut out = Vec::new();
        for id in order {
            path.push(Seg::Item(id.clone()));
            let (bi, mi, ti) = (find(b, &base_ids, &id), find(mine, &mine_ids, &id), find(theirs, &theirs_ids, &id));
            if let Some(v) = self.value(bi.as_ref(), mi.as_ref(), ti.as_ref(), path) {
                out.push(v);
            }
            path.pop();
        }
        Some(out)
    }
}

/// Nothing filled in: `null`, `""`, `[]`, `{}`.
fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

/// Numbers by value, then strings; the order items added on both sides end up in.
fn key_order(a: &Value, b: &Value) -> std::cmp::Ordering {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        _ => a.to_string().cmp(&b.to_string()),
    }
}

/// Fields that identify a list's items, in order of preference.
const ITEM_KEYS: [&str; 6] = ["id", "good", "strategy", "person", "kind", "date"];

/// The field that identifies every item of all `lists`, uniquely within each list.
fn list_key(lists: &[&[Value]]) -> Option<&'static str> {
    ITEM_KEYS.into_iter().find(|key| {
        lists.iter().all(|list| {
            let ids: Option<Vec<&Value>> =
                list.iter().map(|v| v.as_object()?.get(*key).filter(|id| id.is_number() || id.is_string())).collect();
            ids.is_some_and(|ids| ids.iter().enumerate().all(|(i, id)| !ids[..i].contains(id)))
        })
    })
}

/// The key value of a list item (see [`Seg::Item`]), for labels.
pub fn item_label(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// `plan.actions[3].what`: the path as one string.
pub fn path_text(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Item(id) => {
                out.push('[');
                out.push_str(&item_label(id));
                out.push(']');
            }
        }
    }
    out
}

/// The value at `path`, if there is one.
pub fn get<'v>(root: &'v Value, path: &[Seg]) -> Option<&'v Value> {
    let mut at = root;
    for seg in path {
        at = match (seg, at) {
            (Seg::Key(k), Value::Object(m)) => m.get(k)?,
            (Seg::Item(id), Value::Array(items)) => items.iter().find(|v| is_item(items, v, id))?,
            _ => return None,
        };
    }
    Some(at)
}

/// Whether `v`, an item of `list`, is the one with key value `id`.
fn is_item(list: &[Value], v: &Value, id: &Value) -> bool {
    match list_key(&[list]) {
        Some(key) => v.get(key) == Some(id),
        None => v.as_object().is_some_and(|o| ITEM_KEYS.iter().any(|k| o.get(*k) == Some(id))),
    }
}

/// Puts `value` at `path` (or removes what is there with `None`). A missing list item is added
/// at the end. Returns `false` when the path leads nowhere (a parent is gone).
pub fn set(root: &mut Value, path: &[Seg], value: Option<Value>) -> bool {
    let Some((last, parents)) = path.split_last() else {
        if let Some(v) = value {
            *root = v;
        }
        return true;
    };
    let mut at = root;
    for seg in parents {
        let next = match (seg, at) {
            (Seg::Key(k), Value::Object(m)) => m.get_mut(k),
            (Seg::Item(id), Value::Array(items)) => {
                let i = items.iter().position(|v| is_item(items, v, id));
                i.map(|i| &mut items[i])
            }
            _ => None,
        };
        match next {
            Some(n) => at = n,
            None => return false,
        }
    }
    match (last, at) {
        (Seg::Key(k), Value::Object(m)) => {
            match value {
                Some(v) => m.insert(k.clone(), v),
                None => m.remove(k),
            };
            true
        }
        (Seg::Item(id), Value::Array(items)) => {
            match (items.iter().position(|v| is_item(items, v, id)), value) {
                (Some(i), Some(v)) => items[i] = v,
                (Some(i), None) => {
                    items.remove(i);
                }
                (None, Some(v)) => items.push(v),
                (None, None) => {}
            }
            true
        }
        _ => false,
    }
}

/// Every place where `a` and `b` differ: leaves, and list items or fields present on one side
/// only (one path each).
pub fn differences(a: Option<&Value>, b: Option<&Value>, path: &mut Path, out: &mut Vec<Path>) {
    if a == b {
        return;
    }
    match (a, b) {
        (Some(Value::Object(x)), Some(Value::Object(y))) => {
            for k in x.keys().chain(y.keys().filter(|k| !x.contains_key(*k))) {
                path.push(Seg::Key(k.clone()));
                differences(x.get(k), y.get(k), path, out);
                path.pop();
            }
        }
        (Some(Value::Array(x)), Some(Value::Array(y))) => match list_key(&[x, y]) {
            Some(key) => {
                let find = |list: &'_ [Value], id: &Value| list.iter().find(|v| &v[key] == id).cloned();
                let mut ids: Vec<Value> = x.iter().map(|v| v[key].clone()).collect();
                ids.extend(y.iter().map(|v| v[key].clone()).filter(|id| !x.iter().any(|v| &v[key] == id)));
                for id in ids {
                    path.push(Seg::Item(id.clone()));
                    differences(find(x, &id).as_ref(), find(y, &id).as_ref(), path, out);
                    path.pop();
                }
            }
            None => out.push(path.clone()),
        },
        _ => out.push(path.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn three(base: Value, mine: Value, theirs: Value) -> (Value, Vec<String>) {
        let m = merge_json(Some(&base), &mine, &theirs, &ask_always);
        (m.value.unwrap(), m.conflicts.iter().map(|c| path_text(&c.path)).collect())
    }

    fn two(mine: Value, theirs: Value) -> (Value, Vec<String>) {
        let m = merge_json(None, &mine, &theirs, &ask_always);
        (m.value.unwrap(), m.conflicts.iter().map(|c| path_text(&c.path)).collect())
    }

    #[test]
    fn without_a_base_what_one_side_has_is_added_and_differences_are_asked() {
        let (v, c) = two(
            json!({"a": 1, "list": [{"id": 1, "t": "x"}], "only_mine": true}),
            json!({"a": 2, "list": [{"id": 1, "t": "x"}, {"id": 2, "t": "y"}], "only_theirs": 3}),
        );
        assert_eq!(v, json!({"a": 1, "list": [{"id": 1, "t": "x"}, {"id": 2, "t": "y"}], "only_mine": true, "only_theirs": 3}));
        assert_eq!(c, vec!["a"]);
    }

    #[test]
    fn additions_on_both_sides_come_out_in_the_same_order_either_way_round() {
        let base = json!([{"id": 1}, {"id": 5}]);
        let mine = json!([{"id": 1}, {"id": 3}, {"id": 5}, {"id": 7}]);
        let theirs = json!([{"id": 1}, {"id": 2}, {"id": 5}, {"id": 6}]);
        let (a, _) = three(base.clone(), mine.clone(), theirs.clone());
        let (b, _) = three(base, theirs, mine);
        assert_eq!(a, b);
        assert_eq!(a, json!([{"id": 1}, {"id": 2}, {"id": 3}, {"id": 5}, {"id": 6}, {"id": 7}]));
    }

    #[test]
    fn a_reorder_on_one_side_is_taken() {
        let base = json!([{"id": 1}, {"id": 2}, {"id": 3}]);
        let mine = json!([{"id": 1}, {"id": 2}, {"id": 3}, {"id": 4}]);
        let theirs = json!([{"id": 3}, {"id": 1}, {"id": 2}]);
        let (v, c) = three(base, mine, theirs);
        assert_eq!(v, json!([{"id": 3}, {"id": 1}, {"id": 2}, {"id": 4}]));
        assert!(c.is_empty());
    }

    #[test]
    fn lists_keyed_by_what_they_describe_merge_item_by_item() {
        let base = json!([{"good": "life", "now": ""}]);
        let mine = json!([{"good": "life", "now": "sport"}]);
        let theirs = json!([{"good": "life", "now": ""}, {"good": "play", "now": "gamen"}]);
        let (v, c) = three(base, mine, theirs);
        assert_eq!(v, json!([{"good": "life", "now": "sport"}, {"good": "play", "now": "gamen"}]));
        assert!(c.is_empty());
    }

    #[test]
    fn a_policy_settles_silently() {
        let policy = |p: &[Seg], m: Option<&Value>, t: Option<&Value>| -> Option<Option<Value>> {
            (p.last() == Some(&Seg::Key("next_id".into()))).then(|| m.into_iter().chain(t).max_by_key(|v| v.as_u64()).cloned())
        };
        let m = merge_json(Some(&json!({"next_id": 3})), &json!({"next_id": 5}), &json!({"next_id": 4}), &policy);
        assert_eq!(m.value, Some(json!({"next_id": 5})));
        assert!(m.conflicts.is_empty());
    }

    #[test]
    fn set_and_get_follow_item_keys() {
        let mut doc = json!({"plan": {"actions": [{"id": 1, "what": "a"}]}});
        let what = vec![Seg::Key("plan".into()), Seg::Key("actions".into()), Seg::Item(json!(1)), Seg::Key("what".into())];
        assert!(set(&mut doc, &what, Some(json!("b"))));
        assert_eq!(get(&doc, &what), Some(&json!("b")));
        let item = vec![Seg::Key("plan".into()), Seg::Key("actions".into()), Seg::Item(json!(2))];
        assert!(set(&mut doc, &item, Some(json!({"id": 2}))));
        assert!(set(&mut doc, &what[..3], None));
        assert_eq!(doc, json!({"plan": {"actions": [{"id": 2}]}}));
        assert!(!set(&mut doc, &what, Some(json!("c"))), "the item is gone");
        assert_eq!(path_text(&what), "plan.actions[1].what");
    }

    #[test]
    fn differences_name_each_place_once() {
        let mut out = Vec::new();
        differences(
            Some(&json!({"a": 1, "l": [{"id": 1, "x": 1}, {"id": 2}]})),
            Some(&json!({"a": 2, "l": [{"id": 1, "x": 2}, {"id": 3}]})),
            &mut Vec::new(),
            &mut out,
        );
        let texts: Vec<String> = out.iter().map(|p| path_text(p)).collect();
        assert_eq!(texts, ["a", "l[1].x", "l[2]", "l[3]"]);
    }
}
