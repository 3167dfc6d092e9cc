use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_i18n;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    // A young person's own phone opens on their plan (app::OpenApp changes the address before
    // the router starts); a link back home from elsewhere leads there in one tap.
    let my_plan = crate::state::use_app_state().prefs().with_untracked(|p| p.my_plan.is_some());
    Effect::new(move |_| crate::browser::set_title(i18n.t().home.title));
    let t = i18n.t();
    view! {
        <header class="page-header home-header">
            <h1>{t.home.title}</h1>
            <p class="lead">{t.home.intro}</p>
        </header>
        {my_plan.then(|| view! {
            <p><A href="/mijn-plan" attr:class="button primary big">{t.nav.my_plan}</A></p>
        })}
        <ul class="tiles">
            <li><A href="/methodieken" attr:class="tile">
                <span class="tile-title">{t.nav.cards}</span>
                <span class="tile-text">{t.home.cards_blurb}</span>
            </A></li>
            <li><A href="/jongeren" attr:class="tile">
                <span class="tile-title">{t.nav.young_people}</span>
                <span class="tile-text">{t.home.young_people_blurb}</span>
            </A></li>
            <li><A href="/traject" attr:class="tile">
                <span class="tile-title">{t.nav.trajectory}</span>
                <span class="tile-text">{t.home.trajectory_blurb}</span>
            </A></li>
            <li><A href="/meer" attr:class="tile">
                <span class="tile-title">{t.nav.more}</span>
                <span class="tile-text">{t.home.more_blurb}</span>
            </A></li>
        </ul>
        <crate::components::backup_age::BackupAgeLine age=crate::components::backup_age::backup_age(crate::state::use_app_state())/>
        <p class="privacy-line">{t.home.privacy_line}</p>
    }
}
