//! What the plan pages share: finding the young person, names of topics and readings, the data
//! for the web and the evolution table, and one action in a list.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::components::evolution_table::EvolutionRow;
use crate::components::radar_chart::ChartSeries;
use crate::domain::dates::format_be;
use crate::domain::plan::{evolution, radar, ActionStatus, Reading, SupportPlan, TopicId};
use crate::domain::{CaseFile, ProfileId};
use crate::i18n::{use_i18n, Texts};
use crate::pages::profile::case_of_route;
use crate::pages::profiles::display_name;

/// `/jongeren/<id>/plan`.
pub fn plan_base(id: &ProfileId) -> String {
    format!("/jongeren/{id}/plan")
}

/// A number from the route (`:reading`, `:action`), if it is one.
pub fn route_number(name: &'static str) -> Memo<Option<u32>> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get(name).and_then(|v| v.parse().ok())))
}

/// Renders `page` for the young person in the route, or says plainly that they are not here.
pub fn with_case<V: IntoView + 'static>(
    page: impl Fn(ProfileId, ReadSignal<CaseFile>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    case_of_route(|t| t.plan().title, |t| t.plan().not_found, page)
}

/// The young person's name (or the placeholder when they chose none).
pub fn person_name(case: &CaseFile, t: &Texts) -> String {
    display_name(&case.profile, t.common.no_name)
}

/// The name of a life domain or own theme.
pub fn topic_name(plan: &SupportPlan, topic: TopicId, t: &Texts) -> String {
    match topic {
        TopicId::Domain(d) => t.domains().name(d).to_string(),
        TopicId::Own(n) => match plan.theme_name(n) {
            Some(name) if !name.is_empty() => name.to_string(),
            _ => t.plan().own_theme_unnamed.to_string(),
        },
    }
}

/// "Evaluatie 1, 12/03/2026".
pub fn reading_label(r: &Reading, t: &Texts) -> String {
    let date = r.date.map(format_be).unwrap_or_else(|| t.plan().no_date.to_string());
    format!("{}, {date}", t.plan().kind(r.kind))
}

/// The readings drawn on the web, with `index` as the current one.
pub fn chart_series(plan: &SupportPlan, axes: &[TopicId], index: Option<usize>, t: &Texts) -> Vec<ChartSeries> {
    let series = match index {
        Some(i) => radar::radar_series_at(plan, axes, i),
        None => radar::radar_series(plan, axes),
    };
    series
        .into_iter()
        .map(|s| ChartSeries {
            role: s.role,
            reading: plan.reading(s.reading).map(|r| reading_label(r, t)).unwrap_or_default(),
            values: s.values,
        })
        .collect()
}

pub fn axis_names(plan: &SupportPlan, axes: &[TopicId], t: &Texts) -> Vec<String> {
    axes.iter().map(|a| topic_name(plan, *a, t)).collect()
}

/// Rows for the evolution table; `on_web` are the web's axes, for the row numbers.
pub fn evolution_rows(plan: &SupportPlan, topics: &[TopicId], on_web: &[TopicId], t: &Texts) -> Vec<EvolutionRow> {
    evolution(plan, topics)
        .into_iter()
        .map(|evo| EvolutionRow { name: topic_name(plan, evo.topic, t), axis: on_web.iter().position(|a| *a == evo.topic), evo })
        .collect()
}

/// Short column headers for the readings ("Eval. 1 02/06"), so a year fits on a phone.
pub fn reading_headers(plan: &SupportPlan, t: &Texts) -> Vec<String> {
    plan.readings
        .iter()
        .map(|r| match r.date {
            Some(d) => format!("{} {:02}/{:02}", t.plan().kind_short(r.kind), d.day(), d.month()),
            None => t.plan().kind_short(r.kind).to_string(),
        })
        .collect()
}

/// "tegen 12/05/2026", "vandaag", "3 dagen over tijd" or "geen datum".
pub fn due_text(due: Option<NaiveDate>, status: ActionStatus, today: NaiveDate, t: &Texts) -> String {
    let a = &t.plan().actions;
    match due {
        None => a.no_due.to_string(),
        Some(d) if status == ActionStatus::Open && d < today => (a.overdue_days)((today - d).num_days()),
        Some(d) if status == ActionStatus::Open && d == today => a.due_today.to_string(),
        Some(d) => (a.due_on)(&format_be(d)),
    }
}

/// One action in a list: what, for which domain, who, by when, status; overdue ones stand out.
#[component]
pub fn ActionRow(
    /// The young person's file.
    case: ReadSignal<CaseFile>,
    /// The action's id.
    id: u32,
    /// Today's date (for "overdue").
    today: NaiveDate,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = Memo::new(move |_| case.with(|c| c.plan.action(id).cloned()));
    let base = case.with_untracked(|c| plan_base(&c.profile.id));
    move || {
        let t = i18n.t();
        let Some(a) = action.get() else { return ().into_any() };
        let overdue = a.is_overdue(today);
        let topic = case.with(|c| topic_name(&c.plan, a.topic, t));
        let what = if a.what.trim().is_empty() { t.plan().actions.no_what.to_string() } else { a.what.clone() };
        let who = if a.who.name.trim().is_empty() {
            t.plan().who(a.who.kind).to_string()
        } else {
            format!("{} ({})", a.who.name, t.plan().who(a.who.kind))
        };
        let class = match (overdue, a.status) {
            (true, _) => "action-row overdue",
            (false, ActionStatus::Open) => "action-row",
            _ => "action-row closed",
        };
        view! {
            <li class=class data-action=id>
                <A href=format!("{base}/acties/{id}") attr:class="action-link">
                    <span class="action-what">{what}</span>
                    <span class="action-meta">{topic}" · "{who}</span>
                    <span class="action-meta">
                        {if overdue {
                            view! { <strong class="badge overdue-badge action-due">{due_text(a.due, a.status, today, t)}</strong> }.into_any()
                        } else {
                            view! { <span class="action-due">{due_text(a.due, a.status, today, t)}</span> }.into_any()
                        }}
                        " · "
                        <span class=format!("status status-{}", a.status.slug())>{t.plan().status(a.status)}</span>
                    </span>
                </A>
            </li>
        }
        .into_any()
    }
}
