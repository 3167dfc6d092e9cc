//! The .ics download: one young person's year or the whole caseload.

use chrono::{NaiveDate, NaiveDateTime};

use leptos::prelude::*;

use crate::domain::calendar::{initials, to_ics, trajectory_events, CalendarEvent, MIME};
use crate::domain::trajectory::Schedule;
use crate::domain::CaseFile;
use crate::i18n::{use_i18n, Texts};
use crate::pages::profiles::display_name;

use super::sources::done_facts;

/// The current moment in UTC, for `DTSTAMP`.
fn utc_now() -> NaiveDateTime {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_utc_full_year() as i32, now.get_utc_month() + 1, now.get_utc_date())
        .and_then(|d| d.and_hms_opt(now.get_utc_hours(), now.get_utc_minutes(), now.get_utc_seconds()))
        .unwrap_or_default()
}

/// The calendar events of one young person (nothing when there is no start date), named by
/// their initials, or by their first name or nickname when `full_name`.
pub fn case_events(case: &CaseFile, texts: &Texts, full_name: bool) -> Vec<CalendarEvent> {
    let Some(start) = case.profile.start_date else { return Vec::new() };
    let t = texts.trajectory();
    let schedule = Schedule::new(start, &case.trajectory, &done_facts(case));
    let who = if full_name { display_name(&case.profile, texts.common.no_name) } else { initials(&case.profile.name) };
    trajectory_events(
        case.profile.id.as_str(),
        &who,
        &schedule,
        case.trajectory.aftercare,
        |k| t.milestone(k).to_string(),
        |m| (t.aftercare_event)(t.contact_mode_in_sentence(m)),
    )
}

/// Builds the file and offers it as a download named `<kind>-<date>-<tag>.ics`.
pub fn download(kind: &str, events: &[CalendarEvent], texts: &Texts) -> Result<(), String> {
    let text = to_ics(events, utc_now(), texts.trajectory().calendar_name);
    crate::browser::download(&crate::browser::download_name(kind, "ics"), MIME, &text)
}

/// "Put the full name in the calendar" (off by default) with its one line why.
#[component]
pub fn FullNameChoice(full_name: RwSignal<bool>) -> impl IntoView {
    let t = use_i18n().t().trajectory();
    view! {
        <div class="field check-field">
            <input autocomplete="off" type="checkbox" id="tj-full-name" aria-describedby="tj-full-name-hint"
                prop:checked=move || full_name.get()
                on:change=move |ev| full_name.set(event_target_checked(&ev))/>
            <label for="tj-full-name">{t.calendar_full_name}</label>
        </div>
        <p class="hint" id="tj-full-name-hint">{t.calendar_full_name_hint}</p>
    }
}
