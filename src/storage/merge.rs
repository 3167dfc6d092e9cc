//! Two tabs changed the same young person: bring both versions together.
//!
//! A tab keeps the version its pending change started from (the *base*). When another tab's
//! newer version arrives before that change is written, the three are merged field by field:
//! what only one side changed is taken from that side; where both changed the same field to
//! different values, this tab's value is kept and the field is reported, so the screen can say
//! so. Lists of items that carry an `id` (actions, readings, moments, people, ...) are merged
//! item by item, so an action added in one tab and another edited in the other both survive.
//! Nothing is dropped without a word.

use serde::{de::DeserializeOwned, Serialize};
use serde_json::{Map, Value};

/// The merged version and where both sides changed the same field differently (paths such as
/// `plan.actions[3].text`; this tab's value was kept there).
#[derive(Debug, PartialEq)]
pub struct Merged<T> {
    pub value: T,
    pub kept_mine: Vec<String>,
}

/// Merges `mine` (this tab's unsaved version) and `theirs` (what another tab stored), both
/// changed from `base`. `None` only if a version cannot be represented as JSON or the merged
/// JSON does not read back (then the caller keeps `mine` and says so).
pub fn merge<T: Serialize + DeserializeOwned>(base: &T, mine: &T, theirs: &T) -> Option<Merged<T>> {
    let (base, mine, theirs) =
        (serde_json::to_value(base).ok()?, serde_json::to_value(mine).ok()?, serde_json::to_value(theirs).ok()?);
    let mut kept_mine = Vec::new();
    let merged = merge_value(Some(&base), Some(&mine), Some(&theirs), "", &mut kept_mine)?;
    Some(Merged { value: serde_json::from_value(merged).ok()?, kept_mine })
}

/// Three-way merge of one value. `None` on a side means the field (or item) is absent there;
/// the result `None` means it stays absent.
fn merge_value(
    base: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
    path: &str,
    kept_mine: &mut Vec<String>,
) -> Option<Value> {
    if mine == theirs {
        return mine.cloned();
    }
    if mine == base {
        return theirs.cloned();
    }
    if theirs == base {
        return mine.cloned();
    }
    // Both sides changed it, differently.
    match (base, mine, theirs) {
        (base, Some(Value::Object(m)), Some(Value::Object(t))) => {
            let b = base.and_then(Value::as_object);
            Some(Value::Object(merge_objects(b, m, t, path, kept_mine)))
        }
        (base, Some(Value::Array(m)), Some(Value::Array(t))) => {
            let b = match base {
                Some(Value::Array(b)) => Some(b.as_slice()),
                _ => None,
            };
            match merge_by_id(b, m, t, path, kept_mine) {
                Some(list) => Some(Value::Array(list)),
                None => keep_mine(mine, path, kept_mine),
            }
        }
        _ => keep_mine(mine, path, kept_mine),
    }
}

fn keep_mine(mine: Option<&Value>, path: &str, kept_mine: &mut Vec<String>) -> Option<Value> {
    kept_mine.push(path.to_string());
    mine.cloned()
}

fn merge_objects(
    base: Option<&Map<String, Value>>,
    mine: &Map<String, Value>,
    theirs: &Map<String, Value>,
    path: &str,
    kept_mine: &mut Vec<String>,
) -> Map<String, Value> {
    let mut keys: Vec<&String> = mine.keys().collect();
    keys.extend(theirs.keys().filter(|k| !mine.contains_key(*k)));
    let mut out = Map::new();
    for k in keys {
        let field = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
        let b = base.and_then(|b| b.get(k));
        if let Some(v) = merge_value(b, mine.get(k), theirs.get(k), &field, kept_mine) {
            out.insert(k.clone(), v);
        }
    }
    out
}

/// The `id` of a list item, when it is an object that has one.
fn item_id(v: &Value) -> Option<&Value> {
    v.as_object()?.get("id").filter(|id| id.is_number() || id.is_string())
}

/// Merges lists whose items all carry a unique `id`, item by item: the order of `mine`, with
/// items only the other tab added after them. `None` when the lists are not of that kind.
fn merge_by_id(base: Option<&[Value]>, mine: &[Value], theirs: &[Value], path: &str, kept_mine: &mut Vec<String>) -> Option<Vec<Value>> {
    let base = base.unwrap_or(&[]);
    let ids = |list: &[Value]| -> Option<Vec<Value>> {
        let ids: Vec<Value> = list.iter().map(|v| item_id(v).cloned()).collect::<Option<_>>()?;
        let unique = ids.iter().enumerate().all(|(i, id)| !ids[..i].contains(id));
        unique.then_some(ids)
    };
    let (base_ids, mine_ids, theirs_ids) = (ids(base)?, ids(mine)?, ids(theirs)?);
    let find = |list: &'_ [Value], ids: &[Value], id: &Value| -> Option<Value> {
        ids.iter().position(|i| i == id).map(|p| list[p].clone())
    };
    let mut order: Vec<Value> = mine_ids.clone();
    order.extend(theirs_ids.iter().filter(|id| !mine_ids.contains(id)).cloned());
    let mut out = Vec::new();
    for id in order {
        let label = match &id {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let item_path = format!("{path}[{label}]");
        let (b, m, t) = (find(base, &base_ids, &id), find(mine, &mine_ids, &id), find(theirs, &theirs_ids, &id));
        if let Some(v) = merge_value(b.as_ref(), m.as_ref(), t.as_ref(), &item_path, kept_mine) {
            out.push(v);
        }
    }
    Some(out)
}

/// The part of the app a merge path belongs to (its first segment): `plan`, `lifeline`, ...
pub fn area_of(path: &str) -> &str {
    path.split(['.', '[']).next().unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::TopicId;
    use crate::domain::LifeDomain;
    use crate::domain::{CaseFile, Profile, ProfileId};
    use chrono::NaiveDate;
    use serde_json::json;

    fn merge_json(base: Value, mine: Value, theirs: Value) -> (Value, Vec<String>) {
        let mut kept = Vec::new();
        let v = merge_value(Some(&base), Some(&mine), Some(&theirs), "", &mut kept).unwrap();
        (v, kept)
    }

    #[test]
    fn different_fields_are_both_kept() {
        let (v, kept) = merge_json(
            json!({"name": "Sam", "note": "", "age": 20}),
            json!({"name": "Sam", "note": "typed in tab B", "age": 20}),
            json!({"name": "Samira", "note": "", "age": 20}),
        );
        assert_eq!(v, json!({"name": "Samira", "note": "typed in tab B", "age": 20}));
        assert!(kept.is_empty());
    }

    #[test]
    fn the_same_field_changed_differently_keeps_mine_and_says_where() {
        let (v, kept) = merge_json(
            json!({"plan": {"note": "old", "goal": "x"}}),
            json!({"plan": {"note": "mine", "goal": "x"}}),
            json!({"plan": {"note": "theirs", "goal": "y"}}),
        );
        assert_eq!(v, json!({"plan": {"note": "mine", "goal": "y"}}));
        assert_eq!(kept, vec!["plan.note".to_string()]);
        assert_eq!(area_of(&kept[0]), "plan");
    }

    #[test]
    fn lists_with_ids_merge_item_by_item() {
        let base = json!({"actions": [{"id": 1, "text": "a"}, {"id": 2, "text": "b"}, {"id": 3, "text": "c"}]});
        // Mine: edits 1, deletes 3. Theirs: edits 2, adds 4.
        let mine = json!({"actions": [{"id": 1, "text": "A"}, {"id": 2, "text": "b"}]});
        let theirs = json!({"actions": [{"id": 1, "text": "a"}, {"id": 2, "text": "B"}, {"id": 3, "text": "c"}, {"id": 4, "text": "d"}]});
        let (v, kept) = merge_json(base, mine, theirs);
        assert_eq!(v, json!({"actions": [{"id": 1, "text": "A"}, {"id": 2, "text": "B"}, {"id": 4, "text": "d"}]}));
        assert!(kept.is_empty());
    }

    #[test]
    fn an_item_edited_here_and_deleted_there_is_kept_and_reported() {
        let base = json!([{"id": 1, "text": "a"}]);
        let mine = json!([{"id": 1, "text": "A"}]);
        let theirs = json!([]);
        let (v, kept) = merge_json(base, mine, theirs);
        assert_eq!(v, json!([{"id": 1, "text": "A"}]));
        assert_eq!(kept, vec!["[1]".to_string()]);
    }

    #[test]
    fn lists_without_ids_are_one_value() {
        let (v, kept) = merge_json(json!({"tags": [1, 2]}), json!({"tags": [1, 2, 3]}), json!({"tags": [2]}));
        assert_eq!(v, json!({"tags": [1, 2, 3]}));
        assert_eq!(kept, vec!["tags".to_string()]);
    }

    #[test]
    fn two_tabs_on_one_case_file_lose_nothing() {
        let day = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        let mut base = CaseFile::new(Profile::new(ProfileId("a".into()), "Sam", None, day));
        let housing = TopicId::Domain(LifeDomain::Wonen);
        let first = base.plan.add_action(housing);
        base.plan.action_mut(first).unwrap().what = "Huurcontract bekijken".into();
        let mut mine = base.clone();
        mine.plan.action_mut(first).unwrap().what = "Huurcontract bekijken met Noor".into();
        let mut theirs = base.clone();
        theirs.profile.rename("Samira");
        let second = theirs.plan.add_action(housing);
        theirs.plan.action_mut(second).unwrap().what = "Bankkaart aanvragen".into();
        let merged = merge(&base, &mine, &theirs).unwrap();
        assert!(merged.kept_mine.is_empty(), "{:?}", merged.kept_mine);
        assert_eq!(merged.value.profile.name, "Samira");
        let texts: Vec<_> = merged.value.plan.actions.iter().map(|a| a.what.as_str()).collect();
        assert_eq!(texts, vec!["Huurcontract bekijken met Noor", "Bankkaart aanvragen"]);
    }
}
