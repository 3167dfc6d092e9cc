use leptos::prelude::*;

/// A set of radio buttons drawn as large pills: one choice out of a few, by tap or keyboard
/// (arrow keys move between the options, as with any radio group).
///
/// Options are given as labels; the choice is an index into them, so one small widget serves
/// every enum on the worksheets.
#[component]
pub fn ChoiceGroup(
    /// The question, shown as the fieldset's legend.
    legend: &'static str,
    /// The labels of the options, in order.
    #[prop(into)]
    options: Vec<&'static str>,
    /// The index of the chosen option, if any.
    #[prop(into)]
    selected: Signal<Option<usize>>,
    /// Called with the index of the option that was picked.
    on_select: Callback<usize>,
    /// The radio group's name and id prefix (unique on the page).
    #[prop(into)]
    name: String,
    /// Optional hint under the legend.
    #[prop(optional)]
    hint: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let described = hint.is_some().then(|| hint_id.clone());
    let name = StoredValue::new(name);
    view! {
        <fieldset class="choice-pills" aria-describedby=described>
            <legend>{legend}</legend>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            <div class="choice-pills-list">
                {
                    options.into_iter().enumerate().map(|(i, label)| {
                        let id = name.with_value(|n| format!("{n}-{i}"));
                        let for_id = id.clone();
                        view! {
                            <label class="choice-pill" for=for_id>
                                <input autocomplete="off"
                                    type="radio"
                                    id=id
                                    name=name.get_value()
                                    prop:checked=move || selected.get() == Some(i)
                                    on:change=move |_| on_select.run(i)
                                />
                                <span>{label}</span>
                            </label>
                        }
                    }).collect_view()
                }
            </div>
        </fieldset>
    }
}
