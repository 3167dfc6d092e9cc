//! PATCH (Back On Track, see PATCHES.md): the history entry of a navigation is written once
//! the new screen is painted, and the router keeps scroll positions itself.
//!
//! `history.pushState` costs the browser 0.4-0.5 ms of main-thread time (1x CPU, Chromium)
//! whatever the page holds: about a seventh of a route change. Upstream writes it before the
//! first paint of the new screen. Here it waits for an idle moment (at most `PUSH_TIMEOUT_MS`).
//!
//! The browser saves the scroll position of the entry being left when the next entry is
//! pushed; by then the new screen is shown at the top, so its own restoration would bring Back
//! to the top. So scroll restoration is manual: the position of each entry is kept here (by the
//! Navigation API's entry key) and put back after Back/Forward and a reload, also when the
//! screen draws its lower part a little later (it waits for the page to grow, until the user
//! scrolls).
//!
//! Without the Navigation API (to know which entry is current) or when anything fails, it
//! falls back to upstream: an immediate `pushState` and the browser's own restoration.

use js_sys::{Function, Object, Reflect};
use std::{cell::RefCell, collections::HashMap};
use tachys::dom::window;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// At most this long between the navigation and its history entry.
const PUSH_TIMEOUT_MS: u32 = 300;
/// How long a restored position waits for the page to be tall enough.
const RESTORE_FRAMES: u32 = 90;
/// Where the positions survive a reload of the tab.
const SESSION_KEY: &str = "leptos_router.scroll";
/// Kept positions (one per history entry of this tab) are capped.
const MAX_POSITIONS: usize = 200;

#[derive(Default)]
struct Memory {
    enabled: bool,
    /// The entry the browser shows (its Navigation API key and index).
    current: Option<String>,
    current_index: Option<f64>,
    /// Back was pressed while an entry waited; the browser is being sent one entry forward,
    /// to the entry of the screen that was left (see `traversed`).
    correcting: bool,
    /// The last scroll position seen by the scroll listener (reading it there is free; reading
    /// it during a navigation would force a layout of the half-built new screen).
    last_y: f64,
    positions: HashMap<String, f64>,
    /// A push waiting for an idle moment: (state, url).
    pending: Option<(JsValue, String)>,
    /// A restore in progress: (target, position it last set).
    restoring: Option<(f64, f64)>,
}

thread_local! {
    static MEMORY: RefCell<Memory> = RefCell::new(Memory::default());
}

/// The current entry's key and index (Navigation API).
fn current_entry() -> Option<(String, Option<f64>)> {
    let navigation = Reflect::get(&window(), &"navigation".into()).ok()?;
    if navigation.is_undefined() || navigation.is_null() {
        return None;
    }
    let entry = Reflect::get(&navigation, &"currentEntry".into()).ok()?;
    if entry.is_null() || entry.is_undefined() {
        return None;
    }
    let key = Reflect::get(&entry, &"key".into()).ok()?.as_string()?;
    let index = Reflect::get(&entry, &"index".into())
        .ok()
        .and_then(|i| i.as_f64());
    Some((key, index))
}

/// What the router does with a popstate (see `traversed`).
pub(crate) enum Traversal {
    /// Show the entry the browser moved to.
    Show,
    /// As `Show`, and the entry that waited is dropped from the path stack (it never was one).
    ShowAndDrop,
    /// Nothing: the browser is being sent on to another entry; its popstate follows.
    Ignore,
}

fn scroll_y() -> f64 {
    window().scroll_y().unwrap_or(0.0)
}

/// Starts the manual restoration (if the browser can tell entries apart) and restores the
/// position of the entry the tab was reloaded on.
pub(crate) fn init() {
    let Some((key, index)) = current_entry() else { return };
    let w = window();
    let Ok(history) = w.history() else { return };
    if Reflect::set(&history, &"scrollRestoration".into(), &"manual".into())
        .is_err()
    {
        return;
    }
    let positions = load_positions();
    let target = positions.get(&key).copied();
    MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        m.enabled = true;
        m.current = Some(key);
        m.current_index = index;
        m.positions = positions;
        m.last_y = scroll_y();
    });
    let on_scroll = Closure::<dyn Fn()>::new(|| {
        let y = scroll_y();
        MEMORY.with(|m| m.borrow_mut().last_y = y);
    });
    let passive = Object::new();
    _ = Reflect::set(&passive, &"passive".into(), &JsValue::TRUE);
    _ = add_listener(&w, "scroll", on_scroll.into_js_value(), &passive);
    let on_pagehide = Closure::<dyn Fn()>::new(save_positions);
    _ = add_listener(&w, "pagehide", on_pagehide.into_js_value(), &Object::new());
    if let Some(y) = target {
        restore(y);
    }
}

fn add_listener(
    target: &web_sys::Window,
    event: &str,
    callback: JsValue,
    options: &Object,
) -> Result<JsValue, JsValue> {
    let add: Function =
        Reflect::get(target, &"addEventListener".into())?.dyn_into()?;
    add.call3(target, &event.into(), &callback, options)
}

/// Whether a push is put off (see the module).
pub(crate) fn enabled() -> bool {
    MEMORY.with(|m| m.borrow().enabled)
}

/// A navigation leaves the current entry: keep its position and write the new entry once the
/// browser is idle. Returns false when the caller must push now itself.
pub(crate) fn push_later(state: JsValue, url: String) -> bool {
    let queued = MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        if !m.enabled {
            return false;
        }
        if let Some(key) = m.current.clone() {
            let y = m.last_y;
            remember(&mut m, key, y);
        }
        m.restoring = None;
        m.pending = Some((state, url));
        true
    });
    if queued && when_idle(flush).is_err() {
        flush();
    }
    queued
}

fn remember(m: &mut Memory, key: String, y: f64) {
    if m.positions.len() >= MAX_POSITIONS && !m.positions.contains_key(&key)
    {
        if let Some(k) = m.positions.keys().next().cloned() {
            m.positions.remove(&k);
        }
    }
    m.positions.insert(key, y);
}

/// Writes the waiting entry, if any. Every other history write calls this first, so that the
/// entries keep their order.
pub(crate) fn flush() {
    let Some((state, url)) = MEMORY.with(|m| m.borrow_mut().pending.take())
    else {
        return;
    };
    if let Ok(history) = window().history() {
        _ = history.push_state_with_url(&state, "", Some(&url));
    }
    let entry = current_entry();
    MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        m.current = entry.as_ref().map(|(k, _)| k.clone());
        m.current_index = entry.and_then(|(_, i)| i);
    });
}

/// Back or Forward: the browser has moved to another entry.
///
/// If an entry was still waiting, the screen on show has no entry of its own yet. Back then
/// meant "back to the screen before this one", which is the entry the browser just left: the
/// browser is sent one entry forward, to it, and this popstate is ignored (its own follows).
/// Forward (rare: forward entries and a tap within the moment the entry waits) shows the entry
/// the browser moved to, and the waiting one is dropped.
pub(crate) fn traversed() -> Traversal {
    let Some((key, index)) = current_entry() else {
        return Traversal::Show;
    };
    let (traversal, target) = MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        if !m.enabled {
            return (Traversal::Show, None);
        }
        if m.pending.take().is_some() {
            let went_back = matches!((m.current_index, index), (Some(left), Some(now)) if now < left);
            if went_back {
                m.correcting = true;
                return (Traversal::Ignore, None);
            }
            // The position on screen belongs to a screen that has no entry.
            m.current = Some(key.clone());
            m.current_index = index;
            let target = m.positions.get(&key).copied().unwrap_or(0.0);
            return (Traversal::ShowAndDrop, Some(target));
        }
        // The position on screen belongs to the entry left, unless the browser is on its way
        // back to the entry of the screen on show (see above).
        if !std::mem::take(&mut m.correcting) {
            if let Some(left) = m.current.take() {
                let y = m.last_y;
                remember(&mut m, left, y);
            }
        }
        let target = m.positions.get(&key).copied().unwrap_or(0.0);
        m.current = Some(key);
        m.current_index = index;
        (Traversal::Show, Some(target))
    });
    if matches!(traversal, Traversal::Ignore) {
        if let Ok(history) = window().history() {
            _ = history.go_with_delta(1);
        }
    }
    if let Some(y) = target {
        restore(y);
    }
    traversal
}

/// Puts the page at `y` from the next frame on (the router draws the entry's screen first),
/// and again on later frames while the page is too short for it and nobody has scrolled.
fn restore(y: f64) {
    MEMORY.with(|m| m.borrow_mut().restoring = Some((y, f64::NAN)));
    restore_step(RESTORE_FRAMES);
}

fn restore_step(frames_left: u32) {
    leptos::prelude::request_animation_frame(move || {
        let Some((target, set)) = MEMORY.with(|m| m.borrow().restoring) else {
            return;
        };
        let now = scroll_y();
        // Someone scrolled since the last step: the user's position wins.
        if !set.is_nan() && (now - set).abs() > 1.0 {
            MEMORY.with(|m| m.borrow_mut().restoring = None);
            return;
        }
        window().scroll_to_with_x_and_y(0.0, target);
        let reached = scroll_y();
        let done = (reached - target).abs() <= 1.0 || frames_left == 0;
        MEMORY.with(|m| {
            let mut m = m.borrow_mut();
            m.last_y = reached;
            m.restoring = (!done).then_some((target, reached));
        });
        if !done {
            restore_step(frames_left - 1);
        }
    });
}

/// `requestIdleCallback` with a timeout, or after the next paint where it does not exist.
fn when_idle(cb: fn()) -> Result<(), JsValue> {
    let w = window();
    let ric = Reflect::get(&w, &"requestIdleCallback".into())?;
    let callback = Closure::once_into_js(cb);
    if let Some(ric) = ric.dyn_ref::<Function>() {
        let options = Object::new();
        Reflect::set(&options, &"timeout".into(), &PUSH_TIMEOUT_MS.into())?;
        ric.call2(&w, &callback, &options)?;
    } else {
        let f: &Function = callback.unchecked_ref();
        let f = f.clone();
        leptos::prelude::request_animation_frame(move || {
            _ = window().set_timeout_with_callback(&f);
        });
    }
    Ok(())
}

fn session_storage() -> Option<web_sys::Storage> {
    let storage = Reflect::get(&window(), &"sessionStorage".into()).ok()?;
    storage.dyn_into().ok()
}

/// One line per entry: `key <tab> y`.
fn load_positions() -> HashMap<String, f64> {
    let Some(text) = session_storage()
        .and_then(|s| s.get_item(SESSION_KEY).ok().flatten())
    else {
        return HashMap::new();
    };
    parse_positions(&text)
}

fn parse_positions(text: &str) -> HashMap<String, f64> {
    text.lines()
        .filter_map(|line| {
            let (key, y) = line.split_once('\t')?;
            let y: f64 = y.parse().ok()?;
            (y.is_finite() && !key.is_empty()).then(|| (key.to_string(), y))
        })
        .take(MAX_POSITIONS)
        .collect()
}

fn save_positions() {
    let text = MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        if let Some(key) = m.current.clone() {
            let y = m.last_y;
            remember(&mut m, key, y);
        }
        m.positions
            .iter()
            .map(|(k, y)| format!("{k}\t{y}\n"))
            .collect::<String>()
    });
    if let Some(storage) = session_storage() {
        _ = storage.set_item(SESSION_KEY, &text);
    }
}
