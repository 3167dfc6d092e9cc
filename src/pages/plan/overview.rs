//! The plan at a glance: the spider web, the evolution per domain, the actions (overdue ones
//! first), the readings, and the way to hand the phone over or start a new reading.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::shared::{
    axis_names, chart_series, evolution_rows, person_name, plan_base, reading_headers, reading_label, with_case, ActionRow,
};
use crate::components::one_tap::one_tap;
use crate::components::after_paint::AfterPaint;
use crate::components::date_field::DateField;
use crate::components::evolution_table::EvolutionTable;
use crate::components::page_header::NamedPageHeader;
use crate::components::radar_chart::RadarChart;
use crate::domain::plan::action::sort_for_overview;
use crate::domain::plan::{HandoverAt, HandoverMark, ReadingKind};
use crate::domain::{CaseFile, ProfileId};
use crate::i18n::use_i18n;
use crate::state::use_app_state;

#[component]
pub fn PlanPage() -> impl IntoView {
    with_case(|id, case| view! { <Overview id=id case=case/> })
}

#[component]
fn Overview(id: ProfileId, case: ReadSignal<CaseFile>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let today = crate::browser::today();
    let base = plan_base(&id);
    let title = Signal::derive(move || (t.plan().title_of)(&case.with(|c| person_name(c, t))));

    let active = Memo::new(move |_| case.with(|c| c.plan.active_topics()));
    let has_readings = Memo::new(move |_| case.with(|c| !c.plan.readings.is_empty()));
    let axes = Memo::new(move |_| case.with(|c| active.with(|a| axis_names(&c.plan, a, t))));
    let series = Memo::new(move |_| case.with(|c| active.with(|a| chart_series(&c.plan, a, None, t))));
    let rows = Memo::new(move |_| case.with(|c| active.with(|a| evolution_rows(&c.plan, a, a, t))));
    let off_rows = Memo::new(move |_| case.with(|c| evolution_rows(&c.plan, &c.plan.switched_off_with_history(), &[], t)));
    let headers = Memo::new(move |_| case.with(|c| reading_headers(&c.plan, t)));
    let latest_label = Memo::new(move |_| case.with(|c| c.plan.latest().map(|r| reading_label(r, t))));
    let resumable = Memo::new(move |_| case.with(|c| c.plan.resume_handover().is_some()));
    // Every reading as a column while that fits on a phone; with more, start compact (the table
    // offers "show all readings").
    let all_columns = case.with_untracked(|c| c.plan.readings.len() <= 4);

    view! {
        <NamedPageHeader title=t.plan().title.to_string() heading=title back=format!("/jongeren/{id}")/>
        <p class="lead">{t.plan().overview.lead}</p>

        <section class="card handover-card" aria-labelledby="handover-heading">
            <h2 id="handover-heading" class="visually-hidden">{t.plan().overview.handover}</h2>
            <a href=format!("{base}/doorgeven") class="button primary big">
                {move || if resumable.get() { t.plan().overview.handover_resume } else { t.plan().overview.handover }}
            </a>
            <p class="hint">
                {move || match latest_label.get() {
                    Some(r) => (t.plan().overview.handover_hint)(&r),
                    None => t.plan().overview.handover_first_hint.to_string(),
                }}
            </p>
        </section>

        <Show when=move || has_readings.get() fallback=move || view! { <p class="empty">{t.plan().overview.empty}</p> }>
            <section class="plan-section" aria-labelledby="web-heading">
                <h2 id="web-heading">{t.plan().overview.web_heading}</h2>
                // The evolution table right below is the web's key and its text alternative.
                <RadarChart id="plan-web" axes=axes series=series no_table=true/>
                // Below the first screen on a phone: drawn right after it (see AfterPaint).
                <AfterPaint>
                    <EvolutionTable
                        id="plan-evolution"
                        rows=rows
                        readings=headers
                        all_readings=all_columns
                        caption=t.plan().evolution.caption.to_string()
                        numbered=true
                    />
                    <Show when=move || off_rows.with(|r| !r.is_empty())>
                        <EvolutionTable
                            id="plan-evolution-off"
                            rows=off_rows
                            readings=headers
                            all_readings=all_columns
                            caption=t.plan().evolution.switched_off.to_string()
                        />
                    </Show>
                </AfterPaint>
            </section>
        </Show>
        <AfterPaint>
            <ActionsSummary case=case today=today/>
            <Readings id=id.clone() case=case today=today/>

            <nav class="card" aria-labelledby="more-heading">
                <h2 id="more-heading">{t.plan().overview.more_heading}</h2>
                <ul class="link-list">
                    <li><a href=format!("{base}/domeinen")>{t.plan().overview.to_domains}</a></li>
                    <li><a href=format!("{base}/afronding")>{t.plan().overview.to_closing}</a></li>
                    <li><a href=format!("{base}/afdruk")>{t.plan().overview.to_print}</a></li>
                    <li><a href=format!("/jongeren/{id}/meegeven")>{t.exchange().give_title}</a></li>
                </ul>
            </nav>
        </AfterPaint>
    }
}

/// How many open actions the overview lists.
const SHOWN_ACTIONS: usize = 5;

/// Open actions, overdue first, and what still needs a review at this evaluation.
#[component]
fn ActionsSummary(case: ReadSignal<CaseFile>, today: NaiveDate) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let navigate = use_navigate();
    let t = i18n.t();
    let id = case.with_untracked(|c| c.profile.id.clone());
    let base = plan_base(&id);
    let open_count = Memo::new(move |_| case.with(|c| c.plan.open_actions().len()));
    // A glance, not the whole list: the first five, overdue ones first; the rest is one tap away.
    let open_ids = Memo::new(move |_| {
        case.with(|c| {
            let mut open = c.plan.open_actions();
            sort_for_overview(&mut open, today);
            open.iter().take(SHOWN_ACTIONS).map(|a| a.id).collect::<Vec<u32>>()
        })
    });
    let overdue = Memo::new(move |_| case.with(|c| c.plan.overdue_actions(today).len()));
    let review = Memo::new(move |_| {
        case.with(|c| {
            let n = c.plan.needs_review().len();
            (n > 0).then(|| (n, c.plan.latest().map(|r| t.plan().kind(r.kind)).unwrap_or_default()))
        })
    });
    let add = {
        let base = base.clone();
        one_tap(move |_: leptos::ev::MouseEvent| {
            let mut new = None;
            state.update_case(&id, |c| {
                if let Some(topic) = c.plan.active_topics().first().copied() {
                    new = Some(c.plan.add_action(topic));
                }
            });
            if let Some(a) = new {
                navigate(&format!("{base}/acties/{a}"), Default::default());
            }
        })
    };
    view! {
        <section class="plan-section" aria-labelledby="actions-heading">
            <h2 id="actions-heading">{t.plan().overview.actions_heading}</h2>
            <Show when=move || overdue.get() != 0>
                <p class="overdue-note" role="status">{move || (t.plan().overview.overdue_count)(overdue.get())}</p>
            </Show>
            {let actions = format!("{base}/acties"); move || review.get().map(|(n, r)| view! {
                <p class="review-note">
                    <a href=actions.clone()>
                        {(t.plan().overview.to_review)(n, r)}
                    </a>
                </p>
            })}
            <Show
                when=move || open_ids.with(|o| !o.is_empty())
                fallback=move || view! { <p class="hint">{t.plan().overview.no_actions}</p> }
            >
                <p class="hint">{move || (t.plan().overview.open_count)(open_count.get())}</p>
                <ul class="action-list">
                    <For each=move || open_ids.get() key=|id| *id children=move |aid| view! { <ActionRow case=case id=aid today=today/> }/>
                </ul>
            </Show>
            <div class="button-row">
                <a href=format!("{base}/acties") class="button">{t.plan().overview.all_actions}</a>
                <button type="button" class="button" on:click=add>
                    <span aria-hidden="true">"+ "</span>{t.plan().actions.add}
                </button>
            </div>
        </section>
    }
}

/// The readings so far, and starting a new one (as a copy of the last).
#[component]
fn Readings(id: ProfileId, case: ReadSignal<CaseFile>, today: NaiveDate) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let navigate = use_navigate();
    let t = i18n.t();
    let base = plan_base(&id);
    let list = Memo::new(move |_| {
        case.with(|c| {
            let n = c.plan.active_topics().len();
            c.plan
                .readings
                .iter()
                .map(|r| {
                    let filled = c.plan.active_topics().iter().filter(|t| r.entry(**t).is_some_and(|e| e.is_answered())).count();
                    (r.id, reading_label(r, t), filled, n)
                })
                .collect::<Vec<_>>()
        })
    });
    let kind = RwSignal::new(case.with_untracked(|c| c.plan.suggested_next_kind()));
    let date = RwSignal::new(Some(today));
    let start = one_tap(move |then_handover: bool| {
        let mut rid = 0;
        state.update_case(&id, |c| {
            let k = kind.get_untracked();
            // The network map is kept as it stands at this reading (a version to compare later).
            rid = c.start_reading(k, date.get_untracked(), t.plan().kind(k));
            if then_handover {
                c.plan.handover = Some(HandoverMark { reading: rid, at: HandoverAt::Intro });
            }
        });
        let to = if then_handover { format!("{base}/doorgeven") } else { format!("{base}/meting/{rid}") };
        navigate(&to, Default::default());
    });
    let start2 = start.clone();
    let base_list = plan_base(&case.with_untracked(|c| c.profile.id.clone()));
    view! {
        <section class="plan-section" aria-labelledby="readings-heading">
            <h2 id="readings-heading">{t.plan().overview.readings_heading}</h2>
            <Show when=move || list.with(|l| !l.is_empty())>
                <ol class="list reading-list" aria-label=t.plan().overview.readings_label>
                    {let base_list = base_list.clone(); move || list.get().into_iter().map(|(rid, label, filled, n)| view! {
                        <li>
                            <a href=format!("{base_list}/meting/{rid}") class="list-item">
                                <span class="list-title">{label}</span>
                                <span class="list-sub">{(t.plan().overview.entries_count)(filled, n)}</span>
                            </a>
                        </li>
                    }).collect_view()}
                </ol>
            </Show>
            <div class="card new-reading">
                <h3>{t.plan().overview.new_reading}</h3>
                <p class="hint">{t.plan().overview.new_reading_hint}</p>
                <div class="field">
                    <label for="new-reading-kind">{t.plan().overview.kind_label}</label>
                    <select autocomplete="off"
                        id="new-reading-kind"
                        on:change=move |ev| {
                            if let Some(k) = ReadingKind::from_slug(&event_target_value(&ev)) {
                                kind.set(k);
                            }
                        }
                    >
                        {ReadingKind::ALL.into_iter().map(|k| view! {
                            <option value=k.slug() prop:selected=move || kind.get() == k>{t.plan().kind(k)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <DateField
                    id="new-reading-date"
                    label=t.plan().overview.date_label
                    value=date
                    on_change=Callback::new(move |d| date.set(d))
                />
                <div class="button-row">
                    <button type="button" class="button primary" on:click=move |_| start(true)>
                        {t.plan().overview.start_and_handover}
                    </button>
                    <button type="button" class="button" on:click=move |_| start2(false)>
                        {t.plan().overview.start_reading}
                    </button>
                </div>
            </div>
        </section>
    }
}
