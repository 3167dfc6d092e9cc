//! One young person's year: where they stand, the timeline, the milestones (move a date, mark
//! done), aftercare, one line through the year and the calendar download.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::components::{
    aftercare_plan::AftercarePlan,
    trajectory_end::{CheckForm, EndForm}, milestone_list::MilestoneList, page_header::{NamedPageHeader, PageHeader}, year_line::YearLine,
    year_timeline::YearTimeline,
};
use crate::domain::aftercare::AftercareChoice;
use crate::domain::caseload::overview;
use crate::domain::dates::format_be;
use crate::domain::ending::{check_date, end_for_check, EndKind, SixMonthCheck, TrajectoryEnd};
use crate::domain::trajectory::{MilestoneKind, MoveError, Schedule};
use crate::domain::year_line::year_line;
use crate::domain::CaseFile;
use crate::i18n::use_i18n;
use crate::pages::profile::route_profile_id;
use crate::pages::profiles::display_name;
use crate::state::use_app_state;

use super::{export, sources, status_lines, use_today};

#[component]
pub fn ProfileTrajectoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let id = route_profile_id();
    view! {
        {move || match state.case(&id.get()) {
            None => view! {
                <PageHeader title=Signal::derive(move || i18n.t().trajectory().title.to_string()) back="/traject"/>
                <p class="empty">{move || i18n.t().profiles().not_found}</p>
            }.into_any(),
            Some(case) => view! { <YearView case/> }.into_any(),
        }}
    }
}

#[component]
fn YearView(case: ReadSignal<CaseFile>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let today = use_today();
    let id = case.with_untracked(|c| c.profile.id.clone());
    let base = format!("/jongeren/{id}");
    let plan_href = format!("{base}/plan");
    let profile_href = base.clone();

    let name = Signal::derive(move || case.with(|c| display_name(&c.profile, i18n.t().common.no_name)));
    let start = Memo::new(move |_| case.with(|c| c.profile.start_date));
    let facts = Memo::new(move |_| case.with(sources::done_facts));
    // Without a start date nothing below is shown; the placeholder start only keeps the signal
    // total while the page switches.
    let schedule = Memo::new(move |_| {
        let start = start.get().unwrap_or_else(|| today.get_untracked());
        facts.with(|f| case.with(|c| Schedule::new(start, &c.trajectory, f)))
    });
    let summary = Memo::new(move |_| {
        facts.with(|f| case.with(|c| overview(c.profile.start_date, &c.trajectory, f, today.get())))
    });
    let line = Memo::new(move |_| {
        let events = case.with(|c| sources::dated_events(c, i18n.t()));
        schedule.with(|s| year_line(s, &events, today.get()))
    });
    let has_events = move || line.with(|l| l.iter().any(|i| matches!(i.what, crate::domain::year_line::LineWhat::Event(_))));

    let on_move = {
        let id = id.clone();
        Callback::new(move |(kind, date): (MilestoneKind, Option<NaiveDate>)| -> Result<(), MoveError> {
            let Some(start) = start.get_untracked() else { return Ok(()) };
            // Check on a copy first: a refused date changes (and saves) nothing.
            let plan = facts.with_untracked(|f| {
                case.with_untracked(|c| {
                    let mut plan = c.trajectory.clone();
                    plan.move_milestone(start, f, kind, date).map(|()| plan)
                })
            })?;
            state.update_case(&id, |c| c.trajectory = plan);
            Ok(())
        })
    };
    let on_done = {
        let id = id.clone();
        Callback::new(move |(kind, done): (MilestoneKind, bool)| {
            let day = today.get_untracked();
            state.update_case(&id, |c| {
                if done {
                    c.trajectory.mark_done(kind, day)
                } else {
                    c.trajectory.unmark_done(kind)
                }
            });
        })
    };
    let on_choose = {
        let id = id.clone();
        Callback::new(move |choice: AftercareChoice| {
            state.update_case(&id, |c| c.trajectory.aftercare = choice);
        })
    };
    let on_end = {
        let id = id.clone();
        Callback::new(move |end: Option<TrajectoryEnd>| {
            state.update_case(&id, |c| c.trajectory.end = end);
        })
    };
    let on_check = {
        let id = id.clone();
        Callback::new(move |check: SixMonthCheck| {
            state.update_case(&id, |c| c.trajectory.check = check);
        })
    };
    let end = Memo::new(move |_| case.with(|c| c.trajectory.end.clone()));
    let check_day = Memo::new(move |_| schedule.with(|s| end.with(|e| check_date(end_for_check(e.as_ref(), s)))));
    // A trajectory that stopped early or went to other help has no aftercare rhythm.
    let rhythm = Memo::new(move |_| end.with(|e| e.as_ref().is_none_or(|e| e.kind == EndKind::Completed)));
    let download_status = RwSignal::new(None::<bool>);
    let full_name = RwSignal::new(false);
    let download = move |_| {
        let texts = i18n.t();
        let events = case.with_untracked(|c| export::case_events(c, texts, full_name.get_untracked()));
        download_status.set(Some(export::download(texts.trajectory().calendar_file_one, &events, texts).is_ok()));
    };

    // Headings and fixed texts follow the language through one closure per block; the
    // components inside keep their own state.
    let status = move || {
        let texts = i18n.t();
        let t = texts.trajectory();
        summary.with(|o| {
            let position = super::position_text(o, texts);
            let dates = schedule.with(|s| format!("{} · {}", (t.start_on)(&format_be(s.start)), (t.end_on)(&format_be(s.end()))));
            view! {
                <h2 id="tj-now-heading">{t.now_heading}</h2>
                <p class="tj-position">{position}</p>
                {status_lines(o, today.get(), i18n)}
                <p class="hint">{dates}</p>
            }
        })
    };
    let heading = move |id: &'static str, text: fn(&crate::i18n::trajectory::Trajectory) -> &'static str| {
        view! { <h2 id=id>{move || text(i18n.t().trajectory())}</h2> }
    };
    let year = view! {
        <section class="card tj-now" aria-labelledby="tj-now-heading" data-testid="now">{status}</section>
        <section class="card" aria-labelledby="tj-year-heading">
            {heading("tj-year-heading", |t| t.year_heading)}
            <YearTimeline schedule today id="tj-chart"/>
        </section>
        <section class="card" aria-labelledby="tj-milestones-heading">
            {heading("tj-milestones-heading", |t| t.milestones_heading)}
            <MilestoneList schedule today plan_href=plan_href.clone() on_move on_done ended=Signal::derive(move || end.with(Option::is_some))/>
        </section>
        <section class="card" aria-labelledby="tj-end-heading">
            <h2 id="tj-end-heading">{move || i18n.t().outcomes().end_heading}</h2>
            <EndForm end=end today on_change=on_end/>
        </section>
        <section class="card" aria-labelledby="tj-aftercare-heading">
            {heading("tj-aftercare-heading", |t| t.aftercare_heading)}
            <Show when=move || rhythm.get()>
                <AftercarePlan
                    closing=Signal::derive(move || schedule.with(|s| s.end()))
                    choice=Signal::derive(move || case.with(|c| c.trajectory.aftercare))
                    today
                    on_choose
                />
            </Show>
            <h3 id="tj-check-heading">{move || i18n.t().outcomes().check_heading}</h3>
            <CheckForm
                date=check_day
                check=Signal::derive(move || case.with(|c| c.trajectory.check.clone()))
                today
                on_change=on_check
            />
        </section>
        <section class="card" aria-labelledby="tj-line-heading">
            {heading("tj-line-heading", |t| t.line_heading)}
            <p class="hint">{move || i18n.t().trajectory().line_intro}</p>
            <YearLine items=line plan_href=plan_href.clone()/>
            <p class="hint" hidden=has_events>{move || i18n.t().trajectory().line_more_later}</p>
        </section>
        <section class="card no-print" aria-labelledby="tj-calendar-heading">
            {heading("tj-calendar-heading", |t| t.calendar_heading)}
            {move || {
                let t = i18n.t().trajectory();
                view! {
                    <p>{t.calendar_explain}</p>
                    <export::FullNameChoice full_name/>
                    <button type="button" class="button" on:click=download>{t.calendar_one}</button>
                    <p role="status" class="tj-download-status">
                        {download_status.get().map(|ok| if ok { t.calendar_ready } else { t.calendar_failed })}
                    </p>
                }
            }}
        </section>
    };
    // Without a start date: say kindly what is missing and lead to where it is filled in.
    let no_start = move || {
        let t = i18n.t().trajectory();
        view! {
            <section class="card tj-no-start" aria-labelledby="tj-no-start-heading">
                <h2 id="tj-no-start-heading">{t.no_start_title}</h2>
                <p>{t.no_start_body}</p>
                <a href=base.clone() class="button primary">{t.no_start_link}</a>
            </section>
        }
    };
    let has_start = Memo::new(move |_| start.with(Option::is_some));

    view! {
        <NamedPageHeader
            title=Signal::derive(move || i18n.t().trajectory().title.to_string())
            heading=Signal::derive(move || (i18n.t().trajectory().person_title)(&name.get()))
            back=profile_href
        />
        <div hidden=move || !has_start.get()>{year}</div>
        {move || (!has_start.get()).then(no_start.clone())}
    }
}
