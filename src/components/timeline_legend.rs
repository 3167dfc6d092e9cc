use leptos::prelude::*;

use crate::i18n::use_i18n;

/// How to read the lifeline drawing: above and below the line, the open dot, the visit marks.
/// The samples use the drawing's own classes, so legend and drawing always match.
#[component]
pub fn TimelineLegend() -> impl IntoView {
    let i18n = use_i18n();
    let t = &i18n.t().worksheets().lifeline;
    let dot = |class: &'static str| view! {
        <svg class="legend-sample" viewBox="0 0 40 40" width="24" height="24" aria-hidden="true">
            <g class=class><circle class="tl-dot" cx="20" cy="20" r="14"/></g>
        </svg>
    };
    let mark = |class: &'static str, d: &'static str| view! {
        <svg class="legend-sample" viewBox="0 0 40 40" width="24" height="24" aria-hidden="true">
            <path class=class d=d/>
        </svg>
    };
    view! {
        <section class="drawing-legend" aria-labelledby="tl-legend-title">
            <h3 id="tl-legend-title">{t.legend_title}</h3>
            <ul class="legend-list">
                <li>{dot("tl-point tl-high")}<span>{t.legend_good}</span></li>
                <li>{dot("tl-point tl-low")}<span>{t.legend_hard}</span></li>
                <li>{dot("tl-point tl-none")}<span>{t.legend_none}</span></li>
                <li>{mark("tl-mark tl-mark-wish", "M8 36 L8 4 L34 13 L8 22 Z")}<span>{t.visit_states[1]}</span></li>
                <li>{mark("tl-mark tl-mark-planned", "M8 36 L8 4 L34 13 L8 22 Z")}<span>{t.visit_states[2]}</span></li>
                <li>{mark("tl-mark tl-mark-visited", "M6 20 L16 30 L34 8")}<span>{t.visit_states[3]}</span></li>
            </ul>
        </section>
    }
}
