use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::page_header::PageHeader;
use crate::i18n::use_i18n;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeader title=i18n.t().common.not_found_title.to_string() back="/"/>
        <p>{i18n.t().common.not_found_body}</p>
        <p><A href="/" attr:class="button">{i18n.t().common.to_home}</A></p>
    }
}
