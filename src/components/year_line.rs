use leptos::prelude::*;

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
                let t = tx.trajectory();
                let mut last_phase: Option<Option<Phase>> = None;
                items.with(|items| items.iter().map(|item| {
                    // Name the phase where it changes (before the start and in aftercare too).
                    let phase = match item.position {
                        Position::InYear { phase, .. } => Some(phase),
                        Position::Aftercare { .. } => Some(Phase::Nazorg),
                        Position::NotStarted { .. } => None,
                    };
                    let header = (last_phase != Some(phase) && phase.is_some()).then(|| {
                        view! { <li class="yl-phase"><span>{tx.phases().name(phase.expect("checked"))}</span></li> }
                    });
                    last_phase = Some(phase);
                    // Every item has the same shape (one view type keeps the code small):
                    // class, kind, state, label (linked when it has a page) and a tag.
                    let (class, kind, state, label, href, tag): (String, &str, Option<&str>, String, Option<String>, Option<&str>) =
                        match &item.what {
                            LineWhat::Start => ("yl-item yl-start".into(), "start", None, t.line_start.into(), None, None),
                            LineWhat::Today => ("yl-item yl-today".into(), "today", None, t.line_today.into(), None, None),
                            LineWhat::Milestone { milestone, state } => (
                                format!("yl-item yl-milestone yl-{}", state.slug()),
                                milestone.kind.slug(),
                                Some(state.slug()),
                                t.milestone(milestone.kind).into(),
                                Some(plan_href.get_value()),
                                Some(t.state(*state)),
                            ),
                            LineWhat::Event(e) => (
                                format!("yl-item yl-event yl-{}", e.kind.slug()),
                                e.kind.slug(),
                                None,
                                e.label.clone(),
                                e.link.clone(),
                                Some(t.event_kind(e.kind)),
                            ),
                        };
                    let is_today = matches!(item.what, LineWhat::Today);
                    let plain = href.is_none().then(|| label.clone());
                    let entry = view! {
                        <li class=class data-kind=kind data-state=state aria-current=is_today.then_some("date")>
                            <span class="yl-date">{format_be(item.date)}</span>
                            {href.map(|href| view! { <a href=href class="yl-label">{label}</a> })}
                            {plain.map(|label| view! { <span class="yl-label">{label}</span> })}
                            {tag.map(|tag| view! { <span class="tj-tag">{tag}</span> })}
                        </li>
                    };
                    view! { {header} {entry} }
                }).collect_view())
            }}
        </ol>
    }
}
