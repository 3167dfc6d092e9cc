//! One young person: name, start date, the way to their plan and worksheets, and delete.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::components::{date_field::DateField, page_header::{NamedPageHeader, PageHeader}};
use crate::domain::{CaseFile, ProfileId};
use crate::i18n::{use_i18n, Texts};
use crate::pages::{profiles::display_name, worksheets::WORKSHEET_SLUGS};
use crate::state::use_app_state;

/// The id in the current route's `:id`.
pub fn route_profile_id() -> Memo<ProfileId> {
    let params = use_params_map();
    Memo::new(move |_| ProfileId(params.with(|p| p.get("id").unwrap_or_default())))
}

/// Renders `page` for the young person in the route, or says plainly that they are not here:
/// a header with `title` (and the way back to the list) and the message `missing`.
pub fn case_of_route<V: IntoView + 'static>(
    title: impl Fn(&'static Texts) -> &'static str + Copy + Send + Sync + 'static,
    missing: impl Fn(&'static Texts) -> &'static str + Copy + Send + Sync + 'static,
    page: impl Fn(ProfileId, ReadSignal<CaseFile>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let id = route_profile_id();
    move || match state.case(&id.get()) {
        None => view! {
            <PageHeader title=Signal::derive(move || title(i18n.t()).to_string()) back="/jongeren"/>
            <p class="empty">{move || missing(i18n.t())}</p>
        }
        .into_any(),
        Some(case) => page(id.get_untracked(), case).into_any(),
    }
}

#[component]
pub fn ProfilePage() -> impl IntoView {
    case_of_route(|t| t.profiles().title, |t| t.profiles().not_found, |_, case| view! { <ProfileView case=case/> })
}

#[component]
fn ProfileView(case: ReadSignal<crate::domain::CaseFile>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let navigate = use_navigate();
    let t = i18n.t();
    let id = case.with_untracked(|c| c.profile.id.clone());
    let name = Signal::derive(move || case.with(|c| display_name(&c.profile, t.common.no_name)));
    let confirming = RwSignal::new(false);

    let rename = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            state.update_case(&id, |c| c.profile.rename(&value));
        }
    };
    let set_start = {
        let id = id.clone();
        Callback::new(move |d| {
            state.update_case(&id, |c| c.profile.start_date = d);
        })
    };
    let delete = {
        let id = id.clone();
        move |_| {
            // Leave the page first: deleting disposes this view, and its handlers with it.
            navigate("/jongeren", Default::default());
            state.delete_case(&id);
        }
    };
    let base = format!("/jongeren/{id}");
    // The demo case (training) is never handed over or deleted like a person: it is reset.
    let demo = crate::domain::demo::is_demo(&id);

    view! {
        <NamedPageHeader title=t.profiles().profile_title.to_string() heading=name back="/jongeren"/>
        {(!demo).then(|| view! { <p class="hint">{t.profiles().kept_apart}</p> })}
        <nav class="card" aria-labelledby="sheets-heading">
            <h2 id="sheets-heading">{t.profiles().worksheets}</h2>
            <ul class="link-list">
                <li><A href=format!("{base}/plan")>{t.profiles().support_plan}</A></li>
                <li><A href=format!("{base}/traject")>{t.profiles().trajectory}</A></li>
                {WORKSHEET_SLUGS.iter().enumerate().map(|(i, slug)| view! {
                    <li><A href=format!("{base}/werkblad/{slug}")>{t.worksheets().names[i]}</A></li>
                }).collect_view()}
            </ul>
        </nav>
        <section class="card">
            <h2>{t.profiles().details}</h2>
            <div class="field">
                <label for="profile-name">{t.profiles().name_label}</label>
                <p class="hint" id="profile-name-hint">{t.profiles().name_hint}</p>
                <input
                    id="profile-name"
                    type="text"
                    autocomplete="off"
                    maxlength=crate::domain::profile::MAX_NAME_CHARS
                    aria-describedby="profile-name-hint"
                    prop:value=move || case.with(|c| c.profile.name.clone())
                    on:input=rename
                />
            </div>
            <DateField
                id="profile-start"
                label=t.profiles().start_label
                hint=t.profiles().start_hint
                value=Signal::derive(move || case.with(|c| c.profile.start_date))
                on_change=set_start
            />
        </section>
        {demo.then(|| view! { <crate::pages::course::DemoCard/> })}
        {(!demo).then(|| view! {
        <section class="card" aria-labelledby="handover-h">
            <h2 id="handover-h">{t.data().handover_title}</h2>
            <p>{t.data().handover_body}</p>
            <div class="button-row">
                // Sealed with a code, for "Mijn plan" on their own phone (pages::exchange).
                <a href=format!("{base}/meegeven") class="button primary">{t.data().handover_file}</a>
                <A href=format!("{base}/plan/afdruk") attr:class="button">{t.data().handover_print}</A>
            </div>
            <p class="hint">{t.data().handover_remove}": "{t.data().handover_remove_hint}</p>
        </section>
        <section class="card danger-zone">
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" class="button danger" on:click=move |_| confirming.set(true)>
                        {t.common.delete}
                    </button>
                }
            >
                <div role="alertdialog" aria-labelledby="delete-q" aria-describedby="delete-x" class="confirm">
                    <p id="delete-q" class="confirm-question">{move || (t.profiles().delete_question)(&name.get())}</p>
                    <p id="delete-x">{t.profiles().delete_explain}</p>
                    <div class="button-row">
                        <button type="button" class="button danger" autofocus on:click=delete.clone()>
                            {t.common.delete}
                        </button>
                        <button type="button" class="button" on:click=move |_| confirming.set(false)>
                            {t.common.cancel}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
        })}
    }
}
