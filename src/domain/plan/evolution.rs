//! How each domain changed over the readings: the first score, the previous, the current, and
//! the difference since the start and since last time.

use super::reading::Score;
use super::topic::TopicId;
use super::SupportPlan;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    Up,
    Down,
    Same,
    /// Not enough scores to compare.
    Unknown,
}

impl Trend {
    pub fn of(delta: Option<i8>) -> Trend {
        match delta {
            Some(d) if d > 0 => Trend::Up,
            Some(d) if d < 0 => Trend::Down,
            Some(_) => Trend::Same,
            None => Trend::Unknown,
        }
    }

    /// An arrow for tables (the words are said separately for screen readers).
    pub fn arrow(self) -> &'static str {
        match self {
            Trend::Up => "▲",
            Trend::Down => "▼",
            Trend::Same => "=",
            Trend::Unknown => "",
        }
    }
}

/// One domain across all readings.
#[derive(Clone, Debug, PartialEq)]
pub struct TopicEvolution {
    pub topic: TopicId,
    /// The young person's answer in each reading, oldest first.
    pub scores: Vec<Score>,
    /// The earliest score given.
    pub first: Option<u8>,
    /// The score in the reading before the latest.
    pub previous: Option<u8>,
    /// The score in the latest reading.
    pub current: Option<u8>,
    /// Current minus first, when the first score is from an earlier reading.
    pub since_start: Option<i8>,
    /// Current minus previous.
    pub since_previous: Option<i8>,
}

impl TopicEvolution {
    /// The direction since the start: what the closing report and the arrows show.
    pub fn trend(&self) -> Trend {
        Trend::of(self.since_start)
    }

    pub fn trend_since_previous(&self) -> Trend {
        Trend::of(self.since_previous)
    }

    /// The answer in the latest reading (a score, "not for me" or skipped).
    pub fn latest(&self) -> Score {
        self.scores.last().copied().unwrap_or_default()
    }
}

fn diff(a: Option<u8>, b: Option<u8>) -> Option<i8> {
    Some(a? as i8 - b? as i8)
}

/// The evolution of one topic.
pub fn evolution_of(plan: &SupportPlan, topic: TopicId) -> TopicEvolution {
    let scores: Vec<Score> = plan.readings.iter().map(|r| r.score(topic)).collect();
    let n = scores.len();
    let first_at = scores.iter().position(|s| s.value().is_some());
    let first = first_at.and_then(|i| scores[i].value());
    let current = scores.last().and_then(|s| s.value());
    let previous = if n >= 2 { scores[n - 2].value() } else { None };
    let since_start = match first_at {
        Some(i) if i + 1 < n => diff(current, first),
        _ => None,
    };
    TopicEvolution { topic, scores, first, previous, current, since_start, since_previous: diff(current, previous) }
}

/// The evolution of each of `topics`, in that order.
pub fn evolution(plan: &SupportPlan, topics: &[TopicId]) -> Vec<TopicEvolution> {
    topics.iter().map(|t| evolution_of(plan, *t)).collect()
}

/// How many domains went up, down, or stayed the same since the start.
pub fn count_trends(evos: &[TopicEvolution]) -> (usize, usize, usize) {
    let count = |t: Trend| evos.iter().filter(|e| e.trend() == t).count();
    (count(Trend::Up), count(Trend::Down), count(Trend::Same))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::ReadingKind;
    use crate::domain::LifeDomain;

    const WONEN: TopicId = TopicId::Domain(LifeDomain::Wonen);
    const BUDGET: TopicId = TopicId::Domain(LifeDomain::Budget);

    fn plan_with(scores: &[&[Score]]) -> SupportPlan {
        // scores[i] = the scores of WONEN and BUDGET in reading i
        let mut p = SupportPlan::default();
        for row in scores {
            let r = p.start_reading(ReadingKind::Interim, None);
            p.set_score(r, WONEN, row[0]);
            p.set_score(r, BUDGET, row[1]);
        }
        p
    }
    use Score::{NotForMe, Skipped, Value};

    #[test]
    fn no_readings_means_nothing_to_compare() {
        let p = SupportPlan::default();
        let e = evolution_of(&p, WONEN);
        assert!(e.scores.is_empty());
        assert_eq!((e.first, e.previous, e.current), (None, None, None));
        assert_eq!(e.trend(), Trend::Unknown);
        assert_eq!(e.latest(), Skipped);
    }

    #[test]
    fn one_reading_has_a_current_score_but_no_change_yet() {
        let p = plan_with(&[&[Value(4), Skipped]]);
        let e = evolution_of(&p, WONEN);
        assert_eq!((e.first, e.current, e.previous), (Some(4), Some(4), None));
        assert_eq!(e.since_start, None, "no change without an earlier score");
        assert_eq!(e.trend(), Trend::Unknown);
    }

    #[test]
    fn deltas_since_start_and_since_last_time() {
        let p = plan_with(&[&[Value(3), Value(6)], &[Value(5), Value(6)], &[Value(8), Value(4)]]);
        let w = evolution_of(&p, WONEN);
        assert_eq!((w.first, w.previous, w.current), (Some(3), Some(5), Some(8)));
        assert_eq!((w.since_start, w.since_previous), (Some(5), Some(3)));
        assert_eq!(w.trend(), Trend::Up);
        let b = evolution_of(&p, BUDGET);
        assert_eq!((b.since_start, b.since_previous), (Some(-2), Some(-2)));
        assert_eq!(b.trend(), Trend::Down);
        assert_eq!(count_trends(&evolution(&p, &[WONEN, BUDGET])), (1, 1, 0));
    }

    #[test]
    fn skipped_and_not_for_me_are_gaps_not_zeros() {
        // Skipped at the start: the first score is the first one given.
        let p = plan_with(&[&[Skipped, NotForMe], &[Value(2), Value(5)], &[Value(2), NotForMe]]);
        let w = evolution_of(&p, WONEN);
        assert_eq!(w.first, Some(2));
        assert_eq!(w.since_start, Some(0));
        assert_eq!(w.trend(), Trend::Same);
        // "Not for me" now: there is no current score, so no change is claimed.
        let b = evolution_of(&p, BUDGET);
        assert_eq!(b.current, None);
        assert_eq!(b.latest(), NotForMe);
        assert_eq!(b.since_previous, None);
        assert_eq!(b.trend(), Trend::Unknown);
        assert_eq!(b.scores, [NotForMe, Value(5), NotForMe]);
    }

    #[test]
    fn extremes_stay_in_range() {
        let p = plan_with(&[&[Value(0), Value(10)], &[Value(10), Value(0)]]);
        assert_eq!(evolution_of(&p, WONEN).since_start, Some(10));
        assert_eq!(evolution_of(&p, BUDGET).since_start, Some(-10));
        assert_eq!(Trend::Up.arrow(), "▲");
    }
}
