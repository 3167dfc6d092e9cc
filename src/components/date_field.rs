use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::dates::{format_iso, parse_date, DateError};
use crate::i18n::use_i18n;

/// A date input that accepts what people type (23/11/2026 or the browser's date picker),
/// reports a date that makes no sense in plain words, and never loses what was typed.
///
/// `on_change` receives `Some(date)`, or `None` when the field is emptied. Invalid input is not
/// passed on: the stored value stays as it was and the message explains why.
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
) -> impl IntoView {
    let i18n = use_i18n();
    let error = RwSignal::new(None::<DateError>);
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
            if error.get().is_some() {
                ids.push(err_id.clone());
            }
            ids.join(" ")
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        let raw = event_target_value(&ev);
        if raw.trim().is_empty() {
            error.set(None);
            on_change.run(None);
            return;
        }
        match parse_date(&raw) {
            Ok(d) => {
                error.set(None);
                on_change.run(Some(d));
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{move || h.get()}</p> })}
            <input autocomplete="off"
                type="date"
                id=id.clone()
                prop:value=move || value.get().map(format_iso).unwrap_or_default()
                on:change=on_input
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=describedby
            />
            <p class="error" id=err_id.clone() role="alert" hidden=move || error.get().is_none()>
                {move || {
                    let c = &i18n.t().common;
                    match error.get() {
                        Some(DateError::Empty) => c.date_empty,
                        Some(DateError::Format) => c.date_format,
                        Some(DateError::NoSuchDay) => c.date_no_such_day,
                        Some(DateError::Implausible) => c.date_implausible,
                        None => "",
                    }
                }}
            </p>
        </div>
    }
}
