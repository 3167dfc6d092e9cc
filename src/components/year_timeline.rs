use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::dates::format_be;
use crate::domain::trajectory::{MilestoneState, Schedule};
use crate::domain::year_chart::{self as g, year_chart};
use crate::i18n::use_i18n;

/// The year at a glance: phases as a bar, milestones as markers (shape and colour per state),
/// month ticks and a line for today, with a legend of the phases and their dates.
///
/// The drawing is an image with a title and description; the milestone list on the same page is
/// its text alternative. Drawn as a whole whenever the year, the day or the language changes:
/// it is small, and one reactive closure costs far less code than one per part.
#[component]
pub fn YearTimeline(
    /// The year to draw.
    #[prop(into)]
    schedule: Signal<Schedule>,
    /// The local date today.
    #[prop(into)]
    today: Signal<NaiveDate>,
    /// Prefix for element ids (unique on the page).
    #[prop(into)]
    id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let view_box = format!("0 0 {} {}", g::VIEW_W, g::VIEW_H);

    move || {
        let texts = i18n.t();
        let t = texts.trajectory();
        let today = today.get();
        schedule.with(|s| {
            let c = year_chart(s, today);
            let title = (t.chart_title)(&format_be(s.start), &format_be(s.end()));
            let bands = c
                .bands
                .iter()
                .map(|b| {
                    view! {
                        <rect class=format!("yt-band yt-band-{}", b.phase.slug()) x=b.x y=g::BAR_Y width=b.w height=g::BAR_H/>
                    }
                })
                .collect_view();
            let ticks = c
                .ticks
                .iter()
                .map(|tk| {
                    view! {
                        <line class="yt-tick" x1=tk.x x2=tk.x y1=g::TICK_Y0 y2=g::TICK_Y1/>
                        {tk.label_x.map(|lx| view! {
                            <text class="yt-month" x=lx y=g::MONTH_Y text-anchor="middle">{t.months_short[(tk.month - 1) as usize]}</text>
                        })}
                    }
                })
                .collect_view();
            let today_mark = c.today.map(|td| {
                view! {
                    <line class="yt-today-line" x1=td.x x2=td.x y1=g::BAR_Y - 4 y2=g::TICK_Y1 + 2/>
                    <text class="yt-today-label" x=td.label_x y=g::TODAY_Y text-anchor="middle">{t.today_mark}</text>
                }
            });
            let markers = c
                .markers
                .iter()
                .map(|m| {
                    let glyph = match m.state {
                        MilestoneState::Done => "✓",
                        MilestoneState::Overdue => "!",
                        _ => "",
                    };
                    view! {
                        <g class=format!("yt-marker yt-{}", m.state.slug()) data-kind=m.kind.slug() data-state=m.state.slug()>
                            <text class="yt-code" x=m.label_x y=g::LABEL_Y text-anchor="middle">{t.milestone_codes[m.kind.index()]}</text>
                            <circle cx=m.x cy=g::MARKER_Y r=g::MARKER_R/>
                            <text class="yt-glyph" x=m.x y=g::MARKER_Y + 4 text-anchor="middle">{glyph}</text>
                        </g>
                    }
                })
                .collect_view();
            let legend = s
                .phases()
                .into_iter()
                .map(|(p, from, to)| {
                    view! {
                        <li>
                            <span class=format!("yt-swatch yt-band-{}", p.slug()) aria-hidden="true"></span>
                            <span class="yt-legend-name">{texts.phases().name(p)}</span>
                            " "
                            <span class="yt-legend-dates">{(t.phase_range)(&format_be(from), &format_be(to))}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <figure class="year-timeline" data-testid="year-timeline">
                    <svg
                        viewBox=view_box.clone()
                        class="yt-svg"
                        role="img"
                        aria-labelledby=title_id.clone()
                        aria-describedby=desc_id.clone()
                        focusable="false"
                    >
                        <title id=title_id.clone()>{title}</title>
                        <desc id=desc_id.clone()>{t.chart_desc}</desc>
                        <g class="yt-bands">{bands}</g>
                        <g class="yt-ticks" aria-hidden="true">{ticks}</g>
                        <g class="yt-today">{today_mark}</g>
                        <g class="yt-markers">{markers}</g>
                    </svg>
                    <figcaption>
                        <ul class="yt-legend" aria-label=t.phases_label>{legend}</ul>
                    </figcaption>
                </figure>
            }
        })
    }
}
