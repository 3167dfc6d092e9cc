//! The three baskets side by side (stacked on a phone), with the pile still to sort above them.

use leptos::prelude::*;

use crate::domain::baskets::{Basket, Concern, FIRST_BASKET_MAX};
use crate::i18n::use_i18n;

/// Shows every concern in its basket. Tapping a concern opens its actions: explicit buttons to
/// move it to another basket (no dragging), fields to correct it, and crossing it out (asked
/// once more). After a move the focus follows the concern to its new basket and the move is
/// announced, so keyboard and screen-reader users keep their place.
#[component]
pub fn BasketBoard(
    /// All concerns, sorted into baskets by their `basket` field.
    #[prop(into)]
    concerns: Signal<Vec<Concern>>,
    /// Move a concern: `(id, basket)`; `None` puts it back on the pile still to sort.
    on_move: Callback<(u32, Option<Basket>)>,
    /// The text of a concern was changed (never called with an empty text).
    on_text: Callback<(u32, String)>,
    /// Who raised a concern was changed.
    on_raised_by: Callback<(u32, String)>,
    /// Cross a concern off the list.
    on_remove: Callback<u32>,
    /// Prefix for element ids, unique on the page.
    #[prop(into, default = "bb".to_string())]
    id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || &i18n.t().worksheets().baskets;
    let open = RwSignal::new(None::<u32>);
    let announce = RwSignal::new(String::new());
    let prefix = StoredValue::new(id);

    let count = move |b: Option<Basket>| concerns.with(|cs| cs.iter().filter(|c| c.basket == b).count());

    let do_move = move |id: u32, to: Option<Basket>| {
        let text = concerns.with_untracked(|cs| cs.iter().find(|c| c.id == id).map(|c| c.text.trim().to_string()));
        on_move.run((id, to));
        open.set(None);
        if let Some(text) = text {
            let t = t();
            let name = match to {
                Some(b) => t.basket_short[b.index()],
                None => t.pile_short,
            };
            announce.set((t.moved)(&text, name));
        }
        // The concern is drawn anew in its new basket: put the focus back on it there.
        let el_id = format!("{}-c{id}", prefix.get_value());
        request_animation_frame(move || {
            if let Some(el) = document().get_element_by_id(&el_id) {
                use wasm_bindgen::JsCast;
                let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        });
    };

    // One list per place: the pile (only when something is on it) and the three baskets.
    let place = move |b: Option<Basket>| {
        let list_id = match b {
            Some(b) => format!("{}-b{}", prefix.get_value(), b.number()),
            None => format!("{}-pile", prefix.get_value()),
        };
        let heading_id = format!("{list_id}-h");
        let class = match b {
            Some(b) => format!("basket basket-{}", b.number()),
            None => "basket basket-pile".to_string(),
        };
        view! {
            <section class=class aria-labelledby=heading_id.clone() data-basket=b.map(|b| b.number()).unwrap_or(0)>
                <h3 id=heading_id.clone()>
                    {move || match b {
                        Some(b) => t().basket_names[b.index()],
                        None => t().pile_title,
                    }}
                    " "
                    <span class="basket-count">{move || format!("({})", (t().count)(count(b)))}</span>
                </h3>
                <p class="hint">
                    {move || match b {
                        Some(b) => t().basket_explain[b.index()],
                        None => t().pile_explain,
                    }}
                </p>
                {(b == Some(Basket::One)).then(|| view! {
                    <Show when=move || { count(Some(Basket::One)) > FIRST_BASKET_MAX }>
                        <p class="basket-warning" role="status">{move || (t().too_full)(count(Some(Basket::One)))}</p>
                    </Show>
                })}
                <Show
                    when=move || { count(b) > 0 }
                    fallback=move || view! { <p class="basket-empty">{move || t().basket_empty}</p> }
                >
                    <ul class="concern-list">
                        <For
                            each=move || concerns.with(|cs| cs.iter().filter(|c| c.basket == b).map(|c| c.id).collect::<Vec<_>>())
                            key=|id| *id
                            children=move |id| view! {
                                <ConcernItem id=id basket=b concerns=concerns open=open prefix=prefix
                                    do_move=Callback::new(move |to| do_move(id, to))
                                    on_text=on_text on_raised_by=on_raised_by on_remove=on_remove/>
                            }
                        />
                    </ul>
                </Show>
            </section>
        }
    };

    view! {
        <div class="basket-board">
            <Show when=move || { count(None) > 0 }>{move || place(None)}</Show>
            {Basket::ALL.into_iter().map(|b| place(Some(b))).collect_view()}
            <p class="visually-hidden" aria-live="polite">{move || announce.get()}</p>
        </div>
    }
}

/// One concern: a button that opens its actions.
#[component]
fn ConcernItem(
    id: u32,
    basket: Option<Basket>,
    concerns: Signal<Vec<Concern>>,
    open: RwSignal<Option<u32>>,
    prefix: StoredValue<String>,
    do_move: Callback<Option<Basket>>,
    on_text: Callback<(u32, String)>,
    on_raised_by: Callback<(u32, String)>,
    on_remove: Callback<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || &i18n.t().worksheets().baskets;
    let c = move || concerns.with(|cs| cs.iter().find(|c| c.id == id).cloned());
    let text = move || c().map(|c| c.text).unwrap_or_default();
    let raised = move || c().map(|c| c.raised_by).unwrap_or_default();
    let is_open = move || open.get() == Some(id);
    let confirming = RwSignal::new(false);
    let text_error = RwSignal::new(false);
    let base = format!("{}-c{id}", prefix.get_value());
    let panel_id = format!("{base}-panel");
    let text_id = format!("{base}-text");
    let raised_id = format!("{base}-by");
    let err_id = format!("{base}-err");

    view! {
        <li class="concern" class:is-open=is_open>
            // Buttons are not printed: paper gets the plain text.
            <p class="print-only concern-print">
                {move || text().trim().to_string()}
                <Show when=move || !raised().trim().is_empty()>
                    " · "{move || (t().raised_by)(raised().trim())}
                </Show>
            </p>
            <button
                type="button"
                id=base.clone()
                class="concern-button"
                aria-expanded=move || if is_open() { "true" } else { "false" }
                aria-controls=panel_id.clone()
                on:click=move |_| {
                    confirming.set(false);
                    open.set(if is_open() { None } else { Some(id) });
                }
            >
                <span class="concern-text">{move || text().trim().to_string()}</span>
                <Show when=move || !raised().trim().is_empty()>
                    <span class="concern-by">{move || (t().raised_by)(raised().trim())}</span>
                </Show>
            </button>
            <div class="concern-panel" id=panel_id hidden=move || !is_open()>
                <div class="button-row concern-moves">
                    {Basket::ALL.into_iter().filter(|b| Some(*b) != basket).map(|b| view! {
                        <button type="button" class="button" data-to=b.number() on:click=move |_| do_move.run(Some(b))>
                            {move || (t().move_to)(b.number())}
                        </button>
                    }).collect_view()}
                    {basket.is_some().then(|| view! {
                        <button type="button" class="button" data-to="0" on:click=move |_| do_move.run(None)>
                            {move || t().move_to_pile}
                        </button>
                    })}
                </div>
                <Show when=move || is_open()>
                    <div class="field">
                        <label for=text_id.clone()>{move || t().edit_text_label}</label>
                        <input
                            type="text"
                            id=text_id.clone()
                            autocomplete="off"
                            maxlength=crate::domain::baskets::MAX_CONCERN_CHARS
                            aria-invalid=move || text_error.get().then_some("true")
                            aria-describedby=err_id.clone()
                            prop:value=text
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                if v.trim().is_empty() {
                                    text_error.set(true);
                                } else {
                                    text_error.set(false);
                                    on_text.run((id, v));
                                }
                            }
                        />
                        <p class="error" id=err_id.clone() role="alert" hidden=move || !text_error.get()>
                            {move || t().empty_text}
                        </p>
                    </div>
                    <div class="field">
                        <label for=raised_id.clone()>{move || t().edit_raised_label}</label>
                        <input
                            type="text"
                            id=raised_id.clone()
                            autocomplete="off"
                            maxlength=crate::domain::baskets::MAX_NAME_CHARS
                            prop:value=raised
                            on:input=move |ev| on_raised_by.run((id, event_target_value(&ev)))
                        />
                    </div>
                </Show>
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <div class="button-row">
                            <button type="button" class="button" on:click=move |_| open.set(None)>
                                {move || i18n.t().common.done}
                            </button>
                            <button type="button" class="button danger" on:click=move |_| confirming.set(true)>
                                {move || t().remove}
                            </button>
                        </div>
                    }
                >
                    <div role="alertdialog" class="confirm" aria-label=move || (t().remove_question)(text().trim())>
                        <p class="confirm-question">{move || (t().remove_question)(text().trim())}</p>
                        <div class="button-row">
                            <button type="button" class="button danger" on:click=move |_| {
                                open.set(None);
                                on_remove.run(id);
                            }>
                                {move || t().remove}
                            </button>
                            <button type="button" class="button" on:click=move |_| confirming.set(false)>
                                {move || i18n.t().common.cancel}
                            </button>
                        </div>
                    </div>
                </Show>
            </div>
        </li>
    }
}
