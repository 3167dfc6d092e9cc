use leptos::prelude::*;

use crate::domain::network::{Group, Status};
use crate::i18n::use_i18n;

/// How to read the network map: the rings, the contact line styles and the group colours.
/// The samples use the same classes as the map, so legend and map always match.
#[component]
pub fn NetworkLegend() -> impl IntoView {
    let i18n = use_i18n();
    let t = &i18n.t().worksheets().network;
    view! {
        <section class="drawing-legend" aria-labelledby="nm-legend-title">
            <h3 id="nm-legend-title">{t.legend_title}</h3>
            <p>{t.legend_rings}</p>
            <h4>{t.legend_status}</h4>
            <ul class="legend-list">
                {Status::ALL.into_iter().map(|s| view! {
                    <li>
                        <svg class="legend-sample" viewBox="0 0 80 40" width="48" height="24" aria-hidden="true">
                            <line class=format!("nm-spoke nm-s{}", s.index()) x1="0" y1="20" x2="56" y2="20"/>
                            <circle class=format!("nm-node nm-s{}", s.index()) cx="62" cy="20" r="14"/>
                        </svg>
                        <span>{t.statuses[s.index()]}</span>
                    </li>
                }).collect_view()}
            </ul>
            <h4>{t.legend_groups}</h4>
            <ul class="legend-list">
                {Group::ALL.into_iter().map(|g| view! {
                    <li>
                        <svg class="legend-sample" viewBox="0 0 40 40" width="24" height="24" aria-hidden="true">
                            <rect class=format!("nm-sector nm-g{}", g.index()) x="2" y="2" width="36" height="36" rx="6"/>
                        </svg>
                        <span>{t.groups[g.index()]}</span>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
