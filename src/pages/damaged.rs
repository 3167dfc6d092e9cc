//! Damaged data, a part of the backup page (`/meer/back-up`, where the message about it leads):
//! what was put aside because it could not be read, with its date, kind and size (never its
//! contents: it may hold a name), a download of the exact stored text, "try again" after an
//! update, and delete. A part of that page rather than a screen of its own: another route costs
//! the first download (every route is matched in the shell).

use leptos::prelude::*;

use crate::domain::dates::format_be;
use crate::i18n::{use_i18n, Texts};
use crate::pages::profiles::display_name;
use crate::state::use_app_state;
use crate::storage::repo::{why_unreadable, QuarantinedText, Retried, RetryError};
use crate::storage::ReadError;

/// What happened to a text that is no longer in the list; said at the top of the screen.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    /// Back as a young person (`copy`: beside one with the same id).
    Case { id: String, name: String, copy: bool },
    Prefs,
    Deleted,
    Gone,
}

/// The damaged-data part of the backup page, shown while something is put aside (and after, so
/// the outcome of the last action stays readable). `items` is the list, by quarantine key; the
/// page reads it again after an import or a wipe.
#[component]
pub fn DamagedData(items: RwSignal<Vec<(String, QuarantinedText)>>) -> impl IntoView {
    let t = use_i18n().t();
    let d = t.damaged();
    let state = use_app_state();
    // The message that led here has said what it had to say: this part shows it all.
    state.dismiss_quarantine_notices();
    let outcome = RwSignal::new(None::<Outcome>);
    let outcome_ref = NodeRef::<leptos::html::Div>::new();
    // An item that leaves the list took the focus with it: the sentence that says why gets it.
    let done = Callback::new(move |o: Outcome| {
        outcome.set(Some(o));
        items.set(state.quarantined());
        if let Some(el) = outcome_ref.get_untracked() {
            let _ = el.focus();
        }
    });

    view! {
        <section class="card damaged" id="beschadigd" aria-labelledby="damaged-h">
            <h2 id="damaged-h">{d.title}</h2>
            <p>{d.intro}</p>
            <p class="hint">{d.privacy}</p>
            <div class="damaged-outcome" role="status" tabindex="-1" node_ref=outcome_ref>
                {move || outcome.get().map(|o| outcome_view(o, t))}
            </div>
            <Show when=move || items.with(Vec::is_empty)>
                <p class="empty">{d.none}</p>
            </Show>
            <ul class="damaged-list">
                <For
                    each=move || items.get()
                    key=|(key, _)| key.clone()
                    children=move |(key, item)| {
                        view! { <DamagedItem quarantine_key=key item done/> }
                    }
                />
            </ul>
        </section>
    }
}

fn outcome_view(o: Outcome, t: &'static Texts) -> AnyView {
    let d = t.damaged();
    match o {
        Outcome::Case { id, name, copy } => {
            let text = if copy { (d.back_copy)(&name) } else { (d.back_case)(&name) };
            view! {
                <p class="notice info">{text}" "<a href=format!("/jongeren/{id}")>{d.open_case}</a></p>
            }
            .into_any()
        }
        Outcome::Prefs => view! { <p class="notice info">{d.back_prefs}</p> }.into_any(),
        Outcome::Deleted => view! { <p class="notice info">{d.deleted}</p> }.into_any(),
        Outcome::Gone => view! { <p class="notice info">{d.gone}</p> }.into_any(),
    }
}

fn back(case: &crate::domain::CaseFile, copy: bool, t: &'static Texts) -> Outcome {
    Outcome::Case { id: case.profile.id.as_str().to_string(), name: display_name(&case.profile, t.common.no_name), copy }
}

/// One text put aside: what it was, when, how large, and what can be done with it.
#[component]
fn DamagedItem(
    /// Its quarantine key.
    quarantine_key: String,
    item: QuarantinedText,
    /// Called when it left the list.
    done: Callback<Outcome>,
) -> impl IntoView {
    let t = use_i18n().t();
    let d = t.damaged();
    let state = use_app_state();
    let heading_id = format!("dmg-{}", quarantine_key.replace('.', "-"));
    let question_id = format!("{heading_id}-q");
    let confirming = RwSignal::new(false);
    let failed = RwSignal::new(None::<RetryError>);
    let when = match item.at.and_then(crate::browser::local_date_of) {
        Some(day) => (d.put_aside_on)(&format_be(day)),
        None => d.date_unknown.to_string(),
    };
    let why = match why_unreadable(&item) {
        Some(ReadError::NewerSchema { .. }) => d.why_newer,
        _ => d.why_damaged,
    };
    let key = StoredValue::new(quarantine_key);
    let text = StoredValue::new(item.text.clone());

    let retry = move |_| {
        let result = state.retry_quarantined(&key.get_value());
        match result {
            Ok(Retried::Case(c)) => done.run(back(&c, false, t)),
            Ok(Retried::CaseCopy(c)) => done.run(back(&c, true, t)),
            Ok(Retried::Prefs(_)) => done.run(Outcome::Prefs),
            Err(RetryError::Gone) => done.run(Outcome::Gone),
            Err(e) => failed.set(Some(e)),
        }
    };
    let download = move |_| {
        // The app's one rule for file names: kind, date and a random tag (several copies made on
        // one day get different names), never anything the text holds.
        let name = crate::browser::download_name(&format!("back-on-track-{}", d.file_word), "txt");
        text.with_value(|text| {
            let _ = crate::browser::download(&name, "text/plain", text);
        });
    };
    let delete = move |_| match state.discard_quarantined(&key.get_value()) {
        Ok(()) => done.run(Outcome::Deleted),
        Err(e) => failed.set(Some(RetryError::Write(e))),
    };

    view! {
        <li class="damaged-item" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone()>{if item.is_case() { d.kind_case } else { d.kind_prefs }}</h3>
            <p>{when}</p>
            <p>{why}" "{(d.size)(item.text.len())}</p>
            <div class="button-row">
                <button type="button" class="button primary" aria-describedby=heading_id.clone() on:click=retry>{d.retry}</button>
                <button type="button" class="button" aria-describedby=heading_id.clone() on:click=download>{d.download}</button>
                <button type="button" class="button danger" aria-describedby=heading_id.clone()
                    aria-expanded=move || confirming.get().to_string()
                    on:click=move |_| confirming.set(true)>{d.delete}</button>
            </div>
            <p class="error" role="alert" hidden=move || failed.with(Option::is_none)>
                {move || match failed.get() {
                    Some(RetryError::Write(_)) => d.write_failed,
                    Some(_) => d.still_unreadable,
                    None => "",
                }}
            </p>
            <Show when=move || confirming.get()>
                <div role="alertdialog" class="confirm" aria-labelledby=question_id.clone()>
                    <p id=question_id.clone() class="confirm-question">{d.delete_question}</p>
                    <div class="button-row">
                        <button type="button" class="button danger" on:click=delete>{d.delete_confirm}</button>
                        <button type="button" class="button" on:click=move |_| confirming.set(false)>{t.common.cancel}</button>
                    </div>
                </div>
            </Show>
        </li>
    }
}
