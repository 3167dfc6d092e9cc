//! The code that seals a file: 12 characters shown on the sending phone, typed on the other.
//!
//! 32 symbols, 5 bits each, so 12 characters carry 60 bits: the digits 2–9 and the capital
//! letters without I and O. Left out because they look alike: 0 and O (and Q/D next to them
//! stay unambiguous), 1 and I; L stays, as it is only ever shown as a capital, which looks
//! like neither. Shown in groups of four ("K7QM-3WXP-9HDT"). Typing is forgiving: case,
//! spaces, dashes and dots do not matter, and `1`, `I` and `i` are read as `L` (the one symbol
//! of that look-alike group the code can hold). `0` and `O` are refused with a clear error,
//! as they could be a D or a Q.

use std::fmt;

/// The code's symbols; the position is the 5-bit value.
pub const ALPHABET: &[u8; 32] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
/// Characters in a code.
pub const CODE_LEN: usize = 12;
/// Random bytes [`new_code`] takes (60 of their 64 bits are used).
pub const RANDOM_BYTES: usize = 8;

/// A code of [`CODE_LEN`] symbols from [`ALPHABET`].
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct ShareCode([u8; CODE_LEN]);

/// Why a typed code was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Fewer than 12 symbols (how many were typed).
    TooShort { typed: usize },
    /// More than 12 symbols.
    TooLong { typed: usize },
    /// A character the code never holds (`0`, `O`, a punctuation mark, ...).
    NotInCode(char),
}

/// A new code from `random` (the browser's cryptographic random generator).
pub fn new_code(random: [u8; RANDOM_BYTES]) -> ShareCode {
    let bits = u64::from_be_bytes(random) >> 4;
    let mut out = [0u8; CODE_LEN];
    for (i, c) in out.iter_mut().enumerate() {
        let shift = 5 * (CODE_LEN - 1 - i);
        *c = ALPHABET[((bits >> shift) & 31) as usize];
    }
    ShareCode(out)
}

impl ShareCode {
    /// Reads a typed code (see the module docs for what is forgiven).
    pub fn parse(typed: &str) -> Result<ShareCode, CodeError> {
        let mut out = [0u8; CODE_LEN];
        let mut n = 0;
        for ch in typed.chars() {
            if ch.is_whitespace() || matches!(ch, '-' | '–' | '_' | '.' | '·') {
                continue;
            }
            let c = match ch.to_ascii_uppercase() {
                '1' | 'I' => 'L',
                c => c,
            };
            if !c.is_ascii() || !ALPHABET.contains(&(c as u8)) {
                return Err(CodeError::NotInCode(ch));
            }
            if n < CODE_LEN {
                out[n] = c as u8;
            }
            n += 1;
        }
        match n {
            n if n < CODE_LEN => Err(CodeError::TooShort { typed: n }),
            n if n > CODE_LEN => Err(CodeError::TooLong { typed: n }),
            _ => Ok(ShareCode(out)),
        }
    }

    /// The 12 symbols without separators: what the key is derived from.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl fmt::Display for ShareCode {
    /// In groups of four: `K7QM-3WXP-9HDT`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, group) in self.0.chunks(4).enumerate() {
            if i > 0 {
                f.write_str("-")?;
            }
            f.write_str(std::str::from_utf8(group).unwrap_or_default())?;
        }
        Ok(())
    }
}

impl fmt::Debug for ShareCode {
    /// Never the code itself in a log.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ShareCode(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_alphabet_has_32_distinct_symbols_without_look_alikes() {
        let mut seen = ALPHABET.to_vec();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), 32);
        for c in b"01IO" {
            assert!(!ALPHABET.contains(c), "{}", *c as char);
        }
        assert!(32f64.powi(CODE_LEN as i32).log2() >= 60.0);
    }

    #[test]
    fn a_code_shows_in_groups_and_reads_back_however_it_is_typed() {
        let code = new_code([0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0]);
        let shown = code.to_string();
        assert_eq!(shown.len(), 14);
        assert_eq!(shown.matches('-').count(), 2);
        assert_eq!(ShareCode::parse(&shown), Ok(code.clone()));
        assert_eq!(ShareCode::parse(&shown.to_lowercase().replace('-', "  ")), Ok(code.clone()));
        assert_eq!(ShareCode::parse(&format!(" {} ", code.as_str())), Ok(code));
    }

    #[test]
    fn look_alikes_are_read_where_it_is_unambiguous() {
        assert_eq!(ShareCode::parse("1ABC-DEFG-HJKi").unwrap().as_str(), "LABCDEFGHJKL");
        assert_eq!(ShareCode::parse("0ABC-DEFG-HJKL"), Err(CodeError::NotInCode('0')));
        assert_eq!(ShareCode::parse("OABC-DEFG-HJKL"), Err(CodeError::NotInCode('O')));
        assert_eq!(ShareCode::parse("ABC-DEF"), Err(CodeError::TooShort { typed: 6 }));
        assert_eq!(ShareCode::parse("ABCD-EFGH-JKLM-N"), Err(CodeError::TooLong { typed: 13 }));
        assert_eq!(ShareCode::parse("ABCD-EFGH-JKL€"), Err(CodeError::NotInCode('€')));
    }

    #[test]
    fn every_bit_of_randomness_reaches_the_code() {
        // 60 bits: flipping any one of them changes the code.
        let zero = new_code([0; 8]);
        for bit in 0..60 {
            let mut r = [0u8; 8];
            r[bit / 8] |= 0x80 >> (bit % 8);
            assert_ne!(new_code(r), zero, "bit {bit}");
        }
        assert_eq!(format!("{zero:?}"), "ShareCode(…)");
    }
}
