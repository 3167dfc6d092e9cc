//! One reading, domain by domain: the young person's score and words, and — in a separate,
//! clearly marked part — the coach's view. The web at the top redraws as scores change.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use super::shared::{axis_names, chart_series, plan_base, reading_label, route_number, topic_name, with_case};
use crate::components::one_tap::one_tap;
use crate::components::after_paint::drawn_in_steps;
use crate::components::date_field::DateField;
use crate::components::page_header::{NamedPageHeader, PageHeader};
use crate::components::radar_chart::RadarChart;
use crate::components::score_picker::ScorePicker;
use crate::domain::plan::reading::{MAX_SCORE, MAX_WORDS_CHARS};
use crate::domain::plan::{ReadingKind, Score, TopicId};
use crate::domain::{CaseFile, ProfileId};
use crate::i18n::use_i18n;
use crate::state::use_app_state;

#[component]
pub fn ReadingPage() -> impl IntoView {
    let reading = route_number("reading");
    with_case(move |id, case| {
        let i18n = use_i18n();
        let exists = Memo::new(move |_| reading.get().is_some_and(|r| case.with(|c| c.plan.reading(r).is_some())));
        let id2 = id.clone();
        view! {
            <Show
                when=move || exists.get()
                fallback=move || view! {
                    <PageHeader title=Signal::derive(move || i18n.t().plan().title.to_string()) back=plan_base(&id2)/>
                    <p class="empty">{move || i18n.t().plan().reading.not_found}</p>
                }
            >
                {
                    let id = id.clone();
                    move || reading.get().map(|r| view! { <ReadingEditor id=id.clone() case=case reading=r/> })
                }
            </Show>
        }
    })
}

#[component]
fn ReadingEditor(id: ProfileId, case: ReadSignal<CaseFile>, reading: u32) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let navigate = use_navigate();
    let t = i18n.t();
    let base = plan_base(&id);
    let label = Memo::new(move |_| case.with(|c| c.plan.reading(reading).map(|r| reading_label(r, t)).unwrap_or_default()));
    let title = Signal::derive(move || (t.plan().reading.title)(&label.get()));
    let kind = Memo::new(move |_| case.with(|c| c.plan.reading(reading).map(|r| r.kind)));
    // The document title names the kind only: the date says when this young person was seen.
    let kind_title = Signal::derive(move || (t.plan().reading.title)(kind.get().map(|k| t.plan().kind(k)).unwrap_or_default()));
    let date = Memo::new(move |_| case.with(|c| c.plan.reading(reading).and_then(|r| r.date)));
    let active = Memo::new(move |_| case.with(|c| c.plan.active_topics()));
    let index = Memo::new(move |_| case.with(|c| c.plan.reading_index(reading)));
    let axes = Memo::new(move |_| case.with(|c| active.with(|a| axis_names(&c.plan, a, t))));
    let series = Memo::new(move |_| case.with(|c| active.with(|a| chart_series(&c.plan, a, index.get(), t))));
    let has_off = Memo::new(move |_| case.with(|c| c.plan.active_topics().len() < c.plan.topics().len()));
    let confirming = RwSignal::new(false);
    // The domains lie below a phone's first screen (the header, the kind and date, the web):
    // they follow two at a time right after it is painted. Fifteen domains with thirteen score
    // buttons each took far longer than one frame on a slow phone.
    let drawn = drawn_in_steps(0, 2, move || active.with_untracked(|a| a.len()));
    let shown = move || active.with(|a| a.iter().take(drawn.get()).copied().collect::<Vec<_>>());

    let set_kind = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            if let Some(k) = ReadingKind::from_slug(&event_target_value(&ev)) {
                state.update_case(&id, |c| c.plan.set_reading_kind(reading, k));
            }
        }
    };
    let set_date = {
        let id = id.clone();
        Callback::new(move |d| {
            state.update_case(&id, |c| c.plan.set_reading_date(reading, d));
        })
    };
    let delete = {
        let id = id.clone();
        let base = base.clone();
        move |_| {
            state.update_case(&id, |c| {
                c.plan.remove_reading(reading);
            });
            navigate(&base, Default::default());
        }
    };

    view! {
        <NamedPageHeader title=kind_title heading=title back=base.clone()/>
        <p class="lead">{t.plan().reading.lead}</p>
        <p class="who-sees">{t.plan().reading.who_sees}</p>
        <section class="card" aria-label=t.plan().reading.kind_label>
            <div class="field">
                <label for="reading-kind">{t.plan().reading.kind_label}</label>
                <select autocomplete="off" id="reading-kind" on:change=set_kind>
                    {ReadingKind::ALL.into_iter().map(|k| view! {
                        <option value=k.slug() prop:selected=move || kind.get() == Some(k)>{t.plan().kind(k)}</option>
                    }).collect_view()}
                </select>
            </div>
            <DateField id="reading-date" label=t.plan().reading.date_label value=date on_change=set_date/>
        </section>
        <section class="plan-section reading-web" aria-labelledby="reading-web-heading">
            <h2 id="reading-web-heading">{t.plan().reading.web_heading}</h2>
            <RadarChart id="reading-web" axes=axes series=series/>
        </section>
        <TwoViews case=case reading=reading/>
        <section class="plan-section" aria-labelledby="reading-scores-heading">
            <h2 id="reading-scores-heading">{t.plan().reading.scores_heading}</h2>
            <Show when=move || has_off.get()>
                <p class="hint">{t.plan().reading.switched_off_note}</p>
            </Show>
            <For
                each=shown
                key=|topic| *topic
                children={
                    let id = id.clone();
                    move |topic| view! { <TopicEditor id=id.clone() case=case reading=reading topic=topic/> }
                }
            />
        </section>
        <section class="card danger-zone">
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" class="button danger" on:click=move |_| confirming.set(true)>
                        {t.plan().reading.delete}
                    </button>
                }
            >
                <div role="alertdialog" aria-labelledby="reading-delete-q" aria-describedby="reading-delete-x" class="confirm">
                    <p id="reading-delete-q" class="confirm-question">{t.plan().reading.delete_question}</p>
                    <p id="reading-delete-x">{t.plan().reading.delete_explain}</p>
                    <div class="button-row">
                        <button type="button" class="button danger" on:click=delete.clone()>{t.common.delete}</button>
                        <button type="button" class="button" on:click=move |_| confirming.set(false)>{t.common.cancel}</button>
                    </div>
                </div>
            </Show>
        </section>
    }
}

/// One domain in a reading: the young person's part, then the coach's part apart from it.
#[component]
fn TopicEditor(id: ProfileId, case: ReadSignal<CaseFile>, reading: u32, topic: TopicId) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let navigate = use_navigate();
    let t = i18n.t();
    let key = topic.key();
    let base = plan_base(&id);
    // Only this card follows its own entry: a change elsewhere does not touch it.
    let entry = Memo::new(move |_| case.with(|c| c.plan.entry(reading, topic).cloned().unwrap_or_default()));
    let name = Memo::new(move |_| case.with(|c| topic_name(&c.plan, topic, t)));
    let action_count = Memo::new(move |_| case.with(|c| c.plan.actions_for(topic).len()));
    // Where the young person stands on the change cycle for this domain (a theme on the change
    // cycle worksheet linked to it), shown beside the domain.
    let stage = Memo::new(move |_| topic.domain().and_then(|d| case.with(|c| c.change.stage_for_domain(d))));
    let change_link = format!("/jongeren/{id}/werkblad/cirkel-van-gedragsverandering");
    let explain = topic.domain().map(|d| move || i18n.t().domains().explain(d));

    let update = {
        let id = id.clone();
        move |f: Box<dyn FnOnce(&mut crate::domain::plan::SupportPlan)>| {
            state.update_case(&id, |c| f(&mut c.plan));
        }
    };
    let on_score = {
        let update = update.clone();
        Callback::new(move |s: Score| {
            update(Box::new(move |p| {
                p.set_score(reading, topic, s);
            }))
        })
    };
    let on_words = {
        let update = update.clone();
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            update(Box::new(move |p| {
                p.set_words(reading, topic, &v);
            }))
        }
    };
    let on_coach = {
        let update = update.clone();
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev).parse::<u8>().ok();
            update(Box::new(move |p| {
                p.set_coach(reading, topic, v);
            }))
        }
    };
    let on_coach_note = {
        let update = update.clone();
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            update(Box::new(move |p| {
                p.set_coach_note(reading, topic, &v);
            }))
        }
    };
    let add_action = {
        let id = id.clone();
        let base = base.clone();
        one_tap(move |_: leptos::ev::MouseEvent| {
            let mut new = 0;
            state.update_case(&id, |c| new = c.plan.add_action(topic));
            navigate(&format!("{base}/acties/{new}"), Default::default());
        })
    };
    let coach_open = RwSignal::new(entry.with_untracked(|e| e.coach.is_some() || !e.coach_note.is_empty()));
    let heading_id = format!("topic-{key}-h");
    let words_id = format!("words-{key}");
    let coach_id = format!("coach-{key}");
    let coach_note_id = format!("coach-note-{key}");

    view! {
        <section class="card topic-card" id=key.clone() aria-labelledby=heading_id.clone() data-topic=key.clone()>
            <h3 id=heading_id.clone()>{move || name.get()}</h3>
            {explain.map(|e| view! { <p class="hint">{e}</p> })}
            {move || stage.get().map(|s| view! {
                <p class="change-stage">
                    <a href=change_link.clone()>
                        {(t.plan().reading.change_stage)(t.worksheets().change.stages[s.index()])}
                    </a>
                </p>
            })}
            <Show when=move || entry.with(|e| e.carried)>
                <p class="carried-note">{t.plan().reading.carried}</p>
            </Show>
            <ScorePicker
                id=format!("score-{key}")
                legend=Signal::derive(move || (t.plan().reading.question)(&name.get()))
                value=Signal::derive(move || entry.with(|e| e.score))
                on_change=on_score
            />
            <div class="field">
                <label for=words_id.clone()>{t.plan().reading.words_label}</label>
                <p class="hint" id=format!("{words_id}-hint")>{t.plan().reading.words_hint}</p>
                <textarea autocomplete="off"
                    id=words_id.clone()
                    rows="2"
                    maxlength=MAX_WORDS_CHARS
                    aria-describedby=format!("{words_id}-hint")
                    prop:value=move || entry.with(|e| e.words.clone())
                    on:input=on_words
                ></textarea>
            </div>
            {move || entry.with(|e| e.differs().then(|| (e.score.value().unwrap_or(0), e.coach.unwrap_or(0)))).map(|(own, coach)| view! {
                <p class="differs-note">
                    <span aria-hidden="true">"↔ "</span>{(t.plan().reading.differs)(own, coach)}
                </p>
            })}
            // Closed, only its summary is built; the fields follow when it opens (a select with
            // twelve options and a text field per domain, rarely all needed).
            <details
                class="coach-part"
                open=coach_open.get_untracked()
                on:toggle=move |ev| coach_open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"))
            >
                <summary>{t.plan().reading.coach_part}</summary>
                <Show when=move || coach_open.get()>
                <p class="hint">{t.plan().reading.coach_part_hint}</p>
                <div class="field">
                    <label for=coach_id.clone()>{t.plan().reading.coach_score}</label>
                    <select autocomplete="off" id=coach_id.clone() on:change=on_coach.clone()>
                        <option value="" prop:selected=move || entry.with(|e| e.coach.is_none())>{t.plan().reading.coach_none}</option>
                        {(0..=MAX_SCORE).map(|v| view! {
                            <option value=v.to_string() prop:selected=move || entry.with(|e| e.coach == Some(v))>{v}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=coach_note_id.clone()>{t.plan().reading.coach_note}</label>
                    <textarea autocomplete="off"
                        id=coach_note_id.clone()
                        rows="2"
                        maxlength=MAX_WORDS_CHARS
                        prop:value=move || entry.with(|e| e.coach_note.clone())
                        on:input=on_coach_note.clone()
                    ></textarea>
                </div>
                </Show>
            </details>
            <p class="topic-actions">
                <A href=format!("{base}/acties?domein={key}")>{move || (t.plan().reading.actions_for)(action_count.get())}</A>
                <button type="button" class="button small" on:click=add_action>
                    <span aria-hidden="true">"+ "</span>{t.plan().reading.add_action}
                </button>
            </p>
        </section>
    }
}

/// Two views, one conversation: once the coach scored too, both webs over each other and, for
/// each domain where they are three or more apart, one open question to start from. The young
/// person's score stays the plan's score.
#[component]
fn TwoViews(case: ReadSignal<CaseFile>, reading: u32) -> impl IntoView {
    use crate::components::radar_chart::ChartSeries;
    use crate::domain::plan::radar::SeriesRole;
    let i18n = use_i18n();
    let t = i18n.t();
    let rt = &t.plan().reading;
    let shown = Memo::new(move |_| case.with(|c| c.plan.reading(reading).is_some_and(|r| r.has_coach_scores())));
    let active = Memo::new(move |_| case.with(|c| c.plan.active_topics()));
    let axes = Memo::new(move |_| case.with(|c| active.with(|a| axis_names(&c.plan, a, t))));
    let series = Memo::new(move |_| {
        case.with(|c| {
            let Some(r) = c.plan.reading(reading) else { return Vec::new() };
            active.with(|a| {
                let own = a.iter().map(|topic| r.entry(*topic).map(|e| e.score).unwrap_or_default()).collect();
                vec![
                    ChartSeries { role: SeriesRole::Previous, reading: rt.two_views_coach.to_string(), values: r.coach_values(a) },
                    ChartSeries { role: SeriesRole::Current, reading: rt.two_views_own.to_string(), values: own },
                ]
            })
        })
    });
    let questions = Memo::new(move |_| {
        case.with(|c| {
            let Some(r) = c.plan.reading(reading) else { return Vec::new() };
            active.with(|a| {
                r.differences(a)
                    .into_iter()
                    .map(|(topic, own, coach)| (topic_name(&c.plan, topic, t), (rt.two_views_question)(own, coach)))
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <Show when=move || shown.get()>
            <section class="plan-section two-views" aria-labelledby="two-views-h">
                <h2 id="two-views-h">{rt.two_views_heading}</h2>
                <p class="hint">{rt.two_views_lead}</p>
                <RadarChart id="two-views-web" axes=axes series=series/>
                <Show when=move || questions.with(|q| !q.is_empty())>
                    <h3>{rt.two_views_questions}</h3>
                    <ul class="two-views-questions">
                        {move || questions.get().into_iter().map(|(domain, question)| view! {
                            <li><strong>{domain}</strong>" "{question}</li>
                        }).collect_view()}
                    </ul>
                </Show>
            </section>
        </Show>
    }
}
