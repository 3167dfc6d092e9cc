//! Model of the change cycle (cirkel van gedragsverandering, Prochaska & DiClemente).
//!
//! Six stages in a circle. A young person can work on several themes at once, each in its own
//! stage; a theme may be one of the support plan's life domains, so its stage can be shown
//! beside that domain. Every placement is kept (date, stage, an optional readiness ruler and a
//! note). Relapse is part of the cycle: after it, the natural next step is contemplation.
//!
//! The circle's geometry (six ring segments, integer coordinates) is computed here so the
//! component only draws.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::LifeDomain;

/// The highest value on the readiness ruler (importance and confidence, 0–10).
pub const RULER_MAX: u8 = 10;
/// The longest theme title or note we keep.
pub const MAX_TITLE_CHARS: usize = 80;
pub const MAX_NOTE_CHARS: usize = 1000;

/// The six stages, in the order of the circle (clockwise).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeStage {
    Precontemplation,
    Contemplation,
    Preparation,
    Action,
    Maintenance,
    Relapse,
}

impl ChangeStage {
    pub const ALL: [ChangeStage; 6] = [
        ChangeStage::Precontemplation,
        ChangeStage::Contemplation,
        ChangeStage::Preparation,
        ChangeStage::Action,
        ChangeStage::Maintenance,
        ChangeStage::Relapse,
    ];

    /// Index in [`ChangeStage::ALL`] (and the i18n arrays, and the circle's segments).
    pub fn index(self) -> usize {
        Self::ALL.iter().position(|s| *s == self).expect("ALL lists every stage")
    }

    pub fn from_index(i: usize) -> ChangeStage {
        Self::ALL[i % Self::ALL.len()]
    }

    /// The stage a step further round the circle. After relapse the cycle does not start from
    /// zero: people step back in at contemplation.
    pub fn next(self) -> ChangeStage {
        match self {
            ChangeStage::Relapse => ChangeStage::Contemplation,
            s => Self::from_index(s.index() + 1),
        }
    }

    /// Next and previous segment on the circle, for arrow keys.
    pub fn clockwise(self) -> ChangeStage {
        Self::from_index(self.index() + 1)
    }
    pub fn counter_clockwise(self) -> ChangeStage {
        Self::from_index(self.index() + Self::ALL.len() - 1)
    }
}

/// One placement on the circle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placement {
    pub date: NaiveDate,
    pub stage: ChangeStage,
    /// Readiness ruler: how important the change is now (0–10).
    #[serde(default)]
    pub importance: Option<u8>,
    /// Readiness ruler: how confident the young person is that it will work (0–10).
    #[serde(default)]
    pub confidence: Option<u8>,
    #[serde(default)]
    pub note: String,
}

/// A behaviour or theme the young person works on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Theme {
    pub id: u32,
    /// In the young person's words ("minder blowen"); may be empty when `domain` is set.
    #[serde(default)]
    pub title: String,
    /// The support-plan life domain this theme belongs to, if any.
    #[serde(default)]
    pub domain: Option<LifeDomain>,
    /// Oldest first; sorted by date, same-date placements in the order they were made.
    #[serde(default)]
    pub placements: Vec<Placement>,
}

impl Theme {
    pub fn current(&self) -> Option<&Placement> {
        self.placements.last()
    }

    pub fn stage(&self) -> Option<ChangeStage> {
        self.current().map(|p| p.stage)
    }

    /// A gentle suggestion for the next step: only after a relapse (back to contemplation).
    pub fn suggestion(&self) -> Option<ChangeStage> {
        (self.stage() == Some(ChangeStage::Relapse)).then_some(ChangeStage::Relapse.next())
    }

    /// How many times a relapse was placed: shown as part of the road, never as a score.
    pub fn relapses(&self) -> usize {
        self.placements.iter().filter(|p| p.stage == ChangeStage::Relapse).count()
    }
}

/// Why a theme was not added or renamed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeError {
    /// Neither a title nor a life domain.
    Nameless,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeCycle {
    #[serde(default)]
    pub themes: Vec<Theme>,
    #[serde(default)]
    pub next_id: u32,
}

fn clean(text: &str, max: usize) -> String {
    super::text::clean_line(text, max)
}

impl ChangeCycle {
    /// Adds a theme named by a title, a life domain or both, and returns its id.
    pub fn add_theme(&mut self, title: &str, domain: Option<LifeDomain>) -> Result<u32, ThemeError> {
        let title = clean(title, MAX_TITLE_CHARS);
        if title.is_empty() && domain.is_none() {
            return Err(ThemeError::Nameless);
        }
        let id = self.next_id.max(self.themes.iter().map(|t| t.id + 1).max().unwrap_or(0));
        self.next_id = id + 1;
        self.themes.push(Theme { id, title, domain, placements: Vec::new() });
        Ok(id)
    }

    pub fn theme(&self, id: u32) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    fn theme_mut(&mut self, id: u32) -> Option<&mut Theme> {
        self.themes.iter_mut().find(|t| t.id == id)
    }

    /// Renames a theme (as typed, only capped) or links it to another domain; a theme must
    /// keep a title or a domain, else nothing changes.
    pub fn edit_theme(&mut self, id: u32, title: &str, domain: Option<LifeDomain>) -> Result<(), ThemeError> {
        if title.trim().is_empty() && domain.is_none() {
            return Err(ThemeError::Nameless);
        }
        if let Some(t) = self.theme_mut(id) {
            t.title = super::text::limit(title, MAX_TITLE_CHARS).to_string();
            t.domain = domain;
        }
        Ok(())
    }

    pub fn remove_theme(&mut self, id: u32) -> Option<Theme> {
        let i = self.themes.iter().position(|t| t.id == id)?;
        Some(self.themes.remove(i))
    }

    /// Places a theme on the circle on `date`.
    ///
    /// A second tap on the same day corrects that day's placement (its ruler and note stay),
    /// so a mis-tap does not become history — except a relapse, which is always kept: it is
    /// part of the road, and stepping back in at contemplation the same day is a new placement.
    /// A placement dated before the last one is filed in date order.
    pub fn place(&mut self, id: u32, date: NaiveDate, stage: ChangeStage) -> bool {
        let Some(t) = self.theme_mut(id) else { return false };
        match t.placements.last_mut() {
            Some(last) if last.date == date && last.stage != ChangeStage::Relapse => last.stage = stage,
            Some(last) if last.date == date && last.stage == stage => {}
            _ => {
                let p = Placement { date, stage, importance: None, confidence: None, note: String::new() };
                let at = t.placements.iter().position(|p| p.date > date).unwrap_or(t.placements.len());
                t.placements.insert(at, p);
            }
        }
        true
    }

    /// Sets the readiness ruler of the theme's current placement (values above 10 are capped).
    pub fn set_ruler(&mut self, id: u32, importance: Option<u8>, confidence: Option<u8>) {
        if let Some(p) = self.theme_mut(id).and_then(|t| t.placements.last_mut()) {
            p.importance = importance.map(|v| v.min(RULER_MAX));
            p.confidence = confidence.map(|v| v.min(RULER_MAX));
        }
    }

    /// Sets the note of the theme's current placement, as typed (capped in length).
    pub fn set_note(&mut self, id: u32, note: &str) {
        if let Some(p) = self.theme_mut(id).and_then(|t| t.placements.last_mut()) {
            p.note = super::text::limit(note, MAX_NOTE_CHARS).to_string();
        }
    }

    /// Removes one placement (a mistake) by its position in the theme's history.
    pub fn remove_placement(&mut self, id: u32, index: usize) -> Option<Placement> {
        let t = self.theme_mut(id)?;
        (index < t.placements.len()).then(|| t.placements.remove(index))
    }

    /// The stage to show beside a life domain in the support plan: the current stage of the
    /// theme linked to `d`. With several such themes, the one placed most recently wins (on the
    /// same date, the one added last).
    pub fn stage_for_domain(&self, d: LifeDomain) -> Option<ChangeStage> {
        self.themes
            .iter()
            .filter(|t| t.domain == Some(d))
            .filter_map(|t| t.current().map(|p| (p.date, t.id, p.stage)))
            .max_by_key(|(date, id, _)| (*date, *id))
            .map(|(_, _, s)| s)
    }
}

// ----- circle geometry -----

/// The circle is drawn in a square `viewBox` of this size; everything below is in its units.
pub const CIRCLE_VIEW: i32 = 400;
pub const CIRCLE_CENTER: i32 = CIRCLE_VIEW / 2;
pub const CIRCLE_OUTER: i32 = 192;
pub const CIRCLE_INNER: i32 = 78;
/// Where the stage names sit: a little inside the middle of the ring, so long names at 2, 4,
/// 8 and 10 o'clock keep clear of the outer edge.
pub const LABEL_RADIUS: i32 = 128;
/// Radius of the arrow in the middle that leads from relapse back to contemplation.
pub const RETURN_RADIUS: i32 = 52;

/// cos and sin of multiples of 30° (clockwise from "3 o'clock", y pointing down), × 1000.
/// Six segments of 60° only ever need these angles: integer math, no float formatting.
const UNIT: [(i32, i32); 12] = [
    (1000, 0),
    (866, 500),
    (500, 866),
    (0, 1000),
    (-500, 866),
    (-866, 500),
    (-1000, 0),
    (-866, -500),
    (-500, -866),
    (0, -1000),
    (500, -866),
    (866, -500),
];

/// The unit vector (× 1000) `step` × 30° clockwise from 12 o'clock.
fn unit(step: i32) -> (i32, i32) {
    // 12 o'clock is 270° = step 9 in `UNIT`.
    UNIT[((step + 9).rem_euclid(12)) as usize]
}

/// `v × k / 1000`, rounded to the nearest integer.
fn scale(v: i32, k: i32) -> i32 {
    let p = v * k;
    if p >= 0 { (p + 500) / 1000 } else { (p - 500) / 1000 }
}

/// A point at `radius` from the centre, `step` × 30° clockwise from 12 o'clock.
pub fn circle_point(step: i32, radius: i32) -> (i32, i32) {
    let (c, s) = unit(step);
    (CIRCLE_CENTER + scale(c, radius), CIRCLE_CENTER + scale(s, radius))
}

/// What the component needs to draw one stage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub stage: ChangeStage,
    /// SVG path of the ring segment.
    pub path: String,
    /// Where the label goes (its centre).
    pub label: (i32, i32),
}

/// The six ring segments, clockwise from 12 o'clock: precontemplation is centred at the top
/// (each segment spans 60°, centred on its own hour: 12, 2, 4, 6, 8, 10 o'clock).
pub fn circle_segments() -> Vec<Segment> {
    ChangeStage::ALL
        .into_iter()
        .map(|stage| {
            let mid = stage.index() as i32 * 2;
            let (a, b) = (mid - 1, mid + 1);
            let (o1, o2) = (circle_point(a, CIRCLE_OUTER), circle_point(b, CIRCLE_OUTER));
            let (i2, i1) = (circle_point(b, CIRCLE_INNER), circle_point(a, CIRCLE_INNER));
            let path = format!(
                "M{} {}A{R} {R} 0 0 1 {} {}L{} {}A{r} {r} 0 0 0 {} {}Z",
                o1.0,
                o1.1,
                o2.0,
                o2.1,
                i2.0,
                i2.1,
                i1.0,
                i1.1,
                R = CIRCLE_OUTER,
                r = CIRCLE_INNER
            );
            Segment { stage, path, label: circle_point(mid, LABEL_RADIUS) }
        })
        .collect()
}

/// The arrow in the hole of the ring, from relapse (10 o'clock) over the top to contemplation
/// (2 o'clock): the path of the arc and the three points of its head.
pub fn return_arrow() -> (String, [(i32, i32); 3]) {
    let from_step = ChangeStage::Relapse.index() as i32 * 2;
    let to_step = ChangeStage::Contemplation.index() as i32 * 2;
    let from = circle_point(from_step, RETURN_RADIUS);
    let to = circle_point(to_step, RETURN_RADIUS);
    let path = format!("M{} {}A{r} {r} 0 0 1 {} {}", from.0, from.1, to.0, to.1, r = RETURN_RADIUS);
    // Going clockwise, the direction of travel is 90° further round than the radius.
    let (rx, ry) = unit(to_step);
    let (tx, ty) = unit(to_step + 3);
    let at = |along: i32, across: i32| (to.0 + scale(tx, along) + scale(rx, across), to.1 + scale(ty, along) + scale(ry, across));
    (path, [at(10, 0), at(-6, 8), at(-6, -8)])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    #[test]
    fn the_cycle_goes_round_and_relapse_leads_to_contemplation() {
        assert_eq!(ChangeStage::Precontemplation.next(), ChangeStage::Contemplation);
        assert_eq!(ChangeStage::Maintenance.next(), ChangeStage::Relapse);
        assert_eq!(ChangeStage::Relapse.next(), ChangeStage::Contemplation);
        assert_eq!(ChangeStage::Relapse.clockwise(), ChangeStage::Precontemplation);
        assert_eq!(ChangeStage::Precontemplation.counter_clockwise(), ChangeStage::Relapse);
        for s in ChangeStage::ALL {
            assert_eq!(ChangeStage::from_index(s.index()), s);
            assert_eq!(s.clockwise().counter_clockwise(), s);
        }
    }

    #[test]
    fn a_theme_needs_a_title_or_a_domain() {
        let mut c = ChangeCycle::default();
        assert_eq!(c.add_theme("   ", None), Err(ThemeError::Nameless));
        let a = c.add_theme("  minder   blowen ", None).unwrap();
        let b = c.add_theme("", Some(LifeDomain::Budget)).unwrap();
        assert_ne!(a, b);
        assert_eq!(c.theme(a).unwrap().title, "minder blowen");
        assert_eq!(c.edit_theme(a, "", None), Err(ThemeError::Nameless));
        assert_eq!(c.theme(a).unwrap().title, "minder blowen", "a refused edit changes nothing");
        c.edit_theme(a, "", Some(LifeDomain::MentaleGezondheid)).unwrap();
        assert_eq!(c.theme(a).unwrap().domain, Some(LifeDomain::MentaleGezondheid));
    }

    #[test]
    fn placements_build_a_history_in_date_order() {
        let mut c = ChangeCycle::default();
        let t = c.add_theme("werk zoeken", None).unwrap();
        assert!(c.place(t, d(1, 10), ChangeStage::Precontemplation));
        c.place(t, d(2, 10), ChangeStage::Contemplation);
        c.place(t, d(3, 10), ChangeStage::Preparation);
        c.place(t, d(1, 20), ChangeStage::Contemplation); // filled in afterwards
        let stages: Vec<_> = c.theme(t).unwrap().placements.iter().map(|p| (p.date, p.stage)).collect();
        assert_eq!(
            stages,
            vec![
                (d(1, 10), ChangeStage::Precontemplation),
                (d(1, 20), ChangeStage::Contemplation),
                (d(2, 10), ChangeStage::Contemplation),
                (d(3, 10), ChangeStage::Preparation),
            ]
        );
        assert_eq!(c.theme(t).unwrap().stage(), Some(ChangeStage::Preparation));
        assert!(!c.place(99, d(1, 1), ChangeStage::Action));
    }

    #[test]
    fn a_second_tap_the_same_day_corrects_and_keeps_the_ruler() {
        let mut c = ChangeCycle::default();
        let t = c.add_theme("sporten", None).unwrap();
        c.place(t, d(4, 1), ChangeStage::Action);
        c.set_ruler(t, Some(8), Some(15));
        c.set_note(t, "drie keer gegaan");
        c.place(t, d(4, 1), ChangeStage::Maintenance);
        let th = c.theme(t).unwrap();
        assert_eq!(th.placements.len(), 1);
        let p = th.current().unwrap();
        assert_eq!((p.stage, p.importance, p.confidence), (ChangeStage::Maintenance, Some(8), Some(10)));
        assert_eq!(p.note, "drie keer gegaan");
    }

    #[test]
    fn relapse_is_kept_and_suggests_contemplation() {
        let mut c = ChangeCycle::default();
        let t = c.add_theme("niet gebruiken", None).unwrap();
        c.place(t, d(5, 1), ChangeStage::Action);
        c.place(t, d(5, 20), ChangeStage::Relapse);
        assert_eq!(c.theme(t).unwrap().suggestion(), Some(ChangeStage::Contemplation));
        // Stepping back in on the same day does not erase the relapse.
        c.place(t, d(5, 20), ChangeStage::Contemplation);
        let th = c.theme(t).unwrap();
        assert_eq!(th.placements.len(), 3);
        assert_eq!(th.relapses(), 1);
        assert_eq!(th.stage(), Some(ChangeStage::Contemplation));
        assert_eq!(th.suggestion(), None);
        // Tapping relapse twice the same day is one relapse.
        c.place(t, d(6, 1), ChangeStage::Relapse);
        c.place(t, d(6, 1), ChangeStage::Relapse);
        assert_eq!(c.theme(t).unwrap().relapses(), 2);
        assert_eq!(c.theme(t).unwrap().placements.len(), 4);
    }

    #[test]
    fn removing_a_placement_and_a_theme() {
        let mut c = ChangeCycle::default();
        let t = c.add_theme("x", None).unwrap();
        c.place(t, d(1, 1), ChangeStage::Action);
        c.place(t, d(1, 2), ChangeStage::Relapse);
        assert_eq!(c.remove_placement(t, 1).map(|p| p.stage), Some(ChangeStage::Relapse));
        assert_eq!(c.remove_placement(t, 5), None);
        assert_eq!(c.theme(t).unwrap().stage(), Some(ChangeStage::Action));
        assert!(c.remove_theme(t).is_some());
        assert!(c.themes.is_empty());
        // The ruler of a theme without placements has nowhere to go and changes nothing.
        let u = c.add_theme("y", None).unwrap();
        c.set_ruler(u, Some(3), None);
        c.set_note(u, "z");
        assert!(c.theme(u).unwrap().placements.is_empty());
        assert_ne!(u, t, "ids are not reused");
    }

    #[test]
    fn stage_for_domain_follows_the_latest_placement() {
        let mut c = ChangeCycle::default();
        assert_eq!(c.stage_for_domain(LifeDomain::Wonen), None);
        let free = c.add_theme("blowen", None).unwrap();
        c.place(free, d(1, 1), ChangeStage::Action);
        assert_eq!(c.stage_for_domain(LifeDomain::Budget), None, "a free theme belongs to no domain");
        let a = c.add_theme("schulden", Some(LifeDomain::Budget)).unwrap();
        assert_eq!(c.stage_for_domain(LifeDomain::Budget), None, "not placed yet");
        c.place(a, d(2, 1), ChangeStage::Preparation);
        assert_eq!(c.stage_for_domain(LifeDomain::Budget), Some(ChangeStage::Preparation));
        let b = c.add_theme("sparen", Some(LifeDomain::Budget)).unwrap();
        c.place(b, d(1, 15), ChangeStage::Precontemplation);
        assert_eq!(c.stage_for_domain(LifeDomain::Budget), Some(ChangeStage::Preparation), "older placement loses");
        c.place(b, d(3, 1), ChangeStage::Contemplation);
        assert_eq!(c.stage_for_domain(LifeDomain::Budget), Some(ChangeStage::Contemplation));
        c.place(a, d(3, 1), ChangeStage::Action);
        assert_eq!(c.stage_for_domain(LifeDomain::Budget), Some(ChangeStage::Contemplation), "same day: added last wins");
        assert_eq!(c.stage_for_domain(LifeDomain::Wonen), None);
    }

    #[test]
    fn circle_points_are_on_the_circle() {
        assert_eq!(circle_point(0, 100), (200, 100), "12 o'clock");
        assert_eq!(circle_point(3, 100), (300, 200), "3 o'clock");
        assert_eq!(circle_point(6, 100), (200, 300), "6 o'clock");
        assert_eq!(circle_point(9, 100), (100, 200), "9 o'clock");
        assert_eq!(circle_point(-3, 100), circle_point(9, 100));
        assert_eq!(circle_point(1, 100), (250, 113));
        for step in 0..12 {
            let (x, y) = circle_point(step, CIRCLE_OUTER);
            let (dx, dy) = (x - CIRCLE_CENTER, y - CIRCLE_CENTER);
            let r2 = dx * dx + dy * dy;
            assert!((r2 - CIRCLE_OUTER * CIRCLE_OUTER).abs() < 2 * CIRCLE_OUTER, "step {step}");
            assert!((0..=CIRCLE_VIEW).contains(&x) && (0..=CIRCLE_VIEW).contains(&y));
        }
    }

    #[test]
    fn six_segments_tile_the_ring_clockwise_from_the_top() {
        let segs = circle_segments();
        assert_eq!(segs.len(), 6);
        assert_eq!(segs.iter().map(|s| s.stage).collect::<Vec<_>>(), ChangeStage::ALL.to_vec());
        // Precontemplation sits at the top, action at the bottom.
        assert!(segs[0].label.1 < CIRCLE_CENTER && segs[0].label.0 == CIRCLE_CENTER);
        assert!(segs[3].label.1 > CIRCLE_CENTER && segs[3].label.0 == CIRCLE_CENTER);
        // Contemplation is to the right (clockwise), relapse to the left.
        assert!(segs[1].label.0 > CIRCLE_CENTER && segs[5].label.0 < CIRCLE_CENTER);
        for (i, s) in segs.iter().enumerate() {
            // Each segment ends where the next begins.
            let end = circle_point(i as i32 * 2 + 1, CIRCLE_OUTER);
            let next_start = circle_point((i as i32 + 1) * 2 - 1, CIRCLE_OUTER);
            assert_eq!(end, next_start);
            assert!(s.path.contains(&format!("{} {}", end.0, end.1)));
            assert!(s.path.starts_with('M') && s.path.ends_with('Z'));
            // Only integers: no decimal point anywhere.
            assert!(!s.path.contains('.'), "{}", s.path);
        }
    }

    #[test]
    fn the_return_arrow_runs_inside_the_hole() {
        let (path, head) = return_arrow();
        assert!(path.starts_with('M') && !path.contains('.'));
        for (x, y) in head {
            let (dx, dy) = (x - CIRCLE_CENTER, y - CIRCLE_CENTER);
            assert!(dx * dx + dy * dy < CIRCLE_INNER * CIRCLE_INNER, "head stays in the hole");
        }
    }

    #[test]
    fn older_files_load() {
        let c: ChangeCycle =
            serde_json::from_str(r#"{"themes":[{"id":3,"domain":"wonen","placements":[{"date":"2026-01-02","stage":"relapse"}]}]}"#)
                .unwrap();
        assert_eq!(c.stage_for_domain(LifeDomain::Wonen), Some(ChangeStage::Relapse));
        let mut c = c;
        assert_eq!(c.add_theme("x", None), Ok(4));
    }
}
