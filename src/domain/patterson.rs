//! Model of the Patterson reflection sheet (PMTO's five core parenting practices).
//!
//! The coach sits down with a parent or another network figure. Per strategy they note what
//! already goes well, an example situation, and one thing to try; the sheet is printed and left
//! behind. One sheet per network figure.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub const MAX_NAME_CHARS: usize = 60;
pub const MAX_TEXT_CHARS: usize = 1000;

/// The five strategies, in the order the model is usually told.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Strategy {
    /// Discipline: clarity, few rules, calmly doing what was agreed.
    Clarity,
    /// Monitoring: asking questions, showing interest without interrogating.
    Monitoring,
    /// Positive reinforcement: compliments, seeing small steps.
    Reinforcement,
    /// Positive involvement: being there, time together.
    Involvement,
    /// Problem solving: listening first, then looking for a solution together.
    ProblemSolving,
}

impl Strategy {
    pub const ALL: [Strategy; 5] =
        [Strategy::Clarity, Strategy::Monitoring, Strategy::Reinforcement, Strategy::Involvement, Strategy::ProblemSolving];

    pub fn index(self) -> usize {
        Self::ALL.iter().position(|s| *s == self).expect("ALL lists every strategy")
    }
}

/// One of the three questions asked per strategy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteField {
    GoesWell,
    Example,
    TryNext,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StrategyNotes {
    pub strategy: Strategy,
    #[serde(default)]
    pub goes_well: String,
    #[serde(default)]
    pub example: String,
    /// One thing to try before the next visit.
    #[serde(default)]
    pub try_next: String,
}

impl StrategyNotes {
    fn new(strategy: Strategy) -> Self {
        StrategyNotes { strategy, goes_well: String::new(), example: String::new(), try_next: String::new() }
    }

    fn field(&self, f: NoteField) -> &String {
        match f {
            NoteField::GoesWell => &self.goes_well,
            NoteField::Example => &self.example,
            NoteField::TryNext => &self.try_next,
        }
    }

    /// Something was written for this strategy.
    pub fn is_talked_about(&self) -> bool {
        [NoteField::GoesWell, NoteField::Example, NoteField::TryNext].iter().any(|f| !self.field(*f).trim().is_empty())
    }
}

/// The sheet of one parent or other network figure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    pub id: u32,
    /// Name as the young person says it ("mama", "Karim").
    #[serde(default)]
    pub name: String,
    /// How they relate to the young person ("mama", "pleegvader", "oom"); may be empty.
    #[serde(default)]
    pub relation: String,
    /// The day of the conversation.
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// Only strategies something was written for; in no particular order.
    #[serde(default)]
    pub notes: Vec<StrategyNotes>,
}

impl Figure {
    pub fn notes(&self, s: Strategy) -> Option<&StrategyNotes> {
        self.notes.iter().find(|n| n.strategy == s)
    }

    pub fn text(&self, s: Strategy, f: NoteField) -> String {
        self.notes(s).map(|n| n.field(f).clone()).unwrap_or_default()
    }

    /// The strategies something was written for, in the model's order.
    pub fn talked_about(&self) -> Vec<Strategy> {
        Strategy::ALL.into_iter().filter(|s| self.notes(*s).is_some_and(StrategyNotes::is_talked_about)).collect()
    }

    /// The strategies still open, in the model's order.
    pub fn open(&self) -> Vec<Strategy> {
        Strategy::ALL.into_iter().filter(|s| !self.notes(*s).is_some_and(StrategyNotes::is_talked_about)).collect()
    }

    /// All five were talked about.
    pub fn is_complete(&self) -> bool {
        self.open().is_empty()
    }

    /// The things to try, in the model's order: the heart of the sheet that is left behind.
    pub fn to_try(&self) -> Vec<(Strategy, String)> {
        Strategy::ALL
            .into_iter()
            .filter_map(|s| {
                let t = self.text(s, NoteField::TryNext);
                (!t.trim().is_empty()).then(|| (s, t.trim().to_string()))
            })
            .collect()
    }
}

/// Why a figure was not added.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PattersonError {
    EmptyName,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PattersonSheet {
    #[serde(default)]
    pub figures: Vec<Figure>,
    #[serde(default)]
    pub next_id: u32,
}

fn clean(text: &str, max: usize) -> String {
    super::text::clean_line(text, max)
}

impl PattersonSheet {
    /// Adds a sheet for a network figure and returns its id. A name is needed to tell the sheets
    /// apart ("mama" is enough).
    pub fn add_figure(&mut self, name: &str, relation: &str, date: Option<NaiveDate>) -> Result<u32, PattersonError> {
        let name = clean(name, MAX_NAME_CHARS);
        if name.is_empty() {
            return Err(PattersonError::EmptyName);
        }
        let id = self.next_id.max(self.figures.iter().map(|f| f.id + 1).max().unwrap_or(0));
        self.next_id = id + 1;
        self.figures.push(Figure { id, name, relation: clean(relation, MAX_NAME_CHARS), date, notes: Vec::new() });
        Ok(id)
    }

    pub fn figure(&self, id: u32) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    fn figure_mut(&mut self, id: u32) -> Option<&mut Figure> {
        self.figures.iter_mut().find(|f| f.id == id)
    }

    /// Renames a figure as typed (only capped); an empty name is refused and the old one stays.
    pub fn rename(&mut self, id: u32, name: &str) -> Result<(), PattersonError> {
        if name.trim().is_empty() {
            return Err(PattersonError::EmptyName);
        }
        if let Some(f) = self.figure_mut(id) {
            f.name = super::text::limit(name, MAX_NAME_CHARS).to_string();
        }
        Ok(())
    }

    /// Changes the relation as typed (only capped).
    pub fn set_relation(&mut self, id: u32, relation: &str) {
        if let Some(f) = self.figure_mut(id) {
            f.relation = super::text::limit(relation, MAX_NAME_CHARS).to_string();
        }
    }

    pub fn set_date(&mut self, id: u32, date: Option<NaiveDate>) {
        if let Some(f) = self.figure_mut(id) {
            f.date = date;
        }
    }

    /// Sets one answer as typed (capped in length); a strategy left with nothing is dropped.
    pub fn set_text(&mut self, id: u32, s: Strategy, field: NoteField, text: &str) {
        let Some(f) = self.figure_mut(id) else { return };
        let i = match f.notes.iter().position(|n| n.strategy == s) {
            Some(i) => i,
            None => {
                f.notes.push(StrategyNotes::new(s));
                f.notes.len() - 1
            }
        };
        let n = &mut f.notes[i];
        let slot = match field {
            NoteField::GoesWell => &mut n.goes_well,
            NoteField::Example => &mut n.example,
            NoteField::TryNext => &mut n.try_next,
        };
        *slot = super::text::limit(text, MAX_TEXT_CHARS).to_string();
        f.notes.retain(|n| !(n.goes_well.is_empty() && n.example.is_empty() && n.try_next.is_empty()));
    }

    pub fn remove_figure(&mut self, id: u32) -> Option<Figure> {
        let i = self.figures.iter().position(|f| f.id == id)?;
        Some(self.figures.remove(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_needs_a_name() {
        let mut p = PattersonSheet::default();
        assert_eq!(p.add_figure("  ", "mama", None), Err(PattersonError::EmptyName));
        let id = p.add_figure(" Fatima ", " mama ", None).unwrap();
        let f = p.figure(id).unwrap();
        assert_eq!((f.name.as_str(), f.relation.as_str()), ("Fatima", "mama"));
        assert_eq!(p.rename(id, ""), Err(PattersonError::EmptyName));
        assert_eq!(p.figure(id).unwrap().name, "Fatima");
        p.rename(id, "Fatima B.").unwrap();
        assert_eq!(p.figure(id).unwrap().name, "Fatima B.");
    }

    #[test]
    fn completeness_counts_strategies_with_any_answer() {
        let mut p = PattersonSheet::default();
        let id = p.add_figure("papa", "", None).unwrap();
        let f = p.figure(id).unwrap();
        assert_eq!(f.talked_about(), vec![]);
        assert_eq!(f.open(), Strategy::ALL.to_vec());
        assert!(!f.is_complete());

        p.set_text(id, Strategy::Reinforcement, NoteField::Example, "zei 'goed gedaan' na sollicitatie");
        p.set_text(id, Strategy::Clarity, NoteField::TryNext, "   ");
        let f = p.figure(id).unwrap();
        assert_eq!(f.talked_about(), vec![Strategy::Reinforcement], "only spaces is not an answer");
        assert_eq!(f.open().len(), 4);

        for s in Strategy::ALL {
            p.set_text(id, s, NoteField::GoesWell, "iets");
        }
        assert!(p.figure(id).unwrap().is_complete());
        assert_eq!(p.figure(id).unwrap().talked_about(), Strategy::ALL.to_vec());

        // Emptying every field of a strategy opens it again and drops its notes.
        p.set_text(id, Strategy::Monitoring, NoteField::GoesWell, "");
        let f = p.figure(id).unwrap();
        assert_eq!(f.open(), vec![Strategy::Monitoring]);
        assert!(f.notes(Strategy::Monitoring).is_none());
        assert!(f.notes(Strategy::Clarity).is_some(), "clarity still has its 'goes well' (and the spaces)");
    }

    #[test]
    fn things_to_try_come_in_the_models_order() {
        let mut p = PattersonSheet::default();
        let id = p.add_figure("oma", "grootmoeder", None).unwrap();
        p.set_text(id, Strategy::ProblemSolving, NoteField::TryNext, " eerst luisteren ");
        p.set_text(id, Strategy::Clarity, NoteField::TryNext, "één afspraak over thuiskomen");
        p.set_text(id, Strategy::Involvement, NoteField::GoesWell, "samen koken");
        assert_eq!(
            p.figure(id).unwrap().to_try(),
            vec![
                (Strategy::Clarity, "één afspraak over thuiskomen".to_string()),
                (Strategy::ProblemSolving, "eerst luisteren".to_string()),
            ]
        );
    }

    #[test]
    fn sheets_of_figures_stay_apart() {
        let mut p = PattersonSheet::default();
        let a = p.add_figure("mama", "", None).unwrap();
        let b = p.add_figure("papa", "", None).unwrap();
        p.set_text(a, Strategy::Monitoring, NoteField::GoesWell, "belt elke dag");
        assert_eq!(p.figure(b).unwrap().text(Strategy::Monitoring, NoteField::GoesWell), "");
        assert_eq!(p.figure(a).unwrap().text(Strategy::Monitoring, NoteField::GoesWell), "belt elke dag");
        let date = NaiveDate::from_ymd_opt(2026, 4, 2);
        p.set_date(b, date);
        p.set_relation(b, "stiefvader");
        assert_eq!(p.figure(b).unwrap().date, date);
        assert_eq!(p.figure(b).unwrap().relation, "stiefvader");
        assert!(p.remove_figure(a).is_some());
        let c = p.add_figure("tante", "", None).unwrap();
        assert!(c != a && c != b, "ids are never reused");
        // Writing to a sheet that is gone changes nothing.
        p.set_text(a, Strategy::Clarity, NoteField::GoesWell, "x");
        assert_eq!(p.figures.len(), 2);
    }

    #[test]
    fn long_texts_are_capped_and_the_file_round_trips() {
        let mut p = PattersonSheet::default();
        let id = p.add_figure("mama", "", None).unwrap();
        p.set_text(id, Strategy::Clarity, NoteField::Example, &"é".repeat(3000));
        assert_eq!(p.figure(id).unwrap().text(Strategy::Clarity, NoteField::Example).chars().count(), MAX_TEXT_CHARS);
        let back: PattersonSheet = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
        assert_eq!(back, p);
        let old: PattersonSheet = serde_json::from_str(r#"{"figures":[{"id":2,"name":"papa"}]}"#).unwrap();
        assert!(old.figures[0].notes.is_empty());
    }
}
