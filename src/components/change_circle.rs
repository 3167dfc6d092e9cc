//! The change cycle drawn as a ring of six stages (geometry from `domain::change`).

use leptos::prelude::*;

use crate::domain::change::{circle_segments, return_arrow, ChangeStage, CIRCLE_VIEW};
use crate::i18n::use_i18n;

/// The six stages of change on a circle; the current stage is highlighted.
///
/// Every segment is a button: tap or click it, or reach it with Tab and press Enter or Space.
/// The arrow keys move round the circle without choosing anything (choosing saves a placement,
/// so passing a stage must not place the young person there). Each button's name carries the
/// stage and what it means, and the caption describes the cycle, so the drawing has a full text
/// alternative. The viewBox is fixed: the drawing scales without shifting the layout.
#[component]
pub fn ChangeCircle(
    /// The stage to highlight (the theme's current stage), if any.
    #[prop(into)]
    current: Signal<Option<ChangeStage>>,
    /// Called with the stage that was tapped or chosen with Enter/Space.
    on_select: Callback<ChangeStage>,
    /// Accessible name of the circle, e.g. "Change cycle for smoking less".
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || &i18n.t().worksheets().change;
    let refs: [NodeRef<leptos::svg::G>; 6] = std::array::from_fn(|_| NodeRef::new());
    let focus = move |stage: ChangeStage| {
        if let Some(el) = refs[stage.index()].get() {
            let _ = el.focus();
        }
    };
    let (arrow_path, head) = return_arrow();
    let head = format!("{},{} {},{} {},{}", head[0].0, head[0].1, head[1].0, head[1].1, head[2].0, head[2].1);
    let view_box = format!("0 0 {CIRCLE_VIEW} {CIRCLE_VIEW}");

    let segments = circle_segments()
        .into_iter()
        .map(|seg| {
            let stage = seg.stage;
            let i = stage.index();
            let is_current = move || current.get() == Some(stage);
            let on_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
                "ArrowRight" | "ArrowDown" => {
                    ev.prevent_default();
                    focus(stage.clockwise());
                }
                "ArrowLeft" | "ArrowUp" => {
                    ev.prevent_default();
                    focus(stage.counter_clockwise());
                }
                "Home" => {
                    ev.prevent_default();
                    focus(ChangeStage::ALL[0]);
                }
                "End" => {
                    ev.prevent_default();
                    focus(ChangeStage::ALL[5]);
                }
                "Enter" | " " => {
                    ev.prevent_default();
                    on_select.run(stage);
                }
                _ => {}
            };
            view! {
                <g
                    node_ref=refs[i]
                    class="cc-seg"
                    class:is-current=is_current
                    class:is-relapse=stage == ChangeStage::Relapse
                    role="button"
                    tabindex="0"
                    data-stage=i
                    aria-pressed=move || if is_current() { "true" } else { "false" }
                    aria-label=move || format!("{}: {}", t().stages[i], t().stage_explain[i])
                    on:click=move |_| on_select.run(stage)
                    on:keydown=on_key
                >
                    <path d=seg.path.clone()/>
                    <text x=seg.label.0 y=seg.label.1 text-anchor="middle" dominant-baseline="central" aria-hidden="true">
                        {move || t().stages[i]}
                    </text>
                </g>
            }
        })
        .collect_view();

    view! {
        <figure class="change-circle">
            <div role="group" aria-label=move || label.get()>
                <svg viewBox=view_box class="cc-svg" focusable="false">
                    {segments}
                    <g class="cc-return" aria-hidden="true">
                        <path d=arrow_path fill="none"/>
                        <polygon points=head/>
                    </g>
                </svg>
            </div>
            <figcaption class="hint">{move || t().circle_caption}</figcaption>
        </figure>
    }
}
