//! "Vandaag": every young person on this device with their phase, week and what is due, the
//! most urgent first.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::page_header::PageHeader;
use crate::domain::caseload::{overview, sort_by_urgency, Urgency};
use crate::domain::dates::format_be;
use crate::i18n::use_i18n;
use crate::pages::profiles::display_name;
use crate::state::use_app_state;

use super::{export, sources::done_facts, use_today};

#[component]
pub fn TodayPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let today = use_today();
    let t = move || &i18n.t().trajectory;
    let download_status = RwSignal::new(None::<bool>);

    // One row per young person, most urgent first. Recomputed when any case changes; a caseload
    // is a handful of people, so this stays far below a frame.
    let rows = Memo::new(move |_| {
        let today = today.get();
        let no_name = i18n.t().profiles.no_name;
        let mut rows: Vec<_> = state.cases().with(|cases| {
            cases
                .iter()
                .map(|c| {
                    c.with(|c| {
                        let o = overview(c.profile.start_date, &c.trajectory, &done_facts(c), today);
                        (o.urgency, display_name(&c.profile, no_name), (c.profile.id.clone(), o))
                    })
                })
                .collect()
        });
        sort_by_urgency(&mut rows);
        rows
    });
    let counts = Memo::new(move |_| {
        rows.with(|rows| {
            let late = rows.iter().filter(|r| matches!(r.0, Urgency::Overdue { .. })).count();
            let soon = rows.iter().filter(|r| matches!(r.0, Urgency::Due { .. })).count();
            (late, soon)
        })
    });

    let download_all = move |_| {
        let texts = i18n.t();
        let events: Vec<_> = state.cases().with_untracked(|cases| {
            cases.iter().flat_map(|c| c.with_untracked(|c| export::case_events(c, texts))).collect()
        });
        let ok = export::download(texts.trajectory.calendar_file_all, &events, texts).is_ok();
        download_status.set(Some(ok));
    };

    view! {
        <PageHeader title=Signal::derive(move || t().today_title.to_string()) back="/"/>
        <p class="lead">{move || t().today_intro}</p>
        <Show
            when=move || rows.with(|r| !r.is_empty())
            fallback=move || view! {
                <p class="empty">{move || t().today_empty}</p>
                <p><A href="/jongeren" attr:class="button primary">{move || t().add_young_person}</A></p>
            }
        >
            <p class="tj-today-line">
                <span>{move || (t().today_is)(&format_be(today.get()))}</span>
                " "
                <span data-testid="caseload-summary">{move || { let (l, s) = counts.get(); (t().summary)(l, s) }}</span>
            </p>
            <ol class="tj-caseload" aria-label=move || t().caseload_label data-testid="caseload">
                {move || {
                    let today = today.get();
                    rows.with(|rows| rows.iter().map(|(urgency, name, (id, o))| {
                        let position = o.position.map(|p| t().position(p, &i18n.t().phases));
                        let heading_id = format!("tj-{id}");
                        let labelledby = heading_id.clone();
                        let name = name.clone();
                        let no_start = (t().no_start_title, t().no_start_link);
                        view! {
                            <li
                                class=format!("tj-person tj-{}", urgency.slug())
                                data-urgency=urgency.slug()
                                data-id=id.to_string()
                                aria-labelledby=labelledby
                            >
                                <h2 class="tj-name" id=heading_id>
                                    <A href=format!("/jongeren/{id}/traject")>{name}</A>
                                </h2>
                                {match position {
                                    Some(p) => view! {
                                        <p class="tj-position">{p}</p>
                                        {super::status_lines(o, today, i18n)}
                                    }.into_any(),
                                    None => view! {
                                        <p class="tj-position">{no_start.0}</p>
                                        <p><A href=format!("/jongeren/{id}")>{no_start.1}</A></p>
                                    }.into_any(),
                                }}
                            </li>
                        }
                    }).collect_view())
                }}
            </ol>
            <section class="card no-print" aria-labelledby="tj-calendar-heading">
                <h2 id="tj-calendar-heading">{move || t().calendar_heading}</h2>
                <p>{move || t().calendar_explain}</p>
                <button type="button" class="button" on:click=download_all>{move || t().calendar_all}</button>
                <p role="status" class="tj-download-status">
                    {move || download_status.get().map(|ok| if ok { t().calendar_ready } else { t().calendar_failed })}
                </p>
            </section>
        </Show>
    }
}
