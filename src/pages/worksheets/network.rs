//! The network walk worksheet ("Netwerkwandeling"): who matters or mattered, the network map
//! with its versions over time, the walk itself, and the breaks to repair. Every change is
//! saved at once.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::one_tap::one_tap;
use crate::components::{
    focus::{focus_later, open_after_paint},
    item_signals::ItemSignals,
    network_map::{version_name, NetworkMap},
    page_header::NamedPageHeader,
    person_editor::PersonEditor,
    worksheet_intro::WorksheetIntro,
    undo_bar::UndoBar,
    walk_list::{WalkItem, WalkList},
};
use crate::domain::network::{Move, NetId, Network, Person, RemovedPerson, Snapshot, Stop, StopTarget};
use crate::domain::{CaseFile, ProfileId};
use crate::i18n::use_i18n;
use crate::pages::profiles::display_name;
use crate::state::use_app_state;

#[component]
pub fn NetworkPage() -> impl IntoView {
    super::sheet_of_route_case(1, |case| view! { <NetworkSheet case=case/> })
}

/// What can be undone on this sheet.
#[derive(Clone)]
enum Undo {
    Person(RemovedPerson),
    Stop(usize, Stop),
    Snapshot(usize, Snapshot),
}

/// The case's network, read where it is (tracked).
#[derive(Clone, Copy)]
struct NetworkOf(ReadSignal<CaseFile>);

impl NetworkOf {
    fn with<R>(self, f: impl FnOnce(&Network) -> R) -> R {
        self.0.with(|c| f(&c.network))
    }
}

#[component]
fn NetworkSheet(case: ReadSignal<CaseFile>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = &i18n.t().worksheets().network;
    let pid = StoredValue::new(case.with_untracked(|c| c.profile.id.clone()));
    // Everything below reads the network in place: a memo of the whole network would copy all
    // people and versions on each edit, only to find that they changed.
    let network = NetworkOf(case);
    let entries = Memo::new(move |_| network.with(|n| n.entries()));
    // The stored versions change rarely: copied only when they did.
    let snapshots = Memo::new_owning(move |old: Option<Vec<Snapshot>>| {
        network.with(|n| match old {
            Some(old) if old == n.snapshots => (old, false),
            _ => (n.snapshots.clone(), true),
        })
    });
    let people_ids = Memo::new(move |_| network.with(|n| n.people.iter().map(|p| p.id).collect::<Vec<_>>()));
    // Who has a break to repair: their names and states come from their own signals below.
    let break_ids = Memo::new(move |_| network.with(|n| n.breaks().iter().map(|p| p.id).collect::<Vec<_>>()));
    let has_people = Memo::new(move |_| people_ids.with(|p| !p.is_empty()));
    let has_snapshots = Memo::new(move |_| snapshots.with(|s| !s.is_empty()));
    let editing = RwSignal::new(None::<NetId>);
    // Each person in the list wakes only for their own changes (see ItemSignals).
    let people = ItemSignals::by_ref(move |show| network.with(|n| n.people.iter().for_each(|p| show(p.id, p))));
    let is_open = Selector::new(move || editing.get());
    let undo_item = RwSignal::new(None::<(Undo, String)>);
    let status = RwSignal::new(None::<String>);

    let with_network = move |f: &mut dyn FnMut(&mut Network)| {
        pid.with_value(|id: &ProfileId| state.update_case(id, |c| f(&mut c.network)));
    };

    let title = Signal::derive(move || {
        let t = i18n.t();
        let name = case.with(|c| display_name(&c.profile, t.common.no_name));
        format!("{} – {name}", t.worksheets().names[1])
    });
    let back = pid.with_value(|id| format!("/jongeren/{id}"));

    // ----- people -----
    let add_person = one_tap(move |_: leptos::ev::MouseEvent| {
        let mut new_id = None;
        with_network(&mut |n| new_id = Some(n.add_person(Person::default())));
        if let Some(id) = new_id {
            open_after_paint(editing, id, format!("p{id}-name"));
        }
    });
    let change_person = Callback::new(move |p: Person| {
        with_network(&mut |n| {
            if let Some(slot) = n.person_mut(p.id) {
                *slot = p.clone();
            }
        })
    });
    let remove_person = Callback::new(move |id: NetId| {
        let mut taken = None;
        with_network(&mut |n| taken = n.remove_person(id));
        if let Some(r) = taken {
            let name = r.person.shown_name(t.no_name);
            undo_item.set(Some((Undo::Person(r), (t.removed)(&name))));
            editing.set(None);
            focus_later("add-person".into());
        }
    });

    // ----- snapshots -----
    let snapshot_label = RwSignal::new(String::new());
    let take_snapshot = one_tap(move |_: ()| {
        let typed = snapshot_label.get_untracked();
        let n = snapshots.with_untracked(|s| s.len());
        let label = if typed.trim().is_empty() { (t.snapshot_default)(n + 1) } else { typed };
        let today = crate::browser::today();
        with_network(&mut |net| {
            net.take_snapshot(Some(today), &label);
        });
        snapshot_label.set(String::new());
        status.set(Some((t.snapshot_taken)(label.trim())));
    });
    let remove_snapshot = move |id: NetId| {
        let mut taken = None;
        with_network(&mut |n| {
            let index = n.snapshots.iter().position(|s| s.id == id);
            taken = n.remove_snapshot(id).zip(index);
        });
        if let Some((s, i)) = taken {
            undo_item.set(Some((Undo::Snapshot(i, s), t.snapshot_removed.to_string())));
        }
    };

    // ----- walk -----
    let walk_items = Memo::new(move |_| {
        network.with(|n| {
            n.walk
                .iter()
                .map(|s| WalkItem { stop: s.clone(), name: n.stop_name(s).unwrap_or_default().to_string() })
                .collect::<Vec<_>>()
        })
    });
    let has_stops = Memo::new(move |_| walk_items.with(|w| !w.is_empty()));
    let stop_person = RwSignal::new(String::new());
    let stop_place = RwSignal::new(String::new());
    let add_stop_person = move |_| {
        let Ok(id) = stop_person.get_untracked().parse::<NetId>() else {
            focus_later("stop-person".into());
            return;
        };
        with_network(&mut |n| {
            n.add_stop(StopTarget::Person(id));
        });
        stop_person.set(String::new());
    };
    let add_stop_place = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let place = stop_place.get_untracked();
        if place.trim().is_empty() {
            focus_later("stop-place".into());
            return;
        }
        with_network(&mut |n| {
            n.add_stop(StopTarget::Place(place.clone()));
        });
        stop_place.set(String::new());
    };
    let change_stop = Callback::new(move |s: Stop| {
        with_network(&mut |n| {
            if let Some(slot) = n.stop_mut(s.id) {
                *slot = s.clone();
            }
        })
    });
    let move_stop = Callback::new(move |(id, dir): (NetId, Move)| {
        with_network(&mut |n| {
            n.move_stop(id, dir);
        })
    });
    let remove_stop = Callback::new(move |id: NetId| {
        let mut taken = None;
        with_network(&mut |n| taken = n.remove_stop(id));
        if let Some((i, s)) = taken {
            undo_item.set(Some((Undo::Stop(i, s), t.stop_removed.to_string())));
            focus_later("stop-person".into());
        }
    });

    let undo = Callback::new(move |_| {
        if let Some((u, _)) = undo_item.get_untracked() {
            with_network(&mut |n| match u.clone() {
                Undo::Person(r) => n.restore_person(r),
                Undo::Stop(i, s) => n.restore_stop(i, s),
                Undo::Snapshot(i, s) => {
                    if !n.snapshots.iter().any(|x| x.id == s.id) {
                        n.next_id = n.next_id.max(s.id + 1);
                        let i = i.min(n.snapshots.len());
                        n.snapshots.insert(i, s);
                    }
                }
            });
            undo_item.set(None);
        }
    });

    view! {
        <NamedPageHeader title=Signal::derive(move || i18n.t().worksheets().names[1].to_string()) heading=title back=back/>
        <WorksheetIntro intro=t.intro who_sees=t.who_sees card_link=t.method_link card_slug="netwerkwandeling"/>
        <UndoBar
            message=Signal::derive(move || undo_item.with(|u| u.as_ref().map(|(_, m)| m.clone())))
            on_undo=undo
            on_dismiss=Callback::new(move |_| undo_item.set(None))
        />

        <section class="card sheet-step" aria-labelledby="nw-step1">
            <h2 id="nw-step1">{t.step1_title}</h2>
            <p>{t.step1_text}</p>
            <p class="empty" hidden=move || has_people.get()>{t.people_empty}</p>
            <ul class="person-list" aria-label=t.people_label hidden=move || !has_people.get()>
                    <For each=move || people_ids.get() key=|id| *id let:id>
                        <PersonItem id=id person=people.get(&id) is_open=is_open.clone() editing=editing on_change=change_person on_remove=remove_person/>
                    </For>
            </ul>
            <div class="button-row no-print">
                <button type="button" id="add-person" class="button primary" on:click=add_person>
                    <span aria-hidden="true">"+ "</span>{t.add_person}
                </button>
            </div>
        </section>

        <section class="card sheet-step" aria-labelledby="nw-step2">
            <h2 id="nw-step2">{t.step2_title}</h2>
            <p>{t.step2_text}</p>
            <NetworkMap current=entries snapshots=snapshots/>
            <h3>{t.versions_title}</h3>
            <p>{t.versions_text}</p>
            <p class="hint" hidden=move || has_snapshots.get()>{t.no_snapshots}</p>
            <ul class="snapshot-list" aria-label=t.snapshots_label hidden=move || !has_snapshots.get()>
                    {move || snapshots.with(|s| s.iter().enumerate().map(|(i, s)| {
                        let id = s.id;
                        let name = version_name(s, i, t);
                        let label = (t.remove_snapshot)(&name);
                        view! {
                            <li>
                                <span>{name}</span>
                                <button type="button" class="button danger no-print" aria-label=label on:click=move |_| remove_snapshot(id)>
                                    {i18n.t().common.delete}
                                </button>
                            </li>
                        }
                    }).collect_view())}
            </ul>
            <form class="snapshot-form no-print" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); take_snapshot(()); }>
                <div class="field">
                    <label for="snapshot-label">{t.snapshot_label}</label>
                    <p class="hint" id="snapshot-label-hint">{t.snapshot_hint}</p>
                    <input
                        id="snapshot-label"
                        type="text"
                        autocomplete="off"
                        maxlength="60"
                        aria-describedby="snapshot-label-hint"
                        prop:value=move || snapshot_label.get()
                        on:input=move |ev| snapshot_label.set(event_target_value(&ev))
                    />
                </div>
                <button type="submit" class="button primary">{t.take_snapshot}</button>
            </form>
            <p class="status-line" role="status">{move || status.get()}</p>
        </section>

        <section class="card sheet-step" aria-labelledby="nw-step3">
            <h2 id="nw-step3">{t.step3_title}</h2>
            <p>{t.step3_text}</p>
            <p class="empty" hidden=move || has_stops.get()>{t.walk_empty}</p>
            <WalkList items=walk_items on_change=change_stop on_move=move_stop on_remove=remove_stop/>
            <div class="add-stop no-print">
                <div class="field">
                    <label for="stop-person">{t.stop_person_label}</label>
                    <select autocomplete="off" id="stop-person" prop:value=move || stop_person.get() on:change=move |ev| stop_person.set(event_target_value(&ev))>
                        <option value="">{t.stop_person_none}</option>
                        // One option per person, named from their own signal: adding a person or
                        // typing a name touches one option, not all of them.
                        <For each=move || people_ids.get() key=|id| *id let:id>
                            <option value=id.to_string()>{move || people.get(&id).with(|p| p.as_ref().map(|p| p.shown_name(t.no_name)).unwrap_or_default())}</option>
                        </For>
                    </select>
                </div>
                <button type="button" class="button" on:click=add_stop_person>{t.add_stop_person}</button>
                <form on:submit=add_stop_place>
                    <div class="field">
                        <label for="stop-place">{t.stop_place_label}</label>
                        <p class="hint" id="stop-place-hint">{t.stop_place_hint}</p>
                        <input
                            id="stop-place"
                            type="text"
                            autocomplete="off"
                            maxlength="60"
                            aria-describedby="stop-place-hint"
                            prop:value=move || stop_place.get()
                            on:input=move |ev| stop_place.set(event_target_value(&ev))
                        />
                    </div>
                    <button type="submit" class="button">{t.add_stop_place}</button>
                </form>
            </div>
        </section>

        <section class="card sheet-step" aria-labelledby="nw-step4">
            <h2 id="nw-step4">{t.step4_title}</h2>
            <p>{t.step4_text}</p>
            <p class="hint" hidden=move || break_ids.with(|b| !b.is_empty())>{t.breaks_empty}</p>
            <ul class="break-list" aria-label=t.breaks_label hidden=move || break_ids.with(|b| b.is_empty())>
                <For each=move || break_ids.get() key=|id| *id let:id>
                    {
                        let person = people.get(&id);
                        view! {
                            <li>
                                <strong>{move || person.with(|p| p.as_ref().map(|p| p.shown_name(t.no_name)).unwrap_or_default())}</strong>
                                " · "
                                {move || person.with(|p| p.as_ref().map(|p| t.statuses[p.status.index()]).unwrap_or_default())}
                            </li>
                        }
                    }
                </For>
            </ul>
            <p class="sheet-links no-print">
                <A href="/methodieken/herstelgericht-werken" attr:class="button">{t.restorative_link}</A>
                <A href="/methodieken/eigen-kracht-conferentie" attr:class="button">{t.conference_link}</A>
            </p>
        </section>
    }
}

/// One person in the list: name and summary, and when open, the editor.
#[component]
fn PersonItem(
    id: NetId,
    /// This person (`None` once removed).
    person: ReadSignal<Option<Person>>,
    is_open: Selector<Option<NetId>>,
    editing: RwSignal<Option<NetId>>,
    on_change: Callback<Person>,
    on_remove: Callback<NetId>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = &i18n.t().worksheets().network;
    let open = Memo::new(move |_| is_open.selected(&Some(id)));
    let name = move || person.with(|p| p.as_ref().map(|p| p.shown_name(t.no_name)).unwrap_or_default());
    let summary = move || {
        let t = t;
        person.with(|p| {
            p.as_ref()
                .map(|p| {
                    (t.summary)(t.rings_lower[p.now.index()], t.rings_lower[p.before.index()], t.statuses_lower[p.status.index()])
                })
                .unwrap_or_default()
        })
    };
    let helps = move || {
        let i = i18n.t();
        person.with(|p| {
            p.as_ref().filter(|p| !p.helps_with.is_empty()).map(|p| {
                let names: Vec<&str> = p.helps_with.iter().map(|d| i.domains().name(*d)).collect();
                (i.worksheets().network.helps_with)(&names.join(", "))
            })
        })
    };
    let group_class = move || person.with(|p| format!("group-dot nm-sector nm-g{}", p.as_ref().map(|p| p.group.index()).unwrap_or(5)));
    let editor_id = format!("p{id}-editor");
    view! {
        <li class="person-item" class:open=open>
            <div class="person-summary">
                <svg class="group-sample" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
                    <circle class=group_class cx="10" cy="10" r="8"/>
                </svg>
                <div class="person-text">
                    <span class="person-name">{name}</span>
                    <span class="list-sub">{move || person.with(|p| p.as_ref().map(|p| t.groups[p.group.index()]).unwrap_or(""))}" · "{summary}</span>
                    {move || helps().map(|h| view! { <span class="list-sub">{h}</span> })}
                </div>
                <button
                    type="button"
                    class="button edit-button no-print"
                    id=format!("p{id}-edit")
                    aria-expanded=move || open.get().to_string()
                    aria-controls=editor_id.clone()
                    on:click=move |_| editing.set(if open.get_untracked() { None } else { Some(id) })
                    aria-label=move || (t.edit)(&name())
                >
                    {t.edit_short}
                </button>
            </div>
            <div id=editor_id.clone() class="no-print">
                {move || open.get().then(|| view! {
                    <PersonEditor
                        person=person
                        on_change=on_change
                        on_remove=on_remove
                        on_close=Callback::new(move |_| {
                            editing.set(None);
                            focus_later(format!("p{id}-edit"));
                        })
                    />
                })}
            </div>
        </li>
    }
}
