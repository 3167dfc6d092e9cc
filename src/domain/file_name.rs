//! Names of the files the app offers for download (backups, calendars).
//!
//! | rule | why |
//! |---|---|
//! | a fixed kind, the date and a short random tag: `back-on-track-2026-12-07-k3f9.json` | a Downloads list, a file manager and a cloud folder show file names to anyone who looks: no young person's name belongs there |
//! | the tag is 4 characters from `0-9a-z` | several files made on one day get different names instead of "(1)", "(2)" |
//! | only `a-z`, `0-9`, `-` and `.` | the same name on every phone and computer |

use chrono::NaiveDate;

use super::dates::format_iso;

/// Characters in a [`tag`].
pub const TAG_LEN: usize = 4;

/// How many different tags there are (36⁴): pass a random number below this to [`tag`].
pub const TAG_SPACE: u32 = 36 * 36 * 36 * 36;

/// A short tag from `n` (taken modulo [`TAG_SPACE`]): always [`TAG_LEN`] characters of `0-9a-z`.
pub fn tag(n: u32) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut n = n;
    (0..TAG_LEN)
        .map(|_| {
            let c = DIGITS[(n % 36) as usize] as char;
            n /= 36;
            c
        })
        .collect()
}

/// `<kind>-<date>-<tag>.<extension>`. `kind` and `extension` are the app's own words; anything
/// outside `a-z0-9-` in them is dropped all the same, so no typed text can slip in.
pub fn file_name(kind: &str, date: NaiveDate, tag: &str, extension: &str) -> String {
    let plain = |s: &str| -> String { s.chars().filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-').collect() };
    format!("{}-{}-{}.{}", plain(kind), format_iso(date), plain(tag), plain(extension))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
    }

    #[test]
    fn a_name_is_kind_date_tag_and_extension() {
        assert_eq!(file_name("back-on-track", day(), "k3f9", "json"), "back-on-track-2026-12-07-k3f9.json");
        assert_eq!(file_name("traject", day(), &tag(0), "ics"), "traject-2026-12-07-0000.ics");
    }

    #[test]
    fn tags_are_four_plain_characters_and_differ() {
        assert_eq!(tag(0), "0000");
        assert_eq!(tag(35), "z000");
        assert_eq!(tag(36), "0100");
        assert_eq!(tag(TAG_SPACE - 1), "zzzz");
        assert_eq!(tag(TAG_SPACE), tag(0));
        assert_eq!(tag(u32::MAX).len(), TAG_LEN);
        let tags: std::collections::HashSet<String> = (0..2000).map(|n| tag(n * 7919)).collect();
        assert_eq!(tags.len(), 2000);
        for n in [1, 1234, 99_999, 1_679_615, u32::MAX] {
            assert!(tag(n).bytes().all(|b| b.is_ascii_digit() || b.is_ascii_lowercase()));
        }
    }

    #[test]
    fn nothing_but_plain_characters_gets_in() {
        assert_eq!(file_name("Zoë's plan/..", day(), "a b", "ics"), "osplan-2026-12-07-ab.ics");
    }
}
