//! Methodieken (issue 3): the list with search and filters, one card, presentation mode and
//! the print-all page.
//!
//! URLs (a filtered view or a search is a link):
//! - `/methodieken?q=…&domein=…&fase=…` — the list;
//! - `/methodieken/<slug>` — one card (`?lang=en` opens it in English);
//! - `/methodieken/<slug>/presentatie` — one card per screen for a projector;
//! - `/methodieken/afdrukken` — every card (or the filtered ones), one per printed page.

pub(crate) mod presentation;
mod print_all;
pub(crate) mod web;

pub use presentation::PresentationPage;
pub use print_all::PrintAllPage;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use leptos_router::NavigateOptions;

use crate::components::{
    card_list::{CardList, CardRow},
    card_view::CardView,
    page_header::PageHeader,
    search_box::SearchBox,
};
use crate::content::{self, is_blank, search, Card, Filter};
use crate::domain::{phase::Phase, LifeDomain};
use crate::i18n::use_i18n;
use crate::pages::profiles::display_name;
use crate::state::use_app_state;
use web::ShareOutcome;

/// How many recently opened cards the list shows.
const RECENT_SHOWN: usize = 4;

/// The filter in the current URL (`?domein=…&fase=…`).
fn use_filter() -> Memo<Filter> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| Filter::from_query(q.get_str("domein"), q.get_str("fase"))))
}

/// `?domein=…&fase=…` (with a leading `?`), or "" without a filter.
fn filter_suffix(f: &Filter) -> String {
    let q = f.to_query();
    if q.is_empty() {
        q
    } else {
        format!("?{q}")
    }
}

/// The list URL for a filter and search text.
fn list_url(f: &Filter, text: &str) -> String {
    let mut q = f.to_query();
    if !text.is_empty() {
        if !q.is_empty() {
            q.push('&');
        }
        q.push_str("q=");
        q.push_str(&web::encode(text));
    }
    if q.is_empty() {
        "/methodieken".into()
    } else {
        format!("/methodieken?{q}")
    }
}

#[component]
pub fn CardsPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let navigate = use_navigate();
    // The screen is rebuilt when the language changes: read it once.
    let lang = i18n.lang();
    let all_texts = i18n.t();
    let t = all_texts.cards();
    let filter = use_filter();

    // The search text starts from `?q=` (so "back" from a card restores the search) and is
    // mirrored into the address bar without a navigation, which would cost a frame per key.
    let text = RwSignal::new(use_query_map().with_untracked(|q| q.get("q").unwrap_or_default()));
    let on_input = Callback::new(move |s: String| {
        web::replace_url(&list_url(&filter.get_untracked(), &s));
        text.set(s);
    });
    let searching = Memo::new(move |_| text.with(|q| !is_blank(q)));

    let rows = Memo::new(move |_| {
        let f = filter.get();
        text.with(|q| {
            if is_blank(q) {
                content::sorted_by_title(lang).into_iter().filter(|c| f.matches(c)).map(CardRow::plain).collect::<Vec<_>>()
            } else {
                search(q, lang, |c| f.matches(c)).into_iter().map(|h| CardRow { card: h.card, found: h.found }).collect()
            }
        })
    });

    let favourites = Signal::derive(move || state.prefs().with(|p| p.favourite_cards.clone()));
    let fav_rows = Signal::derive(move || {
        let mut rows: Vec<CardRow> =
            favourites.with(|f| f.iter().filter_map(|s| content::by_slug(s)).map(CardRow::plain).collect());
        rows.sort_by_cached_key(|r| content::search::fold(r.card.title(lang)));
        rows
    });
    let recent_rows = Signal::derive(move || {
        state.prefs().with(|p| {
            p.recent_cards.iter().filter_map(|s| content::by_slug(s)).take(RECENT_SHOWN).map(CardRow::plain).collect::<Vec<_>>()
        })
    });
    let browsing = move || !searching.get() && filter.get().is_empty();

    let go = {
        let navigate = navigate.clone();
        move |f: Filter| {
            let url = list_url(&f, &text.get_untracked());
            navigate(&url, NavigateOptions { scroll: false, ..Default::default() });
        }
    };
    let set_domain = {
        let go = go.clone();
        move |ev: leptos::ev::Event| {
            let mut f = filter.get_untracked();
            f.domain = LifeDomain::from_slug(&event_target_value(&ev));
            go(f);
        }
    };
    let set_phase = {
        let go = go.clone();
        move |ev: leptos::ev::Event| {
            let mut f = filter.get_untracked();
            f.phase = Phase::from_slug(&event_target_value(&ev));
            go(f);
        }
    };
    let show_all = move |_| {
        text.set(String::new());
        navigate("/methodieken", NavigateOptions { scroll: false, ..Default::default() });
    };

    // Build the search index while the list paints, so the first keystroke is as fast as the rest.
    set_timeout(content::search::warm_up, std::time::Duration::from_millis(30));

    let list_heading = Signal::derive(move || {
        if searching.get() {
            t.results
        } else if filter.get().is_empty() {
            t.all_cards
        } else {
            t.filtered
        }
    });

    view! {
        <div class="cards-page">
            <PageHeader title=t.title.to_string() back="/"/>
            <p class="lead">{t.intro}</p>
            <SearchBox
                id="card-search"
                label=t.search_label
                hint=t.search_hint
                clear_label=t.clear_search
                value=text
                on_input=on_input
            />
            <div class="card-filters">
                <div class="field">
                    <label for="filter-domain">{t.filter_domain}</label>
                    <select autocomplete="off" id="filter-domain" on:change=set_domain>
                        <option value="" prop:selected=move || filter.get().domain.is_none()>{t.all_domains}</option>
                        {LifeDomain::ALL.into_iter().map(|d| view! {
                            <option value=d.slug() prop:selected=move || filter.get().domain == Some(d)>
                                {all_texts.domains().name(d)}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-phase">{t.filter_phase}</label>
                    <select autocomplete="off" id="filter-phase" on:change=set_phase>
                        <option value="" prop:selected=move || filter.get().phase.is_none()>{t.all_phases}</option>
                        {Phase::ALL.into_iter().map(|p| view! {
                            <option value=p.slug() prop:selected=move || filter.get().phase == Some(p)>
                                {all_texts.phases().name(p)}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
            </div>

            <Show when=move || browsing() && !fav_rows.with(Vec::is_empty)>
                <section class="card-group" aria-labelledby="fav-heading">
                    <h2 id="fav-heading">{t.favourites}</h2>
                    <CardList rows=fav_rows favourites=favourites label=t.favourites class="compact"/>
                </section>
            </Show>
            <Show when=move || browsing() && !recent_rows.with(Vec::is_empty)>
                <section class="card-group" aria-labelledby="recent-heading">
                    <h2 id="recent-heading">{t.recent}</h2>
                    <CardList rows=recent_rows favourites=favourites label=t.recent class="compact"/>
                </section>
            </Show>

            <section class="card-group" aria-labelledby="list-heading">
                <h2 id="list-heading">{list_heading}</h2>
                <p class="result-count" role="status">
                    {move || {
                        let n = rows.with(Vec::len);
                        if searching.get() { (t.found)(n) } else { (t.count)(n) }
                    }}
                </p>
                <Show when=move || rows.with(Vec::is_empty)>
                    <div class="empty">
                        <p>
                            {move || if searching.get() { (t.no_results)(&text.get()) } else { t.no_cards_for_filter.to_string() }}
                        </p>
                        <Show when=move || searching.get()>
                            <p>{t.no_results_hint}</p>
                        </Show>
                        <button type="button" class="button" on:click=show_all.clone()>{t.show_all}</button>
                    </div>
                </Show>
                <CardList rows=rows favourites=favourites label=list_heading/>
            </section>

            <section class="card-group card-tools no-print" aria-labelledby="tools-heading">
                <h2 id="tools-heading">{t.tools_label}</h2>
                <div class="button-row">
                    {move || rows.with(|r| r.first().map(|r| r.card.slug)).map(|first| view! {
                        <a href=format!("/methodieken/{first}/presentatie{}", filter_suffix(&filter.get())) class="button">
                            <span aria-hidden="true">"▶ "</span>{t.present}
                        </a>
                    })}
                    <a href=move || format!("/methodieken/afdrukken{}", filter_suffix(&filter.get())) class="button">
                        {t.print_all}
                    </a>
                    <a href="/cursus" class="button">{all_texts.training().open_course}</a>
                </div>
            </section>
        </div>
    }
}

#[component]
pub fn CardPage() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| params.with(|p| p.get("slug").unwrap_or_default()));
    move || match content::by_slug(&slug.get()) {
        Some(card) => view! { <CardScreen card=card/> }.into_any(),
        None => view! { <CardNotFound slug=slug.get_untracked()/> }.into_any(),
    }
}

#[component]
fn CardScreen(card: &'static Card) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let lang = i18n.lang();
    let t = i18n.t().cards();

    // Remember it as recently opened (after the card is on screen; a write only when it changes).
    Effect::new(move |_| {
        if state.prefs().with_untracked(|p| p.recent_cards.first().map(String::as_str) != Some(card.slug)) {
            state.update_prefs(|p| p.opened_card(card.slug));
        }
    });

    let is_fav = Memo::new(move |_| state.prefs().with(|p| p.is_favourite(card.slug)));
    let message = RwSignal::new(None::<&'static str>);
    let toggle_fav = move |_| {
        let mut now = false;
        state.update_prefs(|p| now = p.toggle_favourite(card.slug));
        message.set(Some(if now { t.favourite_on } else { t.favourite_off }));
    };

    let share_url = format!("{}/methodieken/{}?lang={}", web::origin(), card.slug, lang.code());
    let shared = RwSignal::new(None::<ShareOutcome>);
    let share = {
        let url = share_url.clone();
        move |_| web::share_link(card.title(lang), &url, shared)
    };
    let footer = format!("{} · {}", t.printed_from, share_url);
    // A QR code of the card's link, for a room full of phones (course mode's companion).
    let tt = i18n.t().training();
    let show_qr = RwSignal::new(false);
    let qr_url = share_url.clone();

    view! {
        <article class="card-page card-sheet">
            <PageHeader title=card.title(lang).to_string() back="/methodieken"/>
            <div class="card-toolbar no-print">
                <button type="button" class="button fav-toggle" aria-pressed=move || if is_fav.get() { "true" } else { "false" } on:click=toggle_fav>
                    <span aria-hidden="true">{move || if is_fav.get() { "★" } else { "☆" }}</span>
                    {t.favourite}
                </button>
                <button type="button" class="button" on:click=share>
                    {t.share}
                </button>
                <button type="button" class="button" on:click=move |_| crate::browser::print()>
                    {t.print}
                </button>
                <a href=format!("/methodieken/{}/presentatie", card.slug) class="button">
                    <span aria-hidden="true">"▶"</span>
                    {t.present}
                </a>
                <button type="button" class="button" aria-expanded=move || show_qr.get().to_string()
                    on:click=move |_| show_qr.update(|v| *v = !*v)>
                    {move || if show_qr.get() { tt.hide_qr } else { tt.show_qr }}
                </button>
            </div>
            <Show when=move || show_qr.get()>
                <div class="card-qr no-print">
                    <crate::components::qr_code::QrImage id="card-qr" text=Signal::stored(qr_url.clone())
                        label=Signal::stored((tt.qr_label)(&qr_url))/>
                    <p class="share-link">{qr_url.clone()}</p>
                </div>
            </Show>
            <p class="toolbar-status no-print" role="status">
                {move || match shared.get() {
                    Some(ShareOutcome::Copied) => t.share_copied,
                    Some(ShareOutcome::Failed) => t.share_failed,
                    _ => message.get().unwrap_or(""),
                }}
            </p>
            <Show when=move || matches!(shared.get(), Some(ShareOutcome::Copied | ShareOutcome::Failed))>
                <div class="field share-box no-print">
                    <label for="share-url">{t.share_link_label}</label>
                    <input autocomplete="off" id="share-url" type="text" readonly prop:value=share_url.clone() on:focus=move |ev| {
                        use wasm_bindgen::JsCast;
                        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    }/>
                </div>
            </Show>
            <CardView card=card>
                {card.worksheet.map(|ws| view! { <WorksheetChooser worksheet=ws/> })}
            </CardView>
            <p class="print-only print-footer">{footer}</p>
        </article>
    }
}

/// Links to this card's worksheet for each young person on the device, or a way to add one.
#[component]
fn WorksheetChooser(worksheet: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = i18n.t();
    view! {
        <section class="card-section card-worksheet no-print">
            <h2>{t.cards().worksheet}</h2>
            <Show
                when=move || !state.cases().with(Vec::is_empty)
                fallback=move || view! {
                    <p>{t.cards().worksheet_none}</p>
                    <a href="/jongeren" class="button">{t.cards().worksheet_add}</a>
                }
            >
                <p>{t.cards().worksheet_intro}</p>
                <ul class="link-list">
                    <For
                        each=move || state.cases().get()
                        key=|c| c.with_untracked(|c| c.profile.id.clone())
                        children=move |case| {
                            let id = case.with_untracked(|c| c.profile.id.clone());
                            view! {
                                <li>
                                    <a href=format!("/jongeren/{id}/werkblad/{worksheet}")>
                                        {move || (t.cards().worksheet_for)(&case.with(|c| display_name(&c.profile, t.common.no_name)))}
                                    </a>
                                </li>
                            }
                        }
                    />
                </ul>
            </Show>
        </section>
    }
}

/// An unknown slug: say so kindly, suggest close matches and lead back to the list.
#[component]
pub(crate) fn CardNotFound(slug: String) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let t = i18n.t().cards();
    // Try the whole slug, then its longest word: "drie-manden-xyz" still suggests the baskets.
    let words = slug.replace(['-', '_', '+'], " ");
    let mut hits = search(&words, lang, |_| true);
    if hits.is_empty() {
        if let Some(longest) = words.split(' ').max_by_key(|w| w.len()) {
            hits = search(longest, lang, |_| true);
        }
    }
    let suggestions: Vec<CardRow> = hits.into_iter().take(3).map(|h| CardRow::plain(h.card)).collect();
    let any = !suggestions.is_empty();
    view! {
        <PageHeader title=t.not_found_title.to_string() back="/methodieken"/>
        <p>{t.not_found_body}</p>
        {any.then(|| view! {
            <h2>{t.did_you_mean}</h2>
            <CardList rows=Signal::stored(suggestions) favourites=Signal::derive(Vec::new) label=t.did_you_mean/>
        })}
        <p><a href="/methodieken" class="button primary">{t.to_all_cards}</a></p>
    }
}
