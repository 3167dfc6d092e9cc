use chrono::NaiveDate;
use leptos::prelude::*;

use crate::components::date_field::DateField;
use crate::domain::dates::{format_be, relative};
use crate::domain::trajectory::{DoneSource, Milestone, MilestoneKind, MilestoneState, MoveError, Schedule};
use crate::i18n::use_i18n;

/// The milestones of the year in words: name, date, state (done / due / overdue / planned), the
/// original date when it moved, a link to the page it belongs to, and a way to move the date or
/// mark it done. Doubles as the text alternative of [`super::year_timeline::YearTimeline`].
#[component]
pub fn MilestoneList(
    /// The year.
    #[prop(into)]
    schedule: Signal<Schedule>,
    /// The local date today.
    #[prop(into)]
    today: Signal<NaiveDate>,
    /// Where a milestone's document lives (the support plan with its readings).
    #[prop(into)]
    plan_href: String,
    /// Moves a milestone (`None`: back to the planned date). Returns why a date was refused.
    on_move: Callback<(MilestoneKind, Option<NaiveDate>), Result<(), MoveError>>,
    /// Marks a milestone done today (`true`) or takes a hand-made mark back (`false`).
    on_done: Callback<(MilestoneKind, bool)>,
    /// The trajectory ended (stopped early, other help, or completed): what is not done is no
    /// longer late or next.
    #[prop(optional, into)]
    ended: Signal<bool>,
) -> impl IntoView {
    let plan_href = StoredValue::new(plan_href);
    view! {
        <ol class="ms-list" data-testid="milestones">
            {MilestoneKind::ALL.into_iter().map(|kind| view! {
                <MilestoneItem kind schedule today plan_href on_move on_done ended/>
            }).collect_view()}
        </ol>
    }
}

/// The notes under a milestone's date: done when and how, moved, moving along, the original.
fn notes(ms: &Milestone, t: &crate::i18n::trajectory::Trajectory) -> String {
    let mut notes: Vec<String> = Vec::new();
    if let Some(done) = ms.done {
        notes.push((t.done_on)(&format_be(done.date)));
        if done.source == DoneSource::ByHand {
            notes.push(t.done_by_hand.to_string());
        }
    }
    if ms.moved {
        notes.push(t.moved_note.to_string());
    } else if let Some(from) = ms.counts_from().filter(|_| ms.shifted()) {
        notes.push((t.shifted_note)(t.milestone(from)));
    }
    if ms.date != ms.original {
        notes.push((t.original)(&format_be(ms.original)));
    }
    notes.join(" ")
}

#[component]
fn MilestoneItem(
    kind: MilestoneKind,
    schedule: Signal<Schedule>,
    today: Signal<NaiveDate>,
    plan_href: StoredValue<String>,
    on_move: Callback<(MilestoneKind, Option<NaiveDate>), Result<(), MoveError>>,
    on_done: Callback<(MilestoneKind, bool)>,
    ended: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let m = Memo::new(move |_| schedule.with(|s| *s.get(kind)));
    let state = Memo::new(move |_| m.get().state(today.get()));
    // Not done when the trajectory ended: no longer needed, neither late nor next.
    let dropped = Memo::new(move |_| ended.get() && m.with(|ms| ms.done.is_none()));
    let state_slug = move || if dropped.get() { "ended" } else { state.get().slug() };
    let editing = RwSignal::new(false);
    let error = RwSignal::new(None::<MoveError>);
    let saved = RwSignal::new(false);
    let slug = kind.slug();
    let panel_id = format!("ms-move-{slug}");
    let heading_id = format!("ms-{slug}");

    let move_to = Callback::new(move |date: Option<NaiveDate>| match on_move.run((kind, date)) {
        Ok(()) => {
            error.set(None);
            saved.set(true);
        }
        Err(e) => {
            error.set(Some(e));
            saved.set(false);
        }
    });

    // What the milestone says, re-drawn as a whole when it or the language changes (cheaper in
    // code than a reactive node per text; nothing in here holds focus or typed input).
    let summary = {
        let heading_id = heading_id.clone();
        move || {
            let t = i18n.t().trajectory();
            let ms = m.get();
            let st = state.get();
            let glyph = match st {
                MilestoneState::Done => "✓",
                MilestoneState::Overdue => "!",
                MilestoneState::Due => "●",
                MilestoneState::Upcoming => "○",
            };
            let dropped = dropped.get();
            let glyph = if dropped { "–" } else { glyph };
            let state_text = if dropped { i18n.t().outcomes().milestone_ended } else { t.state(st) };
            let when = if st == MilestoneState::Done || dropped {
                String::new()
            } else {
                format!(" · {}", (t.relative)(relative(today.get(), ms.date)))
            };
            let notes = notes(&ms, t);
            let no_notes = notes.is_empty();
            view! {
                <div class="ms-head">
                    <span class="ms-glyph" aria-hidden="true">{glyph}</span>
                    <h3 id=heading_id.clone() class="ms-name">{t.milestone(kind)}</h3>
                    <span class="ms-state">{state_text}</span>
                </div>
                <p class="ms-date"><strong>{format_be(ms.date)}</strong>{when}</p>
                <p class="ms-about">{t.milestone_about[kind.index()]}</p>
                <p class="ms-note" hidden=no_notes>{notes}</p>
                <p class="ms-link"><a href=plan_href.get_value()>{t.open_plan}</a></p>
            }
        }
    };

    // The buttons: moving is for what is not done; "done" by hand can be taken back.
    let actions = {
        let panel_id = panel_id.clone();
        move || {
            let t = i18n.t().trajectory();
            let done = m.with(|ms| ms.done.map(|d| d.source));
            let toggle = done.is_none().then(|| {
                view! {
                    <button
                        type="button"
                        class="button"
                        aria-expanded=move || if editing.get() { "true" } else { "false" }
                        aria-controls=panel_id.clone()
                        on:click=move |_| {
                            editing.update(|e| *e = !*e);
                            saved.set(false);
                        }
                    >
                        {t.move_button}
                    </button>
                }
            });
            let (label, value) = match done {
                None => (Some(t.mark_done), true),
                Some(DoneSource::ByHand) => (Some(t.unmark_done), false),
                Some(DoneSource::Reading) => (None, false),
            };
            let mark = label.map(|label| {
                view! { <button type="button" class="button" on:click=move |_| on_done.run((kind, value))>{label}</button> }
            });
            view! { {toggle} {mark} }
        }
    };

    let message = move || {
        let t = i18n.t().trajectory();
        match error.get() {
            Some(e) => (t.move_error(e), ""),
            None if saved.get() => (String::new(), "ok"),
            None => (String::new(), ""),
        }
    };

    view! {
        <li
            class=move || format!("ms ms-{}", state_slug())
            data-kind=slug
            data-state=state_slug
            aria-labelledby=heading_id
        >
            {summary}
            <div class="button-row ms-actions">{actions}</div>
            <div class="ms-move" id=panel_id hidden=move || !editing.get() || m.with(|ms| ms.done.is_some())>
                <DateField
                    id=format!("ms-date-{slug}")
                    label=Signal::derive(move || i18n.t().trajectory().move_labels[kind.index()])
                    hint=Signal::derive(move || i18n.t().trajectory().move_hint)
                    value=Signal::derive(move || Some(m.get().date))
                    on_change=move_to
                    clearable=false
                />
                <p class="error" role="alert" hidden=move || error.with(Option::is_none)>{move || message().0}</p>
                <p class="ms-saved" role="status">
                    {move || (message().1 == "ok").then(|| {
                        let t = i18n.t().trajectory();
                        (t.moved_saved)(t.milestone(kind), &format_be(m.get().date))
                    })}
                </p>
                <button type="button" class="button" hidden=move || !m.with(|ms| ms.moved) on:click=move |_| move_to.run(None)>
                    {move || i18n.t().trajectory().move_reset}
                </button>
            </div>
        </li>
    }
}
