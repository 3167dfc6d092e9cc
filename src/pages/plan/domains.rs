//! Which life domains are on the web for this young person, and their own themes
//! ("wat ik zelf wil bespreken"). Switching off never deletes: the history stays.

use leptos::prelude::*;

use super::shared::{plan_base, with_case};
use crate::components::one_tap::one_submit;
use crate::components::page_header::PageHeader;
use crate::domain::plan::topic::{cap_text, MAX_THEME_CHARS};
use crate::domain::plan::TopicId;
use crate::domain::{CaseFile, LifeDomain, ProfileId};
use crate::i18n::use_i18n;
use crate::state::use_app_state;

#[component]
pub fn PlanDomainsPage() -> impl IntoView {
    with_case(|id, case| view! { <Domains id=id case=case/> })
}

#[component]
fn Domains(id: ProfileId, case: ReadSignal<CaseFile>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = i18n.t();
    let themes = Memo::new(move |_| case.with(|c| c.plan.own_themes.iter().map(|t| t.id).collect::<Vec<u32>>()));
    let new_name = RwSignal::new(String::new());
    let empty_error = RwSignal::new(false);

    let toggle = {
        let id = id.clone();
        move |topic: TopicId, on: bool| {
            state.update_case(&id, |c| c.plan.set_active(topic, on));
        }
    };
    let add = {
        let id = id.clone();
        one_submit(move || {
            let name = new_name.get_untracked();
            if name.trim().is_empty() {
                empty_error.set(true);
                return;
            }
            state.update_case(&id, |c| {
                c.plan.add_theme(&name);
            });
            new_name.set(String::new());
            empty_error.set(false);
        })
    };

    let domain_rows = LifeDomain::ALL
        .into_iter()
        .map(|d| {
            let topic = TopicId::Domain(d);
            let on = Memo::new(move |_| case.with(|c| c.plan.is_active(topic)));
            let kept = Memo::new(move |_| case.with(|c| !c.plan.is_active(topic) && c.plan.has_history(topic)));
            let toggle = toggle.clone();
            let cid = format!("domain-on-{}", d.slug());
            view! {
                <li class="toggle-row">
                    <input autocomplete="off"
                        type="checkbox"
                        id=cid.clone()
                        aria-describedby=format!("{cid}-hint")
                        prop:checked=move || on.get()
                        on:change=move |ev| toggle(topic, event_target_checked(&ev))
                    />
                    <div>
                        <label for=cid.clone()>{t.domains().name(d)}</label>
                        <p class="hint" id=format!("{cid}-hint")>
                            {t.domains().explain(d)}
                            {move || kept.get().then(|| format!(" {}", t.plan().domains.kept))}
                        </p>
                    </div>
                </li>
            }
        })
        .collect_view();

    view! {
        <PageHeader title=t.plan().domains.title.to_string() back=plan_base(&id)/>
        <p class="lead">{t.plan().domains.lead}</p>
        <section class="card" aria-labelledby="domains-heading">
            <h2 id="domains-heading">{t.plan().domains.domains_heading}</h2>
            <ul class="toggle-list">{domain_rows}</ul>
        </section>
        <section class="card" aria-labelledby="own-heading">
            <h2 id="own-heading">{t.plan().domains.own_heading}</h2>
            <p class="hint">{t.plan().domains.own_lead}</p>
            <Show when=move || themes.with(|t| !t.is_empty()) fallback=move || view! { <p class="hint">{t.plan().domains.own_none}</p> }>
                <ul class="theme-list">
                    <For
                        each=move || themes.get()
                        key=|n| *n
                        children={
                            let id = id.clone();
                            move |n| view! { <ThemeRow id=id.clone() case=case theme=n/> }
                        }
                    />
                </ul>
            </Show>
            <form class="add-theme" on:submit=add>
                <div class="field">
                    <label for="new-theme">{t.plan().domains.own_new}</label>
                    <input
                        type="text"
                        id="new-theme"
                        autocomplete="off"
                        maxlength=MAX_THEME_CHARS
                        aria-invalid=move || empty_error.get().then_some("true")
                        aria-describedby="new-theme-error"
                        prop:value=move || new_name.get()
                        on:input=move |ev| {
                            new_name.set(event_target_value(&ev));
                            empty_error.set(false);
                        }
                    />
                    <p class="error" id="new-theme-error" role="alert" hidden=move || !empty_error.get()>
                        {t.plan().domains.own_empty_name}
                    </p>
                </div>
                <button type="submit" class="button primary">
                    <span aria-hidden="true">"+ "</span>{t.plan().domains.own_add}
                </button>
            </form>
        </section>
    }
}

#[component]
fn ThemeRow(id: ProfileId, case: ReadSignal<CaseFile>, theme: u32) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = i18n.t();
    let topic = TopicId::Own(theme);
    let name = Memo::new(move |_| case.with(|c| c.plan.theme_name(theme).unwrap_or_default().to_string()));
    let on = Memo::new(move |_| case.with(|c| c.plan.is_active(topic)));
    let history = Memo::new(move |_| case.with(|c| c.plan.has_history(topic)));
    let name_id = format!("theme-name-{theme}");
    let on_id = format!("theme-on-{theme}");
    let (i1, i2, i3, i4) = (id.clone(), id.clone(), id.clone(), id);
    view! {
        <li class="card theme-row" data-theme=theme>
            <div class="field">
                <label for=name_id.clone()>{t.plan().domains.own_name}</label>
                <input
                    type="text"
                    id=name_id.clone()
                    autocomplete="off"
                    maxlength=MAX_THEME_CHARS
                    prop:value=move || name.get()
                    on:input=move |ev| {
                        // Kept as typed (spaces too) while typing; tidied when the field is left.
                        let v = cap_text(&event_target_value(&ev), MAX_THEME_CHARS);
                        state.update_case(&i1, |c| {
                            if let Some(x) = c.plan.own_themes.iter_mut().find(|x| x.id == theme) {
                                x.name = v;
                            }
                        });
                    }
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        state.update_case(&i2, |c| c.plan.rename_theme(theme, &v));
                    }
                />
            </div>
            <div class="field check">
                <input autocomplete="off"
                    type="checkbox"
                    id=on_id.clone()
                    prop:checked=move || on.get()
                    on:change=move |ev| {
                        let v = event_target_checked(&ev);
                        state.update_case(&i3, |c| c.plan.set_active(topic, v));
                    }
                />
                <label for=on_id.clone()>{t.plan().domains.own_on}</label>
            </div>
            <Show
                when=move || !history.get()
                fallback=move || view! { <p class="hint">{t.plan().domains.own_has_history}</p> }
            >
                <button
                    type="button"
                    class="button danger small"
                    on:click={
                        let id = i4.clone();
                        move |_| {
                            state.update_case(&id, |c| {
                                c.plan.remove_theme(theme);
                            });
                        }
                    }
                >
                    {move || (t.plan().domains.own_remove)(&if name.get().is_empty() { t.plan().own_theme_unnamed.to_string() } else { name.get() })}
                </button>
            </Show>
        </li>
    }
}
