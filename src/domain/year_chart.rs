//! Geometry of the year overview: a horizontal bar from the start to the closing with the phases
//! as bands, the milestones as markers, month ticks and a line for today. Integer coordinates
//! in a fixed viewBox of [`VIEW_W`] × [`VIEW_H`] (one unit = one CSS pixel on a 360 px phone);
//! the SVG component only draws what is computed here.

use chrono::{Datelike, NaiveDate};

use super::dates::{add_months, days_between};
use super::phase::Phase;
use super::trajectory::{MilestoneKind, MilestoneState, Schedule};

pub const VIEW_W: i32 = 360;
pub const VIEW_H: i32 = 90;
/// Left and right end of the bar.
pub const X0: i32 = 16;
pub const X1: i32 = 344;
/// Baseline of the milestone labels.
pub const LABEL_Y: i32 = 16;
/// Top and height of the phase bar; markers sit on its middle.
pub const BAR_Y: i32 = 26;
pub const BAR_H: i32 = 24;
pub const MARKER_Y: i32 = BAR_Y + BAR_H / 2;
pub const MARKER_R: i32 = 9;
/// Month ticks below the bar, and the baseline of the month names.
pub const TICK_Y0: i32 = BAR_Y + BAR_H;
pub const TICK_Y1: i32 = TICK_Y0 + 6;
pub const MONTH_Y: i32 = TICK_Y1 + 13;
/// Baseline of the "today" label.
pub const TODAY_Y: i32 = MONTH_Y + 16;
/// Labels closer than this are pushed apart.
pub const LABEL_GAP: i32 = 26;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BandRect {
    pub phase: Phase,
    pub x: i32,
    pub w: i32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marker {
    pub kind: MilestoneKind,
    pub state: MilestoneState,
    pub x: i32,
    /// Centre of the short label above the bar (pushed apart from its neighbours).
    pub label_x: i32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthTick {
    /// Position of the first day of the month.
    pub x: i32,
    /// 1–12.
    pub month: u32,
    /// Centre of the month's name (the middle of the visible part of the month), if it fits.
    pub label_x: Option<i32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TodayMark {
    pub x: i32,
    /// Centre of the "today" label, kept inside the view.
    pub label_x: i32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearChart {
    pub bands: Vec<BandRect>,
    pub markers: Vec<Marker>,
    pub ticks: Vec<MonthTick>,
    /// `None` when today is before the start or after the end.
    pub today: Option<TodayMark>,
}

/// Lays out the year of `schedule` as seen on `today`.
pub fn year_chart(schedule: &Schedule, today: NaiveDate) -> YearChart {
    let start = schedule.start;
    // The bar runs to the last milestone (normally the closing).
    let last = schedule.milestones.iter().map(|m| m.date).max().unwrap_or(start).max(schedule.end());
    let span = days_between(start, last).max(1);
    let x = |d: NaiveDate| -> i32 {
        let days = days_between(start, d).clamp(0, span);
        X0 + (days * (X1 - X0) as i64 / span) as i32
    };

    let bands = schedule
        .phases()
        .into_iter()
        .map(|(phase, from, to)| {
            let x0 = x(from);
            // Bands touch: each runs to the start of the next day.
            let x1 = x(super::dates::add_days(to, 1));
            BandRect { phase, x: x0, w: (x1 - x0).max(1) }
        })
        .collect();

    let mut markers: Vec<Marker> = schedule
        .milestones
        .iter()
        .map(|m| Marker { kind: m.kind, state: m.state(today), x: x(m.date), label_x: x(m.date) })
        .collect();
    super::small_sort::sort_small_by_key(&mut markers, |m| (m.x, m.kind));
    spread(&mut markers);

    let mut ticks = Vec::new();
    let mut month = NaiveDate::from_ymd_opt(start.year(), start.month(), 1).unwrap_or(start);
    if month < start {
        month = add_months(month, 1);
    }
    while month <= last {
        let next = add_months(month, 1);
        let tx = x(month);
        let mid = (tx + x(next.min(last))) / 2;
        let room = x(next.min(last)) - tx;
        ticks.push(MonthTick { x: tx, month: month.month(), label_x: (room >= 18).then_some(mid) });
        month = next;
    }
    // The part of the first month before the first tick gets a label too when it is wide enough.
    if let Some(first) = ticks.first().copied() {
        if first.x - X0 >= 18 && start.day() != 1 {
            ticks.insert(0, MonthTick { x: X0, month: start.month(), label_x: Some((X0 + first.x) / 2) });
        }
    }

    let today = (today >= start && today <= last).then(|| {
        let tx = x(today);
        TodayMark { x: tx, label_x: tx.clamp(X0 + 26, X1 - 26) }
    });

    YearChart { bands, markers, ticks, today }
}

/// Pushes labels apart so that neighbours are at least [`LABEL_GAP`] apart and all stay inside
/// the bar; `markers` must be sorted by `x`.
fn spread(markers: &mut [Marker]) {
    let lo = X0 + LABEL_GAP / 2 - 4;
    let hi = X1 - LABEL_GAP / 2 + 4;
    for i in 0..markers.len() {
        let min = if i == 0 { lo } else { markers[i - 1].label_x + LABEL_GAP };
        markers[i].label_x = markers[i].label_x.max(min);
    }
    for i in (0..markers.len()).rev() {
        let max = if i + 1 == markers.len() { hi } else { markers[i + 1].label_x - LABEL_GAP };
        markers[i].label_x = markers[i].label_x.min(max);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::trajectory::TrajectoryPlan;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_year_fills_the_bar_in_order() {
        let s = Schedule::new(d(2026, 3, 2), &TrajectoryPlan::default(), &[]);
        let c = year_chart(&s, d(2026, 6, 15));
        assert_eq!(c.bands.len(), 4);
        assert_eq!(c.bands[0].x, X0);
        let last = c.bands[3];
        assert_eq!(last.x + last.w, X1);
        // Bands touch without gaps or overlaps.
        for w in c.bands.windows(2) {
            assert_eq!(w[0].x + w[0].w, w[1].x);
        }
        assert_eq!(c.markers.last().map(|m| (m.kind, m.x)), Some((MilestoneKind::Closing, X1)));
        assert!(c.markers.windows(2).all(|w| w[0].x < w[1].x));
        // 6 weeks of 365 days on 328 units.
        assert_eq!(c.markers[0].x, X0 + 42 * 328 / 365);
        assert_eq!(c.markers[0].state, MilestoneState::Overdue);
        let today = c.today.expect("today is inside the year");
        assert!(today.x > c.markers[1].x - 30 && today.x < c.markers[1].x);
        // Twelve month starts from April to March.
        assert_eq!(c.ticks.iter().filter(|t| t.x > X0).count(), 12);
        assert_eq!(c.ticks.first().map(|t| t.month), Some(3));
        for t in &c.ticks {
            assert!((X0..=X1).contains(&t.x));
        }
    }

    #[test]
    fn labels_never_overlap_and_stay_inside() {
        // Moves that put milestones close together.
        let start = d(2026, 3, 2);
        let mut plan = TrajectoryPlan::default();
        plan.move_milestone(start, &[], MilestoneKind::Closing, Some(d(2027, 1, 20))).unwrap();
        plan.move_milestone(start, &[], MilestoneKind::Evaluation3, Some(d(2027, 1, 12))).unwrap();
        let s = Schedule::new(start, &plan, &[]);
        let c = year_chart(&s, d(2027, 2, 1));
        for w in c.markers.windows(2) {
            assert!(w[1].label_x - w[0].label_x >= LABEL_GAP, "{:?}", c.markers);
        }
        for m in &c.markers {
            assert!(m.label_x >= X0 && m.label_x <= X1);
        }
        assert_eq!(c.today, None, "after the end there is no today line");
    }

    #[test]
    fn before_the_start_there_is_no_today_line() {
        let s = Schedule::new(d(2026, 9, 1), &TrajectoryPlan::default(), &[]);
        let c = year_chart(&s, d(2026, 8, 1));
        assert_eq!(c.today, None);
        assert!(c.markers.iter().all(|m| m.state == MilestoneState::Upcoming));
        // Starting on the 1st: no half month before the first tick.
        assert_eq!(c.ticks[0].x, X0);
    }
}
