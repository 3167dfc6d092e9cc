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
//! Without the Navigation API (to know which entry is current) or `requestIdleCallback`, or when
//! anything fails, it falls back to upstream: an immediate `pushState` and the browser's own restoration.

use js_sys::{Function, Object, Reflect};
use std::cell::RefCell;
use tachys::dom::window;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// At most this long between the navigation and its history entry.
const PUSH_TIMEOUT_MS: u32 = 300;
/// How long a restored position waits for the page to be tall enough.
const RESTORE_FRAMES: u32 = 90;
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
    /// Scroll positions by entry key, oldest first. Whole pixels, in a list: float parsing and
    /// formatting and a hash map added about 1 KB (gzip) to the app's first download.
    positions: Vec<(String, i32)>,
    /// A push waiting for an idle moment: (state, url).
    pending: Option<(JsValue, String)>,
    /// A restore in progress: (target, position it last set, frames left).
    restoring: Option<(f64, f64, u32)>,
    /// Made once (a closure per call would cost the first download more code).
    callbacks: Option<Callbacks>,
}

struct Callbacks {
    /// `window.requestIdleCallback`, and its options (`timeout`).
    idle: Function,
    idle_options: Object,
    flush: JsValue,
    restore_step: Function,
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
    let Ok(idle) = Reflect::get(&w, &"requestIdleCallback".into())
        .and_then(|f| f.dyn_into::<Function>().map_err(JsValue::from))
    else {
        return;
    };
    let Ok(history) = w.history() else { return };
    if Reflect::set(&history, &"scrollRestoration".into(), &"manual".into())
        .is_err()
    {
        return;
    }
    let idle_options = Object::new();
    _ = Reflect::set(
        &idle_options,
        &"timeout".into(),
        &PUSH_TIMEOUT_MS.into(),
    );
    let callbacks = Callbacks {
        idle,
        idle_options,
        flush: Closure::<dyn Fn()>::new(flush).into_js_value(),
        restore_step: Closure::<dyn Fn()>::new(restore_step)
            .into_js_value()
            .unchecked_into(),
    };
    let target = stored_position(&key).map_or(0.0, f64::from);
    MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        m.enabled = true;
        m.current = Some(key);
        m.current_index = index;
        m.last_y = scroll_y();
        m.callbacks = Some(callbacks);
    });
    // One listener for both events: each closure type costs the first download its own glue.
    let on_event = Closure::<dyn Fn(JsValue)>::new(|event: JsValue| {
        let kind = Reflect::get(&event, &"type".into()).ok().and_then(|t| t.as_string());
        if kind.as_deref() == Some("pagehide") {
            save_positions();
        } else {
            let y = scroll_y();
            MEMORY.with(|m| m.borrow_mut().last_y = y);
        }
    })
    .into_js_value();
    let passive = Object::new();
    _ = Reflect::set(&passive, &"passive".into(), &JsValue::TRUE);
    _ = add_listener(&w, "scroll", &on_event, &passive);
    _ = add_listener(&w, "pagehide", &on_event, &passive);
    if target > 0.0 {
        restore(target);
    }
}

/// The kept position of entry `key` (the top when none is kept).
fn position(positions: &[(String, i32)], key: &str) -> f64 {
    positions
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, y)| *y)
        .or_else(|| stored_position(key))
        .map_or(0.0, f64::from)
}

fn add_listener(
    target: &web_sys::Window,
    event: &str,
    callback: &JsValue,
    options: &Object,
) -> Result<JsValue, JsValue> {
    let add: Function =
        Reflect::get(target, &"addEventListener".into())?.dyn_into()?;
    add.call3(target, &event.into(), callback, options)
}

/// Whether a push is put off (see the module).
pub(crate) fn enabled() -> bool {
    MEMORY.with(|m| m.borrow().enabled)
}

/// A navigation leaves the current entry: keep its position and write the new entry once the
/// browser is idle. Returns false when the caller must push now itself.
pub(crate) fn push_later(state: JsValue, url: String) -> bool {
    let asked = MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        if !m.enabled {
            return None;
        }
        m.remember_current();
        m.restoring = None;
        m.pending = Some((state, url));
        let c = m.callbacks.as_ref()?;
        Some(c.idle.call2(&window(), &c.flush, &c.idle_options).is_ok())
    });
    match asked {
        None => false,
        Some(true) => true,
        // No idle moment to be had: now, as upstream.
        Some(false) => {
            flush();
            true
        }
    }
}

impl Memory {
    /// Keeps the position on screen as the current entry's.
    fn remember_current(&mut self) {
        let Some(key) = self.current.clone() else { return };
        let y = self.last_y.round() as i32;
        if let Some(kept) = self.positions.iter_mut().find(|(k, _)| *k == key) {
            kept.1 = y;
            return;
        }
        if self.positions.len() >= MAX_POSITIONS {
            self.positions.remove(0);
        }
        self.positions.push((key, y));
    }
}

/// Writes the waiting entry, if any. Every other history write calls this first, so that the
/// entries keep their order; so must an app that calls `history.replaceState` itself (else it
/// would replace the entry of the screen that was left). Public as
/// `location::write_pending_history_entry`.
pub fn flush() {
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
        let dropped = m.pending.take().is_some();
        if dropped
            && matches!((m.current_index, index), (Some(left), Some(now)) if now < left)
        {
            m.correcting = true;
            return (Traversal::Ignore, None);
        }
        // The position on screen belongs to the entry left, unless the screen on show never had
        // an entry (`dropped`) or the browser is on its way back to the entry of the screen on
        // show (see above).
        if !dropped && !std::mem::take(&mut m.correcting) {
            m.remember_current();
        }
        let target = position(&m.positions, &key);
        m.current = Some(key);
        m.current_index = index;
        let traversal =
            if dropped { Traversal::ShowAndDrop } else { Traversal::Show };
        (traversal, Some(target))
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
    MEMORY.with(|m| m.borrow_mut().restoring = Some((y, f64::NAN, RESTORE_FRAMES)));
    next_restore_step();
}

fn next_restore_step() {
    MEMORY.with(|m| {
        if let Some(c) = m.borrow().callbacks.as_ref() {
            _ = window().request_animation_frame(&c.restore_step);
        }
    });
}

fn restore_step() {
    let Some((target, set, frames_left)) =
        MEMORY.with(|m| m.borrow().restoring)
    else {
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
        m.restoring = (!done).then_some((target, reached, frames_left.saturating_sub(1)));
    });
    if !done {
        next_restore_step();
    }
}

fn session_storage() -> Option<JsValue> {
    Reflect::get(&window(), &"sessionStorage".into())
        .ok()
        .filter(|s| !s.is_undefined() && !s.is_null())
}

/// Where an entry's position is kept over a reload: `sessionStorage["leptos_router.scroll.<key>"]`
/// (set and read as properties, so the numbers are turned into text and back by the browser, not
/// by code in the first download).
fn stored_key(key: &str) -> JsValue {
    let mut name = String::from("leptos_router.scroll.");
    name.push_str(key);
    JsValue::from(name)
}

/// The position kept for `key` before the last reload, if any.
fn stored_position(key: &str) -> Option<i32> {
    let text = Reflect::get(&session_storage()?, &stored_key(key)).ok()?.as_string()?;
    let y = js_sys::Number::parse_float(&text);
    y.is_finite().then_some(y as i32)
}

/// Keeps every position over a reload (the page is hidden first).
fn save_positions() {
    let Some(storage) = session_storage() else { return };
    MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        m.remember_current();
        for (key, y) in &m.positions {
            _ = Reflect::set(&storage, &stored_key(key), &JsValue::from(*y));
        }
    });
}
