use leptos::prelude::*;

use crate::i18n::use_i18n;

/// The top of a page: a way back and the page title (the page's only `h1`).
///
/// `back` is the path the back link goes to; every screen has one, except the home screen.
#[component]
pub fn PageHeader(
    /// The page title; also set as the document title.
    #[prop(into)]
    title: Signal<String>,
    /// Where "back" leads.
    #[prop(optional, into)]
    back: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(move |_| {
        crate::browser::set_title(&format!("{} · Back On Track", title.get()));
    });
    view! {
        <header class="page-header">
            {back.map(|href| view! {
                <a href=href class="back-link">
                    <span aria-hidden="true">"‹ "</span>
                    {i18n.t().common.back}
                </a>
            })}
            <h1>{move || title.get()}</h1>
        </header>
    }
}
