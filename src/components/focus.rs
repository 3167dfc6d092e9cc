//! Moving the keyboard focus after the DOM has caught up (not a widget: a helper for widgets
//! and pages that open editors or move items).

use wasm_bindgen::JsCast;

/// Focuses the element with `id` on the next animation frame (after Leptos has rendered it).
/// Does nothing if there is no such element by then.
pub fn focus_later(id: String) {
    leptos::prelude::request_animation_frame(move || {
        let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id));
        if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}
