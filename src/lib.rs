//! Back On Track toolkit.
//!
//! Layers (dependencies point one way):
//! `pages` → `components`, `state`, `storage`, `content` → `domain`.
//! `domain` is plain Rust (no web-sys) and is tested natively; `storage` is the only module that
//! touches localStorage; `content` holds the method cards compiled from `content/cards/*.toml`.

pub mod app;
pub mod browser;
pub mod components;
pub mod content;
pub mod domain;
pub mod i18n;
pub mod pages;
pub mod state;
pub mod storage;
