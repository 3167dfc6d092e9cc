//! The three baskets worksheet (driemandenmethodiek): write every worry down, sort them into
//! three baskets, note who agreed on the first basket, and keep versions to compare later.

use leptos::prelude::*;

use crate::components::one_tap::one_submit;
use crate::components::{basket_board::BasketBoard, date_field::DateField, page_header::NamedPageHeader, worksheet_intro::WorksheetIntro};
use crate::domain::baskets::{Basket, ConcernChange, ThreeBaskets, MAX_CONCERN_CHARS, MAX_NAME_CHARS};
use crate::domain::dates::format_be;
use crate::domain::{CaseFile, ProfileId};
use crate::i18n::use_i18n;
use crate::pages::profiles::display_name;
use crate::state::{use_app_state, AppState};

const SLUG: &str = "driemandenmethodiek";

#[component]
pub fn BasketsPage() -> impl IntoView {
    super::sheet_of_route_case(2, |case| view! { <BasketsSheet case=case/> })
}

fn edit(state: AppState, id: &ProfileId, f: impl FnOnce(&mut ThreeBaskets)) {
    state.update_case(id, |c| f(&mut c.baskets));
}

#[component]
fn BasketsSheet(case: ReadSignal<CaseFile>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || &i18n.t().worksheets().baskets;
    let pid = StoredValue::new(case.with_untracked(|c| c.profile.id.clone()));
    let title = Signal::derive(move || {
        let name = case.with(|c| display_name(&c.profile, i18n.t().common.no_name));
        format!("{} · {name}", i18n.t().worksheets().names[2])
    });
    let back = format!("/jongeren/{}", pid.get_value());

    // ----- step 1: write every worry down -----
    let text = RwSignal::new(String::new());
    let raised = RwSignal::new(String::new());
    let place = RwSignal::new(None::<Basket>);
    let add_error = RwSignal::new(false);
    let added = RwSignal::new(String::new());
    let add = one_submit(move || {
        let typed = text.get_untracked();
        if typed.trim().is_empty() {
            add_error.set(true);
            return;
        }
        let mut result = None;
        edit(state, &pid.get_value(), |b| result = b.add(&typed, &raised.get_untracked(), place.get_untracked()).ok());
        if result.is_some() {
            add_error.set(false);
            added.set((t().added)(typed.trim()));
            text.set(String::new());
        }
    });
    let people = Memo::new(move |_| case.with(|c| c.baskets.people()));

    // ----- step 2: the board -----
    let concerns = Signal::derive(move || case.with(|c| c.baskets.concerns.clone()));
    let on_move = Callback::new(move |(id, to): (u32, Option<Basket>)| edit(state, &pid.get_value(), |b| {
        b.move_to(id, to);
    }));
    let on_text = Callback::new(move |(id, v): (u32, String)| edit(state, &pid.get_value(), |b| {
        let _ = b.set_text(id, &v);
    }));
    let on_raised_by = Callback::new(move |(id, v): (u32, String)| edit(state, &pid.get_value(), |b| b.set_raised_by(id, &v)));
    let on_remove = Callback::new(move |id: u32| edit(state, &pid.get_value(), |b| {
        b.remove(id);
    }));

    // ----- step 3: who agreed, and when -----
    let name = RwSignal::new(String::new());
    let name_error = RwSignal::new(false);
    let add_name = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = name.get_untracked();
        if typed.trim().is_empty() {
            name_error.set(true);
            return;
        }
        edit(state, &pid.get_value(), |b| {
            let _ = b.add_agreed(&typed);
        });
        name_error.set(false);
        name.set(String::new());
    };
    let agreed = Signal::derive(move || case.with(|c| c.baskets.agreed_by.clone()));
    let set_agreed_on = Callback::new(move |d| edit(state, &pid.get_value(), |b| b.agreed_on = d));

    // ----- step 4: versions -----
    let saved = RwSignal::new(String::new());
    let save = move |_| {
        let today = crate::browser::today();
        edit(state, &pid.get_value(), |b| b.save_version(today));
        saved.set((t().saved)(&format_be(today)));
    };
    let comparing = RwSignal::new(None::<usize>);
    let version_count = move || case.with(|c| c.baskets.versions.len());

    view! {
        <NamedPageHeader title=Signal::derive(move || i18n.t().worksheets().names[2].to_string()) heading=title back=back/>
        <WorksheetIntro
            intro=Signal::derive(move || t().intro)
            who_sees=Signal::derive(move || t().who_sees)
            card_link=Signal::derive(move || t().card_link)
            card_slug=SLUG
        />

        <section class="card sheet-step no-print" aria-labelledby="bk-s1">
            <h2 id="bk-s1">{move || t().step1_title}</h2>
            <p class="hint">{move || t().step1_hint}</p>
            <form on:submit=add novalidate>
                <div class="field">
                    <label for="bk-text">{move || t().concern_label}</label>
                    <p class="hint" id="bk-text-hint">{move || t().concern_hint}</p>
                    <input
                        type="text"
                        id="bk-text"
                        autocomplete="off"
                        maxlength=MAX_CONCERN_CHARS
                        aria-describedby="bk-text-hint bk-text-err"
                        aria-invalid=move || add_error.get().then_some("true")
                        prop:value=move || text.get()
                        on:input=move |ev| {
                            text.set(event_target_value(&ev));
                            add_error.set(false);
                        }
                    />
                    <p class="error" id="bk-text-err" role="alert" hidden=move || !add_error.get()>{move || t().empty_text}</p>
                </div>
                <div class="field">
                    <label for="bk-by">{move || t().raised_by_label}</label>
                    <p class="hint" id="bk-by-hint">{move || t().raised_by_hint}</p>
                    <input
                        type="text"
                        id="bk-by"
                        autocomplete="off"
                        list="bk-people"
                        maxlength=MAX_NAME_CHARS
                        aria-describedby="bk-by-hint"
                        prop:value=move || raised.get()
                        on:input=move |ev| raised.set(event_target_value(&ev))
                    />
                    <datalist id="bk-people">
                        {move || people.get().into_iter().map(|p| view! { <option value=p/> }).collect_view()}
                    </datalist>
                </div>
                <div class="field">
                    <label for="bk-place">{move || t().place_label}</label>
                    <select autocomplete="off"
                        id="bk-place"
                        prop:value=move || place.get().map(|b| b.number()).unwrap_or(0).to_string()
                        on:change=move |ev| {
                            place.set(match event_target_value(&ev).as_str() {
                                "1" => Some(Basket::One),
                                "2" => Some(Basket::Two),
                                "3" => Some(Basket::Three),
                                _ => None,
                            })
                        }
                    >
                        <option value="0">{move || t().pile_title}</option>
                        {Basket::ALL.into_iter().map(|b| view! {
                            <option value=b.number().to_string()>{move || t().basket_names[b.index()]}</option>
                        }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button primary">{move || t().add}</button>
                <p class="status" role="status">{move || added.get()}</p>
            </form>
        </section>

        <section class="card sheet-step" aria-labelledby="bk-s2">
            <h2 id="bk-s2">{move || t().step2_title}</h2>
            <p class="hint no-print">{move || t().step2_hint}</p>
            <BasketBoard concerns=concerns on_move=on_move on_text=on_text on_raised_by=on_raised_by on_remove=on_remove id="bk"/>
        </section>

        <section class="card sheet-step" aria-labelledby="bk-s3">
            <h2 id="bk-s3">{move || t().step3_title}</h2>
            <p class="hint">{move || t().step3_hint}</p>
            <h3 class="label-heading">{move || t().agreed_list}</h3>
            <Show
                when=move || !agreed.with(|a| a.is_empty())
                fallback=move || view! { <p class="basket-empty">{move || t().agreed_none}</p> }
            >
                <ul class="name-chips">
                    {move || agreed.get().into_iter().enumerate().map(|(i, n)| {
                        let label = (t().remove_name)(&n);
                        view! {
                            <li>
                                <span>{n}</span>
                                <button type="button" class="chip-remove" aria-label=label
                                    on:click=move |_| edit(state, &pid.get_value(), |b| b.remove_agreed(i))>
                                    <span aria-hidden="true">"×"</span>
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
            <form class="inline-form no-print" on:submit=add_name novalidate>
                <div class="field">
                    <label for="bk-agreed">{move || t().agreed_label}</label>
                    <input
                        type="text"
                        id="bk-agreed"
                        autocomplete="off"
                        list="bk-people"
                        maxlength=MAX_NAME_CHARS
                        aria-describedby="bk-agreed-err"
                        aria-invalid=move || name_error.get().then_some("true")
                        prop:value=move || name.get()
                        on:input=move |ev| {
                            name.set(event_target_value(&ev));
                            name_error.set(false);
                        }
                    />
                    <p class="error" id="bk-agreed-err" role="alert" hidden=move || !name_error.get()>{move || t().name_empty}</p>
                </div>
                <button type="submit" class="button">{move || t().add_agreed}</button>
            </form>
            <div class="no-print">
                <DateField
                    id="bk-agreed-on"
                    label=Signal::derive(move || t().agreed_on_label)
                    value=Signal::derive(move || case.with(|c| c.baskets.agreed_on))
                    on_change=set_agreed_on
                />
            </div>
            // The date input shows the browser's own format on paper; print ours instead.
            {move || case.with(|c| c.baskets.agreed_on).map(|d| view! {
                <p class="print-only"><strong>{t().agreed_on_label}</strong>" "{format_be(d)}</p>
            })}
        </section>

        <section class="card sheet-step" aria-labelledby="bk-s4">
            <h2 id="bk-s4">{move || t().step4_title}</h2>
            <p class="hint no-print">{move || t().step4_hint}</p>
            <button type="button" class="button primary" on:click=save>{move || t().save_version}</button>
            <p class="status no-print" role="status">{move || saved.get()}</p>
            <h3>{move || t().versions_title}</h3>
            <Show
                when=move || { version_count() > 0 }
                fallback=move || view! { <p class="basket-empty">{move || t().no_versions}</p> }
            >
                <ul class="version-list">
                    {move || (0..version_count()).rev().map(|i| view! {
                        <VersionItem case=case index=i comparing=comparing/>
                    }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}

/// One saved version: its date, what lay in each basket, who agreed, and a comparison with now.
#[component]
fn VersionItem(case: ReadSignal<CaseFile>, index: usize, comparing: RwSignal<Option<usize>>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || &i18n.t().worksheets().baskets;
    let version = move || case.with(|c| c.baskets.versions.get(index).cloned());
    let date = move || version().map(|v| format_be(v.date)).unwrap_or_default();
    let open = move || comparing.get() == Some(index);
    let panel = format!("bk-cmp-{index}");
    let basket_name = move |b: Option<Basket>| match b {
        Some(b) => t().basket_short[b.index()],
        None => t().pile_short,
    };
    view! {
        <li class="version">
            <p class="version-title">{move || (t().version_label)(&date())}</p>
            <p class="hint">
                {move || version().map(|v| {
                    let n = |b: Option<Basket>| v.concerns.iter().filter(|c| c.basket == b).count();
                    (t().version_summary)(n(Some(Basket::One)), n(Some(Basket::Two)), n(Some(Basket::Three)), n(None))
                })}
            </p>
            {move || version().filter(|v| !v.agreed_by.is_empty()).map(|v| {
                let mut names = v.agreed_by.join(", ");
                if let Some(d) = v.agreed_on {
                    names.push_str(&format!(" ({})", format_be(d)));
                }
                view! { <p class="hint">{(t().version_agreed)(&names)}</p> }
            })}
            <button
                type="button"
                class="button"
                aria-expanded=move || if open() { "true" } else { "false" }
                aria-controls=panel.clone()
                on:click=move |_| comparing.set(if open() { None } else { Some(index) })
            >
                {move || if open() { t().hide_compare } else { t().compare }}
            </button>
            <div id=panel class="comparison" hidden=move || !open()>
                <Show when=open>
                    <h4>{move || (t().compare_title)(&date())}</h4>
                    {move || case.with(|c| c.baskets.compare_with_now(index)).map(|cmp| {
                        let unchanged = cmp.unchanged;
                        let empty = cmp.changes.is_empty();
                        view! {
                            <ul class="change-list">
                                {cmp.changes.into_iter().map(|ch| {
                                    let (class, line) = match ch {
                                        ConcernChange::Moved { concern, from, to } => (
                                            "moved",
                                            (t().moved_from_to)(concern.text.trim(), basket_name(from), basket_name(to)),
                                        ),
                                        ConcernChange::Added(c) => ("added", (t().added_since)(c.text.trim())),
                                        ConcernChange::Removed(c) => ("removed", (t().removed_since)(c.text.trim())),
                                    };
                                    view! { <li class=class>{line}</li> }
                                }).collect_view()}
                            </ul>
                            <p class="hint">{if empty { t().nothing_changed.to_string() } else { (t().unchanged)(unchanged) }}</p>
                        }
                    })}
                </Show>
            </div>
        </li>
    }
}
