use leptos::prelude::*;

use crate::domain::LifeDomain;
use crate::i18n::use_i18n;

/// Checkboxes for the life domains of the support plan ("what could this person help with?").
#[component]
pub fn DomainChecks(
    /// The question, shown as the fieldset's legend.
    legend: &'static str,
    /// Optional hint under the legend.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// The domains that are ticked.
    #[prop(into)]
    selected: Signal<Vec<LifeDomain>>,
    /// Called with a domain and whether it is now ticked.
    on_toggle: Callback<(LifeDomain, bool)>,
    /// Prefix for the checkbox ids (unique on the page).
    #[prop(into)]
    id: String,
) -> impl IntoView {
    let domains = &use_i18n().t().domains();
    let hint_id = format!("{id}-hint");
    let described = hint.is_some().then(|| hint_id.clone());
    view! {
        <fieldset class="domain-checks" aria-describedby=described>
            <legend>{legend}</legend>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            <div class="domain-checks-list">
                {LifeDomain::ALL.into_iter().map(|d| {
                    let box_id = format!("{id}-{}", d.slug());
                    let for_id = box_id.clone();
                    view! {
                        <label class="domain-check" for=for_id>
                            <input autocomplete="off"
                                type="checkbox"
                                id=box_id
                                prop:checked=move || selected.with(|s| s.contains(&d))
                                on:change=move |ev| on_toggle.run((d, event_target_checked(&ev)))
                            />
                            <span>{domains.name(d)}</span>
                        </label>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}
