//! The lifeline drawn as an SVG timeline (good moments above the line, hard ones below), in a
//! sideways-scrolling frame of fixed height, with a table of the same moments as the
//! alternative for screen readers, print and anyone who prefers reading.

use leptos::prelude::*;

use crate::components::after_paint::drawn_in_steps;
use crate::components::item_signals::ItemSignals;
use crate::domain::dates::format_be;
use crate::domain::lifeline::{Lifeline, MomentId, VisitState, When};
use crate::domain::lifeline_chart::{level_y, timeline, Tick, TimelinePoint, AXIS_Y, HEIGHT, MARGIN_LEFT, POINT_R, TICK_Y};
use crate::i18n::{use_i18n, worksheets::lifeline::LifelineTexts};

/// How a moment's time reads in a list: "03/05/2015", "2015", "7 jaar (± 2011)".
pub fn when_text(when: When, birth: (i32, bool), t: &LifelineTexts) -> String {
    match when {
        When::Unknown => t.when_unknown.to_string(),
        When::Date(d) => format_be(d),
        When::Year(y) => y.to_string(),
        When::Age(a) => (t.age_with_year)(a, birth.0 + a as i32, birth.1),
    }
}

/// Dots drawn with the drawing (more than the frame shows before it is scrolled).
const DRAWING_FIRST_DOTS: usize = 24;
/// Dots added in each task after that.
const DRAWING_DOTS_PER_STEP: usize = 40;
/// Table rows drawn with the switch to the table (more than a phone shows at once).
const TABLE_FIRST_ROWS: usize = 12;
/// Table rows added in each task after that.
const TABLE_ROWS_PER_STEP: usize = 40;

/// One row of the table alternative.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Row {
    id: MomentId,
    number: usize,
    when: String,
    what: String,
    place: String,
    who: String,
    feeling: String,
    visit: String,
}

/// The lifeline as a drawing or a table (the user switches; the choice is theirs).
#[component]
pub fn Timeline(
    /// The lifeline to draw.
    #[prop(into)]
    lifeline: Signal<Lifeline>,
    /// The current year (places ages when the birth year is unknown).
    this_year: i32,
    /// Called with a moment's id when its dot is tapped (to open it for editing).
    #[prop(optional)]
    on_select: Option<Callback<MomentId>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = &i18n.t().worksheets().lifeline;
    let as_table = RwSignal::new(false);
    let geometry = Memo::new(move |_| lifeline.with(|l| timeline(l, this_year)));
    let ids = Memo::new(move |_| geometry.with(|g| g.points.iter().map(|p| p.id).collect::<Vec<_>>()));
    let points = ItemSignals::by_ref(move |show| geometry.with(|g| g.points.iter().for_each(|p| show(p.id, p))));

    let drawing = move || {
        let width = move || geometry.with(|g| g.width);
        // The frame starts at the left: the dots there come with the drawing, the rest right after.
        let drawn = drawn_in_steps(DRAWING_FIRST_DOTS, DRAWING_DOTS_PER_STEP, move || ids.with_untracked(|i| i.len()));
        let shown = move || ids.with(|i| i.iter().take(drawn.get()).copied().collect::<Vec<_>>());
        view! {
            <p class="hint no-print">{t.scroll_hint}</p>
            <div class="timeline-scroll" tabindex="0" role="region" aria-label=t.scroll_label>
                <svg
                    class="timeline-svg"
                    viewBox=move || format!("0 0 {} {}", width(), HEIGHT)
                    width=move || width() / 2
                    height=HEIGHT / 2
                    role="img"
                    aria-labelledby="tl-title tl-desc"
                >
                    <title id="tl-title">{t.drawing_title}</title>
                    <desc id="tl-desc">{move || (t.drawing_desc)(geometry.with(|g| g.points.len()))}</desc>
                    <rect class="tl-band-good" x="0" y="0" width=width height=AXIS_Y/>
                    <rect class="tl-band-hard" x="0" y=AXIS_Y width=width height=TICK_Y - 30 - AXIS_Y/>
                    {[2, 1, -1, -2].into_iter().map(|l| view! {
                        <line class="tl-guide" x1=MARGIN_LEFT - 10 x2=width y1=level_y(l) y2=level_y(l)/>
                    }).collect_view()}
                    <line class="tl-axis" x1="0" x2=width y1=AXIS_Y y2=AXIS_Y/>
                    <text class="tl-axis-label" x="12" y=level_y(2) + 8>{t.axis_good}</text>
                    <text class="tl-axis-label" x="12" y=level_y(-2) + 8>{t.axis_hard}</text>
                    <path class="tl-path" d=move || geometry.with(|g| g.path.clone())/>
                    <For each=shown key=|id| *id let:id>
                        <TimelineDot id=id point=points.get(&id) on_select=on_select/>
                    </For>
                </svg>
            </div>
        }
    };

    let rows = Memo::new(move |_| {
        let t = t;
        lifeline.with(|l| {
            let birth = l.assumed_birth_year(this_year);
            l.ordered(this_year)
                .into_iter()
                .enumerate()
                .map(|(i, m)| Row {
                    id: m.id,
                    number: i + 1,
                    when: when_text(m.when, birth, t),
                    what: m.what.clone(),
                    place: m.place.clone(),
                    who: m.who.clone(),
                    feeling: m.feeling.map(|f| t.feelings[f.index()]).unwrap_or("—").to_string(),
                    visit: match m.visit.state {
                        VisitState::None => String::new(),
                        s => match m.visit.date {
                            Some(d) => format!("{} ({})", t.visit_states[s.index()], format_be(d)),
                            None => t.visit_states[s.index()].to_string(),
                        },
                    },
                })
                .collect::<Vec<_>>()
        })
    });
    let table = move || {
        // A phone's first screenful of rows comes with the switch, the rest right after it.
        let drawn = drawn_in_steps(TABLE_FIRST_ROWS, TABLE_ROWS_PER_STEP, move || rows.with_untracked(|r| r.len()));
        let shown = move || rows.with(|r| r.iter().take(drawn.get()).cloned().collect::<Vec<_>>());
        view! {
            <div class="alt-table-scroll" tabindex="0" role="region" aria-labelledby="tl-caption">
                <table class="alt-table timeline-table">
                    <caption id="tl-caption">{t.table_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_number}</th>
                            <th scope="col">{t.col_when}</th>
                            <th scope="col">{t.col_what}</th>
                            <th scope="col">{t.col_where}</th>
                            <th scope="col">{t.col_who}</th>
                            <th scope="col">{t.col_feeling}</th>
                            <th scope="col">{t.col_visit}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=shown key=|r| r.clone() let:r>
                            <tr>
                                <td>{r.number}</td>
                                <td>{r.when}</td>
                                <td>{r.what}</td>
                                <td>{r.place}</td>
                                <td>{r.who}</td>
                                <td>{r.feeling}</td>
                                <td>{r.visit}</td>
                            </tr>
                        </For>
                    </tbody>
                </table>
            </div>
        }
    };

    view! {
        <div class="timeline">
            <div class="segmented no-print" role="group" aria-label=t.show_as>
                <button type="button" aria-pressed=move || (!as_table.get()).to_string() on:click=move |_| as_table.set(false)>
                    {t.as_drawing}
                </button>
                <button type="button" aria-pressed=move || as_table.get().to_string() on:click=move |_| as_table.set(true)>
                    {t.as_table}
                </button>
            </div>
            {move || if as_table.get() { table().into_any() } else { drawing().into_any() }}
        </div>
    }
}

/// One moment's dot, number, label, time tick and visit flag. Has its own point's signal, so an
/// edit to one moment wakes and redraws only the dots that changed.
#[component]
fn TimelineDot(id: MomentId, point: ReadSignal<Option<TimelinePoint>>, on_select: Option<Callback<MomentId>>) -> impl IntoView {
    let i18n = use_i18n();
    let num = move |f: fn(&TimelinePoint) -> i32| move || point.with(|p| p.as_ref().map(f).unwrap_or(0));
    let class = move || {
        point.with(|p| match p.as_ref().and_then(|p| p.level) {
            Some(l) if l > 0 => "tl-point tl-high",
            Some(l) if l < 0 => "tl-point tl-low",
            Some(_) => "tl-point tl-mid",
            None => "tl-point tl-none",
        })
    };
    let visit = move || point.with(|p| p.as_ref().map(|p| p.visit).unwrap_or_default());
    let tick = move || {
        point.with(|p| match p.as_ref().and_then(|p| p.tick) {
            Some(Tick::Year(y)) => y.to_string(),
            Some(Tick::Age(a)) => (i18n.t().worksheets().lifeline.age_text)(a),
            None => String::new(),
        })
    };
    // To visit: an open flag; planned: a filled flag; visited: a check mark (shape, not only colour).
    let marker = move || {
        point.with(|p| {
            let Some(p) = p.as_ref().filter(|p| p.visit != VisitState::None) else { return String::new() };
            let (x, y) = (p.x + POINT_R + 4, p.y);
            if p.visit == VisitState::Visited {
                format!("M{x} {} L{} {} L{} {}", y - 14, x + 8, y - 4, x + 26, y - 26)
            } else {
                format!("M{x} {} L{x} {} L{} {} L{x} {}", y + 14, y - 24, x + 26, y - 15, y - 6)
            }
        })
    };
    view! {
        <g class=class on:click=move |_| if let Some(cb) = on_select { cb.run(id) }>
            <circle class="tl-dot" cx=num(|p| p.x) cy=num(|p| p.y) r=POINT_R/>
            <text class="tl-num" x=num(|p| p.x) y=num(|p| p.y + 8) text-anchor="middle">{move || point.with(|p| p.as_ref().map(|p| p.number).unwrap_or(0))}</text>
            <text class="tl-label" x=num(|p| p.x) y=num(|p| p.label_y) text-anchor="middle">{move || point.with(|p| p.as_ref().map(|p| p.label.clone()).unwrap_or_default())}</text>
            <text class="tl-tick" x=num(|p| p.x) y=TICK_Y text-anchor="middle">{tick}</text>
            <path
                class=move || match visit() {
                    VisitState::None => "tl-mark",
                    VisitState::ToVisit => "tl-mark tl-mark-wish",
                    VisitState::Planned => "tl-mark tl-mark-planned",
                    VisitState::Visited => "tl-mark tl-mark-visited",
                }
                d=marker
            />
        </g>
    }
}
