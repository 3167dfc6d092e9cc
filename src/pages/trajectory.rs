//! Pages of the trajectory (issue 6): the coach's "Vandaag" view of the whole caseload and one
//! young person's year (timeline, milestones, aftercare, one line through the year, calendar).
//!
//! The year itself is computed in `domain::trajectory`; these pages only read the case files,
//! hand the facts from other parts over ([`sources`]) and save what the coach changes.

mod export;
mod outcomes;
pub mod sources;
mod today;
mod year;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::caseload::Overview;
use crate::domain::dates::{format_be, relative};
use crate::i18n::I18n;

pub use outcomes::OutcomesPage;
pub use today::TodayPage;
pub use year::ProfileTrajectoryPage;

/// Today's local date (Europe/Brussels on our users' phones), refreshed when the app comes back
/// into view, so a phone left open overnight does not show yesterday's "due".
pub fn use_today() -> RwSignal<NaiveDate> {
    let today = RwSignal::new(crate::browser::today());
    let refresh = move || {
        let now = crate::browser::today();
        if today.get_untracked() != now {
            today.set(now);
        }
    };
    let on_focus = window_event_listener(leptos::ev::focus, move |_| refresh());
    let on_visible = window_event_listener(leptos::ev::visibilitychange, move |_| refresh());
    on_cleanup(move || {
        on_focus.remove();
        on_visible.remove();
    });
    today
}

/// Where a young person stands, in words: the week and phase, or how the trajectory ended when
/// it stopped early or went to other help (a week count would no longer mean anything).
fn position_text(o: &Overview, texts: &crate::i18n::Texts) -> Option<String> {
    match o.ended {
        Some((kind, on)) if kind != crate::domain::ending::EndKind::Completed => {
            Some(texts.outcomes().ended(kind, &format_be(on)))
        }
        _ => o.position.map(|p| texts.trajectory().position(p, texts.phases())),
    }
}

/// The lines under a young person's name: what is late, what comes next, the next aftercare
/// contact (or that aftercare is ad hoc / everything is done).
fn status_lines(o: &Overview, today: NaiveDate, i18n: I18n) -> impl IntoView {
    let t = i18n.t().trajectory();
    let rel = |d: NaiveDate| (t.relative)(relative(today, d));
    let mut lines: Vec<(&'static str, &'static str, String)> = Vec::new();
    // An early end stands in the place of the position (see `position_text`); a completed year
    // keeps its aftercare week there and says when it ended here.
    if let Some((kind @ crate::domain::ending::EndKind::Completed, on)) = o.ended {
        lines.push(("tj-fact tj-ended", "✓", i18n.t().outcomes().ended(kind, &format_be(on))));
    }
    for m in &o.overdue {
        lines.push(("tj-fact tj-overdue", "!", (t.overdue_item)(t.milestone(m.kind), &format_be(m.date), &rel(m.date))));
    }
    if let Some(m) = o.next {
        let class = if m.state(today) == crate::domain::trajectory::MilestoneState::Due { "tj-fact tj-due" } else { "tj-fact" };
        lines.push((class, "→", (t.next_item)(t.milestone(m.kind), &format_be(m.date), &rel(m.date))));
    }
    // Aftercare contacts matter once the milestones are behind; before that they are months away.
    if let Some(c) = o.next_contact.filter(|_| o.next.is_none()) {
        let soon = crate::domain::dates::days_between(today, c.date) <= crate::domain::trajectory::DUE_WINDOW_DAYS;
        lines.push((
            if soon { "tj-fact tj-due" } else { "tj-fact" },
            "☎",
            (t.next_contact)(t.contact_mode_in_sentence(c.mode), &format_be(c.date), &rel(c.date)),
        ));
    }
    if let Some(on) = o.check {
        let class = if on < today {
            "tj-fact tj-overdue"
        } else if crate::domain::dates::days_between(today, on) <= crate::domain::trajectory::DUE_WINDOW_DAYS {
            "tj-fact tj-due"
        } else {
            "tj-fact"
        };
        let glyph = if on < today { "!" } else { "→" };
        lines.push((class, glyph, (i18n.t().outcomes().check_item)(&format_be(on), &rel(on))));
    }
    if lines.is_empty() && o.position.is_some() {
        let quiet = match o.position {
            Some(crate::domain::trajectory::Position::Aftercare { .. }) => t.aftercare_quiet,
            _ => t.nothing_open,
        };
        lines.push(("tj-fact", "✓", quiet.to_string()));
    }
    view! {
        <ul class="tj-facts">
            {lines.into_iter().map(|(class, glyph, text)| view! {
                <li class=class><span class="tj-glyph" aria-hidden="true">{glyph}</span><span>{text}</span></li>
            }).collect_view()}
        </ul>
    }
}
