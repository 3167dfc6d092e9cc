use leptos::prelude::*;

use crate::components::{after_paint::AfterPaint, choice_group::ChoiceGroup, domain_checks::DomainChecks};
use crate::domain::network::{clean_name, clean_note, Group, NetId, Person, Ring, Status, MAX_NAME_CHARS};
use crate::i18n::use_i18n;

/// The form for one person on the network map: name, group, how close now and before, the
/// contact, what they could help with and a note. Every change goes out at once through
/// `on_change`; nothing is mandatory.
#[component]
pub fn PersonEditor(
    /// The person being edited (`None` once they are gone).
    #[prop(into)]
    person: Signal<Option<Person>>,
    /// Called with the changed person after every edit.
    on_change: Callback<Person>,
    /// Called when the person is taken off the map.
    on_remove: Callback<NetId>,
    /// Called when the editor is closed.
    on_close: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = &i18n.t().worksheets().network;
    // Mounted only for a person who exists; their id never changes.
    let id = person.with_untracked(|p| p.as_ref().map(|p| p.id)).unwrap_or_default();
    let p = format!("p{id}");
    let (name_id, hint_id, note_id, title_id) = (format!("{p}-name"), format!("{p}-name-hint"), format!("{p}-note"), format!("{p}-title"));
    let labelled_by = title_id.clone();
    let helps_id = format!("{p}-helps");
    let edit = move |f: &dyn Fn(&mut Person)| {
        if let Some(mut x) = person.get_untracked() {
            f(&mut x);
            on_change.run(x);
        }
    };
    let pick = move |f: fn(&Person) -> usize| Signal::derive(move || person.with(|x| x.as_ref().map(f)));
    view! {
        <section class="item-editor" aria-labelledby=labelled_by>
            <h3 id=title_id tabindex="-1">
                {move || person.with(|x| x.as_ref().map(|x| if x.name.is_empty() { t.no_name.to_string() } else { x.name.clone() }).unwrap_or_default())}
            </h3>
            <div class="field">
                <label for=name_id.clone()>{t.name_label}</label>
                <p class="hint" id=hint_id.clone()>{t.name_hint}</p>
                <input
                    type="text"
                    id=name_id
                    autocomplete="off"
                    maxlength=MAX_NAME_CHARS
                    aria-describedby=hint_id
                    prop:value=move || person.with(|x| x.as_ref().map(|x| x.name.clone()).unwrap_or_default())
                    // Stored as typed (so the cursor never jumps); tidied when leaving the field.
                    on:input=move |ev| {
                        let v = crate::domain::text::limit(&event_target_value(&ev), MAX_NAME_CHARS).to_string();
                        edit(&|x| x.name = v.clone())
                    }
                    on:change=move |ev| { let v = clean_name(&event_target_value(&ev)); edit(&|x| x.name = v.clone()) }
                />
            </div>
            <ChoiceGroup
                legend=t.group_legend
                options=t.groups.to_vec()
                selected=pick(|x| x.group.index())
                on_select=Callback::new(move |i: usize| edit(&|x| x.group = Group::ALL[i]))
                name=format!("{p}-group")
            />
            <ChoiceGroup
                legend=t.now_legend
                options=t.rings.to_vec()
                selected=pick(|x| x.now.index())
                on_select=Callback::new(move |i: usize| edit(&|x| x.now = Ring::ALL[i]))
                name=format!("{p}-now")
            />
            // From here the editor runs below the first screen of a phone: this part follows
            // right after the top is painted (see AfterPaint), so a new person shows sooner.
            <AfterPaint>
            <ChoiceGroup
                legend=t.before_legend
                options=t.rings.to_vec()
                selected=pick(|x| x.before.index())
                on_select=Callback::new(move |i: usize| edit(&|x| x.before = Ring::ALL[i]))
                name=format!("{p}-before")
            />
            <ChoiceGroup
                legend=t.status_legend
                options=t.statuses.to_vec()
                selected=pick(|x| x.status.index())
                on_select=Callback::new(move |i: usize| edit(&|x| x.status = Status::ALL[i]))
                name=format!("{p}-status")
            />
            <DomainChecks
                id=helps_id.clone()
                legend=t.helps_legend
                hint=t.helps_hint
                selected=Signal::derive(move || person.with(|x| x.as_ref().map(|x| x.helps_with.clone()).unwrap_or_default()))
                on_toggle=Callback::new(move |(d, on)| edit(&|x| x.toggle_help(d, on)))
            />
            <div class="field">
                <label for=note_id.clone()>{t.note_label}</label>
                <textarea autocomplete="off"
                    id=note_id.clone()
                    rows="2"
                    prop:value=move || person.with(|x| x.as_ref().map(|x| x.note.clone()).unwrap_or_default())
                    on:input=move |ev| { let v = clean_note(&event_target_value(&ev)); edit(&|x| x.note = v.clone()) }
                ></textarea>
            </div>
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
