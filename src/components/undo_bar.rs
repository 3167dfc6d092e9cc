use leptos::prelude::*;

use crate::i18n::use_i18n;

/// A short message after something was deleted, with "undo" and "close". Announced politely.
/// Shows nothing while `message` is `None`.
#[component]
pub fn UndoBar(
    /// What happened ("The moment was deleted."), or `None` for nothing to undo.
    #[prop(into)]
    message: Signal<Option<String>>,
    /// Puts the deleted thing back.
    on_undo: Callback<()>,
    /// Hides the message (the deletion stays).
    on_dismiss: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="undo-bar no-print" role="status" hidden=move || message.with(|m| m.is_none())>
            {move || message.get().map(|m| view! {
                <p>{m}</p>
                <div class="button-row">
                    <button type="button" class="button primary" on:click=move |_| on_undo.run(())>{i18n.t().common.undo}</button>
                    <button type="button" class="button" on:click=move |_| on_dismiss.run(())>{i18n.t().common.close}</button>
                </div>
            })}
        </div>
    }
}
