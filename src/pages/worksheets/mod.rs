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

use crate::domain::CaseFile;
use crate::pages::{not_found::NotFoundPage, profile::case_of_route};

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
    case_of_route(move |t| t.worksheets().names[index], |t| t.profiles().not_found, move |_, case| sheet(case))
}
