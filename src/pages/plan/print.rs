//! "Mijn plan" on paper: a short A4 version of the current plan — the scores and the web, the
//! open actions and who to call — for places where a phone is not allowed.

use leptos::prelude::*;

use super::shared::{axis_names, chart_series, person_name, plan_base, topic_name, with_case};
use crate::components::one_tap::one_tap;
use crate::components::page_header::NamedPageHeader;
use crate::components::radar_chart::RadarChart;
use crate::domain::dates::format_be;
use crate::domain::plan::action::sort_for_overview;
use crate::domain::plan::MAX_CONTACT_CHARS;
use crate::domain::{CaseFile, ProfileId};
use crate::i18n::plan::score_label;
use crate::i18n::use_i18n;
use crate::state::use_app_state;

#[component]
pub fn PrintPlanPage() -> impl IntoView {
    with_case(|id, case| view! { <PrintPlan id=id case=case/> })
}

#[component]
fn PrintPlan(id: ProfileId, case: ReadSignal<CaseFile>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let today = crate::browser::today();
    let title = Signal::derive(move || (t.plan().print.doc_heading)(&case.with(|c| person_name(c, t))));
    let active = Memo::new(move |_| case.with(|c| c.plan.active_topics()));
    let axes = Memo::new(move |_| case.with(|c| active.with(|a| axis_names(&c.plan, a, t))));
    let series = Memo::new(move |_| case.with(|c| active.with(|a| chart_series(&c.plan, a, None, t))));

    let as_of = move || {
        let d = case.with(|c| c.plan.latest().and_then(|r| r.date)).unwrap_or(today);
        (t.plan().print.as_of)(&format_be(d))
    };
    let scores = move || {
        let tx = t;
        case.with(|c| {
            active.with(|a| {
                a.iter()
                    .enumerate()
                    .map(|(i, topic)| {
                        let e = c.plan.latest().and_then(|r| r.entry(*topic)).cloned().unwrap_or_default();
                        view! {
                            <tr>
                                <td class="num">{i + 1}</td>
                                <th scope="row">{topic_name(&c.plan, *topic, tx)}</th>
                                <td class="num">{score_label(&tx.plan().score, e.score)}</td>
                                <td>{e.words.clone()}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let todo = move || {
        let tx = t;
        case.with(|c| {
            let mut open = c.plan.open_actions();
            sort_for_overview(&mut open, today);
            if open.is_empty() {
                return view! { <p>{tx.plan().print.todo_none}</p> }.into_any();
            }
            let rows = open
                .iter()
                .map(|a| {
                    let what = if a.what.trim().is_empty() { tx.plan().actions.no_what.to_string() } else { a.what.clone() };
                    let who = if a.who.name.trim().is_empty() { tx.plan().who(a.who.kind).to_string() } else { a.who.name.clone() };
                    view! {
                        <tr>
                            <td>{what}<span class="print-topic">{format!(" ({})", topic_name(&c.plan, a.topic, tx))}</span></td>
                            <td>{who}</td>
                            // On paper a plain date, never "late": the paper stays true for weeks.
                            <td>{a.due.map(format_be).unwrap_or_else(|| tx.plan().actions.no_due.to_string())}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="print-table">
                    <thead>
                        <tr>
                            <th scope="col">{tx.plan().print.what_col}</th>
                            <th scope="col">{tx.plan().print.who_col}</th>
                            <th scope="col">{tx.plan().print.when_col}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        })
    };
    let call = move || {
        let tx = t;
        case.with(|c| {
            let people: Vec<_> = c
                .plan
                .contacts
                .iter()
                .filter(|p| !(p.name.trim().is_empty() && p.phone.trim().is_empty() && p.why.trim().is_empty()))
                .collect();
            if people.is_empty() {
                return view! { <p>{tx.plan().print.call_none}</p> }.into_any();
            }
            view! {
                <ul class="call-list">
                    {people.iter().map(|p| {
                        let name = if p.name.trim().is_empty() { tx.plan().print.contact_unnamed.to_string() } else { p.name.clone() };
                        view! {
                            <li>
                                <strong>{name}</strong>
                                {(!p.phone.trim().is_empty()).then(|| view! { " · "<span class="phone">{p.phone.clone()}</span> })}
                                {(!p.why.trim().is_empty()).then(|| format!(" — {}", p.why))}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .into_any()
        })
    };

    view! {
        <NamedPageHeader title=t.plan().print.title.to_string() heading=title back=plan_base(&id)/>
        <div class="no-print">
            <p class="lead">{t.plan().print.lead}</p>
            <div class="button-row">
                <button type="button" class="button primary" on:click=move |_| crate::browser::print()>{t.plan().print.print}</button>
            </div>
        </div>
        <Contacts id=id.clone() case=case/>
        <article class="print-doc" aria-labelledby="print-scores">
            <p class="report-period">{as_of}</p>
            <div class="print-top">
                <section>
                    <h2 id="print-scores">{t.plan().print.scores_heading}</h2>
                    <table class="print-table scores">
                        <thead>
                            <tr>
                                <th scope="col">{t.plan().chart.number}</th>
                                <th scope="col">{t.plan().chart.domain}</th>
                                <th scope="col">{t.plan().print.score_col}</th>
                                <th scope="col">{t.plan().print.words_col}</th>
                            </tr>
                        </thead>
                        <tbody>{scores}</tbody>
                    </table>
                </section>
                <div class="print-web">
                    <RadarChart id="print-web" axes=axes series=series no_table=true/>
                </div>
            </div>
            <h2>{t.plan().print.todo_heading}</h2>
            {todo}
            <h2>{t.plan().print.call_heading}</h2>
            {call}
            <p class="report-footer">{t.plan().print.footer}</p>
        </article>
    }
}

/// Who to call: name, what for, phone number — all optional.
#[component]
fn Contacts(id: ProfileId, case: ReadSignal<CaseFile>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = i18n.t();
    let ids = Memo::new(move |_| case.with(|c| c.plan.contacts.iter().map(|c| c.id).collect::<Vec<u32>>()));
    let add = {
        let id = id.clone();
        one_tap(move |_: leptos::ev::MouseEvent| {
            state.update_case(&id, |c| {
                c.plan.add_contact();
            });
        })
    };
    view! {
        <section class="card no-print" aria-labelledby="contacts-heading">
            <h2 id="contacts-heading">{t.plan().print.contacts_heading}</h2>
            <p class="hint">{t.plan().print.contacts_lead}</p>
            <ul class="contact-list">
                <For
                    each=move || ids.get()
                    key=|n| *n
                    children={
                        let id = id.clone();
                        move |n| view! { <ContactRow id=id.clone() case=case contact=n/> }
                    }
                />
            </ul>
            <button type="button" class="button" on:click=add>
                <span aria-hidden="true">"+ "</span>{t.plan().print.contact_add}
            </button>
        </section>
    }
}

#[derive(Clone, Copy)]
enum Part {
    Name,
    Why,
    Phone,
}

#[component]
fn ContactRow(id: ProfileId, case: ReadSignal<CaseFile>, contact: u32) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = i18n.t();
    let c = Memo::new(move |_| case.with(|cf| cf.plan.contacts.iter().find(|x| x.id == contact).cloned()));
    let field = {
        let id = id.clone();
        move |part: Part, input_type: &'static str, label: fn(&crate::i18n::Texts) -> &'static str| {
            let fid = format!(
                "contact-{contact}-{}",
                match part {
                    Part::Name => "name",
                    Part::Why => "why",
                    Part::Phone => "phone",
                }
            );
            let id = id.clone();
            view! {
                <div class="field">
                    <label for=fid.clone()>{move || label(t)}</label>
                    <input
                        type=input_type
                        id=fid.clone()
                        autocomplete="off"
                        maxlength=MAX_CONTACT_CHARS
                        prop:value=move || c.with(|c| c.as_ref().map(|c| match part {
                            Part::Name => c.name.clone(),
                            Part::Why => c.why.clone(),
                            Part::Phone => c.phone.clone(),
                        }).unwrap_or_default())
                        on:input=move |ev| {
                            let v = crate::domain::text::limit(&event_target_value(&ev), MAX_CONTACT_CHARS).to_string();
                            state.update_case(&id, |cf| {
                                if let Some(x) = cf.plan.contacts.iter_mut().find(|x| x.id == contact) {
                                    match part {
                                        Part::Name => x.name = v,
                                        Part::Why => x.why = v,
                                        Part::Phone => x.phone = v,
                                    }
                                }
                            });
                        }
                    />
                </div>
            }
        }
    };
    let remove_label = move || {
        let name = c.with(|c| c.as_ref().map(|c| c.name.trim().to_string()).unwrap_or_default());
        let name = if name.is_empty() { t.plan().print.contact_unnamed.to_string() } else { name };
        (t.plan().print.contact_remove)(&name)
    };
    view! {
        <li class="contact-row">
            {field(Part::Name, "text", |t| t.plan().print.contact_name)}
            {field(Part::Why, "text", |t| t.plan().print.contact_why)}
            {field(Part::Phone, "tel", |t| t.plan().print.contact_phone)}
            <button type="button" class="button danger small" on:click=move |_| { state.update_case(&id, |cf| cf.plan.remove_contact(contact)); }>
                {remove_label}
            </button>
        </li>
    }
}
