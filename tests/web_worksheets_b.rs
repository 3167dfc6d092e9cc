//! Components of the second half of the worksheets, mounted in a real browser:
//! the change circle (tap, keyboard, text alternative) and the basket board (moving by tapping
//! explicit buttons, the full-first-basket warning, editing and crossing out).
//!
//! Run: `cargo test --target wasm32-unknown-unknown --test web_worksheets_b`

#![cfg(target_arch = "wasm32")]

use back_on_track::components::{basket_board::BasketBoard, change_circle::ChangeCircle};
use back_on_track::domain::baskets::{Basket, ThreeBaskets};
use back_on_track::domain::change::ChangeStage;
use back_on_track::i18n::{provide_i18n, Lang};
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `f` into a fresh `<div>` in the body (with Dutch texts) and returns the div.
fn mount<F, N>(f: F) -> HtmlElement
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    let doc = document();
    let div: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&div).unwrap();
    let handle = leptos::mount::mount_to(div.clone(), move || {
        provide_i18n(Lang::Nl);
        f()
    });
    handle.forget();
    div
}

fn q(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn q_opt(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn count(root: &Element, selector: &str) -> u32 {
    let mut n = 0;
    while root.query_selector(&format!("{selector}:nth-of-type({})", n + 1)).unwrap().is_some() {
        n += 1;
    }
    n
}

/// A real click for HTML elements, a dispatched one for SVG elements.
fn click(el: &Element) {
    match el.dyn_ref::<HtmlElement>() {
        Some(h) => h.click(),
        None => {
            el.dispatch_event(&web_sys::MouseEvent::new("click").unwrap()).unwrap();
        }
    }
}

/// A keydown with `key` set (the constructor's init dictionary is not among our web-sys features).
fn key(el: &Element, key: &str) {
    let ev = web_sys::KeyboardEvent::new("keydown").unwrap();
    let desc = js_sys::Object::new();
    js_sys::Reflect::set(&desc, &"value".into(), &JsValue::from_str(key)).unwrap();
    js_sys::Object::define_property(&ev, &"key".into(), &desc);
    el.dispatch_event(&ev).unwrap();
}

fn type_into(input: &Element, text: &str) {
    let input: &HtmlInputElement = input.dyn_ref().expect("an input");
    input.set_value(text);
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
}

fn active_stage() -> Option<String> {
    document().active_element().and_then(|e| e.get_attribute("data-stage"))
}

// ----- change circle -----

#[wasm_bindgen_test]
async fn circle_draws_six_stages_and_highlights_the_current_one() {
    let div = mount(|| {
        view! { <ChangeCircle current=Signal::stored(Some(ChangeStage::Action)) on_select=Callback::new(|_| {}) label="Cirkel voor sporten"/> }
    });
    tick().await;
    let root: &Element = &div;
    let svg = q(root, "svg");
    assert_eq!(svg.get_attribute("viewBox").as_deref(), Some("0 0 400 400"));
    assert_eq!(count(root, "g.cc-seg"), 6);
    for i in 0..6 {
        let seg = q(root, &format!("g.cc-seg[data-stage='{i}']"));
        let pressed = seg.get_attribute("aria-pressed").unwrap();
        assert_eq!(pressed == "true", i == 3, "only action is pressed (segment {i})");
        assert_eq!(seg.class_list().contains("is-current"), i == 3);
        assert_eq!(seg.get_attribute("role").as_deref(), Some("button"));
        assert_eq!(seg.get_attribute("tabindex").as_deref(), Some("0"));
        // Integer coordinates only.
        let d = q(&seg, "path").get_attribute("d").unwrap();
        assert!(!d.contains('.'), "{d}");
    }
    // Text alternative: the group's name, each stage's name and meaning, and the caption.
    assert_eq!(q(root, "[role='group']").get_attribute("aria-label").as_deref(), Some("Cirkel voor sporten"));
    let relapse = q(root, "g.cc-seg[data-stage='5']").get_attribute("aria-label").unwrap();
    assert!(relapse.starts_with("Terugval:"), "{relapse}");
    assert!(relapse.contains("hoort bij de weg"), "{relapse}");
    assert!(q(root, "figcaption").text_content().unwrap().contains("opnieuw in bij overpeinzing"));
    assert_eq!(q(root, "g.cc-seg[data-stage='0'] text").text_content().as_deref(), Some("Voorbeschouwing"));
}

#[wasm_bindgen_test]
async fn tapping_a_stage_selects_it() {
    let current = RwSignal::new(None::<ChangeStage>);
    let picks = RwSignal::new(Vec::<ChangeStage>::new());
    let div = mount(move || {
        view! {
            <ChangeCircle
                current=current
                on_select=Callback::new(move |s| {
                    picks.update(|p| p.push(s));
                    current.set(Some(s));
                })
                label="x"
            />
        }
    });
    tick().await;
    let root: &Element = &div;
    assert!(q_opt(root, "g.cc-seg[aria-pressed='true']").is_none(), "nothing chosen yet");
    click(&q(root, "g.cc-seg[data-stage='5']"));
    tick().await;
    assert_eq!(picks.get_untracked(), vec![ChangeStage::Relapse]);
    assert_eq!(q(root, "g.cc-seg[aria-pressed='true']").get_attribute("data-stage").as_deref(), Some("5"));
    click(&q(root, "g.cc-seg[data-stage='1']"));
    tick().await;
    assert_eq!(picks.get_untracked(), vec![ChangeStage::Relapse, ChangeStage::Contemplation]);
    assert!(q(root, "g.cc-seg[data-stage='1']").class_list().contains("is-current"));
    assert!(!q(root, "g.cc-seg[data-stage='5']").class_list().contains("is-current"));
}

#[wasm_bindgen_test]
async fn arrow_keys_move_round_without_choosing_and_enter_chooses() {
    let picks = RwSignal::new(Vec::<ChangeStage>::new());
    let div = mount(move || {
        view! { <ChangeCircle current=Signal::stored(None) on_select=Callback::new(move |s| picks.update(|p| p.push(s))) label="x"/> }
    });
    tick().await;
    let root: &Element = &div;
    let first: HtmlElement = q(root, "g.cc-seg[data-stage='0']").unchecked_into();
    // SVG elements are focusable through tabindex; HtmlElement::focus calls the same method.
    first.focus().unwrap();
    assert_eq!(active_stage().as_deref(), Some("0"));
    key(&first, "ArrowRight");
    assert_eq!(active_stage().as_deref(), Some("1"));
    key(&q(root, "g.cc-seg[data-stage='1']"), "ArrowDown");
    assert_eq!(active_stage().as_deref(), Some("2"));
    key(&q(root, "g.cc-seg[data-stage='2']"), "ArrowLeft");
    key(&q(root, "g.cc-seg[data-stage='1']"), "ArrowUp");
    key(&q(root, "g.cc-seg[data-stage='0']"), "ArrowLeft");
    assert_eq!(active_stage().as_deref(), Some("5"), "left of the top wraps round to relapse");
    key(&q(root, "g.cc-seg[data-stage='5']"), "Home");
    assert_eq!(active_stage().as_deref(), Some("0"));
    key(&q(root, "g.cc-seg[data-stage='0']"), "End");
    assert_eq!(active_stage().as_deref(), Some("5"));
    tick().await;
    assert!(picks.get_untracked().is_empty(), "moving round chooses nothing");
    key(&q(root, "g.cc-seg[data-stage='5']"), "Enter");
    key(&q(root, "g.cc-seg[data-stage='5']"), " ");
    tick().await;
    assert_eq!(picks.get_untracked(), vec![ChangeStage::Relapse, ChangeStage::Relapse]);
}

// ----- basket board -----

/// Mounts a board wired to an in-memory `ThreeBaskets`, like the page does with the case file.
fn mount_board(baskets: RwSignal<ThreeBaskets>) -> HtmlElement {
    mount(move || {
        let concerns = Signal::derive(move || baskets.with(|b| b.concerns.clone()));
        view! {
            <BasketBoard
                concerns=concerns
                on_move=Callback::new(move |(id, to)| baskets.update(|b| { b.move_to(id, to); }))
                on_text=Callback::new(move |(id, t): (u32, String)| baskets.update(|b| { let _ = b.set_text(id, &t); }))
                on_raised_by=Callback::new(move |(id, t): (u32, String)| baskets.update(|b| b.set_raised_by(id, &t)))
                on_remove=Callback::new(move |id| baskets.update(|b| { b.remove(id); }))
                id="t"
            />
        }
    })
}

fn basket_texts(root: &Element, n: u8) -> Vec<String> {
    let mut out = Vec::new();
    let section = q(root, &format!("section[data-basket='{n}']"));
    let mut i = 1;
    while let Some(li) = section.query_selector(&format!("li.concern:nth-of-type({i}) .concern-text")).unwrap() {
        out.push(li.text_content().unwrap());
        i += 1;
    }
    out
}

#[wasm_bindgen_test]
async fn concerns_sit_in_their_baskets_and_move_by_tapping_buttons() {
    let baskets = RwSignal::new(ThreeBaskets::default());
    let (geweld, geld) = baskets
        .try_update(|b| {
            (
                b.add("Geweld thuis", "mama", Some(Basket::One)).unwrap(),
                b.add("Geld lenen", "papa", Some(Basket::Two)).unwrap(),
            )
        })
        .unwrap();
    baskets.update(|b| {
        b.add("Kamer", "", Some(Basket::Three)).unwrap();
    });
    let div = mount_board(baskets);
    tick().await;
    let root: &Element = &div;

    assert!(q_opt(root, "section[data-basket='0']").is_none(), "no pile when everything is sorted");
    assert_eq!(basket_texts(root, 1), vec!["Geweld thuis"]);
    assert_eq!(basket_texts(root, 2), vec!["Geld lenen"]);
    assert_eq!(basket_texts(root, 3), vec!["Kamer"]);
    assert!(q(root, "section[data-basket='1'] h3").text_content().unwrap().contains("(1 zorg)"));
    assert!(q(root, &format!("#t-c{geld} .concern-by")).text_content().unwrap().contains("papa"));

    // Tap the concern: its actions open.
    let button = q(root, &format!("#t-c{geld}"));
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert!(q(root, &format!("#t-c{geld}-panel")).has_attribute("hidden"));
    click(&button);
    tick().await;
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert!(!q(root, &format!("#t-c{geld}-panel")).has_attribute("hidden"));
    // It offers the other baskets and the pile, not its own basket.
    assert!(q_opt(root, &format!("#t-c{geld}-panel button[data-to='2']")).is_none());
    click(&q(root, &format!("#t-c{geld}-panel button[data-to='1']")));
    tick().await;

    assert_eq!(baskets.with_untracked(|b| b.get(geld).unwrap().basket), Some(Basket::One));
    assert_eq!(basket_texts(root, 1), vec!["Geweld thuis", "Geld lenen"]);
    assert!(basket_texts(root, 2).is_empty());
    assert!(q(root, "section[data-basket='2'] .basket-empty").text_content().unwrap().contains("Nog leeg"));
    assert!(q(root, "[aria-live='polite']").text_content().unwrap().contains("“Geld lenen” ligt nu in mand 1."));
    assert!(q_opt(root, ".basket-warning").is_none(), "two in the first basket is fine");

    // Back to the pile: the pile appears.
    click(&q(root, &format!("#t-c{geweld}")));
    tick().await;
    click(&q(root, &format!("#t-c{geweld}-panel button[data-to='0']")));
    tick().await;
    assert_eq!(baskets.with_untracked(|b| b.get(geweld).unwrap().basket), None);
    let pile = q(root, "section[data-basket='0']");
    assert!(pile.text_content().unwrap().contains("Geweld thuis"));
}

#[wasm_bindgen_test]
async fn a_full_first_basket_is_warned_about() {
    let baskets = RwSignal::new(ThreeBaskets::default());
    baskets.update(|b| {
        for t in ["a", "b"] {
            b.add(t, "", Some(Basket::One)).unwrap();
        }
    });
    let div = mount_board(baskets);
    tick().await;
    let root: &Element = &div;
    assert!(q_opt(root, ".basket-warning").is_none());
    let third = baskets.try_update(|b| b.add("c", "", Some(Basket::One)).unwrap()).unwrap();
    tick().await;
    let warning = q(root, ".basket-warning");
    assert!(warning.text_content().unwrap().contains("3 zaken"), "{:?}", warning.text_content());
    assert_eq!(warning.get_attribute("role").as_deref(), Some("status"));
    click(&q(root, &format!("#t-c{third}")));
    tick().await;
    click(&q(root, &format!("#t-c{third}-panel button[data-to='2']")));
    tick().await;
    assert!(q_opt(root, ".basket-warning").is_none());
}

#[wasm_bindgen_test]
async fn editing_refuses_an_empty_text_and_crossing_out_asks_first() {
    let baskets = RwSignal::new(ThreeBaskets::default());
    let id = baskets.try_update(|b| b.add("Laat thuis", "mama", Some(Basket::Two)).unwrap()).unwrap();
    let div = mount_board(baskets);
    tick().await;
    let root: &Element = &div;
    click(&q(root, &format!("#t-c{id}")));
    tick().await;

    tick().await;
    let text = q(root, &format!("#t-c{id}-text"));
    assert_eq!(text.dyn_ref::<HtmlInputElement>().unwrap().value(), "Laat thuis");
    type_into(&text, "   ");
    tick().await;
    assert_eq!(baskets.with_untracked(|b| b.get(id).unwrap().text.clone()), "Laat thuis", "nothing lost");
    assert!(!q(root, &format!("#t-c{id}-err")).has_attribute("hidden"));
    assert_eq!(text.get_attribute("aria-invalid").as_deref(), Some("true"));
    type_into(&text, "Komt laat thuis");
    tick().await;
    assert_eq!(baskets.with_untracked(|b| b.get(id).unwrap().text.clone()), "Komt laat thuis");
    assert!(q(root, &format!("#t-c{id}-err")).has_attribute("hidden"));
    type_into(&q(root, &format!("#t-c{id}-by")), "papa");
    tick().await;
    assert_eq!(baskets.with_untracked(|b| b.get(id).unwrap().raised_by.clone()), "papa");
    assert!(q(root, &format!("#t-c{id} .concern-text")).text_content().unwrap().contains("Komt laat thuis"));

    // Crossing out: first a question, cancel keeps it, confirm removes it.
    let panel = q(root, &format!("#t-c{id}-panel"));
    click(&q(&panel, "button.danger"));
    tick().await;
    assert!(q(&panel, "[role='alertdialog']").text_content().unwrap().contains("Komt laat thuis"));
    click(&q(&panel, "[role='alertdialog'] button:not(.danger)"));
    tick().await;
    assert!(q_opt(&panel, "[role='alertdialog']").is_none());
    assert_eq!(baskets.with_untracked(|b| b.concerns.len()), 1);
    click(&q(&panel, "button.danger"));
    tick().await;
    click(&q(&panel, "[role='alertdialog'] button.danger"));
    tick().await;
    assert!(baskets.with_untracked(|b| b.concerns.is_empty()));
    assert!(basket_texts(root, 2).is_empty());
}
