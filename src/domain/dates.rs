//! Date helpers shared by the whole domain: parsing what people type and showing dates the
//! Belgian way (dd/mm/yyyy). Dates are calendar dates (`NaiveDate`): the browser layer turns
//! "now" into the local (Europe/Brussels) date, so nothing here depends on a clock.

use chrono::{Datelike, NaiveDate, TimeDelta};

/// Why a typed date was not accepted; shown to the user as a plain message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    Empty,
    /// Not in a shape we understand (dd/mm/yyyy or yyyy-mm-dd).
    Format,
    /// The shape is right but the day does not exist (31/02, 29/02 in a non-leap year).
    NoSuchDay,
    /// A year outside 1900–2100: almost surely a typing error.
    Implausible,
}

/// Parses `yyyy-mm-dd` (what `<input type="date">` gives) or `d/m/yyyy`, `d-m-yyyy`, `d.m.yyyy`.
pub fn parse_date(input: &str) -> Result<NaiveDate, DateError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(DateError::Empty);
    }
    let parts: Vec<&str> = s.split(['-', '/', '.']).collect();
    if parts.len() != 3 || parts.iter().any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit())) {
        return Err(DateError::Format);
    }
    let nums: Vec<u32> = parts
        .iter()
        .map(|p| p.parse::<u32>().map_err(|_| DateError::Format))
        .collect::<Result<_, _>>()?;
    let (y, m, d) = if parts[0].len() == 4 {
        (nums[0], nums[1], nums[2])
    } else if parts[2].len() == 4 {
        (nums[2], nums[1], nums[0])
    } else {
        return Err(DateError::Format);
    };
    if !(1900..=2100).contains(&y) {
        return Err(DateError::Implausible);
    }
    if m == 0 || m > 12 || d == 0 || d > 31 {
        return Err(DateError::Format);
    }
    NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(DateError::NoSuchDay)
}

/// `23/11/2026`: the Belgian numeric date format.
pub fn format_be(date: NaiveDate) -> String {
    format!("{:02}/{:02}/{}", date.day(), date.month(), date.year())
}

/// `2026-11-23`: the value an `<input type="date">` expects.
pub fn format_iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// `date` plus `days` (may be negative). Saturates at chrono's limits instead of panicking:
/// stored data is never trusted to be sensible.
pub fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    TimeDelta::try_days(days).and_then(|d| date.checked_add_signed(d)).unwrap_or(if days < 0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    })
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    to.signed_duration_since(from).num_days()
}

/// The number of days in `month` (1–12) of `year`.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    let (ny, nm) = if month >= 12 { (year + 1, 1) } else { (year, month + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1)
        .and_then(|first_of_next| first_of_next.pred_opt())
        .map(|last| last.day())
        .unwrap_or(28)
}

/// Calendar month arithmetic: the same day `months` later (or earlier, when negative). When that
/// month is shorter, the day is clamped to its last day: 31 January + 1 month = 28 February (29
/// in a leap year), 31 March − 1 month = 28/29 February. So `add_months(d, 1)` never skips a
/// month, which is what people mean by "in a month".
pub fn add_months(date: NaiveDate, months: i32) -> NaiveDate {
    let total = date.year() as i64 * 12 + date.month0() as i64 + months as i64;
    let year = total.div_euclid(12);
    let month = total.rem_euclid(12) as u32 + 1;
    let Ok(year) = i32::try_from(year) else {
        return if months < 0 { NaiveDate::MIN } else { NaiveDate::MAX };
    };
    let day = date.day().min(days_in_month(year, month));
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(if months < 0 { NaiveDate::MIN } else { NaiveDate::MAX })
}

/// A distance in days put the way people say it: days up to two weeks, then weeks up to two
/// months, then months (rounded down, so "in 3 weeks" is never later than it says).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relative {
    Today,
    Tomorrow,
    Yesterday,
    InDays(i64),
    DaysAgo(i64),
    InWeeks(i64),
    WeeksAgo(i64),
    InMonths(i64),
    MonthsAgo(i64),
}

/// How far `date` is from `today`.
pub fn relative(today: NaiveDate, date: NaiveDate) -> Relative {
    let n = days_between(today, date);
    let a = n.abs();
    match (n, a) {
        (0, _) => Relative::Today,
        (1, _) => Relative::Tomorrow,
        (-1, _) => Relative::Yesterday,
        (n, a) if a < 14 => if n > 0 { Relative::InDays(a) } else { Relative::DaysAgo(a) },
        (n, a) if a < 61 => if n > 0 { Relative::InWeeks(a / 7) } else { Relative::WeeksAgo(a / 7) },
        (n, a) => if n > 0 { Relative::InMonths(a / 30) } else { Relative::MonthsAgo(a / 30) },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn parses_iso_and_belgian_forms() {
        assert_eq!(parse_date("2026-11-23"), Ok(d(2026, 11, 23)));
        assert_eq!(parse_date("23/11/2026"), Ok(d(2026, 11, 23)));
        assert_eq!(parse_date(" 3.2.2025 "), Ok(d(2025, 2, 3)));
        assert_eq!(parse_date("3-2-2025"), Ok(d(2025, 2, 3)));
    }

    #[test]
    fn rejects_nonsense_with_a_reason() {
        assert_eq!(parse_date(""), Err(DateError::Empty));
        assert_eq!(parse_date("morgen"), Err(DateError::Format));
        assert_eq!(parse_date("12/12/26"), Err(DateError::Format));
        assert_eq!(parse_date("31/02/2026"), Err(DateError::NoSuchDay));
        assert_eq!(parse_date("29/02/2025"), Err(DateError::NoSuchDay));
        assert_eq!(parse_date("29/02/2024"), Ok(d(2024, 2, 29)));
        assert_eq!(parse_date("01/01/1850"), Err(DateError::Implausible));
        assert_eq!(parse_date("13/13/2026"), Err(DateError::Format));
    }

    #[test]
    fn months_clamp_to_the_last_day() {
        assert_eq!(add_months(d(2026, 1, 31), 1), d(2026, 2, 28));
        assert_eq!(add_months(d(2028, 1, 31), 1), d(2028, 2, 29));
        assert_eq!(add_months(d(2026, 3, 31), -1), d(2026, 2, 28));
        assert_eq!(add_months(d(2026, 8, 31), 3), d(2026, 11, 30));
        assert_eq!(add_months(d(2026, 11, 30), 3), d(2027, 2, 28));
        assert_eq!(add_months(d(2024, 2, 29), 12), d(2025, 2, 28));
        assert_eq!(add_months(d(2024, 2, 29), 48), d(2028, 2, 29));
        assert_eq!(add_months(d(2026, 12, 15), 1), d(2027, 1, 15));
        assert_eq!(add_months(d(2027, 1, 15), -1), d(2026, 12, 15));
        assert_eq!(add_months(d(2026, 5, 9), 0), d(2026, 5, 9));
        assert_eq!(add_months(NaiveDate::MAX, 1), NaiveDate::MAX);
        assert_eq!(add_months(NaiveDate::MIN, -1), NaiveDate::MIN);
    }

    #[test]
    fn days_and_month_lengths() {
        assert_eq!(add_days(d(2026, 12, 25), 7), d(2027, 1, 1));
        assert_eq!(add_days(d(2026, 3, 1), -1), d(2026, 2, 28));
        assert_eq!(add_days(NaiveDate::MAX, 1), NaiveDate::MAX);
        assert_eq!(days_between(d(2026, 1, 1), d(2027, 1, 1)), 365);
        assert_eq!(days_between(d(2027, 1, 1), d(2026, 1, 1)), -365);
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2100, 2), 28);
        assert_eq!(days_in_month(2026, 12), 31);
        assert_eq!(days_in_month(2026, 4), 30);
    }

    #[test]
    fn distances_the_way_people_say_them() {
        let t = d(2026, 6, 15);
        assert_eq!(relative(t, t), Relative::Today);
        assert_eq!(relative(t, d(2026, 6, 16)), Relative::Tomorrow);
        assert_eq!(relative(t, d(2026, 6, 14)), Relative::Yesterday);
        assert_eq!(relative(t, d(2026, 6, 28)), Relative::InDays(13));
        assert_eq!(relative(t, d(2026, 6, 29)), Relative::InWeeks(2));
        assert_eq!(relative(t, d(2026, 6, 2)), Relative::DaysAgo(13));
        assert_eq!(relative(t, d(2026, 8, 14)), Relative::InWeeks(8));
        assert_eq!(relative(t, d(2026, 8, 15)), Relative::InMonths(2));
        assert_eq!(relative(t, d(2025, 6, 15)), Relative::MonthsAgo(12));
    }

    #[test]
    fn formats_belgian_and_iso() {
        assert_eq!(format_be(d(2026, 3, 5)), "05/03/2026");
        assert_eq!(format_iso(d(2026, 3, 5)), "2026-03-05");
    }
}
