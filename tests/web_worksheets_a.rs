//! The lifeline and network map widgets, mounted in headless Chromium.
//! Run: `cargo test --target wasm32-unknown-unknown --test web_worksheets_a`

#![cfg(target_arch = "wasm32")]

use back_on_track::components::{
    choice_group::ChoiceGroup,
    network_map::NetworkMap,
    timeline::Timeline,
    walk_list::{WalkItem, WalkList},
};
use back_on_track::domain::lifeline::{sample_lifeline, Feeling, Lifeline, Moment, Visit, VisitState, When};
use back_on_track::domain::network::{sample_network, Group, Move, NetId, Network, Person, Ring, Status, StopTarget};
use back_on_track::i18n::{provide_i18n, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh container for one test, so tests do not see each other's DOM.
fn container() -> web_sys::HtmlElement {
    let div: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&div).unwrap();
    div
}

fn all(root: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into()).collect()
}

fn one(root: &web_sys::HtmlElement, selector: &str) -> web_sys::Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

/// A bubbling click (works for SVG elements too, which have no `click()`).
fn click(el: &web_sys::Element) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&web_sys::Event::new_with_event_init_dict("click", &init).unwrap()).unwrap();
}

fn button(root: &web_sys::HtmlElement, text: &str) -> web_sys::Element {
    all(root, "button").into_iter().find(|b| b.text_content().unwrap_or_default().trim() == text).unwrap_or_else(|| panic!("no button {text}"))
}

fn attr(el: &web_sys::Element, name: &str) -> i32 {
    el.get_attribute(name).unwrap().parse().unwrap()
}

fn small_lifeline() -> Lifeline {
    let mut l = Lifeline { birth_year: Some(2005), ..Lifeline::default() };
    l.add_moment(Moment { when: When::Age(7), what: "Verhuisd".into(), feeling: Some(Feeling::Hard), ..Moment::default() });
    l.add_moment(Moment {
        when: When::Year(2005),
        what: "Geboren in Gent".into(),
        place: "Gent".into(),
        feeling: Some(Feeling::VeryGood),
        visit: Visit { state: VisitState::Visited, ..Visit::default() },
        ..Moment::default()
    });
    l.add_moment(Moment { what: "Zonder tijd".into(), ..Moment::default() });
    l
}

#[wasm_bindgen_test]
async fn timeline_draws_highs_above_lows_below_and_offers_a_table() {
    let root = container();
    let line = RwSignal::new(small_lifeline());
    let picked = RwSignal::new(None::<u32>);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::Nl);
        view! { <Timeline lifeline=line this_year=2026 on_select=Callback::new(move |id| picked.set(Some(id)))/> }
    });
    leptos::task::tick().await;

    let svg = one(&root, "svg.timeline-svg");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(svg.get_attribute("height").as_deref(), Some("320"));
    assert!(svg.get_attribute("viewBox").unwrap().ends_with(" 640"));
    let points = all(&root, ".timeline-svg .tl-point");
    assert_eq!(points.len(), 3);
    let axis = attr(&one(&root, ".tl-axis"), "y1");
    // In line order: born (very good, above), age 7 (hard, below), no time (on the line).
    let ys: Vec<i32> = all(&root, ".timeline-svg .tl-dot").iter().map(|c| attr(c, "cy")).collect();
    assert!(ys[0] < axis && ys[1] > axis && ys[2] == axis, "{ys:?} around {axis}");
    let xs: Vec<i32> = all(&root, ".timeline-svg .tl-dot").iter().map(|c| attr(c, "cx")).collect();
    assert!(xs[0] < xs[1] && xs[1] < xs[2]);
    assert_eq!(one(&root, ".tl-label").text_content().as_deref(), Some("Geboren in…"));
    assert_eq!(all(&root, ".tl-mark-visited").len(), 1);
    assert!(one(&root, "#tl-desc").text_content().unwrap().contains("3 momenten"));

    // Tapping a dot selects that moment.
    click(&points[1]);
    assert_eq!(picked.get_untracked(), line.with_untracked(|l| Some(l.moments[0].id)));

    // A new moment is drawn without remounting.
    line.update(|l| {
        l.add_moment(Moment { when: When::Year(2020), what: "Eerste job".into(), feeling: Some(Feeling::Good), ..Moment::default() });
    });
    leptos::task::tick().await;
    assert_eq!(all(&root, ".timeline-svg .tl-point").len(), 4);
    assert_eq!(all(&root, ".timeline-svg .tl-high").len(), 2);

    // The table alternative holds the same moments in the same order.
    click(&button(&root, "Tabel"));
    leptos::task::tick().await;
    assert!(root.query_selector("svg.timeline-svg").unwrap().is_none(), "one view at a time");
    let rows = all(&root, "table tbody tr");
    assert_eq!(rows.len(), 4);
    let first = rows[0].text_content().unwrap();
    assert!(first.contains("Geboren in Gent") && first.contains("2005") && first.contains("Heel goed") && first.contains("Bezocht"), "{first}");
    assert!(rows[1].text_content().unwrap().contains("7 jaar (2012)"));
    assert!(rows[3].text_content().unwrap().contains("Tijd niet ingevuld"));
    assert_eq!(one(&root, "table caption").text_content().as_deref(), Some("Alle momenten van je levenslijn, in volgorde"));
    assert_eq!(one(&root, ".segmented button[aria-pressed=true]").text_content().as_deref(), Some("Tabel"));
    handle.forget();
    root.remove();
}

#[wasm_bindgen_test]
async fn a_long_timeline_grows_sideways_not_taller() {
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::En);
        view! { <Timeline lifeline=Signal::derive(|| sample_lifeline(200, 3)) this_year=2026/> }
    });
    leptos::task::tick().await;
    let svg = one(&root, "svg.timeline-svg");
    // The dots at the left of the frame come with it, the others right after, in line order.
    assert_eq!(all(&root, ".timeline-svg .tl-point").len(), 24);
    until(|| all(&root, ".timeline-svg .tl-point").len() == 200).await;
    let xs: Vec<i32> = all(&root, ".timeline-svg .tl-dot").iter().map(|c| attr(c, "cx")).collect();
    assert!(xs.windows(2).all(|w| w[0] < w[1]), "dots in line order from left to right");
    assert_eq!(svg.get_attribute("height").as_deref(), Some("320"));
    assert!(attr(&svg, "width") > 10_000);
    let frame = one(&root, ".timeline-scroll");
    assert_eq!(frame.get_attribute("tabindex").as_deref(), Some("0"), "the scroll frame can be reached by keyboard");
    assert!(one(&root, "#tl-desc").text_content().unwrap().contains("200 moments"));
    handle.forget();
    root.remove();
}

/// Waits (up to three seconds) until `done` holds, letting idle tasks run in between.
async fn until(mut done: impl FnMut() -> bool) {
    for _ in 0..600 {
        if done() {
            return;
        }
        settle().await;
    }
    assert!(done(), "not done after three seconds");
}

#[wasm_bindgen_test]
async fn a_long_table_answers_at_once_and_fills_in_right_after() {
    let root = container();
    let line = RwSignal::new(sample_lifeline(200, 3));
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::Nl);
        view! { <Timeline lifeline=line this_year=2026/> }
    });
    leptos::task::tick().await;
    click(&button(&root, "Tabel"));
    leptos::task::tick().await;
    // The first screenful comes with the switch, in order, before anything else.
    let first = all(&root, "table tbody tr");
    assert_eq!(first.len(), 12);
    assert_eq!(first[0].first_element_child().unwrap().text_content().as_deref(), Some("1"));
    // The rest follows in tasks of its own, in order, until all 200 are there.
    until(|| all(&root, "table tbody tr").len() == 200).await;
    let numbers: Vec<i32> = all(&root, "table tbody tr td:first-child").iter().map(|td| td.text_content().unwrap().parse().unwrap()).collect();
    assert_eq!(numbers, (1..=200).collect::<Vec<_>>());
    // Once it is all there, a new moment shows at once.
    line.update(|l| {
        l.add_moment(Moment { what: "Nieuw".into(), ..Moment::default() });
    });
    leptos::task::tick().await;
    assert_eq!(all(&root, "table tbody tr").len(), 201);
    // Back to the drawing and to the table again: it starts over from the first screenful.
    click(&button(&root, "Tekening"));
    leptos::task::tick().await;
    click(&button(&root, "Tabel"));
    leptos::task::tick().await;
    assert_eq!(all(&root, "table tbody tr").len(), 12);
    until(|| all(&root, "table tbody tr").len() == 201).await;
    handle.forget();
    root.remove();
}

#[wasm_bindgen_test]
async fn drawn_in_steps_grows_to_the_whole_list_then_lets_new_items_in_at_once() {
    use back_on_track::components::after_paint::drawn_in_steps;
    let total = RwSignal::new(7usize);
    let drawn = drawn_in_steps(1, 2, move || total.get_untracked());
    assert_eq!(drawn.get_untracked(), 1, "only the first one before the first frame");
    let mut seen = vec![drawn.get_untracked()];
    until(|| {
        let now = drawn.get_untracked();
        if seen.last() != Some(&now) {
            seen.push(now);
        }
        now == usize::MAX
    })
    .await;
    // 1, then two more per task (3, 5), then everything: the list has 7.
    assert_eq!(seen, vec![1, 3, 5, usize::MAX]);
    // A list short enough for the first frame is whole at once.
    assert_eq!(drawn_in_steps(10, 2, || 4).get_untracked(), usize::MAX);
}

fn small_network() -> Network {
    let mut n = Network::default();
    let person = |name: &str, group, now, status| Person { name: name.into(), group, now, before: Ring::Far, status, ..Person::default() };
    let oma = n.add_person(person("Oma Mia", Group::Family, Ring::Far, Status::Broken));
    n.add_person(person("Jonas", Group::Friends, Ring::Close, Status::Active));
    n.take_snapshot(None, "Start");
    let p = n.person_mut(oma).unwrap();
    p.now = Ring::Middle;
    p.status = Status::ToRestore;
    n.add_person(person("Kim", Group::Other, Ring::Absent, Status::Active));
    n
}

#[wasm_bindgen_test]
async fn network_map_draws_rings_sectors_people_and_compares_versions() {
    let root = container();
    let net = RwSignal::new(small_network());
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::Nl);
        view! {
            <NetworkMap
                current=Signal::derive(move || net.with(|n| n.entries()))
                snapshots=Signal::derive(move || net.with(|n| n.snapshots.clone()))
            />
        }
    });
    leptos::task::tick().await;

    let svg = one(&root, "svg.network-svg");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(svg.get_attribute("viewBox").as_deref(), Some("0 0 1000 1000"));
    assert_eq!(all(&root, ".nm-ring").len(), 3);
    assert_eq!(all(&root, ".network-svg .nm-sector").len(), 6);
    assert_eq!(all(&root, ".nm-group-label").len(), 6);
    // Kim is not in the picture: two dots, and a line that says so.
    assert_eq!(all(&root, ".nm-person").len(), 2);
    assert!(root.text_content().unwrap().contains("1 persoon is niet in beeld"));
    assert_eq!(all(&root, ".network-svg .nm-node.nm-s2").len(), 1, "Oma's contact is to be restored now");
    // A legend explains the line styles and the groups.
    assert_eq!(all(&root, ".drawing-legend .legend-list li").len(), 4 + 6);

    // Now compared with the snapshot: Oma moved closer and the contact changed; Kim is new but absent.
    let changes = one(&root, ".map-changes").text_content().unwrap();
    assert!(changes.contains("Wat veranderde sinds Start"), "{changes}");
    assert!(changes.contains("Oma Mia: van veraf naar middenin."), "{changes}");
    assert!(changes.contains("Oma Mia: contact van verbroken naar wil ik herstellen."), "{changes}");

    // The slider goes back to the snapshot: the map shows Oma's broken contact then.
    let slider: web_sys::HtmlInputElement = one(&root, "input[type=range]").unchecked_into();
    assert_eq!(slider.max(), "1");
    assert_eq!(slider.value(), "1");
    slider.set_value("0");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    slider.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    leptos::task::tick().await;
    assert_eq!(one(&root, ".slider-value").text_content().as_deref(), Some("Start"));
    assert_eq!(all(&root, ".network-svg .nm-node.nm-s1").len(), 1);
    assert!(one(&root, ".map-changes").text_content().unwrap().contains("eerste versie"));

    // Back to now, then "before": everyone was far.
    slider.set_value("1");
    slider.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    leptos::task::tick().await;
    click(&button(&root, "Vroeger"));
    leptos::task::tick().await;
    assert_eq!(all(&root, ".nm-person").len(), 3, "Kim was in the picture before");

    // Tapping a dot names the person.
    click(&all(&root, ".nm-person")[0]);
    leptos::task::tick().await;
    assert!(one(&root, ".map-selected").text_content().unwrap().starts_with("Oma Mia: Familie, veraf"));

    // The table alternative lists everyone, also who is not in the picture.
    click(&button(&root, "Tabel"));
    leptos::task::tick().await;
    let rows = all(&root, "table tbody tr");
    assert_eq!(rows.len(), 3);
    let text: Vec<String> = rows.iter().map(|r| r.text_content().unwrap()).collect();
    assert!(text.iter().any(|t| t.contains("Kim") && t.contains("Niet in beeld")), "{text:?}");
    handle.forget();
    root.remove();
}

#[wasm_bindgen_test]
async fn network_map_with_150_people_keeps_every_dot_inside_the_view_box() {
    let root = container();
    let net = sample_network(150, 4);
    let drawn = net.people.iter().filter(|p| p.now != Ring::Absent).count();
    let entries = net.entries();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::En);
        view! { <NetworkMap current=Signal::derive(move || entries.clone()) snapshots=Signal::derive(Vec::new)/> }
    });
    leptos::task::tick().await;
    let dots = all(&root, ".network-svg circle.nm-node");
    assert_eq!(dots.len(), drawn);
    // Every dot's radius is set once, on the group around them.
    let style = one(&root, ".network-svg .nm-people").get_attribute("style").unwrap();
    let value = style.strip_prefix("--nm-r:").unwrap().trim().trim_end_matches(';');
    let r: i32 = value.strip_suffix("px").unwrap().parse().unwrap();
    for d in &dots {
        let (x, y) = (attr(d, "cx"), attr(d, "cy"));
        assert!(r > 0 && x - r >= 0 && y - r >= 0 && x + r <= 1000 && y + r <= 1000);
    }
    let slider = one(&root, "input[type=range]");
    assert!(slider.closest("[hidden]").unwrap().is_some(), "no slider shown without snapshots");
    assert!(one(&root, ".map-changes").text_content().unwrap().contains("first version"));
    handle.forget();
    root.remove();
}

#[wasm_bindgen_test]
async fn walk_list_moves_stops_with_buttons_and_not_past_the_ends() {
    let root = container();
    let net = RwSignal::new({
        let mut n = Network::default();
        for place in ["Park", "School", "Club"] {
            n.add_stop(StopTarget::Place(place.into()));
        }
        n
    });
    let items = Signal::derive(move || {
        net.with(|n| n.walk.iter().map(|s| WalkItem { stop: s.clone(), name: n.stop_name(s).unwrap_or_default().to_string() }).collect::<Vec<_>>())
    });
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::Nl);
        view! {
            <WalkList
                items=items
                on_change=Callback::new(move |s: back_on_track::domain::network::Stop| net.update(|n| { if let Some(x) = n.stop_mut(s.id) { *x = s.clone(); } }))
                on_move=Callback::new(move |(id, dir): (NetId, Move)| net.update(|n| { n.move_stop(id, dir); }))
                on_remove=Callback::new(move |id| net.update(|n| { n.remove_stop(id); }))
            />
        }
    });
    leptos::task::tick().await;
    let titles = || all(&root, ".walk-stop h3").iter().map(|h| h.text_content().unwrap()).collect::<Vec<_>>();
    assert_eq!(titles(), ["Stop 1: Park", "Stop 2: School", "Stop 3: Club"]);
    let by_label = |label: &str| {
        all(&root, "button").into_iter().find(|b| b.get_attribute("aria-label").as_deref() == Some(label)).unwrap()
    };
    click(&by_label("Club een plaats hoger zetten"));
    leptos::task::tick().await;
    assert_eq!(titles(), ["Stop 1: Park", "Stop 2: Club", "Stop 3: School"]);
    // The first stop cannot go up: the button says so and nothing moves.
    let up = by_label("Park een plaats hoger zetten");
    assert_eq!(up.get_attribute("aria-disabled").as_deref(), Some("true"));
    click(&up);
    leptos::task::tick().await;
    assert_eq!(titles(), ["Stop 1: Park", "Stop 2: Club", "Stop 3: School"]);
    // Marking a stop visited goes through on_change.
    let visited: web_sys::HtmlInputElement = all(&root, ".walk-stop")[0].query_selector("input[type=radio][id$='-state-1']").unwrap().unwrap().unchecked_into();
    visited.click();
    leptos::task::tick().await;
    assert_eq!(net.with_untracked(|n| n.walk[0].state), back_on_track::domain::network::StopState::Visited);
    click(&by_label("School uit de wandeling halen"));
    leptos::task::tick().await;
    assert_eq!(titles(), ["Stop 1: Park", "Stop 2: Club"]);
    handle.forget();
    root.remove();
}

#[wasm_bindgen_test]
async fn choice_group_is_a_labelled_radio_group() {
    let root = container();
    let chosen = RwSignal::new(Some(1usize));
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::Nl);
        view! {
            <ChoiceGroup legend="Hoe voelde het?" options=vec!["Moeilijk", "Goed"] selected=chosen
                on_select=Callback::new(move |i| chosen.set(Some(i))) name="f"/>
        }
    });
    leptos::task::tick().await;
    assert_eq!(one(&root, "fieldset legend").text_content().as_deref(), Some("Hoe voelde het?"));
    let radios: Vec<web_sys::HtmlInputElement> = all(&root, "input[type=radio]").into_iter().map(|e| e.unchecked_into()).collect();
    assert_eq!(radios.len(), 2);
    assert!(radios[1].checked() && !radios[0].checked());
    for r in &radios {
        let id = r.id();
        assert!(root.query_selector(&format!("label[for='{id}']")).unwrap().is_some(), "every radio has a label");
        assert_eq!(r.name(), "f");
    }
    radios[0].click();
    leptos::task::tick().await;
    assert_eq!(chosen.get_untracked(), Some(0));
    handle.forget();
    root.remove();
}

/// Lets queued effects run (they run as microtasks after a change).
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 5).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn item_signals_wake_only_the_item_that_changed() {
    use back_on_track::components::item_signals::ItemSignals;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    let owner = Owner::new();
    owner.set();
    let list = RwSignal::new(vec![(1u32, "een".to_string()), (2, "twee".to_string())]);
    let items = ItemSignals::new(move || list.get());
    let (one, two) = (items.get(&1), items.get(&2));
    let woken = Arc::new(AtomicUsize::new(0));
    let count = woken.clone();
    let _watch_two = RenderEffect::new(move |_| {
        two.track();
        count.fetch_add(1, Ordering::SeqCst);
    });
    assert_eq!(woken.load(Ordering::SeqCst), 1, "the first run");

    list.update(|l| l[0].1 = "EEN".into());
    settle().await;
    assert_eq!(one.get_untracked().as_deref(), Some("EEN"));
    assert_eq!(woken.load(Ordering::SeqCst), 1, "item 2 did not change, so it was not woken");

    // A new item is there even before the effect ran; a removed one reads None.
    list.update(|l| l.push((3, "drie".into())));
    assert_eq!(items.get(&3).get_untracked().as_deref(), Some("drie"));
    list.update(|l| l.retain(|(k, _)| *k != 1));
    settle().await;
    assert_eq!(one.get_untracked(), None);
    assert_eq!(two.get_untracked().as_deref(), Some("twee"));
    assert_eq!(woken.load(Ordering::SeqCst), 1);
}

#[wasm_bindgen_test]
async fn item_signals_by_ref_follow_a_swap_and_a_return() {
    use back_on_track::components::item_signals::ItemSignals;

    let owner = Owner::new();
    owner.set();
    let list = RwSignal::new(vec![(1u32, "een".to_string()), (2, "twee".to_string())]);
    let items = ItemSignals::by_ref(move |show| list.with(|l| l.iter().for_each(|(k, v)| show(*k, v))));
    let (one, two) = (items.get(&1), items.get(&2));

    // One item goes and another comes in the same change: the list is as long as before.
    list.set(vec![(2, "twee".into()), (3, "drie".into())]);
    settle().await;
    assert_eq!(one.get_untracked(), None, "item 1 was removed");
    assert_eq!(two.get_untracked().as_deref(), Some("twee"));
    assert_eq!(items.get(&3).get_untracked().as_deref(), Some("drie"));

    // Back again (an undo): a fresh signal with its value, the old one stays None.
    list.update(|l| l.insert(0, (1, "een".into())));
    settle().await;
    assert_eq!(items.get(&1).get_untracked().as_deref(), Some("een"));
    assert_eq!(one.get_untracked(), None);
    list.update(|l| l[1].1 = "TWEE".into());
    settle().await;
    assert_eq!(two.get_untracked().as_deref(), Some("TWEE"));
}
