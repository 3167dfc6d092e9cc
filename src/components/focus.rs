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

/// Opens the editor of an item that was just added, once the item itself has been painted.
///
/// On a long list (200 moments on a lifeline, 150 people on a map) the editor costs as much
/// script time as adding the item and redrawing everything else. The new item appears a frame
/// sooner this way; its editor follows in a task of its own (see [`crate::browser::when_idle`])
/// and gets the focus at `focus_id`. If the person opened another item in between, that one
/// stays open.
pub fn open_after_paint<T>(editing: leptos::prelude::RwSignal<Option<T>>, id: T, focus_id: String)
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    use leptos::prelude::*;
    let before = editing.get_untracked();
    crate::browser::when_idle(move || {
        // The page may be gone already (the person went back at once).
        if editing.try_get_untracked() == Some(before) {
            editing.set(Some(id));
            focus_later(focus_id);
        }
    });
}
