//! Pages of Methodieken (issue 3).

use leptos::prelude::*;

use crate::components::{coming_soon::ComingSoon, page_header::PageHeader};
use crate::i18n::use_i18n;

#[component]
pub fn CardsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeader title=Signal::derive(move || i18n.t().cards.title.to_string()) back="/"/>
        <ComingSoon/>
    }
}

#[component]
pub fn CardPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeader title=Signal::derive(move || i18n.t().cards.title.to_string()) back="/"/>
        <ComingSoon/>
    }
}
