//! A labelled text field (one line or several) that hands on every keystroke.

use leptos::prelude::*;

/// A text input or textarea with a visible label and an optional hint. Every keystroke is
/// passed to `on_input` as typed, so the page can save it at once; nothing is trimmed here.
/// On paper the label and the plain text are printed instead of the input box (which would
/// cut long text off), and an empty field is left out.
#[component]
pub fn NoteField(
    /// Unique id of the input on the page (the label points at it).
    #[prop(into)]
    id: String,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Optional hint under the label (none when empty).
    #[prop(optional, into)]
    hint: Signal<&'static str>,
    /// Current value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the whole text after each change.
    on_input: Callback<String>,
    /// Several lines (a textarea) instead of one.
    #[prop(optional)]
    multiline: bool,
    /// Longest text accepted.
    #[prop(default = 1000)]
    maxlength: usize,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let has_hint = move || !hint.get().is_empty();
    let described = {
        let hint_id = hint_id.clone();
        move || has_hint().then(|| hint_id.clone())
    };
    let handler = move |ev: leptos::ev::Event| on_input.run(event_target_value(&ev));
    view! {
        <div class="field note-field" class:is-empty=move || value.with(|v| v.trim().is_empty())>
            <label for=id.clone()>{move || label.get()}</label>
            <Show when=has_hint>
                <p class="hint no-print" id=hint_id.clone()>{move || hint.get()}</p>
            </Show>
            <p class="print-only note-print">{move || value.get()}</p>
            {if multiline {
                view! {
                    <textarea autocomplete="off" id=id.clone() rows="3" maxlength=maxlength aria-describedby=described.clone()
                        prop:value=move || value.get() on:input=handler></textarea>
                }.into_any()
            } else {
                view! {
                    <input type="text" id=id.clone() autocomplete="off" maxlength=maxlength aria-describedby=described.clone()
                        prop:value=move || value.get() on:input=handler/>
                }.into_any()
            }}
        </div>
    }
}
