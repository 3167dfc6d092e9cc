//! The passcode lock's store: every value of ours encrypted at rest, the app unchanged above it.
//!
//! [`SealedStore`] implements the same synchronous [`KeyValue`] trait as `LocalStore`, so
//! [`super::Repo`] and `AppState` work exactly as without a passcode. It has two modes:
//!
//! - **plain** (no passcode, the default): every call goes straight to the disk store;
//! - **sealed**: the app reads and writes an in-memory map of decrypted texts. A write updates
//!   the map at once and is sealed (AES-GCM, fresh IV) and written to disk a moment later; a
//!   failed write (a full disk) is reported through [`SealedStore::on_write`], and the edit stays
//!   in memory, just as a failed plain write does.
//!
//! What is sealed: every key starting with `bot.` except `bot.lock` (the lock's own metadata:
//! salt, iteration count and the wrapped data key — nothing personal). That covers `bot.prefs`,
//! every `bot.case.*` and the quarantined copies `bot.quarantine.*`, which can hold a young
//! person's name too. A quarantined value is moved aside by copying its *stored* form, so its
//! bytes are kept exactly as they were.
//!
//! Safety rules:
//! - a wrong passcode reads nothing and writes nothing;
//! - a write never goes to disk after a newer one for the same key (a sequence number per key),
//!   nor after the lock was switched on or off in between (a generation counter);
//! - a value another tab wrote that we have not read yet is never overwritten (the text we last
//!   saw on disk is kept per key; a difference means "conflict", as in the plain store);
//! - switching on seals the values one by one and puts everything back if one cannot be
//!   written; changing the passcode re-wraps the data key in a single write; switching off
//!   writes every value back in plain form before the metadata goes.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use web_sys::CryptoKey;

use super::backend::KeyValue;
use super::crypto::{self, base64_decode, base64_encode, looks_sealed, CryptoError, Sealed, SALT_LEN};
use super::envelope::revision;
use super::error::WriteError;
use super::repo::quarantine_origin;

/// Where the lock's metadata lives. Its presence means "a passcode is set".
pub const LOCK_KEY: &str = "bot.lock";
/// PBKDF2-SHA-256 rounds for a new or changed passcode (OWASP's 2023 advice for SHA-256).
pub const PBKDF2_ITERATIONS: u32 = 600_000;
pub const KDF: &str = "PBKDF2-SHA-256";
/// Stored counts above this are treated as damaged metadata rather than hanging the phone.
const MAX_ITERATIONS: u32 = 20_000_000;
/// The idle times offered, in minutes; 0 means "never by itself, only with the button".
pub const IDLE_CHOICES: [u32; 4] = [2, 5, 15, 0];
pub const DEFAULT_IDLE_MINUTES: u32 = 5;

/// Whether `key` is one of the values the lock encrypts. The fictional demo case
/// (`bot.demo.*`) is not: it holds no real data, stays readable for a training room and is
/// never part of what the passcode protects.
pub fn is_sealable(key: &str) -> bool {
    key.starts_with("bot.") && key != LOCK_KEY && !key.starts_with(super::repo::DEMO_PREFIX)
}


// ---------------------------------------------------------------------------------------------
// Metadata

/// The data key, encrypted with the passcode's key (AES-GCM), as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WrappedKey {
    pub iv: String,
    pub ct: String,
}

/// `bot.lock`: how to turn the passcode into a key, the wrapped data key, and two settings that
/// must be readable before unlocking (the idle time and the lock screen's language).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockMeta {
    /// Format version of this metadata.
    pub lock: u32,
    pub kdf: String,
    pub iterations: u32,
    /// Base64 of the random salt.
    pub salt: String,
    pub key: WrappedKey,
    /// Minutes without use before the app locks itself; 0 = never.
    #[serde(default = "default_idle")]
    pub idle: u32,
    /// Language code of the lock screen (the app's language when it was last used).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// Counts "lock now" presses: a change makes every other open tab lock too.
    #[serde(default)]
    pub locks: u32,
}

fn default_idle() -> u32 {
    DEFAULT_IDLE_MINUTES
}

/// Why `bot.lock` could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MetaError {
    NotJson,
    /// A field is missing, of another version, or out of range.
    Invalid(&'static str),
}

impl LockMeta {
    pub fn new(salt: &[u8], wrapped: &Sealed, idle: u32, lang: Option<String>) -> Self {
        LockMeta {
            lock: 1,
            kdf: KDF.into(),
            iterations: PBKDF2_ITERATIONS,
            salt: base64_encode(salt),
            key: WrappedKey { iv: base64_encode(&wrapped.iv), ct: base64_encode(&wrapped.ct) },
            idle,
            lang,
            locks: 0,
        }
    }

    /// Reads and checks stored metadata.
    pub fn parse(raw: &str) -> Result<LockMeta, MetaError> {
        let meta: LockMeta = serde_json::from_str(raw).map_err(|e| {
            if e.is_syntax() || e.is_eof() {
                MetaError::NotJson
            } else {
                MetaError::Invalid("shape")
            }
        })?;
        if meta.lock != 1 {
            return Err(MetaError::Invalid("lock"));
        }
        if meta.kdf != KDF {
            return Err(MetaError::Invalid("kdf"));
        }
        if meta.iterations == 0 || meta.iterations > MAX_ITERATIONS {
            return Err(MetaError::Invalid("iterations"));
        }
        if base64_decode(&meta.salt).is_none_or(|s| s.len() < SALT_LEN) {
            return Err(MetaError::Invalid("salt"));
        }
        if Sealed::from_parts(1, &meta.key.iv, &meta.key.ct).is_err() {
            return Err(MetaError::Invalid("key"));
        }
        Ok(meta)
    }

    pub fn to_text(&self) -> String {
        serde_json::to_string(self).expect("metadata always serialises")
    }

    fn salt_bytes(&self) -> Vec<u8> {
        base64_decode(&self.salt).unwrap_or_default()
    }

    fn wrapped(&self) -> Result<Sealed, CryptoError> {
        Sealed::from_parts(1, &self.key.iv, &self.key.ct)
    }

    /// Whether a tab must lock itself because `bot.lock` changed from `old` to `new` in another
    /// tab: the passcode was set, removed or changed there, or "lock now" was pressed. A change
    /// of the idle time or the language does not lock other tabs.
    pub fn relock_needed(old: Option<&str>, new: Option<&str>) -> bool {
        match (old, new) {
            (None, None) => false,
            (Some(a), Some(b)) => match (LockMeta::parse(a), LockMeta::parse(b)) {
                (Ok(a), Ok(b)) => {
                    (&a.salt, &a.key, a.iterations, a.locks) != (&b.salt, &b.key, b.iterations, b.locks)
                }
                // Damaged or unknown: better safe.
                _ => a != b,
            },
            _ => true,
        }
    }
}

/// The metadata in `disk`, if a passcode is set.
pub fn read_meta(disk: &dyn KeyValue) -> Option<Result<LockMeta, MetaError>> {
    disk.get(LOCK_KEY).map(|raw| LockMeta::parse(&raw))
}

/// Changes a setting kept in the metadata (idle time, language, lock counter). Writes only when
/// something changed.
pub fn update_meta(disk: &dyn KeyValue, change: impl FnOnce(&mut LockMeta)) -> Result<(), LockError> {
    let mut meta = match read_meta(disk) {
        None => return Err(LockError::NotOn),
        Some(Err(_)) => return Err(LockError::BadMeta),
        Some(Ok(m)) => m,
    };
    let before = meta.clone();
    change(&mut meta);
    if meta == before {
        return Ok(());
    }
    disk.set(LOCK_KEY, &meta.to_text()).map_err(LockError::Write)
}

/// What can go wrong with the lock, in terms the UI can explain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockError {
    /// The passcode does not open the data key. Nothing was read or written.
    WrongPasscode,
    /// WebCrypto is not available here (needs https or localhost).
    Unavailable,
    /// No passcode is set.
    NotOn,
    /// A passcode is already set.
    AlreadyOn,
    /// `bot.lock` is damaged.
    BadMeta,
    /// Writing failed (a full disk); what was there is kept.
    Write(WriteError),
    /// Encryption failed for another reason.
    Failed,
}

impl From<CryptoError> for LockError {
    fn from(e: CryptoError) -> Self {
        match e {
            CryptoError::Unavailable => LockError::Unavailable,
            CryptoError::Rejected | CryptoError::Format => LockError::Failed,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The store

type Report = Rc<dyn Fn(Result<(), WriteError>)>;

/// See the module documentation. Cheap to clone (a shared handle).
#[derive(Clone)]
pub struct SealedStore(Rc<Inner>);

struct Inner {
    disk: Box<dyn KeyValue>,
    mode: RefCell<Mode>,
    /// Bumped whenever the mode changes: an encryption started before is never written after.
    generation: Cell<u32>,
    /// Writes still being sealed.
    pending: Cell<u32>,
    report: RefCell<Option<Report>>,
}

enum Mode {
    Plain,
    Sealed(Open),
}

struct Open {
    /// The sealed mode's functions (see [`SealedOps`]).
    ops: &'static SealedOps,
    key: CryptoKey,
    /// What the app sees: decrypted texts (or the stored text itself when it is plain or could
    /// not be decrypted, so the repository can quarantine it as usual).
    map: BTreeMap<String, String>,
    /// The exact stored text when we last read or wrote each key.
    seen: HashMap<String, String>,
    /// Bumped on every change of a key: a slower, older encryption never overwrites a newer one.
    seq: HashMap<String, u64>,
    /// Keys changed in memory and not yet on disk.
    unsaved: HashSet<String>,
}

impl Open {
    fn new(key: CryptoKey) -> Self {
        Open { ops: &SEALED_OPS, key, map: BTreeMap::new(), seen: HashMap::new(), seq: HashMap::new(), unsaved: HashSet::new() }
    }

    fn bump(&mut self, key: &str) -> u64 {
        let s = self.seq.entry(key.to_string()).or_insert(0);
        *s += 1;
        *s
    }

    /// Takes a value another tab stored. Returns true if an edit of ours that was not on disk yet
    /// is replaced by it (the user is told, as with any conflict between tabs).
    fn accept(&mut self, key: &str, stored: Option<String>, text: Option<String>) -> bool {
        self.bump(key);
        match stored {
            None => {
                self.map.remove(key);
                self.seen.remove(key);
            }
            Some(raw) => {
                self.map.insert(key.to_string(), text.unwrap_or_else(|| raw.clone()));
                self.seen.insert(key.to_string(), raw);
            }
        }
        self.unsaved.remove(key)
    }
}

/// What runs once another tab's value is in memory ([`SealedStore::incoming`]).
type Then = Box<dyn FnOnce()>;

/// What the store does in sealed mode, as a table of functions. Only [`Open::new`] names it, and
/// only the code that unlocks or switches on the lock calls that (the lock screen and the
/// passcode settings, both in wasm parts): so the encryption and the metadata code download with
/// those screens, and the first load, which has no passcode on most phones, carries only the
/// plain path below.
struct SealedOps {
    get: fn(&SealedStore, &str) -> Option<String>,
    set: fn(&SealedStore, &str, &str) -> Result<(), WriteError>,
    remove: fn(&SealedStore, &str) -> Result<(), WriteError>,
    keys: fn(&SealedStore) -> Vec<String>,
    incoming: fn(&SealedStore, &str, Then) -> bool,
    idle_minutes: fn(&SealedStore) -> Option<u32>,
    relock_needed: fn(Option<&str>, Option<&str>) -> bool,
    remember_lang: fn(&SealedStore, &str),
    count_lock: fn(&SealedStore),
    retry: fn(&SealedStore),
}

static SEALED_OPS: SealedOps = SealedOps {
    get: SealedStore::sealed_get,
    set: SealedStore::sealed_set,
    remove: SealedStore::sealed_remove,
    keys: SealedStore::sealed_keys,
    incoming: SealedStore::sealed_incoming,
    idle_minutes: SealedStore::sealed_idle_minutes,
    relock_needed: LockMeta::relock_needed,
    remember_lang: |store, code| {
        let _ = store.update_meta(|m| m.lang = Some(code.to_string()));
    },
    count_lock: |store| {
        let _ = store.update_meta(|m| m.locks = m.locks.wrapping_add(1));
    },
    retry: SealedStore::sealed_retry,
};

fn conflict(on_disk: Option<&str>) -> WriteError {
    WriteError::Conflict { stored_rev: on_disk.and_then(revision).unwrap_or(0) }
}

impl SealedStore {
    /// A store without a passcode: every call goes straight to `disk`.
    pub fn plain(disk: Box<dyn KeyValue>) -> Self {
        Self::with_mode(disk, Mode::Plain)
    }

    fn with_mode(disk: Box<dyn KeyValue>, mode: Mode) -> Self {
        SealedStore(Rc::new(Inner {
            disk,
            mode: RefCell::new(mode),
            generation: Cell::new(0),
            pending: Cell::new(0),
            report: RefCell::new(None),
        }))
    }

    /// Opens a locked store with `passcode`. A wrong passcode gives [`LockError::WrongPasscode`]
    /// and leaves the disk exactly as it was: nothing is written before the key is proven right.
    pub async fn unlock(disk: Box<dyn KeyValue>, passcode: &str) -> Result<SealedStore, LockError> {
        let meta = match read_meta(&*disk) {
            None => return Err(LockError::NotOn),
            Some(Err(_)) => return Err(LockError::BadMeta),
            Some(Ok(m)) => m,
        };
        let key = data_key(&meta, passcode, false).await?;
        Ok(Self::open_with(disk, key).await)
    }

    /// Decrypts every value into memory. Plain values (left by an interrupted switch, or written
    /// by a tab that had not locked yet) are sealed right away.
    async fn open_with(disk: Box<dyn KeyValue>, key: CryptoKey) -> SealedStore {
        let mut open = Open::new(key);
        let mut heal = Vec::new();
        // A second pass picks up what another tab wrote while we were decrypting.
        for _ in 0..3 {
            let mut changed = false;
            for k in disk.keys().into_iter().filter(|k| is_sealable(k)) {
                let Some(raw) = disk.get(&k) else { continue };
                if open.seen.get(&k) == Some(&raw) {
                    continue;
                }
                changed = true;
                let text = if looks_sealed(&raw) {
                    crypto::open(&open.key, &raw).await.unwrap_or_else(|_| raw.clone())
                } else {
                    heal.push(k.clone());
                    raw.clone()
                };
                open.map.insert(k.clone(), text);
                open.seen.insert(k, raw);
            }
            let gone: Vec<String> = open.seen.keys().filter(|k| disk.get(k).is_none()).cloned().collect();
            for k in gone {
                open.map.remove(&k);
                open.seen.remove(&k);
                changed = true;
            }
            if !changed {
                break;
            }
        }
        heal.retain(|k| open.seen.get(k).is_some_and(|raw| !looks_sealed(raw)));
        let heal: Vec<(String, u64)> = heal
            .into_iter()
            .map(|k| {
                let seq = open.bump(&k);
                (k, seq)
            })
            .collect();
        let store = Self::with_mode(disk, Mode::Sealed(open));
        for (k, seq) in heal {
            store.spawn_persist(k, seq);
        }
        store
    }

    /// Whether values are encrypted now (a passcode is set and this store was unlocked).
    pub fn is_sealed(&self) -> bool {
        matches!(*self.0.mode.borrow(), Mode::Sealed(_))
    }

    /// The sealed mode's functions, when sealed.
    fn ops(&self) -> Option<&'static SealedOps> {
        match &*self.0.mode.borrow() {
            Mode::Sealed(open) => Some(open.ops),
            Mode::Plain => None,
        }
    }

    /// Whether this tab must lock because another tab changed `bot.lock` from `old` to `new`
    /// ([`LockMeta::relock_needed`]). A tab without a passcode reloads on any change: a passcode
    /// was set elsewhere.
    pub fn relock_needed(&self, old: Option<&str>, new: Option<&str>) -> bool {
        match self.ops() {
            Some(ops) => (ops.relock_needed)(old, new),
            None => old.is_some() || new.is_some(),
        }
    }

    /// Keeps the lock screen's language in step with the app's (sealed only).
    pub fn remember_lang(&self, code: &str) {
        if let Some(ops) = self.ops() {
            (ops.remember_lang)(self, code);
        }
    }

    /// Counts a "lock now", which makes every other open tab lock too (sealed only).
    pub fn count_lock(&self) {
        if let Some(ops) = self.ops() {
            (ops.count_lock)(self);
        }
    }

    /// Tells `report` how each delayed write ended (a full disk, a conflict with another tab, or
    /// success, which clears an earlier failure message).
    pub fn on_write(&self, report: impl Fn(Result<(), WriteError>) + 'static) {
        *self.0.report.borrow_mut() = Some(Rc::new(report));
    }

    fn report(&self, result: Result<(), WriteError>) {
        let report = self.0.report.borrow().clone();
        if let Some(report) = report {
            report(result);
        }
    }

    /// The lock's metadata, if a passcode is set.
    pub fn meta(&self) -> Option<Result<LockMeta, MetaError>> {
        read_meta(&*self.0.disk)
    }

    /// Changes a setting in the metadata (see [`update_meta`]).
    pub fn update_meta(&self, change: impl FnOnce(&mut LockMeta)) -> Result<(), LockError> {
        update_meta(&*self.0.disk, change)
    }

    /// The idle time after which the app should lock, when it is sealed and one is chosen.
    pub fn idle_minutes(&self) -> Option<u32> {
        self.ops().and_then(|ops| (ops.idle_minutes)(self))
    }

    fn sealed_idle_minutes(&self) -> Option<u32> {
        match self.meta() {
            Some(Ok(m)) if m.idle > 0 => Some(m.idle),
            _ => None,
        }
    }

    /// Whether a change is in memory and not on disk yet (being encrypted, or refused by the
    /// disk and waiting for [`Self::retry_unsaved`]).
    pub fn has_unsaved(&self) -> bool {
        matches!(&*self.0.mode.borrow(), Mode::Sealed(open) if !open.unsaved.is_empty())
    }

    /// Tries again every change the disk refused (a full disk that has room again).
    pub fn retry_unsaved(&self) {
        if let Some(ops) = self.ops() {
            (ops.retry)(self);
        }
    }

    fn sealed_retry(&self) {
        let waiting: Vec<(String, u64)> = {
            let mut mode = self.0.mode.borrow_mut();
            let Mode::Sealed(open) = &mut *mode else { return };
            let keys: Vec<String> = open.unsaved.iter().cloned().collect();
            keys.into_iter().map(|k| {
                let seq = open.bump(&k);
                (k, seq)
            }).collect()
        };
        for (key, seq) in waiting {
            self.spawn_persist(key, seq);
        }
    }

    /// Number of writes still being encrypted.
    pub fn pending(&self) -> u32 {
        self.0.pending.get()
    }

    /// Waits until every write so far has reached the disk (at most about five seconds).
    pub async fn flush(&self) {
        for _ in 0..500 {
            if self.0.pending.get() == 0 {
                return;
            }
            sleep_ms(10).await;
        }
    }

    fn spawn_persist(&self, key: String, seq: u64) {
        let this = self.clone();
        self.0.pending.set(self.0.pending.get() + 1);
        wasm_bindgen_futures::spawn_local(async move {
            let outcome = this.persist(&key, seq).await;
            this.0.pending.set(this.0.pending.get() - 1);
            if let Some(result) = outcome {
                this.report(result);
            }
        });
    }

    /// Seals the current text of `key` and writes it, unless a newer change (`seq`) or a switch
    /// of the lock came first. `None`: nothing to report.
    async fn persist(&self, key: &str, seq: u64) -> Option<Result<(), WriteError>> {
        let generation = self.0.generation.get();
        let (data_key, text) = match &*self.0.mode.borrow() {
            Mode::Sealed(open) => (open.key.clone(), open.map.get(key)?.clone()),
            Mode::Plain => return None,
        };
        let sealed = crypto::seal(&data_key, &text).await;
        if self.0.generation.get() != generation {
            return None;
        }
        let mut mode = self.0.mode.borrow_mut();
        let Mode::Sealed(open) = &mut *mode else { return None };
        if open.seq.get(key).copied() != Some(seq) {
            return None;
        }
        let Ok(sealed) = sealed else { return Some(Err(WriteError::Other("encryption failed".into()))) };
        let on_disk = self.0.disk.get(key);
        if on_disk.as_ref() != open.seen.get(key) {
            // Another tab stored this key after we last read it: its version wins; it arrives
            // through the storage event.
            return Some(Err(conflict(on_disk.as_deref())));
        }
        Some(self.0.disk.set(key, &sealed).map(|()| {
            open.seen.insert(key.to_string(), sealed);
            open.unsaved.remove(key);
        }))
    }

    /// Another tab stored `key`. In sealed mode the new value is decrypted and `then` runs once
    /// it is in memory (the app then reloads that key through the repository as usual). Returns
    /// false when this store leaves the event to the caller (plain mode, or not one of ours).
    pub fn incoming(&self, key: &str, then: impl FnOnce() + 'static) -> bool {
        match self.ops() {
            Some(ops) => (ops.incoming)(self, key, Box::new(then)),
            None => false,
        }
    }

    fn sealed_incoming(&self, key: &str, then: Then) -> bool {
        if !is_sealable(key) {
            return false;
        }
        let stored = self.0.disk.get(key);
        let (data_key, raw) = {
            let mut mode = self.0.mode.borrow_mut();
            let Mode::Sealed(open) = &mut *mode else { return false };
            match stored {
                Some(raw) if looks_sealed(&raw) && open.seen.get(key) != Some(&raw) => (open.key.clone(), raw),
                other => {
                    let lost = open.seen.get(key) != other.as_ref() && open.accept(key, other, None);
                    drop(mode);
                    then();
                    if lost {
                        self.report(Err(conflict(None)));
                    }
                    return true;
                }
            }
        };
        let this = self.clone();
        let key = key.to_string();
        let generation = self.0.generation.get();
        wasm_bindgen_futures::spawn_local(async move {
            let text = crypto::open(&data_key, &raw).await.unwrap_or_else(|_| raw.clone());
            let lost = {
                let mut mode = this.0.mode.borrow_mut();
                let Mode::Sealed(open) = &mut *mode else { return };
                // A newer event for this key follows if the disk moved on meanwhile.
                if this.0.generation.get() != generation || this.0.disk.get(&key).as_ref() != Some(&raw) {
                    return;
                }
                open.accept(&key, Some(raw), Some(text))
            };
            then();
            if lost {
                this.report(Err(conflict(None)));
            }
        });
        true
    }

    /// Reads what other tabs stored and we have not taken in yet (before switching off).
    async fn catch_up(&self) {
        let keys: Vec<String> = self.0.disk.keys().into_iter().filter(|k| is_sealable(k)).collect();
        let data_key = match &*self.0.mode.borrow() {
            Mode::Sealed(open) => open.key.clone(),
            Mode::Plain => return,
        };
        for k in keys {
            let stored = self.0.disk.get(&k);
            let text = match &stored {
                Some(raw) if looks_sealed(raw) => crypto::open(&data_key, raw).await.ok(),
                _ => None,
            };
            if let Mode::Sealed(open) = &mut *self.0.mode.borrow_mut() {
                if open.seen.get(&k) != stored.as_ref() && self.0.disk.get(&k) == stored {
                    open.accept(&k, stored, text);
                }
            }
        }
    }

    // ----- switching the lock on, changing it, switching it off -----

    /// Sets a passcode: makes a data key, wraps it with the passcode's key, writes the metadata
    /// and seals every value. If a value cannot be written, everything is put back as it was.
    pub async fn enable(&self, passcode: &str, idle: u32, lang: Option<String>) -> Result<(), LockError> {
        if self.is_sealed() || self.meta().is_some() {
            return Err(LockError::AlreadyOn);
        }
        let salt = crypto::random_bytes::<SALT_LEN>()?;
        let wrapping = crypto::derive_wrapping_key(passcode, &salt, PBKDF2_ITERATIONS).await?;
        let fresh = crypto::new_data_key().await?;
        let wrapped = crypto::wrap_data_key(&fresh, &wrapping).await?;
        // The copy we keep cannot be exported, even by code running in this page.
        let key = crypto::unwrap_data_key(&wrapped, &wrapping, false).await?;
        let meta = LockMeta::new(&salt, &wrapped, idle, lang);

        // One synchronous step: take every value into memory, write the metadata, switch mode.
        if self.is_sealed() || self.meta().is_some() {
            return Err(LockError::AlreadyOn);
        }
        let inner = &self.0;
        let mut open = Open::new(key);
        for k in inner.disk.keys().into_iter().filter(|k| is_sealable(k)) {
            if let Some(raw) = inner.disk.get(&k) {
                open.map.insert(k.clone(), raw.clone());
                open.seen.insert(k, raw);
            }
        }
        inner.disk.set(LOCK_KEY, &meta.to_text()).map_err(LockError::Write)?;
        let keys: Vec<String> = open.map.keys().cloned().collect();
        let work: Vec<(String, u64)> = keys.into_iter().map(|k| {
            let seq = open.bump(&k);
            (k, seq)
        }).collect();
        *inner.mode.borrow_mut() = Mode::Sealed(open);
        inner.generation.set(inner.generation.get() + 1);

        for (k, seq) in work {
            if let Some(Err(e)) = self.persist(&k, seq).await {
                return Err(self.undo_enable(e));
            }
        }
        Ok(())
    }

    /// Puts every value back in plain form and removes the metadata, after a failed switch-on.
    fn undo_enable(&self, cause: WriteError) -> LockError {
        let inner = &self.0;
        let mut mode = inner.mode.borrow_mut();
        let Mode::Sealed(open) = &*mode else { return LockError::Write(cause) };
        let mut all_back = true;
        for (k, text) in &open.map {
            if inner.disk.get(k).is_some_and(|d| looks_sealed(&d) && &d != text) {
                all_back &= inner.disk.set(k, text).is_ok();
            }
        }
        if all_back && inner.disk.remove(LOCK_KEY).is_ok() {
            *mode = Mode::Plain;
            inner.generation.set(inner.generation.get() + 1);
        }
        // Otherwise the lock stays on (nothing is lost: the sealed values and the metadata that
        // opens them are both still there).
        LockError::Write(cause)
    }

    fn checked_meta(&self) -> Result<LockMeta, LockError> {
        match self.meta() {
            None => Err(LockError::NotOn),
            Some(Err(_)) => Err(LockError::BadMeta),
            Some(Ok(m)) => Ok(m),
        }
    }

    /// Changes the passcode: the data key is unwrapped with the current one and wrapped with the
    /// new one (new salt, current iteration count), then stored in one write. No value changes.
    pub async fn change_passcode(&self, current: &str, new: &str) -> Result<(), LockError> {
        let meta = self.checked_meta()?;
        let key = data_key(&meta, current, true).await?;
        let salt = crypto::random_bytes::<SALT_LEN>()?;
        let wrapping = crypto::derive_wrapping_key(new, &salt, PBKDF2_ITERATIONS).await?;
        let wrapped = crypto::wrap_data_key(&key, &wrapping).await?;
        let mut latest = self.checked_meta()?;
        if latest.key != meta.key || latest.salt != meta.salt {
            // Changed in another tab meanwhile: that tab locks this one; do nothing.
            return Err(LockError::Failed);
        }
        let fresh = LockMeta::new(&salt, &wrapped, latest.idle, latest.lang.take());
        latest = LockMeta { locks: latest.locks, ..fresh };
        self.0.disk.set(LOCK_KEY, &latest.to_text()).map_err(LockError::Write)
    }

    /// Checks `passcode` without changing anything.
    pub async fn check_passcode(&self, passcode: &str) -> Result<(), LockError> {
        data_key(&self.checked_meta()?, passcode, false).await.map(|_| ())
    }

    /// Removes the passcode after checking it: every value is written back in plain form, then
    /// the metadata is removed. If a value cannot be written, the ones already rewritten are
    /// sealed again and the lock stays on.
    pub async fn disable(&self, passcode: &str) -> Result<(), LockError> {
        self.check_passcode(passcode).await?;
        self.flush().await;
        self.catch_up().await;
        let inner = &self.0;
        let mut mode = inner.mode.borrow_mut();
        let Mode::Sealed(open) = &mut *mode else { return Err(LockError::NotOn) };
        let mut written: Vec<&String> = Vec::new();
        for (k, text) in &open.map {
            if let Err(e) = inner.disk.set(k, text) {
                for w in written {
                    if let Some(sealed) = open.seen.get(w) {
                        let _ = inner.disk.set(w, sealed);
                    }
                }
                return Err(LockError::Write(e));
            }
            written.push(k);
        }
        if let Err(e) = inner.disk.remove(LOCK_KEY) {
            // Values are plain now but the metadata stays: the next unlock seals them again.
            let plain: Vec<(String, String)> = open.map.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
            open.seen.extend(plain);
            return Err(LockError::Write(e));
        }
        *mode = Mode::Plain;
        inner.generation.set(inner.generation.get() + 1);
        Ok(())
    }
}

/// Derives the passcode's key from the metadata and unwraps the data key with it.
async fn data_key(meta: &LockMeta, passcode: &str, extractable: bool) -> Result<CryptoKey, LockError> {
    let wrapped = meta.wrapped().map_err(|_| LockError::BadMeta)?;
    let wrapping = crypto::derive_wrapping_key(passcode, &meta.salt_bytes(), meta.iterations).await?;
    crypto::unwrap_data_key(&wrapped, &wrapping, extractable).await.map_err(|e| match e {
        CryptoError::Unavailable => LockError::Unavailable,
        _ => LockError::WrongPasscode,
    })
}

impl KeyValue for SealedStore {
    fn get(&self, key: &str) -> Option<String> {
        match self.ops() {
            Some(ops) => (ops.get)(self, key),
            None => self.0.disk.get(key),
        }
    }

    fn set(&self, key: &str, value: &str) -> Result<(), WriteError> {
        match self.ops() {
            Some(ops) => (ops.set)(self, key, value),
            None => self.plain_set(key, value),
        }
    }

    fn remove(&self, key: &str) -> Result<(), WriteError> {
        match self.ops() {
            Some(ops) => (ops.remove)(self, key),
            None => self.0.disk.remove(key),
        }
    }

    fn keys(&self) -> Vec<String> {
        match self.ops() {
            Some(ops) => (ops.keys)(self),
            None => self.0.disk.keys(),
        }
    }
}

// The plain write, and the sealed mode of the four (reached through `SEALED_OPS`).
impl SealedStore {
    fn plain_set(&self, key: &str, value: &str) -> Result<(), WriteError> {
        // Never write plain text over a value another tab has sealed meanwhile (that tab's
        // storage event locks this one in a moment).
        if is_sealable(key) && self.0.disk.get(key).is_some_and(|d| looks_sealed(&d)) {
            return Err(WriteError::Protected);
        }
        self.0.disk.set(key, value)
    }

    fn sealed_get(&self, key: &str) -> Option<String> {
        match &*self.0.mode.borrow() {
            Mode::Sealed(open) if is_sealable(key) => open.map.get(key).cloned(),
            _ => self.0.disk.get(key),
        }
    }

    fn sealed_set(&self, key: &str, value: &str) -> Result<(), WriteError> {
        let inner = &self.0;
        let seq = {
            let mut mode = inner.mode.borrow_mut();
            let open = match &mut *mode {
                Mode::Sealed(open) if is_sealable(key) => open,
                Mode::Sealed(_) => return inner.disk.set(key, value),
                Mode::Plain => {
                    drop(mode);
                    return self.plain_set(key, value);
                }
            };
            let on_disk = inner.disk.get(key);
            if on_disk.as_ref() != open.seen.get(key) {
                return Err(conflict(on_disk.as_deref()));
            }
            let copy = quarantine_origin(key)
                .filter(|origin| open.map.get(*origin).is_some_and(|t| t == value))
                .and_then(|origin| open.seen.get(origin).cloned());
            if let Some(stored) = copy {
                // The repository moves an unreadable value aside: copy its stored form at once
                // (sealed stays sealed), so the original can be removed safely right after.
                inner.disk.set(key, &stored)?;
                let seq = open.bump(key);
                open.map.insert(key.to_string(), value.to_string());
                open.seen.insert(key.to_string(), stored.clone());
                if looks_sealed(&stored) {
                    return Ok(());
                }
                seq
            } else {
                open.map.insert(key.to_string(), value.to_string());
                open.unsaved.insert(key.to_string());
                open.bump(key)
            }
        };
        self.spawn_persist(key.to_string(), seq);
        Ok(())
    }

    fn sealed_remove(&self, key: &str) -> Result<(), WriteError> {
        let inner = &self.0;
        let mut mode = inner.mode.borrow_mut();
        match &mut *mode {
            Mode::Sealed(open) if is_sealable(key) => {
                inner.disk.remove(key)?;
                open.bump(key);
                open.map.remove(key);
                open.seen.remove(key);
                open.unsaved.remove(key);
                Ok(())
            }
            Mode::Sealed(_) if key == LOCK_KEY => {
                // Only "wipe everything" does this, after every value (keys() lists the lock
                // last). Without its metadata a sealed value could never be opened again, so we
                // refuse while one is left.
                if inner.disk.keys().iter().any(|k| is_sealable(k)) {
                    return Err(WriteError::Protected);
                }
                inner.disk.remove(key)?;
                *mode = Mode::Plain;
                inner.generation.set(inner.generation.get() + 1);
                Ok(())
            }
            _ => inner.disk.remove(key),
        }
    }

    fn sealed_keys(&self) -> Vec<String> {
        match &*self.0.mode.borrow() {
            Mode::Plain => self.0.disk.keys(),
            Mode::Sealed(open) => {
                let mut keys: Vec<String> = open.map.keys().cloned().collect();
                let mut locked = false;
                for k in self.0.disk.keys() {
                    if k == LOCK_KEY {
                        locked = true;
                    } else if !is_sealable(&k) {
                        keys.push(k);
                    }
                }
                if locked {
                    keys.push(LOCK_KEY.to_string());
                }
                keys
            }
        }
    }
}

/// Lets a test (or the app) keep a handle on the disk store it gives to a [`SealedStore`].
impl<T: KeyValue> KeyValue for Rc<T> {
    fn get(&self, key: &str) -> Option<String> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), WriteError> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), WriteError> {
        (**self).remove(key)
    }
    fn keys(&self) -> Vec<String> {
        (**self).keys()
    }
}

#[cfg(target_arch = "wasm32")]
async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let scheduled = web_sys::window()
            .map(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).is_ok())
            .unwrap_or(false);
        if !scheduled {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[cfg(not(target_arch = "wasm32"))]
async fn sleep_ms(_: i32) {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::backend::MemoryStore;

    fn meta() -> LockMeta {
        LockMeta::new(&[3; SALT_LEN], &Sealed { iv: [4; 12], ct: vec![5; 48] }, 5, Some("nl".into()))
    }

    #[test]
    fn only_our_values_are_sealed_and_the_metadata_never() {
        assert!(is_sealable("bot.prefs"));
        assert!(is_sealable("bot.case.p-1"));
        assert!(is_sealable("bot.quarantine.bot.case.p-1.1"));
        assert!(!is_sealable("bot.demo.demo"), "the demo is never sealed");
        assert!(!is_sealable(LOCK_KEY));
        assert!(!is_sealable("other.app"));
    }

    #[test]
    fn quarantine_keys_name_their_origin() {
        assert_eq!(quarantine_origin("bot.quarantine.bot.case.p-1.2"), Some("bot.case.p-1"));
        assert_eq!(quarantine_origin("bot.quarantine.bot.prefs.13"), Some("bot.prefs"));
        assert_eq!(quarantine_origin("bot.quarantine.bot.prefs"), None);
        assert_eq!(quarantine_origin("bot.case.a.1"), None);
    }

    #[test]
    fn metadata_round_trips_and_says_600k_iterations() {
        let m = meta();
        let text = m.to_text();
        assert!(text.contains("\"iterations\":600000"));
        assert!(text.contains("\"kdf\":\"PBKDF2-SHA-256\""));
        assert_eq!(LockMeta::parse(&text), Ok(m));
        const { assert!(PBKDF2_ITERATIONS >= 600_000) };
    }

    #[test]
    fn older_or_partial_metadata_gets_safe_defaults() {
        let mut v: serde_json::Value = serde_json::from_str(&meta().to_text()).unwrap();
        let o = v.as_object_mut().unwrap();
        o.remove("idle");
        o.remove("lang");
        o.remove("locks");
        let m = LockMeta::parse(&v.to_string()).unwrap();
        assert_eq!(m.idle, DEFAULT_IDLE_MINUTES, "an unknown idle time locks rather than never");
        assert_eq!((m.lang, m.locks), (None, 0));
    }

    #[test]
    fn damaged_metadata_is_refused_with_a_reason() {
        assert_eq!(LockMeta::parse("{\"lock\":1,"), Err(MetaError::NotJson));
        assert_eq!(LockMeta::parse("[]"), Err(MetaError::Invalid("shape")));
        let bad = |f: &dyn Fn(&mut LockMeta)| {
            let mut m = meta();
            f(&mut m);
            LockMeta::parse(&m.to_text())
        };
        assert_eq!(bad(&|m| m.lock = 2), Err(MetaError::Invalid("lock")));
        assert_eq!(bad(&|m| m.kdf = "MD5".into()), Err(MetaError::Invalid("kdf")));
        assert_eq!(bad(&|m| m.iterations = 0), Err(MetaError::Invalid("iterations")));
        assert_eq!(bad(&|m| m.iterations = u32::MAX), Err(MetaError::Invalid("iterations")));
        assert_eq!(bad(&|m| m.salt = base64_encode(&[1; 8])), Err(MetaError::Invalid("salt")));
        assert_eq!(bad(&|m| m.salt = "%%%%".into()), Err(MetaError::Invalid("salt")));
        assert_eq!(bad(&|m| m.key.iv = base64_encode(&[1; 16])), Err(MetaError::Invalid("key")));
        assert_eq!(bad(&|m| m.key.ct = String::new()), Err(MetaError::Invalid("key")));
    }

    #[test]
    fn other_tabs_lock_when_the_passcode_changes_not_for_a_setting() {
        let a = meta();
        let text = a.to_text();
        let with = |f: &dyn Fn(&mut LockMeta)| {
            let mut m = a.clone();
            f(&mut m);
            m.to_text()
        };
        assert!(!LockMeta::relock_needed(None, None));
        assert!(LockMeta::relock_needed(None, Some(&text)), "a passcode was set elsewhere");
        assert!(LockMeta::relock_needed(Some(&text), None), "removed or wiped elsewhere");
        assert!(!LockMeta::relock_needed(Some(&text), Some(&text)));
        assert!(!LockMeta::relock_needed(Some(&text), Some(&with(&|m| m.idle = 15))));
        assert!(!LockMeta::relock_needed(Some(&text), Some(&with(&|m| m.lang = Some("en".into())))));
        assert!(LockMeta::relock_needed(Some(&text), Some(&with(&|m| m.locks += 1))), "lock now");
        assert!(LockMeta::relock_needed(Some(&text), Some(&with(&|m| m.salt = base64_encode(&[9; 16])))));
        assert!(LockMeta::relock_needed(Some(&text), Some("garbage")));
    }

    #[test]
    fn settings_in_the_metadata_are_written_only_when_they_change() {
        let disk = MemoryStore::new();
        assert_eq!(update_meta(&disk, |m| m.idle = 2), Err(LockError::NotOn));
        disk.set(LOCK_KEY, "{").unwrap();
        assert_eq!(update_meta(&disk, |m| m.idle = 2), Err(LockError::BadMeta));
        disk.set(LOCK_KEY, &meta().to_text()).unwrap();
        update_meta(&disk, |m| m.idle = 15).unwrap();
        assert_eq!(read_meta(&disk).unwrap().unwrap().idle, 15);
        // Full disk: an unchanged setting needs no write and succeeds.
        disk.set_quota(Some(1));
        assert_eq!(update_meta(&disk, |m| m.idle = 15), Ok(()));
        assert_eq!(update_meta(&disk, |m| m.idle = 2), Err(LockError::Write(WriteError::QuotaExceeded)));
        assert_eq!(read_meta(&disk).unwrap().unwrap().idle, 15);
    }

    #[test]
    fn a_plain_store_passes_everything_through() {
        let disk = Rc::new(MemoryStore::new());
        let store = SealedStore::plain(Box::new(disk.clone()));
        assert!(!store.is_sealed());
        store.set("bot.case.a", "{\"schema\":1}").unwrap();
        assert_eq!(disk.get("bot.case.a").as_deref(), Some("{\"schema\":1}"));
        assert_eq!(store.keys(), vec!["bot.case.a".to_string()]);
        store.remove("bot.case.a").unwrap();
        assert!(disk.keys().is_empty());
        assert_eq!(store.idle_minutes(), None);
    }

    #[test]
    fn a_plain_tab_locks_on_any_change_of_the_lock_and_keeps_no_lock_settings() {
        let disk = Rc::new(MemoryStore::new());
        let store = SealedStore::plain(Box::new(disk.clone()));
        let text = meta().to_text();
        // A passcode set (or anything else done to the lock) in another tab: this tab reloads.
        assert!(store.relock_needed(None, Some(&text)));
        assert!(store.relock_needed(Some(&text), None));
        assert!(store.relock_needed(Some(&text), Some(&text)));
        assert!(!store.relock_needed(None, None));
        // Without a passcode the lock's settings are not written.
        disk.set(LOCK_KEY, &text).unwrap();
        store.remember_lang("en");
        store.count_lock();
        assert_eq!(disk.get(LOCK_KEY), Some(text));
    }

    #[test]
    fn a_plain_store_never_writes_over_a_value_another_tab_sealed() {
        let disk = Rc::new(MemoryStore::new());
        let sealed = Sealed { iv: [1; 12], ct: vec![2; 20] }.to_text();
        disk.set("bot.case.a", &sealed).unwrap();
        let store = SealedStore::plain(Box::new(disk.clone()));
        assert_eq!(store.set("bot.case.a", "{\"schema\":1}"), Err(WriteError::Protected));
        assert_eq!(disk.get("bot.case.a"), Some(sealed));
    }
}
