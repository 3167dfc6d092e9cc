use leptos::prelude::*;

use crate::content::{Card, Found, Section};
use crate::i18n::{cards::Cards, use_i18n, Lang};

/// One row of a card list: the card, and for a search hit in the body, where it matched.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CardRow {
    pub card: &'static Card,
    pub found: Option<Found>,
}

impl CardRow {
    pub fn plain(card: &'static Card) -> Self {
        CardRow { card, found: None }
    }
}

/// A list of method cards as links to `/methodieken/<slug>`: title, the one-line "why" (or,
/// for a search hit in the body, the sentence that matched) and a star for favourites.
///
/// Plain `<a>` links: the router still handles them (it listens for clicks on any same-origin
/// link), and they cost far less to create than the router's `<A>`, which matters for a list
/// that is rebuilt on each keystroke.
#[component]
pub fn CardList(
    /// The cards to show, in this order.
    #[prop(into)]
    rows: Signal<Vec<CardRow>>,
    /// Slugs of the user's favourite cards; these get a star.
    #[prop(into)]
    favourites: Signal<Vec<String>>,
    /// Accessible name of the list (e.g. "Alle methodieken").
    #[prop(into)]
    label: Signal<&'static str>,
    /// A class for the list, for a compact variant (`compact`).
    #[prop(optional, into)]
    class: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    // The screen is rebuilt when the language changes: read it once.
    let lang = i18n.lang();
    let t = i18n.t().cards();
    let class = format!("list card-list {}", class.unwrap_or_default());
    view! {
        <ul class=class aria-label=move || label.get()>
            <For
                each=move || rows.get()
                key=|row| (row.card.slug, row.found)
                children=move |row| {
                    let card = row.card;
                    let fav = move || favourites.with(|f| f.iter().any(|s| s == card.slug));
                    view! {
                        <li>
                            <a href=format!("/methodieken/{}", card.slug) class="list-item card-item">
                                <span class="list-title">
                                    {card.title(lang)}
                                    {move || fav().then(|| view! {
                                        <span class="fav-mark" aria-hidden="true">" ★"</span>
                                        <span class="visually-hidden">" ("{t.is_favourite}")"</span>
                                    })}
                                </span>
                                <span class="list-sub">{sub_line(row, lang, t)}</span>
                            </a>
                        </li>
                    }
                }
            />
        </ul>
    }
}

/// The "why" line, or where a search word was found ("Vragen om te stellen: …").
fn sub_line(row: CardRow, lang: Lang, t: &'static Cards) -> impl IntoView {
    match row.found.and_then(|f| f.text(row.card, lang).map(|text| (f.section, text))) {
        Some((section, text)) if section != Section::Why => {
            let label = match section {
                Section::Why => t.why,
                Section::When => t.when,
                Section::Steps => t.steps,
                Section::Questions => t.questions,
                Section::WatchOut => t.watch_out,
                Section::Source => t.source,
            };
            view! { <span class="excerpt-label">{label}": "</span>{text} }.into_any()
        }
        _ => row.card.text(lang).why.into_any(),
    }
}
