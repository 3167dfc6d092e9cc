//! The versioned envelope around everything we store, and the migrations between versions.
//!
//! Stored text looks like `{"schema":1,"rev":7,"app":"0.1.0","data":{...}}`.
//! - `schema` says how `data` is shaped; older shapes are migrated step by step on read.
//! - `rev` counts saves of this key, so a tab can tell that another tab saved something newer.
//! - `app` is the app version that wrote it (for support; never used for decisions).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::error::ReadError;

/// One migration: turns the `data` of version N into the `data` of version N+1.
pub type Migration = fn(Value) -> Result<Value, String>;

/// `MIGRATIONS[i]` migrates schema `i + 1` to `i + 2`. Adding a step raises [`CURRENT_SCHEMA`]
/// and needs a fixture `tests/fixtures/schema-v{N}.json` of the old version (a test checks).
pub const MIGRATIONS: &[Migration] = &[];

/// The schema version this build writes.
pub const CURRENT_SCHEMA: u32 = MIGRATIONS.len() as u32 + 1;

pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Serialize)]
struct EnvelopeOut<'a, T: Serialize> {
    schema: u32,
    rev: u64,
    app: &'a str,
    data: &'a T,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    schema: u32,
    #[serde(default)]
    rev: u64,
    data: Value,
}

/// Only the header, to learn another tab's revision without building the data.
#[derive(Deserialize)]
struct Header {
    schema: u32,
    #[serde(default)]
    rev: u64,
}

/// Serialises `data` as revision `rev` in the current schema.
pub fn encode<T: Serialize>(data: &T, rev: u64) -> String {
    serde_json::to_string(&EnvelopeOut { schema: CURRENT_SCHEMA, rev, app: APP_VERSION, data })
        .expect("our data types always serialise")
}

/// Reads an envelope written by this or an older version, migrating it to the current schema.
pub fn decode<T: DeserializeOwned>(raw: &str) -> Result<(T, u64), ReadError> {
    let value: Value = serde_json::from_str(raw).map_err(|_| ReadError::NotJson)?;
    let env: EnvelopeIn = serde_json::from_value(value).map_err(|_| ReadError::NotOurs)?;
    let data = migrate(env.schema, env.data)?;
    // The library's wording is left out: no screen shows it (the notice says it in plain words),
    // and formatting it would put serde_json's error texts in the first download (about 2 KB).
    let typed = serde_json::from_value(data).map_err(|_| ReadError::BadData(String::new()))?;
    Ok((typed, env.rev))
}

/// The revision stored in `raw`, if it is one of our envelopes.
///
/// Every save checks the stored revision first, so this runs on each keystroke: the envelope we
/// write starts with `{"schema":N,"rev":M,`, and reading those two numbers from the front spares
/// parsing the whole (often tens of kilobytes) value. Anything else takes the full parse.
pub fn revision(raw: &str) -> Option<u64> {
    revision_from_prefix(raw)
        .or_else(|| serde_json::from_str::<Header>(raw).ok().filter(|h| h.schema >= 1).map(|h| h.rev))
}

fn revision_from_prefix(raw: &str) -> Option<u64> {
    fn number(s: &str) -> Option<(u64, &str)> {
        let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        if end == 0 || end > 19 {
            return None;
        }
        Some((s[..end].parse().ok()?, &s[end..]))
    }
    let (schema, rest) = number(raw.strip_prefix("{\"schema\":")?)?;
    let (rev, rest) = number(rest.strip_prefix(",\"rev\":")?)?;
    (schema >= 1 && rest.starts_with(',')).then_some(rev)
}

/// Runs the migration steps from `schema` up to [`CURRENT_SCHEMA`].
pub fn migrate(schema: u32, mut data: Value) -> Result<Value, ReadError> {
    if schema == 0 {
        return Err(ReadError::NotOurs);
    }
    if schema > CURRENT_SCHEMA {
        return Err(ReadError::NewerSchema { found: schema, known: CURRENT_SCHEMA });
    }
    for step in &MIGRATIONS[(schema - 1) as usize..] {
        data = step(data).map_err(ReadError::BadData)?;
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::CaseFile;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Thing {
        name: String,
    }

    #[test]
    fn round_trip_keeps_data_and_revision() {
        let raw = encode(&Thing { name: "Sam".into() }, 7);
        let (back, rev): (Thing, u64) = decode(&raw).unwrap();
        assert_eq!(back, Thing { name: "Sam".into() });
        assert_eq!(rev, 7);
        assert_eq!(revision(&raw), Some(7));
    }

    #[test]
    fn revision_reads_the_front_of_our_envelope_and_falls_back_for_other_shapes() {
        let big = Thing { name: "x".repeat(50_000) };
        assert_eq!(revision(&encode(&big, 123)), Some(123));
        // Written by hand or by another tool: other key order, spaces.
        assert_eq!(revision(r#"{"rev":4,"schema":1,"data":{}}"#), Some(4));
        assert_eq!(revision(r#"{ "schema": 1, "rev": 5, "data": {} }"#), Some(5));
        assert_eq!(revision(r#"{"schema":1,"data":{}}"#), Some(0));
        // Not ours.
        assert_eq!(revision(r#"{"schema":0,"rev":4,"data":{}}"#), None);
        assert_eq!(revision(r#"{"name":"x"}"#), None);
        assert_eq!(revision("{not json"), None);
        assert_eq!(revision(r#"{"schema":1,"rev":99999999999999999999999,"data":{}}"#), None);
    }

    #[test]
    fn tells_apart_what_is_wrong() {
        assert_eq!(decode::<Thing>("{not json").unwrap_err(), ReadError::NotJson);
        assert_eq!(decode::<Thing>("[1,2]").unwrap_err(), ReadError::NotOurs);
        assert_eq!(decode::<Thing>(r#"{"name":"x"}"#).unwrap_err(), ReadError::NotOurs);
        assert_eq!(
            decode::<Thing>(r#"{"schema":999,"rev":1,"data":{}}"#).unwrap_err(),
            ReadError::NewerSchema { found: 999, known: CURRENT_SCHEMA }
        );
        assert!(matches!(
            decode::<Thing>(r#"{"schema":1,"rev":1,"data":{"name":5}}"#).unwrap_err(),
            ReadError::BadData(_)
        ));
        assert_eq!(decode::<Thing>(r#"{"schema":0,"data":{}}"#).unwrap_err(), ReadError::NotOurs);
    }

    /// Every schema version the app has ever written must have a stored fixture that still loads
    /// into today's types. Adding a migration without its fixture makes this test fail.
    #[test]
    fn every_schema_version_has_a_fixture_that_loads() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        for version in 1..=CURRENT_SCHEMA {
            let path = format!("{dir}/schema-v{version}.json");
            let raw = std::fs::read_to_string(&path)
                .unwrap_or_else(|_| panic!("missing fixture {path} for schema version {version}"));
            let (case, _): (CaseFile, u64) =
                decode(&raw).unwrap_or_else(|e| panic!("fixture v{version} does not load: {e:?}"));
            assert!(!case.profile.id.as_str().is_empty());
        }
    }
}
