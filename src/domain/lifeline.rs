//! Model of the lifeline (levenslijn) worksheet: the moments of the young person's life so far,
//! how they felt, and which places or people the young person wants to visit together with the
//! coach ("levenslijn beleven": first the story is told, then its places are visited).
//!
//! The geometry of the SVG drawing lives in [`super::lifeline_chart`].
//!
//! ## When a moment happened, and the order of the line
//! A moment is dated in whatever way the young person remembers it: a date, a year, or an age
//! ("when I was 7"), or not at all. [`Lifeline::ordered`] puts them on one line by turning each
//! into a position in time:
//! - a **date** is that day;
//! - a **year** is the start of that year, so "2015" comes before "3 May 2015" (the vaguer moment
//!   opens the year it belongs to);
//! - an **age** is the year in which the young person turned that age: birth year + age. The birth
//!   year is the one filled in on the worksheet. When it is not known, it is **estimated** as
//!   `this year − 20` (the programme is for 17–25-year-olds), or earlier if a moment mentions an
//!   age above 20 (someone who remembers being 23 is at least 23). Estimated positions are marked
//!   as approximate so the screen can say so ("± 2013") and invite filling in the birth year;
//! - moments without a time come last, in the order they were added.
//!
//! At the same position, a year comes before an age, and an age before a date; after that the
//! order in which moments were added decides, so the order never jumps around.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// Identifies a moment within one lifeline (stable across edits and reorders).
pub type MomentId = u32;

/// The typical age of a young person in the programme, used to place ages on the line when the
/// birth year is not known.
pub const TYPICAL_AGE: i32 = 20;

/// The oldest age we accept for "when I was …"; anything above is a typing error.
pub const MAX_AGE: u8 = 99;

/// The longest text we keep in one field, so one paste cannot fill the device.
pub const MAX_TEXT_CHARS: usize = 2000;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Lifeline {
    /// The young person's birth year, if they want to fill it in; places ages on the line.
    #[serde(default)]
    pub birth_year: Option<i32>,
    /// The moments in the order they were added (the line order comes from [`Lifeline::ordered`]).
    #[serde(default)]
    pub moments: Vec<Moment>,
    /// The next id to hand out; ids are never reused, so an undone delete cannot clash.
    #[serde(default)]
    pub next_id: MomentId,
}

/// One moment on the line.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Moment {
    pub id: MomentId,
    #[serde(default)]
    pub when: When,
    /// What happened.
    #[serde(default)]
    pub what: String,
    /// Where it happened.
    #[serde(default, rename = "where")]
    pub place: String,
    /// Who was there.
    #[serde(default)]
    pub who: String,
    /// How it felt; `None` when the young person would rather not say.
    #[serde(default)]
    pub feeling: Option<Feeling>,
    /// Whether to visit this place or person together.
    #[serde(default)]
    pub visit: Visit,
}

/// When a moment happened, as precisely as the young person remembers it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum When {
    #[default]
    Unknown,
    Date(NaiveDate),
    Year(i32),
    Age(u8),
}

/// How a moment felt, on five steps from very hard to very good.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Feeling {
    VeryHard,
    Hard,
    Mixed,
    Good,
    VeryGood,
}

impl Feeling {
    /// From very hard to very good.
    pub const ALL: [Feeling; 5] = [Feeling::VeryHard, Feeling::Hard, Feeling::Mixed, Feeling::Good, Feeling::VeryGood];

    /// −2 (very hard) … +2 (very good); 0 is on the line.
    pub fn level(self) -> i32 {
        match self {
            Feeling::VeryHard => -2,
            Feeling::Hard => -1,
            Feeling::Mixed => 0,
            Feeling::Good => 1,
            Feeling::VeryGood => 2,
        }
    }

    /// Position in [`Feeling::ALL`] (for texts kept in the same order).
    pub fn index(self) -> usize {
        (self.level() + 2) as usize
    }
}

/// Where a visit to a place or person of this moment stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VisitState {
    /// Not something to visit.
    #[default]
    None,
    /// The young person would like to go there (no date yet).
    ToVisit,
    /// A date is set (or being set).
    Planned,
    /// Done.
    Visited,
}

impl VisitState {
    pub const ALL: [VisitState; 4] = [VisitState::None, VisitState::ToVisit, VisitState::Planned, VisitState::Visited];

    pub fn index(self) -> usize {
        match self {
            VisitState::None => 0,
            VisitState::ToVisit => 1,
            VisitState::Planned => 2,
            VisitState::Visited => 3,
        }
    }
}

/// The visit plan of a moment. The date and the reflection are kept when the state changes
/// (back from "visited" to "planned" loses nothing).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Visit {
    #[serde(default)]
    pub state: VisitState,
    /// Planned date, or the day of the visit.
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// What the visit brought up.
    #[serde(default)]
    pub brought_up: String,
}

/// Why a typed year or age was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WhenError {
    /// Not a whole number.
    NotANumber,
    /// A year outside 1900–2100 or an age above [`MAX_AGE`].
    OutOfRange,
}

/// Reads a typed year (1900–2100).
pub fn parse_year(input: &str) -> Result<i32, WhenError> {
    let y: i32 = input.trim().parse().map_err(|_| WhenError::NotANumber)?;
    if (1900..=2100).contains(&y) {
        Ok(y)
    } else {
        Err(WhenError::OutOfRange)
    }
}

/// Reads a typed age (0–[`MAX_AGE`]).
pub fn parse_age(input: &str) -> Result<u8, WhenError> {
    let a: i64 = input.trim().parse().map_err(|_| WhenError::NotANumber)?;
    if (0..=MAX_AGE as i64).contains(&a) {
        Ok(a as u8)
    } else {
        Err(WhenError::OutOfRange)
    }
}

/// Caps a text at [`MAX_TEXT_CHARS`] characters (see [`super::text`]).
pub fn cap_text(s: &str) -> String {
    super::text::limit(s, MAX_TEXT_CHARS).to_string()
}

/// Where a moment sits in time, for ordering and for the drawing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement {
    /// The (possibly estimated) calendar year, if the moment has a time at all.
    pub year: Option<i32>,
    /// True when the year was derived from an age with an estimated birth year.
    pub approximate: bool,
}

/// Positions in time are counted in "day slots": 400 per year, so every day of a year fits.
const SLOTS_PER_YEAR: i64 = 400;

impl Lifeline {
    /// Adds an empty moment and returns its id.
    pub fn add(&mut self) -> MomentId {
        let id = self.fresh_id();
        self.moments.push(Moment { id, ..Moment::default() });
        id
    }

    /// Adds a filled-in moment (its id is replaced by a fresh one) and returns the id.
    pub fn add_moment(&mut self, mut moment: Moment) -> MomentId {
        moment.id = self.fresh_id();
        let id = moment.id;
        self.moments.push(moment);
        id
    }

    fn fresh_id(&mut self) -> MomentId {
        let above_all = self.moments.iter().map(|m| m.id + 1).max().unwrap_or(0);
        let id = self.next_id.max(above_all);
        self.next_id = id + 1;
        id
    }

    pub fn get(&self, id: MomentId) -> Option<&Moment> {
        self.moments.iter().find(|m| m.id == id)
    }

    pub fn get_mut(&mut self, id: MomentId) -> Option<&mut Moment> {
        self.moments.iter_mut().find(|m| m.id == id)
    }

    /// Removes a moment and gives it back (for "undo") together with where it was.
    pub fn remove(&mut self, id: MomentId) -> Option<(usize, Moment)> {
        let i = self.moments.iter().position(|m| m.id == id)?;
        Some((i, self.moments.remove(i)))
    }

    /// Puts a removed moment back where it was (undo). Does nothing if the id is in use again.
    pub fn restore(&mut self, index: usize, moment: Moment) {
        if self.get(moment.id).is_some() {
            return;
        }
        self.next_id = self.next_id.max(moment.id + 1);
        let i = index.min(self.moments.len());
        self.moments.insert(i, moment);
    }

    /// The birth year used to place ages, and whether it is an estimate (see the module docs).
    pub fn assumed_birth_year(&self, this_year: i32) -> (i32, bool) {
        if let Some(b) = self.birth_year {
            return (b, false);
        }
        let oldest = self
            .moments
            .iter()
            .filter_map(|m| match m.when {
                When::Age(a) => Some(a as i32),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        (this_year - TYPICAL_AGE.max(oldest), true)
    }

    /// True when ages are placed with an estimated birth year (the screen can ask for it).
    pub fn ages_are_estimated(&self) -> bool {
        self.birth_year.is_none() && self.moments.iter().any(|m| matches!(m.when, When::Age(_)))
    }

    /// Where `when` sits in time given the birth year used for ages.
    pub fn placement(when: When, birth: (i32, bool)) -> Placement {
        match when {
            When::Unknown => Placement { year: None, approximate: false },
            When::Date(d) => Placement { year: Some(d.year()), approximate: false },
            When::Year(y) => Placement { year: Some(y), approximate: false },
            When::Age(a) => Placement { year: Some(birth.0 + a as i32), approximate: birth.1 },
        }
    }

    /// The moments in line order (see the module docs for the rule).
    pub fn ordered(&self, this_year: i32) -> Vec<&Moment> {
        let birth = self.assumed_birth_year(this_year);
        let mut keyed: Vec<(LineKey, &Moment)> =
            self.moments.iter().map(|m| (sort_key(m, birth.0), m)).collect();
        keyed.sort_by_key(|(k, _)| *k);
        keyed.into_iter().map(|(_, m)| m).collect()
    }

    /// Moments that are a place or person to visit (in line order).
    pub fn visits(&self, this_year: i32) -> Vec<&Moment> {
        self.ordered(this_year).into_iter().filter(|m| m.visit.state != VisitState::None).collect()
    }
}

/// (has no time, position, precision, id): see the module docs.
/// Where a moment stands on the line: see [`sort_key`].
type LineKey = (u8, i64, u8, u32);

fn sort_key(m: &Moment, birth_year: i32) -> LineKey {
    match m.when {
        When::Unknown => (1, 0, 0, m.id),
        When::Year(y) => (0, y as i64 * SLOTS_PER_YEAR, 0, m.id),
        When::Age(a) => (0, (birth_year + a as i32) as i64 * SLOTS_PER_YEAR, 1, m.id),
        When::Date(d) => (0, d.year() as i64 * SLOTS_PER_YEAR + d.ordinal0() as i64, 2, m.id),
    }
}

/// A lifeline of `n` varied moments, the same every time for the same `seed`: for benchmarks,
/// demo data and tests. Mixes dates, years, ages and moments without a time.
pub fn sample_lifeline(n: usize, seed: u32) -> Lifeline {
    const WHAT: [&str; 8] = [
        "Verhuisd naar een nieuw huis",
        "Eerste schooldag",
        "Oma overleden",
        "Voetbalploeg kampioen",
        "Naar de voorziening",
        "Eerste job gevonden",
        "Ruzie thuis, weggegaan",
        "Nieuwe vriend leren kennen",
    ];
    const WHERE: [&str; 5] = ["Gent", "Antwerpen", "Oostende", "Leuven", "Brugge"];
    const WHO: [&str; 4] = ["Mama", "Oma en opa", "Juf Els", "De buren"];
    let mut rng = seed.wrapping_mul(2_654_435_761).wrapping_add(1);
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 17;
        rng ^= rng << 5;
        rng
    };
    let mut line = Lifeline { birth_year: if seed.is_multiple_of(2) { Some(2004) } else { None }, ..Lifeline::default() };
    for i in 0..n {
        let r = next();
        let when = match r % 7 {
            0 => When::Unknown,
            1 | 2 => When::Age((r / 7 % 20) as u8),
            3 | 4 => When::Year(2004 + (r / 7 % 21) as i32),
            _ => {
                let d = NaiveDate::from_ymd_opt(2004 + (r / 7 % 21) as i32, 1 + r / 11 % 12, 1 + r / 13 % 28);
                d.map(When::Date).unwrap_or_default()
            }
        };
        let r2 = next();
        let visit_state = VisitState::ALL[(r2 % 4) as usize];
        line.add_moment(Moment {
            id: 0,
            when,
            what: format!("{} ({})", WHAT[i % WHAT.len()], i + 1),
            place: WHERE[(r2 / 4 % 5) as usize].to_string(),
            who: WHO[(r2 / 20 % 4) as usize].to_string(),
            feeling: if r2 % 9 == 0 { None } else { Some(Feeling::ALL[(r2 / 80 % 5) as usize]) },
            visit: Visit {
                state: visit_state,
                date: NaiveDate::from_ymd_opt(2026, 1 + r2 / 400 % 12, 1 + r2 / 5000 % 28),
                brought_up: if visit_state == VisitState::Visited { "Veel herinneringen kwamen terug.".into() } else { String::new() },
            },
        });
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn line_with(birth_year: Option<i32>, whens: &[When]) -> Lifeline {
        let mut l = Lifeline { birth_year, ..Lifeline::default() };
        for (i, w) in whens.iter().enumerate() {
            l.add_moment(Moment { when: *w, what: format!("m{i}"), ..Moment::default() });
        }
        l
    }

    fn order(l: &Lifeline, this_year: i32) -> Vec<String> {
        l.ordered(this_year).iter().map(|m| m.what.clone()).collect()
    }

    #[test]
    fn dates_are_ordered_by_day() {
        let l = line_with(None, &[When::Date(d(2015, 5, 3)), When::Date(d(2012, 1, 1)), When::Date(d(2015, 2, 1))]);
        assert_eq!(order(&l, 2026), ["m1", "m2", "m0"]);
    }

    #[test]
    fn a_year_opens_its_year_before_dates_in_it() {
        let l = line_with(None, &[When::Date(d(2015, 1, 1)), When::Year(2015), When::Date(d(2014, 12, 31)), When::Year(2016)]);
        assert_eq!(order(&l, 2026), ["m2", "m1", "m0", "m3"]);
    }

    #[test]
    fn ages_use_the_birth_year_when_known() {
        // Born 2004: age 7 is 2011, between the 2010 and 2012 moments.
        let l = line_with(Some(2004), &[When::Year(2012), When::Age(7), When::Year(2010), When::Age(0)]);
        assert_eq!(order(&l, 2026), ["m3", "m2", "m1", "m0"]);
        // At the same year: the year, then the age, then a date in that year.
        let l = line_with(Some(2004), &[When::Date(d(2011, 3, 1)), When::Age(7), When::Year(2011)]);
        assert_eq!(order(&l, 2026), ["m2", "m1", "m0"]);
    }

    #[test]
    fn without_birth_year_ages_are_placed_with_an_estimate() {
        // Estimated birth year 2026 − 20 = 2006: age 5 ≈ 2011.
        let l = line_with(None, &[When::Year(2012), When::Age(5), When::Year(2010)]);
        assert_eq!(l.assumed_birth_year(2026), (2006, true));
        assert!(l.ages_are_estimated());
        assert_eq!(order(&l, 2026), ["m2", "m1", "m0"]);
        let p = Lifeline::placement(When::Age(5), l.assumed_birth_year(2026));
        assert_eq!(p, Placement { year: Some(2011), approximate: true });
    }

    #[test]
    fn an_age_above_the_typical_age_pushes_the_estimate_back() {
        // Someone who remembers being 24 was born in 2002 at the latest.
        let l = line_with(None, &[When::Age(24), When::Year(2025)]);
        assert_eq!(l.assumed_birth_year(2026), (2002, true));
        assert_eq!(order(&l, 2026), ["m1", "m0"]);
        // Age 24 must never land after this year.
        let p = Lifeline::placement(When::Age(24), l.assumed_birth_year(2026));
        assert!(p.year.unwrap() <= 2026);
    }

    #[test]
    fn ages_keep_their_own_order_whatever_the_estimate() {
        let l = line_with(None, &[When::Age(12), When::Age(3), When::Age(7)]);
        for this_year in [1990, 2026, 2080] {
            assert_eq!(order(&l, this_year), ["m1", "m2", "m0"]);
        }
    }

    #[test]
    fn moments_without_time_come_last_in_added_order() {
        let l = line_with(Some(2004), &[When::Unknown, When::Year(2010), When::Unknown, When::Age(1)]);
        assert_eq!(order(&l, 2026), ["m3", "m1", "m0", "m2"]);
    }

    #[test]
    fn equal_positions_keep_the_order_they_were_added() {
        let l = line_with(None, &[When::Year(2010), When::Year(2010), When::Year(2010)]);
        assert_eq!(order(&l, 2026), ["m0", "m1", "m2"]);
    }

    #[test]
    fn ids_are_never_reused_and_undo_puts_a_moment_back() {
        let mut l = Lifeline::default();
        let a = l.add();
        let b = l.add();
        let (i, m) = l.remove(b).unwrap();
        let c = l.add();
        assert_ne!(b, c, "a removed id is not handed out again");
        l.restore(i, m);
        assert_eq!(l.moments.iter().map(|m| m.id).collect::<Vec<_>>(), [a, b, c]);
        // Restoring twice does not duplicate.
        let copy = l.get(b).unwrap().clone();
        l.restore(0, copy);
        assert_eq!(l.moments.len(), 3);
        assert!(l.remove(999).is_none());
    }

    #[test]
    fn an_old_file_without_next_id_gets_fresh_ids() {
        let json = r#"{"moments":[{"id":4,"what":"x"},{"id":9}]}"#;
        let mut l: Lifeline = serde_json::from_str(json).unwrap();
        assert_eq!(l.add(), 10);
    }

    #[test]
    fn a_visit_keeps_date_and_reflection_when_its_state_changes() {
        let mut l = Lifeline::default();
        let id = l.add();
        let m = l.get_mut(id).unwrap();
        m.visit = Visit { state: VisitState::Visited, date: Some(d(2026, 3, 1)), brought_up: "Tranen, en trots.".into() };
        m.visit.state = VisitState::Planned;
        assert_eq!(m.visit.brought_up, "Tranen, en trots.");
        assert_eq!(l.visits(2026).len(), 1);
    }

    #[test]
    fn typed_years_and_ages_are_checked() {
        assert_eq!(parse_year(" 2012 "), Ok(2012));
        assert_eq!(parse_year("12"), Err(WhenError::OutOfRange));
        assert_eq!(parse_year("twintig"), Err(WhenError::NotANumber));
        assert_eq!(parse_year(""), Err(WhenError::NotANumber));
        assert_eq!(parse_age("7"), Ok(7));
        assert_eq!(parse_age("0"), Ok(0));
        assert_eq!(parse_age("150"), Err(WhenError::OutOfRange));
        assert_eq!(parse_age("-3"), Err(WhenError::OutOfRange));
        assert_eq!(parse_age("7.5"), Err(WhenError::NotANumber));
    }

    #[test]
    fn feelings_run_from_very_hard_to_very_good() {
        let levels: Vec<i32> = Feeling::ALL.iter().map(|f| f.level()).collect();
        assert_eq!(levels, [-2, -1, 0, 1, 2]);
        for (i, f) in Feeling::ALL.iter().enumerate() {
            assert_eq!(f.index(), i);
        }
    }

    #[test]
    fn serde_round_trip_and_shape() {
        let mut l = line_with(Some(2003), &[When::Date(d(2010, 2, 3)), When::Age(4), When::Year(2001), When::Unknown]);
        l.moments[0].feeling = Some(Feeling::VeryGood);
        l.moments[0].place = "Gent".into();
        let json = serde_json::to_string(&l).unwrap();
        assert!(json.contains(r#""when":{"date":"2010-02-03"}"#), "{json}");
        assert!(json.contains(r#""when":{"age":4}"#));
        assert!(json.contains(r#""when":"unknown""#));
        assert!(json.contains(r#""feeling":"very-good""#));
        assert!(json.contains(r#""where":"Gent""#));
        let back: Lifeline = serde_json::from_str(&json).unwrap();
        assert_eq!(back, l);
    }

    #[test]
    fn texts_are_capped_by_characters() {
        assert_eq!(cap_text("kort"), "kort");
        assert_eq!(cap_text(&"é".repeat(MAX_TEXT_CHARS + 5)).chars().count(), MAX_TEXT_CHARS);
    }

    #[test]
    fn the_sample_is_stable_and_varied() {
        let a = sample_lifeline(200, 7);
        assert_eq!(a, sample_lifeline(200, 7));
        assert_eq!(a.moments.len(), 200);
        let kinds = |f: fn(&When) -> bool| a.moments.iter().filter(|m| f(&m.when)).count();
        assert!(kinds(|w| matches!(w, When::Date(_))) > 20);
        assert!(kinds(|w| matches!(w, When::Year(_))) > 20);
        assert!(kinds(|w| matches!(w, When::Age(_))) > 20);
        assert!(kinds(|w| matches!(w, When::Unknown)) > 5);
        let ids: std::collections::HashSet<_> = a.moments.iter().map(|m| m.id).collect();
        assert_eq!(ids.len(), 200);
    }
}
