//! The spider web (spinnenweb): the current reading against the previous one and the first, in
//! SVG, with a legend and a table of the same numbers (for screen readers, and as the key to the
//! numbered axes). All geometry comes from [`crate::domain::plan::radar`]; this only draws it.

use leptos::prelude::*;

use crate::domain::plan::radar::{Point, RadarLayout, SeriesRole, CENTER, LABEL_CIRCLE, RINGS, VIEW};
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

/// The marker of a point: a circle for now, a square for last time, a diamond for the start,
/// so the readings stay apart on black-and-white paper too.
fn marker(role: SeriesRole, p: Point) -> AnyView {
    match role {
        SeriesRole::Current => view! { <circle class="radar-marker" cx=p.x cy=p.y r=9/> }.into_any(),
        SeriesRole::Previous => {
            view! { <rect class="radar-marker" x=p.x - 8 y=p.y - 8 width=16 height=16/> }.into_any()
        }
        SeriesRole::First => {
            let points = format!("{},{} {},{} {},{} {},{}", p.x, p.y - 11, p.x + 11, p.y, p.x, p.y + 11, p.x - 11, p.y);
            view! { <polygon class="radar-marker" points=points/> }.into_any()
        }
    }
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

    let grid = move || {
        layout.with(|l| {
            let rings = if l.len() >= 3 {
                l.rings.iter().map(|p| view! { <polygon class="radar-ring" points=p.clone()/> }.into_any()).collect_view()
            } else {
                RINGS
                    .iter()
                    .map(|lv| view! { <circle class="radar-ring" cx=CENTER cy=CENTER r=RadarLayout::ring_radius(*lv)/> }.into_any())
                    .collect_view()
            };
            let spokes = l
                .axes
                .iter()
                .map(|a| view! { <line class="radar-axis" x1=CENTER y1=CENTER x2=a.end.x y2=a.end.y/> })
                .collect_view();
            let labels = l
                .axes
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    view! {
                        <g class="radar-label">
                            <circle cx=a.label.x cy=a.label.y r=LABEL_CIRCLE/>
                            <text x=a.label.x y=a.label.y dy="0.35em" text-anchor="middle">{i + 1}</text>
                        </g>
                    }
                })
                .collect_view();
            let five = l.scale_label(5);
            let ten = l.scale_label(10);
            view! {
                <g class="radar-grid">{rings}{spokes}</g>
                <g class="radar-scale">
                    <text x=five.x y=five.y>"5"</text>
                    <text x=ten.x y=ten.y>"10"</text>
                </g>
                <g class="radar-labels">{labels}</g>
            }
        })
    };

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
                        {grid}
                        {shapes}
                    </svg>
                    <ul class="radar-legend" aria-label=t.chart.legend>{legend}</ul>
                    {(!no_table).then(|| view! {
                        <table class="radar-table">
                            <caption id=caption_id.clone()>{t.chart.caption}</caption>
                            {table}
                        </table>
                    })}
                }.into_any()
            }}
        </figure>
    }
}

/// One reading on the web: its outline, and a marker per scored axis (keyed by where it sits,
/// so a changed score moves one marker and leaves the others alone).
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
            <For each=move || shape.with(|s| s.markers.clone()) key=|m| *m let:m>
                {marker(role, m.1)}
            </For>
        </g>
    }
}
