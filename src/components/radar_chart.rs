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
    // markup of numbers only, handed to the browser in one piece: about 80 elements that would
    // otherwise each cost a few calls from wasm when a page with the web opens.
    let grid = Memo::new(move |_| layout.with(grid_markup));
    // A score change touches one reading: each reading, each marker, each legend line and each
    // table row below is keyed by what it shows, so only what changed is drawn again (a rebuilt
    // element resets every attribute, which cost most of the redraw on a heavy plan).
    let roles = Memo::new(move |_| series.with(|ss| ss.iter().map(|s| s.role).collect::<Vec<_>>()));
    let shapes = move || {
        view! {
            <For each=move || roles.get() key=|role| *role let:role>
                <SeriesShape role=role series=series layout=layout/>
            </For>
        }
    };

    let legend_lines = Memo::new(move |_| {
        series.with(|ss| ss.iter().rev().map(|s| (s.role, (t.chart.series)(t.role(s.role), &s.reading))).collect::<Vec<_>>())
    });
    let legend = move || {
        view! {
            <For each=move || legend_lines.get() key=|line| line.clone() let:line>
                <li>
                    <svg class=format!("legend-swatch radar-{}", line.0.slug()) viewBox="0 0 60 24" aria-hidden="true" focusable="false">
                        <line class="radar-outline" x1=2 y1=12 x2=58 y2=12/>
                        {match line.0 {
                            SeriesRole::Current => view! { <circle class="radar-marker" cx=30 cy=12 r=7/> }.into_any(),
                            SeriesRole::Previous => view! { <rect class="radar-marker" x=24 y=6 width=12 height=12/> }.into_any(),
                            SeriesRole::First => view! { <polygon class="radar-marker" points="30,3 39,12 30,21 21,12"/> }.into_any(),
                        }}
                    </svg>
                    <span>{line.1}</span>
                </li>
            </For>
        }
    };

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
                        <g class="radar-grid" inner_html=move || grid.with(|g| g.0.clone())></g>
                        <g class="radar-scale" inner_html=move || grid.with(|g| g.1.clone())></g>
                        <g class="radar-labels" inner_html=move || grid.with(|g| g.2.clone())></g>
                        {shapes}
                    </svg>
                    <ul class="radar-legend" aria-label=t.chart.legend>{legend}</ul>
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

/// The grid's markup: (rings and spokes, scale numbers, numbered axes).
fn grid_markup(l: &RadarLayout) -> (String, String, String) {
    use std::fmt::Write;
    let mut grid = String::new();
    if l.len() >= 3 {
        for p in &l.rings {
            let _ = write!(grid, r#"<polygon class="radar-ring" points="{p}"/>"#);
        }
    } else {
        for lv in RINGS {
            let _ = write!(grid, r#"<circle class="radar-ring" cx="{CENTER}" cy="{CENTER}" r="{}"/>"#, RadarLayout::ring_radius(lv));
        }
    }
    for a in &l.axes {
        let _ = write!(grid, r#"<line class="radar-axis" x1="{CENTER}" y1="{CENTER}" x2="{}" y2="{}"/>"#, a.end.x, a.end.y);
    }
    let (five, ten) = (l.scale_label(5), l.scale_label(10));
    let scale = format!(r#"<text x="{}" y="{}">5</text><text x="{}" y="{}">10</text>"#, five.x, five.y, ten.x, ten.y);
    let mut labels = String::new();
    for (i, a) in l.axes.iter().enumerate() {
        let (x, y) = (a.label.x, a.label.y);
        let _ = write!(
            labels,
            r#"<g class="radar-label"><circle cx="{x}" cy="{y}" r="{LABEL_CIRCLE}"/><text x="{x}" y="{y}" dy="0.35em" text-anchor="middle">{}</text></g>"#,
            i + 1
        );
    }
    (grid, scale, labels)
}
