//! Method cards in a real browser: the list page's search-as-you-type, the search box and the
//! card view. Run: `cargo test --target wasm32-unknown-unknown --test web_cards`.
#![cfg(target_arch = "wasm32")]

use back_on_track::components::{card_view::CardView, search_box::SearchBox};
use back_on_track::content;
use back_on_track::i18n::{provide_i18n, Lang};
use back_on_track::pages::cards::CardsPage;
use back_on_track::state::AppState;
use back_on_track::storage::MemoryStore;
use leptos::prelude::*;
use leptos::task::tick;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

fn find<T: JsCast>(root: &HtmlElement, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

/// `root.querySelectorAll(selector)` as a Vec (through JS, so no extra web-sys features).
fn all(root: &web_sys::Element, selector: &str) -> Vec<HtmlElement> {
    let qsa: js_sys::Function = js_sys::Reflect::get(root, &"querySelectorAll".into()).unwrap().unchecked_into();
    let list = qsa.call1(root, &selector.into()).unwrap();
    js_sys::Array::from(&list).iter().map(|e| e.unchecked_into()).collect()
}

/// Types `text` into `input` one character at a time, like a user, ticking after each key.
async fn type_text(input: &HtmlInputElement, text: &str) {
    let mut so_far = input.value();
    for ch in text.chars() {
        so_far.push(ch);
        input.set_value(&so_far);
        input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
        tick().await;
    }
}

async fn set_text(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    tick().await;
}

/// Hrefs of the main result list (the last list on the page).
fn result_hrefs(root: &HtmlElement) -> Vec<String> {
    let lists = all(root, "ul.card-list");
    let list = lists.last().expect("a result list");
    all(list, "a").iter().map(|a| a.get_attribute("href").unwrap()).collect()
}

fn mount_list(root: &HtmlElement, lang: Lang) -> leptos::mount::UnmountHandle<impl Mountable> {
    leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(lang);
        provide_context(AppState::load(Box::new(MemoryStore::new())));
        view! { <Router><CardsPage/></Router> }
    })
}

#[wasm_bindgen_test]
async fn typing_finds_the_right_card_first() {
    let root = container();
    let _app = mount_list(&root, Lang::Nl);
    tick().await;
    let n = content::all().len();
    assert_eq!(result_hrefs(&root).len(), n, "all cards listed before typing");
    let status = find::<HtmlElement>(&root, ".result-count");
    assert_eq!(status.text_content().unwrap(), format!("{n} methodieken"));

    let input = find::<HtmlInputElement>(&root, "#card-search");
    for (query, slug) in [
        ("drie manden", "driemandenmethodiek"),
        ("GLM", "good-lives-model"),
        ("prochaska", "cirkel-van-gedragsverandering"),
        ("herorientering", "positieve-herorientering"),
    ] {
        set_text(&input, "").await;
        type_text(&input, query).await;
        let hrefs = result_hrefs(&root);
        assert_eq!(hrefs.first().map(String::as_str), Some(format!("/methodieken/{slug}").as_str()), "query {query:?}");
        assert!(hrefs.len() < n, "{query:?} narrows the list");
        assert!(status.text_content().unwrap().contains("gevonden"));
    }

    set_text(&input, "xqzv").await;
    assert!(result_hrefs(&root).is_empty());
    assert!(root.text_content().unwrap().contains("Geen methodiek gevonden voor “xqzv”."));
    // The clear button empties the field and shows everything again.
    let clear = find::<HtmlElement>(&root, ".search-clear");
    assert!(!clear.hidden());
    clear.click();
    tick().await;
    assert_eq!(input.value(), "");
    assert!(clear.hidden());
    assert_eq!(result_hrefs(&root).len(), n);
    root.remove();
}

#[wasm_bindgen_test]
async fn english_list_searches_and_shows_where_a_body_word_was_found() {
    let root = container();
    let _app = mount_list(&root, Lang::En);
    tick().await;
    let input = find::<HtmlInputElement>(&root, "#card-search");
    assert_eq!(find::<HtmlElement>(&root, "label[for=card-search]").text_content().unwrap(), "Find a method");
    type_text(&input, "chapters").await;
    let first = find::<HtmlElement>(&root, "ul.card-list:last-of-type a");
    assert_eq!(first.get_attribute("href").unwrap(), "/methodieken/levenslijn");
    let text = first.text_content().unwrap();
    assert!(text.contains("Living the lifeline") && text.contains("Questions to ask:"), "{text}");
    root.remove();
}

#[wasm_bindgen_test]
async fn search_box_reports_each_keystroke_and_clears() {
    let root = container();
    let seen = RwSignal::new(Vec::<String>::new());
    let value = RwSignal::new(String::new());
    let _app = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::Nl);
        view! {
            <SearchBox
                id="sb"
                label="Zoek"
                hint="Bijvoorbeeld GLM"
                clear_label="Wissen"
                value=value
                on_input=Callback::new(move |s: String| {
                    seen.update(|v| v.push(s.clone()));
                    value.set(s);
                })
            />
        }
    });
    tick().await;
    let input = find::<HtmlInputElement>(&root, "#sb");
    assert_eq!(input.get_attribute("aria-describedby").unwrap(), "sb-hint");
    assert_eq!(find::<HtmlElement>(&root, "#sb-hint").text_content().unwrap(), "Bijvoorbeeld GLM");
    assert!(find::<HtmlElement>(&root, "button").hidden(), "nothing to clear yet");
    type_text(&input, "GLM").await;
    assert_eq!(seen.get_untracked(), vec!["G", "GL", "GLM"]);
    let clear = find::<HtmlElement>(&root, "button");
    assert_eq!(clear.get_attribute("aria-label").unwrap(), "Wissen");
    clear.click();
    tick().await;
    assert_eq!(seen.get_untracked().last().unwrap(), "");
    assert_eq!(input.value(), "");
    root.remove();
}

#[wasm_bindgen_test]
async fn card_view_shows_every_section_in_both_languages() {
    let card = content::by_slug("levenslijn").unwrap();
    let mount = |lang: Lang| {
        let root = container();
        let handle = leptos::mount::mount_to(root.clone(), move || {
            provide_i18n(lang);
            view! { <Router><CardView card=card/></Router> }
        });
        (root, handle)
    };

    let (root, _nl) = mount(Lang::Nl);
    tick().await;
    assert_eq!(all(&root, ".card-steps li").len(), card.nl.steps.len());
    assert_eq!(all(&root, ".card-questions li").len(), card.nl.questions.len());
    assert_eq!(all(&root, ".card-watch li").len(), card.nl.watch_out.len());
    assert_eq!(all(&root, ".card-related a").len(), card.related.len());
    assert_eq!(find::<HtmlElement>(&root, ".card-why").text_content().unwrap(), card.nl.why);
    let headings: Vec<String> = all(&root, "h2").iter().map(|h| h.text_content().unwrap()).collect();
    assert_eq!(headings, ["Wanneer", "Zo pak je het aan", "Vragen om te stellen", "Let op", "Verwante methodieken", "Bron"]);
    let phase_link = find::<HtmlElement>(&root, ".card-when a");
    assert_eq!(phase_link.get_attribute("href").unwrap(), format!("/methodieken?fase={}", card.phases[0].slug()));
    // Once per card, under the source: this is our summary, not the programme's own document.
    let notes = all(&root, ".card-note");
    assert_eq!(notes.len(), 1);
    assert!(notes[0].text_content().unwrap().contains("niet de officiële methodiekenmap"));
    root.remove();

    let (root, _en) = mount(Lang::En);
    tick().await;
    assert_eq!(find::<HtmlElement>(&root, ".card-why").text_content().unwrap(), card.en.why);
    assert_eq!(find::<HtmlElement>(&root, ".card-questions h2").text_content().unwrap(), "Questions to ask");
    assert_eq!(find::<HtmlElement>(&root, ".card-questions li").text_content().unwrap(), card.en.questions[0]);
    let related: Vec<String> = all(&root, ".card-related a").iter().map(|a| a.text_content().unwrap()).collect();
    assert!(related.contains(&"Network walk".to_string()), "{related:?}");
    let notes = all(&root, ".card-note");
    assert_eq!(notes.len(), 1);
    assert!(notes[0].text_content().unwrap().contains("not the official Back On Track methods folder"));
    root.remove();
}
