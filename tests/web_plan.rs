//! The support plan's widgets mounted in headless Chromium: the spider web, the score picker and
//! the evolution table.
//! Run: `cargo test --target wasm32-unknown-unknown --test web_plan`

#![cfg(target_arch = "wasm32")]

use back_on_track::components::evolution_table::{EvolutionRow, EvolutionTable};
use back_on_track::components::radar_chart::{ChartSeries, RadarChart};
use back_on_track::components::score_picker::ScorePicker;
use back_on_track::domain::plan::radar::{RadarLayout, SeriesRole};
use back_on_track::domain::plan::{evolution, ReadingKind, Score, SupportPlan, TopicId};
use back_on_track::domain::LifeDomain;
use back_on_track::i18n::{provide_i18n, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn container() -> web_sys::HtmlElement {
    let div: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&div).unwrap();
    div
}

fn find(root: &web_sys::HtmlElement, selector: &str) -> web_sys::Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

/// Waits (up to three seconds) until `done` holds, letting timers and idle tasks run in between.
async fn until(mut done: impl FnMut() -> bool) {
    for _ in 0..600 {
        if done() {
            return;
        }
        let wait = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 5).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(wait).await.unwrap();
    }
    assert!(done(), "not done after three seconds");
}

fn series(role: SeriesRole, values: &[Score]) -> ChartSeries {
    ChartSeries { role, reading: format!("{role:?}"), values: values.to_vec() }
}

use Score::{NotForMe, Skipped, Value};

#[wasm_bindgen_test]
async fn the_web_draws_now_last_time_and_start_with_a_table_of_the_same_numbers() {
    let root = container();
    let axes = RwSignal::new(vec!["Wonen".to_string(), "Netwerk".into(), "Inkomen".into(), "Budget".into()]);
    let data = RwSignal::new(vec![
        series(SeriesRole::First, &[Value(2), Value(2), Value(2), Value(2)]),
        series(SeriesRole::Previous, &[Value(4), Skipped, Value(4), Value(4)]),
        series(SeriesRole::Current, &[Value(6), NotForMe, Value(6), Value(10)]),
    ]);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::Nl);
        view! { <RadarChart id="web" axes=axes series=data/> }
    });
    leptos::task::tick().await;

    let layout = RadarLayout::new(4);
    // The current reading: "not for me" is left out of the outline, not drawn at zero.
    let current = find(&root, "g.radar-current polygon.radar-outline");
    assert_eq!(current.get_attribute("points").unwrap(), layout.shape(&[Some(6), None, Some(6), Some(10)]).points);
    assert_eq!(find(&root, "g.radar-current").child_element_count(), 2, "one outline and one path of markers");
    let markers = |role: &str| find(&root, &format!("g.radar-{role} path.radar-marker")).get_attribute("d").unwrap();
    assert_eq!(markers("current").matches('M').count(), 3, "three markers");
    assert_eq!(
        find(&root, "g.radar-previous polygon.radar-outline").get_attribute("points").unwrap(),
        layout.shape(&[Some(4), None, Some(4), Some(4)]).points
    );
    assert_eq!(find(&root, "g.radar-first").child_element_count(), 2);
    assert_eq!(markers("first").matches('M').count(), 4);
    // Numbered axes, the rings of the web, and a label for screen readers.
    assert_eq!(root.query_selector_all("g.radar-labels text").unwrap().length(), 4);
    assert_eq!(text(&root, "g.radar-labels text:last-child"), "4");
    let lines = find(&root, "g.radar-grid path.radar-lines").get_attribute("d").unwrap();
    assert_eq!((lines.matches('Z').count(), lines.matches('L').count()), (5, 4), "five rings and four spokes");
    let svg = find(&root, "svg.radar-svg");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert!(svg.get_attribute("aria-label").unwrap().contains("4 domeinen"));
    // The legend names every reading, newest first.
    assert_eq!(find(&root, ".radar-legend").child_element_count(), 3);
    assert!(text(&root, ".radar-legend li:first-child").starts_with("Nu: "));

    // The table holds the same numbers: one row per axis; columns now, last time, start. It
    // lies below the web (below a phone's first screen) and follows right after the first paint.
    assert!(root.query_selector(".radar-table").unwrap().is_none(), "the table waits for the first paint");
    until(|| root.query_selector(".radar-table tbody").unwrap().is_some()).await;
    assert_eq!(find(&root, ".radar-table tbody").child_element_count(), 4);
    let heads: Vec<String> = (1..=5).map(|i| text(&root, &format!(".radar-table thead th:nth-child({i})"))).collect();
    assert!(heads[2].starts_with("Nu") && heads[3].starts_with("Vorige keer") && heads[4].starts_with("Start"), "{heads:?}");
    assert_eq!(text(&root, ".radar-table tbody tr:nth-child(1) th"), "Wonen");
    assert_eq!(text(&root, ".radar-table tbody tr:nth-child(2) td:nth-child(3)"), "n.v.t.");
    assert_eq!(text(&root, ".radar-table tbody tr:nth-child(2) td:nth-child(4)"), "—");
    assert_eq!(text(&root, ".radar-table tbody tr:nth-child(4) td:nth-child(3)"), "10");

    // A score changes: the web is redrawn with the new point.
    data.update(|d| d[2].values[1] = Value(8));
    leptos::task::tick().await;
    assert_eq!(
        find(&root, "g.radar-current polygon.radar-outline").get_attribute("points").unwrap(),
        layout.shape(&[Some(6), Some(8), Some(6), Some(10)]).points
    );
    assert_eq!(text(&root, ".radar-table tbody tr:nth-child(2) td:nth-child(3)"), "8");
    assert_eq!(markers("current").matches('M').count(), 4, "the new score has its marker");

    // A domain is added: five axes.
    axes.update(|a| a.push("Vrije tijd".into()));
    data.update(|d| d.iter_mut().for_each(|s| s.values.push(Value(5))));
    leptos::task::tick().await;
    assert_eq!(root.query_selector_all("g.radar-labels text").unwrap().length(), 5);
    // A new number of axes draws the figure anew; its table again right after the paint.
    until(|| root.query_selector(".radar-table tbody").unwrap().is_some()).await;
    assert_eq!(find(&root, ".radar-table tbody").child_element_count(), 5);
    handle.forget();
}

#[wasm_bindgen_test]
async fn the_web_says_plainly_when_there_is_nothing_to_draw() {
    let root = container();
    let axes = RwSignal::new(Vec::<String>::new());
    let data = RwSignal::new(Vec::<ChartSeries>::new());
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::En);
        view! { <RadarChart id="empty" axes=axes series=data/> }
    });
    leptos::task::tick().await;
    assert!(text(&root, ".radar .empty").contains("No domains are switched on"));
    assert!(root.query_selector("svg").unwrap().is_none());
    axes.set(vec!["Housing".into(), "Network".into()]);
    leptos::task::tick().await;
    assert!(text(&root, ".radar .empty").contains("No scores yet"));
    // Two axes and one score: a dot, no polygon; the rings become circles.
    data.set(vec![series(SeriesRole::Current, &[Value(5), Skipped])]);
    leptos::task::tick().await;
    assert_eq!(find(&root, "g.radar-current").child_element_count(), 2, "an outline through one point and its marker");
    let d = find(&root, "g.radar-current path.radar-marker").get_attribute("d").unwrap();
    assert_eq!(d.matches('M').count(), 1, "{d}");
    assert!(root.query_selector("g.radar-current polygon.radar-outline").unwrap().is_none());
    let rings = find(&root, "g.radar-grid path.radar-lines").get_attribute("d").unwrap();
    assert_eq!((rings.matches('Z').count(), rings.matches(" 0 1 0 ").count()), (0, 10), "five round rings: {rings}");
    handle.forget();
}

#[wasm_bindgen_test]
async fn the_score_picker_answers_taps_with_a_score_skip_or_not_for_me() {
    let root = container();
    let value = RwSignal::new(Score::Skipped);
    let calls = RwSignal::new(0);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::Nl);
        view! {
            <ScorePicker
                id="wonen"
                legend=Signal::derive(|| "Hoe gaat het nu met wonen?".to_string())
                value=value
                on_change=Callback::new(move |s| {
                    calls.update(|c| *c += 1);
                    value.set(s);
                })
                big=true
            />
        }
    });
    leptos::task::tick().await;
    assert_eq!(text(&root, "legend"), "Hoe gaat het nu met wonen?");
    assert_eq!(find(&root, ".score-numbers").child_element_count(), 11, "0 to 10");
    assert_eq!(find(&root, ".score-words").child_element_count(), 2);
    assert!(find(&root, "fieldset").class_list_contains("big"));
    let radio = |key: &str| -> web_sys::HtmlInputElement { find(&root, &format!("#wonen-{key}")).unchecked_into() };
    assert!(radio("skip").checked(), "no score yet");
    // Every option has a visible label tied to its radio button.
    assert_eq!(text(&root, "label[for='wonen-7']"), "7");
    assert_eq!(text(&root, "label[for='wonen-nvt']"), "Niet voor mij / nu niet");

    // Tapping the label (the big button) picks the score.
    find(&root, "label[for='wonen-7']").unchecked_into::<web_sys::HtmlElement>().click();
    leptos::task::tick().await;
    assert_eq!(value.get_untracked(), Score::Value(7));
    assert!(radio("7").checked());
    assert!(!radio("skip").checked());

    find(&root, "label[for='wonen-0']").unchecked_into::<web_sys::HtmlElement>().click();
    leptos::task::tick().await;
    assert_eq!(value.get_untracked(), Score::Value(0), "zero is a score, not nothing");

    find(&root, "label[for='wonen-nvt']").unchecked_into::<web_sys::HtmlElement>().click();
    leptos::task::tick().await;
    assert_eq!(value.get_untracked(), Score::NotForMe);
    assert!(radio("nvt").checked());

    find(&root, "label[for='wonen-skip']").unchecked_into::<web_sys::HtmlElement>().click();
    leptos::task::tick().await;
    assert_eq!(value.get_untracked(), Score::Skipped);
    assert_eq!(calls.get_untracked(), 4);

    // A change from outside (another tab, a carried-over score) shows at once.
    value.set(Score::Value(3));
    leptos::task::tick().await;
    assert!(radio("3").checked());
    handle.forget();
}

trait ClassList {
    fn class_list_contains(&self, class: &str) -> bool;
}

impl ClassList for web_sys::Element {
    fn class_list_contains(&self, class: &str) -> bool {
        self.get_attribute("class").unwrap_or_default().split_whitespace().any(|c| c == class)
    }
}

#[wasm_bindgen_test]
async fn the_evolution_table_shows_arrows_and_every_reading_on_request() {
    let wonen = TopicId::Domain(LifeDomain::Wonen);
    let budget = TopicId::Domain(LifeDomain::Budget);
    let mut plan = SupportPlan::default();
    for (w, b) in [(3, 7), (4, 7), (6, 5), (8, 5)] {
        let r = plan.start_reading(ReadingKind::Interim, None);
        plan.set_score(r, wonen, Value(w));
        plan.set_score(r, budget, Value(b));
    }
    let rows: Vec<EvolutionRow> = evolution(&plan, &[wonen, budget])
        .into_iter()
        .zip(["Wonen", "Budget"])
        .enumerate()
        .map(|(i, (evo, name))| EvolutionRow { name: name.into(), evo, axis: Some(i) })
        .collect();
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::Nl);
        view! {
            <EvolutionTable
                id="evo"
                rows=Signal::derive(move || rows.clone())
                readings=Signal::derive(|| vec!["M1".to_string(), "M2".into(), "M3".into(), "M4".into()])
                caption=Signal::derive(|| "Evolutie".to_string())
                numbered=true
            />
        }
    });
    leptos::task::tick().await;
    // Numbered like the web's axes: this table is the web's key.
    assert_eq!(text(&root, "tbody tr:nth-child(2) td:nth-child(1)"), "2");
    assert_eq!(text(&root, "tbody tr:nth-child(1) td:nth-child(3)"), "3", "start");
    assert_eq!(text(&root, "tbody tr:nth-child(1) td:nth-child(4)"), "6", "last time");
    assert_eq!(text(&root, "tbody tr:nth-child(1) td:nth-child(5)"), "8", "now");
    assert!(find(&root, "tbody tr:nth-child(1) td:last-child").class_list_contains("trend-up"));
    assert_eq!(text(&root, "tbody tr:nth-child(1) td:last-child .visually-hidden"), "5 hoger");
    assert!(find(&root, "tbody tr:nth-child(2) td:last-child").class_list_contains("trend-down"));
    assert_eq!(text(&root, "tbody tr:nth-child(2) td:last-child .visually-hidden"), "2 lager");
    assert_eq!(find(&root, "thead tr").child_element_count(), 6);
    // The scroll region can be reached by keyboard and has a name.
    let region = find(&root, ".table-scroll");
    assert_eq!(region.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(region.get_attribute("aria-labelledby").as_deref(), Some("evo-caption"));

    let toggle: web_sys::HtmlElement = find(&root, ".evolution button").unchecked_into();
    assert_eq!(toggle.get_attribute("aria-pressed").as_deref(), Some("false"));
    toggle.click();
    leptos::task::tick().await;
    assert_eq!(find(&root, "thead tr").child_element_count(), 7, "number, domain, four readings, change");
    assert_eq!(text(&root, "thead th:nth-child(3)"), "M1");
    assert_eq!(text(&root, "tbody tr:nth-child(2) td:nth-child(6)"), "5");
    assert_eq!(toggle.get_attribute("aria-pressed").as_deref(), Some("true"));
    handle.forget();
}
