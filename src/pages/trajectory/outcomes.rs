//! "Resultaten": for the young people on this device whose trajectory ended in a chosen period,
//! the count and share per indicator beside the programme's research figures, and the same as
//! a CSV with no names for the team's reporting. The figures are computed in
//! `domain::outcomes`; this page gathers what they need from the case files.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use crate::components::date_field::DateField;
use crate::components::page_header::PageHeader;
use crate::domain::dates::format_iso;
use crate::domain::ending::{effective_end, EndKind, SixMonthCheck};
use crate::domain::outcomes::{outcomes, to_csv, KpiFigure, Outcomes, PersonOutcome, Period};
use crate::domain::plan::ClosingKpis;
use crate::domain::trajectory::Schedule;
use crate::domain::CaseFile;
use crate::i18n::{use_i18n, Texts};
use crate::state::use_app_state;

use super::sources::done_facts;

/// What the figures need of one case file: how and when it ended, the closing report's
/// indicators and the six-month check. Nothing that names the young person.
fn outcome_data(c: &CaseFile) -> (Option<(EndKind, NaiveDate)>, ClosingKpis, SixMonthCheck) {
    let ended = match c.profile.start_date {
        Some(start) => effective_end(c.trajectory.end.as_ref(), &Schedule::new(start, &c.trajectory, &done_facts(c))),
        // Without a start date there is no year; a recorded end with its own date still counts.
        None => c.trajectory.end.as_ref().and_then(|e| e.date.map(|d| (e.kind, d))),
    };
    (ended, c.plan.closing.clone(), c.trajectory.check.clone())
}

/// The CSV: a header row, then one row per indicator; counts, shares and the research figure,
/// no names, no ids.
fn csv_text(o: &Outcomes, period: Period, texts: &Texts) -> String {
    let t = texts.outcomes();
    let rows: Vec<Vec<String>> = o
        .figures
        .iter()
        .map(|f| {
            vec![
                t.kpi(f.kpi).to_string(),
                f.kpi.slug().to_string(),
                format_iso(period.from),
                format_iso(period.to),
                f.count.to_string(),
                f.of.to_string(),
                f.share.map(|s| s.to_string()).unwrap_or_default(),
                f.unknown.to_string(),
                f.kpi.research().map(|r| t.research(r).to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    to_csv(&t.csv_header, &rows)
}

#[component]
pub fn OutcomesPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let today = crate::browser::today();
    // This calendar year up to today: the period a team reports on most often.
    let from = RwSignal::new(NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today));
    let to = RwSignal::new(today);
    let period = Memo::new(move |_| Period { from: from.get(), to: to.get() }.ordered());
    let figures = Memo::new(move |_| {
        let data: Vec<_> = state.cases().with(|cases| cases.iter().map(|c| c.with(outcome_data)).collect());
        let people: Vec<PersonOutcome> =
            data.iter().map(|(ended, kpis, check)| PersonOutcome { ended: *ended, kpis, check }).collect();
        outcomes(&people, period.get())
    });
    let download_status = RwSignal::new(None::<bool>);
    let download = move |_| {
        let texts = i18n.t();
        let text = figures.with_untracked(|o| csv_text(o, period.get_untracked(), texts));
        let name = crate::browser::download_name(texts.outcomes().csv_file, "csv");
        download_status.set(Some(crate::browser::download(&name, "text/csv;charset=utf-8", &text).is_ok()));
    };

    let t = i18n.t().outcomes();
    let figure = move |f: KpiFigure| {
        let research = match f.kpi.research() {
            Some(r) => t.research(r),
            None => t.no_research,
        };
        view! {
            <li class="card oc-kpi" data-kpi=f.kpi.slug()>
                <h2 class="oc-name">{t.kpi(f.kpi)}</h2>
                <p class="oc-figure">
                    <strong data-testid="count">{(t.figure)(f.count, f.of)}</strong>
                    {f.share.map(|s| view! { " · " <strong data-testid="share">{format!("{s}%")}</strong> })}
                </p>
                {(f.share.is_none() && f.of > 0).then(|| view! { <p class="hint oc-hidden">{t.share_hidden}</p> })}
                {(f.unknown > 0).then(|| view! { <p class="hint">{(t.unknown)(f.unknown)}</p> })}
                <p class="oc-research"><span class="oc-research-label">{t.research_label}": "</span>{research}</p>
            </li>
        }
    };
    let list = move || {
        figures.with(|o| {
            let summary = if o.ended == 0 { t.none_ended.to_string() } else { (t.ended_count)(o.ended) };
            view! {
                <p class="oc-summary" role="status" data-testid="ended-count">{summary}</p>
                <ul class="oc-list" aria-label=t.list_label>{o.figures.iter().map(|f| figure(*f)).collect_view()}</ul>
            }
        })
    };
    let set = |signal: RwSignal<NaiveDate>| Callback::new(move |d: Option<NaiveDate>| if let Some(d) = d { signal.set(d) });

    view! {
        <PageHeader title=Signal::derive(move || i18n.t().outcomes().title.to_string()) back="/traject"/>
        <p class="lead">{t.intro}</p>
        <fieldset class="card oc-period">
            <legend>{t.period_legend}</legend>
            <DateField label=Signal::stored(t.period_from) value=Signal::derive(move || Some(from.get())) on_change=set(from) id="oc-from" clearable=false/>
            <DateField label=Signal::stored(t.period_to) value=Signal::derive(move || Some(to.get())) on_change=set(to) id="oc-to" clearable=false/>
        </fieldset>
        {list}
        <p class="hint">{t.research_source}</p>
        <section class="card no-print" aria-labelledby="oc-csv-heading">
            <h2 id="oc-csv-heading">{t.csv_heading}</h2>
            <p>{t.csv_explain}</p>
            <button type="button" class="button" on:click=download>{t.csv_button}</button>
            <p role="status" class="tj-download-status">
                {move || download_status.get().map(|ok| if ok { t.csv_ready } else { t.csv_failed })}
            </p>
        </section>
    }
}
