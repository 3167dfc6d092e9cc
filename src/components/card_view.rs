use leptos::prelude::*;

use crate::content::Card;
use crate::i18n::use_i18n;

/// The body of a method card in the current language: why, when (phases, life domains, with
/// whom), the steps, the questions to ask, the watch-outs, related cards, the source and the
/// note that the card is the toolkit's summary, not the official methodiekenmap.
///
/// The title is left to the caller (a page's `h1`, or a heading in a list of cards). Content
/// placed as children (e.g. the worksheet chooser) appears after the watch-outs.
#[component]
pub fn CardView(
    /// The card to show.
    card: &'static Card,
    /// Level of the section headings: 2 under a page title (default), 3 when the card sits
    /// under its own `h2` (the print-all page).
    #[prop(optional)]
    heading_level: Option<u8>,
    /// Extra sections shown after "watch out" (the page's worksheet chooser).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    // The screen is rebuilt when the language changes: read it once.
    let lang = i18n.lang();
    let all = i18n.t();
    let t = all.cards();
    let text = card.text(lang);
    let h = |label: &'static str| heading(heading_level.unwrap_or(2), label);
    let domains = if card.domains.is_empty() {
        view! { <span>{t.all_life_domains}</span> }.into_any()
    } else {
        view! {
            <ul class="chips">
                {card.domains.iter().map(|d| view! {
                    <li><a href=format!("/methodieken?domein={}", d.slug()) class="chip">{all.domains().name(*d)}</a></li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let with = card.with.iter().map(|w| t.who[w.index()]).collect::<Vec<_>>().join(" · ");

    view! {
        <div class="card-body">
            <p class="card-why">{text.why}</p>

            <section class="card-section card-when">
                {h(t.when)}
                <p>{text.when}</p>
                <dl class="card-facts">
                    <div>
                        <dt>{t.phases}</dt>
                        <dd>
                            <ul class="chips">
                                {card.phases.iter().map(|p| view! {
                                    <li><a href=format!("/methodieken?fase={}", p.slug()) class="chip">{all.phases().name(*p)}</a></li>
                                }).collect_view()}
                            </ul>
                        </dd>
                    </div>
                    <div>
                        <dt>{t.domains}</dt>
                        <dd>{domains}</dd>
                    </div>
                    <div>
                        <dt>{t.with_whom}</dt>
                        <dd>{with}</dd>
                    </div>
                </dl>
            </section>

            <section class="card-section card-steps">
                {h(t.steps)}
                <ol>{items(text.steps)}</ol>
            </section>

            <section class="card-section card-questions">
                {h(t.questions)}
                <ul class="questions">{items(text.questions)}</ul>
            </section>

            <section class="card-section card-watch">
                {h(t.watch_out)}
                <ul>{items(text.watch_out)}</ul>
            </section>

            {children.map(|c| c())}

            <section class="card-section card-related">
                {h(t.related)}
                <ul class="chips">
                    {card.related_cards().map(|r| view! {
                        <li><a href=format!("/methodieken/{}", r.slug) class="chip">{r.title(lang)}</a></li>
                    }).collect_view()}
                </ul>
            </section>

            <section class="card-section card-source">
                {h(t.source)}
                <p>{card.source}</p>
                <p class="card-note">{t.summary_note}</p>
            </section>
        </div>
    }
}

/// One `<li>` per text.
pub fn items(list: &'static [&'static str]) -> impl IntoView {
    list.iter().map(|s| view! { <li>{*s}</li> }).collect_view()
}

/// A section heading at `level` (2 or 3).
fn heading(level: u8, text: &'static str) -> AnyView {
    if level >= 3 {
        view! { <h3>{text}</h3> }.into_any()
    } else {
        view! { <h2>{text}</h2> }.into_any()
    }
}
