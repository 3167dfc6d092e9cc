use leptos::prelude::*;

use crate::i18n::use_i18n;

/// An honest placeholder for a part that is not built yet.
#[component]
pub fn ComingSoon() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card coming-soon" aria-live="polite">
            <h2>{i18n.t().common.coming_soon_title}</h2>
            <p>{i18n.t().common.coming_soon_body}</p>
        </section>
    }
}
