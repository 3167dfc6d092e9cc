//! Calendar export: the milestones (and planned aftercare contacts) as an iCalendar file
//! (RFC 5545) that a phone's calendar can import.
//!
//! - Every event is an all-day event: `DTSTART;VALUE=DATE` and `DTEND;VALUE=DATE` the next day
//!   (the end is exclusive), so no time zone can shift it to another day.
//! - Each event has a stable `UID` (what + young person's id), so importing the file again
//!   updates the events instead of doubling them, and a `DTSTAMP` (the moment of export, UTC).
//! - Events carry the milestone's name and, by default, only the young person's initials
//!   ([`initials`]): a phone's calendar is usually copied to a cloud account. The full first name
//!   or nickname only when the coach asks for it; nothing else about the young person.
//! - Events are `TRANSP:TRANSPARENT`: a reminder does not block the coach's day.
//!
//! Written with the `ics` crate (no dependencies, ~11 KB gzip); text values are escaped with its
//! `escape_text`, and lines are folded at 75 octets by the crate.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use ics::components::Property;
use ics::parameters::Value;
use ics::properties::{CalScale, DtEnd, DtStart, Method, Summary, Transp};
use ics::{escape_text, Event, ICalendar};

use super::aftercare::{contacts, AftercareChoice, ContactMode};
use super::dates::add_days;
use super::trajectory::{MilestoneKind, Schedule};

pub const PRODID: &str = "-//vzw Sam//Back On Track toolkit//NL";
pub const MIME: &str = "text/calendar;charset=utf-8";

/// One all-day event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEvent {
    pub uid: String,
    pub date: NaiveDate,
    pub summary: String,
}

/// `20261123`
pub fn ics_date(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// `20261123T101500Z` (the moment must be in UTC).
pub fn ics_stamp(t: NaiveDateTime) -> String {
    format!("{}T{:02}{:02}{:02}Z", ics_date(t.date()), t.hour(), t.minute(), t.second())
}

/// A UID that stays the same for the same thing of the same young person.
pub fn uid(what: &str, profile_id: &str) -> String {
    format!("{what}.{profile_id}@back-on-track.toolkit")
}

/// The initials of `name`, uppercase with a dot each: "Sami" → "S.", "Anne-Marie de Wit" →
/// "A.M.D.W.". Each word (split at spaces and `-`) gives its first letter; a word without a
/// letter (an emoji, digits) gives nothing, so an emoji is never cut in half. Any script works:
/// "سامي" → "س.". Empty when no word has a letter.
pub fn initials(name: &str) -> String {
    let mut out = String::new();
    for word in name.split(|c: char| c.is_whitespace() || c == '-') {
        if let Some(first) = word.chars().find(|c| c.is_alphabetic()) {
            out.extend(first.to_uppercase());
            out.push('.');
        }
    }
    out
}

/// An event's title: what, then who (nothing when `who` is empty).
fn summary(what: String, who: &str) -> String {
    if who.is_empty() {
        what
    } else {
        format!("{what} · {who}")
    }
}

/// The events for one young person: milestones not done yet, and, when aftercare follows the
/// table, the planned contacts. `who` names the young person in each event ([`initials`] unless
/// the coach chose the full name; may be empty). `milestone` and `contact` give the names in the
/// user's language.
pub fn trajectory_events(
    profile_id: &str,
    who: &str,
    schedule: &Schedule,
    aftercare: AftercareChoice,
    milestone: impl Fn(MilestoneKind) -> String,
    contact: impl Fn(ContactMode) -> String,
) -> Vec<CalendarEvent> {
    let mut out: Vec<CalendarEvent> = schedule
        .milestones
        .iter()
        .filter(|m| m.done.is_none())
        .map(|m| CalendarEvent {
            uid: uid(m.kind.slug(), profile_id),
            date: m.date,
            summary: summary(milestone(m.kind), who),
        })
        .collect();
    if aftercare == AftercareChoice::Schedule {
        let mut counts = [0u32; 2];
        for c in contacts(schedule.end()) {
            let n = &mut counts[c.mode as usize];
            *n += 1;
            out.push(CalendarEvent {
                uid: uid(&format!("aftercare-{}-{n}", c.mode.slug()), profile_id),
                date: c.date,
                summary: summary(contact(c.mode), who),
            });
        }
    }
    out
}

/// The iCalendar text for `events`, stamped with `stamp` (UTC).
pub fn to_ics(events: &[CalendarEvent], stamp: NaiveDateTime, calendar_name: &str) -> String {
    let stamp = ics_stamp(stamp);
    let mut cal = ICalendar::new("2.0", PRODID);
    cal.push(CalScale::new("GREGORIAN"));
    cal.push(Method::new("PUBLISH"));
    cal.push(Property::new("X-WR-CALNAME", escape_text(calendar_name.to_string())));
    for e in events {
        let mut ev = Event::new(e.uid.clone(), stamp.clone());
        let mut start = DtStart::new(ics_date(e.date));
        start.add(Value::DATE);
        ev.push(start);
        let mut end = DtEnd::new(ics_date(add_days(e.date, 1)));
        end.add(Value::DATE);
        ev.push(end);
        ev.push(Summary::new(escape_text(e.summary.clone())));
        ev.push(Transp::transparent());
        cal.add_event(ev);
    }
    refold(&cal.to_string())
}

/// Folds every content line at 75 octets *including* the leading space of a continuation line
/// (RFC 5545 §3.1; the crate allows 76 there), never inside a UTF-8 character.
fn refold(text: &str) -> String {
    let unfolded = text.replace("\r\n ", "");
    let mut out = String::with_capacity(unfolded.len() + unfolded.len() / 64 * 3);
    for line in unfolded.split_terminator("\r\n") {
        let mut rest = line;
        let mut limit = 75;
        loop {
            if rest.len() <= limit {
                out.push_str(rest);
                out.push_str("\r\n");
                break;
            }
            let mut cut = limit;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            out.push_str(&rest[..cut]);
            out.push_str("\r\n ");
            rest = &rest[cut..];
            limit = 74;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::trajectory::{DoneFact, TrajectoryPlan};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// A small, strict reader for what we write: unfolds lines, checks CRLF, line length,
    /// nesting and the required properties, and returns the events as (properties) maps.
    mod reader {
        use std::collections::BTreeMap;

        pub type Props = BTreeMap<String, (String, String)>; // name -> (parameters, value)

        pub struct Parsed {
            pub calendar: Props,
            pub events: Vec<Props>,
        }

        pub fn parse(text: &str) -> Result<Parsed, String> {
            if !text.ends_with("\r\n") {
                return Err("the file must end with CRLF".into());
            }
            let body = &text[..text.len() - 2];
            let mut lines: Vec<String> = Vec::new();
            for raw in body.split("\r\n") {
                if raw.contains('\n') || raw.contains('\r') {
                    return Err(format!("bare line break in {raw:?}"));
                }
                if raw.len() > 75 {
                    return Err(format!("line longer than 75 octets: {raw:?}"));
                }
                if let Some(rest) = raw.strip_prefix(' ') {
                    lines.last_mut().ok_or("folded first line")?.push_str(rest);
                } else {
                    lines.push(raw.to_string());
                }
            }
            let mut stack: Vec<String> = Vec::new();
            let mut calendar = Props::new();
            let mut events = Vec::new();
            let mut current: Option<Props> = None;
            for line in lines {
                let (head, value) = split_unquoted(&line).ok_or(format!("no ':' in {line:?}"))?;
                let (name, params) = head.split_once(';').unwrap_or((head, ""));
                if name.is_empty() || !name.bytes().all(|b| b.is_ascii_uppercase() || b == b'-') {
                    return Err(format!("bad property name {name:?}"));
                }
                match name {
                    "BEGIN" => {
                        if value == "VEVENT" {
                            if stack.last().map(String::as_str) != Some("VCALENDAR") {
                                return Err("VEVENT outside VCALENDAR".into());
                            }
                            current = Some(Props::new());
                        } else if value != "VCALENDAR" || !stack.is_empty() {
                            return Err(format!("unexpected BEGIN:{value}"));
                        }
                        stack.push(value.to_string());
                    }
                    "END" => {
                        if stack.pop().as_deref() != Some(value) {
                            return Err(format!("END:{value} does not close the open component"));
                        }
                        if value == "VEVENT" {
                            events.push(current.take().ok_or("END:VEVENT without event")?);
                        }
                    }
                    _ => {
                        let target = match stack.last().map(String::as_str) {
                            Some("VEVENT") => current.as_mut().ok_or("no event")?,
                            Some("VCALENDAR") => &mut calendar,
                            _ => return Err(format!("property {name} outside a component")),
                        };
                        if target.insert(name.to_string(), (params.to_string(), value.to_string())).is_some() {
                            return Err(format!("{name} appears twice"));
                        }
                    }
                }
            }
            if !stack.is_empty() {
                return Err("unclosed component".into());
            }
            for required in ["VERSION", "PRODID"] {
                if !calendar.contains_key(required) {
                    return Err(format!("calendar without {required}"));
                }
            }
            for e in &events {
                for required in ["UID", "DTSTAMP", "DTSTART"] {
                    if !e.contains_key(required) {
                        return Err(format!("event without {required}"));
                    }
                }
            }
            Ok(Parsed { calendar, events })
        }

        fn split_unquoted(line: &str) -> Option<(&str, &str)> {
            let mut quoted = false;
            for (i, c) in line.char_indices() {
                match c {
                    '"' => quoted = !quoted,
                    ':' if !quoted => return Some((&line[..i], &line[i + 1..])),
                    _ => {}
                }
            }
            None
        }

        /// Undoes RFC 5545 TEXT escaping; refuses unescaped `,` `;` and unknown escapes.
        pub fn unescape(value: &str) -> Result<String, String> {
            let mut out = String::new();
            let mut chars = value.chars();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => match chars.next() {
                        Some('n') | Some('N') => out.push('\n'),
                        Some(c @ ('\\' | ';' | ',')) => out.push(c),
                        other => return Err(format!("bad escape \\{other:?}")),
                    },
                    ',' | ';' => return Err(format!("unescaped {c} in {value:?}")),
                    c => out.push(c),
                }
            }
            Ok(out)
        }
    }

    fn stamp() -> NaiveDateTime {
        d(2026, 6, 15).and_hms_opt(8, 30, 5).unwrap()
    }

    #[test]
    fn a_young_persons_year_reads_back() {
        let start = d(2026, 3, 2);
        let facts = [DoneFact { kind: MilestoneKind::SupportPlan, date: d(2026, 4, 10) }];
        let schedule = Schedule::new(start, &TrajectoryPlan::default(), &facts);
        let events = trajectory_events(
            "p-1",
            "Sam; \"de Snelle\", \\o/",
            &schedule,
            AftercareChoice::Schedule,
            |k| format!("Mijlpaal {}", k.slug()),
            |m| format!("Nazorg {}", m.slug()),
        );
        let text = to_ics(&events, stamp(), "Back On Track");
        let parsed = reader::parse(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        assert_eq!(parsed.calendar["VERSION"].1, "2.0");
        assert_eq!(parsed.calendar["PRODID"].1, PRODID);
        // The support plan is done: 4 milestones + 15 aftercare contacts.
        assert_eq!(parsed.events.len(), 4 + crate::domain::aftercare::contacts(schedule.end()).len());
        let first = &parsed.events[0];
        assert_eq!(first["UID"].1, "evaluation-1.p-1@back-on-track.toolkit");
        assert_eq!(first["DTSTAMP"].1, "20260615T083005Z");
        assert_eq!(first["DTSTART"], ("VALUE=DATE".into(), "20260710".into()));
        assert_eq!(first["DTEND"], ("VALUE=DATE".into(), "20260711".into()));
        assert_eq!(first["TRANSP"].1, "TRANSPARENT");
        assert_eq!(reader::unescape(&first["SUMMARY"].1).unwrap(), "Mijlpaal evaluation-1 · Sam; \"de Snelle\", \\o/");
        // Every UID is unique; every end is the day after the start (crossing the year too).
        let mut uids: Vec<&str> = parsed.events.iter().map(|e| e["UID"].1.as_str()).collect();
        uids.sort();
        uids.dedup();
        assert_eq!(uids.len(), parsed.events.len());
        for e in &parsed.events {
            let s = NaiveDate::parse_from_str(&e["DTSTART"].1, "%Y%m%d").unwrap();
            let end = NaiveDate::parse_from_str(&e["DTEND"].1, "%Y%m%d").unwrap();
            assert_eq!(end, add_days(s, 1));
            assert!(reader::unescape(&e["SUMMARY"].1).unwrap().ends_with("\\o/"));
        }
    }

    #[test]
    fn a_date_on_new_years_eve_ends_on_new_years_day() {
        let events = [CalendarEvent { uid: uid("closing", "p-2"), date: d(2026, 12, 31), summary: "Afronding · Noor".into() }];
        let parsed = reader::parse(&to_ics(&events, stamp(), "Back On Track")).unwrap();
        assert_eq!(parsed.events[0]["DTEND"].1, "20270101");
    }

    #[test]
    fn ad_hoc_aftercare_exports_only_milestones_and_long_names_fold() {
        let schedule = Schedule::new(d(2026, 3, 2), &TrajectoryPlan::default(), &[]);
        let long = "Ä".repeat(40);
        let events = trajectory_events("p-3", &long, &schedule, AftercareChoice::AdHoc, |_| "Evaluatie".into(), |_| "x".into());
        assert_eq!(events.len(), 5);
        let text = to_ics(&events, stamp(), "Back On Track");
        assert!(text.contains("\r\n "), "long summaries are folded");
        let parsed = reader::parse(&text).unwrap();
        assert_eq!(reader::unescape(&parsed.events[0]["SUMMARY"].1).unwrap(), format!("Evaluatie · {long}"));
    }

    #[test]
    fn initials_take_each_words_first_letter() {
        assert_eq!(initials("Sami"), "S.");
        assert_eq!(initials("sami amrani"), "S.A.");
        assert_eq!(initials("  Anne-Marie   de Wit "), "A.M.D.W.");
        assert_eq!(initials("Émile"), "É.");
        // A decomposed accent stays with nothing: the letter alone is enough.
        assert_eq!(initials("E\u{301}mile"), "E.");
        assert_eq!(initials("سامي"), "س.");
        assert_eq!(initials("Юлия Петрова"), "Ю.П.");
        assert_eq!(initials("李小龙"), "李.");
        assert_eq!(initials("ßabine"), "SS.");
    }

    #[test]
    fn initials_skip_what_is_not_a_letter() {
        assert_eq!(initials("🌟 Sam"), "S.");
        assert_eq!(initials("👩‍👧 Noor 2"), "N.");
        assert_eq!(initials("(Lina)"), "L.");
        assert_eq!(initials("🌟🌟"), "");
        assert_eq!(initials("007"), "");
        assert_eq!(initials(""), "");
    }

    #[test]
    fn without_a_name_an_event_is_the_milestone_alone() {
        let schedule = Schedule::new(d(2026, 3, 2), &TrajectoryPlan::default(), &[]);
        let named = trajectory_events("p-4", "S.A.", &schedule, AftercareChoice::Schedule, |_| "Evaluatie".into(), |_| "Bellen".into());
        assert!(named.iter().all(|e| e.summary.ends_with(" · S.A.")));
        let unnamed = trajectory_events("p-4", "", &schedule, AftercareChoice::Schedule, |_| "Evaluatie".into(), |_| "Bellen".into());
        assert!(unnamed.iter().all(|e| e.summary == "Evaluatie" || e.summary == "Bellen"));
        assert_eq!(named.len(), unnamed.len());
    }

    #[test]
    fn an_empty_calendar_is_still_valid() {
        let parsed = reader::parse(&to_ics(&[], stamp(), "Back On Track")).unwrap();
        assert!(parsed.events.is_empty());
    }

    #[test]
    fn the_reader_catches_what_it_should() {
        assert!(reader::parse("BEGIN:VCALENDAR\nEND:VCALENDAR\n").is_err());
        assert!(reader::parse("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n").is_err());
        assert!(reader::unescape("a,b").is_err());
        assert_eq!(reader::unescape("a\\,b\\nc").unwrap(), "a,b\nc");
    }
}
