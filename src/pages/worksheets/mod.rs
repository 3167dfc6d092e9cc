//! The six worksheets (issue 5), one module each, at `/jongeren/:id/werkblad/:slug`.
//! The slug is the same as the method card's slug.

pub mod baskets;
pub mod change;
pub mod goods;
pub mod lifeline;
pub mod network;
pub mod patterson;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::page_header::PageHeader;
use crate::domain::CaseFile;
use crate::i18n::use_i18n;
use crate::pages::{not_found::NotFoundPage, profile::route_profile_id};
use crate::state::use_app_state;

pub const WORKSHEET_SLUGS: [&str; 6] = [
    "levenslijn",
    "netwerkwandeling",
    "driemandenmethodiek",
    "good-lives-model",
    "cirkel-van-gedragsverandering",
    "patterson",
];

/// Picks the worksheet named in the route.
#[component]
pub fn WorksheetPage() -> impl IntoView {
    let params = use_params_map();
    move || match params.with(|p| p.get("slug").unwrap_or_default()).as_str() {
        "levenslijn" => view! { <lifeline::LifelinePage/> }.into_any(),
        "netwerkwandeling" => view! { <network::NetworkPage/> }.into_any(),
        "driemandenmethodiek" => view! { <baskets::BasketsPage/> }.into_any(),
        "good-lives-model" => view! { <goods::GoodLivesPage/> }.into_any(),
        "cirkel-van-gedragsverandering" => view! { <change::ChangeCyclePage/> }.into_any(),
        "patterson" => view! { <patterson::PattersonPage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// Worksheet number `index` (its place in `worksheets.names`) of the young person in the route,
/// or, when they are not on this device, a kind "not found" under the sheet's name with a way back.
fn sheet_of_route_case<V: IntoView + 'static>(
    index: usize,
    sheet: impl Fn(ReadSignal<CaseFile>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let id = route_profile_id();
    move || match state.case(&id.get()) {
        None => view! {
            <PageHeader title=i18n.t().worksheets().names[index].to_string() back="/jongeren"/>
            <p class="empty">{i18n.t().profiles().not_found}</p>
        }
        .into_any(),
        Some(case) => sheet(case).into_any(),
    }
}
