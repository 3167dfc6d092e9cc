//! Course mode for trainers (issue 8): the demo case, a session outline, presenting it on a
//! projector and sharing it with the participants' phones.
//!
//! URLs (an outline is a link, see [`crate::content::outline`]):
//! - `/cursus?s=…` — the demo case, the outline builder, the link and its QR code;
//! - `/cursus/presentatie?s=…&stap=3` — the outline one step per screen. The same link opens on
//!   a participant's phone; a worksheet step there opens that phone's own demo case.
//!
//! The demo case is reached like any young person (`/jongeren/demo/…`), so every plan and
//! worksheet screen works on it unchanged; [`DemoBanner`] marks each of those screens.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::components::card_view::items;
use crate::components::focus::focus_later;
use crate::components::page_header::PageHeader;
use crate::components::qr_code::QrImage;
use crate::content::outline::{self, Step};
use crate::content::{self, Card};
use crate::domain::demo::{demo_case, DEMO_ID};
use crate::i18n::{use_i18n, Lang};
use crate::pages::cards::presentation::{start_presenting, step_index};
use crate::pages::cards::web;
use crate::state::{use_app_state, AppState};

/// The example outline a trainer can start from: network and life story, with practice.
const EXAMPLE: &str = "begeleidershouding,netwerkwandeling,werkblad:netwerkwandeling,levenslijn,werkblad:levenslijn,werkblad:plan";

/// Loads the demo case when this device has none yet (a participant's first worksheet).
pub fn ensure_demo(state: AppState, lang: Lang) {
    if state.demo().is_none() {
        state.reset_demo(demo_case(crate::browser::today(), lang == Lang::En));
    }
}

fn step_title(step: Step, lang: Lang) -> String {
    let title = step.card().title(lang);
    match step {
        Step::Card(_) => title.to_string(),
        Step::Worksheet(_) => (crate::i18n::texts(lang).training().worksheet_step)(title),
    }
}

fn builder_url(steps: &[Step]) -> String {
    if steps.is_empty() {
        "/cursus".into()
    } else {
        format!("/cursus?s={}", outline::encode(steps))
    }
}

fn presentation_url(steps: &[Step], slide: usize) -> String {
    format!("/cursus/presentatie?s={}&stap={}", outline::encode(steps), slide + 1)
}

/// The link participants open: the session in the trainer's language.
fn share_url(steps: &[Step], slide: usize, lang: Lang) -> String {
    format!("{}{}&lang={}", web::origin(), presentation_url(steps, slide), lang.code())
}

// ---------------------------------------------------------------------------------------------
// /cursus
// ---------------------------------------------------------------------------------------------

#[component]
pub fn CoursePage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let tt = i18n.t().training();
    let initial = use_query_map().with_untracked(|q| q.get("s").map(|s| outline::parse(&s)).unwrap_or_default());
    let steps = RwSignal::new(initial);
    // The address bar follows the outline, so reload, back and a bookmark keep it. Not on the
    // first run: the address is already the page's own, and the effect runs before the router
    // has written the new entry, so a replace then rewrote the entry of the screen before
    // (Back from the course went to the course again).
    Effect::new(move |first: Option<()>| {
        steps.track();
        if first.is_some() {
            steps.with_untracked(|s| web::replace_url(&builder_url(s)));
        }
    });

    let choice = RwSignal::new(String::new());
    let add = move |_| {
        let picked = outline::parse(&choice.get_untracked());
        if !picked.is_empty() {
            steps.update(|s| {
                if s.len() < outline::MAX_STEPS {
                    s.extend(picked);
                }
            });
        }
    };
    let move_step = move |i: usize, up: bool| {
        let len = steps.with_untracked(Vec::len);
        let j = if up { i.checked_sub(1) } else { (i + 1 < len).then_some(i + 1) };
        if let Some(j) = j {
            steps.update(|s| s.swap(i, j));
            focus_later(format!("step-{}-{j}", if up { "up" } else { "down" }));
        }
    };
    let remove = move |i: usize| {
        steps.update(|s| {
            if i < s.len() {
                s.remove(i);
            }
        });
        focus_later("add-step".into());
    };
    let cards = content::sorted_by_title(lang);
    let sheets = outline::worksheet_steps();
    let show_qr = RwSignal::new(false);

    view! {
        <div class="course-page">
            <PageHeader title=tt.title.to_string() back="/meer"/>
            <p class="lead">{tt.intro}</p>
            <DemoCard/>
            <section class="card" aria-labelledby="outline-h">
                <h2 id="outline-h">{tt.outline_title}</h2>
                <p>{tt.outline_intro}</p>
                {move || {
                    let list = steps.get();
                    if list.is_empty() {
                        return view! {
                            <p class="empty">{tt.outline_empty}</p>
                            <button type="button" class="button" on:click=move |_| steps.set(outline::parse(EXAMPLE))>
                                {tt.example}
                            </button>
                        }.into_any();
                    }
                    let last = list.len() - 1;
                    view! {
                        <ol class="outline-list" aria-label=tt.outline_label>
                            {list.into_iter().enumerate().map(|(i, step)| {
                                let title = step_title(step, lang);
                                view! {
                                    <li class="outline-step" class:worksheet-step=matches!(step, Step::Worksheet(_))>
                                        <div class="outline-row">
                                            <span class="outline-name">{title.clone()}</span>
                                            <span class="outline-buttons">
                                                <button type="button" class="button icon" id=format!("step-up-{i}")
                                                    aria-label=(tt.move_up)(&title) disabled=i == 0
                                                    on:click=move |_| move_step(i, true)>"↑"</button>
                                                <button type="button" class="button icon" id=format!("step-down-{i}")
                                                    aria-label=(tt.move_down)(&title) disabled=i == last
                                                    on:click=move |_| move_step(i, false)>"↓"</button>
                                                <button type="button" class="button icon" aria-label=(tt.remove)(&title)
                                                    on:click=move |_| remove(i)>"✕"</button>
                                            </span>
                                        </div>
                                        {matches!(step, Step::Card(_)).then(|| view! {
                                            <details class="trainer-notes">
                                                <summary>{tt.notes_title}</summary>
                                                <TrainerNotes card=step.card() lang=lang/>
                                            </details>
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ol>
                    }.into_any()
                }}
                <div class="outline-add">
                    <div class="field">
                        <label for="add-step">{tt.add_label}</label>
                        <select autocomplete="off" id="add-step" on:change=move |ev| choice.set(event_target_value(&ev))>
                            <option value="" selected>"—"</option>
                            <optgroup label=tt.add_cards>
                                {cards.into_iter().map(|c| view! { <option value=c.slug>{c.title(lang)}</option> }).collect_view()}
                            </optgroup>
                            <optgroup label=tt.add_worksheets>
                                {sheets.into_iter().map(|s| view! {
                                    <option value=outline::encode(&[s])>{step_title(s, lang)}</option>
                                }).collect_view()}
                            </optgroup>
                        </select>
                    </div>
                    <button type="button" class="button" on:click=add>{tt.add}</button>
                </div>
                <p class="hint" role="status">{move || (tt.step_count)(steps.with(Vec::len))}</p>
                {move || steps.with(|s| (!s.is_empty()).then(|| presentation_url(s, 0))).map(|href| view! {
                    <div class="button-row">
                        <a class="button primary" href=href>
                            <span aria-hidden="true">"▶ "</span>{tt.present}
                        </a>
                        <button type="button" class="button" on:click=move |_| steps.set(Vec::new())>{tt.clear}</button>
                    </div>
                })}
            </section>
            {move || {
                let link = steps.with(|s| (!s.is_empty()).then(|| share_url(s, 0, lang)))?;
                let qr = show_qr.get();
                Some(view! {
                    <section class="card share-card" aria-labelledby="share-h">
                        <h2 id="share-h">{tt.share_title}</h2>
                        <p>{tt.share_body}</p>
                        <p class="share-link"><span class="visually-hidden">{tt.link_label}": "</span><a href=link.clone()>{link.clone()}</a></p>
                        <button type="button" class="button" id="qr-toggle" aria-expanded=qr.to_string()
                            on:click=move |_| { show_qr.set(!qr); focus_later("qr-toggle".into()); }>
                            {if qr { tt.hide_qr } else { tt.show_qr }}
                        </button>
                        {qr.then(|| view! {
                            <QrImage id="course-qr" text=Signal::stored(link.clone()) label=Signal::stored((tt.qr_label)(&link))/>
                        })}
                    </section>
                })
            }}
        </div>
    }
}

/// The demo case: load, open, reset (after a question) or remove it.
#[component]
pub fn DemoCard() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let lang = i18n.lang();
    let tt = i18n.t().training();
    let confirming = RwSignal::new(false);
    let message = RwSignal::new("");
    let fresh = move || demo_case(crate::browser::today(), lang == Lang::En);
    let load = move |_| {
        state.reset_demo(fresh());
        message.set(tt.demo_loaded);
        focus_later("demo-open".into());
    };
    let reset = move |_| {
        state.reset_demo(fresh());
        confirming.set(false);
        message.set(tt.demo_reset_done);
        focus_later("demo-open".into());
    };
    let has = Memo::new(move |_| state.demo().is_some());
    view! {
        <section class="card demo-card" aria-labelledby="demo-h">
            <h2 id="demo-h">{tt.demo_title}</h2>
            <p>{tt.demo_body}</p>
            {move || match (has.get(), confirming.get()) {
                (false, _) => view! {
                    <p class="hint">{tt.demo_none}</p>
                    <button type="button" class="button primary" id="demo-load" on:click=load>{tt.demo_load}</button>
                }.into_any(),
                (true, asking) => view! {
                    <div class="button-row">
                        <A href=format!("/jongeren/{DEMO_ID}") attr:class="button primary" attr:id="demo-open">{tt.demo_open}</A>
                        <button type="button" class="button" id="demo-reset" on:click=move |_| { confirming.set(true); focus_later("demo-reset-yes".into()); }>{tt.demo_reset}</button>
                        <button type="button" class="button" on:click=move |_| { state.remove_demo(); message.set(""); focus_later("demo-load".into()); }>
                            {tt.demo_remove}
                        </button>
                    </div>
                    {asking.then(|| view! {
                        <div role="alertdialog" aria-labelledby="demo-reset-q" aria-describedby="demo-reset-x" class="confirm">
                            <p id="demo-reset-q" class="confirm-question">{tt.demo_reset_question}</p>
                            <p id="demo-reset-x">{tt.demo_reset_explain}</p>
                            <div class="button-row">
                                <button type="button" class="button primary" id="demo-reset-yes" autofocus on:click=reset>{tt.demo_reset}</button>
                                <button type="button" class="button" on:click=move |_| confirming.set(false)>{i18n.t().common.cancel}</button>
                            </div>
                        </div>
                    })}
                }.into_any(),
            }}
            <p class="toolbar-status" role="status">{move || message.get()}</p>
        </section>
    }
}

/// A card's notes for trainers: how to introduce it, an exercise, pitfalls. Course mode only.
#[component]
fn TrainerNotes(card: &'static Card, lang: Lang) -> impl IntoView {
    let tt = &crate::i18n::texts(lang).training();
    let notes = &card.text(lang).trainer;
    view! {
        <div class="notes-body">
            <h3>{tt.notes_intro}</h3>
            <p>{notes.intro}</p>
            <h3>{tt.notes_exercise}</h3>
            <p>{notes.exercise}</p>
            <h3>{tt.notes_pitfalls}</h3>
            <ul>{items(notes.pitfalls)}</ul>
        </div>
    }
}

/// Shown on every screen of the demo case: it is made up, and the way back to the course.
#[component]
pub fn DemoBanner() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let location = use_location();
    let on_demo = Memo::new(move |_| {
        location.pathname.with(|p| {
            p.strip_prefix("/jongeren/").and_then(|rest| rest.split('/').next()).is_some_and(|id| id == DEMO_ID)
        })
    });
    view! {
        <Show when=move || on_demo.get()>
            <div class="demo-banner">
                <p>{t.common.demo_banner}</p>
                <A href="/cursus">{t.common.back_to_course}</A>
            </div>
        </Show>
    }
}

// ---------------------------------------------------------------------------------------------
// /cursus/presentatie
// ---------------------------------------------------------------------------------------------

#[component]
pub fn CoursePresentationPage() -> impl IntoView {
    let i18n = use_i18n();
    let tt = i18n.t().training();
    let query = use_query_map();
    let steps = Memo::new(move |_| query.with(|q| q.get("s").map(|s| outline::parse(&s)).unwrap_or_default()));
    let empty = Memo::new(move |_| steps.with(Vec::is_empty));
    move || {
        if empty.get() {
            view! {
                <PageHeader title=tt.presentation.to_string() back="/cursus"/>
                <p>{tt.no_outline}</p>
                <p><a href="/cursus" class="button primary">{tt.title}</a></p>
            }
            .into_any()
        } else {
            view! { <CoursePresentation steps=steps/> }.into_any()
        }
    }
}

#[component]
fn CoursePresentation(steps: Memo<Vec<Step>>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let navigate = use_navigate();
    let lang = i18n.lang();
    let t = i18n.t().cards();
    let tt = i18n.t().training();
    let query = use_query_map();
    let len = Memo::new(move |_| steps.with(Vec::len));
    let index = Memo::new(move |_| {
        let n: usize = query.with(|q| q.get("stap").and_then(|s| s.trim().parse().ok()).unwrap_or(1));
        n.saturating_sub(1).min(len.get().saturating_sub(1))
    });
    // Never out of range, even for the moment the route changes and the outline empties.
    let step = Memo::new(move |_| {
        steps.with(|s| s.get(index.get()).or(s.last()).copied()).unwrap_or(Step::Card(&content::all()[0]))
    });
    let show_notes = RwSignal::new(false);
    let show_qr = RwSignal::new(false);

    let go = {
        let navigate = navigate.clone();
        move |delta: i32| {
            let (i, n) = (index.get_untracked(), len.get_untracked());
            let next = step_index(i, delta, n);
            if next != i {
                let url = steps.with_untracked(|s| presentation_url(s, next));
                navigate(&url, NavigateOptions { replace: true, scroll: false, ..Default::default() });
            }
        }
    };
    let leave = {
        let navigate = navigate.clone();
        move || {
            let url = steps.with_untracked(|s| builder_url(s));
            navigate(&url, NavigateOptions { replace: true, ..Default::default() });
        }
    };
    let practise = {
        let navigate = navigate.clone();
        move |_| {
            if let Some(path) = step.get_untracked().practice_path() {
                ensure_demo(state, lang);
                navigate(&format!("/jongeren/{DEMO_ID}/{path}"), Default::default());
            }
        }
    };

    let (on_touch_start, on_touch_end) = start_presenting(
        go.clone(),
        // Escape closes the QR code first, then leaves.
        {
            let leave = leave.clone();
            move || if show_qr.get_untracked() { show_qr.set(false) } else { leave() }
        },
        move |key| match key {
            "n" | "N" => show_notes.update(|v| *v = !*v),
            "q" | "Q" => show_qr.update(|v| *v = !*v),
            _ => {}
        },
    );
    Effect::new(move |_| crate::browser::set_title(&format!("{} · {}", step_title(step.get(), lang), tt.presentation)));

    let fullscreen = web::fullscreen_supported();
    let (prev, next) = (go.clone(), go.clone());
    // One closure draws the slide from plain texts: a new step, the notes or the QR code redraw
    // it at once (cheaper in wasm than a reactive closure per text). The bar below stays put, so
    // the focus stays on its buttons.
    let slide = move || {
        let (i, n, step, notes, qr) = (index.get(), len.get(), step.get(), show_notes.get(), show_qr.get());
        let text = step.card().text(lang);
        let title = step_title(step, lang);
        let practise = practise.clone();
        let body = match step {
            Step::Card(_) => view! {
                <div class="pres-cols">
                    <section class="pres-col">
                        <h2>{t.steps}</h2>
                        <ol>{items(text.steps)}</ol>
                    </section>
                    <section class="pres-col pres-questions">
                        <h2>{t.questions}</h2>
                        <ul class="questions">{items(text.questions)}</ul>
                    </section>
                    <section class="pres-col">
                        <h2>{t.watch_out}</h2>
                        <ul>{items(text.watch_out)}</ul>
                    </section>
                </div>
            }
            .into_any(),
            Step::Worksheet(_) => view! {
                <section class="practise-box">
                    <h2>{tt.practise_title}</h2>
                    <p>{tt.practise_body}</p>
                    <button type="button" class="button primary practise-open" on:click=practise>{tt.practise_open}</button>
                </section>
            }
            .into_any(),
        };
        let link = steps.with_untracked(|s| share_url(s, i, lang));
        view! {
            <article class="pres-card" aria-labelledby="pres-title">
                <header class="pres-head">
                    <p class="pres-step" aria-hidden="true">{format!("{} / {n}", i + 1)}</p>
                    <h1 id="pres-title">{title.clone()}</h1>
                    <p class="pres-why">{text.why}</p>
                </header>
                {body}
                {notes.then(|| view! {
                    <section class="pres-notes" aria-labelledby="notes-h">
                        <h2 id="notes-h">{tt.notes_title}</h2>
                        <TrainerNotes card=step.card() lang=lang/>
                    </section>
                })}
            </article>
            {qr.then(|| view! {
                <div class="pres-qr" role="dialog" aria-modal="false" aria-labelledby="qr-h">
                    <h2 id="qr-h" class="visually-hidden">{tt.share_title}</h2>
                    <QrImage id="pres-qr-code" text=Signal::stored(link.clone()) label=Signal::stored((tt.qr_label)(&link))/>
                    <p class="qr-link">{link.clone()}</p>
                </div>
            })}
        }
    };
    view! {
        <div class="presentation course-presentation" on:touchstart=on_touch_start on:touchend=on_touch_end>
            {slide}
            <nav class="pres-bar" aria-label=tt.presentation>
                <p class="pres-count" aria-live="polite">
                    {move || format!("{} · {}", (tt.slide_of)(index.get() + 1, len.get()), step_title(step.get(), lang))}
                </p>
                <p class="pres-keys">{tt.keys}</p>
                <div class="pres-buttons">
                    <button type="button" class="button" on:click=move |_| prev(-1) disabled=move || index.get() == 0>
                        <span aria-hidden="true">"‹ "</span><span class="pres-label">{tt.previous}</span>
                    </button>
                    <button type="button" class="button primary" on:click=move |_| next(1)
                        disabled=move || { index.get() + 1 >= len.get() }>
                        <span class="pres-label">{tt.next}</span><span aria-hidden="true">" ›"</span>
                    </button>
                    <button type="button" class="button pres-extra" aria-pressed=move || show_notes.get().to_string()
                        on:click=move |_| show_notes.update(|v| *v = !*v)>{tt.notes_title}</button>
                    <button type="button" class="button pres-extra" aria-pressed=move || show_qr.get().to_string()
                        on:click=move |_| show_qr.update(|v| *v = !*v)>{tt.qr_button}</button>
                    {fullscreen.then(|| view! {
                        <button type="button" class="button pres-fullscreen" on:click=|_| web::toggle_fullscreen()>{t.fullscreen}</button>
                    })}
                    <button type="button" class="button" on:click=move |_| leave()>
                        {tt.stop}<span class="pres-key" aria-hidden="true">" (Esc)"</span>
                    </button>
                </div>
            </nav>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_outline_is_whole() {
        let steps = outline::parse(EXAMPLE);
        assert_eq!(outline::encode(&steps), EXAMPLE, "every part of the example exists");
        assert!(steps.iter().any(|s| matches!(s, Step::Worksheet(_))));
    }

    #[test]
    fn links_carry_the_outline_and_the_slide() {
        let steps = outline::parse("levenslijn,werkblad:levenslijn");
        assert_eq!(presentation_url(&steps, 1), "/cursus/presentatie?s=levenslijn,werkblad:levenslijn&stap=2");
        assert_eq!(builder_url(&steps), "/cursus?s=levenslijn,werkblad:levenslijn");
        assert_eq!(builder_url(&[]), "/cursus");
    }
}
