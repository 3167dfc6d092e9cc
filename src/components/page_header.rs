use leptos::prelude::*;

use crate::i18n::use_i18n;

/// The top of a page: a way back and the page heading (the page's only `h1`).
///
/// `back` is the path the back link goes to; every screen has one, except the home screen.
#[component]
pub fn PageHeader(
    /// What kind of screen this is ("Ondersteuningsplan"); also the document title. Never a
    /// young person's name or anything typed: the browser keeps titles in its history, its
    /// address-bar suggestions and as the name of a printed PDF, out of the passcode's reach.
    #[prop(into)]
    title: Signal<String>,
    /// The heading on screen when it says more than `title` (whose plan it is). Shown only.
    #[prop(optional, into)]
    heading: Option<Signal<String>>,
    /// Where "back" leads.
    #[prop(optional, into)]
    back: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(move |_| {
        crate::browser::set_title(&format!("{} · Back On Track", title.get()));
    });
    let heading = heading.unwrap_or(title);
    view! {
        <header class="page-header">
            {back.map(|href| view! {
                <a href=href class="back-link">
                    <span aria-hidden="true">"‹ "</span>
                    {i18n.t().common.back}
                </a>
            })}
            <h1>{move || heading.get()}</h1>
        </header>
    }
}
