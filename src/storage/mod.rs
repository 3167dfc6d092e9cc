//! The one place that touches the browser's localStorage.
//!
//! - [`backend`]: the raw key/value store (localStorage in the browser, memory in native tests).
//! - [`envelope`]: the versioned envelope (`schema`, `rev`, `data`) and the migrations.
//! - [`repo`]: what the app stores (case files, preferences), quarantine of unreadable values,
//!   and the checks that keep two tabs from overwriting each other.
//! - [`pending`]: changes not on disk yet, kept until a refused write lands;
//!   [`merge`]: two tabs' versions of one file brought together field by field.
//! - [`crypto`], [`sealed`]: the optional passcode lock (WebCrypto; values encrypted at rest).
//! - [`share`]: sealed files between the coach's phone and the young person's (issue 25).

pub mod backend;
pub mod backup;
pub mod crypto;
pub mod envelope;
pub mod error;
pub mod merge;
pub mod pending;
pub mod repo;
pub mod sealed;
pub mod share;

pub use backend::{KeyValue, MemoryStore};
pub use envelope::CURRENT_SCHEMA;
pub use error::{ReadError, StorageProblem, WriteError};
pub use repo::Repo;
pub use sealed::SealedStore;

pub use backend::LocalStore;
