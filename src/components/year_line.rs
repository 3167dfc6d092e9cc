use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::dates::format_be;
use crate::domain::phase::Phase;
use crate::domain::trajectory::Position;
use crate::domain::year_line::{LineItem, LineWhat};
use crate::i18n::use_i18n;

/// "One line through the year": milestones and every other dated thing (readings, lifeline
/// moments, network versions, walk stops) in date order on one vertical line, with the phase
/// named where it changes and a mark for today.
#[component]
pub fn YearLine(
    /// The items, in order (see `domain::year_line::year_line`).
    #[prop(into)]
    items: Signal<Vec<LineItem>>,
    /// Where milestones link to (the support plan).
    #[prop(into)]
    plan_href: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let plan_href = StoredValue::new(plan_href);
    view! {
        <ol class="year-line" data-testid="year-line">
            {move || {
                let tx = i18n.t();
                let t = &tx.trajectory;
                let mut last_phase: Option<Option<Phase>> = None;
                items.with(|items| items.iter().map(|item| {
                    // Name the phase where it changes (before the start and in aftercare too).
                    let phase = match item.position {
                        Position::InYear { phase, .. } => Some(phase),
                        Position::Aftercare { .. } => Some(Phase::Nazorg),
                        Position::NotStarted { .. } => None,
                    };
                    let header = (last_phase != Some(phase) && phase.is_some()).then(|| {
                        view! { <li class="yl-phase"><span>{tx.phases.name(phase.expect("checked"))}</span></li> }
                    });
                    last_phase = Some(phase);
                    let date = format_be(item.date);
                    let entry = match &item.what {
                        LineWhat::Start => view! {
                            <li class="yl-item yl-start" data-kind="start">
                                <span class="yl-date">{date}</span>
                                <span class="yl-label">{t.line_start}</span>
                            </li>
                        }.into_any(),
                        LineWhat::Today => view! {
                            <li class="yl-item yl-today" data-kind="today" aria-current="date">
                                <span class="yl-date">{date}</span>
                                <span class="yl-label">{t.line_today}</span>
                            </li>
                        }.into_any(),
                        LineWhat::Milestone { milestone, state } => {
                            let label = t.milestone(milestone.kind);
                            view! {
                                <li class=format!("yl-item yl-milestone yl-{}", state.slug()) data-kind=milestone.kind.slug() data-state=state.slug()>
                                    <span class="yl-date">{date}</span>
                                    <A href=plan_href.get_value() attr:class="yl-label">{label}</A>
                                    <span class="tj-tag">{t.state(*state)}</span>
                                </li>
                            }.into_any()
                        }
                        LineWhat::Event(e) => {
                            let label = e.label.clone();
                            view! {
                                <li class=format!("yl-item yl-event yl-{}", e.kind.slug()) data-kind=e.kind.slug()>
                                    <span class="yl-date">{date}</span>
                                    {match e.link.clone() {
                                        Some(href) => view! { <A href=href attr:class="yl-label">{label}</A> }.into_any(),
                                        None => view! { <span class="yl-label">{label}</span> }.into_any(),
                                    }}
                                    <span class="tj-tag">{t.event_kind(e.kind)}</span>
                                </li>
                            }.into_any()
                        }
                    };
                    view! { {header} {entry} }
                }).collect_view())
            }}
        </ol>
    }
}
