//! Model of the three baskets (driemandenmethodiek) worksheet.
//!
//! With the closest network, every worry is written down and then placed in one of three
//! baskets (Greene's baskets A/B/C as taken up in non-violent resistance): the small first
//! basket holds the one or two non-negotiable priorities (safety first), the second holds what
//! is negotiated together, the third what is let go of for now. Who agreed on the first basket,
//! and when, is noted; a saved version keeps the baskets as they were so a later conversation
//! can see what moved.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The first basket works only when it stays small; more than this gets a gentle warning.
pub const FIRST_BASKET_MAX: usize = 2;
/// The longest concern text we keep (a sentence or two, not a report).
pub const MAX_CONCERN_CHARS: usize = 300;
/// The longest name we keep for who raised a concern or who agreed.
pub const MAX_NAME_CHARS: usize = 60;

/// One of the three baskets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basket {
    /// Non-negotiable, tackled now (keep it small: safety first).
    One,
    /// Negotiable: agreed on together, with room for compromise.
    Two,
    /// Let go of for now.
    Three,
}

impl Basket {
    pub const ALL: [Basket; 3] = [Basket::One, Basket::Two, Basket::Three];

    /// 1, 2 or 3, as people say it.
    pub fn number(self) -> u8 {
        match self {
            Basket::One => 1,
            Basket::Two => 2,
            Basket::Three => 3,
        }
    }

    /// Index in [`Basket::ALL`] (and in the i18n arrays).
    pub fn index(self) -> usize {
        self.number() as usize - 1
    }
}

/// A worry or irritation someone named. `basket` is `None` while it is still to be sorted: the
/// method starts by writing everything down without judging.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Concern {
    pub id: u32,
    #[serde(default)]
    pub text: String,
    /// Who raised it ("mama", "Sam", "tante Lies"); may be empty.
    #[serde(default)]
    pub raised_by: String,
    #[serde(default)]
    pub basket: Option<Basket>,
}

/// The baskets as they were on one day, kept so a later conversation can compare.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BasketVersion {
    pub date: NaiveDate,
    #[serde(default)]
    pub concerns: Vec<Concern>,
    #[serde(default)]
    pub agreed_by: Vec<String>,
    #[serde(default)]
    pub agreed_on: Option<NaiveDate>,
}

/// Why a concern or name was not added; shown as a plain message, nothing typed is lost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BasketsError {
    EmptyText,
}

/// How one concern changed between a saved version and now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConcernChange {
    /// In another basket now (`from`/`to` are `None` for "not sorted yet").
    Moved { concern: Concern, from: Option<Basket>, to: Option<Basket> },
    /// Written down after the version was saved.
    Added(Concern),
    /// Taken off the list since (the text as it was then).
    Removed(Concern),
}

/// The difference between a saved version and now, in the order of the current list
/// (removed concerns last).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    pub changes: Vec<ConcernChange>,
    /// Concerns that stayed in the same basket.
    pub unchanged: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreeBaskets {
    #[serde(default)]
    pub concerns: Vec<Concern>,
    /// Names of the people who agreed on what lies in the first basket.
    #[serde(default)]
    pub agreed_by: Vec<String>,
    /// When they agreed.
    #[serde(default)]
    pub agreed_on: Option<NaiveDate>,
    /// Saved versions, oldest first, at most one per day.
    #[serde(default)]
    pub versions: Vec<BasketVersion>,
    /// The id the next concern gets (ids are never reused, also not after a delete).
    #[serde(default)]
    pub next_id: u32,
}

fn clean(text: &str, max: usize) -> String {
    super::text::clean_line(text, max)
}

impl ThreeBaskets {
    /// Writes a concern down (in `basket`, or still to be sorted) and returns its id.
    pub fn add(&mut self, text: &str, raised_by: &str, basket: Option<Basket>) -> Result<u32, BasketsError> {
        let text = clean(text, MAX_CONCERN_CHARS);
        if text.is_empty() {
            return Err(BasketsError::EmptyText);
        }
        // An older file may hold concerns with ids at or above `next_id`: never hand one out twice.
        let id = self.next_id.max(self.concerns.iter().map(|c| c.id + 1).max().unwrap_or(0));
        self.next_id = id + 1;
        self.concerns.push(Concern { id, text, raised_by: clean(raised_by, MAX_NAME_CHARS), basket });
        Ok(id)
    }

    pub fn get(&self, id: u32) -> Option<&Concern> {
        self.concerns.iter().find(|c| c.id == id)
    }

    /// Puts a concern in another basket (or back on the "to sort" pile). Returns `false` if
    /// there is no such concern.
    pub fn move_to(&mut self, id: u32, basket: Option<Basket>) -> bool {
        match self.concerns.iter_mut().find(|c| c.id == id) {
            Some(c) => {
                c.basket = basket;
                true
            }
            None => false,
        }
    }

    /// Changes the text as it is typed (only capped, so a space typed at the end stays); an
    /// empty text is refused (delete the concern instead) and the old text stays.
    pub fn set_text(&mut self, id: u32, text: &str) -> Result<(), BasketsError> {
        if text.trim().is_empty() {
            return Err(BasketsError::EmptyText);
        }
        if let Some(c) = self.concerns.iter_mut().find(|c| c.id == id) {
            c.text = super::text::limit(text, MAX_CONCERN_CHARS).to_string();
        }
        Ok(())
    }

    /// Changes who raised a concern, as typed (only capped).
    pub fn set_raised_by(&mut self, id: u32, name: &str) {
        if let Some(c) = self.concerns.iter_mut().find(|c| c.id == id) {
            c.raised_by = super::text::limit(name, MAX_NAME_CHARS).to_string();
        }
    }

    /// Takes a concern off the list; saved versions keep it.
    pub fn remove(&mut self, id: u32) -> Option<Concern> {
        let i = self.concerns.iter().position(|c| c.id == id)?;
        Some(self.concerns.remove(i))
    }

    /// The concerns in `basket` (`None`: still to be sorted), in the order they were written.
    pub fn in_basket(&self, basket: Option<Basket>) -> impl Iterator<Item = &Concern> {
        self.concerns.iter().filter(move |c| c.basket == basket)
    }

    pub fn count(&self, basket: Option<Basket>) -> usize {
        self.in_basket(basket).count()
    }

    /// True when the first basket holds more than [`FIRST_BASKET_MAX`] concerns.
    pub fn first_basket_too_full(&self) -> bool {
        self.count(Some(Basket::One)) > FIRST_BASKET_MAX
    }

    /// Every distinct "raised by" name, in first-use order (suggestions for the next one).
    pub fn people(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for n in self.concerns.iter().map(|c| c.raised_by.trim()).chain(self.agreed_by.iter().map(|n| n.trim())) {
            if !n.is_empty() && !names.iter().any(|m| m.eq_ignore_ascii_case(n)) {
                names.push(n.to_string());
            }
        }
        names
    }

    /// Adds someone who agreed on the first basket (a name already there is not added twice).
    pub fn add_agreed(&mut self, name: &str) -> Result<(), BasketsError> {
        let name = clean(name, MAX_NAME_CHARS);
        if name.is_empty() {
            return Err(BasketsError::EmptyText);
        }
        if !self.agreed_by.iter().any(|n| n.eq_ignore_ascii_case(&name)) {
            self.agreed_by.push(name);
        }
        Ok(())
    }

    pub fn remove_agreed(&mut self, index: usize) {
        if index < self.agreed_by.len() {
            self.agreed_by.remove(index);
        }
    }

    /// Keeps the baskets as they are today. A second save on the same day replaces that day's
    /// version, so the list holds one version per conversation.
    pub fn save_version(&mut self, date: NaiveDate) {
        let version = BasketVersion {
            date,
            concerns: self.concerns.clone(),
            agreed_by: self.agreed_by.clone(),
            agreed_on: self.agreed_on,
        };
        match self.versions.iter().position(|v| v.date == date) {
            Some(i) => self.versions[i] = version,
            None => {
                let at = self.versions.iter().position(|v| v.date > date).unwrap_or(self.versions.len());
                self.versions.insert(at, version);
            }
        }
    }

    /// What moved, came and went between version `index` and now. `None` if there is no such
    /// version.
    pub fn compare_with_now(&self, index: usize) -> Option<Comparison> {
        let then = self.versions.get(index)?;
        Some(compare(&then.concerns, &self.concerns))
    }
}

/// Compares two lists of concerns by id.
pub fn compare(then: &[Concern], now: &[Concern]) -> Comparison {
    let mut out = Comparison::default();
    for c in now {
        match then.iter().find(|t| t.id == c.id) {
            Some(t) if t.basket == c.basket => out.unchanged += 1,
            Some(t) => out.changes.push(ConcernChange::Moved { concern: c.clone(), from: t.basket, to: c.basket }),
            None => out.changes.push(ConcernChange::Added(c.clone())),
        }
    }
    for t in then {
        if !now.iter().any(|c| c.id == t.id) {
            out.changes.push(ConcernChange::Removed(t.clone()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn concerns_are_cleaned_and_empty_ones_refused() {
        let mut b = ThreeBaskets::default();
        assert_eq!(b.add("   ", "mama", None), Err(BasketsError::EmptyText));
        assert!(b.concerns.is_empty());
        let id = b.add("  komt  's nachts   laat thuis ", " mama ", Some(Basket::Two)).unwrap();
        let c = b.get(id).unwrap();
        assert_eq!(c.text, "komt 's nachts laat thuis");
        assert_eq!(c.raised_by, "mama");
        assert_eq!(b.add(&"x".repeat(1000), "", None).map(|id| b.get(id).unwrap().text.chars().count()), Ok(MAX_CONCERN_CHARS));
    }

    #[test]
    fn ids_are_never_reused() {
        let mut b = ThreeBaskets::default();
        let a = b.add("a", "", None).unwrap();
        let c = b.add("b", "", None).unwrap();
        b.remove(c);
        let e = b.add("c", "", None).unwrap();
        assert_ne!(e, c);
        assert_ne!(e, a);
        // A file written without `next_id` still gets fresh ids.
        let mut old = ThreeBaskets {
            concerns: vec![Concern { id: 7, text: "x".into(), raised_by: String::new(), basket: None }],
            ..Default::default()
        };
        assert_eq!(old.add("y", "", None), Ok(8));
    }

    #[test]
    fn moving_between_baskets_and_back_to_the_pile() {
        let mut b = ThreeBaskets::default();
        let id = b.add("geweld thuis", "papa", None).unwrap();
        assert_eq!(b.count(None), 1);
        assert!(b.move_to(id, Some(Basket::One)));
        assert_eq!(b.count(Some(Basket::One)), 1);
        assert_eq!(b.count(None), 0);
        assert!(b.move_to(id, Some(Basket::Three)));
        assert_eq!(b.in_basket(Some(Basket::Three)).map(|c| c.id).collect::<Vec<_>>(), vec![id]);
        assert!(b.move_to(id, None));
        assert_eq!(b.count(None), 1);
        assert!(!b.move_to(999, Some(Basket::One)));
    }

    #[test]
    fn a_full_first_basket_is_flagged_after_two() {
        let mut b = ThreeBaskets::default();
        for t in ["a", "b"] {
            b.add(t, "", Some(Basket::One)).unwrap();
        }
        assert!(!b.first_basket_too_full());
        let third = b.add("c", "", Some(Basket::One)).unwrap();
        assert!(b.first_basket_too_full());
        b.move_to(third, Some(Basket::Two));
        assert!(!b.first_basket_too_full());
    }

    #[test]
    fn editing_refuses_an_empty_text_and_keeps_the_old_one() {
        let mut b = ThreeBaskets::default();
        let id = b.add("rommelige kamer", "mama", Some(Basket::Three)).unwrap();
        assert_eq!(b.set_text(id, "  "), Err(BasketsError::EmptyText));
        assert_eq!(b.get(id).unwrap().text, "rommelige kamer");
        // Kept as typed, so typing a space at the end is not undone mid-word.
        b.set_text(id, "kamer niet ").unwrap();
        assert_eq!(b.get(id).unwrap().text, "kamer niet ");
        b.set_text(id, "kamer niet opgeruimd").unwrap();
        b.set_raised_by(id, "papa ");
        assert_eq!(b.get(id).unwrap().text, "kamer niet opgeruimd");
        assert_eq!(b.get(id).unwrap().raised_by, "papa ");
        assert_eq!(b.people(), vec!["papa".to_string()], "suggestions are trimmed");
    }

    #[test]
    fn agreement_names_are_unique_and_removable() {
        let mut b = ThreeBaskets::default();
        b.add_agreed("Mama").unwrap();
        b.add_agreed(" mama ").unwrap();
        b.add_agreed("Sam").unwrap();
        assert_eq!(b.add_agreed(""), Err(BasketsError::EmptyText));
        assert_eq!(b.agreed_by, vec!["Mama".to_string(), "Sam".to_string()]);
        b.remove_agreed(0);
        b.remove_agreed(9);
        assert_eq!(b.agreed_by, vec!["Sam".to_string()]);
    }

    #[test]
    fn people_are_suggested_once_each() {
        let mut b = ThreeBaskets::default();
        b.add("a", "Mama", None).unwrap();
        b.add("b", "mama", None).unwrap();
        b.add("c", "", None).unwrap();
        b.add_agreed("Sam").unwrap();
        assert_eq!(b.people(), vec!["Mama".to_string(), "Sam".to_string()]);
    }

    #[test]
    fn versions_are_kept_one_per_day_in_date_order() {
        let mut b = ThreeBaskets::default();
        let id = b.add("geld", "papa", Some(Basket::Two)).unwrap();
        b.save_version(d(2026, 3, 12));
        b.move_to(id, Some(Basket::One));
        b.save_version(d(2026, 3, 12));
        assert_eq!(b.versions.len(), 1, "same day replaces");
        assert_eq!(b.versions[0].concerns[0].basket, Some(Basket::One));
        b.save_version(d(2026, 6, 1));
        b.save_version(d(2026, 1, 5));
        let dates: Vec<_> = b.versions.iter().map(|v| v.date).collect();
        assert_eq!(dates, vec![d(2026, 1, 5), d(2026, 3, 12), d(2026, 6, 1)]);
    }

    #[test]
    fn a_version_keeps_the_agreement_of_that_day() {
        let mut b = ThreeBaskets::default();
        b.add_agreed("Mama").unwrap();
        b.agreed_on = Some(d(2026, 3, 12));
        b.save_version(d(2026, 3, 12));
        b.add_agreed("Papa").unwrap();
        assert_eq!(b.versions[0].agreed_by, vec!["Mama".to_string()]);
        assert_eq!(b.versions[0].agreed_on, Some(d(2026, 3, 12)));
    }

    #[test]
    fn comparing_shows_what_moved_came_and_went() {
        let mut b = ThreeBaskets::default();
        let safety = b.add("geweld", "mama", Some(Basket::One)).unwrap();
        let money = b.add("geld", "papa", Some(Basket::One)).unwrap();
        let room = b.add("kamer", "mama", Some(Basket::Three)).unwrap();
        let pile = b.add("vrienden", "papa", None).unwrap();
        b.save_version(d(2026, 3, 12));

        b.move_to(money, Some(Basket::Two));
        b.move_to(pile, Some(Basket::Three));
        b.remove(room);
        let new = b.add("school", "Sam", Some(Basket::Two)).unwrap();

        let cmp = b.compare_with_now(0).unwrap();
        assert_eq!(cmp.unchanged, 1, "only the safety concern stayed put");
        assert!(b.get(safety).is_some());
        assert_eq!(cmp.changes.len(), 4);
        assert!(cmp.changes.iter().any(|c| matches!(c,
            ConcernChange::Moved { concern, from: Some(Basket::One), to: Some(Basket::Two) } if concern.id == money)));
        assert!(cmp.changes.iter().any(|c| matches!(c,
            ConcernChange::Moved { concern, from: None, to: Some(Basket::Three) } if concern.id == pile)));
        assert!(cmp.changes.iter().any(|c| matches!(c, ConcernChange::Added(x) if x.id == new)));
        assert!(matches!(cmp.changes.last(), Some(ConcernChange::Removed(x)) if x.id == room && x.text == "kamer"));
        assert_eq!(b.compare_with_now(5), None);
    }

    #[test]
    fn comparing_identical_lists_finds_nothing() {
        let mut b = ThreeBaskets::default();
        b.add("a", "", Some(Basket::One)).unwrap();
        b.save_version(d(2026, 1, 1));
        assert_eq!(b.compare_with_now(0), Some(Comparison { changes: vec![], unchanged: 1 }));
    }

    #[test]
    fn older_files_without_new_fields_load() {
        let b: ThreeBaskets = serde_json::from_str(r#"{"concerns":[{"id":1,"text":"x"}]}"#).unwrap();
        assert_eq!(b.concerns[0].basket, None);
        assert!(b.versions.is_empty());
        let json = serde_json::to_string(&Basket::Three).unwrap();
        assert_eq!(json, "\"three\"");
    }
}
