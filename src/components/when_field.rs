use chrono::Datelike;
use leptos::prelude::*;

use crate::components::{choice_group::ChoiceGroup, date_field::DateField};
use crate::domain::lifeline::{parse_age, parse_year, When, WhenError};
use crate::i18n::use_i18n;

/// The kind of "when" being typed; kept apart from the stored value so switching kinds never
/// throws away what was there until something new makes sense.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Date,
    Year,
    Age,
    Unknown,
}

impl Kind {
    const ALL: [Kind; 4] = [Kind::Date, Kind::Year, Kind::Age, Kind::Unknown];
    fn of(w: When) -> Kind {
        match w {
            When::Date(_) => Kind::Date,
            When::Year(_) => Kind::Year,
            When::Age(_) => Kind::Age,
            When::Unknown => Kind::Unknown,
        }
    }
}

/// "When was it?": a date, a year or an age, or "I don't know".
///
/// Switching from a date to a year keeps the date's year; between a year and an age the birth
/// year converts when it is known. A typed year or age that makes no sense gets a plain message
/// and is not stored (what was typed stays in the field).
#[component]
pub fn WhenField(
    /// The stored value.
    #[prop(into)]
    value: Signal<When>,
    /// Called with a new value that makes sense.
    on_change: Callback<When>,
    /// The young person's birth year, if known (for converting between years and ages).
    #[prop(into)]
    birth_year: Signal<Option<i32>>,
    /// Prefix for the ids of the inputs (unique on the page).
    #[prop(into)]
    id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = &i18n.t().worksheets().lifeline;
    let kind = RwSignal::new(Kind::of(value.get_untracked()));
    let error = RwSignal::new(None::<(Kind, WhenError)>);

    let pick = Callback::new(move |i: usize| {
        let k = Kind::ALL[i];
        kind.set(k);
        error.set(None);
        let converted = match (value.get_untracked(), k, birth_year.get_untracked()) {
            (_, Kind::Unknown, _) => Some(When::Unknown),
            (When::Date(d), Kind::Year, _) => Some(When::Year(d.year())),
            (When::Date(d), Kind::Age, Some(b)) if d.year() >= b => u8::try_from(d.year() - b).ok().map(When::Age),
            (When::Year(y), Kind::Age, Some(b)) if y >= b => u8::try_from(y - b).ok().map(When::Age),
            (When::Age(a), Kind::Year, Some(b)) => Some(When::Year(b + a as i32)),
            _ => None,
        };
        if let Some(w) = converted {
            on_change.run(w);
        }
    });

    let year_id = format!("{id}-year");
    let age_id = format!("{id}-age");
    let date_id = format!("{id}-date");
    let err_id = format!("{id}-when-error");
    // While typing, a valid value is stored at once and an invalid one waits (typing "20" on the
    // way to "2012" is no mistake); leaving the field shows what is wrong.
    let typed = move |k: Kind, raw: String, finished: bool| {
        if raw.trim().is_empty() {
            error.set(None);
            return;
        }
        let parsed = match k {
            Kind::Year => parse_year(&raw).map(When::Year),
            _ => parse_age(&raw).map(When::Age),
        };
        match parsed {
            Ok(w) => {
                error.set(None);
                on_change.run(w);
            }
            Err(e) if finished => error.set(Some((k, e))),
            Err(_) => {}
        }
    };
    let error_text = move || match error.get() {
        Some((Kind::Year, WhenError::NotANumber)) => t.year_not_a_number,
        Some((Kind::Year, WhenError::OutOfRange)) => t.year_out_of_range,
        Some((_, WhenError::NotANumber)) => t.age_not_a_number,
        Some((_, WhenError::OutOfRange)) => t.age_out_of_range,
        None => "",
    };
    let err_id = StoredValue::new(err_id);
    let described = move || error.get().is_some().then(|| err_id.get_value());
    view! {
        <div class="when-field">
            <ChoiceGroup
                legend=t.when_legend
                options=t.when_kinds.to_vec()
                selected=Signal::derive(move || Some(Kind::ALL.iter().position(|k| *k == kind.get()).unwrap_or(3)))
                on_select=pick
                name=format!("{id}-kind")
            />
            // Only the chosen kind's input is built: an editor opens often and a switch is rare.
            <Show when=move || kind.get() == Kind::Date>
                <DateField
                    id=date_id.clone()
                    label=t.date_label
                    clearable=false
                    value=Signal::derive(move || match value.get() { When::Date(d) => Some(d), _ => None })
                    on_change=Callback::new(move |d: Option<chrono::NaiveDate>| {
                        if let Some(d) = d { on_change.run(When::Date(d)) }
                    })
                />
            </Show>
            <Show when=move || kind.get() == Kind::Year>
                <div class="field">
                    <label for=year_id.clone()>{t.year_label}</label>
                    <input
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        class="short-input"
                        id=year_id.clone()
                        prop:value=move || match value.get() { When::Year(y) => y.to_string(), _ => String::new() }
                        on:input=move |ev| typed(Kind::Year, event_target_value(&ev), false)
                        on:change=move |ev| typed(Kind::Year, event_target_value(&ev), true)
                        aria-invalid=move || error.get().is_some().then_some("true")
                        aria-describedby=described
                    />
                </div>
            </Show>
            <Show when=move || kind.get() == Kind::Age>
                <div class="field">
                    <label for=age_id.clone()>{t.age_label}</label>
                    <input
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        class="short-input"
                        id=age_id.clone()
                        prop:value=move || match value.get() { When::Age(a) => a.to_string(), _ => String::new() }
                        on:input=move |ev| typed(Kind::Age, event_target_value(&ev), false)
                        on:change=move |ev| typed(Kind::Age, event_target_value(&ev), true)
                        aria-invalid=move || error.get().is_some().then_some("true")
                        aria-describedby=described
                    />
                </div>
            </Show>
            <p class="error" id=err_id.get_value() role="alert" hidden=move || error.get().is_none()>{error_text}</p>
        </div>
    }
}
