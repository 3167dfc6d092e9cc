//! Raw key/value access. The browser implementation wraps `window.localStorage`; the memory one
//! is used by native tests (and can simulate a full disk).

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use super::error::WriteError;

/// The minimal surface we need from a key/value store.
pub trait KeyValue {
    fn get(&self, key: &str) -> Option<String>;
    fn set(&self, key: &str, value: &str) -> Result<(), WriteError>;
    fn remove(&self, key: &str) -> Result<(), WriteError>;
    /// All keys, in no particular order.
    fn keys(&self) -> Vec<String>;
}

/// An in-memory store with an optional size limit, for tests and as a fallback when the
/// browser gives us no storage (then nothing survives a reload, and the user is told).
#[derive(Default)]
pub struct MemoryStore {
    map: RefCell<BTreeMap<String, String>>,
    /// Total bytes (keys + values, UTF-16 like browsers count) allowed; `None` = unlimited.
    quota: Cell<Option<usize>>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with_quota(bytes: usize) -> Self {
        let s = Self::default();
        s.quota.set(Some(bytes));
        s
    }

    pub fn set_quota(&self, bytes: Option<usize>) {
        self.quota.set(bytes);
    }

    fn used_without(&self, key: &str) -> usize {
        self.map
            .borrow()
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| 2 * (k.len() + v.len()))
            .sum()
    }

    /// A copy of everything, to compare before and after an operation in tests.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.map.borrow().clone()
    }
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.map.borrow().get(key).cloned()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), WriteError> {
        if let Some(limit) = self.quota.get() {
            if self.used_without(key) + 2 * (key.len() + value.len()) > limit {
                return Err(WriteError::QuotaExceeded);
            }
        }
        self.map.borrow_mut().insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), WriteError> {
        self.map.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Vec<String> {
        self.map.borrow().keys().cloned().collect()
    }
}

/// `window.localStorage`.
///
/// We go through `web_sys` with every call fallible instead of `gloo_storage::LocalStorage::raw()`,
/// because that one throws when storage is disabled (private mode), which would stop the app.
pub struct LocalStore {
    storage: web_sys::Storage,
}

impl LocalStore {
    /// `None` when the browser gives no storage (disabled, or blocked by settings).
    pub fn open() -> Option<Self> {
        let storage = web_sys::window()?.local_storage().ok()??;
        Some(LocalStore { storage })
    }
}

impl KeyValue for LocalStore {
    fn get(&self, key: &str) -> Option<String> {
        self.storage.get_item(key).ok().flatten()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), WriteError> {
        self.storage.set_item(key, value).map_err(|e| {
            use wasm_bindgen::JsCast;
            match e.dyn_ref::<web_sys::DomException>().map(|d| d.name()) {
                Some(name) if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" => {
                    WriteError::QuotaExceeded
                }
                Some(name) if name == "SecurityError" => WriteError::Unavailable,
                Some(name) => WriteError::Other(name),
                None => WriteError::Other(format!("{e:?}")),
            }
        })
    }

    fn remove(&self, key: &str) -> Result<(), WriteError> {
        self.storage.remove_item(key).map_err(|_| WriteError::Unavailable)
    }

    fn keys(&self) -> Vec<String> {
        let n = self.storage.length().unwrap_or(0);
        (0..n).filter_map(|i| self.storage.key(i).ok().flatten()).collect()
    }
}

/// Lets the app hold "some store" chosen at start-up (localStorage, or memory as a fallback).
impl KeyValue for Box<dyn KeyValue> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_store_enforces_its_quota_and_keeps_old_value() {
        let s = MemoryStore::with_quota(40);
        s.set("a", "12345").unwrap();
        assert_eq!(s.set("a", &"x".repeat(100)), Err(WriteError::QuotaExceeded));
        assert_eq!(s.get("a").as_deref(), Some("12345"));
    }
}
