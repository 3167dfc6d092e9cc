//! "Geef de gsm door": the young person fills in their own scores, one domain per screen, with
//! big buttons, a progress line, back and skip always there, and a summary at the end. The
//! coach's parts are not shown, and the app's navigation is hidden while the phone is handed
//! over. Every answer and every step is saved at once, so a reload resumes at the same screen.

use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::shared::{axis_names, chart_series, plan_base, reading_label, topic_name, with_case};
use crate::components::page_header::PageHeader;
use crate::components::radar_chart::RadarChart;
use crate::components::score_picker::ScorePicker;
use crate::domain::plan::reading::MAX_WORDS_CHARS;
use crate::domain::plan::{HandoverAt, HandoverMark, ReadingKind, Score, TopicId};
use crate::domain::{CaseFile, ProfileId};
use crate::i18n::{plan::score_words, use_i18n};
use crate::state::use_app_state;

#[component]
pub fn HandoverPage() -> impl IntoView {
    with_case(|id, case| view! { <Handover id=id case=case/> })
}

/// Marks `<body>` while the phone is handed over, so the stylesheet hides the app's navigation
/// (the young person should not wander into other young people's files).
fn mark_body(on: bool) {
    if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
        let _ = if on { body.set_attribute("data-handover", "") } else { body.remove_attribute("data-handover") };
    }
}

#[component]
fn Handover(id: ProfileId, case: ReadSignal<CaseFile>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let navigate = use_navigate();
    let t = i18n.t();
    // On the young person's own phone the flow starts from, and returns to, "Mijn plan".
    let mine = state.prefs().with_untracked(|p| p.my_plan.as_ref() == Some(&id));
    let base = if mine { crate::pages::my_plan::MY_PLAN.to_string() } else { plan_base(&id) };
    mark_body(true);
    on_cleanup(|| mark_body(false));

    let mark = Memo::new(move |_| case.with(|c| c.plan.resume_handover()));
    let at = Memo::new(move |_| mark.get().map_or(HandoverAt::Intro, |m| m.at));
    // The reading being filled in: the one in the saved step, else the latest (if any).
    let reading = Memo::new(move |_| mark.get().map(|m| m.reading).or_else(|| case.with(|c| c.plan.latest().map(|r| r.id))));
    // Set once the user moves between screens: only then focus moves to the new heading.
    let moved = RwSignal::new(false);

    let go = {
        let id = id.clone();
        Callback::new(move |to: HandoverAt| {
            let today = crate::browser::today();
            state.update_case(&id, |c| {
                let rid = match reading.get_untracked().filter(|r| c.plan.reading(*r).is_some()) {
                    Some(r) => r,
                    None => c.start_reading(ReadingKind::SupportPlan, Some(today), t.plan().kind(ReadingKind::SupportPlan)),
                };
                c.plan.handover = Some(HandoverMark { reading: rid, at: to });
            });
            moved.set(true);
        })
    };
    let finish = {
        let id = id.clone();
        let base = base.clone();
        Callback::new(move |_: ()| {
            state.update_case(&id, |c| c.plan.handover = None);
            navigate(&base, Default::default());
        })
    };

    let screen = move || match at.get() {
        HandoverAt::Intro => view! { <Intro case=case reading=reading go=go moved=moved/> }.into_any(),
        HandoverAt::Topic(topic) => match reading.get() {
            Some(rid) => view! { <Step id=id.clone() case=case reading=rid topic=topic go=go moved=moved/> }.into_any(),
            None => view! { <Intro case=case reading=reading go=go moved=moved/> }.into_any(),
        },
        HandoverAt::Summary => view! { <Summary case=case reading=reading go=go finish=finish moved=moved/> }.into_any(),
    };

    view! {
        <div class="handover">
            <PageHeader title=t.plan().handover.title.to_string() back=base.clone()/>
            {screen}
        </div>
    }
}

/// Moves keyboard and screen-reader focus to `heading` once it is there, if the user moved.
fn focus_when_moved(heading: NodeRef<html::H2>, moved: RwSignal<bool>) {
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            if moved.get_untracked() {
                let _ = h.focus();
            }
        }
    });
}

#[component]
fn Intro(case: ReadSignal<CaseFile>, reading: Memo<Option<u32>>, go: Callback<HandoverAt>, moved: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let t = &i18n.t().plan().handover;
    let heading = NodeRef::<html::H2>::new();
    focus_when_moved(heading, moved);
    let which = move || {
        let tx = i18n.t();
        case.with(|c| match reading.get().and_then(|r| c.plan.reading(r)) {
            Some(r) => (tx.plan().handover.filling_in)(&reading_label(r, tx)),
            None => tx.plan().handover.first_reading.to_string(),
        })
    };
    let first = move || case.with(|c| c.plan.handover_next(HandoverAt::Intro));
    view! {
        <section class="handover-screen" aria-labelledby="handover-intro">
            <h2 id="handover-intro" tabindex="-1" node_ref=heading>{t.intro_heading}</h2>
            <p class="lead">{t.intro}</p>
            <ul class="handover-points">
                {(0..3).map(|i| view! { <li>{t.intro_points[i]}</li> }).collect_view()}
            </ul>
            <p class="hint">{which}</p>
            <div class="handover-nav single">
                <button type="button" class="button primary big" on:click=move |_| go.run(first())>
                    {t.begin}<span aria-hidden="true">" ›"</span>
                </button>
            </div>
        </section>
    }
}

#[component]
fn Step(
    id: ProfileId,
    case: ReadSignal<CaseFile>,
    reading: u32,
    topic: TopicId,
    go: Callback<HandoverAt>,
    moved: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = i18n.t();
    let heading = NodeRef::<html::H2>::new();
    focus_when_moved(heading, moved);
    let entry = Memo::new(move |_| case.with(|c| c.plan.entry(reading, topic).cloned().unwrap_or_default()));
    let name = Memo::new(move |_| case.with(|c| topic_name(&c.plan, topic, t)));
    let position = Memo::new(move |_| case.with(|c| c.plan.handover_position(HandoverAt::Topic(topic))));
    // What was there before this screen was touched: only shown while it is a carried-over copy.
    let last_time = Memo::new(move |_| entry.with(|e| e.carried.then_some(e.score)));
    let key = topic.key();

    let set_score = {
        let id = id.clone();
        Callback::new(move |s: Score| {
            state.update_case(&id, |c| {
                c.plan.set_score(reading, topic, s);
            });
        })
    };
    let set_words = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            state.update_case(&id, |c| {
                c.plan.set_words(reading, topic, &v);
            });
        }
    };
    let next = move |_| {
        // Going on past an answer taken over from last time confirms it for this reading.
        if entry.with_untracked(|e| e.carried) {
            state.update_case(&id, |c| {
                c.plan.update_entry(reading, topic, |_| {});
            });
        }
        let to = case.with_untracked(|c| c.plan.handover_next(HandoverAt::Topic(topic)));
        go.run(to);
    };
    let prev = move |_| go.run(case.with_untracked(|c| c.plan.handover_prev(HandoverAt::Topic(topic))));
    let explain = topic.domain().map(|d| move || i18n.t().domains().explain(d));
    let words_id = format!("handover-words-{key}");

    view! {
        <section class="handover-screen" aria-labelledby="handover-step" data-topic=key.clone()>
            <div class="handover-progress">
                <progress
                    max=move || position.get().1
                    value=move || position.get().0
                    aria-label=t.plan().handover.progress_label
                ></progress>
                <p class="progress-text">{move || { let (i, n) = position.get(); (t.plan().handover.progress)(i, n) }}</p>
            </div>
            <h2 id="handover-step" class="handover-topic" tabindex="-1" node_ref=heading>{move || name.get()}</h2>
            {explain.map(|e| view! { <p class="lead">{e}</p> })}
            {move || last_time.get().map(|s| view! {
                <p class="carried-note">{(t.plan().handover.last_time)(&score_words(&t.plan().score, s))}</p>
            })}
            <ScorePicker
                id=format!("handover-score-{key}")
                legend=Signal::derive(move || (t.plan().handover.question)(&name.get()))
                value=Signal::derive(move || entry.with(|e| e.score))
                on_change=set_score
                big=true
            />
            <div class="field">
                <label for=words_id.clone()>{t.plan().handover.words_label}</label>
                <textarea autocomplete="off"
                    id=words_id.clone()
                    rows="3"
                    maxlength=MAX_WORDS_CHARS
                    prop:value=move || entry.with(|e| e.words.clone())
                    on:input=set_words
                ></textarea>
            </div>
            <div class="handover-nav">
                <button type="button" class="button big" on:click=prev>
                    <span aria-hidden="true">"‹ "</span>{t.plan().handover.previous}
                </button>
                <button type="button" class="button primary big" data-next="" on:click=next>
                    {move || if entry.with(|e| e.is_answered()) { t.plan().handover.next } else { t.plan().handover.skip }}
                    <span aria-hidden="true">" ›"</span>
                </button>
            </div>
            <p class="who-sees">{t.plan().handover.who_sees}</p>
        </section>
    }
}

#[component]
fn Summary(
    case: ReadSignal<CaseFile>,
    reading: Memo<Option<u32>>,
    go: Callback<HandoverAt>,
    finish: Callback<()>,
    moved: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let heading = NodeRef::<html::H2>::new();
    focus_when_moved(heading, moved);
    let active = Memo::new(move |_| case.with(|c| c.plan.active_topics()));
    let index = Memo::new(move |_| case.with(|c| reading.get().and_then(|r| c.plan.reading_index(r))));
    let axes = Memo::new(move |_| case.with(|c| active.with(|a| axis_names(&c.plan, a, t))));
    let series = Memo::new(move |_| {
        case.with(|c| active.with(|a| index.get().map(|i| chart_series(&c.plan, a, Some(i), t)).unwrap_or_default()))
    });
    let rows = move || {
        let tx = t;
        case.with(|c| {
            active.with(|a| {
                a.iter()
                    .map(|topic| {
                        let topic = *topic;
                        let name = topic_name(&c.plan, topic, tx);
                        let e = reading.get().and_then(|r| c.plan.entry(r, topic).cloned()).unwrap_or_default();
                        view! {
                            <li class="summary-row">
                                <span class="summary-name">{name.clone()}</span>
                                <span class="summary-score">{score_words(&tx.plan().score, e.score)}</span>
                                <button
                                    type="button"
                                    class="button small"
                                    aria-label=(tx.plan().handover.change)(&name)
                                    on:click=move |_| go.run(HandoverAt::Topic(topic))
                                >
                                    {tx.plan().handover.change_button}
                                </button>
                                {(!e.words.is_empty()).then(|| view! { <span class="summary-words">{e.words.clone()}</span> })}
                            </li>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let back = move |_| go.run(case.with_untracked(|c| c.plan.handover_prev(HandoverAt::Summary)));
    view! {
        <section class="handover-screen" aria-labelledby="handover-summary">
            <h2 id="handover-summary" tabindex="-1" node_ref=heading>{t.plan().handover.summary_heading}</h2>
            <Show when=move || active.with(|a| !a.is_empty()) fallback=move || view! { <p class="empty">{t.plan().handover.no_topics}</p> }>
                <p class="lead">{t.plan().handover.summary_lead}</p>
                <RadarChart id="handover-web" axes=axes series=series no_table=true/>
                <ol class="summary-list">{rows}</ol>
            </Show>
            <p class="hint">{t.plan().handover.done_hint}</p>
            <div class="handover-nav">
                <button type="button" class="button big" on:click=back>
                    <span aria-hidden="true">"‹ "</span>{t.plan().handover.previous}
                </button>
                <button type="button" class="button primary big" on:click=move |_| finish.run(())>
                    {t.plan().handover.done}
                </button>
            </div>
        </section>
    }
}
