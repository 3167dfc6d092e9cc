//! What the user chose on this device that is not about a young person.

use serde::{Deserialize, Serialize};

/// How many recently opened cards we remember.
pub const MAX_RECENT: usize = 8;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Preferences {
    /// Language code ("nl" or "en"); `None` means the default, Dutch.
    #[serde(default)]
    pub lang: Option<String>,
    /// Slugs of favourite method cards, in the order they were marked.
    #[serde(default)]
    pub favourite_cards: Vec<String>,
    /// Slugs of recently opened cards, newest first.
    #[serde(default)]
    pub recent_cards: Vec<String>,
}

impl Preferences {
    /// Marks or unmarks a favourite; returns whether it is now a favourite.
    pub fn toggle_favourite(&mut self, slug: &str) -> bool {
        if let Some(i) = self.favourite_cards.iter().position(|s| s == slug) {
            self.favourite_cards.remove(i);
            false
        } else {
            self.favourite_cards.push(slug.to_string());
            true
        }
    }

    pub fn is_favourite(&self, slug: &str) -> bool {
        self.favourite_cards.iter().any(|s| s == slug)
    }

    /// Moves `slug` to the front of the recent list, keeping it short and without repeats.
    pub fn opened_card(&mut self, slug: &str) {
        self.recent_cards.retain(|s| s != slug);
        self.recent_cards.insert(0, slug.to_string());
        self.recent_cards.truncate(MAX_RECENT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn favourites_toggle() {
        let mut p = Preferences::default();
        assert!(p.toggle_favourite("levenslijn"));
        assert!(p.is_favourite("levenslijn"));
        assert!(!p.toggle_favourite("levenslijn"));
        assert!(!p.is_favourite("levenslijn"));
    }

    #[test]
    fn recent_cards_are_unique_newest_first_and_capped() {
        let mut p = Preferences::default();
        for i in 0..12 {
            p.opened_card(&format!("c{i}"));
        }
        p.opened_card("c5");
        assert_eq!(p.recent_cards.len(), MAX_RECENT);
        assert_eq!(p.recent_cards[0], "c5");
        assert_eq!(p.recent_cards.iter().filter(|s| *s == "c5").count(), 1);
    }
}
