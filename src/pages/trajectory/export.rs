//! The .ics download: one young person's year or the whole caseload.

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::calendar::{to_ics, trajectory_events, CalendarEvent, MIME};
use crate::domain::trajectory::Schedule;
use crate::domain::CaseFile;
use crate::i18n::Texts;
use crate::pages::profiles::display_name;

use super::sources::done_facts;

/// The current moment in UTC, for `DTSTAMP`.
fn utc_now() -> NaiveDateTime {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_utc_full_year() as i32, now.get_utc_month() + 1, now.get_utc_date())
        .and_then(|d| d.and_hms_opt(now.get_utc_hours(), now.get_utc_minutes(), now.get_utc_seconds()))
        .unwrap_or_default()
}

/// The calendar events of one young person (nothing when there is no start date).
pub fn case_events(case: &CaseFile, texts: &Texts) -> Vec<CalendarEvent> {
    let Some(start) = case.profile.start_date else { return Vec::new() };
    let t = texts.trajectory();
    let schedule = Schedule::new(start, &case.trajectory, &done_facts(case));
    let nickname = display_name(&case.profile, texts.common.no_name);
    trajectory_events(
        case.profile.id.as_str(),
        &nickname,
        &schedule,
        case.trajectory.aftercare,
        |k| t.milestone(k).to_string(),
        |m| (t.aftercare_event)(t.contact_mode_in_sentence(m)),
    )
}

/// A file name made of letters, digits and `-` only.
pub fn file_slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Builds the file and offers it as a download named `<base>.ics`.
pub fn download(base: &str, events: &[CalendarEvent], texts: &Texts) -> Result<(), String> {
    let text = to_ics(events, utc_now(), texts.trajectory().calendar_name);
    crate::browser::download(&format!("{base}.ics"), MIME, &text)
}

#[cfg(test)]
mod tests {
    use super::file_slug;

    #[test]
    fn file_names_are_plain() {
        assert_eq!(file_slug("Sam"), "sam");
        assert_eq!(file_slug("Zoë de Wit!"), "zo-de-wit");
        assert_eq!(file_slug("  --  "), "");
    }
}
