//! A young person ("jongere") on this device: only a first name or nickname, never more.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Stable identifier of a profile; also part of its storage key.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ProfileId(pub String);

impl ProfileId {
    /// Only letters, digits and `-` so that the id is safe in a URL and a storage key.
    pub fn is_valid(s: &str) -> bool {
        !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for ProfileId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The longest name we keep; a nickname, not a life story.
pub const MAX_NAME_CHARS: usize = 40;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub id: ProfileId,
    /// First name or nickname. May be empty: nothing is mandatory; the UI then shows a placeholder.
    #[serde(default)]
    pub name: String,
    /// Day of the kennismaking where both agreed to start; the year counts from here.
    #[serde(default)]
    pub start_date: Option<NaiveDate>,
    /// When the profile was made (for a stable order in lists).
    #[serde(default)]
    pub created: Option<NaiveDate>,
}

impl Profile {
    pub fn new(id: ProfileId, name: &str, start_date: Option<NaiveDate>, created: NaiveDate) -> Self {
        Profile { id, name: clean_name(name), start_date, created: Some(created) }
    }

    pub fn rename(&mut self, name: &str) {
        self.name = clean_name(name);
    }
}

/// Trims, collapses inner whitespace and caps the length (in characters as a reader sees
/// them, [`super::text`]) so a name stays a name.
pub fn clean_name(name: &str) -> String {
    super::text::clean_line(name, MAX_NAME_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_capped() {
        assert_eq!(clean_name("  Sam   de  Vries "), "Sam de Vries");
        assert_eq!(clean_name(&"a".repeat(100)).chars().count(), MAX_NAME_CHARS);
        assert_eq!(clean_name("   "), "");
        // Multi-byte characters are counted as characters, not bytes.
        assert_eq!(clean_name(&"é".repeat(50)).chars().count(), MAX_NAME_CHARS);
    }

    #[test]
    fn ids_are_url_and_key_safe() {
        assert!(ProfileId::is_valid("p-k3j2-9x"));
        assert!(!ProfileId::is_valid(""));
        assert!(!ProfileId::is_valid("a/b"));
        assert!(!ProfileId::is_valid("a b"));
    }

    #[test]
    fn renaming_cleans_the_name() {
        let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let mut p = Profile::new(ProfileId("p1".into()), " Sam ", None, d);
        assert_eq!(p.name, "Sam");
        p.rename("  Samira ");
        assert_eq!(p.name, "Samira");
    }
}
