//! The lifeline worksheet ("Levenslijn beleven"): tell the story as moments on a line, then
//! visit places and people together, then talk it through. Every change is saved at once.

use chrono::Datelike;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::one_tap::one_tap;
use crate::components::{
    focus::{focus_later, open_after_paint}, item_signals::ItemSignals, moment_editor::MomentEditor, page_header::NamedPageHeader, worksheet_intro::WorksheetIntro,
    timeline::{when_text, Timeline}, timeline_legend::TimelineLegend, undo_bar::UndoBar,
};
use crate::domain::dates::format_be;
use crate::domain::lifeline::{parse_year, Lifeline, Moment, MomentId, VisitState, WhenError};
use crate::domain::{CaseFile, ProfileId};
use crate::i18n::use_i18n;
use crate::pages::profiles::display_name;
use crate::state::use_app_state;

#[component]
pub fn LifelinePage() -> impl IntoView {
    super::sheet_of_route_case(0, |case| view! { <LifelineSheet case=case/> })
}

#[component]
fn LifelineSheet(case: ReadSignal<CaseFile>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = &i18n.t().worksheets().lifeline;
    let pid: ProfileId = case.with_untracked(|c| c.profile.id.clone());
    let this_year = crate::browser::today().year();
    let lifeline = Memo::new(move |_| case.with(|c| c.lifeline.clone()));
    let order = Memo::new(move |_| lifeline.with(|l| l.ordered(this_year).iter().map(|m| m.id).collect::<Vec<_>>()));
    let has_moments = Memo::new(move |_| order.with(|o| !o.is_empty()));
    let estimated = Memo::new(move |_| lifeline.with(|l| l.ages_are_estimated()));
    let birth = Memo::new(move |_| lifeline.with(|l| l.assumed_birth_year(this_year)));
    // The visits in line order: (id, number on the line, what · where, when · state · date).
    let visits = Memo::new(move |_| {
        let birth = birth.get();
        lifeline.with(|l| {
            l.ordered(this_year)
                .iter()
                .enumerate()
                .filter(|(_, m)| m.visit.state != VisitState::None)
                .map(|(i, m)| {
                    let mut head = if m.what.trim().is_empty() { t.untitled.to_string() } else { m.what.clone() };
                    if !m.place.trim().is_empty() {
                        head = format!("{head} · {}", m.place);
                    }
                    let mut state = format!("{} · {}", when_text(m.when, birth, t), t.visit_states[m.visit.state.index()]);
                    if let (Some(d), true) = (m.visit.date, m.visit.state != VisitState::ToVisit) {
                        state = format!("{state} · {}", format_be(d));
                    }
                    (m.id, i + 1, head, state)
                })
                .collect::<Vec<_>>()
        })
    });
    let editing = RwSignal::new(None::<MomentId>);
    // Each list item wakes only for its own moment, its place on the line and its open state
    // (see ItemSignals). The birth year travels with the place: 200 items reading one shared
    // memo would all wake to check it on every edit.
    let moments = ItemSignals::by_ref(move |show| lifeline.with(|l| l.moments.iter().for_each(|m| show(m.id, m))));
    let places = ItemSignals::new(move || {
        let birth = birth.get();
        order.with(|o| o.iter().enumerate().map(|(i, id)| (*id, Place { number: i + 1, birth })).collect())
    });
    let is_open = Selector::new(move || editing.get());
    let removed = RwSignal::new(None::<(usize, Moment)>);
    let pid = StoredValue::new(pid);
    let update = move |f: &dyn Fn(&mut Lifeline)| {
        pid.with_value(|id| state.update_case(id, |c| f(&mut c.lifeline)));
    };

    let title = Signal::derive(move || {
        let t = i18n.t();
        let name = case.with(|c| display_name(&c.profile, t.common.no_name));
        format!("{} – {name}", t.worksheets().names[0])
    });
    let back = pid.with_value(|id| format!("/jongeren/{id}"));

    let open = move |id: MomentId| {
        editing.set(Some(id));
        focus_later(format!("m{id}-title"));
    };
    let add = one_tap(move |_: leptos::ev::MouseEvent| {
        let mut new_id = None;
        pid.with_value(|id| {
            state.update_case(id, |c| new_id = Some(c.lifeline.add()));
        });
        if let Some(id) = new_id {
            open_after_paint(editing, id, format!("m{id}-what"));
        }
    });
    let on_change = Callback::new(move |m: Moment| {
        update(&|l| {
            if let Some(slot) = l.get_mut(m.id) {
                *slot = m.clone();
            }
        })
    });
    let on_remove = Callback::new(move |id: MomentId| {
        let mut taken = None;
        pid.with_value(|pid| {
            state.update_case(pid, |c| taken = c.lifeline.remove(id));
        });
        if taken.is_some() {
            removed.set(taken);
            editing.set(None);
            focus_later("add-moment".into());
        }
    });
    let undo = Callback::new(move |_| {
        if let Some((i, m)) = removed.get_untracked() {
            let id = m.id;
            update(&|l| l.restore(i, m.clone()));
            removed.set(None);
            editing.set(Some(id));
            focus_later(format!("m{id}-title"));
        }
    });

    // Birth year: stored when it makes sense, explained when it does not.
    let year_error = RwSignal::new(None::<WhenError>);
    let birth_input = move |raw: String, finished: bool| {
        if raw.trim().is_empty() {
            year_error.set(None);
            update(&|l| l.birth_year = None);
            return;
        }
        match parse_year(&raw) {
            Ok(y) => {
                year_error.set(None);
                update(&|l| l.birth_year = Some(y));
            }
            Err(e) if finished => year_error.set(Some(e)),
            Err(_) => {}
        }
    };

    view! {
        <NamedPageHeader title=Signal::derive(move || i18n.t().worksheets().names[0].to_string()) heading=title back=back/>
        <WorksheetIntro intro=t.intro who_sees=t.who_sees card_link=t.method_link card_slug="levenslijn"/>

        <section class="card sheet-step" aria-labelledby="ll-step1">
            <h2 id="ll-step1">{t.step1_title}</h2>
            <p>{t.step1_text}</p>
            <div class="field">
                <label for="ll-birth-year">{t.birth_year_label}</label>
                <p class="hint" id="ll-birth-year-hint">{t.birth_year_hint}</p>
                <input
                    id="ll-birth-year"
                    class="short-input"
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    aria-describedby=move || if year_error.get().is_some() { "ll-birth-year-hint ll-birth-year-error" } else { "ll-birth-year-hint" }
                    aria-invalid=move || year_error.get().is_some().then_some("true")
                    prop:value=move || lifeline.with(|l| l.birth_year.map(|y| y.to_string()).unwrap_or_default())
                    on:input=move |ev| birth_input(event_target_value(&ev), false)
                    on:change=move |ev| birth_input(event_target_value(&ev), true)
                />
                <p class="error" id="ll-birth-year-error" role="alert" hidden=move || year_error.get().is_none()>
                    {move || match year_error.get() {
                        Some(WhenError::NotANumber) => t.year_not_a_number,
                        Some(WhenError::OutOfRange) => t.year_out_of_range,
                        None => "",
                    }}
                </p>
            </div>
            <p class="notice-inline" hidden=move || !estimated.get()>{t.ages_estimated}</p>
            <Timeline lifeline=lifeline this_year=this_year on_select=Callback::new(open)/>
            <TimelineLegend/>

            <h3 id="ll-list-title">{t.list_title}</h3>
            <p class="empty" hidden=move || has_moments.get()>{t.empty}</p>
            <ol class="moment-list" aria-labelledby="ll-list-title" hidden=move || !has_moments.get()>
                    <For each=move || order.get() key=|id| *id let:id>
                        <MomentItem
                            id=id
                            moment=moments.get(&id)
                            place=places.get(&id)
                            is_open=is_open.clone()
                            lifeline=lifeline
                            editing=editing
                            on_change=on_change
                            on_remove=on_remove
                        />
                    </For>
            </ol>
            <UndoBar
                message=Signal::derive(move || removed.with(|r| r.as_ref().map(|_| t.removed.to_string())))
                on_undo=undo
                on_dismiss=Callback::new(move |_| removed.set(None))
            />
            <div class="button-row no-print">
                <button type="button" id="add-moment" class="button primary" on:click=add>
                    <span aria-hidden="true">"+ "</span>{t.add_moment}
                </button>
            </div>
        </section>

        <section class="card sheet-step" aria-labelledby="ll-step2">
            <h2 id="ll-step2">{t.step2_title}</h2>
            <p>{t.step2_text}</p>
            <p class="empty" hidden=move || visits.with(|v| !v.is_empty())>{t.visits_empty}</p>
            // Keyed by the whole row: an edit elsewhere on the line re-creates no visit.
            <ul class="visit-list" aria-label=t.visits_label hidden=move || visits.with(|v| v.is_empty())>
                <For each=move || visits.get() key=|v| v.clone() let:v>
                    <li class="visit-item">
                        <span class="visit-head">{v.2}</span>
                        <span class="list-sub">{v.3}</span>
                        <button type="button" class="button no-print" aria-label=(t.edit)(v.1) on:click=move |_| open(v.0)>
                            {t.edit_short}
                        </button>
                    </li>
                </For>
            </ul>
        </section>

        <section class="card sheet-step" aria-labelledby="ll-step3">
            <h2 id="ll-step3">{t.step3_title}</h2>
            <p>{t.step3_text}</p>
            <p class="no-print">
                <A href=pid.with_value(|id| format!("/jongeren/{id}/werkblad/netwerkwandeling")) attr:class="button">
                    {t.to_network}
                </A>
            </p>
        </section>
    }
}

/// Where a moment sits in the list: its number on the line, and the birth year its age
/// is counted from.
#[derive(Clone, Copy, PartialEq)]
struct Place {
    number: usize,
    birth: (i32, bool),
}

/// One moment in the list: its summary and, when open, its editor.
#[component]
fn MomentItem(
    id: MomentId,
    /// This moment (`None` once removed).
    moment: ReadSignal<Option<Moment>>,
    place: ReadSignal<Option<Place>>,
    is_open: Selector<Option<MomentId>>,
    lifeline: Memo<Lifeline>,
    editing: RwSignal<Option<MomentId>>,
    on_change: Callback<Moment>,
    on_remove: Callback<MomentId>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = &i18n.t().worksheets().lifeline;
    let number = Memo::new(move |_| place.with(|p| p.map_or(0, |p| p.number)));
    let birth = Memo::new(move |_| place.with(|p| p.map_or((0, false), |p| p.birth)));
    let open = Memo::new(move |_| is_open.selected(&Some(id)));
    let feeling_class = move || {
        moment.with(|m| match m.as_ref().and_then(|m| m.feeling).map(|f| f.level()) {
            Some(l) if l > 0 => "feeling-tag high",
            Some(l) if l < 0 => "feeling-tag low",
            Some(_) => "feeling-tag mid",
            None => "feeling-tag none",
        })
    };
    let editor_id = format!("m{id}-editor");
    view! {
        <li class="moment-item" class:open=open>
            <div class="moment-summary">
                <span class="moment-number" aria-hidden="true">{number}</span>
                <div class="moment-text">
                    <span class="moment-when">{move || moment.with(|m| m.as_ref().map(|m| when_text(m.when, birth.get(), t)).unwrap_or_default())}</span>
                    <span class="moment-what">
                        {move || moment.with(|m| m.as_ref().map(|m| if m.what.trim().is_empty() { t.untitled.to_string() } else { m.what.clone() }).unwrap_or_default())}
                    </span>
                    <span class=feeling_class>
                        {move || moment.with(|m| m.as_ref().and_then(|m| m.feeling).map(|f| t.feelings[f.index()]).unwrap_or(""))}
                    </span>
                </div>
                <button
                    type="button"
                    class="button edit-button no-print"
                    id=format!("m{id}-edit")
                    aria-expanded=move || open.get().to_string()
                    aria-controls=editor_id.clone()
                    aria-label=move || (t.edit)(number.get())
                    on:click=move |_| editing.set(if open.get_untracked() { None } else { Some(id) })
                >
                    {t.edit_short}
                </button>
            </div>
            <div id=editor_id.clone() class="no-print">
                {move || open.get().then(|| view! {
                    <MomentEditor
                        moment=moment
                        number=number
                        birth_year=Signal::derive(move || lifeline.with(|l| l.birth_year))
                        on_change=on_change
                        on_remove=on_remove
                        on_close=Callback::new(move |_| {
                            editing.set(None);
                            focus_later(format!("m{id}-edit"));
                        })
                    />
                })}
            </div>
        </li>
    }
}
