//! The change cycle worksheet: themes (free or a life domain of the plan), a placement on the
//! six-stage circle with the readiness ruler, what helps in that stage, and the road so far.

use leptos::prelude::*;

use crate::components::one_tap::one_submit;
use crate::components::{
    change_circle::ChangeCircle, choice_buttons::ChoiceButtons, note_field::NoteField, page_header::NamedPageHeader,
    worksheet_intro::WorksheetIntro,
};
use crate::domain::change::{ChangeCycle, ChangeStage, Theme, MAX_NOTE_CHARS, MAX_TITLE_CHARS, RULER_MAX};
use crate::domain::dates::format_be;
use crate::domain::{CaseFile, LifeDomain, ProfileId};
use crate::i18n::{use_i18n, I18n};
use crate::pages::profiles::display_name;
use crate::state::{use_app_state, AppState};

const SLUG: &str = "cirkel-van-gedragsverandering";

#[component]
pub fn ChangeCyclePage() -> impl IntoView {
    super::sheet_of_route_case(4, |case| view! { <ChangeSheet case=case/> })
}

fn edit(state: AppState, id: &ProfileId, f: impl FnOnce(&mut ChangeCycle)) {
    state.update_case(id, |c| f(&mut c.change));
}

/// A theme's name as shown: its title, the domain, or both.
pub fn theme_name(theme: &Theme, i18n: I18n) -> String {
    let title = theme.title.trim();
    match (title.is_empty(), theme.domain) {
        (false, Some(d)) => format!("{title} ({})", i18n.t().domains().name(d).to_lowercase()),
        (false, None) => title.to_string(),
        (true, Some(d)) => i18n.t().domains().name(d).to_string(),
        (true, None) => String::new(),
    }
}

fn parse_domain(v: &str) -> Option<LifeDomain> {
    LifeDomain::from_slug(v)
}

#[component]
fn ChangeSheet(case: ReadSignal<CaseFile>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || &i18n.t().worksheets().change;
    let pid = StoredValue::new(case.with_untracked(|c| c.profile.id.clone()));
    let title = Signal::derive(move || {
        let name = case.with(|c| display_name(&c.profile, i18n.t().common.no_name));
        format!("{} · {name}", i18n.t().worksheets().names[4])
    });
    let back = format!("/jongeren/{}", pid.get_value());

    // The theme being looked at: the first one, until another is chosen or added.
    let chosen = RwSignal::new(case.with_untracked(|c| c.change.themes.first().map(|t| t.id)));
    let active = Memo::new(move |_| {
        case.with(|c| {
            let themes = &c.change.themes;
            chosen.get().and_then(|id| themes.iter().find(|t| t.id == id)).or(themes.first()).cloned()
        })
    });
    let active_id = move || active.with(|a| a.as_ref().map(|t| t.id));
    let active_name = Signal::derive(move || active.with(|a| a.as_ref().map(|t| theme_name(t, i18n)).unwrap_or_default()));
    let stage = Signal::derive(move || active.with(|a| a.as_ref().and_then(|t| t.stage())));

    // ----- step 1: add a theme -----
    let new_title = RwSignal::new(String::new());
    let new_domain = RwSignal::new(None::<LifeDomain>);
    let add_error = RwSignal::new(false);
    let add = one_submit(move || {
        let mut added = None;
        edit(state, &pid.get_value(), |c| added = c.add_theme(&new_title.get_untracked(), new_domain.get_untracked()).ok());
        match added {
            Some(id) => {
                chosen.set(Some(id));
                new_title.set(String::new());
                new_domain.set(None);
                add_error.set(false);
            }
            None => add_error.set(true),
        }
    });

    // ----- step 2: place on the circle -----
    let place = Callback::new(move |s: ChangeStage| {
        if let Some(id) = active_id() {
            let today = crate::browser::today();
            edit(state, &pid.get_value(), |c| {
                c.place(id, today, s);
            });
        }
    });
    let ruler_options = Signal::derive(|| (0..=RULER_MAX).map(|v| v.to_string()).collect::<Vec<_>>());
    let current = move || active.with(|a| a.as_ref().and_then(|t| t.current().cloned()));

    view! {
        <NamedPageHeader title=Signal::derive(move || i18n.t().worksheets().names[4].to_string()) heading=title back=back/>
        <WorksheetIntro
            intro=Signal::derive(move || t().intro)
            who_sees=Signal::derive(move || t().who_sees)
            card_link=Signal::derive(move || t().card_link)
            card_slug=SLUG
        />

        <section class="card sheet-step no-print" aria-labelledby="cc-s1">
            <h2 id="cc-s1">{move || t().step1_title}</h2>
            <p class="hint">{move || t().step1_hint}</p>
            <Show when=move || case.with(|c| !c.change.themes.is_empty())>
                <h3>{move || t().themes_label}</h3>
                <ul class="theme-list">
                    <For
                        each=move || case.with(|c| c.change.themes.iter().map(|t| t.id).collect::<Vec<_>>())
                        key=|id| *id
                        let:id
                    >
                        {
                            let theme = move || case.with(|c| c.change.theme(id).cloned());
                            let pressed = move || active_id() == Some(id);
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="theme-button"
                                        aria-pressed=move || if pressed() { "true" } else { "false" }
                                        on:click=move |_| chosen.set(Some(id))
                                    >
                                        <span class="theme-name">{move || theme().map(|t| theme_name(&t, i18n)).unwrap_or_default()}</span>
                                        <span class="theme-stage">
                                            {move || match theme().and_then(|t| t.stage()) {
                                                Some(s) => t().stages[s.index()].to_string(),
                                                None => t().not_placed.to_string(),
                                            }}
                                        </span>
                                    </button>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
            <form on:submit=add novalidate class="add-theme">
                <div class="field">
                    <label for="cc-title">{move || t().theme_label}</label>
                    <p class="hint" id="cc-title-hint">{move || t().theme_hint}</p>
                    <input
                        type="text"
                        id="cc-title"
                        autocomplete="off"
                        maxlength=MAX_TITLE_CHARS
                        aria-describedby="cc-title-hint cc-add-err"
                        aria-invalid=move || add_error.get().then_some("true")
                        prop:value=move || new_title.get()
                        on:input=move |ev| {
                            new_title.set(event_target_value(&ev));
                            add_error.set(false);
                        }
                    />
                </div>
                <DomainSelect id="cc-domain" value=Signal::derive(move || new_domain.get())
                    on_change=Callback::new(move |d| {
                        new_domain.set(d);
                        add_error.set(false);
                    })/>
                <p class="error" id="cc-add-err" role="alert" hidden=move || !add_error.get()>{move || t().nameless}</p>
                <button type="submit" class="button primary">{move || t().add_theme}</button>
            </form>
        </section>

        <Show
            when=move || active_id().is_some()
            fallback=move || view! { <p class="empty">{move || t().choose_theme}</p> }
        >
            <section class="card sheet-step" aria-labelledby="cc-s2">
                <h2 id="cc-s2">{move || (t().step2_title)(&active_name.get())}</h2>
                <p class="hint no-print">{move || t().step2_hint}</p>
                <ChangeCircle
                    current=stage
                    on_select=place
                    label=Signal::derive(move || (t().circle_label)(&active_name.get()))
                />
                <p class="cc-current" role="status">
                    {move || match current() {
                        Some(p) => (t().current)(&t().stages[p.stage.index()].to_lowercase(), &format_be(p.date)),
                        None => t().none_yet.to_string(),
                    }}
                </p>
                <Show when=move || active.with(|a| a.as_ref().and_then(|t| t.suggestion()).is_some())>
                    <div class="relapse-note">
                        <h3>{move || t().relapse_title}</h3>
                        <p>{move || t().relapse_text}</p>
                        <button type="button" class="button primary" on:click=move |_| place.run(ChangeStage::Relapse.next())>
                            {move || (t().step_back_in)(&t().stages[ChangeStage::Relapse.next().index()].to_lowercase())}
                        </button>
                    </div>
                </Show>
                <Show when=move || current().is_some()>
                    <div class="ruler-block">
                        <h3>{move || t().ruler_title}</h3>
                        <p class="hint no-print">{move || t().ruler_hint}</p>
                        <ChoiceButtons
                            label=Signal::derive(move || t().importance_q.to_string())
                            options=ruler_options
                            class="ruler"
                            value=Signal::derive(move || current().and_then(|p| p.importance).map(usize::from))
                            on_change=Callback::new(move |v: Option<usize>| {
                                if let (Some(id), Some(p)) = (active_id(), current()) {
                                    edit(state, &pid.get_value(), |c| c.set_ruler(id, v.map(|v| v as u8), p.confidence));
                                }
                            })
                        />
                        <ChoiceButtons
                            label=Signal::derive(move || t().confidence_q.to_string())
                            options=ruler_options
                            class="ruler"
                            value=Signal::derive(move || current().and_then(|p| p.confidence).map(usize::from))
                            on_change=Callback::new(move |v: Option<usize>| {
                                if let (Some(id), Some(p)) = (active_id(), current()) {
                                    edit(state, &pid.get_value(), |c| c.set_ruler(id, p.importance, v.map(|v| v as u8)));
                                }
                            })
                        />
                        <NoteField
                            id="cc-note"
                            label=Signal::derive(move || t().note_label.to_string())
                            hint=Signal::derive(move || t().note_hint)
                            value=Signal::derive(move || current().map(|p| p.note).unwrap_or_default())
                            on_input=Callback::new(move |v: String| {
                                if let Some(id) = active_id() {
                                    edit(state, &pid.get_value(), |c| c.set_note(id, &v));
                                }
                            })
                            multiline=true
                            maxlength=MAX_NOTE_CHARS
                        />
                    </div>
                </Show>
            </section>

            <Show when=move || stage.get().is_some()>
                <section class="card sheet-step" aria-labelledby="cc-s3">
                    <h2 id="cc-s3">{move || (t().step3_title)(&stage.get().map(|s| t().stages[s.index()].to_lowercase()).unwrap_or_default())}</h2>
                    <p>{move || stage.get().map(|s| t().stage_explain[s.index()])}</p>
                    <div class="helps">
                        <div class="helps-box">
                            <h3>{move || t().for_young}</h3>
                            <p>{move || stage.get().map(|s| t().helps_young[s.index()])}</p>
                        </div>
                        <div class="helps-box">
                            <h3>{move || t().for_coach}</h3>
                            <p>{move || stage.get().map(|s| t().helps_coach[s.index()])}</p>
                        </div>
                    </div>
                </section>
            </Show>

            <section class="card sheet-step" aria-labelledby="cc-s4">
                <h2 id="cc-s4">{move || t().step4_title}</h2>
                <p class="hint no-print">{move || t().step4_hint}</p>
                {move || {
                    let Some(theme) = active.get() else { return ().into_any() };
                    if theme.placements.is_empty() {
                        return view! { <p class="basket-empty">{move || t().history_empty}</p> }.into_any();
                    }
                    let id = theme.id;
                    let relapses = theme.relapses();
                    view! {
                        <ol class="stage-history">
                            {theme.placements.into_iter().enumerate().map(|(i, p)| {
                                let date = format_be(p.date);
                                let ruler = (t().ruler_line)(p.importance, p.confidence);
                                let remove_label = (t().remove_placement)(&date);
                                view! {
                                    <li class="stage-step" class:is-relapse=p.stage == ChangeStage::Relapse data-stage=p.stage.index()>
                                        <span class="stage-dot" aria-hidden="true"></span>
                                        <div class="stage-body">
                                            <p class="stage-line">
                                                <span class="stage-date">{date}</span>" · "
                                                <strong>{t().stages[p.stage.index()]}</strong>
                                            </p>
                                            {(!ruler.is_empty()).then(|| view! { <p class="hint">{ruler}</p> })}
                                            {(!p.note.trim().is_empty()).then(|| view! { <p class="stage-note">{p.note.clone()}</p> })}
                                        </div>
                                        <button type="button" class="chip-remove" aria-label=remove_label
                                            on:click=move |_| edit(state, &pid.get_value(), |c| {
                                                c.remove_placement(id, i);
                                            })>
                                            <span aria-hidden="true">"×"</span>
                                        </button>
                                    </li>
                                }
                            }).collect_view()}
                        </ol>
                        {(relapses > 0).then(|| view! { <p class="hint">{(t().relapses)(relapses)}</p> })}
                    }.into_any()
                }}
            </section>

            <ThemeEditor active=active pid=pid chosen=chosen/>
        </Show>
    }
}

/// A select of the support plan's life domains (or none).
#[component]
fn DomainSelect(id: &'static str, value: Signal<Option<LifeDomain>>, on_change: Callback<Option<LifeDomain>>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || &i18n.t().worksheets().change;
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id>{move || t().domain_label}</label>
            <p class="hint" id=hint_id.clone()>{move || t().domain_hint}</p>
            <select autocomplete="off"
                id=id
                aria-describedby=hint_id
                prop:value=move || value.get().map(|d| d.slug()).unwrap_or("")
                on:change=move |ev| on_change.run(parse_domain(&event_target_value(&ev)))
            >
                <option value="">{move || t().domain_none}</option>
                {LifeDomain::ALL.into_iter().map(|d| view! {
                    <option value=d.slug()>{move || i18n.t().domains().name(d)}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// Renaming, re-linking and deleting the theme being looked at.
#[component]
fn ThemeEditor(active: Memo<Option<Theme>>, pid: StoredValue<ProfileId>, chosen: RwSignal<Option<u32>>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || &i18n.t().worksheets().change;
    let open = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let error = RwSignal::new(false);
    let id = move || active.with(|a| a.as_ref().map(|t| t.id));
    let title = move || active.with(|a| a.as_ref().map(|t| t.title.clone()).unwrap_or_default());
    let domain = Signal::derive(move || active.with(|a| a.as_ref().and_then(|t| t.domain)));
    view! {
        <section class="card sheet-step no-print theme-editor" aria-labelledby="cc-edit">
            <h2 id="cc-edit">
                <button type="button" class="good-toggle" aria-expanded=move || if open.get() { "true" } else { "false" }
                    aria-controls="cc-edit-panel" on:click=move |_| open.update(|o| *o = !*o)>
                    <span class="good-toggle-name">{move || t().edit_theme}</span>
                    <span class="chevron" aria-hidden="true">{move || if open.get() { "▴" } else { "▾" }}</span>
                </button>
            </h2>
            <div id="cc-edit-panel" hidden=move || !open.get()>
                <Show when=move || open.get()>
                    <div class="field">
                        <label for="cc-edit-title">{move || t().theme_label}</label>
                        <input
                            type="text"
                            id="cc-edit-title"
                            autocomplete="off"
                            maxlength=MAX_TITLE_CHARS
                            aria-describedby="cc-edit-err"
                            aria-invalid=move || error.get().then_some("true")
                            prop:value=title
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                if let Some(id) = id() {
                                    let mut ok = false;
                                    edit(state, &pid.get_value(), |c| ok = c.edit_theme(id, &v, domain.get_untracked()).is_ok());
                                    error.set(!ok);
                                }
                            }
                        />
                    </div>
                    <DomainSelect id="cc-edit-domain" value=domain on_change=Callback::new(move |d| {
                        if let Some(id) = id() {
                            let mut ok = false;
                            edit(state, &pid.get_value(), |c| ok = c.edit_theme(id, &title(), d).is_ok());
                            error.set(!ok);
                        }
                    })/>
                    <p class="error" id="cc-edit-err" role="alert" hidden=move || !error.get()>{move || t().nameless}</p>
                    <Show
                        when=move || confirming.get()
                        fallback=move || view! {
                            <button type="button" class="button danger" on:click=move |_| confirming.set(true)>{move || t().remove_theme}</button>
                        }
                    >
                        <div role="alertdialog" class="confirm" aria-labelledby="cc-remove-q">
                            <p id="cc-remove-q" class="confirm-question">{move || (t().remove_question)(&active.with(|a| a.as_ref().map(|t| theme_name(t, i18n)).unwrap_or_default()))}</p>
                            <div class="button-row">
                                <button type="button" class="button danger" on:click=move |_| {
                                    if let Some(id) = id() {
                                        edit(state, &pid.get_value(), |c| {
                                            c.remove_theme(id);
                                        });
                                    }
                                    chosen.set(None);
                                    confirming.set(false);
                                    open.set(false);
                                }>{move || t().remove_theme}</button>
                                <button type="button" class="button" on:click=move |_| confirming.set(false)>{move || i18n.t().common.cancel}</button>
                            </div>
                        </div>
                    </Show>
                </Show>
            </div>
        </section>
    }
}
