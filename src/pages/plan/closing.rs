//! The closing report (afrondingsverslag): the evolution per domain over the whole year, the
//! actions that worked out, the programme's indicators and the aftercare agreements — filled in
//! on screen, printed as a clean document the young person keeps.

use chrono::Months;
use leptos::prelude::*;

use super::shared::{axis_names, chart_series, evolution_rows, person_name, plan_base, reading_headers, topic_name, with_case};
use crate::components::evolution_table::EvolutionTable;
use crate::components::page_header::NamedPageHeader;
use crate::components::radar_chart::RadarChart;
use crate::domain::dates::format_be;
use crate::domain::plan::evolution::count_trends;
use crate::domain::plan::kpi::{Housing, MAX_AFTERCARE_CHARS, MAX_KPI_NOTE_CHARS};
use crate::domain::plan::topic::cap_text;
use crate::domain::plan::{ActionStatus, Kpi};
use crate::domain::{CaseFile, ProfileId};
use crate::i18n::plan::{answer, kpi_name, kpi_question};
use crate::i18n::use_i18n;
use crate::state::use_app_state;

#[component]
pub fn ClosingPage() -> impl IntoView {
    with_case(|id, case| view! { <Closing id=id case=case/> })
}

#[component]
fn Closing(id: ProfileId, case: ReadSignal<CaseFile>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let today = crate::browser::today();
    let title = Signal::derive(move || (t.plan().closing.report_heading)(&case.with(|c| person_name(c, t))));
    view! {
        <NamedPageHeader title=t.plan().closing.title.to_string() heading=title back=plan_base(&id)/>
        <p class="lead no-print">{t.plan().closing.lead}</p>
        <KpiForm id=id.clone() case=case/>
        <div class="button-row no-print">
            <button type="button" class="button primary" on:click=move |_| crate::browser::print()>
                {t.plan().closing.print}
            </button>
        </div>
        <Report case=case today=today/>
    }
}

#[component]
fn KpiForm(id: ProfileId, case: ReadSignal<CaseFile>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = i18n.t();
    let rows = Kpi::ALL
        .into_iter()
        .map(|k| {
            let id = id.clone();
            let id2 = id.clone();
            let asked = Memo::new(move |_| case.with(|c| c.plan.closing.asks(k)));
            let current = Memo::new(move |_| case.with(|c| c.plan.closing.get(k).clone()));
            let slug = k.slug();
            view! {
                <Show when=move || asked.get()>
                    <fieldset class="kpi" data-kpi=slug>
                        <legend>{move || kpi_question(&t.plan().closing, k)}</legend>
                        <div class="segmented">
                            {k.answers().iter().copied().map(|ans| {
                                let id = id.clone();
                                let rid = format!("kpi-{slug}-{}", ans.slug());
                                view! {
                                    <span class="choice">
                                        <input autocomplete="off"
                                            type="radio"
                                            class="choice-radio"
                                            name=format!("kpi-{slug}")
                                            id=rid.clone()
                                            prop:checked=move || current.with(|c| c.answer == ans)
                                            on:change=move |_| {
                                                state.update_case(&id, |c| c.plan.closing.get_mut(k).answer = ans);
                                            }
                                        />
                                        <label for=rid>{move || answer(&t.plan().closing, ans)}</label>
                                    </span>
                                }
                            }).collect_view()}
                        </div>
                        <div class="field">
                            <label for=format!("kpi-{slug}-note")>{t.plan().closing.note_label}</label>
                            <textarea autocomplete="off"
                                id=format!("kpi-{slug}-note")
                                rows="2"
                                maxlength=MAX_KPI_NOTE_CHARS
                                prop:value=move || current.with(|c| c.note.clone())
                                on:input={
                                    let id = id2.clone();
                                    move |ev| {
                                        let v = cap_text(&event_target_value(&ev), MAX_KPI_NOTE_CHARS);
                                        state.update_case(&id, |c| c.plan.closing.get_mut(k).note = v);
                                    }
                                }
                            ></textarea>
                        </div>
                    </fieldset>
                </Show>
            }
        })
        .collect_view();
    let aftercare = Memo::new(move |_| case.with(|c| c.plan.closing.aftercare.clone()));
    view! {
        <section class="card no-print kpi-form" aria-labelledby="kpi-heading">
            <h2 id="kpi-heading">{t.plan().closing.fill_heading}</h2>
            {rows}
            <div class="field">
                <label for="aftercare">{t.plan().closing.aftercare_label}</label>
                <p class="hint" id="aftercare-hint">{t.plan().closing.aftercare_hint}</p>
                <textarea autocomplete="off"
                    id="aftercare"
                    rows="5"
                    maxlength=MAX_AFTERCARE_CHARS
                    aria-describedby="aftercare-hint"
                    prop:value=move || aftercare.get()
                    on:input=move |ev| {
                        let v = cap_text(&event_target_value(&ev), MAX_AFTERCARE_CHARS);
                        state.update_case(&id, |c| c.plan.closing.aftercare = v);
                    }
                ></textarea>
            </div>
        </section>
    }
}

/// The document itself: what prints.
#[component]
fn Report(case: ReadSignal<CaseFile>, today: chrono::NaiveDate) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    let active = Memo::new(move |_| case.with(|c| c.plan.active_topics()));
    let has_readings = Memo::new(move |_| case.with(|c| !c.plan.readings.is_empty()));
    let axes = Memo::new(move |_| case.with(|c| active.with(|a| axis_names(&c.plan, a, t))));
    let series = Memo::new(move |_| case.with(|c| active.with(|a| chart_series(&c.plan, a, None, t))));
    let rows = Memo::new(move |_| {
        case.with(|c| {
            // Switched-off domains with a history belong in the year's story too.
            let on_web = c.plan.active_topics();
            let mut topics = on_web.clone();
            topics.extend(c.plan.switched_off_with_history());
            evolution_rows(&c.plan, &topics, &on_web, t)
        })
    });
    let headers = Memo::new(move |_| case.with(|c| reading_headers(&c.plan, t)));
    let period = move || {
        let tx = t;
        case.with(|c| match c.profile.start_date {
            Some(s) => (tx.plan().closing.period)(&format_be(s), &format_be(s.checked_add_months(Months::new(12)).unwrap_or(s))),
            None => tx.plan().closing.no_period.to_string(),
        })
    };
    let trends = move || {
        let (up, down, same) = rows.with(|r| count_trends(&r.iter().map(|r| r.evo.clone()).collect::<Vec<_>>()));
        (t.plan().closing.trend_summary)(up, same, down)
    };
    let reached = move || {
        let tx = t;
        case.with(|c| {
            let done: Vec<_> = c.plan.actions.iter().filter(|a| a.status == ActionStatus::Done).collect();
            if done.is_empty() {
                return view! { <p>{tx.plan().closing.reached_none}</p> }.into_any();
            }
            let items = done
                .iter()
                .map(|a| {
                    let what = if a.what.trim().is_empty() { tx.plan().actions.no_what.to_string() } else { a.what.clone() };
                    let when = a.status_date.map(|d| format!(" ({})", format_be(d))).unwrap_or_default();
                    view! {
                        <li>
                            <strong>{topic_name(&c.plan, a.topic, tx)}</strong>": "{what}{when}
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="reached-list">{items}</ul> }.into_any()
        })
    };
    let results = move || {
        let tx = t;
        let ct = &tx.plan().closing;
        case.with(|c| {
            let k = &c.plan.closing;
            let housing = match k.housing() {
                Housing::OwnContract => ct.housing_own,
                Housing::Lasting => ct.housing_lasting,
                Housing::NotYet => ct.housing_not_yet,
                Housing::Unknown => ct.housing_unknown,
            };
            let housing_note = [&k.rental_contract.note, &k.lasting_housing.note]
                .iter()
                .filter(|n| !n.trim().is_empty())
                .map(|n| n.trim().to_string())
                .collect::<Vec<_>>()
                .join(" ");
            let others = [Kpi::PrivateNetwork, Kpi::ProfessionalNetwork, Kpi::Recidivism, Kpi::OtherIncome]
                .into_iter()
                .map(|kpi| {
                    let ind = k.get(kpi);
                    view! {
                        <div class="result-row" data-kpi=kpi.slug()>
                            <dt>{kpi_name(ct, kpi)}</dt>
                            <dd>
                                <strong>{answer(ct, ind.answer)}</strong>
                                {(!ind.note.trim().is_empty()).then(|| format!(" — {}", ind.note.trim()))}
                            </dd>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <dl class="results">
                    <div class="result-row" data-kpi="wonen">
                        <dt>{ct.housing_name}</dt>
                        <dd>
                            <strong>{housing}</strong>
                            {(!housing_note.is_empty()).then(|| format!(" — {housing_note}"))}
                        </dd>
                    </div>
                    {others}
                </dl>
            }
        })
    };
    let aftercare = move || {
        case.with(|c| {
            let a = c.plan.closing.aftercare.trim().to_string();
            if a.is_empty() {
                view! { <p>{t.plan().closing.aftercare_none}</p> }.into_any()
            } else {
                view! { <p class="keep-lines">{a}</p> }.into_any()
            }
        })
    };
    view! {
        <article class="report" aria-labelledby="report-evolution">
            <p class="report-period">{period}</p>
            <h2 id="report-evolution">{t.plan().closing.evolution_heading}</h2>
            <Show when=move || has_readings.get() fallback=move || view! { <p>{t.plan().closing.no_readings}</p> }>
                <p>{trends}</p>
                <div class="report-web">
                    <RadarChart id="closing-web" axes=axes series=series no_table=true/>
                </div>
                <EvolutionTable
                    id="closing-evolution"
                    rows=rows
                    readings=headers
                    all_readings=true
                    caption=t.plan().evolution.caption.to_string()
                    numbered=true
                />
            </Show>
            <h2>{t.plan().closing.reached_heading}</h2>
            {reached}
            <h2>{t.plan().closing.results_heading}</h2>
            {results}
            <h2>{t.plan().closing.aftercare_heading}</h2>
            {aftercare}
            <p class="report-footer">{move || (t.plan().closing.made_on)(&format_be(today))}</p>
        </article>
    }
}
