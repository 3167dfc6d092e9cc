//! The sealed file's bytes, and the parcel inside them.
//!
//! ```text
//! "BOTS"  version(1)  salt(16)  iv(12)  ciphertext with its 16-byte tag
//! ```
//!
//! Nothing outside the ciphertext says whom or when it is about: no name, no date, nothing
//! typed. The key comes from the code with PBKDF2-SHA-256, [`ITERATIONS`] rounds and the salt
//! (fixed per version, so a hostile file cannot ask for a billion rounds); AES-GCM-256 seals
//! the parcel's JSON. The encryption is WebCrypto (`storage::share`); this part is plain Rust.
//!
//! Inside: `{"format":1,"kind":{"type":"handover","from":"coach","case":{…}}}` or
//! `{"format":1,"kind":{"type":"backup","text":"…"}}`. A parcel format above
//! [`PARCEL_FORMAT`] comes from a newer app and is refused as such; the format goes up with
//! every change to the case file's schema.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::Side;
use crate::domain::{CaseFile, ProfileId};

pub const MAGIC: &[u8; 4] = b"BOTS";
/// The file layout this app writes and reads.
pub const FILE_VERSION: u8 = 1;
pub const SALT_LEN: usize = 16;
pub const IV_LEN: usize = 12;
pub const TAG_LEN: usize = 16;
/// PBKDF2 rounds for [`FILE_VERSION`] 1 (OWASP's figure for PBKDF2-HMAC-SHA256).
pub const ITERATIONS: u32 = 600_000;
const HEADER_LEN: usize = MAGIC.len() + 1 + SALT_LEN + IV_LEN;
/// The largest file read: a caseload with years of data is far smaller.
pub const MAX_FILE_BYTES: usize = 12 * 1024 * 1024;

/// A sealed file, taken apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedFile {
    pub salt: [u8; SALT_LEN],
    pub iv: [u8; IV_LEN],
    /// AES-GCM's output: the sealed parcel followed by its tag.
    pub ciphertext: Vec<u8>,
}

/// Why bytes are not a sealed file this app can open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Another kind of file (no magic at its start).
    NotOurFile,
    /// Ours, but cut off (a transfer that broke off).
    Truncated,
    /// Written by a newer app (a file layout this one does not know).
    TooNew { version: u8 },
    TooLarge { bytes: usize },
}

impl SealedFile {
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER_LEN + self.ciphertext.len());
        out.extend_from_slice(MAGIC);
        out.push(FILE_VERSION);
        out.extend_from_slice(&self.salt);
        out.extend_from_slice(&self.iv);
        out.extend_from_slice(&self.ciphertext);
        out
    }

    /// Takes bytes apart; never panics, whatever they are.
    pub fn parse(bytes: &[u8]) -> Result<SealedFile, FileError> {
        if bytes.len() > MAX_FILE_BYTES {
            return Err(FileError::TooLarge { bytes: bytes.len() });
        }
        let Some(rest) = bytes.strip_prefix(MAGIC.as_slice()) else {
            // A file cut off inside the magic itself is still recognisably ours.
            return Err(if !bytes.is_empty() && MAGIC.starts_with(bytes) { FileError::Truncated } else { FileError::NotOurFile });
        };
        let Some((&version, rest)) = rest.split_first() else { return Err(FileError::Truncated) };
        if version != FILE_VERSION {
            return Err(if version > FILE_VERSION { FileError::TooNew { version } } else { FileError::NotOurFile });
        }
        if rest.len() < SALT_LEN + IV_LEN + TAG_LEN {
            return Err(FileError::Truncated);
        }
        let (salt, rest) = rest.split_at(SALT_LEN);
        let (iv, ciphertext) = rest.split_at(IV_LEN);
        Ok(SealedFile {
            salt: salt.try_into().map_err(|_| FileError::Truncated)?,
            iv: iv.try_into().map_err(|_| FileError::Truncated)?,
            ciphertext: ciphertext.to_vec(),
        })
    }
}

/// `to_bytes` as a free function, as the UI reads it.
pub fn to_bytes(file: &SealedFile) -> Vec<u8> {
    file.to_bytes()
}

/// `SealedFile::parse` as a free function.
pub fn parse(bytes: &[u8]) -> Result<SealedFile, FileError> {
    SealedFile::parse(bytes)
}

/// The text of a plain (unsealed) file, such as a backup from before sealed files: UTF-8
/// (a byte-order mark allowed) that starts with `{`. The caller reads it the old way.
pub fn plain_text(bytes: &[u8]) -> Option<&str> {
    let text = std::str::from_utf8(bytes).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.trim_start().starts_with('{').then_some(text)
}

/// The parcel format this app writes and reads.
pub const PARCEL_FORMAT: u32 = 1;

/// What a sealed file holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Parcel {
    pub format: u32,
    pub kind: ParcelKind,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum ParcelKind {
    /// One young person's file going to the other phone (see [`super::for_young_person`] and
    /// [`super::for_coach`]).
    Handover { from: Side, case: CaseFile },
    /// A backup, as the backup page writes it (`storage::backup`): read with its parser.
    Backup { text: String },
}

/// Why the opened parcel is not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParcelError {
    /// Not the JSON of a parcel.
    NotOurs,
    /// From a newer app.
    TooNew { format: u32 },
    /// The young person's file inside does not read (or has an id this app never makes).
    BadCase,
}

impl Parcel {
    pub fn handover(from: Side, case: CaseFile) -> Parcel {
        Parcel { format: PARCEL_FORMAT, kind: ParcelKind::Handover { from, case } }
    }

    pub fn backup(text: String) -> Parcel {
        Parcel { format: PARCEL_FORMAT, kind: ParcelKind::Backup { text } }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("our data types always serialise")
    }

    /// Reads and checks an opened parcel; never panics. A case inside is kept to the forms'
    /// length limits and carries no merge base of the other phone.
    pub fn parse(bytes: &[u8]) -> Result<Parcel, ParcelError> {
        if bytes.len() > MAX_FILE_BYTES {
            return Err(ParcelError::NotOurs);
        }
        let value: Value = serde_json::from_slice(bytes).map_err(|_| ParcelError::NotOurs)?;
        let format = value.get("format").and_then(Value::as_u64).ok_or(ParcelError::NotOurs)?;
        if format > u64::from(PARCEL_FORMAT) {
            return Err(ParcelError::TooNew { format: u32::try_from(format).unwrap_or(u32::MAX) });
        }
        if format == 0 {
            return Err(ParcelError::NotOurs);
        }
        let kind = value.get("kind").ok_or(ParcelError::NotOurs)?;
        let is_handover = kind.get("type").and_then(Value::as_str) == Some("handover");
        let mut parcel: Parcel = serde_json::from_value(value).map_err(|_| if is_handover { ParcelError::BadCase } else { ParcelError::NotOurs })?;
        if let ParcelKind::Handover { case, .. } = &mut parcel.kind {
            if !ProfileId::is_valid(case.profile.id.as_str()) {
                return Err(ParcelError::BadCase);
            }
            case.exchanged = None;
            case.keep_to_limits();
        }
        Ok(parcel)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::demo::demo_case;
    use chrono::NaiveDate;
    use proptest::prelude::*;

    fn demo() -> CaseFile {
        demo_case(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(), true)
    }

    fn file() -> SealedFile {
        SealedFile { salt: [1; SALT_LEN], iv: [2; IV_LEN], ciphertext: (0..64).collect() }
    }

    #[test]
    fn a_sealed_file_round_trips_and_its_cut_offs_are_truncated() {
        let f = file();
        let bytes = f.to_bytes();
        assert_eq!(&bytes[..5], b"BOTS\x01");
        assert_eq!(SealedFile::parse(&bytes), Ok(f));
        for len in 1..HEADER_LEN + TAG_LEN {
            assert_eq!(SealedFile::parse(&bytes[..len]), Err(FileError::Truncated), "{len}");
        }
        assert_eq!(SealedFile::parse(b""), Err(FileError::NotOurFile));
        assert_eq!(SealedFile::parse(b"PK\x03\x04zip"), Err(FileError::NotOurFile));
        let mut newer = bytes.clone();
        newer[4] = 2;
        assert_eq!(SealedFile::parse(&newer), Err(FileError::TooNew { version: 2 }));
    }

    #[test]
    fn the_bytes_outside_the_ciphertext_say_nothing_about_the_young_person() {
        // The header is fixed-size and holds only magic, version, salt and iv; whatever the
        // ciphertext holds, a name typed by the user never appears outside it.
        let f = SealedFile { salt: [9; SALT_LEN], iv: [8; IV_LEN], ciphertext: vec![0xAB; 100] };
        let bytes = f.to_bytes();
        assert_eq!(bytes.len(), HEADER_LEN + 100);
        assert!(bytes[..HEADER_LEN].iter().all(|b| b"BOTS".contains(b) || [1, 9, 8].contains(b)));
    }

    #[test]
    fn a_plain_backup_is_recognised() {
        assert!(plain_text(b"\xef\xbb\xbf  {\"format\":\"back-on-track-backup\"}").is_some());
        assert!(plain_text(b"BOTS\x01").is_none());
        assert!(plain_text(b"\xff{").is_none());
    }

    #[test]
    fn a_parcel_round_trips_and_is_checked() {
        let mut case = demo();
        case.exchanged = Some(Box::new(case.clone()));
        let p = Parcel::handover(Side::Coach, case.clone());
        let back = Parcel::parse(p.to_json().as_bytes()).unwrap();
        case.exchanged = None;
        assert_eq!(back, Parcel::handover(Side::Coach, case), "the other phone's base is never taken");
        let b = Parcel::backup("{\"format\":\"back-on-track-backup\"}".into());
        assert_eq!(Parcel::parse(b.to_json().as_bytes()), Ok(b));

        assert_eq!(Parcel::parse(br#"{"format":2,"kind":{"type":"future"}}"#), Err(ParcelError::TooNew { format: 2 }));
        assert_eq!(Parcel::parse(br#"{"format":99999999999,"kind":{}}"#), Err(ParcelError::TooNew { format: u32::MAX }));
        for bad in [&b""[..], b"[]", b"{}", br#"{"format":0,"kind":{"type":"backup","text":""}}"#, br#"{"format":1,"kind":{"type":"x"}}"#, b"\xff\xfe"] {
            assert_eq!(Parcel::parse(bad), Err(ParcelError::NotOurs), "{}", String::from_utf8_lossy(bad));
        }
        let bad_id = br#"{"format":1,"kind":{"type":"handover","from":"coach","case":{"profile":{"id":"a/b"}}}}"#;
        assert_eq!(Parcel::parse(bad_id), Err(ParcelError::BadCase));
        let bad_case = br#"{"format":1,"kind":{"type":"handover","from":"coach","case":{"profile":3}}}"#;
        assert_eq!(Parcel::parse(bad_case), Err(ParcelError::BadCase));
    }

    proptest! {
        #[test]
        fn the_file_parser_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let _ = SealedFile::parse(&bytes);
            let mut ours = b"BOTS\x01".to_vec();
            ours.extend_from_slice(&bytes);
            if let Ok(f) = SealedFile::parse(&ours) {
                prop_assert_eq!(f.to_bytes(), ours);
            }
        }

        #[test]
        fn the_parcel_parser_never_panics_on_damaged_parcels(cut in 0usize..4000, flip in any::<(usize, u8)>()) {
            let json = Parcel::handover(Side::YoungPerson, demo()).to_json().into_bytes();
            let _ = Parcel::parse(&json[..cut.min(json.len())]);
            let mut damaged = json.clone();
            let at = flip.0 % damaged.len();
            damaged[at] ^= flip.1;
            let _ = Parcel::parse(&damaged);
        }
    }
}
