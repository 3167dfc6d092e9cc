use leptos::prelude::*;

use crate::i18n::use_i18n;

/// The top of a page: a way back and the page title (the page's only `h1`).
///
/// `back` is the path the back link goes to; every screen has one, except the home screen.
#[component]
pub fn PageHeader(
    /// The page title; also the document title, so never a young person's name or anything
    /// typed (see [`NamedPageHeader`]).
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

/// The top of a young person's page whose heading names them ("Plan van Sam"): the document
/// title says only what kind of screen it is ("Ondersteuningsplan"), because the browser keeps
/// titles in its history, its address-bar suggestions and as the name of a printed PDF, out of
/// the passcode's reach.
///
/// A component of its own rather than an optional prop of [`PageHeader`]: only the young
/// people's screens use it, so it downloads with them, not with the first page.
#[component]
pub fn NamedPageHeader(
    /// What kind of screen this is: the document title.
    #[prop(into)]
    title: Signal<String>,
    /// The heading on screen.
    #[prop(into)]
    heading: Signal<String>,
    /// Where "back" leads.
    #[prop(into)]
    back: String,
) -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(move |_| {
        crate::browser::set_title(&format!("{} · Back On Track", title.get()));
    });
    view! {
        <header class="page-header">
            <a href=back class="back-link">
                <span aria-hidden="true">"‹ "</span>
                {i18n.t().common.back}
            </a>
            <h1>{move || heading.get()}</h1>
        </header>
    }
}
