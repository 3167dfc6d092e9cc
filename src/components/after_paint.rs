//! The lower part of a long page, drawn just after the top has been painted.
//!
//! Opening a page builds all of it before the first frame. On a heavy plan the parts below the
//! first screen (tables, lists, forms) cost more than the part the person sees, so the screen
//! appeared later than it had to. Here they follow in a task of their own, before anyone can
//! scroll to them; nothing moves on the visible part of the screen when they arrive.

use leptos::prelude::*;

/// Draws `children` once the browser has painted the rest of the page and has a moment
/// (see [`crate::browser::when_idle`]). `children` is the whole lower part, in page order.
#[component]
pub fn AfterPaint(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    crate::browser::when_idle(move || {
        // The page may be gone already (the person went back at once).
        let _ = ready.try_set(true);
    });
    move || ready.get().then(|| children())
}
