//! One tap, one item.
//!
//! A double tap, or two clicks that the browser handles in one task, runs an "add" handler twice
//! before the first result is on screen: two young people, two actions, two readings. Wrapped in
//! [`one_tap`], a handler ignores activations until the next animation frame, when the first
//! one's result (the new item, or the screen it opened) is there to see; after that every tap
//! counts again, so adding a second item on purpose still works.

use std::cell::Cell;
use std::rc::Rc;

/// `handler`, run at most once per frame. Clones share the guard, so two buttons that start
/// the same thing (start a reading, start it and hand over) count as one.
pub fn one_tap<E: 'static>(handler: impl Fn(E) + 'static) -> impl Fn(E) + Clone + 'static {
    let busy = Rc::new(Cell::new(false));
    let handler = Rc::new(handler);
    move |ev: E| {
        if busy.replace(true) {
            return;
        }
        handler(ev);
        open_next_frame(busy.clone());
    }
}

// Not generic: one animation-frame closure for every guarded handler.
fn open_next_frame(busy: Rc<Cell<bool>>) {
    leptos::prelude::request_animation_frame(move || busy.set(false));
}

/// [`one_tap`] for a form: every submit is kept from the browser (which would send the form
/// away, also the second one that is ignored), and `handler` runs at most once per frame.
pub fn one_submit(handler: impl Fn() + 'static) -> impl Fn(leptos::ev::SubmitEvent) + Clone + 'static {
    let once = one_tap(move |()| handler());
    move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        once(());
    }
}
