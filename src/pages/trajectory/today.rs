//! "Vandaag": every young person on this device with their phase, week and what is due, the
//! most urgent first.

use leptos::prelude::*;

use crate::components::page_header::PageHeader;
use crate::domain::caseload::{overview, sort_by_urgency, Urgency};
use crate::domain::dates::format_be;
use crate::i18n::use_i18n;
use crate::pages::profiles::display_name;
use crate::state::use_app_state;

use super::{export, sources::done_facts, status_lines, use_today};

#[component]
pub fn TodayPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let today = use_today();
    let download_status = RwSignal::new(None::<bool>);
    let full_name = RwSignal::new(false);

    let download_all = move |_| {
        let texts = i18n.t();
        let full = full_name.get_untracked();
        let events: Vec<_> = state.cases().with_untracked(|cases| {
            cases.iter().flat_map(|c| c.with_untracked(|c| export::case_events(c, texts, full))).collect()
        });
        let ok = export::download(texts.trajectory().calendar_file_all, &events, texts).is_ok();
        download_status.set(Some(ok));
    };

    // The whole list is drawn at once from the case files: a caseload is a handful of people, so
    // this stays far below a frame, and it is much less code than a reactive node per line.
    let caseload = move || {
        let texts = i18n.t();
        let t = texts.trajectory();
        let today = today.get();
        let mut rows: Vec<_> = state.cases().with(|cases| {
            cases
                .iter()
                .map(|c| {
                    c.with(|c| {
                        let o = overview(c.profile.start_date, &c.trajectory, &done_facts(c), today);
                        (o.urgency, display_name(&c.profile, texts.common.no_name), (c.profile.id.clone(), o))
                    })
                })
                .collect()
        });
        if rows.is_empty() {
            return view! {
                <p class="empty">{t.today_empty}</p>
                <p><a href="/jongeren" class="button primary">{t.add_young_person}</a></p>
            }
            .into_any();
        }
        sort_by_urgency(&mut rows);
        let late = rows.iter().filter(|r| matches!(r.0, Urgency::Overdue { .. })).count();
        let soon = rows.iter().filter(|r| matches!(r.0, Urgency::Due { .. })).count();
        let items = rows
            .into_iter()
            .map(|(urgency, name, (id, o))| {
                let heading_id = format!("tj-{id}");
                let labelledby = heading_id.clone();
                let position = super::position_text(&o, texts);
                let lines = position.is_some().then(|| status_lines(&o, today, i18n));
                let no_start = position.is_none().then(|| view! {
                    <p><a href=format!("/jongeren/{id}")>{t.no_start_link}</a></p>
                });
                let body = view! {
                    <p class="tj-position">{position.unwrap_or_else(|| t.no_start_title.to_string())}</p>
                    {lines}
                    {no_start}
                };
                view! {
                    <li
                        class=format!("tj-person tj-{}", urgency.slug())
                        data-urgency=urgency.slug()
                        data-id=id.to_string()
                        aria-labelledby=labelledby
                    >
                        <h2 class="tj-name" id=heading_id><a href=format!("/jongeren/{id}/traject")>{name}</a></h2>
                        {body}
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="tj-today-line">
                <span>{(t.today_is)(&format_be(today))}</span>
                " "
                <span data-testid="caseload-summary">{(t.summary)(late, soon)}</span>
            </p>
            <ol class="tj-caseload" aria-label=t.caseload_label data-testid="caseload">{items}</ol>
            <p><a href="/traject/resultaten" class="button">{texts.outcomes().open_link}</a></p>
            <section class="card no-print" aria-labelledby="tj-calendar-heading">
                <h2 id="tj-calendar-heading">{t.calendar_heading}</h2>
                <p>{t.calendar_explain}</p>
                <export::FullNameChoice full_name/>
                <button type="button" class="button" on:click=download_all>{t.calendar_all}</button>
                <p role="status" class="tj-download-status">
                    {move || download_status.get().map(|ok| {
                        let t = i18n.t().trajectory();
                        if ok { t.calendar_ready } else { t.calendar_failed }
                    })}
                </p>
            </section>
        }
        .into_any()
    };

    view! {
        <PageHeader title=Signal::derive(move || i18n.t().trajectory().today_title.to_string()) back="/"/>
        <p class="lead">{move || i18n.t().trajectory().today_intro}</p>
        {caseload}
    }
}
