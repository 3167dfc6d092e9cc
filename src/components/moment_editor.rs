use leptos::prelude::*;

use crate::components::{after_paint::AfterPaint, choice_group::ChoiceGroup, date_field::DateField, when_field::WhenField};
use crate::domain::lifeline::{cap_text, Feeling, Moment, MomentId, VisitState, When};
use crate::i18n::use_i18n;

/// The form for one lifeline moment: when, what, where, who, how it felt, and the visit plan.
///
/// Every change is passed on at once through `on_change` (the page saves it); nothing waits for
/// a save button. Nothing is mandatory.
#[component]
pub fn MomentEditor(
    /// The moment being edited (`None` once it is gone).
    #[prop(into)]
    moment: Signal<Option<Moment>>,
    /// Its place on the line (1-based), for the heading.
    #[prop(into)]
    number: Signal<usize>,
    /// The young person's birth year, if known.
    #[prop(into)]
    birth_year: Signal<Option<i32>>,
    /// Called with the changed moment after every edit.
    on_change: Callback<Moment>,
    /// Called when the young person deletes the moment.
    on_remove: Callback<MomentId>,
    /// Called when the editor is closed.
    on_close: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = &i18n.t().worksheets().lifeline;
    // Mounted only for a moment that exists; its id never changes.
    let id = moment.with_untracked(|m| m.as_ref().map(|m| m.id)).unwrap_or_default();
    let p = format!("m{id}");
    let id_brought = StoredValue::new(format!("{p}-brought"));
    let id_brought_hint = StoredValue::new(format!("{p}-brought-hint"));
    let id_feeling = StoredValue::new(format!("{p}-feeling"));
    let id_title = format!("{p}-title");
    let id_visit = StoredValue::new(format!("{p}-visit"));
    let id_visit_date = StoredValue::new(format!("{p}-visit-date"));
    let id_what = format!("{p}-what");
    let id_what_hint = format!("{p}-what-hint");
    let id_where = format!("{p}-where");
    let id_who = format!("{p}-who");
    let edit = move |f: &dyn Fn(&mut Moment)| {
        if let Some(mut m) = moment.get_untracked() {
            f(&mut m);
            on_change.run(m);
        }
    };
    let field = move |get: fn(&Moment) -> &String| Signal::derive(move || moment.with(|m| m.as_ref().map(|m| get(m).clone()).unwrap_or_default()));
    let what = field(|m| &m.what);
    let place = field(|m| &m.place);
    let who = field(|m| &m.who);
    let brought_up = Signal::derive(move || moment.with(|m| m.as_ref().map(|m| m.visit.brought_up.clone()).unwrap_or_default()));
    let visit_state = Memo::new(move |_| moment.with(|m| m.as_ref().map(|m| m.visit.state).unwrap_or_default()));

    view! {
        <section class="item-editor" aria-labelledby=id_title.clone()>
            <h3 id=id_title.clone() tabindex="-1">{move || (t.editor_title)(number.get())}</h3>
            <WhenField
                id=p.clone()
                value=Signal::derive(move || moment.with(|m| m.as_ref().map(|m| m.when).unwrap_or(When::Unknown)))
                birth_year=birth_year
                on_change=Callback::new(move |w| edit(&|m| m.when = w))
            />
            <div class="field">
                <label for=id_what.clone()>{t.what_label}</label>
                <p class="hint" id=id_what_hint.clone()>{t.what_hint}</p>
                <textarea autocomplete="off"
                    id=id_what.clone()
                    rows="2"
                    aria-describedby=id_what_hint.clone()
                    prop:value=what
                    on:input=move |ev| { let v = cap_text(&event_target_value(&ev)); edit(&|m| m.what = v.clone()) }
                ></textarea>
            </div>
            <div class="field">
                <label for=id_where.clone()>{t.where_label}</label>
                <input
                    type="text"
                    id=id_where.clone()
                    autocomplete="off"
                    prop:value=place
                    on:input=move |ev| { let v = cap_text(&event_target_value(&ev)); edit(&|m| m.place = v.clone()) }
                />
            </div>
            <div class="field">
                <label for=id_who.clone()>{t.who_label}</label>
                <input
                    type="text"
                    id=id_who.clone()
                    autocomplete="off"
                    prop:value=who
                    on:input=move |ev| { let v = cap_text(&event_target_value(&ev)); edit(&|m| m.who = v.clone()) }
                />
            </div>
            // From here the editor runs below the first screen of a phone: this part follows
            // right after the top is painted (see AfterPaint), so a new moment shows sooner.
            <AfterPaint>
            <ChoiceGroup
                legend=t.feeling_legend
                options={ let mut o = t.feelings.to_vec(); o.push(t.feeling_none); o }
                selected=Signal::derive(move || moment.with(|m| m.as_ref().map(|m| m.feeling.map(Feeling::index).unwrap_or(5))))
                on_select=Callback::new(move |i: usize| edit(&|m| m.feeling = Feeling::ALL.get(i).copied()))
                name=id_feeling.get_value()
            />
            <ChoiceGroup
                legend=t.visit_legend
                hint=t.visit_hint
                options=t.visit_states.to_vec()
                selected=Signal::derive(move || Some(visit_state.get().index()))
                on_select=Callback::new(move |i: usize| edit(&|m| m.visit.state = VisitState::ALL[i]))
                name=id_visit.get_value()
            />
            // Built only for a visit that is planned or done (most moments are neither).
            <Show when=move || matches!(visit_state.get(), VisitState::Planned | VisitState::Visited)>
                <DateField
                    id=id_visit_date.get_value()
                    label=Signal::derive(move || if visit_state.get() == VisitState::Visited { t.visit_date_done } else { t.visit_date_planned })
                    value=Signal::derive(move || moment.with(|m| m.as_ref().and_then(|m| m.visit.date)))
                    on_change=Callback::new(move |d| edit(&|m| m.visit.date = d))
                />
            </Show>
            <Show when=move || visit_state.get() == VisitState::Visited>
                <div class="field">
                    <label for=id_brought.get_value()>{t.brought_up_label}</label>
                    <p class="hint" id=id_brought_hint.get_value()>{t.brought_up_hint}</p>
                    <textarea autocomplete="off"
                        id=id_brought.get_value()
                        rows="3"
                        aria-describedby=id_brought_hint.get_value()
                        prop:value=brought_up
                        on:input=move |ev| { let v = cap_text(&event_target_value(&ev)); edit(&|m| m.visit.brought_up = v.clone()) }
                    ></textarea>
                </div>
            </Show>
            <div class="button-row">
                <button type="button" class="button primary" on:click=move |_| on_close.run(())>
                    {t.close_editor}
                </button>
                <button type="button" class="button danger" on:click=move |_| on_remove.run(id)>
                    {t.remove}
                </button>
            </div>
            </AfterPaint>
        </section>
    }
}
