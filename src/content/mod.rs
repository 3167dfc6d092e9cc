//! Method cards, compiled from `content/cards/*.toml` (see `content/README.md`).
