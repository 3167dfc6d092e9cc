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

/// How many items of a long list to draw: `first` in the first frame, then `step` more in each
/// task of its own after that (see [`crate::browser::when_idle`]), until all `total()` are
/// there; from then on every item, so an item added later shows at once. A long list on a phone
/// (15 domains with their score buttons, 200 table rows) then answers the tap that opened it
/// with its first screenful instead of building everything before the first frame.
pub fn drawn_in_steps(first: usize, step: usize, total: impl Fn() -> usize + 'static) -> ReadSignal<usize> {
    let drawn = RwSignal::new(first);
    fn grow(drawn: RwSignal<usize>, step: usize, total: std::rc::Rc<dyn Fn() -> usize>) {
        crate::browser::when_idle(move || {
            // The page may be gone already (the person went back at once).
            let Some(now) = drawn.try_get_untracked() else { return };
            let next = now.saturating_add(step);
            if next >= total() {
                drawn.set(usize::MAX);
            } else {
                drawn.set(next);
                grow(drawn, step, total);
            }
        });
    }
    let total: std::rc::Rc<dyn Fn() -> usize> = std::rc::Rc::new(total);
    if first >= total() {
        drawn.set(usize::MAX);
    } else {
        grow(drawn, step.max(1), total);
    }
    drawn.read_only()
}
