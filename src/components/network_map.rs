//! The network map in SVG: the young person in the centre, three rings, the six relation groups
//! as sectors. Shows "now" or "before", any stored version of the map (a slider goes through
//! them) with what changed since the version before, and a table of the same people as the
//! alternative to the drawing.

use std::fmt::Write;

use leptos::prelude::*;

use crate::components::{item_signals::ItemSignals, network_legend::NetworkLegend, snapshot_slider::SnapshotSlider};
use crate::domain::dates::format_be;
use crate::domain::network::{compare, Change, Group, MapEntry, MapView, NetId, Snapshot, Status};
use crate::domain::network_chart::{network_map, MapNode, BANDS, CENTRE_R, CX, CY, SIZE};
use crate::i18n::{use_i18n, worksheets::network::NetworkTexts};

/// A snapshot's name as shown: its label (or "Snapshot n") and its date.
pub fn version_name(s: &Snapshot, index: usize, t: &NetworkTexts) -> String {
    let label = if s.label.is_empty() { (t.snapshot_default)(index + 1) } else { s.label.clone() };
    (t.version_name)(&label, &s.date.map(format_be).unwrap_or_default())
}

/// One change in words.
pub fn change_text(c: &Change, t: &NetworkTexts, no_name: &str) -> String {
    let name = |n: &String| if n.is_empty() { no_name.to_string() } else { n.clone() };
    match c {
        Change::Added { name: n } => (t.change_added)(&name(n)),
        Change::Removed { name: n } => (t.change_removed)(&name(n)),
        Change::Ring { name: n, from, to } => (t.change_ring)(&name(n), t.rings_lower[from.index()], t.rings_lower[to.index()]),
        Change::Status { name: n, from, to } => {
            (t.change_status)(&name(n), t.statuses_lower[from.index()], t.statuses_lower[to.index()])
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Row {
    person: NetId,
    name: String,
    group: &'static str,
    now: &'static str,
    before: &'static str,
    status: &'static str,
}

/// The people the map shows: now, or a stored version. Read where they are, not copied.
#[derive(Clone, Copy)]
struct Shown {
    current: Signal<Vec<MapEntry>>,
    snapshots: Signal<Vec<Snapshot>>,
    chosen: Memo<Option<usize>>,
}

impl Shown {
    fn with<R>(self, f: impl FnOnce(&[MapEntry]) -> R) -> R {
        match self.chosen.get() {
            None => self.current.with(|e| f(e)),
            Some(i) => self.snapshots.with(|s| f(&s[i].entries)),
        }
    }
}

/// The network map with its view switches, version slider, legend, changes and table.
#[component]
pub fn NetworkMap(
    /// The people as they are now.
    #[prop(into)]
    current: Signal<Vec<MapEntry>>,
    /// Stored versions of the map, oldest first.
    #[prop(into)]
    snapshots: Signal<Vec<Snapshot>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = &i18n.t().worksheets().network;
    let no_name = move || i18n.t().worksheets().network.no_name;
    let map_view = RwSignal::new(MapView::Now);
    let as_table = RwSignal::new(false);
    // `None` is "now"; `Some(i)` the i-th snapshot.
    let version = RwSignal::new(None::<usize>);
    let selected = RwSignal::new(None::<NetId>);
    let count = Memo::new(move |_| snapshots.with(|s| s.len()));
    // A deleted snapshot cannot stay chosen: fall back to "now".
    let chosen = Memo::new(move |_| version.get().filter(|i| *i < count.get()));
    let entries = Shown { current, snapshots, chosen };
    let geometry = Memo::new(move |_| entries.with(|e| network_map(e, map_view.get())));
    let ids = Memo::new(move |_| geometry.with(|g| g.nodes.iter().map(|n| n.person).collect::<Vec<_>>()));
    let nodes = ItemSignals::by_ref(move |show| geometry.with(|g| g.nodes.iter().for_each(|n| show(n.person, n))));
    // The same for every dot: its radius, and whether it has room for initials. Set once on the
    // group (CSS), not read by each dot: 150 dots reading one memo would all wake to check it
    // whenever the map is redrawn.
    let dot = Memo::new(move |_| geometry.with(|g| (g.node_r, g.show_initials)));
    let spokes = Memo::new(move |_| {
        geometry.with(|g| {
            let mut d: [String; 4] = Default::default();
            for n in &g.nodes {
                let _ = write!(d[n.status.index()], "M{CX} {CY}L{} {}", n.x, n.y);
            }
            d
        })
    });
    let name_of = move |i: Option<usize>| match i {
        None => t.version_now.to_string(),
        Some(i) => snapshots.with(|s| version_name(&s[i], i, t)),
    };
    let changes = Memo::new(move |_| {
        let previous = match chosen.get() {
            None => count.get().checked_sub(1),
            Some(i) => i.checked_sub(1),
        };
        previous.map(|p| {
            let list = snapshots.with(|s| entries.with(|e| compare(&s[p].entries, e)));
            (name_of(Some(p)), list)
        })
    });

    // What the changes are compared with, and each change on its own signal: a person added to a
    // long map writes one new line instead of all of them again.
    let since = Memo::new(move |_| changes.with(|c| c.as_ref().map(|(name, _)| name.clone())));
    let change_count = Memo::new(move |_| changes.with(|c| c.as_ref().map_or(0, |(_, list)| list.len())));
    let change_items =
        ItemSignals::by_ref(move |show| changes.with(|c| c.iter().flat_map(|(_, list)| list).enumerate().for_each(|(i, c)| show(i, c))));

    let selected_text = move || {
        let id = selected.get()?;
        let t = t;
        entries.with(|es| {
            es.iter().find(|e| e.person == id).map(|e| {
                let name = if e.name.is_empty() { t.no_name } else { e.name.as_str() };
                (t.selected)(name, t.groups[e.group.index()], t.rings_lower[e.ring(map_view.get()).index()], t.statuses_lower[e.status.index()])
            })
        })
    };

    let drawing = move || {
        let sectors = network_map(&[], MapView::Now).sectors;
        view! {
            <svg class="network-svg" viewBox=format!("0 0 {SIZE} {SIZE}") role="img" aria-labelledby="nm-title nm-desc">
                <title id="nm-title">{t.map_title}</title>
                <desc id="nm-desc">{move || geometry.with(|g| (t.map_desc)(g.nodes.len(), g.absent))}</desc>
                {sectors.iter().map(|s| view! { <path class=format!("nm-sector nm-g{}", s.group.index()) d=s.path.clone()/> }).collect_view()}
                {BANDS.iter().rev().map(|(_, r)| view! { <circle class="nm-ring" cx=CX cy=CY r=*r/> }).collect_view()}
                {sectors.iter().map(|s| view! { <line class="nm-edge" x1=s.edge.0 y1=s.edge.1 x2=s.edge.2 y2=s.edge.3/> }).collect_view()}
                {sectors.iter().map(|s| {
                    let g = s.group.index();
                    view! {
                        <text class=format!("nm-group-label nm-gl{g}") x=s.label_x y=s.label_y text-anchor=s.anchor.svg()>
                            {t.groups[g]}
                        </text>
                    }
                }).collect_view()}
                // One path per contact state (not one line per person): cheap to redraw.
                <g class="nm-spokes">
                    {Status::ALL.into_iter().map(|s| {
                        let i = s.index();
                        view! { <path class=format!("nm-spoke nm-s{i}") d=move || spokes.with(|d| d[i].clone())/> }
                    }).collect_view()}
                </g>
                <g class="nm-people" class:no-initials=move || !dot.with(|d| d.1) style:--nm-r=move || dot.with(|d| format!("{}px", d.0))>
                    <For each=move || ids.get() key=|id| *id let:id>
                        <MapDot id=id node=nodes.get(&id) on_select=Callback::new(move |id| selected.set(Some(id)))/>
                    </For>
                </g>
                <circle class="nm-centre" cx=CX cy=CY r=CENTRE_R/>
                <text class="nm-centre-label" x=CX y=CY + 11 text-anchor="middle">{t.centre}</text>
            </svg>
            <p class="hint no-print">{t.tap_hint}</p>
            <p class="map-selected" class:filled=move || selected.get().is_some() aria-live="polite">{selected_text}</p>
        }
    };

    // Grouped like the map's sectors, in the order people were added within a group.
    let rows = Memo::new(move |_| {
        entries.with(|es| {
            Group::ALL
                .iter()
                .flat_map(|g| es.iter().filter(move |e| e.group == *g))
                .map(|e| Row {
                    person: e.person,
                    name: if e.name.is_empty() { t.no_name.to_string() } else { e.name.clone() },
                    group: t.groups[e.group.index()],
                    now: t.rings[e.now.index()],
                    before: t.rings[e.before.index()],
                    status: t.statuses[e.status.index()],
                })
                .collect::<Vec<_>>()
        })
    });
    let table = move || {
        view! {
            <div class="alt-table-scroll" tabindex="0" role="region" aria-labelledby="nm-caption">
                <table class="alt-table network-table">
                    <caption id="nm-caption">{t.table_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_name}</th>
                            <th scope="col">{t.col_group}</th>
                            <th scope="col">{t.col_now}</th>
                            <th scope="col">{t.col_before}</th>
                            <th scope="col">{t.col_status}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || rows.get() key=|r| r.clone() let:r>
                            <tr>
                                <th scope="row">{r.name}</th>
                                <td>{r.group}</td>
                                <td>{r.now}</td>
                                <td>{r.before}</td>
                                <td>{r.status}</td>
                            </tr>
                        </For>
                    </tbody>
                </table>
            </div>
        }
    };

    view! {
        <div class="network-map">
            <div class="map-controls no-print">
                <div class="segmented" role="group" aria-label=t.show>
                    <button type="button" aria-pressed=move || (map_view.get() == MapView::Now).to_string() on:click=move |_| map_view.set(MapView::Now)>
                        {t.view_now}
                    </button>
                    <button type="button" aria-pressed=move || (map_view.get() == MapView::Before).to_string() on:click=move |_| map_view.set(MapView::Before)>
                        {t.view_before}
                    </button>
                </div>
                <div class="segmented" role="group" aria-label=t.map_title>
                    <button type="button" aria-pressed=move || (!as_table.get()).to_string() on:click=move |_| as_table.set(false)>
                        {t.as_drawing}
                    </button>
                    <button type="button" aria-pressed=move || as_table.get().to_string() on:click=move |_| as_table.set(true)>
                        {t.as_table}
                    </button>
                </div>
            </div>
            <div hidden=move || count.get() == 0>
                <SnapshotSlider
                    id="nm-version"
                    label=t.slider_label
                    count=count
                    value=Signal::derive(move || chosen.get().unwrap_or(count.get()))
                    value_text=Signal::derive(move || name_of(chosen.get()))
                    on_change=Callback::new(move |v: usize| {
                        version.set(if v >= count.get_untracked() { None } else { Some(v) });
                        selected.set(None);
                    })
                />
            </div>
            <p class="version-name print-only">{move || name_of(chosen.get())}</p>
            {move || if as_table.get() { table().into_any() } else { drawing().into_any() }}
            <p class="hint" hidden=move || geometry.with(|g| g.absent == 0)>
                {move || (t.not_in_picture)(geometry.with(|g| g.absent))}
            </p>
            <section class="map-changes" aria-labelledby="nm-changes-title" aria-live="polite">
                {move || match since.get() {
                    None => view! { <p id="nm-changes-title">{t.first_version}</p> }.into_any(),
                    Some(since) => view! { <h3 id="nm-changes-title">{(t.changes_since)(&since)}</h3> }.into_any(),
                }}
                {move || (since.with(Option::is_some) && change_count.get() == 0).then(|| view! { <p>{t.no_changes}</p> })}
                <ul class="change-list" hidden=move || change_count.get() == 0>
                    <For each=move || 0..change_count.get() key=|i| *i let:i>
                        {
                            let change = change_items.get(&i);
                            view! { <li>{move || change.with(|c| c.as_ref().map(|c| change_text(c, t, no_name())).unwrap_or_default())}</li> }
                        }
                    </For>
                </ul>
            </section>
            <NetworkLegend/>
        </div>
    }
}


/// One person's dot with initials (their size comes from the group around all dots); tap to
/// see who it is.
#[component]
fn MapDot(id: NetId, node: ReadSignal<Option<MapNode>>, on_select: Callback<NetId>) -> impl IntoView {
    let num = move |f: fn(&MapNode) -> i32| move || node.with(|n| n.as_ref().map(f).unwrap_or(0));
    view! {
        <g class="nm-person" on:click=move |_| on_select.run(id)>
            <circle
                class=move || node.with(|n| n.as_ref().map(|n| format!("nm-node nm-s{}", n.status.index())).unwrap_or_default())
                cx=num(|n| n.x) cy=num(|n| n.y)
            />
            // 0.375em: the baseline that centres capitals on the dot (the font size is its radius).
            <text class="nm-initials" x=num(|n| n.x) y=num(|n| n.y) dy="0.375em" text-anchor="middle">
                {move || node.with(|n| n.as_ref().map(|n| n.initials.clone()).unwrap_or_default())}
            </text>
        </g>
    }
}
