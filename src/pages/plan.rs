//! Pages of the support plan (issue 4).

use leptos::prelude::*;

use crate::components::{coming_soon::ComingSoon, page_header::PageHeader};
use crate::i18n::use_i18n;

#[component]
pub fn PlanPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeader title=Signal::derive(move || i18n.t().plan.title.to_string()) back="/"/>
        <ComingSoon/>
    }
}
