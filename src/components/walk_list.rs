use leptos::prelude::*;

use crate::components::{choice_group::ChoiceGroup, date_field::DateField, focus::focus_later};
use crate::domain::network::{clean_note, Move, NetId, Stop, StopState};
use crate::i18n::use_i18n;

/// One stop as shown: the stop and the name to show for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WalkItem {
    pub stop: Stop,
    pub name: String,
}

/// The walk: an ordered list of stops, each with planned/visited, a date and a note, moved with
/// "up" and "down" buttons (no dragging needed). After a move the focus stays on the moved stop's
/// button, so the keyboard can keep moving it.
#[component]
pub fn WalkList(
    /// The stops in order.
    #[prop(into)]
    items: Signal<Vec<WalkItem>>,
    /// Called with a changed stop after every edit.
    on_change: Callback<Stop>,
    /// Called to move a stop one place up or down.
    on_move: Callback<(NetId, Move)>,
    /// Called to take a stop out of the walk.
    on_remove: Callback<NetId>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = &i18n.t().worksheets().network;
    let ids = Memo::new(move |_| items.with(|is| is.iter().map(|i| i.stop.id).collect::<Vec<_>>()));
    view! {
        <ol class="walk-list" aria-label=t.walk_label>
            <For each=move || ids.get() key=|id| *id let:id>
                <WalkStop id=id items=items on_change=on_change on_move=on_move on_remove=on_remove/>
            </For>
        </ol>
    }
}

#[component]
fn WalkStop(
    id: NetId,
    items: Signal<Vec<WalkItem>>,
    on_change: Callback<Stop>,
    on_move: Callback<(NetId, Move)>,
    on_remove: Callback<NetId>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = &i18n.t().worksheets().network;
    // (position, count, item)
    let item = Memo::new(move |_| {
        items.with(|is| is.iter().position(|i| i.stop.id == id).map(|pos| (pos, is.len(), is[pos].clone())))
    });
    let pos = move || item.with(|i| i.as_ref().map(|i| i.0).unwrap_or(0));
    let is_first = move || pos() == 0;
    let is_last = move || item.with(|i| i.as_ref().is_none_or(|i| i.0 + 1 >= i.1));
    let name = move || {
        item.with(|i| i.as_ref().map(|i| if i.2.name.trim().is_empty() { t.stop_unnamed.to_string() } else { i.2.name.clone() }).unwrap_or_default())
    };
    let edit = move |f: &dyn Fn(&mut Stop)| {
        if let Some((_, _, mut it)) = item.get_untracked() {
            f(&mut it.stop);
            on_change.run(it.stop);
        }
    };
    let p = format!("stop-{id}");
    let (up_id, down_id, note_id, note_hint, title_id) =
        (format!("{p}-up"), format!("{p}-down"), format!("{p}-note"), format!("{p}-note-hint"), format!("{p}-title"));
    let mv = {
        let (up_id, down_id) = (up_id.clone(), down_id.clone());
        move |dir: Move| {
            let blocked = match dir {
                Move::Up => is_first(),
                Move::Down => is_last(),
            };
            if blocked {
                return;
            }
            on_move.run((id, dir));
            // Keep the focus on this stop: on the same button, or the other one at an end.
            let target = match dir {
                Move::Up if is_first() => down_id.clone(),
                Move::Up => up_id.clone(),
                Move::Down if is_last() => up_id.clone(),
                Move::Down => down_id.clone(),
            };
            focus_later(target);
        }
    };
    let mv2 = mv.clone();
    view! {
        <li class="walk-stop" class:visited=move || item.with(|i| i.as_ref().is_some_and(|i| i.2.stop.state == StopState::Visited))>
            <h3 id=title_id>{move || (t.stop_title)(pos() + 1, &name())}</h3>
            <ChoiceGroup
                legend=t.stop_state_legend
                options=t.stop_states.to_vec()
                selected=Signal::derive(move || item.with(|i| i.as_ref().map(|i| if i.2.stop.state == StopState::Visited { 1 } else { 0 })))
                on_select=Callback::new(move |i: usize| edit(&|s| s.state = if i == 1 { StopState::Visited } else { StopState::Planned }))
                name=format!("{p}-state")
            />
            <DateField
                id=format!("{p}-date")
                label=t.stop_date
                value=Signal::derive(move || item.with(|i| i.as_ref().and_then(|i| i.2.stop.date)))
                on_change=Callback::new(move |d| edit(&|s| s.date = d))
            />
            <div class="field">
                <label for=note_id.clone()>{t.stop_note}</label>
                <p class="hint" id=note_hint.clone()>{t.stop_note_hint}</p>
                <textarea autocomplete="off"
                    id=note_id
                    rows="2"
                    aria-describedby=note_hint
                    prop:value=move || item.with(|i| i.as_ref().map(|i| i.2.stop.note.clone()).unwrap_or_default())
                    on:input=move |ev| { let v = clean_note(&event_target_value(&ev)); edit(&|s| s.note = v.clone()) }
                ></textarea>
            </div>
            <div class="button-row">
                <button
                    type="button"
                    class="button"
                    id=up_id
                    aria-label=move || (t.move_up)(&name())
                    aria-disabled=move || is_first().then_some("true")
                    on:click=move |_| mv(Move::Up)
                >
                    <span aria-hidden="true">"↑ "</span>{t.up}
                </button>
                <button
                    type="button"
                    class="button"
                    id=down_id
                    aria-label=move || (t.move_down)(&name())
                    aria-disabled=move || is_last().then_some("true")
                    on:click=move |_| mv2(Move::Down)
                >
                    <span aria-hidden="true">"↓ "</span>{t.down}
                </button>
                <button type="button" class="button danger" aria-label=move || (t.remove_stop)(&name()) on:click=move |_| on_remove.run(id)>
                    {i18n.t().common.delete}
                </button>
            </div>
        </li>
    }
}
