use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::dates::{format_be, format_iso, parse_date, DateError};
use crate::i18n::use_i18n;

/// A date input that accepts what people type (23/11/2026 or the browser's date picker),
/// reports a date that makes no sense in plain words, and never loses what was typed.
///
/// `on_change` receives `Some(date)`, or `None` when the field is emptied on purpose ("clear
/// date", or every part of the field emptied). Invalid input is not passed on: the stored value
/// stays as it was and the message explains why.
#[component]
pub fn DateField(
    /// Visible label.
    #[prop(into)]
    label: Signal<&'static str>,
    /// Current value.
    #[prop(into)]
    value: Signal<Option<NaiveDate>>,
    /// Called with the new value when the input makes sense.
    on_change: Callback<Option<NaiveDate>>,
    /// Optional hint under the label.
    #[prop(optional, into)]
    hint: Option<Signal<&'static str>>,
    /// Used for the input's id (unique on the page).
    #[prop(into)]
    id: String,
    /// Whether to offer "clear date" while a date is stored. Off where no date means something
    /// else than an empty field (a milestone's own date, a "when" with its "don't know").
    #[prop(default = true)]
    clearable: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = RwSignal::new(None::<DateError>);
    // What the browser's own date control reports when its value is empty but something is
    // typed in it (31/02, 29/02 of a non-leap year, a day or month left empty while correcting):
    // `validity.badInput`. The stored date stays (the one from before this edit, see
    // `before_edit`); the message says which.
    let bad_input = RwSignal::new(false);
    let hint_id = format!("{id}-hint");
    let err_id = format!("{id}-error");
    let describedby = {
        let hint_id = hint_id.clone();
        let err_id = err_id.clone();
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() || bad_input.get() {
                ids.push(err_id.clone());
            }
            ids.join(" ")
        }
    };
    let input_ref = NodeRef::<leptos::html::Input>::new();
    // The stored date when the field got the focus. Chromium passes on every part as it is
    // typed, so the way from 01/09 to 31/02 goes through 03/09 (a date, stored at once like any
    // edit) before 31/09 (no value): a date that ends up impossible puts this one back.
    let before_edit = StoredValue::new(value.get_untracked());
    // What the field is given to show. Held while the browser holds a half-typed or impossible
    // date: setting the field's value then would throw away what the person is typing.
    let shown = Memo::new(move |prev: Option<&String>| {
        let stored = value.with(|v| v.map(format_iso).unwrap_or_default());
        match prev {
            Some(prev) if bad_input.get() => prev.clone(),
            _ => stored,
        }
    });
    let on_input = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let raw = input.value();
        if raw.trim().is_empty() {
            error.set(None);
            if input.validity().bad_input() {
                bad_input.set(true);
                let before = before_edit.get_value();
                if value.get_untracked() != before {
                    on_change.run(before);
                }
                return;
            }
            // Every part of the field emptied (each one by hand, or a picker's own "clear"): the
            // person sees an empty field and meant it, so this is the same as "clear date". What
            // is only half typed never gets here (that is `badInput` above), so correcting one
            // part never erases the stored date.
            bad_input.set(false);
            on_change.run(None);
            return;
        }
        bad_input.set(false);
        match parse_date(&raw) {
            Ok(d) => {
                error.set(None);
                on_change.run(Some(d));
            }
            Err(e) => error.set(Some(e)),
        }
    };
    // "Clear date": the explicit way to empty a stored date, also where the browser's control
    // offers none (Chromium on a computer).
    let clear = move |_| {
        error.set(None);
        bad_input.set(false);
        on_change.run(None);
        if let Some(input) = input_ref.get_untracked() {
            // Also what is half typed: the field shows what is stored.
            input.set_value("");
            let _ = input.focus();
        }
    };
    let invalid = move || error.get().is_some() || bad_input.get();
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{move || h.get()}</p> })}
            <div class="date-row">
                <input autocomplete="off"
                    type="date"
                    id=id.clone()
                    node_ref=input_ref
                    prop:value=shown
                    on:focus=move |_| before_edit.set_value(value.get_untracked())
                    on:change=on_input
                    aria-invalid=move || invalid().then_some("true")
                    aria-describedby=describedby
                />
                <Show when=move || clearable && value.with(Option::is_some)>
                    <button type="button" class="button date-clear" on:click=clear>{i18n.t().date_field().clear}</button>
                </Show>
            </div>
            <p class="error" id=err_id.clone() role="alert" hidden=move || !invalid()>
                {move || {
                    let c = &i18n.t().common;
                    if bad_input.get() {
                        let d = i18n.t().date_field();
                        return match value.get() {
                            Some(kept) => format!("{} {}", d.bad_input, (d.kept)(&format_be(kept))),
                            None => d.bad_input.to_string(),
                        };
                    }
                    match error.get() {
                        Some(DateError::Empty) => c.date_empty,
                        Some(DateError::Format) => c.date_format,
                        Some(DateError::NoSuchDay) => c.date_no_such_day,
                        Some(DateError::Implausible) => c.date_implausible,
                        None => "",
                    }
                    .to_string()
                }}
            </p>
        </div>
    }
}

fn event_target(ev: &leptos::ev::Event) -> web_sys::HtmlInputElement {
    use wasm_bindgen::JsCast;
    ev.target().expect("a change event has a target").unchecked_into()
}
