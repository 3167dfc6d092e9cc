//! A session outline for course mode: the cards and worksheets a trainer shows, in order.
//!
//! An outline travels in a link as `?s=levenslijn,werkblad:levenslijn,netwerkwandeling`: a card
//! by its slug, a worksheet (practised on the demo case) as `werkblad:<worksheet>`, with
//! `werkblad:plan` for the support plan. Unknown or damaged parts of a link are left out, so a
//! mistyped link still opens what it can.

use super::{all, by_slug, Card};

/// The longest outline a link may carry; more is cut off.
pub const MAX_STEPS: usize = 40;
/// The token prefix of a worksheet step.
pub const WORKSHEET_PREFIX: &str = "werkblad:";
/// The worksheet token of the support plan, and the card it belongs to.
pub const PLAN_TOKEN: &str = "plan";
const PLAN_CARD: &str = "ondersteuningsplan";

/// One step of a session.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Step {
    /// Show a method card.
    Card(&'static Card),
    /// Practise a worksheet on the demo case; the card is the method it belongs to.
    Worksheet(&'static Card),
}

impl Step {
    pub fn card(self) -> &'static Card {
        match self {
            Step::Card(c) | Step::Worksheet(c) => c,
        }
    }

    /// The worksheet's route id (`plan` for the support plan), for a worksheet step.
    pub fn worksheet(self) -> Option<&'static str> {
        match self {
            Step::Card(_) => None,
            Step::Worksheet(c) => Some(worksheet_of(c)?),
        }
    }

    /// The path of the demo's worksheet this step practises, below `/jongeren/<id>`.
    pub fn practice_path(self) -> Option<String> {
        self.worksheet().map(|w| if w == PLAN_TOKEN { "plan".to_string() } else { format!("werkblad/{w}") })
    }

    fn token(self) -> String {
        match self {
            Step::Card(c) => c.slug.to_string(),
            Step::Worksheet(c) => format!("{WORKSHEET_PREFIX}{}", worksheet_of(c).unwrap_or_default()),
        }
    }
}

/// The worksheet a card leads to (the support plan for its own card).
fn worksheet_of(card: &'static Card) -> Option<&'static str> {
    if card.slug == PLAN_CARD {
        Some(PLAN_TOKEN)
    } else {
        card.worksheet
    }
}

/// Every worksheet step there is, in card order: what a trainer can add.
pub fn worksheet_steps() -> Vec<Step> {
    all().iter().filter(|c| worksheet_of(c).is_some()).map(Step::Worksheet).collect()
}

/// Reads an outline from the `s` value of a link. Never fails: what it cannot read is left out.
pub fn parse(value: &str) -> Vec<Step> {
    value
        .split(',')
        .filter_map(|part| {
            let part = part.trim();
            match part.strip_prefix(WORKSHEET_PREFIX) {
                Some(w) if w == PLAN_TOKEN => by_slug(PLAN_CARD).map(Step::Worksheet),
                Some(w) if !w.is_empty() => all().iter().find(|c| c.worksheet == Some(w)).map(Step::Worksheet),
                Some(_) => None,
                None => by_slug(part).map(Step::Card),
            }
        })
        .take(MAX_STEPS)
        .collect()
}

/// The `s` value for an outline (no escaping needed: slugs are `a-z0-9-`).
pub fn encode(steps: &[Step]) -> String {
    steps.iter().take(MAX_STEPS).map(|s| s.token()).collect::<Vec<_>>().join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_outline_survives_a_link() {
        let steps = vec![
            Step::Card(by_slug("levenslijn").unwrap()),
            Step::Worksheet(by_slug("levenslijn").unwrap()),
            Step::Card(by_slug("netwerkwandeling").unwrap()),
            Step::Worksheet(by_slug("ondersteuningsplan").unwrap()),
            Step::Card(by_slug("levenslijn").unwrap()),
        ];
        let text = encode(&steps);
        assert_eq!(text, "levenslijn,werkblad:levenslijn,netwerkwandeling,werkblad:plan,levenslijn");
        assert_eq!(parse(&text), steps);
        assert_eq!(steps[1].practice_path().as_deref(), Some("werkblad/levenslijn"));
        assert_eq!(steps[3].practice_path().as_deref(), Some("plan"));
        assert_eq!(steps[0].practice_path(), None);
    }

    #[test]
    fn every_worksheet_step_round_trips_and_opens_a_page() {
        let steps = worksheet_steps();
        assert_eq!(steps.len(), 7, "six worksheets and the support plan");
        assert_eq!(parse(&encode(&steps)), steps);
        assert!(steps.iter().all(|s| s.practice_path().is_some()));
    }

    #[test]
    fn garbage_is_left_out_and_never_panics() {
        assert_eq!(parse(""), vec![]);
        assert_eq!(parse(",,, ,"), vec![]);
        assert_eq!(parse("bestaat-niet,werkblad:,werkblad:bestaat-niet,werkblad:werkblad:plan,../x,%00"), vec![]);
        assert_eq!(parse(" levenslijn , nope"), vec![Step::Card(by_slug("levenslijn").unwrap())]);
        // A card without a worksheet is not a worksheet step.
        assert_eq!(parse("werkblad:housing-first"), vec![]);
        let long = vec!["levenslijn"; 100].join(",");
        assert_eq!(parse(&long).len(), MAX_STEPS);
        assert_eq!(parse("é,😀,\u{0},werkblad:😀"), vec![]);
    }
}
