//! What the young person scores: the life domains of the source, plus their own themes
//! ("wat ik zelf wil bespreken").

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::domain::LifeDomain;

/// One axis of the spider web: a life domain or one of the young person's own themes.
///
/// Stored as a short string key (`"wonen"`, `"eigen-3"`), which is also safe as an HTML id and a
/// JSON map key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TopicId {
    Domain(LifeDomain),
    /// An own theme, by its id in [`super::SupportPlan::own_themes`].
    Own(u32),
}

const OWN_PREFIX: &str = "eigen-";

impl TopicId {
    pub fn key(self) -> String {
        match self {
            TopicId::Domain(d) => d.slug().to_string(),
            TopicId::Own(n) => format!("{OWN_PREFIX}{n}"),
        }
    }

    pub fn from_key(key: &str) -> Option<TopicId> {
        if let Some(n) = key.strip_prefix(OWN_PREFIX) {
            return n.parse().ok().map(TopicId::Own);
        }
        LifeDomain::from_slug(key).map(TopicId::Domain)
    }

    pub fn domain(self) -> Option<LifeDomain> {
        match self {
            TopicId::Domain(d) => Some(d),
            TopicId::Own(_) => None,
        }
    }
}

impl fmt::Display for TopicId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.key())
    }
}

impl Serialize for TopicId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.key())
    }
}

impl<'de> Deserialize<'de> for TopicId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let key = String::deserialize(d)?;
        TopicId::from_key(&key).ok_or_else(|| serde::de::Error::custom(format!("unknown topic {key:?}")))
    }
}

/// The longest name of an own theme.
pub const MAX_THEME_CHARS: usize = 60;

/// A theme the young person wants to talk about, scored like a life domain.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnTheme {
    pub id: u32,
    #[serde(default)]
    pub name: String,
}

/// Trims and collapses whitespace and caps the length (in characters).
pub fn clean_line(text: &str, max_chars: usize) -> String {
    crate::domain::text::clean_line(text, max_chars)
}

/// Caps a longer text (in characters) but keeps its line breaks and spaces as typed.
pub fn cap_text(text: &str, max_chars: usize) -> String {
    crate::domain::text::limit(text, max_chars).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        for d in LifeDomain::ALL {
            assert_eq!(TopicId::from_key(&TopicId::Domain(d).key()), Some(TopicId::Domain(d)));
        }
        assert_eq!(TopicId::from_key("eigen-12"), Some(TopicId::Own(12)));
        assert_eq!(TopicId::Own(12).key(), "eigen-12");
        assert_eq!(TopicId::from_key("eigen-x"), None);
        assert_eq!(TopicId::from_key("maan"), None);
    }

    #[test]
    fn serde_uses_the_key_also_as_map_key() {
        let mut m = std::collections::BTreeMap::new();
        m.insert(TopicId::Own(2), 1);
        m.insert(TopicId::Domain(LifeDomain::Wonen), 2);
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, r#"{"wonen":2,"eigen-2":1}"#);
        let back: std::collections::BTreeMap<TopicId, i32> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, m);
        assert!(serde_json::from_str::<TopicId>("\"onbekend\"").is_err());
    }

    #[test]
    fn text_cleaning() {
        assert_eq!(clean_line("  mijn   hond ", 60), "mijn hond");
        assert_eq!(clean_line(&"é".repeat(80), 60).chars().count(), 60);
        assert_eq!(cap_text("a\nb  c", 10), "a\nb  c");
        assert_eq!(cap_text("abcdef", 3), "abc");
    }
}
