//! The young people on this device: list and create.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::components::{date_field::DateField, one_tap::one_submit, page_header::PageHeader};
use crate::domain::{dates::format_be, CaseFile, Profile, ProfileId};
use crate::i18n::use_i18n;
use crate::state::use_app_state;

#[component]
pub fn ProfilesPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = i18n.t();
    let name = RwSignal::new(String::new());
    let start = RwSignal::new(None::<NaiveDate>);
    let navigate = use_navigate();

    let create = one_submit(move || {
        let id = ProfileId(crate::browser::new_id("p"));
        let profile = Profile::new(id.clone(), &name.get_untracked(), start.get_untracked(), crate::browser::today());
        state.add_case(CaseFile::new(profile));
        name.set(String::new());
        start.set(None);
        navigate(&format!("/jongeren/{id}"), Default::default());
    });
    // Enter in a field sends the form. With no name typed that is a stray key, not a choice: it
    // adds nobody. A deliberate tap on "Toevoegen" still may (no field is mandatory).
    let add_button = NodeRef::<leptos::html::Button>::new();
    let stray_enter = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" && name.with_untracked(|n| n.trim().is_empty()) {
            let on_button = match (ev.target(), add_button.get_untracked()) {
                (Some(target), Some(button)) => AsRef::<wasm_bindgen::JsValue>::as_ref(&target) == AsRef::<wasm_bindgen::JsValue>::as_ref(&button),
                _ => false,
            };
            if !on_button {
                ev.prevent_default();
            }
        }
    };

    view! {
        <PageHeader title=t.profiles().title.to_string() back="/"/>
        <p class="lead">{t.profiles().intro}</p>
        <Show
            when=move || !state.cases().with(|c| c.is_empty())
            fallback=move || view! { <p class="empty">{t.profiles().empty}</p> }
        >
            <ul class="list" aria-label=t.profiles().list_label>
                <For
                    each=move || state.cases().get()
                    key=|c| c.with_untracked(|c| c.profile.id.clone())
                    children=move |case| {
                        let id = case.with_untracked(|c| c.profile.id.clone());
                        view! {
                            <li>
                                <A href=format!("/jongeren/{id}") attr:class="list-item">
                                    <span class="list-title">{move || case.with(|c| display_name(&c.profile, t.common.no_name))}</span>
                                    <span class="list-sub">{move || case.with(|c| start_line(&c.profile, crate::browser::today(), i18n))}</span>
                                </A>
                            </li>
                        }
                    }
                />
            </ul>
        </Show>
        <section class="card">
            <h2>{t.profiles().new_title}</h2>
            <form on:submit=create on:keydown=stray_enter>
                <div class="field">
                    <label for="new-name">{t.profiles().name_label}</label>
                    <p class="hint" id="new-name-hint">{t.profiles().name_hint}</p>
                    <input
                        id="new-name"
                        type="text"
                        autocomplete="off"
                        maxlength=crate::domain::profile::MAX_NAME_CHARS
                        aria-describedby="new-name-hint"
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                </div>
                <DateField
                    id="new-start"
                    label=t.profiles().start_label
                    hint=t.profiles().start_hint
                    value=start
                    on_change=Callback::new(move |d| start.set(d))
                />
                <button type="submit" class="button primary" node_ref=add_button>{t.profiles().add}</button>
            </form>
        </section>
        // A sealed file from a young person's phone (or a colleague's) comes in here.
        <p><a href="/ontvangen" class="button">{t.exchange().receive_title}</a></p>
    }
}

/// The name to show; a placeholder when the young person chose none.
pub fn display_name(p: &Profile, placeholder: &str) -> String {
    if p.name.is_empty() {
        placeholder.to_string()
    } else {
        p.name.clone()
    }
}

fn start_line(p: &Profile, today: NaiveDate, i18n: crate::i18n::I18n) -> String {
    let t = i18n.t().profiles();
    match p.start_date {
        None => t.no_start.to_string(),
        Some(d) if d > today => (t.starts_on)(&format_be(d)),
        Some(d) => (t.started_on)(&format_be(d)),
    }
}
