//! How each domain changed: start, last time, now and the change since the start with an arrow
//! — or, on request, every reading as a column.

use leptos::prelude::*;

use crate::domain::plan::{TopicEvolution, Trend};
use crate::i18n::{plan::score_label, use_i18n};

/// One row: a domain's name and its evolution.
#[derive(Clone, Debug, PartialEq)]
pub struct EvolutionRow {
    pub name: String,
    pub evo: TopicEvolution,
    /// The domain's number on the spider web drawn beside this table, if it is on it.
    pub axis: Option<usize>,
}

/// A table of the evolution per domain.
#[component]
pub fn EvolutionTable(
    /// Unique on the page.
    #[prop(into)]
    id: String,
    /// The domains, in order.
    #[prop(into)]
    rows: Signal<Vec<EvolutionRow>>,
    /// A short name for each reading (column headers when all readings are shown), oldest first.
    #[prop(into)]
    readings: Signal<Vec<String>>,
    /// Start with every reading as a column (the closing report).
    #[prop(optional)]
    all_readings: bool,
    /// The table's caption.
    #[prop(into)]
    caption: Signal<String>,
    /// Show each domain's number on the web: this table is then the web's key and its text
    /// alternative.
    #[prop(optional)]
    numbered: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t().plan();
    let all = RwSignal::new(all_readings);
    let caption_id = format!("{id}-caption");

    let change_cell = move |e: &TopicEvolution| {
        let ev = &t.evolution;
        let trend = e.trend();
        let (visible, words) = match (trend, e.since_start) {
            (Trend::Up, Some(d)) => (format!("+{d}"), (ev.up)(d)),
            (Trend::Down, Some(d)) => (format!("−{}", -d), (ev.down)(-d)),
            (Trend::Same, _) => ("0".to_string(), ev.same.to_string()),
            _ => (String::new(), ev.unknown.to_string()),
        };
        let class = match trend {
            Trend::Up => "trend trend-up",
            Trend::Down => "trend trend-down",
            Trend::Same => "trend trend-same",
            Trend::Unknown => "trend trend-unknown",
        };
        view! {
            <td class=class>
                <span aria-hidden="true">{trend.arrow()}" "{visible}</span>
                <span class="visually-hidden">{words}</span>
            </td>
        }
    };

    let head = move || {
        let ev = &t.evolution;
        let middle = if all.get() {
            readings.with(|rs| rs.iter().map(|r| view! { <th scope="col">{r.clone()}</th> }).collect_view()).into_any()
        } else {
            view! {
                <th scope="col">{ev.start}</th>
                <th scope="col">{ev.previous}</th>
                <th scope="col">{ev.now}</th>
            }
            .into_any()
        };
        view! {
            <tr>
                {numbered.then(|| view! { <th scope="col">{t.chart.number}</th> })}
                <th scope="col">{ev.domain}</th>
                {middle}
                <th scope="col">{ev.change}</th>
            </tr>
        }
    };

    let body = move || {
        let sc = &t.score;
        let full = all.get();
        rows.with(|rows| {
            rows.iter()
                .map(|r| {
                    let e = &r.evo;
                    let num = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_else(|| sc.none.to_string());
                    let middle = if full {
                        e.scores.iter().map(|s| view! { <td class="num">{score_label(sc, *s)}</td> }).collect_view().into_any()
                    } else {
                        view! {
                            <td class="num">{num(e.first)}</td>
                            <td class="num">{num(e.previous)}</td>
                            <td class="num now">{score_label(sc, e.latest())}</td>
                        }
                        .into_any()
                    };
                    view! {
                        <tr>
                            {numbered.then(|| view! { <td class="num">{r.axis.map(|a| (a + 1).to_string()).unwrap_or_default()}</td> })}
                            <th scope="row">{r.name.clone()}</th>
                            {middle}
                            {change_cell(e)}
                        </tr>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <div class="evolution" id=id.clone()>
            // The name sits above the scrolling part, so it stays readable when the table scrolls.
            <p class="table-caption" id=caption_id.clone()>{move || caption.get()}</p>
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby=caption_id.clone()>
                <table class="evolution-table" aria-labelledby=caption_id.clone()>
                    <thead>{head}</thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <Show when=move || readings.with(|r| r.len() > 3)>
                <button type="button" class="button small no-print" aria-pressed=move || all.get().to_string() on:click=move |_| all.update(|a| *a = !*a)>
                    {move || if all.get() { t.evolution.show_less } else { t.evolution.show_all }}
                </button>
            </Show>
        </div>
    }
}
