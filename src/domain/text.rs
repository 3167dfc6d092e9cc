//! Length limits on what people type, counted as the characters a reader sees.
//!
//! One rule for every field with a limit, in the forms and on import: a text is cut after
//! `max` user-perceived characters (extended grapheme clusters), so an emoji with a skin tone,
//! a family emoji, a flag or a letter with a combining accent counts as one character and is
//! never cut in half.

use unicode_segmentation::UnicodeSegmentation;

/// `s` cut after `max` user-perceived characters (all of `s` when it is shorter).
pub fn limit(s: &str, max: usize) -> &str {
    match s.grapheme_indices(true).nth(max) {
        Some((end, _)) => &s[..end],
        None => s,
    }
}

/// How many user-perceived characters `s` has.
pub fn count(s: &str) -> usize {
    s.graphemes(true).count()
}

/// Trims, collapses inner whitespace to one space and keeps at most `max` characters: the rule
/// for one-line names and titles.
pub fn clean_line(s: &str, max: usize) -> String {
    let collapsed = s.split_whitespace().collect::<Vec<_>>().join(" ");
    limit(&collapsed, max).trim_end().to_string()
}

/// Cuts `field` in place to at most `max` characters. True when something was cut.
pub fn clip(field: &mut String, max: usize) -> bool {
    let keep = limit(field, max).len();
    let cut = keep < field.len();
    field.truncate(keep);
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_texts_stay_as_they_are() {
        assert_eq!(limit("Sam", 40), "Sam");
        assert_eq!(limit("", 40), "");
        assert_eq!(limit("abc", 3), "abc");
        assert_eq!(limit("abcd", 3), "abc");
    }

    #[test]
    fn an_emoji_made_of_several_code_points_counts_as_one_and_is_never_cut_in_half() {
        // Family: man ZWJ woman ZWJ girl ZWJ boy (7 code points, 25 bytes).
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}";
        assert_eq!(count(family), 1);
        assert_eq!(limit(&family.repeat(3), 2), family.repeat(2));
        assert_eq!(limit(&format!("ab{family}"), 2), "ab");
        assert_eq!(limit(&format!("ab{family}"), 3), format!("ab{family}"));
        // Thumbs up with a skin tone.
        let thumb = "\u{1F44D}\u{1F3FD}";
        assert_eq!(limit(&format!("{thumb}{thumb}"), 1), thumb);
        // Rainbow flag (white flag, VS16, ZWJ, rainbow).
        let rainbow = "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}";
        assert_eq!(limit(&format!("x{rainbow}y"), 2), format!("x{rainbow}"));
    }

    #[test]
    fn a_flag_is_two_regional_indicators_and_stays_whole() {
        let belgium = "\u{1F1E7}\u{1F1EA}";
        let morocco = "\u{1F1F2}\u{1F1E6}";
        let both = format!("{belgium}{morocco}");
        assert_eq!(count(&both), 2);
        assert_eq!(limit(&both, 1), belgium);
    }

    #[test]
    fn a_letter_with_combining_accents_counts_as_one() {
        // "e" + combining acute, and "n" + combining tilde + combining dot below.
        let e = "e\u{301}";
        let n = "n\u{303}\u{323}";
        assert_eq!(count(&format!("{e}{n}")), 2);
        assert_eq!(limit(&format!("{e}{n}{e}"), 2), format!("{e}{n}"));
        assert_eq!(limit(&e.repeat(50), 40), e.repeat(40));
    }

    #[test]
    fn clean_line_trims_collapses_and_caps() {
        assert_eq!(clean_line("  Sam   de  Vries ", 40), "Sam de Vries");
        assert_eq!(clean_line("   ", 40), "");
        assert_eq!(count(&clean_line(&"a".repeat(100), 40)), 40);
        // A cut that ends on a space leaves no space at the end.
        assert_eq!(clean_line("abc def", 4), "abc");
    }

    #[test]
    fn clip_cuts_in_place_and_says_so() {
        let mut s = "x".repeat(1_000_000);
        assert!(clip(&mut s, 40));
        assert_eq!(s, "x".repeat(40));
        assert!(!clip(&mut s, 40));
        let mut flags = "\u{1F1E7}\u{1F1EA}".repeat(41);
        assert!(clip(&mut flags, 40));
        assert_eq!(count(&flags), 40);
    }
}
