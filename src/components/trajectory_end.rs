//! Recording how a trajectory ended, and the answer of the check six months after the end.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::components::choice_group::ChoiceGroup;
use crate::components::date_field::DateField;
use crate::components::note_field::NoteField;
use crate::domain::dates::format_be;
use crate::domain::ending::{EndKind, SixMonthCheck, StopReason, TrajectoryEnd, MAX_END_WORDS_CHARS};
use crate::domain::plan::Answer;
use crate::i18n::use_i18n;

/// "Still running", completed, stopped early or other help; with a date, and for stopped early
/// a reason from the short list; free words for every end. Nothing is required.
#[component]
pub fn EndForm(
    /// The recorded end, `None` while the trajectory runs.
    #[prop(into)]
    end: Signal<Option<TrajectoryEnd>>,
    /// Today: the date an early end starts with (it can be changed or emptied).
    #[prop(into)]
    today: Signal<NaiveDate>,
    /// Records the new end (`None`: still running).
    on_change: Callback<Option<TrajectoryEnd>>,
) -> impl IntoView {
    let t = use_i18n().t().outcomes();
    let kind = Memo::new(move |_| end.with(|e| e.as_ref().map(|e| e.kind)));
    let selected = Signal::derive(move || {
        Some(kind.get().map_or(0, |k| 1 + EndKind::ALL.iter().position(|x| *x == k).unwrap_or(0)))
    });
    let update = move |f: &dyn Fn(&mut TrajectoryEnd)| {
        if let Some(mut e) = end.get_untracked() {
            f(&mut e);
            on_change.run(Some(e));
        }
    };
    let on_kind = Callback::new(move |i: usize| {
        let next = i.checked_sub(1).and_then(|j| EndKind::ALL.get(j)).map(|&k| match end.get_untracked() {
            // Changing the kind keeps the date, the reason and the words typed before.
            Some(e) => TrajectoryEnd { kind: k, ..e },
            None => TrajectoryEnd::new(k, (k != EndKind::Completed).then(|| today.get_untracked())),
        });
        on_change.run(next);
    });
    let reason_selected = Signal::derive(move || {
        end.with(|e| e.as_ref().and_then(|e| e.reason).and_then(|r| StopReason::ALL.iter().position(|x| *x == r)))
    });
    let on_reason = Callback::new(move |i: usize| {
        let r = StopReason::ALL.get(i).copied();
        update(&|e| e.reason = r);
    });
    let on_date = Callback::new(move |d: Option<NaiveDate>| update(&|e| e.date = d));
    let on_words = Callback::new(move |w: String| {
        let w = crate::domain::plan::topic::cap_text(&w, MAX_END_WORDS_CHARS);
        update(&|e| e.words = w.clone());
    });
    let kinds = [t.still_running, t.completed, t.stopped_early, t.other_help];
    let reasons = StoredValue::new(StopReason::ALL.iter().map(|r| t.reason(*r)).collect::<Vec<&'static str>>());
    view! {
        <div class="tj-end" data-testid="end-form">
            <p class="hint">{t.end_intro}</p>
            <ChoiceGroup legend=t.end_legend options=kinds.to_vec() selected on_select=on_kind name="tj-end-kind"/>
            <Show when=move || kind.get().is_some()>
                <DateField
                    label=Signal::stored(t.end_date_label)
                    hint=Signal::stored(t.end_date_hint)
                    value=Signal::derive(move || end.with(|e| e.as_ref().and_then(|e| e.date)))
                    on_change=on_date
                    id="tj-end-date"
                />
                <Show when=move || kind.get() == Some(EndKind::StoppedEarly)>
                    <ChoiceGroup
                        legend=t.reason_legend
                        options=reasons.get_value()
                        selected=reason_selected
                        on_select=on_reason
                        name="tj-end-reason"
                    />
                </Show>
                <NoteField
                    id="tj-end-words"
                    label=Signal::stored(t.words_label.to_string())
                    hint=Signal::stored(t.words_hint)
                    value=Signal::derive(move || end.with(|e| e.as_ref().map(|e| e.words.clone()).unwrap_or_default()))
                    on_input=on_words
                    multiline=true
                    maxlength=MAX_END_WORDS_CHARS
                />
            </Show>
        </div>
    }
}

/// The check six months after the end: its date and its answer (new offences or not, not
/// applicable, not known yet), with the day it was filled in.
#[component]
pub fn CheckForm(
    /// The day of the check.
    #[prop(into)]
    date: Signal<NaiveDate>,
    /// What is recorded.
    #[prop(into)]
    check: Signal<SixMonthCheck>,
    /// Today: the day an answer is recorded on.
    #[prop(into)]
    today: Signal<NaiveDate>,
    /// Records a new answer.
    on_change: Callback<SixMonthCheck>,
) -> impl IntoView {
    let t = use_i18n().t().outcomes();
    let answers = Answer::WITH_NOT_APPLICABLE;
    let labels: Vec<&'static str> = answers.iter().map(|a| t.check_answer(*a)).collect();
    let selected = Signal::derive(move || check.with(|c| answers.iter().position(|a| *a == c.answer)));
    let on_select = Callback::new(move |i: usize| {
        let answer = answers.get(i).copied().unwrap_or_default();
        let on = (answer != Answer::Unknown).then(|| today.get_untracked());
        on_change.run(SixMonthCheck { answer, on });
    });
    view! {
        <div class="tj-check" data-testid="six-month-check">
            <p>{move || (t.check_intro)(&format_be(date.get()))}</p>
            <ChoiceGroup
                legend=t.check_legend
                options=labels
                selected
                on_select
                name="tj-check"
            />
            <p class="hint" role="status">{move || check.with(|c| c.on.map(|d| (t.check_recorded)(&format_be(d))))}</p>
        </div>
    }
}
