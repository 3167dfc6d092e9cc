//! The spider web (spinnenweb): the current reading against the previous one and the first, in
//! SVG, with a legend and a table of the same numbers (for screen readers, and as the key to the
//! numbered axes). All geometry comes from [`crate::domain::plan::radar`]; this only draws it.

use leptos::prelude::*;

use crate::components::after_paint::AfterPaint;
use crate::domain::plan::radar::{marker_path, RadarLayout, SeriesRole, CENTER, LABEL_CIRCLE, RINGS, VIEW};
use crate::domain::plan::Score;
use crate::i18n::{plan::score_label, use_i18n};

/// One reading to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSeries {
    pub role: SeriesRole,
    /// Which reading, in words ("Evaluatie 2, 12/06/2026").
    pub reading: String,
    /// One answer per axis, in the order of the axes.
    pub values: Vec<Score>,
}

/// Draws the web for `axes` with the readings in `series` (oldest first; the last is on top).
#[component]
pub fn RadarChart(
    /// Unique on the page; prefixes the ids inside.
    #[prop(into)]
    id: String,
    /// The names of the axes, in order (axis 1 points up, then clockwise).
    #[prop(into)]
    axes: Signal<Vec<String>>,
    /// The readings to draw, oldest first.
    #[prop(into)]
    series: Signal<Vec<ChartSeries>>,
    /// Leave out the table when the page itself lists the same numbers next to the axis numbers.
    #[prop(optional)]
    no_table: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t().plan();
    // Rebuilt only when the number of axes changes (a Memo compares before notifying).
    let count = Memo::new(move |_| axes.with(|a| a.len()));
    let layout = Memo::new(move |_| RadarLayout::new(count.get()));
    let has_series = Memo::new(move |_| series.with(|s| !s.is_empty()));
    let caption_id = format!("{id}-caption");

    // The grid (rings, spokes, numbered axes, scale) only changes with the number of axes. It is
    // markup of numbers only, handed to the browser in one piece, and drawn with as few elements
    // as it can be: the web was about a third of the script time of opening the plan (measured
    // against a build without it, interleaved in one browser), and each SVG element costs the
    // browser to parse, build and style.
    let grid = Memo::new(move |_| layout.with(grid_markup));
    // A score change touches one reading: each reading and each table row below is keyed by what
    // it shows, so only what changed is drawn again (a rebuilt element resets every attribute,
    // which cost most of the redraw on a heavy plan). The legend names the readings, not their
    // scores: its memo stays equal, so a score change leaves it alone.
    let roles = Memo::new(move |_| series.with(|ss| ss.iter().map(|s| s.role).collect::<Vec<_>>()));
    let shapes = move || {
        view! {
            <For each=move || roles.get() key=|role| *role let:role>
                <SeriesShape role=role series=series layout=layout/>
            </For>
        }
    };

    // The legend, one line per reading, newest first; markup in one piece as well (three small
    // drawings of line and marker would otherwise cost about forty calls from wasm).
    let legend = Memo::new(move |_| {
        series.with(|ss| {
            ss.iter().rev().map(|s| legend_line(s.role, &(t.chart.series)(t.role(s.role), &s.reading))).collect::<String>()
        })
    });

    // The table: the head names the readings; a row is (number, domain, one answer per reading).
    let heads = Memo::new(move |_| series.with(|ss| ss.iter().rev().map(|s| (s.role, s.reading.clone())).collect::<Vec<_>>()));
    let rows = Memo::new(move |_| {
        series.with(|ss| {
            axes.with(|names| {
                names
                    .iter()
                    .enumerate()
                    .map(|(i, name)| {
                        let cells = ss.iter().rev().map(|s| score_label(&t.score, s.values.get(i).copied().unwrap_or_default())).collect::<Vec<_>>();
                        (i + 1, name.clone(), cells)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let table = move || {
        view! {
            <thead>
                <tr>
                    <th scope="col">{t.chart.number}</th>
                    <th scope="col">{t.chart.domain}</th>
                    <For each=move || heads.get() key=|head| head.clone() let:head>
                        <th scope="col">
                            {t.role(head.0)}
                            <span class="visually-hidden">{format!(" ({})", head.1)}</span>
                        </th>
                    </For>
                </tr>
            </thead>
            <tbody>
                <For each=move || rows.get() key=|row| row.clone() let:row>
                    <tr>
                        <td class="num">{row.0}</td>
                        <th scope="row">{row.1}</th>
                        {row.2.into_iter().map(|cell| view! { <td class="num">{cell}</td> }).collect_view()}
                    </tr>
                </For>
            </tbody>
        }
    };

    let view_box = format!("0 0 {VIEW} {VIEW}");
    view! {
        <figure class="radar" id=id.clone()>
            {move || if count.get() == 0 {
                view! { <p class="empty">{t.chart.no_axes}</p> }.into_any()
            } else if !has_series.get() {
                view! { <p class="empty">{t.chart.no_scores}</p> }.into_any()
            } else {
                view! {
                    <svg class="radar-svg" viewBox=view_box.clone() role="img" aria-label=move || (t.chart.label)(count.get())>
                        <g class="radar-frame" inner_html=move || grid.get()></g>
                        {shapes}
                    </svg>
                    <ul class="radar-legend" aria-label=t.chart.legend inner_html=move || legend.get()></ul>
                    // Below the web, so below a phone's first screen: drawn right after it.
                    {(!no_table).then(|| { let caption_id = caption_id.clone(); view! {
                        <AfterPaint>
                            <table class="radar-table">
                                <caption id=caption_id.clone()>{t.chart.caption}</caption>
                                {table}
                            </table>
                        </AfterPaint>
                    }})}
                }.into_any()
            }}
        </figure>
    }
}

/// One reading on the web: its outline, and its markers as one path (see [`marker_path`]).
#[component]
fn SeriesShape(role: SeriesRole, series: Signal<Vec<ChartSeries>>, layout: Memo<RadarLayout>) -> impl IntoView {
    let shape = Memo::new(move |_| {
        series.with(|ss| {
            let numbers: Vec<Option<u8>> =
                ss.iter().find(|s| s.role == role).map(|s| s.values.iter().map(|v| v.value()).collect()).unwrap_or_default();
            layout.with(|l| l.shape(&numbers))
        })
    });
    let closed = Memo::new(move |_| shape.with(|s| s.is_closed()));
    let points = move || shape.with(|s| s.points.clone());
    view! {
        <g class=format!("radar-series radar-{}", role.slug()) data-role=role.slug()>
            {move || if closed.get() {
                view! { <polygon class="radar-outline" points=points/> }.into_any()
            } else {
                view! { <polyline class="radar-outline" points=points/> }.into_any()
            }}
            <path class="radar-marker" d=move || shape.with(|s| marker_path(role, &s.markers))/>
        </g>
    }
}

/// The grid's markup: rings and spokes as one path, the scale numbers, and the numbered axes
/// (their circles as one path, then one number each).
fn grid_markup(l: &RadarLayout) -> String {
    use std::fmt::Write;
    let mut m = String::with_capacity(64 * l.axes.len() + 512);
    m.push_str(r#"<g class="radar-grid"><path class="radar-lines" d=""#);
    if l.len() >= 3 {
        for p in &l.rings {
            // A ring's `points` ("x,y x,y …") after M: the pairs after the first are lines.
            let _ = write!(m, "M{p}Z");
        }
    } else {
        for lv in RINGS {
            circle_path(&mut m, CENTER, CENTER, RadarLayout::ring_radius(lv));
        }
    }
    for a in &l.axes {
        let _ = write!(m, "M{CENTER} {CENTER}L{} {}", a.end.x, a.end.y);
    }
    let (five, ten) = (l.scale_label(5), l.scale_label(10));
    let _ = write!(
        m,
        r#""/></g><g class="radar-scale"><text x="{}" y="{}">5</text><text x="{}" y="{}">10</text></g><g class="radar-labels"><path class="radar-dots" d=""#,
        five.x, five.y, ten.x, ten.y
    );
    for a in &l.axes {
        circle_path(&mut m, a.label.x, a.label.y, LABEL_CIRCLE);
    }
    m.push_str(r#""/>"#);
    for (i, a) in l.axes.iter().enumerate() {
        let _ = write!(m, r#"<text x="{}" y="{}" dy="0.35em" text-anchor="middle">{}</text>"#, a.label.x, a.label.y, i + 1);
    }
    m.push_str("</g>");
    m
}

/// A circle as path data (two half arcs), appended to `d`.
fn circle_path(d: &mut String, cx: i32, cy: i32, r: i32) {
    use std::fmt::Write;
    let _ = write!(d, "M{} {cy}a{r} {r} 0 1 0 {} 0a{r} {r} 0 1 0 -{} 0", cx - r, 2 * r, 2 * r);
}

/// One line of the legend: a small drawing of the reading's line and marker, and its name.
fn legend_line(role: SeriesRole, text: &str) -> String {
    let marker = match role {
        SeriesRole::Current => r#"<circle class="radar-marker" cx="30" cy="12" r="7"/>"#,
        SeriesRole::Previous => r#"<rect class="radar-marker" x="24" y="6" width="12" height="12"/>"#,
        SeriesRole::First => r#"<polygon class="radar-marker" points="30,3 39,12 30,21 21,12"/>"#,
    };
    format!(
        r#"<li><svg class="legend-swatch radar-{}" viewBox="0 0 60 24" aria-hidden="true" focusable="false"><line class="radar-outline" x1="2" y1="12" x2="58" y2="12"/>{marker}</svg><span>{}</span></li>"#,
        role.slug(),
        escape_text(text)
    )
}

/// `text` made safe to put between tags.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legend_text_cannot_become_markup() {
        let line = legend_line(SeriesRole::Current, "Nu: <b>A & B</b>");
        assert!(line.contains("<span>Nu: &lt;b&gt;A &amp; B&lt;/b&gt;</span>"), "{line}");
        assert!(line.contains(r#"class="legend-swatch radar-current""#));
    }

    #[test]
    fn the_grid_draws_every_axis_with_few_elements() {
        let markup = grid_markup(&RadarLayout::new(15));
        // Rings and spokes in one path, the axis circles in another: 2 paths, 2 scale numbers and
        // one number per axis.
        assert_eq!(markup.matches("<path").count(), 2);
        assert_eq!(markup.matches("<text").count(), 2 + 15);
        assert!(markup.contains(">15</text>"));
        // Five rings, each closed, and fifteen spokes.
        assert_eq!(markup.matches('Z').count(), RINGS.len());
        assert_eq!(markup.matches(&format!("M{CENTER} {CENTER}L")).count(), 15);
        // With two axes the rings are circles: two half arcs per circle, five rings and two
        // axis circles.
        let two = grid_markup(&RadarLayout::new(2));
        assert_eq!(two.matches('Z').count(), 0);
        assert_eq!(two.matches(" 0 1 0 ").count(), 2 * (RINGS.len() + 2));
    }
}
