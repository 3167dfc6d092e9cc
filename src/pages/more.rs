use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::backup_age::{backup_age, BackupAgeLine};
use crate::components::install_offer::InstallOffer;
use crate::components::page_header::PageHeader;
use crate::i18n::{use_i18n, Lang};
use crate::pages::lock::LockSummary;
use crate::state::use_app_state;

/// Settings, language and about.
#[component]
pub fn MorePage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = i18n.t();
    let choose = move |lang: Lang| {
        i18n.set_lang(lang);
        state.update_prefs(|p| p.lang = Some(lang.code().to_string()));
    };
    view! {
        <PageHeader title=t.more().title.to_string()
            back=if state.prefs().with_untracked(|p| p.my_plan.is_some()) { "/mijn-plan" } else { "/" }/>
        <BackupAgeLine age=backup_age(state)/>
        <section class="card">
            <h2 id="lang-heading">{t.more().language}</h2>
            <div class="segmented" role="group" aria-labelledby="lang-heading">
                {Lang::ALL.into_iter().map(|lang| view! {
                    <button
                        type="button"
                        lang=lang.code()
                        aria-pressed=move || (i18n.lang() == lang).to_string()
                        on:click=move |_| choose(lang)
                    >{lang.endonym()}</button>
                }).collect_view()}
            </div>
            <p class="hint">{t.more().language_hint}</p>
        </section>
        <nav class="card" aria-label=t.data().title>
            <ul class="link-list">
                <li><A href="/meer/back-up">{t.data().more_backup_link}</A></li>
                <li><A href="/meer/privacy">{t.data().more_privacy_link}</A></li>
            </ul>
        </nav>
        <MyPlanMode/>
        <InstallOffer label=t.my_plan().install hint=t.my_plan().install_hint/>
        <nav class="card" aria-labelledby="training-h">
            <h2 id="training-h">{t.training().title}</h2>
            <ul class="link-list">
                <li><A href="/cursus">{t.training().open_course}</A></li>
            </ul>
        </nav>
        <LockSummary/>
        <section class="card">
            <h2>{t.more().about_title}</h2>
            <p>{t.more().about_body}</p>
            <p class="hint">{move || (t.more().version)(crate::storage::envelope::APP_VERSION)}</p>
        </section>
    }
}

/// "Mijn plan": make this phone the young person's own, or go back to the coach's view.
#[component]
fn MyPlanMode() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = i18n.t().my_plan();
    let on = Memo::new(move |_| state.prefs().with(|p| p.my_plan.is_some()));
    let left = RwSignal::new(false);
    view! {
        <section class="card" aria-labelledby="my-plan-mode-h">
            <h2 id="my-plan-mode-h">{t.mode_heading}</h2>
            <p class="hint">{t.mode_hint}</p>
            <Show when=move || on.get() fallback=move || view! {
                <A href="/mijn-plan" attr:class="button">{t.mode_open}</A>
                <Show when=move || left.get()><p role="status">{t.mode_left}</p></Show>
            }>
                <button type="button" class="button" on:click=move |_| {
                    state.update_prefs(|p| p.my_plan = None);
                    left.set(true);
                }>{t.mode_leave}</button>
            </Show>
        </section>
    }
}
