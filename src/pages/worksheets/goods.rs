use leptos::prelude::*;

use crate::components::{coming_soon::ComingSoon, page_header::PageHeader};
use crate::i18n::use_i18n;

#[component]
pub fn GoodLivesPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeader title=Signal::derive(move || i18n.t().worksheets.names[3].to_string()) back="/jongeren"/>
        <ComingSoon/>
    }
}
