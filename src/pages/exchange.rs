//! A plan between two phones without a server: the coach gives the plan to the young person
//! ("Geef mee aan de jongere"), the young person sends theirs back ("Stuur naar je begeleider"),
//! each as a file sealed with a code (storage::share) that travels through the phone's own share
//! sheet; "Bestand openen" brings a received file in as a merge (domain::exchange), after
//! showing what it brings and letting the user pick where both phones changed the same thing.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::browser::Sent;
use crate::components::page_header::PageHeader;
use crate::domain::exchange::{first_copy, for_coach, for_young_person, mark_sent, plan_merge, ChangeSummary, MergePlan, MergeRefusal, Parcel, ParcelKind, Pick, ShareCode, Side};
use crate::domain::{CaseFile, ProfileId};
use crate::i18n::{exchange::Exchange, use_i18n};
use crate::pages::my_plan::MY_PLAN;
use crate::pages::plan::shared::{person_name, plan_base, with_case};
use crate::state::{use_app_state, AppState};
use crate::storage::share::{open_file, seal_parcel};

/// The type a sealed file is shared as: not JSON, so no app tries to show it.
const SEALED_MIME: &str = "application/octet-stream";

/// `/jongeren/:id/meegeven`: the coach's phone gives the plan to the young person.
#[component]
pub fn GivePage() -> impl IntoView {
    with_case(|id, case| view! { <Give id=id case=case/> })
}

#[component]
fn Give(id: ProfileId, case: ReadSignal<CaseFile>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t().exchange();
    let share_scores = RwSignal::new(false);
    let make = Callback::new(move |_: ()| {
        let copy = for_young_person(&case.get_untracked(), share_scores.get_untracked());
        Parcel::handover(Side::Coach, copy)
    });
    view! {
        <PageHeader title=t.give_title.to_string() back=plan_base(&id)/>
        <p class="lead">{t.give_lead}</p>
        <section class="card">
            <div class="field check">
                <input type="checkbox" id="share-scores" autocomplete="off"
                    prop:checked=move || share_scores.get()
                    on:change=move |ev| share_scores.set(event_target_checked(&ev))/>
                <label for="share-scores">{t.share_scores}</label>
            </div>
            <p class="hint">{t.share_scores_hint}</p>
        </section>
        <SealAndSend id=id make=make/>
    }
}

/// `/mijn-plan/sturen`: the young person's phone sends their plan back to the coach.
#[component]
pub fn SendPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = i18n.t().exchange();
    let mine = state.prefs().with_untracked(|p| p.my_plan.clone()).and_then(|id| state.case(&id).map(|c| (id, c)));
    view! {
        <PageHeader title=t.send_title.to_string() back=MY_PLAN/>
        <p class="lead">{t.send_lead}</p>
        {match mine {
            Some((id, case)) => {
                let make = Callback::new(move |_: ()| Parcel::handover(Side::YoungPerson, for_coach(&case.get_untracked())));
                view! { <SealAndSend id=id make=make/> }.into_any()
            }
            None => view! { <p class="empty">{i18n.t().my_plan().not_set_body}</p> }.into_any(),
        }}
    }
}

/// Where sending stands.
#[derive(Clone, PartialEq)]
enum Sending {
    Idle,
    Making,
    /// Sealed and offered: the code to pass on, and how the file left.
    Made { code: ShareCode, sent: Sent },
    Failed,
}

/// Seals what `make` gives with a fresh code, offers it to the share sheet (or downloads it),
/// and shows the code in groups of four to read out.
#[component]
fn SealAndSend(id: ProfileId, make: Callback<(), Parcel>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = i18n.t().exchange();
    let sending = RwSignal::new(Sending::Idle);
    // The sealed bytes of the last file, to share again without a new code.
    let last = StoredValue::new_local(None::<(String, Vec<u8>)>);
    let send = move |_| {
        if sending.get_untracked() == Sending::Making {
            return;
        }
        // Every edit reaches the disk before a copy leaves the phone.
        state.flush();
        let parcel = make.run(());
        sending.set(Sending::Making);
        let id = id.clone();
        leptos::task::spawn_local(async move {
            let Ok(code) = crate::storage::share::new_share_code() else {
                sending.set(Sending::Failed);
                return;
            };
            let Ok(bytes) = seal_parcel(&code, &parcel).await else {
                sending.set(Sending::Failed);
                return;
            };
            let name = crate::browser::download_name("back-on-track-plan", "bot");
            let sent = crate::browser::share_file(&name, SEALED_MIME, &bytes).await.unwrap_or(Sent::Cancelled);
            if sent != Sent::Cancelled {
                remember_first_meeting(state, &id, &parcel);
                state.update_prefs(|p| p.backed_up(crate::browser::today()));
            }
            last.set_value(Some((name, bytes)));
            sending.set(Sending::Made { code, sent });
        });
    };
    let again = move |_| {
        let Some((name, bytes)) = last.get_value() else { return };
        leptos::task::spawn_local(async move {
            let sent = crate::browser::share_file(&name, SEALED_MIME, &bytes).await.unwrap_or(Sent::Cancelled);
            if let Sending::Made { code, .. } = sending.get_untracked() {
                sending.set(Sending::Made { code, sent });
            }
        });
    };
    view! {
        {move || match sending.get() {
            Sending::Idle | Sending::Failed => view! {
                <button type="button" class="button primary big" on:click=send.clone()>{t.make_file}</button>
                {(sending.get_untracked() == Sending::Failed).then(|| view! { <p class="notice warning" role="alert">{t.send_failed}</p> })}
            }.into_any(),
            Sending::Making => view! { <p role="status" class="hint">{t.making}</p> }.into_any(),
            Sending::Made { code, sent } => view! {
                <section class="card share-code" aria-labelledby="code-h">
                    <h2 id="code-h">{t.code_heading}</h2>
                    <p class="code" data-code=code.as_str().to_string() aria-label=spelled(&code)>{code.to_string()}</p>
                    <p>{t.code_hint}</p>
                </section>
                <p role="status">{match sent {
                    Sent::Shared => t.sent_shared,
                    Sent::Downloaded => t.sent_downloaded,
                    Sent::Cancelled => t.sent_cancelled,
                }}</p>
                <button type="button" class="button" on:click=again>{t.send_again}</button>
            }.into_any(),
        }}
    }
}

/// The code spelled out for a screen reader, one character at a time, in its groups.
fn spelled(code: &ShareCode) -> String {
    code.to_string().chars().map(|c| if c == '-' { ", ".to_string() } else { format!("{c} ") }).collect::<String>().trim().to_string()
}

/// After a file left: the first one becomes the base of the first merge (domain::exchange::mark_sent).
fn remember_first_meeting(state: AppState, id: &ProfileId, parcel: &Parcel) {
    if let ParcelKind::Handover { case: sent, .. } = &parcel.kind {
        state.update_case(id, |c| mark_sent(c, sent));
    }
}

/// Where opening a received file stands.
#[derive(Clone)]
enum Receiving {
    Choose,
    Opening,
    Refused(&'static str),
    /// The same young person is here: what merging would bring.
    Preview { plan: MergePlan, name: String, id: ProfileId },
    /// This young person is not on this phone yet.
    New { case: Box<CaseFile>, from: Side },
    Merged { id: ProfileId },
    KeptNew { id: ProfileId, mine: bool },
}

/// `/ontvangen`: a sealed file from the other phone, opened with its code and merged.
#[component]
pub fn ReceivePage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let navigate = use_navigate();
    let t = i18n.t().exchange();
    let back = if state.prefs().with_untracked(|p| p.my_plan.is_some()) { MY_PLAN } else { "/jongeren" };
    let receiving = RwSignal::new(Receiving::Choose);
    let bytes = StoredValue::new_local(None::<Vec<u8>>);
    let code = RwSignal::new(String::new());
    let file_name = RwSignal::new(String::new());

    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        file_name.set(file.name());
        receiving.set(Receiving::Choose);
        leptos::task::spawn_local(async move {
            let read = crate::browser::file_bytes(&file).await;
            if read.is_none() {
                receiving.set(Receiving::Refused(t.err_read));
            }
            bytes.set_value(read);
        });
    };
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(data) = bytes.get_value() else {
            receiving.set(Receiving::Refused(t.err_read));
            return;
        };
        receiving.set(Receiving::Opening);
        let typed = code.get_untracked();
        let texts = i18n.t();
        leptos::task::spawn_local(async move {
            let next = match open_file(&typed, &data).await {
                Err(e) => Receiving::Refused(t.refusal(&e)),
                Ok(parcel) => match parcel.kind {
                    ParcelKind::Backup { .. } => Receiving::Refused(t.err_backup),
                    ParcelKind::Handover { from, case } => prepare(state, case, from, texts),
                },
            };
            receiving.set(next);
        });
    };

    let merge = move |picks: Vec<Pick>| {
        let Receiving::Preview { plan, id, .. } = receiving.get_untracked() else { return };
        let merged = plan.apply(&picks);
        state.update_case(&id, |c| *c = merged);
        state.flush();
        receiving.set(if state.has_unsaved() { Receiving::Refused(t.err_write) } else { Receiving::Merged { id } });
    };
    let keep_new = move |mine: bool| {
        let Receiving::New { case, .. } = receiving.get_untracked() else { return };
        let id = case.profile.id.clone();
        // What both phones now have in common: the base of the next merge.
        state.add_case(first_copy(&case));
        if mine {
            state.update_prefs(|p| p.my_plan = Some(id.clone()));
        }
        receiving.set(Receiving::KeptNew { id, mine });
    };

    view! {
        <PageHeader title=t.receive_title.to_string() back=back/>
        <p class="lead">{t.receive_lead}</p>
        <form class="card" on:submit=open>
            <div class="field">
                // Styled as the backup page's file choice: the browser's own button speaks its
                // own language, not the app's.
                <label for="receive-file" class="button file-button">{t.choose_file}</label>
                <input type="file" id="receive-file" class="file-input" autocomplete="off" on:change=on_file/>
                <p class="hint" aria-live="polite">{move || file_name.get()}</p>
            </div>
            <div class="field">
                <label for="receive-code">{t.code_label}</label>
                <input type="text" id="receive-code" autocomplete="off" autocapitalize="characters" spellcheck="false"
                    aria-describedby="receive-code-hint" class="code-input"
                    prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev))/>
                <p class="hint" id="receive-code-hint">{t.code_field_hint}</p>
            </div>
            <button type="submit" class="button primary">{t.open}</button>
        </form>
        {move || match receiving.get() {
            Receiving::Choose => ().into_any(),
            Receiving::Opening => view! { <p role="status" class="hint">{t.opening}</p> }.into_any(),
            Receiving::Refused(why) => view! {
                <div class="notice warning" role="alert"><p>{why}</p><p>{t.unchanged}</p></div>
            }.into_any(),
            Receiving::Preview { plan, name, .. } => view! { <Preview plan=plan name=name on_merge=Callback::new(merge)/> }.into_any(),
            Receiving::New { case, from } => {
                let name = person_name(&case, i18n.t());
                // A file from the coach on a phone without young people: the young person's own.
                let mine_default = from == Side::Coach && state.cases().with_untracked(|c| c.is_empty());
                let mine = RwSignal::new(mine_default);
                view! {
                    <section class="card" aria-labelledby="new-h">
                        <h2 id="new-h">{t.new_heading}</h2>
                        <p>{(t.new_body)(&name)}</p>
                        <div class="field check">
                            <input type="checkbox" id="is-my-phone" autocomplete="off" prop:checked=move || mine.get()
                                on:change=move |ev| mine.set(event_target_checked(&ev))/>
                            <label for="is-my-phone">{t.is_my_phone}</label>
                        </div>
                        <p class="hint">{t.is_my_phone_hint}</p>
                        <button type="button" class="button primary" on:click=move |_| keep_new(mine.get_untracked())>{t.keep_new}</button>
                    </section>
                }.into_any()
            }
            Receiving::Merged { id } | Receiving::KeptNew { id, mine: false } => {
                let to = if state.prefs().with_untracked(|p| p.my_plan.as_ref() == Some(&id)) { MY_PLAN.to_string() } else { plan_base(&id) };
                view! {
                    <div class="notice info" role="status">
                        <p>{t.merged}</p>
                        <a class="button primary" href=to>{t.to_plan}</a>
                    </div>
                }.into_any()
            }
            Receiving::KeptNew { mine: true, .. } => {
                let navigate = navigate.clone();
                request_animation_frame(move || navigate(MY_PLAN, Default::default()));
                view! { <p role="status">{t.kept_new}</p> }.into_any()
            }
        }}
    }
}

/// What to do with a received young person's file on this phone.
fn prepare(state: AppState, case: CaseFile, from: Side, texts: &'static crate::i18n::Texts) -> Receiving {
    let t = texts.exchange();
    // The receiving phone is the young person's when it is in "Mijn plan" mode for them.
    let my_plan = state.prefs().with_untracked(|p| p.my_plan.clone());
    // A young person's own phone holds their plan only: another young person's file stays out.
    if my_plan.as_ref().is_some_and(|mine| *mine != case.profile.id) {
        return Receiving::Refused(t.err_other_person);
    }
    let receiver = if my_plan.is_some() { Side::YoungPerson } else { Side::Coach };
    match state.case(&case.profile.id) {
        None => Receiving::New { case: Box::new(case), from },
        Some(mine) => match mine.with_untracked(|m| plan_merge(m, &case, receiver)) {
            Ok(plan) => Receiving::Preview { name: mine.with_untracked(|m| person_name(m, texts)), id: case.profile.id.clone(), plan },
            Err(MergeRefusal::OtherPerson) => Receiving::Refused(t.err_other_person),
        },
    }
}

/// The numbers of what a file brings, as short lines ("3 nieuwe scores", "1 actie gedaan").
fn summary_lines(s: &ChangeSummary, t: &Exchange) -> Vec<String> {
    [
        (s.new_readings, t.new_readings),
        (s.new_scores, t.new_scores),
        (s.words_changed, t.words_changed),
        (s.actions_done, t.actions_done),
        (s.new_actions, t.new_actions),
        (s.new_moments, t.new_moments),
        (s.new_people, t.new_people),
        (s.other_changes, t.other_changes),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, f)| f(n))
    .collect()
}

/// What merging would bring, and a choice for each thing both phones changed.
#[component]
fn Preview(plan: MergePlan, name: String, on_merge: Callback<Vec<Pick>>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t().exchange();
    let lines = summary_lines(&plan.summary, t);
    let picks = RwSignal::new(vec![Pick::Mine; plan.conflicts.len()]);
    let nothing = lines.is_empty() && plan.conflicts.is_empty();
    let texts = i18n.t();
    let shown = move |field: &str, v: &str| conflict_value(field, v, texts);
    view! {
        <section class="card merge-preview" aria-labelledby="preview-h">
            <h2 id="preview-h">{t.preview_heading}</h2>
            {if nothing {
                view! { <p data-nothing-new="">{t.nothing_new}</p> }.into_any()
            } else {
                view! {
                    <p>{(t.preview_for)(&name)}</p>
                    <ul class="merge-summary">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                }.into_any()
            }}
        </section>
        {(!plan.conflicts.is_empty()).then(|| view! {
            <section class="card merge-conflicts" aria-labelledby="conflicts-h">
                <h2 id="conflicts-h">{t.conflicts_heading}</h2>
                <p class="hint">{t.conflicts_hint}</p>
                {plan.conflicts.iter().enumerate().map(|(i, c)| {
                    let legend = match field_name(&c.field, texts) {
                        None => format!("{}: {}", (t.area)(c.area), c.what),
                        Some(field) => format!("{}: {} ({field})", (t.area)(c.area), c.what),
                    };
                    let group = format!("conflict-{i}");
                    view! {
                        <fieldset class="choice-group" data-conflict=i>
                            <legend>{legend}</legend>
                            <label class="merge-choice">
                                <input type="radio" name=group.clone() prop:checked=move || picks.with(|p| p[i] == Pick::Mine)
                                    on:change=move |_| picks.update(|p| p[i] = Pick::Mine)/>
                                {(t.keep_mine)(&shown(&c.field, &c.mine))}
                            </label>
                            <label class="merge-choice">
                                <input type="radio" name=group prop:checked=move || picks.with(|p| p[i] == Pick::Theirs)
                                    on:change=move |_| picks.update(|p| p[i] = Pick::Theirs)/>
                                {(t.take_theirs)(&shown(&c.field, &c.theirs))}
                            </label>
                        </fieldset>
                    }
                }).collect_view()}
            </section>
        })}
        {(!nothing).then(|| view! {
            <button type="button" class="button primary big" on:click=move |_| on_merge.run(picks.get_untracked())>{t.merge}</button>
        })}
    }
}

/// A conflicting value as a person reads it: an action's status in words, a date the Belgian way,
/// "(leeg)" for nothing; other values as they are.
fn conflict_value(field: &str, value: &str, t: &'static crate::i18n::Texts) -> String {
    use crate::domain::plan::ActionStatus;
    let value = value.trim();
    if value.is_empty() {
        return t.exchange().empty_value.to_string();
    }
    if field == "status" {
        if let Some(s) = ActionStatus::ALL.into_iter().find(|s| s.slug() == value) {
            return t.plan().status(s).to_string();
        }
    }
    match value.parse::<chrono::NaiveDate>() {
        Ok(date) => crate::domain::dates::format_be(date),
        Err(_) => value.to_string(),
    }
}

/// The name of a conflicting field as the screens say it; `None` when the whole item differs.
fn field_name(field: &str, t: &'static crate::i18n::Texts) -> Option<String> {
    (!field.is_empty()).then(|| (t.exchange().field)(field).map_or_else(|| field.replace('_', " "), str::to_string))
}
