//! Presentation mode for trainers: one card per screen in large type, readable on a projector
//! at 1920×1080. Next/previous with the arrow keys (also PageDown/PageUp from a presenter
//! remote), the on-screen buttons or a swipe; Escape returns to the card.
//!
//! The deck is the list the trainer came from: `?domein=`/`?fase=` keep the filter, so a
//! session on one phase shows only that phase's cards. Each slide has its own link.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use leptos_router::NavigateOptions;

use super::{filter_suffix, web, CardNotFound};
use crate::components::card_view::items;
use crate::content::{self, Card, Filter};
use crate::i18n::use_i18n;

/// A horizontal move of at least this many CSS pixels (and more sideways than up or down)
/// counts as a swipe.
const SWIPE_MIN_PX: i32 = 50;

/// From this window width (CSS px) the card is fitted to one screen.
const FIT_MIN_WIDTH: i32 = 960;
/// The smallest body text the fitting may choose.
const FIT_MIN_PX: i32 = 16;

/// The slide that follows `index` when moving by `step`, staying within `0..len`.
pub fn step_index(index: usize, step: i32, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (index as i64 + step as i64).clamp(0, len as i64 - 1) as usize
}

/// Which way a finger moved: `Some(1)` to the next card (swiped left), `Some(-1)` back.
pub fn swipe_step(dx: i32, dy: i32) -> Option<i32> {
    if dx.abs() >= SWIPE_MIN_PX && dx.abs() > dy.abs() {
        Some(if dx < 0 { 1 } else { -1 })
    } else {
        None
    }
}

/// Starts presenting on this screen, until it goes away: the app's navigation is hidden (a class
/// on `<body>`, see cards.css), and the keys move through the deck wherever the focus is, except
/// while a modifier is held — arrows, PageDown/PageUp (a presenter remote), Home/End. Escape goes
/// to `on_escape`, any other key to `on_other`. Returns the touch handlers that turn a swipe on
/// the slide into a step. Shared by the card presentation and the course outline.
pub fn start_presenting(
    go: impl Fn(i32) + Clone + 'static,
    on_escape: impl Fn() + 'static,
    on_other: impl Fn(&str) + 'static,
) -> (impl Fn(leptos::ev::TouchEvent) + Clone + 'static, impl Fn(leptos::ev::TouchEvent) + Clone + 'static) {
    let keys = window_event_listener(leptos::ev::keydown, {
        let go = go.clone();
        move |ev| {
            if ev.ctrl_key() || ev.alt_key() || ev.meta_key() || ev.default_prevented() {
                return;
            }
            let step = match ev.key().as_str() {
                "ArrowRight" | "PageDown" => 1,
                "ArrowLeft" | "PageUp" => -1,
                "Home" => -(i32::MAX / 2),
                "End" => i32::MAX / 2,
                "Escape" => {
                    ev.prevent_default();
                    on_escape();
                    return;
                }
                other => {
                    on_other(other);
                    return;
                }
            };
            ev.prevent_default();
            go(step);
        }
    });
    on_cleanup(move || keys.remove());
    web::set_body_class("presenting", true);
    on_cleanup(|| web::set_body_class("presenting", false));

    let touch_start = StoredValue::new(None::<(i32, i32)>);
    let on_touch_start = move |ev: leptos::ev::TouchEvent| {
        touch_start.set_value(ev.touches().get(0).map(|p| (p.client_x(), p.client_y())));
    };
    let on_touch_end = move |ev: leptos::ev::TouchEvent| {
        let Some((x0, y0)) = touch_start.get_value() else { return };
        touch_start.set_value(None);
        if let Some(p) = ev.changed_touches().get(0) {
            if let Some(step) = swipe_step(p.client_x() - x0, p.client_y() - y0) {
                go(step);
            }
        }
    };
    (on_touch_start, on_touch_end)
}

#[component]
pub fn PresentationPage() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| params.with(|p| p.get("slug").unwrap_or_default()));
    // Only a change between "card" and "no such card" rebuilds the screen; moving to the next
    // slide just updates the texts.
    let exists = Memo::new(move |_| slug.with(|s| content::by_slug(s).is_some()));
    move || {
        if exists.get() {
            view! { <Presentation slug=slug/> }.into_any()
        } else {
            view! { <CardNotFound slug=slug.get_untracked()/> }.into_any()
        }
    }
}

#[component]
fn Presentation(slug: Memo<String>) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    // The screen is rebuilt when the language changes: read it once.
    let lang = i18n.lang();
    let t = i18n.t().cards();
    let query = use_query_map();
    let filter = Memo::new(move |_| query.with(|q| Filter::from_query(q.get_str("domein"), q.get_str("fase"))));

    // The deck: the filtered list in title order; a card outside the filter gets the whole set.
    let deck = Memo::new(move |_| {
        let f = filter.get();
        let all = content::sorted_by_title(lang);
        let filtered: Vec<&'static Card> = all.iter().copied().filter(|c| f.matches(c)).collect();
        let s = slug.get();
        if filtered.iter().any(|c| c.slug == s) {
            filtered
        } else {
            all
        }
    });
    let index = Memo::new(move |_| slug.with(|s| deck.with(|d| d.iter().position(|c| c.slug == *s).unwrap_or(0))));
    let card = Memo::new(move |_| deck.with(|d| d[index.get()]));

    let go = {
        let navigate = navigate.clone();
        move |step: i32| {
            let (i, len) = (index.get_untracked(), deck.with_untracked(Vec::len));
            let next = step_index(i, step, len);
            if next != i {
                let target = deck.with_untracked(|d| d[next].slug);
                let url = format!("/methodieken/{target}/presentatie{}", filter_suffix(&filter.get_untracked()));
                navigate(&url, NavigateOptions { replace: true, scroll: false, ..Default::default() });
            }
        }
    };
    let leave = {
        let navigate = navigate.clone();
        move || {
            let url = format!("/methodieken/{}", slug.get_untracked());
            navigate(&url, NavigateOptions { replace: true, ..Default::default() });
        }
    };

    let (on_touch_start, on_touch_end) = start_presenting(go.clone(), leave.clone(), |_| {});
    Effect::new(move |_| crate::browser::set_title(&format!("{} · {}", card.get().title(lang), t.presentation)));

    // On a wide screen the type starts large (1.5 % of the width, 29 px at 1920) and shrinks
    // just enough for the whole card to fit one screen; on a phone the card scrolls.
    let root_ref = NodeRef::<leptos::html::Div>::new();
    let card_ref = NodeRef::<leptos::html::Article>::new();
    let fit = move || {
        let (Some(root), Some(article)) = (root_ref.get_untracked(), card_ref.get_untracked()) else { return };
        let width = web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).unwrap_or(0.0) as i32;
        if width >= FIT_MIN_WIDTH {
            web::fit_font_size(&root, &article, width * 15 / 1000, FIT_MIN_PX);
        } else {
            web::clear_font_size(&article);
        }
    };
    Effect::new(move |_| {
        card.track();
        request_animation_frame(fit);
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| fit());
    on_cleanup(move || resize.remove());

    let text = move || card.get().text(lang);
    let (prev, next) = (go.clone(), go);
    let fullscreen = web::fullscreen_supported();

    view! {
        <div class="presentation" node_ref=root_ref on:touchstart=on_touch_start on:touchend=on_touch_end>
            <article class="pres-card" node_ref=card_ref aria-labelledby="pres-title">
                <header class="pres-head">
                    <h1 id="pres-title">{move || text().title}</h1>
                    <p class="pres-why">{move || text().why}</p>
                </header>
                <div class="pres-cols">
                    <section class="pres-col">
                        <h2>{t.steps}</h2>
                        <ol>{move || items(text().steps)}</ol>
                    </section>
                    <section class="pres-col pres-questions">
                        <h2>{t.questions}</h2>
                        <ul class="questions">{move || items(text().questions)}</ul>
                    </section>
                    <section class="pres-col">
                        <h2>{t.watch_out}</h2>
                        <ul>{move || items(text().watch_out)}</ul>
                        <h2>{t.when}</h2>
                        <p class="pres-when">{move || text().when}</p>
                    </section>
                </div>
                <p class="pres-note">{t.summary_note}</p>
            </article>
            <nav class="pres-bar" aria-label=t.presentation>
                <p class="pres-count" aria-live="polite">
                    {move || format!("{} · {}", (t.slide_of)(index.get() + 1, deck.with(Vec::len)), text().title)}
                </p>
                <p class="pres-keys">{t.presentation_keys}</p>
                <div class="pres-buttons">
                    <button type="button" class="button" on:click=move |_| prev(-1) disabled=move || index.get() == 0>
                        <span aria-hidden="true">"‹ "</span><span class="pres-label">{t.previous_card}</span>
                    </button>
                    <button type="button" class="button primary" on:click=move |_| next(1)
                        disabled=move || { index.get() + 1 >= deck.with(Vec::len) }>
                        <span class="pres-label">{t.next_card}</span><span aria-hidden="true">" ›"</span>
                    </button>
                    {fullscreen.then(|| view! {
                        <button type="button" class="button pres-fullscreen" on:click=|_| web::toggle_fullscreen()>{t.fullscreen}</button>
                    })}
                    <button type="button" class="button" on:click=move |_| leave()>
                        {t.stop_presenting}<span class="pres-key" aria-hidden="true">" (Esc)"</span>
                    </button>
                </div>
            </nav>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stepping_stays_inside_the_deck() {
        assert_eq!(step_index(0, 1, 19), 1);
        assert_eq!(step_index(0, -1, 19), 0);
        assert_eq!(step_index(18, 1, 19), 18);
        assert_eq!(step_index(5, i32::MAX / 2, 19), 18);
        assert_eq!(step_index(5, -(i32::MAX / 2), 19), 0);
        assert_eq!(step_index(0, 1, 0), 0);
    }

    #[test]
    fn swipes_need_a_clear_sideways_move() {
        assert_eq!(swipe_step(-120, 10), Some(1));
        assert_eq!(swipe_step(120, -30), Some(-1));
        assert_eq!(swipe_step(-30, 0), None, "too short");
        assert_eq!(swipe_step(-80, 200), None, "mostly a scroll");
    }
}
