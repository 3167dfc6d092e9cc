//! A small set of answers as big toggle buttons; tapping the chosen one again clears it.

use leptos::prelude::*;

/// A labelled group of buttons of which at most one is chosen (`aria-pressed`). Nothing is
/// forced: the group may stay unanswered, and tapping the chosen answer again clears it.
/// Buttons are not printed; paper gets "question: answer" (nothing when unanswered).
#[component]
pub fn ChoiceButtons(
    /// The question, shown as the group's legend.
    #[prop(into)]
    label: Signal<String>,
    /// The answers, in order; the value passed on is the index.
    #[prop(into)]
    options: Signal<Vec<String>>,
    /// The chosen index, if any.
    #[prop(into)]
    value: Signal<Option<usize>>,
    /// Called with the new index, or `None` when the choice is cleared.
    on_change: Callback<Option<usize>>,
    /// Extra class for the group (e.g. `ruler` for a compact 0–10 scale).
    #[prop(optional, into)]
    class: String,
    /// Show the legend only to screen readers (when a visible heading already says it).
    #[prop(optional)]
    hide_legend: bool,
) -> impl IntoView {
    let n = move || options.with(|o| o.len());
    view! {
        <fieldset class=format!("choice-buttons {class}") class:is-empty=move || value.get().is_none()>
            <legend class:visually-hidden=hide_legend>{move || label.get()}</legend>
            <div class="segmented">
                {move || (0..n()).map(|i| {
                    let pressed = move || value.get() == Some(i);
                    view! {
                        <button
                            type="button"
                            aria-pressed=move || if pressed() { "true" } else { "false" }
                            on:click=move |_| on_change.run(if pressed() { None } else { Some(i) })
                        >
                            {move || options.with(|o| o.get(i).cloned().unwrap_or_default())}
                        </button>
                    }
                }).collect_view()}
            </div>
            <p class="print-only choice-print">
                {move || value.get().and_then(|i| options.with(|o| o.get(i).cloned())).unwrap_or_default()}
            </p>
        </fieldset>
    }
}
