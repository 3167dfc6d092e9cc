//! Geometry of the network map: the young person in the centre, three rings (close, middle, far)
//! and the six relation groups as sectors. Every person gets a spot inside their own sector and
//! ring, and spots never overlap: when a sector gets crowded, all dots get smaller together (one
//! size for the whole map keeps it calm). People who are "not in the picture" are not drawn.
//!
//! Coordinates are integers in a square viewBox of [`SIZE`]; the sector names sit in the top and
//! bottom corners, which the round map leaves free.

use std::f64::consts::PI;
use std::fmt::Write;

use super::network::{Group, MapEntry, MapView, NetId, Ring, Status};

pub const SIZE: i32 = 1000;
pub const CX: i32 = 500;
pub const CY: i32 = 500;
/// Radius of the young person's own circle.
pub const CENTRE_R: i32 = 52;
/// Inner and outer radius of each ring (close, middle, far).
pub const BANDS: [(i32, i32); 3] = [(60, 180), (180, 300), (300, 410)];
/// Dot spacings tried from large to small; the largest that fits every sector and ring wins.
pub const SPACINGS: [i32; 16] = [84, 72, 60, 50, 42, 36, 30, 26, 22, 18, 15, 12, 10, 8, 6, 4];
/// Dots at least this big carry initials.
pub const INITIALS_MIN_R: i32 = 14;

const SECTOR_DEG: f64 = 60.0;

/// How a sector label is aligned at its corner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sector {
    pub group: Group,
    /// SVG path of the tinted wedge.
    pub path: String,
    /// The line at the clockwise end of the sector, from the centre circle to the outer ring.
    pub edge: (i32, i32, i32, i32),
    pub label_x: i32,
    pub label_y: i32,
    pub anchor: Anchor,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapNode {
    pub person: NetId,
    pub x: i32,
    pub y: i32,
    pub ring: Ring,
    pub group: Group,
    pub status: Status,
    /// Up to two letters, for dots big enough to hold them.
    pub initials: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapGeometry {
    pub size: i32,
    /// Outer radius of each ring.
    pub rings: [i32; 3],
    /// Radius of every person's dot.
    pub node_r: i32,
    pub show_initials: bool,
    pub sectors: Vec<Sector>,
    pub nodes: Vec<MapNode>,
    /// How many people are not in the picture (not drawn).
    pub absent: usize,
}

/// The point at `r` from the centre, `deg` degrees clockwise from the top.
fn polar(r: f64, deg: f64) -> (i32, i32) {
    let a = deg * PI / 180.0;
    ((CX as f64 + r * a.sin()).round() as i32, (CY as f64 - r * a.cos()).round() as i32)
}

/// Start angle (degrees, clockwise from the top) of a group's sector; the first is centred on top.
fn sector_start(g: Group) -> f64 {
    g.index() as f64 * SECTOR_DEG - SECTOR_DEG / 2.0
}

/// Radii of the rows of dots that fit in a band with spacing `s`, and how many fit on each.
fn rows(band: (i32, i32), s: i32) -> Vec<(i32, usize)> {
    let theta = SECTOR_DEG * PI / 180.0;
    let mut out = Vec::new();
    let mut r = band.0 + s / 2 + s % 2;
    while r + (s + 1) / 2 <= band.1 {
        let fit = (r as f64 * theta / s as f64).floor() as usize;
        if fit > 0 {
            out.push((r, fit));
        }
        r += s;
    }
    out
}

fn capacity(band: (i32, i32), s: i32) -> usize {
    rows(band, s).iter().map(|(_, n)| n).sum()
}

/// The rows used for `k` people: the rows nearest the middle of the band, as few as possible,
/// with the people shared out in proportion to what each row holds.
///
/// (No sorting here on purpose: the rows come out ordered by radius, so the rows nearest the
/// middle are a window that grows outwards; each `sort` instance costs kilobytes of wasm.)
fn plan_rows(band: (i32, i32), s: i32, k: usize) -> Vec<(i32, usize)> {
    let all = rows(band, s);
    if all.is_empty() || k == 0 {
        return Vec::new();
    }
    let mid = (band.0 + band.1) / 2;
    let centre = (0..all.len()).min_by_key(|i| ((all[*i].0 - mid).abs(), all[*i].0)).unwrap_or(0);
    let (mut lo, mut hi) = (centre, centre + 1);
    let mut cap = all[centre].1;
    while cap < k && (lo > 0 || hi < all.len()) {
        // Take the neighbouring row nearer the middle (inner one on a tie).
        let take_inner = match (lo > 0, hi < all.len()) {
            (true, true) => (all[lo - 1].0 - mid).abs() <= (all[hi].0 - mid).abs(),
            (inner, _) => inner,
        };
        if take_inner {
            lo -= 1;
            cap += all[lo].1;
        } else {
            cap += all[hi].1;
            hi += 1;
        }
    }
    let chosen = &all[lo..hi];
    // Largest remainder: floor shares first, then one more to the rows with the biggest rest.
    let mut counts: Vec<(usize, usize)> = chosen.iter().map(|(_, c)| (k * c / cap.max(1), k * c % cap.max(1))).collect();
    let given: usize = counts.iter().map(|c| c.0).sum();
    for _ in 0..k.saturating_sub(given) {
        if let Some(i) = (0..counts.len()).filter(|i| counts[*i].0 < chosen[*i].1).max_by_key(|i| (counts[*i].1, std::cmp::Reverse(*i))) {
            counts[i].0 += 1;
            counts[i].1 = 0;
        }
    }
    chosen.iter().zip(counts).map(|((r, _), (n, _))| (*r, n)).filter(|(_, n)| *n > 0).collect()
}

/// Up to two capital letters from a name ("Oma Mia" → "OM", "kim" → "K").
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().find(|c| c.is_alphabetic()))
        .take(2)
        .flat_map(|c| c.to_uppercase())
        .collect()
}

/// Lays out the map of `entries`, showing how close people are now or before.
pub fn network_map(entries: &[MapEntry], view: MapView) -> MapGeometry {
    // People per (group, ring), in a stable order (by id) so dots do not jump between versions.
    let mut cells: Vec<Vec<&MapEntry>> = vec![Vec::new(); Group::ALL.len() * 3];
    let mut absent = 0;
    for e in entries {
        let ring = e.ring(view);
        if ring == Ring::Absent {
            absent += 1;
            continue;
        }
        cells[e.group.index() * 3 + ring.index()].push(e);
    }
    // Usually already in id order (people are kept in the order they were added); an insertion
    // sort makes sure without pulling in another `sort` instance.
    for c in &mut cells {
        for i in 1..c.len() {
            let mut j = i;
            while j > 0 && c[j - 1].person > c[j].person {
                c.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let fits = |s: i32| cells.iter().enumerate().all(|(i, c)| c.len() <= capacity(BANDS[i % 3], s));
    let s = SPACINGS.iter().copied().find(|s| fits(*s)).unwrap_or(SPACINGS[SPACINGS.len() - 1]);
    let node_r = s * 2 / 5;

    let mut nodes = Vec::new();
    for (i, cell) in cells.iter().enumerate() {
        if cell.is_empty() {
            continue;
        }
        let group = Group::ALL[i / 3];
        let start = sector_start(group);
        let mut people = cell.iter();
        for (r, n) in plan_rows(BANDS[i % 3], s, cell.len()) {
            for j in 0..n {
                let Some(e) = people.next() else { break };
                let deg = start + (j as f64 + 0.5) * SECTOR_DEG / n as f64;
                let (x, y) = polar(r as f64, deg);
                nodes.push(MapNode {
                    person: e.person,
                    x,
                    y,
                    ring: e.ring(view),
                    group,
                    status: e.status,
                    initials: initials(&e.name),
                });
            }
        }
        // More people than the smallest spacing holds: never silently drop one; they share the
        // outermost spot of their cell (only possible far beyond any real network).
        for e in people {
            let (x, y) = polar((BANDS[i % 3].1 - node_r) as f64, start + SECTOR_DEG / 2.0);
            nodes.push(MapNode { person: e.person, x, y, ring: e.ring(view), group, status: e.status, initials: initials(&e.name) });
        }
    }

    let outer = BANDS[2].1;
    let sectors = Group::ALL
        .iter()
        .map(|g| {
            let a0 = sector_start(*g);
            let a1 = a0 + SECTOR_DEG;
            let (x0, y0) = polar(outer as f64, a0);
            let (x1, y1) = polar(outer as f64, a1);
            let mut path = String::new();
            let _ = write!(path, "M{CX} {CY} L{x0} {y0} A{outer} {outer} 0 0 1 {x1} {y1} Z");
            let (ex0, ey0) = polar(CENTRE_R as f64, a1);
            let (label_x, label_y, anchor) = match g.index() {
                0 => (CX, 48, Anchor::Middle),
                1 => (SIZE - 8, 48, Anchor::End),
                2 => (SIZE - 8, SIZE - 22, Anchor::End),
                3 => (CX, SIZE - 22, Anchor::Middle),
                4 => (8, SIZE - 22, Anchor::Start),
                _ => (8, 48, Anchor::Start),
            };
            Sector { group: *g, path, edge: (ex0, ey0, x1, y1), label_x, label_y, anchor }
        })
        .collect();

    MapGeometry {
        size: SIZE,
        rings: [BANDS[0].1, BANDS[1].1, BANDS[2].1],
        node_r,
        show_initials: node_r >= INITIALS_MIN_R,
        sectors,
        nodes,
        absent,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::network::sample_network;

    fn entry(id: NetId, group: Group, now: Ring) -> MapEntry {
        MapEntry { person: id, name: format!("P {id}"), group, now, before: Ring::Far, status: Status::Active }
    }

    fn dist2(a: &MapNode, b: &MapNode) -> i64 {
        let dx = (a.x - b.x) as i64;
        let dy = (a.y - b.y) as i64;
        dx * dx + dy * dy
    }

    /// Every dot lies inside the viewBox, in its own ring and sector, and no two dots overlap.
    fn check(g: &MapGeometry) {
        let r = g.node_r;
        assert!(r >= 1);
        for n in &g.nodes {
            assert!(n.x - r >= 0 && n.x + r <= g.size && n.y - r >= 0 && n.y + r <= g.size, "dot outside the viewBox");
            let d = (((n.x - CX).pow(2) + (n.y - CY).pow(2)) as f64).sqrt();
            let band = BANDS[n.ring.index()];
            assert!(d - r as f64 >= band.0 as f64 - 1.0 && d + r as f64 <= band.1 as f64 + 1.0, "dot outside its ring: {d} in {band:?}");
            let mut deg = ((n.x - CX) as f64).atan2((CY - n.y) as f64) * 180.0 / PI;
            let start = sector_start(n.group);
            while deg < start {
                deg += 360.0;
            }
            assert!(deg - start <= SECTOR_DEG, "dot outside its sector");
        }
        let min = (2 * r) as i64;
        for (i, a) in g.nodes.iter().enumerate() {
            for b in &g.nodes[i + 1..] {
                assert!(dist2(a, b) >= min * min, "dots {} and {} overlap", a.person, b.person);
            }
        }
        for s in &g.sectors {
            assert!((0..=g.size).contains(&s.label_x) && (0..=g.size).contains(&s.label_y));
        }
    }

    #[test]
    fn one_person_sits_big_in_the_middle_of_their_sector() {
        let g = network_map(&[entry(1, Group::Family, Ring::Close)], MapView::Now);
        check(&g);
        assert_eq!(g.nodes.len(), 1);
        assert_eq!(g.node_r, SPACINGS[0] * 2 / 5);
        assert!(g.show_initials);
        // Family is the top sector: straight above the centre.
        assert_eq!(g.nodes[0].x, CX);
        assert!(g.nodes[0].y < CY);
        assert_eq!(g.nodes[0].initials, "P");
    }

    #[test]
    fn a_hundred_and_fifty_people_fit_without_overlap() {
        let n = sample_network(150, 9);
        for view in [MapView::Now, MapView::Before] {
            let g = network_map(&n.entries(), view);
            check(&g);
            let absent = n.people.iter().filter(|p| match view {
                MapView::Now => p.now == Ring::Absent,
                MapView::Before => p.before == Ring::Absent,
            });
            assert_eq!(g.absent, absent.count());
            assert_eq!(g.nodes.len() + g.absent, 150);
        }
    }

    #[test]
    fn a_hundred_and_fifty_people_in_one_ring_of_one_sector_still_fit() {
        for ring in [Ring::Close, Ring::Middle, Ring::Far] {
            let entries: Vec<_> = (0..150).map(|i| entry(i, Group::Neighbours, ring)).collect();
            let g = network_map(&entries, MapView::Now);
            assert_eq!(g.nodes.len(), 150);
            check(&g);
        }
    }

    #[test]
    fn the_before_view_uses_the_before_ring() {
        let e = MapEntry { person: 1, name: "Kim".into(), group: Group::Friends, now: Ring::Absent, before: Ring::Close, status: Status::Broken };
        assert!(network_map(std::slice::from_ref(&e), MapView::Now).nodes.is_empty());
        let g = network_map(&[e], MapView::Before);
        assert_eq!(g.nodes[0].ring, Ring::Close);
        assert_eq!(g.absent, 0);
    }

    #[test]
    fn dots_keep_their_place_when_someone_elsewhere_changes() {
        let mut entries: Vec<_> = (0..6).map(|i| entry(i, Group::ALL[i as usize], Ring::Middle)).collect();
        let before = network_map(&entries, MapView::Now);
        entries[3].status = Status::Broken;
        let after = network_map(&entries, MapView::Now);
        for (a, b) in before.nodes.iter().zip(&after.nodes) {
            assert_eq!((a.person, a.x, a.y), (b.person, b.x, b.y));
        }
    }

    #[test]
    fn an_empty_map_still_has_its_rings_and_sectors() {
        let g = network_map(&[], MapView::Now);
        assert!(g.nodes.is_empty());
        assert_eq!(g.sectors.len(), 6);
        assert_eq!(g.rings, [180, 300, 410]);
        assert!(g.sectors[0].path.starts_with("M500 500 L"));
    }

    #[test]
    fn initials_take_two_words() {
        assert_eq!(initials("Oma Mia"), "OM");
        assert_eq!(initials("kim"), "K");
        assert_eq!(initials("  "), "");
        assert_eq!(initials("Meester Tom de Vries"), "MT");
        assert_eq!(initials("élise 12"), "É");
    }
}
