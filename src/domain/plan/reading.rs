//! A reading ("meting"): one moment at which the young person scores every domain — the support
//! plan at six weeks, the three quarterly evaluations, the closing — and what they said then.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::topic::TopicId;

/// The highest self-score.
pub const MAX_SCORE: u8 = 10;

/// The coach's view is flagged as "different" from this many points apart. On a 0–10 scale one
/// or two points is ordinary difference between two people looking at the same thing; three or
/// more is a different picture, worth a conversation.
pub const DIFFERS_AT: u8 = 3;

/// The longest "few words" we keep per domain; the input stops there too.
pub const MAX_WORDS_CHARS: usize = 600;

/// Which moment of the year a reading belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReadingKind {
    /// The support plan, ready at six weeks: the first reading.
    #[serde(rename = "ondersteuningsplan")]
    SupportPlan,
    #[serde(rename = "evaluatie-1")]
    Evaluation1,
    #[serde(rename = "evaluatie-2")]
    Evaluation2,
    #[serde(rename = "evaluatie-3")]
    Evaluation3,
    #[serde(rename = "afronding")]
    Closing,
    /// Any other moment the young person and coach choose to score again.
    #[serde(rename = "tussentijds")]
    Interim,
}

impl ReadingKind {
    pub const ALL: [ReadingKind; 6] = [
        ReadingKind::SupportPlan,
        ReadingKind::Evaluation1,
        ReadingKind::Evaluation2,
        ReadingKind::Evaluation3,
        ReadingKind::Closing,
        ReadingKind::Interim,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            ReadingKind::SupportPlan => "ondersteuningsplan",
            ReadingKind::Evaluation1 => "evaluatie-1",
            ReadingKind::Evaluation2 => "evaluatie-2",
            ReadingKind::Evaluation3 => "evaluatie-3",
            ReadingKind::Closing => "afronding",
            ReadingKind::Interim => "tussentijds",
        }
    }

    pub fn from_slug(s: &str) -> Option<ReadingKind> {
        Self::ALL.into_iter().find(|k| k.slug() == s)
    }

    /// The moment that normally follows this one in the year.
    pub fn next(self) -> ReadingKind {
        match self {
            ReadingKind::SupportPlan => ReadingKind::Evaluation1,
            ReadingKind::Evaluation1 => ReadingKind::Evaluation2,
            ReadingKind::Evaluation2 => ReadingKind::Evaluation3,
            ReadingKind::Evaluation3 => ReadingKind::Closing,
            ReadingKind::Closing | ReadingKind::Interim => ReadingKind::Interim,
        }
    }
}

/// The young person's answer for one domain in one reading.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Score {
    /// No score (yet): skipped for now. Stored as `null`.
    #[default]
    Skipped,
    /// 0 (very bad) to 10 (could not be better).
    Value(u8),
    /// "Niet voor mij / nu niet": this domain does not apply now. It stays on the web but does not
    /// pull it down. Stored as `"nvt"`.
    NotForMe,
}

const NOT_FOR_ME: &str = "nvt";

impl Score {
    pub fn value(self) -> Option<u8> {
        match self {
            Score::Value(v) => Some(v),
            _ => None,
        }
    }

    /// A score from a number, kept within 0–10.
    pub fn clamped(v: i64) -> Score {
        Score::Value(v.clamp(0, MAX_SCORE as i64) as u8)
    }
}

impl Serialize for Score {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Score::Skipped => s.serialize_none(),
            Score::Value(v) => s.serialize_u8(*v),
            Score::NotForMe => s.serialize_str(NOT_FOR_ME),
        }
    }
}

impl<'de> Deserialize<'de> for Score {
    /// Lenient on purpose: a number outside 0–10 is clamped and anything unknown reads as
    /// "skipped", so one odd value never makes a whole file unreadable.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Score;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a score from 0 to 10, \"nvt\" or null")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Score, E> {
                Ok(Score::clamped(v.min(100) as i64))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Score, E> {
                Ok(Score::clamped(v))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Score, E> {
                Ok(if v.is_finite() { Score::clamped((v + 0.5).floor().clamp(-1.0, 100.0) as i64) } else { Score::Skipped })
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Score, E> {
                Ok(if v == NOT_FOR_ME { Score::NotForMe } else { Score::Skipped })
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Score, E> {
                Ok(Score::Skipped)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Score, E> {
                Ok(Score::Skipped)
            }
            fn visit_none<E: de::Error>(self) -> Result<Score, E> {
                Ok(Score::Skipped)
            }
        }
        d.deserialize_any(V)
    }
}

fn clamp_coach<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u8>, D::Error> {
    Ok(Score::deserialize(d)?.value())
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// One domain in one reading: the young person's score and words, and — beside it, never
/// instead of it — the coach's view.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The young person's own score: this is the plan's score.
    #[serde(default)]
    pub score: Score,
    /// A few words on the situation now, in the young person's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub words: String,
    /// The coach's own score, shown beside the young person's.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "clamp_coach")]
    pub coach: Option<u8>,
    /// The coach's note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub coach_note: String,
    /// Copied from the previous reading and not touched since.
    #[serde(default, skip_serializing_if = "is_false")]
    pub carried: bool,
}

impl Entry {
    /// The coach's score is [`DIFFERS_AT`] or more points from the young person's.
    pub fn differs(&self) -> bool {
        match (self.score.value(), self.coach) {
            (Some(own), Some(coach)) => own.abs_diff(coach) >= DIFFERS_AT,
            _ => false,
        }
    }

    /// Nothing was said at all.
    pub fn is_blank(&self) -> bool {
        self.score == Score::Skipped && self.words.trim().is_empty() && self.coach.is_none() && self.coach_note.trim().is_empty()
    }

    /// The young person answered something: a score, "not for me", or words.
    pub fn is_answered(&self) -> bool {
        self.score != Score::Skipped || !self.words.trim().is_empty()
    }
}

/// One moment of scoring.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reading {
    pub id: u32,
    pub kind: ReadingKind,
    #[serde(default)]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub entries: BTreeMap<TopicId, Entry>,
}

impl Reading {
    pub fn entry(&self, topic: TopicId) -> Option<&Entry> {
        self.entries.get(&topic)
    }

    /// Whether the coach scored any domain in this reading: then the two views can be compared.
    pub fn has_coach_scores(&self) -> bool {
        self.entries.values().any(|e| e.coach.is_some())
    }

    /// The coach's scores on `axes`, as a web to lay over the young person's (a domain the coach
    /// did not score is left open).
    pub fn coach_values(&self, axes: &[TopicId]) -> Vec<Score> {
        axes.iter().map(|a| self.entry(*a).and_then(|e| e.coach).map_or(Score::Skipped, Score::Value)).collect()
    }

    /// The domains on `axes` where the two views differ by [`DIFFERS_AT`] or more: (domain, the
    /// young person's score, the coach's), in the order of the axes. Each is a place to start a
    /// conversation from, not a verdict: the young person's score stays the plan's score.
    pub fn differences(&self, axes: &[TopicId]) -> Vec<(TopicId, u8, u8)> {
        axes.iter()
            .filter_map(|a| {
                let e = self.entry(*a).filter(|e| e.differs())?;
                Some((*a, e.score.value()?, e.coach?))
            })
            .collect()
    }

    pub fn score(&self, topic: TopicId) -> Score {
        self.entries.get(&topic).map(|e| e.score).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_views_differ_where_three_points_or_more_apart() {
        use crate::domain::LifeDomain;
        let mut r = Reading { id: 1, kind: ReadingKind::Interim, date: None, entries: BTreeMap::new() };
        let [a, b, c, d] = [LifeDomain::ALL[0], LifeDomain::ALL[1], LifeDomain::ALL[2], LifeDomain::ALL[3]].map(TopicId::Domain);
        r.entries.insert(a, Entry { score: Score::Value(7), coach: Some(4), ..Entry::default() });
        r.entries.insert(b, Entry { score: Score::Value(5), coach: Some(3), ..Entry::default() });
        r.entries.insert(c, Entry { score: Score::NotForMe, coach: Some(9), ..Entry::default() });
        r.entries.insert(d, Entry { score: Score::Value(1), coach: Some(8), ..Entry::default() });
        assert!(r.has_coach_scores());
        assert_eq!(r.differences(&[a, b, c, d]), vec![(a, 7, 4), (d, 1, 8)]);
        assert_eq!(r.coach_values(&[a, c]), vec![Score::Value(4), Score::Value(9)]);
        let mut none = r.clone();
        none.entries.values_mut().for_each(|e| e.coach = None);
        assert!(!none.has_coach_scores());
        assert!(none.differences(&[a, b, c, d]).is_empty());
    }

    #[test]
    fn scores_serialise_compactly_and_read_leniently() {
        assert_eq!(serde_json::to_string(&Score::Value(7)).unwrap(), "7");
        assert_eq!(serde_json::to_string(&Score::Skipped).unwrap(), "null");
        assert_eq!(serde_json::to_string(&Score::NotForMe).unwrap(), "\"nvt\"");
        let read = |s: &str| serde_json::from_str::<Score>(s).unwrap();
        assert_eq!(read("7"), Score::Value(7));
        assert_eq!(read("0"), Score::Value(0));
        assert_eq!(read("null"), Score::Skipped);
        assert_eq!(read("\"nvt\""), Score::NotForMe);
        // Hostile or odd values never break a file.
        assert_eq!(read("99"), Score::Value(10));
        assert_eq!(read("-4"), Score::Value(0));
        assert_eq!(read("6.6"), Score::Value(7));
        assert_eq!(read("\"wat\""), Score::Skipped);
        assert_eq!(read("true"), Score::Skipped);
    }

    #[test]
    fn an_entry_keeps_only_what_was_said() {
        let e = Entry { score: Score::Value(4), ..Default::default() };
        assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"score":4}"#);
        let back: Entry = serde_json::from_str(r#"{"score":4,"coach":42}"#).unwrap();
        assert_eq!(back.coach, Some(10));
        let empty: Entry = serde_json::from_str("{}").unwrap();
        assert!(empty.is_blank());
    }

    #[test]
    fn coach_view_differs_from_three_points() {
        let e = |own, coach| Entry { score: own, coach, ..Default::default() };
        assert!(!e(Score::Value(5), Some(7)).differs());
        assert!(e(Score::Value(5), Some(8)).differs());
        assert!(e(Score::Value(8), Some(5)).differs());
        assert!(!e(Score::Value(5), None).differs());
        assert!(!e(Score::NotForMe, Some(0)).differs());
        assert!(!e(Score::Skipped, Some(0)).differs());
    }

    #[test]
    fn kinds_follow_the_year() {
        let mut k = ReadingKind::SupportPlan;
        let mut seen = vec![k];
        for _ in 0..5 {
            k = k.next();
            seen.push(k);
        }
        assert_eq!(
            seen,
            [
                ReadingKind::SupportPlan,
                ReadingKind::Evaluation1,
                ReadingKind::Evaluation2,
                ReadingKind::Evaluation3,
                ReadingKind::Closing,
                ReadingKind::Interim
            ]
        );
        for k in ReadingKind::ALL {
            assert_eq!(ReadingKind::from_slug(k.slug()), Some(k));
            assert_eq!(serde_json::to_string(&k).unwrap(), format!("\"{}\"", k.slug()));
        }
    }
}
