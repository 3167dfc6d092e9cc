//! SMART actions: the list (overdue first, what needs a review at this evaluation), and one
//! action's editor — what, who, by when, status, note.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::shared::{plan_base, route_number, topic_name, with_case, ActionRow};
use crate::components::one_tap::one_tap;
use crate::components::date_field::DateField;
use crate::components::page_header::PageHeader;
use crate::domain::plan::action::{sort_for_overview, MAX_NOTE_CHARS, MAX_WHAT_CHARS, MAX_WHO_CHARS};
use crate::domain::plan::topic::{cap_text, clean_line};
use crate::domain::plan::{ActionStatus, TopicId, WhoKind};
use crate::domain::{CaseFile, ProfileId};
use crate::i18n::use_i18n;
use crate::state::use_app_state;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Filter {
    Open,
    Overdue,
    All,
}

#[component]
pub fn ActionsPage() -> impl IntoView {
    with_case(|id, case| view! { <ActionList id=id case=case/> })
}

#[component]
fn ActionList(id: ProfileId, case: ReadSignal<CaseFile>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let navigate = use_navigate();
    let query = use_query_map();
    let t = i18n.t();
    let today = crate::browser::today();
    let base = plan_base(&id);
    let filter = RwSignal::new(Filter::Open);
    let topic_filter = RwSignal::new(query.with_untracked(|q| q.get("domein").and_then(|k| TopicId::from_key(&k))));
    let topics = Memo::new(move |_| case.with(|c| c.plan.topics().into_iter().filter(|t| c.plan.is_active(*t) || c.plan.has_history(*t)).map(|tp| (tp, topic_name(&c.plan, tp, t))).collect::<Vec<_>>()));
    let active = Memo::new(move |_| case.with(|c| c.plan.active_topics().into_iter().map(|tp| (tp, topic_name(&c.plan, tp, t))).collect::<Vec<_>>()));
    let shown = Memo::new(move |_| {
        let f = filter.get();
        let tf = topic_filter.get();
        case.with(|c| {
            let mut list: Vec<_> = c
                .plan
                .actions
                .iter()
                .filter(|a| match f {
                    Filter::Open => a.status == ActionStatus::Open,
                    Filter::Overdue => a.is_overdue(today),
                    Filter::All => true,
                })
                .filter(|a| tf.is_none_or(|tp| a.topic == tp))
                .collect();
            sort_for_overview(&mut list, today);
            list.iter().map(|a| a.id).collect::<Vec<u32>>()
        })
    });
    let review = Memo::new(move |_| case.with(|c| c.plan.needs_review().iter().map(|a| a.id).collect::<Vec<u32>>()));
    let review_at = Memo::new(move |_| case.with(|c| c.plan.latest().map(|r| t.plan().kind(r.kind)).unwrap_or_default()));
    let new_topic = RwSignal::new(None::<TopicId>);
    let add = {
        let id = id.clone();
        let base = base.clone();
        one_tap(move |_: leptos::ev::MouseEvent| {
            let mut new = None;
            state.update_case(&id, |c| {
                let topic = new_topic.get_untracked().or(topic_filter.get_untracked()).filter(|tp| c.plan.is_active(*tp));
                if let Some(tp) = topic.or_else(|| c.plan.active_topics().first().copied()) {
                    new = Some(c.plan.add_action(tp));
                }
            });
            if let Some(a) = new {
                navigate(&format!("{base}/acties/{a}"), Default::default());
            }
        })
    };
    let filter_button = move |f: Filter, label: fn(&crate::i18n::Texts) -> &'static str| {
        view! {
            <button type="button" class="button small" aria-pressed=move || (filter.get() == f).to_string() on:click=move |_| filter.set(f)>
                {move || label(t)}
            </button>
        }
    };

    view! {
        <PageHeader title=t.plan().actions.title.to_string() back=base.clone()/>
        <p class="lead">{t.plan().actions.lead}</p>
        <Show when=move || review.with(|r| !r.is_empty())>
            <section class="card review" aria-labelledby="review-heading">
                <h2 id="review-heading">{move || (t.plan().actions.review_heading)(review_at.get())}</h2>
                <p class="hint">{t.plan().actions.review_lead}</p>
                <ul class="action-list">
                    <For each=move || review.get() key=|id| *id children=move |aid| view! { <ActionRow case=case id=aid today=today/> }/>
                </ul>
            </section>
        </Show>
        <section class="plan-section" aria-labelledby="list-heading">
            <h2 id="list-heading" class="visually-hidden">{t.plan().actions.title}</h2>
            <div class="filters">
                <div class="segmented" role="group" aria-label=t.plan().actions.filter_label>
                    {filter_button(Filter::Open, |t| t.plan().actions.filter_open)}
                    {filter_button(Filter::Overdue, |t| t.plan().actions.filter_overdue)}
                    {filter_button(Filter::All, |t| t.plan().actions.filter_all)}
                </div>
                <div class="field">
                    <label for="topic-filter">{t.plan().actions.filter_topic}</label>
                    <select autocomplete="off" id="topic-filter" on:change=move |ev| topic_filter.set(TopicId::from_key(&event_target_value(&ev)))>
                        <option value="" prop:selected=move || topic_filter.get().is_none()>{t.plan().actions.all_topics}</option>
                        {move || topics.get().into_iter().map(|(tp, name)| view! {
                            <option value=tp.key() prop:selected=move || topic_filter.get() == Some(tp)>{name}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <Show when=move || shown.with(|s| !s.is_empty()) fallback=move || view! { <p class="empty">{t.plan().actions.none_here}</p> }>
                <ul class="action-list">
                    <For each=move || shown.get() key=|id| *id children=move |aid| view! { <ActionRow case=case id=aid today=today/> }/>
                </ul>
            </Show>
        </section>
        <section class="card" aria-labelledby="add-heading">
            <h2 id="add-heading">{t.plan().actions.add_heading}</h2>
            <div class="field">
                <label for="new-action-topic">{t.plan().actions.add_for}</label>
                <select autocomplete="off" id="new-action-topic" on:change=move |ev| new_topic.set(TopicId::from_key(&event_target_value(&ev)))>
                    {move || active.get().into_iter().map(|(tp, name)| view! {
                        <option value=tp.key() prop:selected=move || new_topic.get().or(topic_filter.get()) == Some(tp)>{name}</option>
                    }).collect_view()}
                </select>
            </div>
            <button type="button" class="button primary" on:click=add>
                <span aria-hidden="true">"+ "</span>{t.plan().actions.add}
            </button>
        </section>
    }
}

#[component]
pub fn ActionPage() -> impl IntoView {
    let action = route_number("action");
    with_case(move |id, case| {
        let i18n = use_i18n();
        let exists = Memo::new(move |_| action.get().is_some_and(|a| case.with(|c| c.plan.action(a).is_some())));
        let back = format!("{}/acties", plan_base(&id));
        view! {
            <Show
                when=move || exists.get()
                fallback={
                    let back = back.clone();
                    move || view! {
                        <PageHeader title=Signal::derive(move || i18n.t().plan().actions.edit_title.to_string()) back=back.clone()/>
                        <p class="empty">{move || i18n.t().plan().actions.not_found}</p>
                    }
                }
            >
                {
                    let id = id.clone();
                    move || action.get().map(|a| view! { <ActionEditor id=id.clone() case=case action=a/> })
                }
            </Show>
        }
    })
}

#[component]
fn ActionEditor(id: ProfileId, case: ReadSignal<CaseFile>, action: u32) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let navigate = use_navigate();
    let t = i18n.t();
    let today = crate::browser::today();
    let list = format!("{}/acties", plan_base(&id));
    let a = Memo::new(move |_| case.with(|c| c.plan.action(action).cloned()));
    let topics = Memo::new(move |_| {
        case.with(|c| {
            let current = c.plan.action(action).map(|a| a.topic);
            c.plan
                .topics()
                .into_iter()
                .filter(|tp| c.plan.is_active(*tp) || Some(*tp) == current)
                .map(|tp| (tp, topic_name(&c.plan, tp, t)))
                .collect::<Vec<_>>()
        })
    });
    // The people on the network worksheet, to pick "who" from when it is someone of the network.
    let people = Memo::new(move |_| {
        case.with(|c| {
            c.network
                .people
                .iter()
                .map(|p| (p.id, p.shown_name(t.worksheets().network.no_name)))
                .collect::<Vec<_>>()
        })
    });
    let from_network = Memo::new(move |_| a.with(|a| a.as_ref().is_some_and(|a| a.who.kind == WhoKind::Netwerk)) && people.with(|p| !p.is_empty()));
    let reviewable = Memo::new(move |_| case.with(|c| c.plan.readings.len() >= 2));
    let reviewed = Memo::new(move |_| case.with(|c| c.plan.action(action).is_some_and(|a| c.plan.is_reviewed_now(a))));
    let latest_kind = Memo::new(move |_| case.with(|c| c.plan.latest().map(|r| t.plan().kind(r.kind)).unwrap_or_default()));
    let confirming = RwSignal::new(false);

    let edit = {
        let id = id.clone();
        move |f: Box<dyn FnOnce(&mut crate::domain::plan::Action)>| {
            state.update_case(&id, |c| {
                if let Some(a) = c.plan.action_mut(action) {
                    f(a);
                }
            });
        }
    };
    let review_id = id.clone();
    let set_status = {
        let id = id.clone();
        move |s: ActionStatus| {
            state.update_case(&id, |c| {
                if let Some(a) = c.plan.action_mut(action) {
                    a.set_status(s, today);
                }
                // Changing the status at an evaluation is reviewing it.
                if c.plan.readings.len() >= 2 {
                    c.plan.mark_reviewed(action, true);
                }
            });
        }
    };
    let delete = {
        let id = id.clone();
        let list = list.clone();
        move |_| {
            state.update_case(&id, |c| {
                c.plan.remove_action(action);
            });
            navigate(&list, Default::default());
        }
    };
    let e1 = edit.clone();
    let e2 = edit.clone();
    let e3 = edit.clone();
    let e4 = edit.clone();
    let e5 = edit.clone();
    let e6 = edit.clone();
    let e7 = edit.clone();

    view! {
        <PageHeader title=t.plan().actions.edit_title.to_string() back=list.clone()/>
        <Show when=move || a.with(|a| a.as_ref().is_some_and(|a| a.is_overdue(today)))>
            <div class="overdue-banner" role="note">
                <p><strong>{t.plan().actions.overdue_badge}</strong>" · "
                    {move || a.with(|a| a.as_ref().and_then(|a| a.due).map(|d| (t.plan().actions.overdue_days)((today - d).num_days())).unwrap_or_default())}
                </p>
                <p>{t.plan().actions.overdue_help}</p>
            </div>
        </Show>
        <section class="card action-editor">
            <div class="field">
                <label for="action-topic">{t.plan().actions.topic_label}</label>
                <select autocomplete="off"
                    id="action-topic"
                    on:change=move |ev| {
                        if let Some(tp) = TopicId::from_key(&event_target_value(&ev)) {
                            e1(Box::new(move |a| a.topic = tp));
                        }
                    }
                >
                    {move || topics.get().into_iter().map(|(tp, name)| view! {
                        <option value=tp.key() prop:selected=move || a.with(|a| a.as_ref().map(|a| a.topic)) == Some(tp)>{name}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="action-what">{t.plan().actions.what_label}</label>
                <p class="hint" id="action-what-hint">{t.plan().actions.what_hint}</p>
                <textarea autocomplete="off"
                    id="action-what"
                    rows="3"
                    maxlength=MAX_WHAT_CHARS
                    aria-describedby="action-what-hint"
                    prop:value=move || a.with(|a| a.as_ref().map(|a| a.what.clone()).unwrap_or_default())
                    on:input=move |ev| {
                        let v = cap_text(&event_target_value(&ev), MAX_WHAT_CHARS);
                        e2(Box::new(move |a| a.what = v));
                    }
                ></textarea>
            </div>
            <fieldset class="field choice-group">
                <legend class="label">{t.plan().actions.who_label}</legend>
                <div class="segmented">
                    {WhoKind::ALL.into_iter().map(|k| {
                        let e = e3.clone();
                        view! {
                            <span class="choice">
                                <input autocomplete="off"
                                    type="radio"
                                    class="choice-radio"
                                    name="action-who"
                                    id=format!("who-{}", k.slug())
                                    prop:checked=move || a.with(|a| a.as_ref().map(|a| a.who.kind)) == Some(k)
                                    on:change=move |_| e(Box::new(move |a| a.who.kind = k))
                                />
                                <label for=format!("who-{}", k.slug())>{t.plan().who(k)}</label>
                            </span>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <Show when=move || from_network.get()>
                <div class="field">
                    <label for="action-who-person">{t.plan().actions.who_network_label}</label>
                    <p class="hint" id="action-who-person-hint">{t.plan().actions.who_network_hint}</p>
                    <select autocomplete="off"
                        id="action-who-person"
                        aria-describedby="action-who-person-hint"
                        on:change={
                            let e = e7.clone();
                            move |ev| {
                                let picked = event_target_value(&ev).parse::<u32>().ok();
                                let name = picked.and_then(|p| people.with_untracked(|ps| ps.iter().find(|(id, _)| *id == p).map(|(_, n)| n.clone())));
                                e(Box::new(move |a| match (picked, name) {
                                    (Some(p), Some(n)) => a.who.pick_from_network(p, &n),
                                    _ => a.who.unlink(),
                                }));
                            }
                        }
                    >
                        <option value="" prop:selected=move || a.with(|a| a.as_ref().and_then(|a| a.who.network_person()).is_none())>
                            {t.plan().actions.who_network_none}
                        </option>
                        <For each=move || people.get() key=|p| p.clone() let:p>
                            <option value=p.0.to_string() prop:selected=move || a.with(|a| a.as_ref().and_then(|a| a.who.network_person())) == Some(p.0)>
                                {p.1}
                            </option>
                        </For>
                    </select>
                </div>
            </Show>
            <div class="field">
                <label for="action-who-name">{t.plan().actions.who_name_label}</label>
                <p class="hint" id="action-who-name-hint">{t.plan().actions.who_name_hint}</p>
                <input
                    type="text"
                    id="action-who-name"
                    autocomplete="off"
                    maxlength=MAX_WHO_CHARS
                    aria-describedby="action-who-name-hint"
                    prop:value=move || a.with(|a| a.as_ref().map(|a| a.who.name.clone()).unwrap_or_default())
                    on:input=move |ev| {
                        let v = crate::domain::text::limit(&event_target_value(&ev), MAX_WHO_CHARS).to_string();
                        e4(Box::new(move |a| a.who.name = v));
                    }
                    on:change=move |ev| {
                        let v = clean_line(&event_target_value(&ev), MAX_WHO_CHARS);
                        e5(Box::new(move |a| a.who.name = v));
                    }
                />
            </div>
            <DateField
                id="action-due"
                label=t.plan().actions.due_label
                hint=t.plan().actions.due_hint
                value=Signal::derive(move || a.with(|a| a.as_ref().and_then(|a| a.due)))
                on_change=Callback::new({
                    let e = edit.clone();
                    move |d| e(Box::new(move |a| a.due = d))
                })
            />
            <fieldset class="field choice-group status-group">
                <legend class="label">{t.plan().actions.status_label}</legend>
                {ActionStatus::ALL.into_iter().enumerate().map(|(i, s)| {
                    let set = set_status.clone();
                    view! {
                        <span class="choice wide">
                            <input autocomplete="off"
                                type="radio"
                                class="choice-radio"
                                name="action-status"
                                id=format!("status-{}", s.slug())
                                prop:checked=move || a.with(|a| a.as_ref().map(|a| a.status)) == Some(s)
                                on:change=move |_| set(s)
                            />
                            <label for=format!("status-{}", s.slug())>
                                <span class="choice-title">{t.plan().status(s)}</span>
                                <span class="choice-hint">{t.plan().actions.status_hints[i]}</span>
                            </label>
                        </span>
                    }
                }).collect_view()}
            </fieldset>
            <div class="field">
                <label for="action-note">{t.plan().actions.note_label}</label>
                <textarea autocomplete="off"
                    id="action-note"
                    rows="3"
                    maxlength=MAX_NOTE_CHARS
                    prop:value=move || a.with(|a| a.as_ref().map(|a| a.note.clone()).unwrap_or_default())
                    on:input=move |ev| {
                        let v = cap_text(&event_target_value(&ev), MAX_NOTE_CHARS);
                        e6(Box::new(move |a| a.note = v));
                    }
                ></textarea>
            </div>
            <Show when=move || reviewable.get()>
                <div class="field check">
                    <input autocomplete="off"
                        type="checkbox"
                        id="action-reviewed"
                        prop:checked=move || reviewed.get()
                        on:change={
                            let id = review_id.clone();
                            move |ev| {
                                let on = event_target_checked(&ev);
                                state.update_case(&id, |c| c.plan.mark_reviewed(action, on));
                            }
                        }
                    />
                    <label for="action-reviewed">{move || (t.plan().actions.reviewed)(latest_kind.get())}</label>
                </div>
            </Show>
            {move || a.with(|a| a.as_ref().and_then(|a| a.good.clone())).map(|g| view! {
                <p class="hint">{(t.plan().actions.good)(&g)}</p>
            })}
        </section>
        <p><A href=list.clone()>{t.plan().actions.back_to_list}</A></p>
        <section class="card danger-zone">
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" class="button danger" on:click=move |_| confirming.set(true)>{t.plan().actions.delete}</button>
                }
            >
                <div role="alertdialog" aria-labelledby="action-delete-q" class="confirm">
                    <p id="action-delete-q" class="confirm-question">{t.plan().actions.delete_question}</p>
                    <div class="button-row">
                        <button type="button" class="button danger" on:click=delete.clone()>{t.common.delete}</button>
                        <button type="button" class="button" on:click=move |_| confirming.set(false)>{t.common.cancel}</button>
                    </div>
                </div>
            </Show>
        </section>
    }
}
