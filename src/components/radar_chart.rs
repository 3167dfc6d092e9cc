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

    let shapes = move || {
        series.with(|ss| {
            layout.with(|l| {
                ss.iter()
                    .map(|s| {
                        let numbers: Vec<Option<u8>> = s.values.iter().map(|v| v.value()).collect();
                        let shape = l.shape(&numbers);
                        let outline = if shape.is_closed() {
                            view! { <polygon class="radar-outline" points=shape.points.clone()/> }.into_any()
                        } else {
                            view! { <polyline class="radar-outline" points=shape.points.clone()/> }.into_any()
                        };
                        let markers = shape.markers.iter().map(|(_, p)| marker(s.role, *p)).collect_view();
                        view! {
                            <g class=format!("radar-series radar-{}", s.role.slug()) data-role=s.role.slug()>
                                {outline}
                                {markers}
                            </g>
                        }
                    })
                    .collect_view()
            })
        })
    };

    let legend = move || {
        series.with(|ss| {
            ss.iter()
                .rev()
                .map(|s| {
                    let role = s.role;
                    let text = (t.chart.series)(t.role(role), &s.reading);
                    view! {
                        <li>
                            <svg class=format!("legend-swatch radar-{}", role.slug()) viewBox="0 0 60 24" aria-hidden="true" focusable="false">
                                <line class="radar-outline" x1=2 y1=12 x2=58 y2=12/>
                                {match role {
                                    SeriesRole::Current => view! { <circle class="radar-marker" cx=30 cy=12 r=7/> }.into_any(),
                                    SeriesRole::Previous => view! { <rect class="radar-marker" x=24 y=6 width=12 height=12/> }.into_any(),
                                    SeriesRole::First => view! { <polygon class="radar-marker" points="30,3 39,12 30,21 21,12"/> }.into_any(),
                                }}
                            </svg>
                            <span>{text}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };

    let table = move || {
        let plan = t;
        series.with(|ss| {
            axes.with(|names| {
                let heads = ss
                    .iter()
                    .rev()
                    .map(|s| {
                        view! {
                            <th scope="col">
                                {plan.role(s.role)}
                                <span class="visually-hidden">{format!(" ({})", s.reading)}</span>
                            </th>
                        }
                    })
                    .collect_view();
                let rows = names
                    .iter()
                    .enumerate()
                    .map(|(i, name)| {
                        let cells = ss
                            .iter()
                            .rev()
                            .map(|s| {
                                let v = s.values.get(i).copied().unwrap_or_default();
                                view! { <td class="num">{score_label(&plan.score, v)}</td> }
                            })
                            .collect_view();
                        view! {
                            <tr>
                                <td class="num">{i + 1}</td>
                                <th scope="row">{name.clone()}</th>
                                {cells}
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <thead>
                        <tr>
                            <th scope="col">{plan.chart.number}</th>
                            <th scope="col">{plan.chart.domain}</th>
                            {heads}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                }
            })
        })
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
