//! What can go wrong with stored data, in terms the UI can explain to a person.

use serde::{Deserialize, Serialize};

/// Why a stored value could not be read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReadError {
    /// Not JSON at all (damaged, cut off).
    NotJson,
    /// JSON, but not one of our envelopes.
    NotOurs,
    /// Written by a newer version of the app than this one.
    NewerSchema { found: u32, known: u32 },
    /// Our envelope, but the data inside does not fit (a field missing or of the wrong type). The
    /// text says which migration step failed; it is empty when the data itself does not fit.
    BadData(String),
    /// Locked with a passcode and not unlocked yet.
    Locked,
}

/// Why a value could not be written. The data stays in memory either way.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WriteError {
    /// The browser's storage for this site is full.
    QuotaExceeded,
    /// Storage is switched off (some private modes) or not reachable.
    Unavailable,
    /// Another tab saved a newer version of this value first.
    Conflict { stored_rev: u64 },
    /// The key holds a value we could not read and could not put aside; we refuse to overwrite it.
    Protected,
    Other(String),
}

/// Something the user should be told about storage, once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// An unreadable value was moved aside to `quarantine_key`; the app goes on without it.
    Quarantined { key: String, quarantine_key: String, reason: ReadError },
    /// An unreadable value could not even be moved aside; it is left untouched and not overwritten.
    Untouched { key: String, reason: ReadError },
    /// Storage could not be opened at all: nothing will be kept after closing the app.
    NoStorage,
}
