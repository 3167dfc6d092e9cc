use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::date_field::DateField;
use crate::domain::dates::{format_be, relative};
use crate::domain::trajectory::{DoneSource, MilestoneKind, MilestoneState, MoveError, Schedule};
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
) -> impl IntoView {
    view! {
        <ol class="ms-list" data-testid="milestones">
            {MilestoneKind::ALL.into_iter().map(|kind| view! {
                <MilestoneItem kind schedule today plan_href=plan_href.clone() on_move on_done/>
            }).collect_view()}
        </ol>
    }
}

#[component]
fn MilestoneItem(
    kind: MilestoneKind,
    schedule: Signal<Schedule>,
    today: Signal<NaiveDate>,
    plan_href: String,
    on_move: Callback<(MilestoneKind, Option<NaiveDate>), Result<(), MoveError>>,
    on_done: Callback<(MilestoneKind, bool)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || &i18n.t().trajectory;
    let m = Memo::new(move |_| schedule.with(|s| *s.get(kind)));
    let state = Memo::new(move |_| m.get().state(today.get()));
    let editing = RwSignal::new(false);
    let error = RwSignal::new(None::<MoveError>);
    let saved = RwSignal::new(false);
    let slug = kind.slug();
    let panel_id = format!("ms-move-{slug}");
    let controls = panel_id.clone();
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

    let glyph = move || match state.get() {
        MilestoneState::Done => "✓",
        MilestoneState::Overdue => "!",
        MilestoneState::Due => "●",
        MilestoneState::Upcoming => "○",
    };

    view! {
        <li
            class=move || format!("ms ms-{}", state.get().slug())
            data-kind=slug
            data-state=move || state.get().slug()
            aria-labelledby=heading_id.clone()
        >
            <div class="ms-head">
                <span class="ms-glyph" aria-hidden="true">{glyph}</span>
                <h3 id=heading_id.clone() class="ms-name">{move || t().milestone(kind)}</h3>
                <span class="ms-state">{move || t().state(state.get())}</span>
            </div>
            <p class="ms-date">
                <strong>{move || format_be(m.get().date)}</strong>
                {move || (state.get() != MilestoneState::Done).then(|| format!(" · {}", (t().relative)(relative(today.get(), m.get().date))))}
            </p>
            <p class="ms-about">{move || t().milestone_about[kind.index()]}</p>
            {move || {
                let ms = m.get();
                let mut notes: Vec<String> = Vec::new();
                if let Some(done) = ms.done {
                    notes.push((t().done_on)(&format_be(done.date)));
                    if done.source == DoneSource::ByHand {
                        notes.push(t().done_by_hand.to_string());
                    }
                }
                if ms.moved {
                    notes.push(t().moved_note.to_string());
                } else if ms.shifted() {
                    if let Some(from) = ms.counts_from() {
                        notes.push((t().shifted_note)(t().milestone(from)));
                    }
                }
                if ms.date != ms.original {
                    notes.push((t().original)(&format_be(ms.original)));
                }
                (!notes.is_empty()).then(|| view! { <p class="ms-note">{notes.join(" ")}</p> })
            }}
            <p class="ms-link"><A href=plan_href.clone()>{move || t().open_plan}</A></p>
            <div class="button-row ms-actions">
                <Show when=move || m.with(|ms| ms.done.is_none())>
                    <button
                        type="button"
                        class="button"
                        aria-expanded=move || if editing.get() { "true" } else { "false" }
                        aria-controls=controls.clone()
                        on:click=move |_| {
                            editing.update(|e| *e = !*e);
                            saved.set(false);
                        }
                    >
                        {move || t().move_button}
                    </button>
                </Show>
                {move || match m.get().done.map(|d| d.source) {
                    None => Some(view! {
                        <button type="button" class="button" on:click=move |_| on_done.run((kind, true))>
                            {move || t().mark_done}
                        </button>
                    }.into_any()),
                    Some(DoneSource::ByHand) => Some(view! {
                        <button type="button" class="button" on:click=move |_| on_done.run((kind, false))>
                            {move || t().unmark_done}
                        </button>
                    }.into_any()),
                    Some(DoneSource::Reading) => None,
                }}
            </div>
            <div class="ms-move" id=panel_id.clone() hidden=move || !editing.get() || m.with(|ms| ms.done.is_some())>
                <DateField
                    id=format!("ms-date-{slug}")
                    label=Signal::derive(move || t().move_labels[kind.index()])
                    hint=Signal::derive(move || t().move_hint)
                    value=Signal::derive(move || Some(m.get().date))
                    on_change=move_to
                />
                <p class="error" role="alert" hidden=move || error.get().is_none()>
                    {move || error.get().map(|e| t().move_error(e))}
                </p>
                <p class="ms-saved" role="status">
                    {move || (saved.get() && error.get().is_none())
                        .then(|| (t().moved_saved)(t().milestone(kind), &format_be(m.get().date)))}
                </p>
                <Show when=move || m.with(|ms| ms.moved)>
                    <button type="button" class="button" on:click=move |_| move_to.run(None)>
                        {move || t().move_reset}
                    </button>
                </Show>
            </div>
        </li>
    }
}
