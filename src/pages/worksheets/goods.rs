//! The Good Lives Model worksheet: how much each primary good matters, how it is reached now
//! and whether that helps or harms, and a better way from existing strengths; a summary of what
//! matters most and the plan.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::{choice_buttons::ChoiceButtons, note_field::NoteField, page_header::NamedPageHeader, worksheet_intro::WorksheetIntro};
use crate::domain::goods::{GoodField, GoodLives, PrimaryGood, WayEffect, MATTERS_FROM, MAX_TEXT_CHARS};
use crate::domain::{CaseFile, ProfileId};
use crate::i18n::{use_i18n, worksheets::goods::GoodsTexts};
use crate::pages::profiles::display_name;
use crate::state::{use_app_state, AppState};

const SLUG: &str = "good-lives-model";

#[component]
pub fn GoodLivesPage() -> impl IntoView {
    super::sheet_of_route_case(3, |case| view! { <GoodsSheet case=case/> })
}

fn edit(state: AppState, id: &ProfileId, f: impl FnOnce(&mut GoodLives)) {
    state.update_case(id, |c| f(&mut c.goods));
}

#[component]
fn GoodsSheet(case: ReadSignal<CaseFile>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || &i18n.t().worksheets().goods;
    let pid = StoredValue::new(case.with_untracked(|c| c.profile.id.clone()));
    let title = Signal::derive(move || {
        let name = case.with(|c| display_name(&c.profile, i18n.t().common.no_name));
        format!("{} · {name}", i18n.t().worksheets().names[3])
    });
    let back = format!("/jongeren/{}", pid.get_value());
    let plan_href = format!("/jongeren/{}/plan", pid.get_value());

    // What matters is open in step 2 from the start; the rest opens on a tap.
    let opened = RwSignal::new(case.with_untracked(|c| {
        PrimaryGood::ALL.into_iter().filter(|g| c.goods.importance(*g).is_some_and(|i| i >= MATTERS_FROM)).collect::<Vec<_>>()
    }));
    let order = Memo::new(move |_| case.with(|c| c.goods.detail_order()));
    let rated = move || case.with(|c| c.goods.rated());
    let importance_options = Signal::derive(move || t().importance.iter().map(|s| s.to_string()).collect::<Vec<_>>());

    view! {
        <NamedPageHeader title=Signal::derive(move || i18n.t().worksheets().names[3].to_string()) heading=title back=back/>
        <WorksheetIntro
            intro=Signal::derive(move || t().intro)
            who_sees=Signal::derive(move || t().who_sees)
            card_link=Signal::derive(move || t().card_link)
            card_slug=SLUG
        />

        <section class="card sheet-step no-print" aria-labelledby="gl-s1">
            <h2 id="gl-s1">{move || t().step1_title}</h2>
            <p class="hint">{move || t().step1_hint}</p>
            <p class="progress" aria-live="polite">{move || (t().rated)(rated())}</p>
            <ul class="good-list">
                {PrimaryGood::ALL.into_iter().map(|g| {
                    let i = g.index();
                    view! {
                        <li class="good-rate" data-good=g.slug()>
                            <h3>{move || t().names[i]}</h3>
                            <p>{move || t().explain[i]}</p>
                            <p class="formal">{move || (t().formal_label)(t().formal[i])}</p>
                            <ChoiceButtons
                                label=Signal::derive(move || (t().importance_group)(&t().names[i].to_lowercase()))
                                hide_legend=true
                                class="grid2"
                                options=importance_options
                                value=Signal::derive(move || case.with(|c| c.goods.importance(g).map(usize::from)))
                                on_change=Callback::new(move |v: Option<usize>| {
                                    edit(state, &pid.get_value(), |gl| gl.set_importance(g, v.map(|v| v as u8)));
                                    if v.is_some_and(|v| v as u8 >= MATTERS_FROM) {
                                        opened.update(|o| if !o.contains(&g) { o.push(g) });
                                    }
                                })
                            />
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>

        <section class="card sheet-step no-print" aria-labelledby="gl-s2">
            <h2 id="gl-s2">{move || t().step2_title}</h2>
            <p class="hint">{move || t().step2_hint}</p>
            <ul class="good-details">
                <For each=move || order.get() key=|g| *g let:g>
                    <GoodDetail case=case good=g opened=opened pid=pid/>
                </For>
            </ul>
        </section>

        <section class="card sheet-step" aria-labelledby="gl-s3">
            <h2 id="gl-s3">{move || t().step3_title}</h2>
            <p class="hint no-print">{move || t().step3_hint}</p>
            <h3>{move || t().matters_title}</h3>
            {move || {
                let most = case.with(|c| c.goods.most_important());
                if most.is_empty() {
                    view! { <p class="basket-empty">{move || t().matters_none}</p> }.into_any()
                } else {
                    view! {
                        <ol class="good-summary">
                            {most.into_iter().map(|g| view! { <GoodSummary case=case good=g/> }).collect_view()}
                        </ol>
                    }.into_any()
                }
            }}
            {move || {
                let most = case.with(|c| c.goods.most_important());
                let also: Vec<PrimaryGood> = case.with(|c| {
                    PrimaryGood::ALL.into_iter().filter(|g| !most.contains(g) && c.goods.entry(*g).is_some_and(|e| {
                        e.effect.is_some() || [&e.now, &e.obstacles, &e.strengths, &e.better_way].iter().any(|s| !s.trim().is_empty())
                    })).collect()
                });
                (!also.is_empty()).then(|| view! {
                    <h3>{move || t().also_title}</h3>
                    <ul class="good-summary">
                        {also.into_iter().map(|g| view! { <GoodSummary case=case good=g/> }).collect_view()}
                    </ul>
                })
            }}
            <NoteField
                id="gl-plan"
                label=Signal::derive(move || t().plan_label.to_string())
                hint=Signal::derive(move || t().plan_hint)
                value=Signal::derive(move || case.with(|c| c.goods.plan.clone()))
                on_input=Callback::new(move |v: String| edit(state, &pid.get_value(), |gl| gl.set_plan(&v)))
                multiline=true
                maxlength=MAX_TEXT_CHARS
            />
            <p class="no-print"><A href=plan_href attr:class="button">{move || t().plan_link}</A></p>
        </section>
    }
}

/// One good in step 2: a button that opens its questions.
#[component]
fn GoodDetail(case: ReadSignal<CaseFile>, good: PrimaryGood, opened: RwSignal<Vec<PrimaryGood>>, pid: StoredValue<ProfileId>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || &i18n.t().worksheets().goods;
    let i = good.index();
    let slug = good.slug();
    let is_open = move || opened.with(|o| o.contains(&good));
    let importance = move || case.with(|c| c.goods.importance(good));
    let has_text = move || case.with(|c| c.goods.entry(good).is_some_and(|e| {
        e.effect.is_some() || [&e.now, &e.obstacles, &e.strengths, &e.better_way].iter().any(|s| !s.trim().is_empty())
    }));
    let panel = format!("gl-{slug}-panel");
    type Pick = fn(&'static GoodsTexts) -> &'static str;
    let field = move |f: GoodField, label: Pick, hint: Option<Pick>| {
        let key = match f {
            GoodField::Now => "now",
            GoodField::Obstacles => "obstacles",
            GoodField::Strengths => "strengths",
            GoodField::BetterWay => "better",
        };
        view! {
            <NoteField
                id=format!("gl-{slug}-{key}")
                label=Signal::derive(move || label(t()).to_string())
                hint=Signal::derive(move || hint.map(|h| h(t())).unwrap_or(""))
                value=Signal::derive(move || case.with(|c| c.goods.text(good, f)))
                on_input=Callback::new(move |v: String| edit(state, &pid.get_value(), |gl| gl.set_text(good, f, &v)))
                multiline=true
                maxlength=MAX_TEXT_CHARS
            />
        }
    };
    view! {
        <li class="good-detail" data-good=slug>
            <h3>
                <button
                    type="button"
                    class="good-toggle"
                    aria-expanded=move || if is_open() { "true" } else { "false" }
                    aria-controls=panel.clone()
                    on:click=move |_| opened.update(|o| if let Some(p) = o.iter().position(|x| *x == good) { o.remove(p); } else { o.push(good) })
                >
                    <span class="good-toggle-text">
                    <span class="good-toggle-name">{move || t().names[i]}</span>
                    <span class="good-toggle-state">
                        {move || match importance() {
                            Some(v) => t().importance[v as usize].to_string(),
                            None => t().not_rated.to_string(),
                        }}
                        {move || has_text().then(|| format!(" · {}", t().filled))}
                    </span>
                    </span>
                    <span class="chevron" aria-hidden="true">{move || if is_open() { "▴" } else { "▾" }}</span>
                </button>
            </h3>
            <div id=panel class="good-panel" hidden=move || !is_open()>
                <Show when=is_open>
                    {field(GoodField::Now, |t| t.now_label, Some(|t| t.now_hint))}
                    <ChoiceButtons
                        label=Signal::derive(move || t().effect_label.to_string())
                        class="grid2"
                        options=Signal::derive(move || t().effects.iter().map(|s| s.to_string()).collect::<Vec<_>>())
                        value=Signal::derive(move || case.with(|c| c.goods.entry(good).and_then(|e| e.effect).map(WayEffect::index)))
                        on_change=Callback::new(move |v: Option<usize>| edit(state, &pid.get_value(), |gl| gl.set_effect(good, v.map(|v| WayEffect::ALL[v]))))
                    />
                    {field(GoodField::Obstacles, |t| t.obstacles_label, None)}
                    {field(GoodField::Strengths, |t| t.strengths_label, Some(|t| t.strengths_hint))}
                    {field(GoodField::BetterWay, |t| t.better_label, Some(|t| t.better_hint))}
                </Show>
            </div>
        </li>
    }
}

/// One good in the summary: name, importance, and what was said (printable).
#[component]
fn GoodSummary(case: ReadSignal<CaseFile>, good: PrimaryGood) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || &i18n.t().worksheets().goods;
    let i = good.index();
    let entry = move || case.with(|c| c.goods.entry(good).cloned());
    view! {
        <li class="good-sum" data-good=good.slug()>
            <p class="good-sum-title">
                <strong>{move || t().names[i]}</strong>
                {move || entry().and_then(|e| e.importance).map(|v| format!(" · {}", t().importance[v as usize]))}
            </p>
            {move || entry().map(|e| {
                let harms = e.effect.is_some_and(WayEffect::harms);
                let rows = [
                    (t().now_short, e.now.trim().to_string()),
                    (t().obstacles_short, e.obstacles.trim().to_string()),
                    (t().strengths_short, e.strengths.trim().to_string()),
                    (t().better_short, e.better_way.trim().to_string()),
                ];
                view! {
                    {e.effect.map(|eff| view! {
                        <p class="good-effect" class:harms=harms>
                            {t().effects[eff.index()]}
                            {harms.then(|| view! { " · "<strong>{t().harm_title}</strong> })}
                        </p>
                    })}
                    <dl class="good-sum-rows">
                        {rows.into_iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| view! {
                            <div><dt>{k}</dt><dd>{v}</dd></div>
                        }).collect_view()}
                    </dl>
                }
            })}
        </li>
    }
}
