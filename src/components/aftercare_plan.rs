use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::aftercare::{aftercare_week, contacts, AftercareChoice, Band};
use crate::domain::dates::format_be;
use crate::i18n::use_i18n;

/// Aftercare after the closing: the young person's choice (the rhythm of the table, or "ad hoc,
/// call when needed"), the rhythm as a table with the current row marked, and the planned
/// contacts with the next one marked.
#[component]
pub fn AftercarePlan(
    /// The closing date; aftercare starts the day after.
    #[prop(into)]
    closing: Signal<NaiveDate>,
    /// What the young person chose.
    #[prop(into)]
    choice: Signal<AftercareChoice>,
    /// The local date today.
    #[prop(into)]
    today: Signal<NaiveDate>,
    /// Records another choice.
    on_choose: Callback<AftercareChoice>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || &i18n.t().trajectory;
    let planned = Memo::new(move |_| contacts(closing.get()));
    let current_band = Memo::new(move |_| aftercare_week(closing.get(), today.get()).map(Band::of_week));
    let next_date = Memo::new(move |_| {
        let today = today.get();
        planned.with(|cs| cs.iter().find(|c| c.date >= today).map(|c| c.date))
    });

    let option = move |value: AftercareChoice, id: &'static str, label: fn(&crate::i18n::trajectory::Trajectory) -> &'static str| {
        view! {
            <div class="choice">
                <input
                    type="radio"
                    name="aftercare-choice"
                    id=id
                    value=id
                    prop:checked=move || choice.get() == value
                    on:change=move |_| on_choose.run(value)
                />
                <label for=id>{move || label(t())}</label>
            </div>
        }
    };

    view! {
        <div class="aftercare" data-testid="aftercare">
            <p>{move || (t().aftercare_from)(&format_be(closing.get()))}</p>
            <fieldset class="choices">
                <legend>{move || t().aftercare_legend}</legend>
                {option(AftercareChoice::Schedule, "aftercare-schedule", |t| t.aftercare_schedule)}
                {option(AftercareChoice::AdHoc, "aftercare-ad-hoc", |t| t.aftercare_ad_hoc)}
            </fieldset>
            <Show
                when=move || choice.get() == AftercareChoice::Schedule
                fallback=move || view! { <p class="ac-ad-hoc" role="status">{move || t().aftercare_ad_hoc_note}</p> }
            >
                <div class="ac-table">
                    <table class="ac-rhythm">
                        <caption>{move || t().rhythm_caption}</caption>
                        <thead>
                            <tr>
                                {move || t().rhythm_head.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {Band::ALL.into_iter().map(|band| {
                                let now = move || current_band.get() == Some(band);
                                view! {
                                    <tr class:ac-now=now>
                                        <th scope="row">
                                            {move || t().band_row(band)[0]}
                                            {move || now().then(|| view! { <span class="tj-tag">{t().rhythm_now}</span> })}
                                        </th>
                                        <td>{move || t().band_row(band)[1]}</td>
                                        <td>{move || t().band_row(band)[2]}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <h3>{move || t().contacts_heading}</h3>
                <ol class="ac-contacts">
                    {move || {
                        let today = today.get();
                        let next = next_date.get();
                        planned.with(|cs| cs.iter().map(|c| {
                            let past = c.date < today;
                            let is_next = Some(c.date) == next;
                            view! {
                                <li
                                    class="ac-contact"
                                    class:ac-past=past
                                    class:ac-next=is_next
                                    data-mode=c.mode.slug()
                                >
                                    <span class="ac-date">{format_be(c.date)}</span>
                                    <span class="ac-mode">{t().contact_mode(c.mode)}</span>
                                    <span class="ac-week">{(t().contact_week)(c.week)}</span>
                                    {past.then(|| view! { <span class="tj-tag">{t().contact_past}</span> })}
                                    {is_next.then(|| view! { <span class="tj-tag tj-tag-strong">{t().contact_next}</span> })}
                                </li>
                            }
                        }).collect_view())
                    }}
                </ol>
            </Show>
        </div>
    }
}
