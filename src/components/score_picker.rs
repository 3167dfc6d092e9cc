//! A self-score from 0 to 10 as big tappable buttons, plus "no score now" and "not for me /
//! not now". Built on real radio buttons, so it works with a keyboard (arrow keys) and a screen
//! reader without extra code; the buttons are the radio labels.

use leptos::prelude::*;

use crate::domain::plan::reading::MAX_SCORE;
use crate::domain::plan::Score;
use crate::i18n::use_i18n;

/// Picks a [`Score`].
///
/// Usage:
/// ```ignore
/// view! { <ScorePicker id="wonen" legend=q value=score on_change=Callback::new(move |s| save(s))/> }
/// ```
#[component]
pub fn ScorePicker(
    /// Unique on the page: used as the radio group's name and for the ids.
    #[prop(into)]
    id: String,
    /// The question, read out as the group's name.
    #[prop(into)]
    legend: Signal<String>,
    /// The current answer.
    #[prop(into)]
    value: Signal<Score>,
    /// Called with the answer the user picks.
    on_change: Callback<Score>,
    /// Extra large buttons (the hand-over flow).
    #[prop(optional)]
    big: bool,
    /// Keep the legend for screen readers only, when a heading right above already asks it.
    #[prop(optional)]
    legend_hidden: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = &i18n.t().plan().score;
    let hint_id = format!("{id}-hint");
    let option = {
        let id = id.clone();
        move |score: Score, text: String, class: &'static str| {
            let key = match score {
                Score::Value(v) => v.to_string(),
                Score::Skipped => "skip".to_string(),
                Score::NotForMe => "nvt".to_string(),
            };
            let input_id = format!("{id}-{key}");
            view! {
                <span class=class>
                    <input autocomplete="off"
                        type="radio"
                        class="score-radio"
                        id=input_id.clone()
                        name=id.clone()
                        value=key
                        prop:checked=move || value.get() == score
                        on:change=move |_| on_change.run(score)
                    />
                    <label for=input_id>{text}</label>
                </span>
            }
        }
    };
    let numbers = (0..=MAX_SCORE)
        .map(|v| option(Score::Value(v), v.to_string(), "score-option score-number"))
        .collect_view();
    let skip = option(Score::Skipped, t.skip.to_string(), "score-option score-word");
    let nvt = option(Score::NotForMe, t.not_for_me.to_string(), "score-option score-word");
    view! {
        <fieldset class=if big { "score-picker big" } else { "score-picker" } aria-describedby=hint_id.clone()>
            <legend class=legend_hidden.then_some("visually-hidden")>{move || legend.get()}</legend>
            <p class="hint" id=hint_id.clone()>{t.scale_hint}</p>
            <div class="score-numbers">{numbers}</div>
            <div class="score-words">{skip}{nvt}</div>
        </fieldset>
    }
}
