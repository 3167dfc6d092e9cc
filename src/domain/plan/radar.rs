//! Geometry of the spider web (spinnenweb), in integer coordinates of a fixed SVG `viewBox`, so
//! the component only draws what is computed here.
//!
//! Axis 0 points straight up; the others follow clockwise. A score of 10 reaches the outer ring;
//! a domain that was skipped or is "not for me" has no point: its neighbours are joined, so it
//! neither drags the web towards the centre nor disappears (its axis and number stay).

use std::fmt::Write;

use super::reading::{Score, MAX_SCORE};
use super::topic::TopicId;
use super::SupportPlan;

/// Width and height of the `viewBox`.
pub const VIEW: i32 = 600;
pub const CENTER: i32 = VIEW / 2;
/// Distance from the centre to a score of 10.
pub const RADIUS: i32 = 222;
/// Distance from the centre to the middle of an axis number.
pub const LABEL_RADIUS: i32 = 262;
/// Radius of the circle around an axis number.
pub const LABEL_CIRCLE: i32 = 22;
/// The rings of the web (scores).
pub const RINGS: [u8; 5] = [2, 4, 6, 8, 10];

/// Unit vectors are scaled by this.
const UNIT: i64 = 10_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    /// The end of the axis line (a score of 10).
    pub end: Point,
    /// The middle of the axis number.
    pub label: Point,
}

/// The web for `n` axes.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarLayout {
    pub axes: Vec<Axis>,
    /// One `points` attribute per ring in [`RINGS`] (empty with fewer than three axes: then the
    /// rings are circles of [`RadarLayout::ring_radius`]).
    pub rings: Vec<String>,
    unit: Vec<(i64, i64)>,
}

/// One reading drawn on the web.
#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    /// The `points` attribute of the outline through the scored axes.
    pub points: String,
    /// The scored points, with their axis.
    pub markers: Vec<(usize, Point)>,
}

impl Shape {
    /// Three or more points make a closed polygon; fewer are drawn as a line or a dot.
    pub fn is_closed(&self) -> bool {
        self.markers.len() >= 3
    }
}

/// `round(a / b)` for `b > 0`, half away from zero, in integers.
fn div_round(a: i64, b: i64) -> i64 {
    if a >= 0 {
        (a + b / 2) / b
    } else {
        -((-a + b / 2) / b)
    }
}

/// Sine and cosine by their Taylor series after reducing to [-π, π]: exact to far below a
/// pixel, and it keeps the wasm free of a maths library.
fn sin_cos(x: f64) -> (f64, f64) {
    use std::f64::consts::PI;
    let mut x = x % (2.0 * PI);
    if x > PI {
        x -= 2.0 * PI;
    } else if x < -PI {
        x += 2.0 * PI;
    }
    let x2 = x * x;
    let (mut s, mut c) = (x, 1.0);
    let (mut ts, mut tc) = (x, 1.0);
    for k in 1..24 {
        let k = k as f64;
        ts *= -x2 / ((2.0 * k) * (2.0 * k + 1.0));
        tc *= -x2 / ((2.0 * k - 1.0) * (2.0 * k));
        s += ts;
        c += tc;
    }
    (s, c)
}

fn to_unit(v: f64) -> i64 {
    let scaled = v * UNIT as f64;
    if scaled >= 0.0 {
        (scaled + 0.5) as i64
    } else {
        (scaled - 0.5) as i64
    }
}

impl RadarLayout {
    pub fn new(n: usize) -> RadarLayout {
        let unit: Vec<(i64, i64)> = (0..n)
            .map(|k| {
                let (s, c) = sin_cos(2.0 * std::f64::consts::PI * k as f64 / n as f64);
                (to_unit(s), -to_unit(c))
            })
            .collect();
        let at = |(ux, uy): (i64, i64), r: i64| Point {
            x: CENTER + div_round(ux * r, UNIT) as i32,
            y: CENTER + div_round(uy * r, UNIT) as i32,
        };
        let axes = unit
            .iter()
            .map(|u| Axis { end: at(*u, RADIUS as i64), label: at(*u, LABEL_RADIUS as i64) })
            .collect();
        let mut layout = RadarLayout { axes, rings: Vec::new(), unit };
        if n >= 3 {
            layout.rings = RINGS
                .iter()
                .map(|level| {
                    let pts: Vec<Option<u8>> = vec![Some(*level); n];
                    layout.shape(&pts).points
                })
                .collect();
        }
        layout
    }

    pub fn len(&self) -> usize {
        self.axes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.axes.is_empty()
    }

    /// Distance from the centre of a ring at `level`.
    pub fn ring_radius(level: u8) -> i32 {
        div_round(RADIUS as i64 * level.min(MAX_SCORE) as i64, MAX_SCORE as i64) as i32
    }

    /// Where `score` lies on `axis`.
    pub fn point(&self, axis: usize, score: u8) -> Point {
        let (ux, uy) = self.unit[axis];
        let r = RADIUS as i64 * score.min(MAX_SCORE) as i64;
        let scale = UNIT * MAX_SCORE as i64;
        Point { x: CENTER + div_round(ux * r, scale) as i32, y: CENTER + div_round(uy * r, scale) as i32 }
    }

    /// The outline through the axes that have a score (`values[i]` belongs to axis `i`).
    pub fn shape(&self, values: &[Option<u8>]) -> Shape {
        let mut points = String::with_capacity(values.len() * 8);
        let mut markers = Vec::with_capacity(values.len());
        for (i, v) in values.iter().enumerate().take(self.len()) {
            if let Some(v) = v {
                let p = self.point(i, *v);
                if !points.is_empty() {
                    points.push(' ');
                }
                let _ = write!(points, "{},{}", p.x, p.y);
                markers.push((i, p));
            }
        }
        Shape { points, markers }
    }

    /// Position of a scale number ("5", "10") just right of the upward axis.
    pub fn scale_label(&self, level: u8) -> Point {
        Point { x: CENTER + 8, y: CENTER - Self::ring_radius(level) - 6 }
    }
}

/// The markers of one reading as the `d` of a single SVG path: a circle for now, a square for last
/// time, a diamond for the start, so the readings stay apart on black-and-white paper too. One
/// path instead of an element per point: a page with the web builds and redraws it in one step.
pub fn marker_path(role: SeriesRole, markers: &[(usize, Point)]) -> String {
    let mut d = String::with_capacity(markers.len() * 32);
    for (_, p) in markers {
        let (x, y) = (p.x, p.y);
        let _ = match role {
            // Two half circles of radius 9.
            SeriesRole::Current => write!(d, "M{} {}a9 9 0 1 0 18 0a9 9 0 1 0-18 0", x - 9, y),
            SeriesRole::Previous => write!(d, "M{} {}h16v16h-16z", x - 8, y - 8),
            SeriesRole::First => write!(d, "M{} {}l11 11-11 11-11-11z", x, y - 11),
        };
    }
    d
}

/// Which reading a series on the web is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SeriesRole {
    First,
    Previous,
    Current,
}

impl SeriesRole {
    pub fn slug(self) -> &'static str {
        match self {
            SeriesRole::First => "first",
            SeriesRole::Previous => "previous",
            SeriesRole::Current => "current",
        }
    }
}

/// One reading's answers along the axes.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarSeries {
    pub role: SeriesRole,
    /// The reading's id.
    pub reading: u32,
    pub values: Vec<Score>,
}

impl RadarSeries {
    pub fn numbers(&self) -> Vec<Option<u8>> {
        self.values.iter().map(|s| s.value()).collect()
    }
}

/// The readings on the web, oldest first (so the current one is drawn on top): the first
/// reading, the previous one, and the current (latest) one — as far as they exist and differ.
pub fn radar_series(plan: &SupportPlan, axes: &[TopicId]) -> Vec<RadarSeries> {
    match plan.readings.len() {
        0 => Vec::new(),
        n => radar_series_at(plan, axes, n - 1),
    }
}

/// Like [`radar_series`], but with the reading at `index` as "current" (for editing an older
/// reading): it is drawn against the one before it and the first.
pub fn radar_series_at(plan: &SupportPlan, axes: &[TopicId], index: usize) -> Vec<RadarSeries> {
    if index >= plan.readings.len() {
        return Vec::new();
    }
    let mut picks: Vec<(SeriesRole, usize)> = Vec::new();
    if index >= 2 {
        picks.push((SeriesRole::First, 0));
    }
    if index >= 1 {
        picks.push((if index == 1 { SeriesRole::First } else { SeriesRole::Previous }, index - 1));
    }
    picks.push((SeriesRole::Current, index));
    picks
        .into_iter()
        .map(|(role, i)| {
            let r = &plan.readings[i];
            RadarSeries { role, reading: r.id, values: axes.iter().map(|t| r.score(*t)).collect() }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::ReadingKind;
    use crate::domain::LifeDomain;

    #[test]
    fn markers_are_one_path_with_a_shape_per_scored_axis() {
        let layout = RadarLayout::new(4);
        let shape = layout.shape(&[Some(10), None, Some(0), Some(5)]);
        let top = layout.point(0, 10);
        let now = marker_path(SeriesRole::Current, &shape.markers);
        assert_eq!(now.matches('M').count(), 3, "{now}");
        assert!(now.starts_with(&format!("M{} {}a9 9", top.x - 9, top.y)), "{now}");
        let before = marker_path(SeriesRole::Previous, &shape.markers);
        assert!(before.starts_with(&format!("M{} {}h16v16h-16z", top.x - 8, top.y - 8)), "{before}");
        let start = marker_path(SeriesRole::First, &shape.markers);
        assert!(start.starts_with(&format!("M{} {}l11 11", top.x, top.y - 11)), "{start}");
        assert_eq!(start.matches('z').count(), 3);
        // Integers only: no decimal point anywhere.
        assert!(!format!("{now}{before}{start}").contains('.'));
        assert_eq!(marker_path(SeriesRole::Current, &[]), "");
    }

    #[test]
    fn four_axes_point_up_right_down_left() {
        let l = RadarLayout::new(4);
        let ends: Vec<Point> = l.axes.iter().map(|a| a.end).collect();
        assert_eq!(
            ends,
            [
                Point { x: 300, y: 300 - RADIUS },
                Point { x: 300 + RADIUS, y: 300 },
                Point { x: 300, y: 300 + RADIUS },
                Point { x: 300 - RADIUS, y: 300 }
            ]
        );
        assert_eq!(l.point(1, 5), Point { x: 300 + RADIUS / 2, y: 300 });
        assert_eq!(l.point(0, 0), Point { x: 300, y: 300 }, "zero is the centre");
        assert_eq!(l.point(2, 99), l.axes[2].end, "scores above 10 stay on the web");
        assert_eq!(l.rings.len(), RINGS.len());
        assert_eq!(l.rings[4], format!("300,{} {},300 300,{} {},300", 300 - RADIUS, 300 + RADIUS, 300 + RADIUS, 300 - RADIUS));
    }

    #[test]
    fn every_point_lies_inside_the_view_and_on_its_circle() {
        for n in [3, 5, 7, 12, 13, 15, 24] {
            let l = RadarLayout::new(n);
            assert_eq!(l.len(), n);
            for (i, a) in l.axes.iter().enumerate() {
                for p in [a.end, a.label] {
                    assert!(p.x - LABEL_CIRCLE >= 0 && p.x + LABEL_CIRCLE <= VIEW, "n={n} axis {i}: {p:?}");
                    assert!(p.y - LABEL_CIRCLE >= 0 && p.y + LABEL_CIRCLE <= VIEW);
                }
                let (dx, dy) = ((a.end.x - CENTER) as i64, (a.end.y - CENTER) as i64);
                let r2 = dx * dx + dy * dy;
                let want = (RADIUS as i64) * (RADIUS as i64);
                assert!((r2 - want).abs() <= 2 * RADIUS as i64 + 1, "n={n} axis {i} off the circle: {r2} vs {want}");
            }
            // Clockwise from the top: the second axis is to the right of the first.
            assert!(l.axes[1].end.x > CENTER);
        }
    }

    #[test]
    fn gaps_are_joined_not_pulled_to_the_centre() {
        let l = RadarLayout::new(4);
        let s = l.shape(&[Some(10), None, Some(10), Some(0)]);
        assert_eq!(s.markers.iter().map(|(i, _)| *i).collect::<Vec<_>>(), [0, 2, 3]);
        assert_eq!(s.points, format!("300,{} 300,{} 300,300", 300 - RADIUS, 300 + RADIUS));
        assert!(s.is_closed());
        let two = l.shape(&[Some(5), None, Some(5), None]);
        assert!(!two.is_closed());
        let none = l.shape(&[None, None, None, None]);
        assert!(none.points.is_empty() && none.markers.is_empty());
        // More values than axes are ignored, fewer are fine.
        assert_eq!(l.shape(&[Some(1); 9]).markers.len(), 4);
        assert_eq!(l.shape(&[Some(1)]).markers.len(), 1);
    }

    #[test]
    fn degenerate_webs() {
        let zero = RadarLayout::new(0);
        assert!(zero.is_empty() && zero.rings.is_empty());
        let one = RadarLayout::new(1);
        assert_eq!(one.axes[0].end, Point { x: 300, y: 300 - RADIUS });
        assert!(one.rings.is_empty(), "with fewer than three axes the rings are circles");
        assert_eq!(RadarLayout::ring_radius(10), RADIUS);
        assert_eq!(RadarLayout::ring_radius(5), (RADIUS + 1) / 2);
    }

    #[test]
    fn trig_is_accurate() {
        for k in 0..360 {
            let x = k as f64 * std::f64::consts::PI / 180.0;
            let (s, c) = sin_cos(x);
            assert!((s - x.sin()).abs() < 1e-9 && (c - x.cos()).abs() < 1e-9, "at {k} degrees");
        }
        assert_eq!(div_round(-15, 10), -2);
        assert_eq!(div_round(15, 10), 2);
        assert_eq!(div_round(-14, 10), -1);
    }

    #[test]
    fn series_are_first_previous_current() {
        let w = TopicId::Domain(LifeDomain::Wonen);
        let axes = [w, TopicId::Domain(LifeDomain::Netwerk)];
        let mut p = SupportPlan::default();
        assert!(radar_series(&p, &axes).is_empty());
        let r1 = p.start_reading(ReadingKind::SupportPlan, None);
        p.set_score(r1, w, Score::Value(2));
        let one = radar_series(&p, &axes);
        assert_eq!(one.len(), 1);
        assert_eq!(one[0].role, SeriesRole::Current);
        assert_eq!(one[0].numbers(), [Some(2), None]);
        let r2 = p.start_reading(ReadingKind::Evaluation1, None);
        p.set_score(r2, w, Score::Value(5));
        let two = radar_series(&p, &axes);
        assert_eq!(two.iter().map(|s| (s.role, s.reading)).collect::<Vec<_>>(), [(SeriesRole::First, r1), (SeriesRole::Current, r2)]);
        let r3 = p.start_reading(ReadingKind::Evaluation2, None);
        let r4 = p.start_reading(ReadingKind::Evaluation3, None);
        p.set_score(r4, w, Score::NotForMe);
        let four = radar_series(&p, &axes);
        assert_eq!(
            four.iter().map(|s| (s.role, s.reading)).collect::<Vec<_>>(),
            [(SeriesRole::First, r1), (SeriesRole::Previous, r3), (SeriesRole::Current, r4)]
        );
        assert_eq!(four[1].numbers(), [Some(5), None], "carried over");
        assert_eq!(four[2].values[0], Score::NotForMe);
        // An older reading as "current": drawn against the one before it.
        let at1 = radar_series_at(&p, &axes, 1);
        assert_eq!(at1.iter().map(|s| (s.role, s.reading)).collect::<Vec<_>>(), [(SeriesRole::First, r1), (SeriesRole::Current, r2)]);
        assert!(radar_series_at(&p, &axes, 9).is_empty());
    }
}
