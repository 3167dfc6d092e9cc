//! Model of the network walk (netwerkwandeling) worksheet: the people who matter or mattered,
//! how close they are now and were before, the state of the contact, what they could help with,
//! snapshots of the map over time (one at each reading of the support plan), and the walk itself:
//! an ordered list of people and places to visit together.
//!
//! The geometry of the map lives in [`super::network_chart`].

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::lifeline::cap_text;
use super::LifeDomain;

/// Identifies a person, stop or snapshot within one network (ids are never reused).
pub type NetId = u32;

/// The longest name we keep (a name or nickname, not a description).
pub const MAX_NAME_CHARS: usize = 60;

/// How someone relates to the young person; each group is a sector of the map.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Group {
    Family,
    Friends,
    Neighbours,
    SchoolWork,
    Professionals,
    #[default]
    Other,
}

impl Group {
    /// In the order of the map's sectors, clockwise from the top.
    pub const ALL: [Group; 6] =
        [Group::Family, Group::Friends, Group::Neighbours, Group::SchoolWork, Group::Professionals, Group::Other];

    pub fn index(self) -> usize {
        Group::ALL.iter().position(|g| *g == self).expect("ALL lists every group")
    }
}

/// How close someone is: one of the three rings, or not in the picture.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ring {
    Close,
    #[default]
    Middle,
    Far,
    /// Not (or no longer) in the young person's life; not drawn on the map.
    Absent,
}

impl Ring {
    pub const ALL: [Ring; 4] = [Ring::Close, Ring::Middle, Ring::Far, Ring::Absent];

    pub fn index(self) -> usize {
        match self {
            Ring::Close => 0,
            Ring::Middle => 1,
            Ring::Far => 2,
            Ring::Absent => 3,
        }
    }

    /// Smaller is closer; for "closer than before" questions.
    pub fn distance(self) -> u8 {
        self.index() as u8
    }
}

/// The state of the contact.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    #[default]
    Active,
    Broken,
    ToRestore,
    Restored,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Active, Status::Broken, Status::ToRestore, Status::Restored];

    pub fn index(self) -> usize {
        match self {
            Status::Active => 0,
            Status::Broken => 1,
            Status::ToRestore => 2,
            Status::Restored => 3,
        }
    }
}

/// Someone who matters or mattered.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub id: NetId,
    /// Name or nickname; may be empty (the screen then shows a placeholder).
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub group: Group,
    /// How close now.
    #[serde(default)]
    pub now: Ring,
    /// How close before (in the past).
    #[serde(default)]
    pub before: Ring,
    #[serde(default)]
    pub status: Status,
    /// What they could help with.
    #[serde(default)]
    pub helps_with: Vec<LifeDomain>,
    /// Anything else worth remembering about this person.
    #[serde(default)]
    pub note: String,
}

impl Person {
    /// The name as lists show it (trimmed), or `no_name` while the person has none.
    pub fn shown_name(&self, no_name: &str) -> String {
        let name = self.name.trim();
        if name.is_empty() { no_name } else { name }.to_string()
    }

    /// Turns a life domain on or off in [`Person::helps_with`], kept in the order of `LifeDomain::ALL`.
    pub fn toggle_help(&mut self, domain: LifeDomain, on: bool) {
        self.helps_with.retain(|d| *d != domain);
        if on {
            let at = self.helps_with.iter().position(|d| *d > domain).unwrap_or(self.helps_with.len());
            self.helps_with.insert(at, domain);
        }
    }

    /// The part of a person a snapshot keeps.
    pub fn entry(&self) -> MapEntry {
        MapEntry { person: self.id, name: self.name.clone(), group: self.group, now: self.now, before: self.before, status: self.status }
    }
}

/// One person as drawn on the map: what a snapshot keeps per person. The name and group are
/// copied too, so a snapshot still shows someone who was later removed from the network.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MapEntry {
    pub person: NetId,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub group: Group,
    #[serde(default)]
    pub now: Ring,
    #[serde(default)]
    pub before: Ring,
    #[serde(default)]
    pub status: Status,
}

impl MapEntry {
    /// The ring to draw for "now" or "before".
    pub fn ring(&self, view: MapView) -> Ring {
        match view {
            MapView::Now => self.now,
            MapView::Before => self.before,
        }
    }
}

/// Which closeness the map shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum MapView {
    #[default]
    Now,
    Before,
}

/// The map as it was at one moment, e.g. at a reading of the support plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub id: NetId,
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// "Start", "Ondersteuningsplan", "Evaluatie 1", … (free text).
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub entries: Vec<MapEntry>,
}

/// What a stop on the walk is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StopTarget {
    /// Someone from the network.
    Person(NetId),
    /// A place (or someone who is not on the map), in the young person's words.
    Place(String),
}

impl Default for StopTarget {
    fn default() -> Self {
        StopTarget::Place(String::new())
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StopState {
    #[default]
    Planned,
    Visited,
}

/// One stop on the walk.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stop {
    pub id: NetId,
    #[serde(default)]
    pub target: StopTarget,
    #[serde(default)]
    pub state: StopState,
    #[serde(default)]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub note: String,
}

/// Up or down in the walk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Network {
    /// People in the order they were added.
    #[serde(default)]
    pub people: Vec<Person>,
    /// Snapshots, oldest first.
    #[serde(default)]
    pub snapshots: Vec<Snapshot>,
    /// The walk, in the order the young person chose.
    #[serde(default)]
    pub walk: Vec<Stop>,
    /// The next id to hand out (shared by people, stops and snapshots).
    #[serde(default)]
    pub next_id: NetId,
}

/// What [`Network::remove_person`] took away, to put it back.
#[derive(Clone, Debug, PartialEq)]
pub struct RemovedPerson {
    pub index: usize,
    pub person: Person,
    /// Stops on the walk that visited this person.
    pub stops: Vec<NetId>,
}

/// One difference between two versions of the map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// On the map in the later version only.
    Added { name: String },
    /// In the earlier version only.
    Removed { name: String },
    /// Now-ring moved (closer or further).
    Ring { name: String, from: Ring, to: Ring },
    Status { name: String, from: Status, to: Status },
}

impl Network {
    fn fresh_id(&mut self) -> NetId {
        let used = self
            .people
            .iter()
            .map(|p| p.id)
            .chain(self.walk.iter().map(|s| s.id))
            .chain(self.snapshots.iter().map(|s| s.id))
            .map(|id| id + 1)
            .max()
            .unwrap_or(0);
        let id = self.next_id.max(used);
        self.next_id = id + 1;
        id
    }

    /// Adds a person (its id is replaced by a fresh one) and returns the id.
    pub fn add_person(&mut self, mut person: Person) -> NetId {
        person.id = self.fresh_id();
        person.name = clean_name(&person.name);
        let id = person.id;
        self.people.push(person);
        id
    }

    pub fn person(&self, id: NetId) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    pub fn person_mut(&mut self, id: NetId) -> Option<&mut Person> {
        self.people.iter_mut().find(|p| p.id == id)
    }

    /// Removes a person. Stops on the walk that visit them keep the name as a place, so the walk
    /// loses nothing; snapshots keep their own copy. The result can undo the removal.
    pub fn remove_person(&mut self, id: NetId) -> Option<RemovedPerson> {
        let index = self.people.iter().position(|p| p.id == id)?;
        let person = self.people.remove(index);
        let mut stops = Vec::new();
        for stop in &mut self.walk {
            if stop.target == StopTarget::Person(id) {
                stop.target = StopTarget::Place(person.name.clone());
                stops.push(stop.id);
            }
        }
        Some(RemovedPerson { index, person, stops })
    }

    /// Undoes [`Network::remove_person`]: the person comes back where they were, and their stops
    /// on the walk point to them again. Does nothing if the id is in use again.
    pub fn restore_person(&mut self, removed: RemovedPerson) {
        let RemovedPerson { index, person, stops } = removed;
        if self.person(person.id).is_some() {
            return;
        }
        for stop in &mut self.walk {
            if stops.contains(&stop.id) {
                stop.target = StopTarget::Person(person.id);
            }
        }
        self.next_id = self.next_id.max(person.id + 1);
        let i = index.min(self.people.len());
        self.people.insert(i, person);
    }

    /// The map as it is now.
    pub fn entries(&self) -> Vec<MapEntry> {
        self.people.iter().map(Person::entry).collect()
    }

    /// Keeps a copy of the map as it is now and returns the snapshot's id.
    pub fn take_snapshot(&mut self, date: Option<NaiveDate>, label: &str) -> NetId {
        let id = self.fresh_id();
        let entries = self.entries();
        self.snapshots.push(Snapshot { id, date, label: clean_name(label), entries });
        id
    }

    pub fn remove_snapshot(&mut self, id: NetId) -> Option<Snapshot> {
        let i = self.snapshots.iter().position(|s| s.id == id)?;
        Some(self.snapshots.remove(i))
    }

    /// The stored versions of the map, oldest first (the screen adds "now" after them).
    pub fn versions(&self) -> Vec<&[MapEntry]> {
        self.snapshots.iter().map(|s| s.entries.as_slice()).collect()
    }

    /// Adds a stop at the end of the walk and returns its id.
    pub fn add_stop(&mut self, target: StopTarget) -> NetId {
        let id = self.fresh_id();
        let target = match target {
            StopTarget::Place(s) => StopTarget::Place(clean_name(&s)),
            t => t,
        };
        self.walk.push(Stop { id, target, ..Stop::default() });
        id
    }

    pub fn stop_mut(&mut self, id: NetId) -> Option<&mut Stop> {
        self.walk.iter_mut().find(|s| s.id == id)
    }

    pub fn remove_stop(&mut self, id: NetId) -> Option<(usize, Stop)> {
        let i = self.walk.iter().position(|s| s.id == id)?;
        Some((i, self.walk.remove(i)))
    }

    /// Puts a removed stop back where it was (undo).
    pub fn restore_stop(&mut self, index: usize, stop: Stop) {
        if self.walk.iter().any(|s| s.id == stop.id) {
            return;
        }
        self.next_id = self.next_id.max(stop.id + 1);
        let i = index.min(self.walk.len());
        self.walk.insert(i, stop);
    }

    /// Moves a stop one place up or down; returns false at the top or bottom (nothing changes).
    pub fn move_stop(&mut self, id: NetId, direction: Move) -> bool {
        let Some(i) = self.walk.iter().position(|s| s.id == id) else { return false };
        let j = match direction {
            Move::Up if i > 0 => i - 1,
            Move::Down if i + 1 < self.walk.len() => i + 1,
            _ => return false,
        };
        self.walk.swap(i, j);
        true
    }

    /// The name shown for a stop: the person's current name, or the place.
    pub fn stop_name<'a>(&'a self, stop: &'a Stop) -> Option<&'a str> {
        match &stop.target {
            StopTarget::Person(id) => self.person(*id).map(|p| p.name.as_str()),
            StopTarget::Place(s) => Some(s.as_str()),
        }
    }

    /// People whose contact is broken or is to be restored: the breaks to work on.
    pub fn breaks(&self) -> Vec<&Person> {
        self.people.iter().filter(|p| matches!(p.status, Status::Broken | Status::ToRestore)).collect()
    }
}

/// The differences from `earlier` to `later`, in the order of `later` (then what was removed).
/// Matches people by id; a changed name is not a change on the map.
pub fn compare(earlier: &[MapEntry], later: &[MapEntry]) -> Vec<Change> {
    let mut out = Vec::new();
    for e in later {
        match earlier.iter().find(|x| x.person == e.person) {
            None if e.now != Ring::Absent => out.push(Change::Added { name: e.name.clone() }),
            None => {}
            Some(x) => {
                if x.now != e.now {
                    out.push(match (x.now, e.now) {
                        (Ring::Absent, _) => Change::Added { name: e.name.clone() },
                        (_, Ring::Absent) => Change::Removed { name: e.name.clone() },
                        (from, to) => Change::Ring { name: e.name.clone(), from, to },
                    });
                }
                if x.status != e.status {
                    out.push(Change::Status { name: e.name.clone(), from: x.status, to: e.status });
                }
            }
        }
    }
    for x in earlier {
        if x.now != Ring::Absent && !later.iter().any(|e| e.person == x.person) {
            out.push(Change::Removed { name: x.name.clone() });
        }
    }
    out
}

/// Trims, collapses whitespace and caps a name or label at [`MAX_NAME_CHARS`].
pub fn clean_name(s: &str) -> String {
    super::text::clean_line(s, MAX_NAME_CHARS)
}

/// Caps a free text (a note) without touching its line breaks.
pub fn clean_note(s: &str) -> String {
    cap_text(s)
}

/// A network of `n` varied people with a few snapshots and a walk, the same for the same `seed`:
/// for benchmarks, demo data and tests.
pub fn sample_network(n: usize, seed: u32) -> Network {
    const NAMES: [&str; 12] =
        ["Mama", "Papa", "Oma Mia", "Tante Rita", "Jonas", "Sara", "Buurvrouw Lea", "Meester Tom", "Coach Ali", "Kim", "Dokter Peeters", "Youssef"];
    let mut rng = seed.wrapping_mul(2_246_822_519).wrapping_add(3);
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 17;
        rng ^= rng << 5;
        rng
    };
    let mut net = Network::default();
    for i in 0..n {
        let r = next();
        let person = Person {
            id: 0,
            name: format!("{} {}", NAMES[i % NAMES.len()], i + 1),
            group: Group::ALL[(r % 6) as usize],
            now: Ring::ALL[(r / 6 % 4) as usize],
            before: Ring::ALL[(r / 24 % 4) as usize],
            status: Status::ALL[(r / 96 % 4) as usize],
            helps_with: LifeDomain::ALL.iter().copied().filter(|d| (r >> (*d as u32 + 9)) & 3 == 0).collect(),
            note: String::new(),
        };
        net.add_person(person);
        if i == n / 3 || i == 2 * n / 3 {
            let label = if i == n / 3 { "Start" } else { "Ondersteuningsplan" };
            net.take_snapshot(NaiveDate::from_ymd_opt(2026, 1 + (i % 12) as u32, 10), label);
        }
    }
    let ids: Vec<NetId> = net.people.iter().map(|p| p.id).take(8).collect();
    for id in ids {
        net.add_stop(StopTarget::Person(id));
    }
    net.add_stop(StopTarget::Place("De oude school".into()));
    net
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, group: Group, now: Ring, status: Status) -> Person {
        Person { name: name.into(), group, now, before: Ring::Far, status, ..Person::default() }
    }

    #[test]
    fn a_person_without_a_name_shows_the_placeholder() {
        let named = person(" Jonas ", Group::Friends, Ring::Close, Status::Active);
        assert_eq!(named.shown_name("Iemand zonder naam"), "Jonas");
        let blank = person("  ", Group::Friends, Ring::Close, Status::Active);
        assert_eq!(blank.shown_name("Iemand zonder naam"), "Iemand zonder naam");
    }

    #[test]
    fn people_get_unique_ids_and_clean_names() {
        let mut n = Network::default();
        let a = n.add_person(person("  Oma   Mia ", Group::Family, Ring::Close, Status::Active));
        let b = n.add_person(person(&"x".repeat(200), Group::Friends, Ring::Far, Status::Broken));
        assert_ne!(a, b);
        assert_eq!(n.person(a).unwrap().name, "Oma Mia");
        assert_eq!(n.person(b).unwrap().name.chars().count(), MAX_NAME_CHARS);
        n.remove_person(b);
        let c = n.add_person(Person::default());
        assert_ne!(b, c, "ids are never reused");
    }

    #[test]
    fn ring_and_status_changes_show_between_snapshots() {
        let mut n = Network::default();
        let mama = n.add_person(person("Mama", Group::Family, Ring::Far, Status::Broken));
        let jonas = n.add_person(person("Jonas", Group::Friends, Ring::Close, Status::Active));
        let lea = n.add_person(person("Lea", Group::Neighbours, Ring::Middle, Status::Active));
        n.take_snapshot(NaiveDate::from_ymd_opt(2026, 2, 1), "Start");
        {
            let m = n.person_mut(mama).unwrap();
            m.now = Ring::Middle;
            m.status = Status::ToRestore;
        }
        n.take_snapshot(NaiveDate::from_ymd_opt(2026, 5, 1), "Evaluatie 1");
        n.person_mut(mama).unwrap().status = Status::Restored;
        n.person_mut(mama).unwrap().now = Ring::Close;
        n.person_mut(jonas).unwrap().now = Ring::Absent;
        n.remove_person(lea);
        n.add_person(person("Coach Ali", Group::Professionals, Ring::Middle, Status::Active));
        n.take_snapshot(NaiveDate::from_ymd_opt(2026, 8, 1), "Evaluatie 2");

        // The snapshots keep what was true then.
        let first = &n.snapshots[0].entries;
        assert_eq!(first.iter().find(|e| e.person == mama).unwrap().now, Ring::Far);
        assert_eq!(first.iter().find(|e| e.person == mama).unwrap().status, Status::Broken);
        assert_eq!(n.snapshots[1].entries.iter().find(|e| e.person == mama).unwrap().now, Ring::Middle);

        let v = n.versions();
        assert_eq!(v.len(), 3);
        assert_eq!(
            compare(v[0], v[1]),
            vec![
                Change::Ring { name: "Mama".into(), from: Ring::Far, to: Ring::Middle },
                Change::Status { name: "Mama".into(), from: Status::Broken, to: Status::ToRestore },
            ]
        );
        assert_eq!(
            compare(v[1], v[2]),
            vec![
                Change::Ring { name: "Mama".into(), from: Ring::Middle, to: Ring::Close },
                Change::Status { name: "Mama".into(), from: Status::ToRestore, to: Status::Restored },
                Change::Removed { name: "Jonas".into() },
                Change::Added { name: "Coach Ali".into() },
                Change::Removed { name: "Lea".into() },
            ]
        );
        assert!(compare(v[2], &n.entries()).is_empty(), "nothing changed since the last snapshot");
        // A removed person stays visible in older snapshots.
        assert!(n.snapshots[0].entries.iter().any(|e| e.name == "Lea"));
    }

    #[test]
    fn someone_back_in_the_picture_counts_as_added() {
        let a = MapEntry { person: 1, name: "Kim".into(), group: Group::Friends, now: Ring::Absent, before: Ring::Close, status: Status::Broken };
        let b = MapEntry { now: Ring::Far, status: Status::Restored, ..a.clone() };
        assert_eq!(
            compare(&[a], &[b]),
            vec![
                Change::Added { name: "Kim".into() },
                Change::Status { name: "Kim".into(), from: Status::Broken, to: Status::Restored }
            ]
        );
    }

    #[test]
    fn the_walk_reorders_with_up_and_down() {
        let mut n = Network::default();
        let oma = n.add_person(person("Oma", Group::Family, Ring::Close, Status::Active));
        let s1 = n.add_stop(StopTarget::Person(oma));
        let s2 = n.add_stop(StopTarget::Place("  Oude   school ".into()));
        let s3 = n.add_stop(StopTarget::Place("Voetbalclub".into()));
        let order = |n: &Network| n.walk.iter().map(|s| s.id).collect::<Vec<_>>();
        assert!(n.move_stop(s3, Move::Up));
        assert_eq!(order(&n), [s1, s3, s2]);
        assert!(n.move_stop(s1, Move::Down));
        assert_eq!(order(&n), [s3, s1, s2]);
        assert!(!n.move_stop(s3, Move::Up), "the first cannot go up");
        assert!(!n.move_stop(s2, Move::Down), "the last cannot go down");
        assert!(!n.move_stop(999, Move::Up));
        assert_eq!(order(&n), [s3, s1, s2]);
        assert_eq!(n.stop_name(&n.walk[2]), Some("Oude school"));
        let (i, stop) = n.remove_stop(s1).unwrap();
        assert_eq!(order(&n), [s3, s2]);
        n.restore_stop(i, stop);
        assert_eq!(order(&n), [s3, s1, s2]);
    }

    #[test]
    fn removing_a_person_keeps_their_stop_as_a_place() {
        let mut n = Network::default();
        let oma = n.add_person(person("Oma Mia", Group::Family, Ring::Close, Status::Active));
        let s = n.add_stop(StopTarget::Person(oma));
        n.stop_mut(s).unwrap().note = "Koffie gedronken".into();
        assert_eq!(n.stop_name(&n.walk[0]), Some("Oma Mia"));
        let other = n.add_stop(StopTarget::Place("Oma Mia".into()));
        let removed = n.remove_person(oma).unwrap();
        assert_eq!(n.walk[0].target, StopTarget::Place("Oma Mia".into()));
        assert_eq!(n.walk[0].note, "Koffie gedronken");
        // Undo brings the person back and links their stop again (not the other place).
        n.restore_person(removed.clone());
        assert_eq!(n.person(oma).unwrap().name, "Oma Mia");
        assert_eq!(n.walk[0].target, StopTarget::Person(oma));
        assert_eq!(n.walk.iter().find(|s| s.id == other).unwrap().target, StopTarget::Place("Oma Mia".into()));
        n.restore_person(removed);
        assert_eq!(n.people.len(), 1, "undo twice does not duplicate");
    }

    #[test]
    fn breaks_are_the_broken_and_to_restore_contacts() {
        let mut n = Network::default();
        n.add_person(person("A", Group::Family, Ring::Far, Status::Broken));
        n.add_person(person("B", Group::Family, Ring::Far, Status::Active));
        n.add_person(person("C", Group::Family, Ring::Far, Status::ToRestore));
        n.add_person(person("D", Group::Family, Ring::Far, Status::Restored));
        let names: Vec<_> = n.breaks().iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["A", "C"]);
    }

    #[test]
    fn help_domains_toggle_and_stay_sorted() {
        let mut p = Person::default();
        p.toggle_help(LifeDomain::Inkomen, true);
        p.toggle_help(LifeDomain::Wonen, true);
        p.toggle_help(LifeDomain::Wonen, true);
        assert_eq!(p.helps_with, [LifeDomain::Wonen, LifeDomain::Inkomen]);
        p.toggle_help(LifeDomain::Wonen, false);
        assert_eq!(p.helps_with, [LifeDomain::Inkomen]);
    }

    #[test]
    fn serde_round_trip_and_old_files_load() {
        let n = sample_network(20, 5);
        let json = serde_json::to_string(&n).unwrap();
        assert!(json.contains(r#""target":{"person":"#), "{json}");
        assert!(json.contains(r#""target":{"place":"De oude school"}"#));
        let back: Network = serde_json::from_str(&json).unwrap();
        assert_eq!(back, n);
        // A person stored with only an id and a name still loads, with defaults.
        let old: Network = serde_json::from_str(r#"{"people":[{"id":3,"name":"Kim"}]}"#).unwrap();
        assert_eq!(old.people[0].group, Group::Other);
        assert_eq!(old.people[0].now, Ring::Middle);
        let mut old = old;
        assert_eq!(old.add_person(Person::default()), 4);
    }

    #[test]
    fn the_sample_is_stable_and_varied() {
        let n = sample_network(150, 1);
        assert_eq!(n, sample_network(150, 1));
        assert_eq!(n.people.len(), 150);
        assert_eq!(n.snapshots.len(), 2);
        for g in Group::ALL {
            assert!(n.people.iter().any(|p| p.group == g));
        }
        for r in Ring::ALL {
            assert!(n.people.iter().any(|p| p.now == r));
        }
        for s in Status::ALL {
            assert!(n.people.iter().any(|p| p.status == s));
        }
    }
}
