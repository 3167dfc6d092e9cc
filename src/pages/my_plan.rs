//! "Mijn plan": the young person's own phone. It opens on their plan instead of a caseload: their
//! web over time, what they agreed to do (with "gedaan"), who they can call, what comes next and
//! their lifeline and network to look at. From here they score themselves before the next talk,
//! send their plan back to the coach and find help. "Snel weg" is always in the same place.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::components::install_offer::InstallOffer;
use crate::components::page_header::PageHeader;
use crate::components::radar_chart::RadarChart;
use crate::components::timeline::when_text;
use crate::domain::aftercare::next_contact;
use crate::domain::help_lines::HELP_LINES;
use crate::domain::plan::{ActionStatus, HandoverAt, HandoverMark, ReadingKind};
use crate::domain::trajectory::{MilestoneKind, Schedule};
use crate::domain::dates::format_be;
use crate::domain::{CaseFile, ProfileId};
use crate::i18n::use_i18n;
use crate::pages::plan::shared::{axis_names, chart_series, person_name, plan_base};
use crate::pages::trajectory::sources::done_facts;
use crate::state::use_app_state;

/// Where the young person's phone opens.
pub const MY_PLAN: &str = "/mijn-plan";

/// The young person on this phone in "Mijn plan" mode, if they are here.
fn my_case() -> Option<(ProfileId, ReadSignal<CaseFile>)> {
    let state = use_app_state();
    let id = state.prefs().with_untracked(|p| p.my_plan.clone())?;
    state.case(&id).map(|c| (id, c))
}

#[component]
pub fn MyPlanPage() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t().my_plan();
    match my_case() {
        Some((id, case)) => view! { <MyPlan id=id case=case/> }.into_any(),
        None => view! {
            <PageHeader title=t.title.to_string() back="/"/>
            <ChooseMyPlan/>
        }
        .into_any(),
    }
}

/// No plan chosen for this phone yet: open a file from the coach, or say whose plan it is.
#[component]
fn ChooseMyPlan() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = i18n.t().my_plan();
    let names = i18n.t();
    let people = state.cases().get_untracked();
    view! {
        <section class="card">
            <p class="lead">{t.not_set_body}</p>
            <a href="/ontvangen" class="button primary big">{t.open_file}</a>
        </section>
        {(!people.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="choose-h">
                <h2 id="choose-h">{t.choose_heading}</h2>
                <ul class="link-list">
                    {people.into_iter().map(|c| {
                        let (id, name) = c.with_untracked(|c| (c.profile.id.clone(), person_name(c, names)));
                        view! { <li><button type="button" class="button" on:click=move |_| {
                            state.update_prefs(|p| p.my_plan = Some(id.clone()));
                            // A fresh screen: this page decided what to show when it opened.
                            let _ = window().location().assign(MY_PLAN);
                        }>{(t.choose)(&name)}</button></li> }
                    }).collect_view()}
                </ul>
            </section>
        })}
    }
}

#[component]
fn MyPlan(id: ProfileId, case: ReadSignal<CaseFile>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let navigate = use_navigate();
    let t = i18n.t();
    let mt = t.my_plan();
    Effect::new(move |_| crate::browser::set_title(&format!("{} · Back On Track", mt.title)));
    let today = crate::browser::today();
    let base = plan_base(&id);

    let hello = case.with_untracked(|c| {
        let name = c.profile.name.trim();
        if name.is_empty() { mt.hello_no_name.to_string() } else { (mt.hello)(name.split_whitespace().next().unwrap_or(name)) }
    });
    let active = Memo::new(move |_| case.with(|c| c.plan.active_topics()));
    let has_readings = Memo::new(move |_| case.with(|c| !c.plan.readings.is_empty()));
    let axes = Memo::new(move |_| case.with(|c| active.with(|a| axis_names(&c.plan, a, t))));
    let series = Memo::new(move |_| case.with(|c| active.with(|a| chart_series(&c.plan, a, None, t))));
    let resumable = Memo::new(move |_| case.with(|c| c.plan.resume_handover().is_some()));

    // Scoring on their own phone: a new reading of today (or the one already started today).
    let score = {
        let id = id.clone();
        let base = base.clone();
        move |_| {
            if !resumable.get_untracked() {
                state.update_case(&id, |c| {
                    let started_today = c.plan.latest().filter(|r| r.date == Some(today)).map(|r| r.id);
                    let rid = started_today
                        .unwrap_or_else(|| c.start_reading(ReadingKind::Interim, Some(today), t.plan().kind(ReadingKind::Interim)));
                    let first = c.plan.handover_next(HandoverAt::Intro);
                    c.plan.handover = Some(HandoverMark { reading: rid, at: first });
                });
            }
            navigate(&format!("{base}/doorgeven"), Default::default());
        }
    };

    view! {
        <header class="page-header my-plan-header">
            <h1>{mt.title}</h1>
        </header>
        <p class="lead">{hello}</p>

        <section class="card handover-card" aria-labelledby="score-h">
            <h2 id="score-h">{mt.score_heading}</h2>
            <button type="button" class="button primary big" on:click=score>
                {move || if resumable.get() { mt.score_resume } else { mt.score_button }}
            </button>
            <p class="hint">{mt.score_hint}</p>
        </section>

        <section class="plan-section" aria-labelledby="my-web-h">
            <h2 id="my-web-h">{mt.web_heading}</h2>
            <Show when=move || has_readings.get() fallback=move || view! { <p class="empty">{mt.web_empty}</p> }>
                <RadarChart id="my-web" axes=axes series=series/>
            </Show>
        </section>

        <MyActions id=id.clone() case=case today=today/>
        <MyPeople case=case/>
        <ComingUp case=case today=today/>
        <MySheets case=case today=today/>

        <nav class="card" aria-label=mt.title>
            <ul class="link-list">
                <li><a href="/mijn-plan/sturen" class="button primary">{mt.send_button}</a></li>
                <li><a href="/ontvangen">{mt.open_file}</a></li>
                <li><a href="/mijn-plan/hulp">{mt.help_link}</a></li>
                <li><A href="/methodieken">{mt.cards_link}</A></li>
            </ul>
            <p class="hint">{mt.send_hint}</p>
        </nav>
        // A calm moment: once something of theirs was saved on this phone, not on the first open.
        <Show when=move || state.prefs().with(|p| p.edited_since_backup.is_some() || p.last_backup.is_some())>
            <InstallOffer label=mt.install hint=mt.install_hint/>
        </Show>
    }
}

/// What they agreed to do: open ones with "Gedaan", done ones below with "Toch nog niet".
#[component]
fn MyActions(id: ProfileId, case: ReadSignal<CaseFile>, today: NaiveDate) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = i18n.t();
    let mt = t.my_plan();
    let open = Memo::new(move |_| {
        case.with(|c| c.plan.actions.iter().filter(|a| a.status == ActionStatus::Open).map(|a| (a.id, a.what.clone(), a.due)).collect::<Vec<_>>())
    });
    let done = Memo::new(move |_| {
        case.with(|c| c.plan.actions.iter().filter(|a| a.status == ActionStatus::Done).map(|a| (a.id, a.what.clone(), a.due)).collect::<Vec<_>>())
    });
    let set = StoredValue::new(move |action: u32, status: ActionStatus| {
        state.update_case(&id, |c| {
            if let Some(a) = c.plan.action_mut(action) {
                a.status = status;
                a.status_date = (status != ActionStatus::Open).then_some(today);
            }
        });
    });
    let row = move |(action, what, due): (u32, String, Option<NaiveDate>), status: ActionStatus| {
        let what = if what.trim().is_empty() { t.plan().actions.no_what.to_string() } else { what };
        let label = (mt.done_label)(&what);
        let (class, button, to) = match status {
            ActionStatus::Open => ("my-action", mt.done_button, ActionStatus::Done),
            _ => ("my-action done", mt.not_done_button, ActionStatus::Open),
        };
        view! {
            <li class=class data-action=action>
                <span class="my-action-what">
                    {status.eq(&ActionStatus::Done).then(|| view! { <span class="done-mark" aria-hidden="true">"✓ "</span> })}
                    {what.clone()}
                    {due.map(|d| view! { <span class="action-meta">{format_be(d)}</span> })}
                </span>
                <button
                    type="button"
                    class="button"
                    aria-label=move || if to == ActionStatus::Done { label.clone() } else { format!("{button}: {what}") }
                    on:click=move |_| set.with_value(|f| f(action, to))
                >{button}</button>
            </li>
        }
    };
    view! {
        <section class="card" aria-labelledby="my-actions-h">
            <h2 id="my-actions-h">{mt.actions_heading}</h2>
            <Show when=move || open.with(|o| !o.is_empty()) || done.with(|d| !d.is_empty())
                fallback=move || view! { <p class="empty">{mt.actions_none}</p> }>
                <ul class="my-actions">
                    <For each=move || open.get() key=|a| a.clone() children=move |a| row(a, ActionStatus::Open)/>
                </ul>
                <Show when=move || done.with(|d| !d.is_empty())>
                    <h3>{move || (mt.done_heading)(done.with(|d| d.len()))}</h3>
                    <ul class="my-actions">
                        <For each=move || done.get() key=|a| a.clone() children=move |a| row(a, ActionStatus::Done)/>
                    </ul>
                </Show>
            </Show>
        </section>
    }
}

/// The plan's contacts, each a tap away from a call.
#[component]
fn MyPeople(case: ReadSignal<CaseFile>) -> impl IntoView {
    let i18n = use_i18n();
    let mt = i18n.t().my_plan();
    view! {
        <section class="card" aria-labelledby="my-people-h">
            <h2 id="my-people-h">{mt.people_heading}</h2>
            <PlanContacts case=case/>
        </section>
    }
}

/// The plan's contacts with a call link; used on "Mijn plan" and "Hulp nodig?".
#[component]
fn PlanContacts(case: ReadSignal<CaseFile>) -> impl IntoView {
    let i18n = use_i18n();
    let mt = i18n.t().my_plan();
    let contacts = case.with_untracked(|c| c.plan.contacts.clone());
    if contacts.is_empty() {
        return view! { <p class="empty">{mt.people_none}</p> }.into_any();
    }
    view! {
        <ul class="call-list">
            {contacts.into_iter().map(|c| {
                let dial: String = c.phone.chars().filter(|ch| ch.is_ascii_digit() || *ch == '+').collect();
                view! {
                    <li>
                        <span class="call-name">{c.name.clone()}</span>
                        {(!c.why.trim().is_empty()).then(|| view! { <span class="action-meta">{c.why.clone()}</span> })}
                        {(!dial.is_empty()).then(|| view! {
                            <a class="button call" href=format!("tel:{dial}") aria-label=(mt.call)(&c.name)>
                                <span aria-hidden="true">"📞 "</span>{c.phone.clone()}
                            </a>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// The next talk in the year (or the next aftercare contact).
#[component]
fn ComingUp(case: ReadSignal<CaseFile>, today: NaiveDate) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let mt = t.my_plan();
    let next = case.with_untracked(|c| {
        let start = c.profile.start_date?;
        let schedule = Schedule::new(start, &c.trajectory, &done_facts(c));
        let mut out = Vec::new();
        if let Some(m) = schedule.next_open(today) {
            out.push((m.date, t.trajectory().milestone(m.kind).to_string()));
        }
        let closing = schedule.get(MilestoneKind::Closing);
        if closing.date <= today {
            if let Some(contact) = next_contact(closing.date, c.trajectory.aftercare, today) {
                out.push((contact.date, mt.aftercare_contact.to_string()));
            }
        }
        Some(out)
    })
    .unwrap_or_default();
    view! {
        <section class="card" aria-labelledby="next-h">
            <h2 id="next-h">{mt.next_heading}</h2>
            {if next.is_empty() {
                view! { <p class="empty">{mt.next_none}</p> }.into_any()
            } else {
                view! { <ul class="link-list">{next.into_iter().map(|(date, what)| view! {
                    <li><strong>{format_be(date)}</strong>" · "{what}</li>
                }).collect_view()}</ul> }.into_any()
            }}
        </section>
    }
}

/// The lifeline and network, to look at (changing them is done together with the coach).
#[component]
fn MySheets(case: ReadSignal<CaseFile>, today: NaiveDate) -> impl IntoView {
    use chrono::Datelike;
    let i18n = use_i18n();
    let t = i18n.t();
    let mt = t.my_plan();
    let lt = &t.worksheets().lifeline;
    let nt = &t.worksheets().network;
    let (moments, people) = case.with_untracked(|c| {
        let birth = c.lifeline.assumed_birth_year(today.year());
        let moments: Vec<(String, String)> =
            c.lifeline.moments.iter().map(|m| (when_text(m.when, birth, lt), m.what.clone())).collect();
        let people: Vec<(String, String)> =
            c.network.people.iter().map(|p| (p.name.clone(), nt.groups[p.group.index()].to_string())).collect();
        (moments, people)
    });
    view! {
        <section class="card" aria-labelledby="sheets-h">
            <h2 id="sheets-h">{mt.sheets_heading}</h2>
            <h3>{mt.lifeline_heading}</h3>
            {if moments.is_empty() {
                view! { <p class="empty">{mt.lifeline_none}</p> }.into_any()
            } else {
                view! { <ul class="read-list">{moments.into_iter().map(|(when, what)| view! {
                    <li><span class="action-meta">{when}</span>" "{what}</li>
                }).collect_view()}</ul> }.into_any()
            }}
            <h3>{mt.network_heading}</h3>
            {if people.is_empty() {
                view! { <p class="empty">{mt.network_none}</p> }.into_any()
            } else {
                view! { <ul class="read-list">{people.into_iter().map(|(name, group)| view! {
                    <li>{name}" "<span class="action-meta">{group}</span></li>
                }).collect_view()}</ul> }.into_any()
            }}
        </section>
    }
}

/// "Hulp nodig?": the plan's own people first, then the help lines.
#[component]
pub fn HelpPage() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let mt = t.my_plan();
    let back = if my_case().is_some() { MY_PLAN } else { "/" };
    view! {
        <PageHeader title=mt.help_title.to_string() back=back/>
        <p class="lead">{mt.help_intro}</p>
        {my_case().map(|(_, case)| view! {
            <section class="card" aria-labelledby="own-h">
                <h2 id="own-h">{mt.help_own_people}</h2>
                <PlanContacts case=case/>
            </section>
        })}
        <section class="card" aria-labelledby="lines-h">
            <h2 id="lines-h">{mt.help_lines_heading}</h2>
            <ul class="call-list">
                {HELP_LINES.into_iter().map(|line| {
                    let (name, what) = (mt.line)(line.key);
                    view! {
                        <li>
                            <span class="call-name">{name}</span>
                            <span class="action-meta">{what}</span>
                            <a class="button call" href=line.tel() aria-label=(mt.call)(name)>
                                <span aria-hidden="true">"📞 "</span>{line.number}
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="hint">{(mt.help_checked)(&format_be(HELP_LINES[0].checked.parse().unwrap_or_default()))}</p>
        </section>
    }
}
