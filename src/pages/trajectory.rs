//! Pages of the trajectory (issue 6).

use leptos::prelude::*;

use crate::components::{coming_soon::ComingSoon, page_header::PageHeader};
use crate::i18n::use_i18n;

#[component]
pub fn TodayPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeader title=Signal::derive(move || i18n.t().trajectory.title.to_string()) back="/"/>
        <ComingSoon/>
    }
}

#[component]
pub fn ProfileTrajectoryPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeader title=Signal::derive(move || i18n.t().trajectory.title.to_string()) back="/"/>
        <ComingSoon/>
    }
}
