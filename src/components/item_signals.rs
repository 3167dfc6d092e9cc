//! One signal per item of a long list (a dot on the lifeline, a person on the network map).
//!
//! With a memo per item that searches the whole list, every edit wakes every item, and each of
//! them unsubscribes and subscribes again at the shared source: with 200 items that is 40 000
//! steps per keystroke, most of the redraw time. Here one effect compares the new list with the
//! old one and sets only the signals whose item really changed, so a keystroke wakes one item.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;

use leptos::prelude::*;

/// Shows each item of the list, with its key, to the function it is given.
type Visit<K, T> = Arc<dyn Fn(&mut dyn FnMut(K, &T)) + Send + Sync>;

/// Per-item signals kept in step with a list. `Copy`, so views can capture it freely.
pub struct ItemSignals<K: 'static, T: 'static> {
    items: StoredValue<Visit<K, T>>,
    signals: StoredValue<HashMap<K, ArcRwSignal<Option<T>>>>,
    /// Keeps the syncing effect alive as long as the owner that made this.
    effect: StoredValue<Option<RenderEffect<()>>, LocalStorage>,
}

impl<K: 'static, T: 'static> Clone for ItemSignals<K, T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<K: 'static, T: 'static> Copy for ItemSignals<K, T> {}

impl<K, T> ItemSignals<K, T>
where
    K: Eq + Hash + Clone + Send + Sync + 'static,
    T: Clone + PartialEq + Send + Sync + 'static,
{
    /// `items` reads the list (tracked): each item with its key.
    pub fn new(items: impl Fn() -> Vec<(K, T)> + Send + Sync + 'static) -> Self {
        Self::by_ref(move |show| {
            for (key, item) in items() {
                show(key, &item);
            }
        })
    }

    /// Like [`ItemSignals::new`], for items that already exist somewhere: `items` shows each
    /// one by reference (reading its source tracked), and only the items that changed are
    /// copied. With 150 people, copying every one of them on each edit only to compare it
    /// costs more than the comparison.
    pub fn by_ref(items: impl Fn(&mut dyn FnMut(K, &T)) + Send + Sync + 'static) -> Self {
        let this = ItemSignals {
            items: StoredValue::new(Arc::new(items)),
            signals: StoredValue::new(HashMap::new()),
            effect: StoredValue::new_local(None),
        };
        let effect = RenderEffect::new(move |_| this.sync());
        this.effect.set_value(Some(effect));
        this
    }

    /// The signal of item `key`: `None` once the item is gone from the list.
    pub fn get(&self, key: &K) -> ReadSignal<Option<T>> {
        let known = self.signals.with_value(|m| m.get(key).cloned());
        let signal = match known {
            Some(s) => s,
            None => {
                // Asked for before the effect ran (a new item's view is built first): catch up.
                untrack(|| self.sync());
                self.signals.with_value(|m| m.get(key).cloned()).unwrap_or_else(|| ArcRwSignal::new(None))
            }
        };
        RwSignal::from(signal).read_only()
    }

    /// Reads the list and sets the signals of the items that changed, came or went.
    fn sync(&self) {
        let items = self.items.get_value();
        let mut changed = Vec::new();
        self.signals.update_value(|signals| {
            let mut listed = Vec::new();
            items(&mut |key, item| {
                match signals.get(&key) {
                    Some(s) => {
                        if s.with_untracked(|old| old.as_ref() != Some(item)) {
                            changed.push((s.clone(), Some(item.clone())));
                        }
                    }
                    None => {
                        signals.insert(key.clone(), ArcRwSignal::new(Some(item.clone())));
                    }
                }
                listed.push(key);
            });
            // More signals than items listed: some items were removed from the list.
            if signals.len() > listed.len() {
                let listed: std::collections::HashSet<&K> = listed.iter().collect();
                signals.retain(|key, s| {
                    let keep = listed.contains(key);
                    if !keep {
                        changed.push((s.clone(), None));
                    }
                    keep
                });
            }
        });
        // Set after the map is back in place: a woken view may ask for its signal again.
        for (signal, value) in changed {
            signal.set(value);
        }
    }
}
