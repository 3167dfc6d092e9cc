//! "Zet de app op je beginscherm": the browser's install question, offered at a calm moment
//! (the page decides when), never on the first open.

use leptos::prelude::*;

/// Shown only while the browser offers to install (Chromium's `beforeinstallprompt`, kept by
/// public/sw-client.js); gone after one tap, whatever the answer.
#[component]
pub fn InstallOffer(
    /// The button's text.
    label: &'static str,
    /// One line on what it gives.
    hint: &'static str,
) -> impl IntoView {
    let offered = RwSignal::new(crate::browser::can_install());
    let listener = window_event_listener_untyped("bot-install-ready", move |_| offered.set(true));
    on_cleanup(move || listener.remove());
    view! {
        <Show when=move || offered.get()>
            <section class="card install-offer">
                <button type="button" class="button primary" on:click=move |_| {
                    crate::browser::install();
                    offered.set(false);
                }>{label}</button>
                <p class="hint">{hint}</p>
            </section>
        </Show>
    }
}
