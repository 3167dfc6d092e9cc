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
    // The radio buttons keep their own elements (and focus); only their labels follow the language.
    let option = move |value: AftercareChoice, id: &'static str| {
        view! {
            <div class="choice">
                <input autocomplete="off"
                    type="radio"
                    name="aftercare-choice"
                    id=id
                    value=id
                    prop:checked=move || choice.get() == value
                    on:change=move |_| on_choose.run(value)
                />
                <label for=id>
                    {move || {
                        let t = i18n.t().trajectory();
                        if value == AftercareChoice::AdHoc { t.aftercare_ad_hoc } else { t.aftercare_schedule }
                    }}
                </label>
            </div>
        }
    };

    // The rest is drawn as a whole when the dates, the choice or the language change.
    let body = move || {
        let t = i18n.t().trajectory();
        let closing = closing.get();
        let today = today.get();
        if choice.get() == AftercareChoice::AdHoc {
            return view! { <p class="ac-ad-hoc" role="status">{t.aftercare_ad_hoc_note}</p> }.into_any();
        }
        let current = aftercare_week(closing, today).map(Band::of_week);
        let rows = Band::ALL
            .into_iter()
            .map(|band| {
                let [weeks, phone, face] = t.band_row(band);
                let now = current == Some(band);
                view! {
                    <tr class:ac-now=now>
                        <th scope="row">{weeks}{now.then(|| view! { <span class="tj-tag">{t.rhythm_now}</span> })}</th>
                        <td>{phone}</td>
                        <td>{face}</td>
                    </tr>
                }
            })
            .collect_view();
        let planned = contacts(closing);
        let next = planned.iter().find(|c| c.date >= today).map(|c| c.date);
        let items = planned
            .iter()
            .map(|c| {
                let past = c.date < today;
                let is_next = Some(c.date) == next;
                let tag = if is_next {
                    Some(("tj-tag tj-tag-strong", t.contact_next))
                } else {
                    past.then_some(("tj-tag", t.contact_past))
                };
                view! {
                    <li class="ac-contact" class:ac-past=past class:ac-next=is_next data-mode=c.mode.slug()>
                        <span class="ac-date">{format_be(c.date)}</span>
                        <span class="ac-mode">{t.contact_mode(c.mode)}</span>
                        <span class="ac-week">{(t.contact_week)(c.week)}</span>
                        {tag.map(|(class, text)| view! { <span class=class>{text}</span> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="ac-table">
                <table class="ac-rhythm">
                    <caption>{t.rhythm_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.rhythm_head[0]}</th>
                            <th scope="col">{t.rhythm_head[1]}</th>
                            <th scope="col">{t.rhythm_head[2]}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <h3>{t.contacts_heading}</h3>
            <ol class="ac-contacts">{items}</ol>
        }
        .into_any()
    };

    view! {
        <div class="aftercare" data-testid="aftercare">
            <p>{move || (i18n.t().trajectory().aftercare_from)(&format_be(closing.get()))}</p>
            <fieldset class="choices">
                <legend>{move || i18n.t().trajectory().aftercare_legend}</legend>
                {option(AftercareChoice::Schedule, "aftercare-schedule")}
                {option(AftercareChoice::AdHoc, "aftercare-ad-hoc")}
            </fieldset>
            {body}
        </div>
    }
}
