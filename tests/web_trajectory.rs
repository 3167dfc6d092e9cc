//! Trajectory components in a real browser: the year timeline, the milestone list (states,
//! moving a date, refusing a bad one, marking done), aftercare and the year line.
//! Run: `cargo test --target wasm32-unknown-unknown --test web_trajectory`.
#![cfg(target_arch = "wasm32")]

use back_on_track::components::{
    aftercare_plan::AftercarePlan, milestone_list::MilestoneList, year_line::YearLine, year_timeline::YearTimeline,
};
use back_on_track::domain::aftercare::AftercareChoice;
use back_on_track::domain::trajectory::{DoneFact, MilestoneKind, MoveError, Schedule, TrajectoryPlan};
use back_on_track::domain::year_line::{year_line, DatedEvent, EventKind};
use back_on_track::i18n::{provide_i18n, Lang};
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn container() -> web_sys::HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

fn one(root: &web_sys::HtmlElement, selector: &str) -> web_sys::Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn all(root: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into()).collect()
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    one(root, selector).text_content().unwrap_or_default()
}

fn attr(root: &web_sys::HtmlElement, selector: &str, name: &str) -> String {
    one(root, selector).get_attribute(name).unwrap_or_default()
}

fn click(root: &web_sys::HtmlElement, selector: &str) {
    one(root, selector).unchecked_into::<web_sys::HtmlElement>().click();
}

/// Types a date into an `<input type="date">` the way the browser reports it.
fn type_date(root: &web_sys::HtmlElement, selector: &str, iso: &str) {
    let input: web_sys::HtmlInputElement = one(root, selector).unchecked_into();
    input.set_value(iso);
    // Bubbling matters: Leptos delegates events to the document.
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
}

/// Lets every pending effect run (a change can schedule effects over more than one tick).
async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

const START: (i32, u32, u32) = (2026, 3, 2);

fn start() -> NaiveDate {
    d(START.0, START.1, START.2)
}

#[wasm_bindgen_test]
async fn the_timeline_draws_every_milestone_in_its_state() {
    let root = container();
    let facts = [DoneFact { kind: MilestoneKind::SupportPlan, date: d(2026, 4, 10) }];
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::Nl);
        let schedule = Signal::derive(move || Schedule::new(start(), &TrajectoryPlan::default(), &facts));
        view! { <YearTimeline schedule today=Signal::derive(|| d(2026, 7, 20)) id="t1"/> }
    });
    leptos::task::tick().await;

    assert_eq!(all(&root, ".yt-marker").len(), 5);
    assert_eq!(attr(&root, ".yt-marker[data-kind='support-plan']", "data-state"), "done");
    // Evaluation 1 counts from the plan done on 10/04: 10/07, ten days before "today".
    assert_eq!(attr(&root, ".yt-marker[data-kind='evaluation-1']", "data-state"), "overdue");
    assert_eq!(attr(&root, ".yt-marker[data-kind='evaluation-2']", "data-state"), "upcoming");
    assert_eq!(text(&root, ".yt-marker[data-kind='support-plan'] .yt-code"), "OP");
    assert_eq!(text(&root, ".yt-marker[data-kind='evaluation-1'] .yt-glyph"), "!");
    assert_eq!(all(&root, ".yt-band").len(), 4);
    assert_eq!(all(&root, ".yt-today-line").len(), 1);
    assert_eq!(text(&root, "svg title"), "Het jaar van 02/03/2026 tot 02/03/2027");
    let svg = one(&root, "svg");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(svg.get_attribute("viewBox").as_deref(), Some("0 0 360 90"));
    // Every coordinate is an integer (no f64 formatting in the wasm).
    for el in all(&root, "svg circle, svg rect, svg line") {
        for a in ["cx", "x", "x1", "width"] {
            if let Some(v) = el.get_attribute(a) {
                assert!(v.parse::<i32>().is_ok(), "{a}={v}");
            }
        }
    }
    let legend: Vec<String> = all(&root, ".yt-legend li").iter().map(|l| l.text_content().unwrap()).collect();
    assert_eq!(legend[0], "Opstartfase 02/03/2026 tot 09/04/2026");
    assert_eq!(legend.len(), 4);
}

#[wasm_bindgen_test]
async fn milestones_can_be_moved_refused_and_marked_done() {
    let root = container();
    let plan = RwSignal::new(TrajectoryPlan::default());
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::Nl);
        let schedule = Signal::derive(move || plan.with(|p| Schedule::new(start(), p, &[])));
        let on_move = Callback::new(move |(kind, date): (MilestoneKind, Option<NaiveDate>)| -> Result<(), MoveError> {
            let mut next = plan.get_untracked();
            next.move_milestone(start(), &[], kind, date)?;
            plan.set(next);
            Ok(())
        });
        let on_done = Callback::new(move |(kind, done): (MilestoneKind, bool)| {
            plan.update(|p| if done { p.mark_done(kind, d(2026, 7, 20)) } else { p.unmark_done(kind) })
        });
        view! {
            <Router>
                <MilestoneList
                    schedule
                    today=Signal::derive(|| d(2026, 7, 20))
                    plan_href="/jongeren/p1/plan"
                    on_move
                    on_done
                />
            </Router>
        }
    });
    leptos::task::tick().await;

    let items = all(&root, ".ms");
    assert_eq!(items.len(), 5);
    assert_eq!(attr(&root, ".ms[data-kind='support-plan']", "data-state"), "overdue");
    assert_eq!(text(&root, ".ms[data-kind='support-plan'] .ms-state"), "Te laat");
    assert_eq!(text(&root, ".ms[data-kind='evaluation-1'] .ms-date"), "13/07/2026 · 7 dagen geleden");
    assert_eq!(attr(&root, ".ms[data-kind='evaluation-2']", "data-state"), "upcoming");
    assert_eq!(attr(&root, ".ms[data-kind='support-plan'] a", "href"), "/jongeren/p1/plan");

    // Open the move panel of evaluation 1 and move it to 27/07 (due within two weeks).
    let panel = "#ms-move-evaluation-1";
    assert!(one(&root, panel).has_attribute("hidden"));
    click(&root, ".ms[data-kind='evaluation-1'] button[aria-controls='ms-move-evaluation-1']");
    leptos::task::tick().await;
    assert!(!one(&root, panel).has_attribute("hidden"));
    assert_eq!(attr(&root, ".ms[data-kind='evaluation-1'] button[aria-controls]", "aria-expanded"), "true");
    type_date(&root, "#ms-date-evaluation-1", "2026-07-27");
    settle().await;
    assert_eq!(plan.get_untracked().moved_date(MilestoneKind::Evaluation1), Some(d(2026, 7, 27)));
    assert_eq!(attr(&root, ".ms[data-kind='evaluation-1']", "data-state"), "due");
    assert_eq!(text(&root, ".ms[data-kind='evaluation-1'] .ms-note"), "Verplaatst. Oorspronkelijk gepland op 13/07/2026.");
    assert_eq!(text(&root, ".ms[data-kind='evaluation-2'] .ms-date strong"), "27/10/2026");
    assert_eq!(
        text(&root, ".ms[data-kind='evaluation-2'] .ms-note"),
        "Schuift mee met Evaluatie 1. Oorspronkelijk gepland op 13/10/2026."
    );

    // A date past evaluation 3 is refused with the reason; nothing changes.
    type_date(&root, "#ms-date-evaluation-1", "2027-02-01");
    settle().await;
    let alert = one(&root, ".ms[data-kind='evaluation-1'] .error[role='alert']:not([hidden])");
    assert_eq!(
        alert.text_content().unwrap(),
        "Die datum moet vóór Evaluatie 3 (18/01/2027) komen. Kies een vroegere dag, of verplaats eerst Evaluatie 3."
    );
    assert_eq!(plan.get_untracked().moved_date(MilestoneKind::Evaluation1), Some(d(2026, 7, 27)));
    // What was typed stays in the field.
    let input: web_sys::HtmlInputElement = one(&root, "#ms-date-evaluation-1").unchecked_into();
    assert_eq!(input.value(), "2027-02-01");

    // Back to the planned date.
    click(&root, ".ms[data-kind='evaluation-1'] .ms-move button");
    leptos::task::tick().await;
    assert!(plan.get_untracked().moved.is_empty());
    assert_eq!(text(&root, ".ms[data-kind='evaluation-1'] .ms-date strong"), "13/07/2026");

    // The support plan was made on paper: mark done, then take it back.
    let mark = all(&root, ".ms[data-kind='support-plan'] .ms-actions button");
    let mark = mark.iter().find(|b| b.text_content().unwrap() == "Aanduiden als gedaan").expect("mark button");
    mark.unchecked_ref::<web_sys::HtmlElement>().click();
    leptos::task::tick().await;
    assert_eq!(attr(&root, ".ms[data-kind='support-plan']", "data-state"), "done");
    assert!(text(&root, ".ms[data-kind='support-plan'] .ms-note").starts_with("Gedaan op 20/07/2026. Met de hand aangeduid."));
    // Evaluation 1 now counts from the plan's real date.
    assert_eq!(text(&root, ".ms[data-kind='evaluation-1'] .ms-date strong"), "20/10/2026");
    let back = all(&root, ".ms[data-kind='support-plan'] .ms-actions button");
    let back = back.iter().find(|b| b.text_content().unwrap() == "Toch nog niet gedaan").expect("unmark button");
    back.unchecked_ref::<web_sys::HtmlElement>().click();
    leptos::task::tick().await;
    assert_eq!(attr(&root, ".ms[data-kind='support-plan']", "data-state"), "overdue");
}

#[wasm_bindgen_test]
async fn aftercare_follows_the_rhythm_or_the_young_persons_choice() {
    let root = container();
    let choice = RwSignal::new(AftercareChoice::Schedule);
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::En);
        view! {
            <AftercarePlan
                closing=Signal::derive(|| d(2027, 3, 1))
                choice
                today=Signal::derive(|| d(2027, 3, 20))
                on_choose=Callback::new(move |c| choice.set(c))
            />
        }
    });
    leptos::task::tick().await;

    let contacts = all(&root, ".ac-contact");
    assert_eq!(contacts.len(), 15);
    assert!(contacts[0].text_content().unwrap().starts_with("15/03/2027Phone callweek 2"));
    assert!(contacts[0].class_list().contains("ac-past"));
    assert!(contacts[1].class_list().contains("ac-next"), "29/03 is the next one");
    assert_eq!(text(&root, "tr.ac-now th"), "Weeks 1 to 8now");
    click(&root, "#aftercare-ad-hoc");
    leptos::task::tick().await;
    assert_eq!(choice.get_untracked(), AftercareChoice::AdHoc);
    assert_eq!(all(&root, ".ac-contact").len(), 0);
    assert!(text(&root, ".ac-ad-hoc").starts_with("The young person chose ad hoc."));
}

#[wasm_bindgen_test]
async fn one_line_through_the_year_mixes_milestones_and_events() {
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::Nl);
        let schedule = Schedule::new(start(), &TrajectoryPlan::default(), &[]);
        let events = vec![
            DatedEvent { date: d(2026, 5, 3), label: "Bezoek aan de school".into(), kind: EventKind::Walk, link: None },
            DatedEvent {
                date: d(2026, 9, 1),
                label: "Netwerkkaart 2".into(),
                kind: EventKind::Network,
                link: Some("/jongeren/p1/werkblad/netwerk".into()),
            },
        ];
        let items = year_line(&schedule, &events, d(2026, 6, 1));
        view! { <Router><YearLine items=Signal::derive(move || items.clone()) plan_href="/jongeren/p1/plan"/></Router> }
    });
    leptos::task::tick().await;

    let kinds: Vec<String> = all(&root, ".yl-item").iter().map(|e| e.get_attribute("data-kind").unwrap()).collect();
    assert_eq!(
        kinds,
        ["start", "support-plan", "walk", "today", "evaluation-1", "network", "evaluation-2", "evaluation-3", "closing"]
    );
    let phases: Vec<String> = all(&root, ".yl-phase").iter().map(|e| e.text_content().unwrap()).collect();
    assert_eq!(phases, ["Opstartfase", "Ondersteuningsplan", "Evaluaties", "Afronding"]);
    assert_eq!(attr(&root, ".yl-item[data-kind='network'] a", "href"), "/jongeren/p1/werkblad/netwerk");
    assert_eq!(text(&root, ".yl-item[data-kind='walk'] .tj-tag"), "Wandeling");
    assert_eq!(attr(&root, ".yl-today", "aria-current"), "date");
}
