//! The Patterson reflection sheet: per parent or other network figure, the five strategies with
//! what goes well, an example and one thing to try; printed to leave behind.

use leptos::prelude::*;

use crate::components::one_tap::one_submit;
use crate::components::{date_field::DateField, note_field::NoteField, page_header::NamedPageHeader, worksheet_intro::WorksheetIntro};
use crate::domain::dates::format_be;
use crate::domain::patterson::{NoteField as Field, PattersonSheet, Strategy, MAX_NAME_CHARS, MAX_TEXT_CHARS};
use crate::domain::{CaseFile, ProfileId};
use crate::i18n::{use_i18n, worksheets::patterson::PattersonTexts};
use crate::pages::profiles::display_name;
use crate::state::{use_app_state, AppState};

const SLUG: &str = "patterson";

#[component]
pub fn PattersonPage() -> impl IntoView {
    super::sheet_of_route_case(5, |case| view! { <PattersonView case=case/> })
}

fn edit(state: AppState, id: &ProfileId, f: impl FnOnce(&mut PattersonSheet)) {
    state.update_case(id, |c| f(&mut c.patterson));
}

#[component]
fn PattersonView(case: ReadSignal<CaseFile>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || &i18n.t().worksheets().patterson;
    let pid = StoredValue::new(case.with_untracked(|c| c.profile.id.clone()));
    let title = Signal::derive(move || {
        let name = case.with(|c| display_name(&c.profile, i18n.t().common.no_name));
        format!("{} · {name}", i18n.t().worksheets().names[5])
    });
    let back = format!("/jongeren/{}", pid.get_value());

    let chosen = RwSignal::new(case.with_untracked(|c| c.patterson.figures.first().map(|f| f.id)));
    let active_id = Memo::new(move |_| {
        case.with(|c| {
            let figs = &c.patterson.figures;
            chosen.get().filter(|id| figs.iter().any(|f| f.id == *id)).or(figs.first().map(|f| f.id))
        })
    });

    // ----- step 1: a sheet per figure -----
    let name = RwSignal::new(String::new());
    let relation = RwSignal::new(String::new());
    let name_error = RwSignal::new(false);
    let add = one_submit(move || {
        let mut added = None;
        let today = crate::browser::today();
        edit(state, &pid.get_value(), |p| added = p.add_figure(&name.get_untracked(), &relation.get_untracked(), Some(today)).ok());
        match added {
            Some(id) => {
                chosen.set(Some(id));
                name.set(String::new());
                relation.set(String::new());
                name_error.set(false);
            }
            None => name_error.set(true),
        }
    });

    view! {
        <NamedPageHeader title=Signal::derive(move || i18n.t().worksheets().names[5].to_string()) heading=title back=back/>
        <WorksheetIntro
            intro=Signal::derive(move || t().intro)
            who_sees=Signal::derive(move || t().who_sees)
            card_link=Signal::derive(move || t().card_link)
            card_slug=SLUG
        />

        <section class="card sheet-step no-print" aria-labelledby="pt-s1">
            <h2 id="pt-s1">{move || t().step1_title}</h2>
            <p class="hint">{move || t().step1_hint}</p>
            <Show when=move || case.with(|c| !c.patterson.figures.is_empty())>
                <h3>{move || t().figures_label}</h3>
                <ul class="theme-list">
                    <For
                        each=move || case.with(|c| c.patterson.figures.iter().map(|f| f.id).collect::<Vec<_>>())
                        key=|id| *id
                        let:id
                    >
                        {
                            let figure = move || case.with(|c| c.patterson.figure(id).cloned());
                            let pressed = move || active_id.get() == Some(id);
                            view! {
                                <li>
                                    <button type="button" class="theme-button"
                                        aria-pressed=move || if pressed() { "true" } else { "false" }
                                        on:click=move |_| chosen.set(Some(id))>
                                        <span class="theme-name">
                                            {move || figure().map(|f| {
                                                let r = f.relation.trim();
                                                if r.is_empty() { f.name.trim().to_string() } else { format!("{} ({r})", f.name.trim()) }
                                            })}
                                        </span>
                                        <span class="theme-stage">{move || figure().map(|f| (t().progress)(f.talked_about().len()))}</span>
                                    </button>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
            <form on:submit=add novalidate>
                <div class="field">
                    <label for="pt-name">{move || t().name_label}</label>
                    <p class="hint" id="pt-name-hint">{move || t().name_hint}</p>
                    <input
                        type="text"
                        id="pt-name"
                        autocomplete="off"
                        maxlength=MAX_NAME_CHARS
                        aria-describedby="pt-name-hint pt-name-err"
                        aria-invalid=move || name_error.get().then_some("true")
                        prop:value=move || name.get()
                        on:input=move |ev| {
                            name.set(event_target_value(&ev));
                            name_error.set(false);
                        }
                    />
                    <p class="error" id="pt-name-err" role="alert" hidden=move || !name_error.get()>{move || t().name_empty}</p>
                </div>
                <div class="field">
                    <label for="pt-relation">{move || t().relation_label}</label>
                    <p class="hint" id="pt-relation-hint">{move || t().relation_hint}</p>
                    <input
                        type="text"
                        id="pt-relation"
                        autocomplete="off"
                        maxlength=MAX_NAME_CHARS
                        aria-describedby="pt-relation-hint"
                        prop:value=move || relation.get()
                        on:input=move |ev| relation.set(event_target_value(&ev))
                    />
                </div>
                <button type="submit" class="button primary">{move || t().add_figure}</button>
            </form>
        </section>

        {move || match active_id.get() {
            None => view! { <p class="empty">{move || t().choose_figure}</p> }.into_any(),
            Some(fid) => view! { <FigureSheet case=case fid=fid pid=pid chosen=chosen/> }.into_any(),
        }}
    }
}

/// The sheet of one figure: the five strategies and what to try.
#[component]
fn FigureSheet(case: ReadSignal<CaseFile>, fid: u32, pid: StoredValue<ProfileId>, chosen: RwSignal<Option<u32>>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || &i18n.t().worksheets().patterson;
    let figure = Memo::new(move |_| case.with(|c| c.patterson.figure(fid).cloned()));
    let fname = move || figure.with(|f| f.as_ref().map(|f| f.name.trim().to_string()).unwrap_or_default());
    let name_error = RwSignal::new(false);
    let confirming = RwSignal::new(false);

    type Pick = fn(&'static PattersonTexts) -> &'static str;
    let note = move |s: Strategy, f: Field, key: &'static str, label: Pick, hint: Pick| {
        view! {
            <NoteField
                id=format!("pt-{fid}-{}-{key}", s.index())
                label=Signal::derive(move || label(t()).to_string())
                hint=Signal::derive(move || hint(t()))
                value=Signal::derive(move || figure.with(|fig| fig.as_ref().map(|fig| fig.text(s, f)).unwrap_or_default()))
                on_input=Callback::new(move |v: String| edit(state, &pid.get_value(), |p| p.set_text(fid, s, f, &v)))
                multiline=true
                maxlength=MAX_TEXT_CHARS
            />
        }
    };

    view! {
        <section class="card sheet-step patterson-sheet" aria-labelledby="pt-s2">
            <h2 id="pt-s2">{move || (t().step2_title)(&fname())}</h2>
            <p class="print-only sheet-for">
                {move || figure.with(|f| f.as_ref().map(|f| (t().sheet_for)(f.name.trim(), f.relation.trim())))}
                {move || figure.with(|f| f.as_ref().and_then(|f| f.date).map(|d| format!(" · {}", (t().sheet_date)(&format_be(d)))))}
            </p>
            <p class="hint no-print">{move || t().step2_hint}</p>
            <div class="no-print">
                <div class="field">
                    <label for="pt-edit-name">{move || t().edit_name}</label>
                    <input
                        type="text"
                        id="pt-edit-name"
                        autocomplete="off"
                        maxlength=MAX_NAME_CHARS
                        aria-describedby="pt-edit-name-err"
                        aria-invalid=move || name_error.get().then_some("true")
                        prop:value=move || figure.with(|f| f.as_ref().map(|f| f.name.clone()).unwrap_or_default())
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            let mut ok = false;
                            edit(state, &pid.get_value(), |p| ok = p.rename(fid, &v).is_ok());
                            name_error.set(!ok);
                        }
                    />
                    <p class="error" id="pt-edit-name-err" role="alert" hidden=move || !name_error.get()>{move || t().name_empty}</p>
                </div>
                <div class="field">
                    <label for="pt-edit-relation">{move || t().relation_label}</label>
                    <input
                        type="text"
                        id="pt-edit-relation"
                        autocomplete="off"
                        maxlength=MAX_NAME_CHARS
                        prop:value=move || figure.with(|f| f.as_ref().map(|f| f.relation.clone()).unwrap_or_default())
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            edit(state, &pid.get_value(), |p| p.set_relation(fid, &v));
                        }
                    />
                </div>
                <DateField
                    id="pt-date"
                    label=Signal::derive(move || t().date_label)
                    value=Signal::derive(move || figure.with(|f| f.as_ref().and_then(|f| f.date)))
                    on_change=Callback::new(move |d| edit(state, &pid.get_value(), |p| p.set_date(fid, d)))
                />
            </div>
            <ol class="strategy-list">
                {Strategy::ALL.into_iter().map(|s| {
                    let i = s.index();
                    let talked = move || figure.with(|f| f.as_ref().is_some_and(|f| f.talked_about().contains(&s)));
                    view! {
                        <li class="strategy" class:is-talked=talked data-strategy=i>
                            <h3>
                                {move || t().strategies[i]}
                                " "<span class="formal">{move || format!("({})", t().formal[i])}</span>
                                <Show when=talked>
                                    " "<span class="talked"><span aria-hidden="true">"✓ "</span>{move || t().talked_about}</span>
                                </Show>
                            </h3>
                            <p class="hint">{move || t().explain[i]}</p>
                            {note(s, Field::GoesWell, "well", |t| t.goes_well_label, |t| t.goes_well_hint)}
                            {note(s, Field::Example, "example", |t| t.example_label, |t| t.example_hint)}
                            {note(s, Field::TryNext, "try", |t| t.try_label, |t| t.try_hint)}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>

        <section class="card sheet-step to-try" aria-labelledby="pt-s3">
            <h2 id="pt-s3">{move || t().step3_title}</h2>
            <p class="hint">{move || t().step3_hint}</p>
            {move || {
                let items = figure.with(|f| f.as_ref().map(|f| f.to_try()).unwrap_or_default());
                if items.is_empty() {
                    view! { <p class="basket-empty">{move || t().try_none}</p> }.into_any()
                } else {
                    view! {
                        <ul class="try-list">
                            {items.into_iter().map(|(s, text)| view! {
                                <li><strong>{t().strategies[s.index()]}</strong>": "{text}</li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
            <p class="progress">{move || figure.with(|f| f.as_ref().map(|f| (t().progress)(f.talked_about().len())))}</p>
            <div class="button-row">
                <button type="button" class="button primary" on:click=move |_| crate::browser::print()>
                    {move || (t().print_sheet)(&fname())}
                </button>
            </div>
            <div class="no-print danger-zone-inline">
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button type="button" class="button danger" on:click=move |_| confirming.set(true)>{move || t().remove_figure}</button>
                    }
                >
                    <div role="alertdialog" class="confirm" aria-labelledby="pt-remove-q">
                        <p id="pt-remove-q" class="confirm-question">{move || (t().remove_question)(&fname())}</p>
                        <div class="button-row">
                            <button type="button" class="button danger" on:click=move |_| {
                                edit(state, &pid.get_value(), |p| {
                                    p.remove_figure(fid);
                                });
                                chosen.set(None);
                                confirming.set(false);
                            }>{move || t().remove_figure}</button>
                            <button type="button" class="button" on:click=move |_| confirming.set(false)>{move || i18n.t().common.cancel}</button>
                        </div>
                    </div>
                </Show>
            </div>
        </section>
    }
}
