//! Geometry of the lifeline drawing: one column per moment in line order (x), the feeling as
//! height (y: good moments above the line, hard ones below). Integer coordinates in a viewBox of
//! fixed height; the width grows with the number of moments so the drawing scrolls sideways on a
//! phone instead of squeezing 200 moments into 360 px.

use std::fmt::Write;

use super::lifeline::{Lifeline, MomentId, VisitState, When};

/// Height of the viewBox (fixed: no layout shift whatever the content).
pub const HEIGHT: i32 = 640;
/// The line itself: "neither good nor hard".
pub const AXIS_Y: i32 = 310;
/// Vertical distance per feeling step.
pub const LEVEL_STEP: i32 = 100;
/// Horizontal distance between two moments.
pub const COLUMN: i32 = 150;
/// Room on the left for the "good" / "hard" words.
pub const MARGIN_LEFT: i32 = 110;
pub const MARGIN_RIGHT: i32 = 40;
/// The drawing is never narrower than this, so one moment does not fill a whole screen.
pub const MIN_WIDTH: i32 = 760;
/// Radius of a moment's dot (it holds the moment's number).
pub const POINT_R: i32 = 24;
/// Baseline of the time labels under the drawing.
pub const TICK_Y: i32 = 620;
/// Longest label under or above a dot, in characters (the list shows everything).
pub const LABEL_CHARS: usize = 11;

/// The time label under a column, shown where it differs from the column before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tick {
    Year(i32),
    /// "age 7": kept as the young person said it.
    Age(u8),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelinePoint {
    pub id: MomentId,
    /// 1-based place on the line; shown in the dot and in the list.
    pub number: usize,
    pub x: i32,
    pub y: i32,
    /// −2 … +2, `None` when the feeling was not given (drawn on the line, hollow).
    pub level: Option<i32>,
    /// A short version of what happened (or where, when nothing was written).
    pub label: String,
    /// Baseline of the label: above good moments, below hard ones.
    pub label_y: i32,
    pub tick: Option<Tick>,
    pub visit: VisitState,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineGeometry {
    pub width: i32,
    pub height: i32,
    pub axis_y: i32,
    pub points: Vec<TimelinePoint>,
    /// SVG path data of the line through all dots, in order ("" for fewer than two).
    pub path: String,
}

/// The y of a feeling level (−2 … +2).
pub fn level_y(level: i32) -> i32 {
    AXIS_Y - level.clamp(-2, 2) * LEVEL_STEP
}

/// Shortens `s` to [`LABEL_CHARS`] characters, ending in "…" when cut.
pub fn short_label(s: &str) -> String {
    let s = s.trim();
    if super::text::limit(s, LABEL_CHARS).len() == s.len() {
        s.to_string()
    } else {
        let mut out = super::text::limit(s, LABEL_CHARS - 1).trim_end().to_string();
        out.push('…');
        out
    }
}

/// Lays out the lifeline (in the order of [`Lifeline::ordered`]).
pub fn timeline(line: &Lifeline, this_year: i32) -> TimelineGeometry {
    let ordered = line.ordered(this_year);
    let n = ordered.len() as i32;
    let width = (MARGIN_LEFT + n * COLUMN + MARGIN_RIGHT).max(MIN_WIDTH);
    let mut points = Vec::with_capacity(ordered.len());
    let mut last_tick = None;
    for (i, m) in ordered.iter().enumerate() {
        let level = m.feeling.map(|f| f.level());
        let y = level_y(level.unwrap_or(0));
        let above = match level {
            Some(l) if l > 0 => true,
            Some(l) if l < 0 => false,
            // On the line: alternate so neighbouring labels never touch.
            _ => i % 2 == 0,
        };
        let label_y = if above { y - POINT_R - 12 } else { y + POINT_R + 26 };
        let tick_now = match m.when {
            When::Unknown => None,
            When::Date(d) => Some(Tick::Year(chrono::Datelike::year(&d))),
            When::Year(y) => Some(Tick::Year(y)),
            When::Age(a) => Some(Tick::Age(a)),
        };
        let tick = if tick_now.is_some() && tick_now != last_tick { tick_now } else { None };
        if tick_now.is_some() {
            last_tick = tick_now;
        }
        let text = if m.what.trim().is_empty() { &m.place } else { &m.what };
        points.push(TimelinePoint {
            id: m.id,
            number: i + 1,
            x: MARGIN_LEFT + i as i32 * COLUMN + COLUMN / 2,
            y,
            level,
            label: short_label(text),
            label_y,
            tick,
            visit: m.visit.state,
        });
    }
    let mut path = String::new();
    if points.len() > 1 {
        for (i, p) in points.iter().enumerate() {
            let _ = write!(path, "{}{} {}", if i == 0 { "M" } else { " L" }, p.x, p.y);
        }
    }
    TimelineGeometry { width, height: HEIGHT, axis_y: AXIS_Y, points, path }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lifeline::{sample_lifeline, Feeling, Moment};

    fn inside(g: &TimelineGeometry) {
        for p in &g.points {
            assert!(p.x - POINT_R >= 0 && p.x + POINT_R <= g.width, "x of {} out of the viewBox", p.number);
            assert!(p.y - POINT_R >= 0 && p.y + POINT_R <= g.height, "y of {} out of the viewBox", p.number);
            assert!(p.label_y - 24 >= 0 && p.label_y + 6 <= g.height, "label of {} out of the viewBox", p.number);
            // A label is centred on x and at most LABEL_CHARS wide (~13 units per character).
            assert!(p.x - 75 >= 0 && p.x + 75 <= g.width);
        }
        assert!(TICK_Y < g.height);
    }

    #[test]
    fn highs_above_and_lows_below_the_line() {
        let mut l = Lifeline::default();
        for f in Feeling::ALL {
            l.add_moment(Moment { when: When::Year(2010), feeling: Some(f), ..Moment::default() });
        }
        l.add_moment(Moment { when: When::Year(2011), ..Moment::default() });
        let g = timeline(&l, 2026);
        let ys: Vec<i32> = g.points.iter().map(|p| p.y).collect();
        assert!(ys[0] > g.axis_y && ys[1] > g.axis_y, "hard moments are below");
        assert_eq!(ys[2], g.axis_y);
        assert!(ys[3] < g.axis_y && ys[4] < ys[3], "good moments are above, very good highest");
        assert_eq!(ys[5], g.axis_y, "no feeling given: on the line");
        assert_eq!(g.points[5].level, None);
        // Labels sit on the outside of their dot.
        assert!(g.points[4].label_y < g.points[4].y);
        assert!(g.points[0].label_y > g.points[0].y);
    }

    #[test]
    fn columns_follow_the_line_order() {
        let mut l = Lifeline { birth_year: Some(2004), ..Lifeline::default() };
        let late = l.add_moment(Moment { when: When::Year(2020), ..Moment::default() });
        let early = l.add_moment(Moment { when: When::Age(3), ..Moment::default() });
        let g = timeline(&l, 2026);
        assert_eq!(g.points.iter().map(|p| p.id).collect::<Vec<_>>(), [early, late]);
        assert!(g.points[0].x < g.points[1].x);
        assert_eq!(g.points[0].number, 1);
        assert_eq!(g.path, format!("M{} {} L{} {}", g.points[0].x, g.points[0].y, g.points[1].x, g.points[1].y));
    }

    #[test]
    fn ticks_only_where_the_time_changes() {
        let mut l = Lifeline { birth_year: Some(2004), ..Lifeline::default() };
        for w in [When::Year(2010), When::Year(2010), When::Age(7), When::Unknown, When::Year(2012)] {
            l.add_moment(Moment { when: w, ..Moment::default() });
        }
        let g = timeline(&l, 2026);
        let ticks: Vec<_> = g.points.iter().map(|p| p.tick).collect();
        assert_eq!(ticks, [Some(Tick::Year(2010)), None, Some(Tick::Age(7)), Some(Tick::Year(2012)), None]);
    }

    #[test]
    fn empty_and_single_lines_have_a_sensible_size() {
        let g = timeline(&Lifeline::default(), 2026);
        assert_eq!((g.width, g.height), (MIN_WIDTH, HEIGHT));
        assert!(g.points.is_empty() && g.path.is_empty());
        let mut l = Lifeline::default();
        l.add();
        let g = timeline(&l, 2026);
        assert_eq!(g.width, MIN_WIDTH);
        assert!(g.path.is_empty());
        inside(&g);
    }

    #[test]
    fn two_hundred_moments_stay_inside_the_view_box() {
        let l = sample_lifeline(200, 3);
        let g = timeline(&l, 2026);
        assert_eq!(g.points.len(), 200);
        assert_eq!(g.width, MARGIN_LEFT + 200 * COLUMN + MARGIN_RIGHT);
        assert_eq!(g.height, HEIGHT, "the height never changes");
        inside(&g);
        // Neighbouring dots never overlap.
        for w in g.points.windows(2) {
            assert!(w[1].x - w[0].x >= 2 * POINT_R);
        }
    }

    #[test]
    fn labels_are_short_and_marked_when_cut() {
        assert_eq!(short_label("  Gent "), "Gent");
        assert_eq!(short_label("Verhuisd naar Antwerpen"), "Verhuisd n…");
        assert_eq!(short_label("Verhuisd naar Antwerpen").chars().count(), LABEL_CHARS);
        assert_eq!(short_label("ééééééééééééééé").chars().count(), LABEL_CHARS);
    }

    #[test]
    fn the_place_labels_a_moment_without_a_description() {
        let mut l = Lifeline::default();
        l.add_moment(Moment { place: "Brugge".into(), ..Moment::default() });
        assert_eq!(timeline(&l, 2026).points[0].label, "Brugge");
    }
}
