//! Every card (or those in the filter of `?domein=`/`?fase=`), one per printed page.

use leptos::prelude::*;

use super::web;
use crate::components::{card_view::CardView, page_header::PageHeader};
use crate::content::{self, Filter};
use crate::i18n::use_i18n;

#[component]
pub fn PrintAllPage() -> impl IntoView {
    let i18n = use_i18n();
    // The screen is rebuilt when the language changes: read it once.
    let lang = i18n.lang();
    let t = i18n.t().cards();
    let query = leptos_router::hooks::use_query_map();
    let filter = Memo::new(move |_| query.with(|q| Filter::from_query(q.get_str("domein"), q.get_str("fase"))));
    let cards = Memo::new(move |_| {
        let f = filter.get();
        content::sorted_by_title(lang).into_iter().filter(|c| f.matches(c)).collect::<Vec<_>>()
    });
    let origin = web::origin();
    view! {
        <div class="print-all">
            <div class="print-all-intro no-print">
                <PageHeader title=t.print_all_title.to_string() back="/methodieken"/>
                <p>{t.print_all_intro}</p>
                <p>{move || (t.print_selection)(cards.with(Vec::len))}</p>
                <button type="button" class="button primary" on:click=|_| crate::browser::print()>
                    {t.print_all_button}
                </button>
            </div>
            <For
                each=move || cards.get()
                key=|c| c.slug
                children=move |card| {
                    let link = format!("{origin}/methodieken/{}", card.slug);
                    view! {
                        <article class="print-card card-sheet" aria-labelledby=format!("print-{}", card.slug)>
                            <h2 class="print-card-title" id=format!("print-{}", card.slug)>{card.title(lang)}</h2>
                            <CardView card=card heading_level=3/>
                            <p class="print-only print-footer">{format!("{} · {}?lang={}", t.printed_from, link, lang.code())}</p>
                        </article>
                    }
                }
            />
        </div>
    }
}
