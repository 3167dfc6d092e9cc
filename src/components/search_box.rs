use leptos::prelude::*;

/// A labelled search field that reports every keystroke, with a button to clear it.
///
/// The value lives with the caller (`value` + `on_input`), so a page can keep it in the URL.
#[component]
pub fn SearchBox(
    /// Id of the input (unique on the page); the hint gets `<id>-hint`.
    #[prop(into)]
    id: String,
    /// Visible label.
    label: &'static str,
    /// A short example of what to type, shown under the label.
    hint: &'static str,
    /// Accessible name of the clear button.
    clear_label: &'static str,
    /// The current text.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every keystroke (and with "" when cleared).
    on_input: Callback<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let clear = move |_| {
        on_input.run(String::new());
        if let Some(input) = input_ref.get_untracked() {
            let _ = input.focus();
        }
    };
    view! {
        <div class="field search-box" role="search">
            <label for=id.clone()>{label}</label>
            <p class="hint" id=hint_id.clone()>{hint}</p>
            <div class="search-row">
                <input
                    node_ref=input_ref
                    id=id
                    type="search"
                    autocomplete="off"
                    autocapitalize="off"
                    spellcheck="false"
                    enterkeyhint="search"
                    maxlength="100"
                    aria-describedby=hint_id
                    prop:value=move || value.get()
                    on:input=move |ev| on_input.run(event_target_value(&ev))
                />
                <button
                    type="button"
                    class="search-clear"
                    aria-label=clear_label
                    hidden=move || value.with(|v| v.is_empty())
                    on:click=clear
                >
                    <span aria-hidden="true">"×"</span>
                </button>
            </div>
        </div>
    }
}
