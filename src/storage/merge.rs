//! Two tabs changed the same young person: bring both versions together.
//!
//! A tab keeps the version its pending change started from (the *base*). When another tab's
//! newer version arrives before that change is written, the three are merged field by field
//! ([`crate::domain::merge`], the same engine that brings two phones together): what only one
//! side changed is taken from that side; where both changed the same field to different values,
//! this tab's value is kept and the field is reported, so the screen can say so. Lists of items
//! that carry an `id` (actions, readings, moments, people, ...) are merged item by item, so an
//! action added in one tab and another edited in the other both survive. Nothing is dropped
//! without a word.

use serde::{de::DeserializeOwned, Serialize};

use crate::domain::merge::{ask_always, merge_json, path_text};

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
    let merged = merge_json(Some(&base), &mine, &theirs, &ask_always);
    let kept_mine = merged.conflicts.iter().map(|c| path_text(&c.path)).collect();
    Some(Merged { value: serde_json::from_value(merged.value?).ok()?, kept_mine })
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
    use serde_json::{json, Value};

    fn merge_json(base: Value, mine: Value, theirs: Value) -> (Value, Vec<String>) {
        let m = merge(&base, &mine, &theirs).unwrap();
        (m.value, m.kept_mine)
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
