//! Browser calls only the card pages need: the address bar, the clipboard, the share sheet,
//! full screen and a class on `<body>`. Optional APIs are reached through `js_sys::Reflect`, so
//! a browser without them simply gets the fallback (and no extra web-sys features are needed).

use js_sys::{Function, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

fn get(target: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(name)).ok().filter(|v| !v.is_undefined() && !v.is_null())
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    get(target, name).and_then(|f| f.dyn_into::<Function>().ok())
}

/// Replaces the current address (same page) without a navigation, so the back button later
/// returns to exactly this search. Cheap enough to call on every keystroke.
pub fn replace_url(url: &str) {
    // Right after a link the router may not have written the new screen's history entry yet
    // (vendor/leptos_router/PATCHES.md): write it first, so this replaces the right entry.
    leptos_router::location::write_pending_history_entry();
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(url));
    }
}

/// `https://host` of the running app.
pub fn origin() -> String {
    web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default()
}

/// Percent-encodes a query value.
pub fn encode(value: &str) -> String {
    String::from(js_sys::encode_uri_component(value))
}

/// What happened when the user asked to share a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareOutcome {
    /// Still waiting for the browser.
    Pending,
    /// Copied to the clipboard.
    Copied,
    /// The phone's share sheet opened (and was used or closed by the user).
    Shared,
    /// Neither worked: the user copies the shown link by hand.
    Failed,
}

/// Opens the phone's share sheet when there is one, else copies `url` to the clipboard.
/// `outcome` is set once the browser answers.
pub fn share_link(title: &str, url: &str, outcome: RwSignal<Option<ShareOutcome>>) {
    outcome.set(Some(ShareOutcome::Pending));
    let Some(window) = web_sys::window() else {
        outcome.set(Some(ShareOutcome::Failed));
        return;
    };
    let navigator: JsValue = window.navigator().into();
    let touch = window.navigator().max_touch_points() > 0;
    // The share sheet only on touch devices: on a laptop, copying is what people expect.
    if touch {
        if let Some(share) = method(&navigator, "share") {
            let data = js_sys::Object::new();
            let _ = Reflect::set(&data, &"title".into(), &title.into());
            let _ = Reflect::set(&data, &"url".into(), &url.into());
            if let Ok(p) = share.call1(&navigator, &data) {
                let url = url.to_string();
                let ok = Closure::once_into_js(move |_: JsValue| outcome.set(Some(ShareOutcome::Shared)));
                // Closed without sharing, or not allowed: fall back to copying.
                let err = Closure::once_into_js(move |_: JsValue| copy(&navigator_of(), &url, outcome));
                if then(&p, &ok, &err) {
                    return;
                }
            }
        }
    }
    copy(&navigator, url, outcome);
}

fn navigator_of() -> JsValue {
    web_sys::window().map(|w| w.navigator().into()).unwrap_or(JsValue::UNDEFINED)
}

fn copy(navigator: &JsValue, url: &str, outcome: RwSignal<Option<ShareOutcome>>) {
    let promise = get(navigator, "clipboard")
        .and_then(|c| method(&c, "writeText").and_then(|f| f.call1(&c, &url.into()).ok()));
    let ok = Closure::once_into_js(move |_: JsValue| outcome.set(Some(ShareOutcome::Copied)));
    let err = Closure::once_into_js(move |_: JsValue| outcome.set(Some(ShareOutcome::Failed)));
    if !promise.is_some_and(|p| then(&p, &ok, &err)) {
        outcome.set(Some(ShareOutcome::Failed));
    }
}

/// `promise.then(ok, err)`; false when `promise` is not a promise.
fn then(promise: &JsValue, ok: &JsValue, err: &JsValue) -> bool {
    method(promise, "then").is_some_and(|f| f.call2(promise, ok, err).is_ok())
}

/// Enters or leaves full screen (for a projector); does nothing where it is not supported.
pub fn toggle_fullscreen() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let doc_js: JsValue = doc.clone().into();
    if get(&doc_js, "fullscreenElement").is_some() {
        if let Some(exit) = method(&doc_js, "exitFullscreen") {
            let _ = exit.call0(&doc_js);
        }
    } else if let Some(root) = doc.document_element() {
        let root: JsValue = root.into();
        if let Some(enter) = method(&root, "requestFullscreen") {
            let _ = enter.call0(&root);
        }
    }
}

/// Whether the browser offers full screen at all (so the button is not shown in vain).
pub fn fullscreen_supported() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| get(&d.into(), "fullscreenEnabled"))
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Sets `element.style.fontSize` through the CSSOM (allowed by the CSP, unlike a style attribute).
fn set_font_size(element: &web_sys::Element, value: &str) {
    if let Some(style) = get(element, "style") {
        let _ = Reflect::set(&style, &"fontSize".into(), &value.into());
    }
}

/// Removes a font size set by [`fit_font_size`].
pub fn clear_font_size(element: &web_sys::Element) {
    set_font_size(element, "");
}

/// The largest font size (px, from `max_px` down to `min_px`) at which `container` needs no
/// scrolling, found by bisection (a handful of layouts); it is left set on `target`.
pub fn fit_font_size(container: &web_sys::Element, target: &web_sys::Element, max_px: i32, min_px: i32) -> i32 {
    let fits = |px: i32| {
        set_font_size(target, &format!("{px}px"));
        container.scroll_height() <= container.client_height()
    };
    if max_px <= min_px || fits(max_px) {
        return max_px.max(min_px);
    }
    let (mut lo, mut hi) = (min_px, max_px); // invariant: hi does not fit
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if fits(mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    fits(lo);
    lo
}

/// Adds or removes a class on `<body>` (presentation mode hides the app's navigation).
pub fn set_body_class(class: &str, on: bool) {
    if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
        let mut classes: Vec<String> =
            body.class_name().split_whitespace().filter(|c| *c != class).map(str::to_string).collect();
        if on {
            classes.push(class.to_string());
        }
        body.set_class_name(&classes.join(" "));
    }
}
