//! The support plan (ondersteuningsplan, source §2.5): per life domain the young person scores
//! their own situation and links SMART actions to it. At six weeks that is the first reading; at
//! each quarterly evaluation the same document is continued with a new reading, so the evolution
//! shows; the closing report looks back over the whole year.
//!
//! - [`topic`]: life domains and own themes (the axes of the web)
//! - [`reading`]: readings, scores and the coach's view beside them
//! - [`action`]: SMART actions
//! - [`evolution`]: first / previous / current per domain, deltas, arrows
//! - [`kpi`]: the programme's indicators for the closing report
//! - [`radar`]: the spider web's geometry, in integer SVG coordinates
//! - [`demo`]: a heavy generated plan for the benchmark
//!
//! Hooks for other parts: the trajectory reads [`SupportPlan::readings`] (kind + date) to mark
//! milestones done; the Good Lives worksheet tags [`Action::good`].

pub mod action;
pub mod demo;
pub mod evolution;
pub mod kpi;
pub mod radar;
pub mod reading;
pub mod topic;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use action::{Action, ActionStatus, Who, WhoKind};
pub use evolution::{evolution, evolution_of, TopicEvolution, Trend};
pub use kpi::{Answer, ClosingKpis, Indicator, Kpi};
pub use reading::{Entry, Reading, ReadingKind, Score};
pub use topic::{OwnTheme, TopicId};

use super::LifeDomain;

/// Someone the young person can call; printed on "Mijn plan".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub id: u32,
    #[serde(default)]
    pub name: String,
    /// What for ("als ik geen slaapplek heb").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub why: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
}

pub const MAX_CONTACT_CHARS: usize = 80;

/// Where the "geef de gsm door" flow stands, saved with every step so a reload resumes there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandoverMark {
    /// The reading being filled in.
    pub reading: u32,
    pub at: HandoverAt,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HandoverAt {
    Intro,
    Topic(TopicId),
    Summary,
}

/// One young person's support plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SupportPlan {
    /// Domains and own themes switched off for this young person. Their history stays.
    #[serde(default)]
    pub switched_off: Vec<TopicId>,
    /// "Wat ik zelf wil bespreken", in the order they were added.
    #[serde(default)]
    pub own_themes: Vec<OwnTheme>,
    /// All readings, oldest first.
    #[serde(default)]
    pub readings: Vec<Reading>,
    #[serde(default)]
    pub actions: Vec<Action>,
    /// Who to call (for "Mijn plan").
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// Indicators and aftercare for the closing report.
    #[serde(default)]
    pub closing: ClosingKpis,
    /// An unfinished hand-over flow.
    #[serde(default)]
    pub handover: Option<HandoverMark>,
    /// The next id for readings, actions, themes and contacts (one counter: ids never repeat).
    #[serde(default)]
    pub next_id: u32,
}

impl SupportPlan {
    // ----- ids -----

    /// A new id, above every id in use (also when the counter was lost, e.g. in a hand-made file).
    pub fn fresh_id(&mut self) -> u32 {
        let used = self
            .readings
            .iter()
            .map(|r| r.id)
            .chain(self.actions.iter().map(|a| a.id))
            .chain(self.own_themes.iter().map(|t| t.id))
            .chain(self.contacts.iter().map(|c| c.id))
            .max()
            .map_or(0, |m| m + 1);
        let id = self.next_id.max(used);
        self.next_id = id + 1;
        id
    }

    // ----- domains and own themes -----

    /// Every topic this plan knows: the life domains in the source's order, then own themes.
    pub fn topics(&self) -> Vec<TopicId> {
        LifeDomain::ALL
            .into_iter()
            .map(TopicId::Domain)
            .chain(self.own_themes.iter().map(|t| TopicId::Own(t.id)))
            .collect()
    }

    pub fn exists(&self, t: TopicId) -> bool {
        match t {
            TopicId::Domain(_) => true,
            TopicId::Own(id) => self.own_themes.iter().any(|x| x.id == id),
        }
    }

    pub fn is_active(&self, t: TopicId) -> bool {
        self.exists(t) && !self.switched_off.contains(&t)
    }

    /// The topics on the web and in the hand-over flow.
    pub fn active_topics(&self) -> Vec<TopicId> {
        self.topics().into_iter().filter(|t| !self.switched_off.contains(t)).collect()
    }

    /// Switches a topic on or off. Switching off keeps every score and action.
    pub fn set_active(&mut self, t: TopicId, on: bool) {
        self.switched_off.retain(|x| *x != t);
        if !on && self.exists(t) {
            self.switched_off.push(t);
        }
    }

    /// Something was ever said or agreed about this topic.
    pub fn has_history(&self, t: TopicId) -> bool {
        self.readings.iter().any(|r| r.entry(t).is_some_and(|e| !e.is_blank())) || self.actions.iter().any(|a| a.topic == t)
    }

    /// Switched-off topics that still have scores or actions: shown apart, never lost.
    pub fn switched_off_with_history(&self) -> Vec<TopicId> {
        self.topics().into_iter().filter(|t| !self.is_active(*t) && self.has_history(*t)).collect()
    }

    pub fn theme_name(&self, id: u32) -> Option<&str> {
        self.own_themes.iter().find(|t| t.id == id).map(|t| t.name.as_str())
    }

    /// Adds an own theme; `None` when the name is empty.
    pub fn add_theme(&mut self, name: &str) -> Option<TopicId> {
        let name = topic::clean_line(name, topic::MAX_THEME_CHARS);
        if name.is_empty() {
            return None;
        }
        let id = self.fresh_id();
        self.own_themes.push(OwnTheme { id, name });
        Some(TopicId::Own(id))
    }

    pub fn rename_theme(&mut self, id: u32, name: &str) {
        if let Some(t) = self.own_themes.iter_mut().find(|t| t.id == id) {
            t.name = topic::clean_line(name, topic::MAX_THEME_CHARS);
        }
    }

    /// Removes an own theme that has no history; one with history can only be switched off.
    pub fn remove_theme(&mut self, id: u32) -> bool {
        let t = TopicId::Own(id);
        if self.has_history(t) {
            return false;
        }
        let before = self.own_themes.len();
        self.own_themes.retain(|x| x.id != id);
        self.switched_off.retain(|x| *x != t);
        for r in &mut self.readings {
            r.entries.remove(&t);
        }
        self.own_themes.len() != before
    }

    // ----- readings -----

    pub fn latest(&self) -> Option<&Reading> {
        self.readings.last()
    }

    pub fn reading(&self, id: u32) -> Option<&Reading> {
        self.readings.iter().find(|r| r.id == id)
    }

    pub fn reading_index(&self, id: u32) -> Option<usize> {
        self.readings.iter().position(|r| r.id == id)
    }

    /// The first reading of `kind` (for the trajectory: "is the support plan there?").
    pub fn reading_of_kind(&self, kind: ReadingKind) -> Option<&Reading> {
        self.readings.iter().find(|r| r.kind == kind)
    }

    /// What the next reading normally is.
    pub fn suggested_next_kind(&self) -> ReadingKind {
        match self.latest() {
            None => ReadingKind::SupportPlan,
            Some(r) => {
                let mut k = r.kind.next();
                // Skip moments that were already held (e.g. an interim reading between evaluations).
                while k != ReadingKind::Interim && self.reading_of_kind(k).is_some() {
                    k = k.next();
                }
                k
            }
        }
    }

    /// Starts a new reading as a copy of the previous one, so only what changed needs touching.
    /// Only active topics are carried over: a switched-off domain keeps its history but does
    /// not continue. Returns the new reading's id.
    pub fn start_reading(&mut self, kind: ReadingKind, date: Option<NaiveDate>) -> u32 {
        let id = self.fresh_id();
        let entries = match self.readings.last() {
            None => Default::default(),
            Some(prev) => prev
                .entries
                .iter()
                .filter(|(t, e)| self.is_active(**t) && !e.is_blank())
                .map(|(t, e)| (*t, Entry { carried: true, ..e.clone() }))
                .collect(),
        };
        self.readings.push(Reading { id, kind, date, entries });
        // An unfinished hand-over round on an older reading is over: the new one is current.
        self.handover = None;
        id
    }

    /// Deletes a reading (a mistake); references to it are cleared.
    pub fn remove_reading(&mut self, id: u32) -> bool {
        let before = self.readings.len();
        self.readings.retain(|r| r.id != id);
        for a in &mut self.actions {
            if a.reviewed_at == Some(id) {
                a.reviewed_at = None;
            }
            if a.added_at == Some(id) {
                a.added_at = None;
            }
        }
        if self.handover.is_some_and(|h| h.reading == id) {
            self.handover = None;
        }
        self.readings.len() != before
    }

    pub fn set_reading_date(&mut self, id: u32, date: Option<NaiveDate>) {
        if let Some(r) = self.readings.iter_mut().find(|r| r.id == id) {
            r.date = date;
        }
    }

    pub fn set_reading_kind(&mut self, id: u32, kind: ReadingKind) {
        if let Some(r) = self.readings.iter_mut().find(|r| r.id == id) {
            r.kind = kind;
        }
    }

    pub fn entry(&self, reading: u32, topic: TopicId) -> Option<&Entry> {
        self.reading(reading).and_then(|r| r.entry(topic))
    }

    /// Changes one entry; it no longer counts as carried over. A blank entry is dropped.
    /// Returns `false` if the reading does not exist.
    pub fn update_entry(&mut self, reading: u32, topic: TopicId, change: impl FnOnce(&mut Entry)) -> bool {
        let Some(r) = self.readings.iter_mut().find(|r| r.id == reading) else { return false };
        let e = r.entries.entry(topic).or_default();
        change(e);
        e.carried = false;
        if e.is_blank() {
            r.entries.remove(&topic);
        }
        true
    }

    pub fn set_score(&mut self, reading: u32, topic: TopicId, score: Score) -> bool {
        let score = match score {
            Score::Value(v) => Score::Value(v.min(reading::MAX_SCORE)),
            s => s,
        };
        self.update_entry(reading, topic, |e| e.score = score)
    }

    pub fn set_words(&mut self, reading: u32, topic: TopicId, words: &str) -> bool {
        let words = topic::cap_text(words, reading::MAX_WORDS_CHARS);
        self.update_entry(reading, topic, |e| e.words = words)
    }

    pub fn set_coach(&mut self, reading: u32, topic: TopicId, coach: Option<u8>) -> bool {
        self.update_entry(reading, topic, |e| e.coach = coach.map(|v| v.min(reading::MAX_SCORE)))
    }

    pub fn set_coach_note(&mut self, reading: u32, topic: TopicId, note: &str) -> bool {
        let note = topic::cap_text(note, reading::MAX_WORDS_CHARS);
        self.update_entry(reading, topic, |e| e.coach_note = note)
    }

    // ----- actions -----

    /// Adds an empty open action for `topic`; returns its id.
    pub fn add_action(&mut self, topic: TopicId) -> u32 {
        let id = self.fresh_id();
        let mut a = Action::new(id, topic);
        a.added_at = self.latest().map(|r| r.id);
        self.actions.push(a);
        id
    }

    pub fn action(&self, id: u32) -> Option<&Action> {
        self.actions.iter().find(|a| a.id == id)
    }

    pub fn action_mut(&mut self, id: u32) -> Option<&mut Action> {
        self.actions.iter_mut().find(|a| a.id == id)
    }

    pub fn remove_action(&mut self, id: u32) -> bool {
        let before = self.actions.len();
        self.actions.retain(|a| a.id != id);
        self.actions.len() != before
    }

    pub fn overdue_actions(&self, today: NaiveDate) -> Vec<&Action> {
        self.actions.iter().filter(|a| a.is_overdue(today)).collect()
    }

    pub fn open_actions(&self) -> Vec<&Action> {
        self.actions.iter().filter(|a| a.status == ActionStatus::Open).collect()
    }

    pub fn actions_for(&self, topic: TopicId) -> Vec<&Action> {
        self.actions.iter().filter(|a| a.topic == topic).collect()
    }

    /// Marks an action as talked about at the latest reading (or clears that).
    pub fn mark_reviewed(&mut self, id: u32, reviewed: bool) {
        let latest = self.latest().map(|r| r.id);
        if let Some(a) = self.action_mut(id) {
            a.reviewed_at = if reviewed { latest } else { None };
        }
    }

    /// Whether the action was reviewed at the latest reading.
    pub fn is_reviewed_now(&self, a: &Action) -> bool {
        self.latest().is_some_and(|r| a.reviewed_at == Some(r.id))
    }

    /// Open actions from before the latest evaluation that were not talked about in it yet.
    /// Empty while there is only one reading: the support plan itself makes the actions.
    pub fn needs_review(&self) -> Vec<&Action> {
        let Some(latest) = self.latest() else { return Vec::new() };
        if self.readings.len() < 2 {
            return Vec::new();
        }
        self.actions
            .iter()
            .filter(|a| a.status == ActionStatus::Open && a.reviewed_at != Some(latest.id) && a.added_at != Some(latest.id))
            .collect()
    }

    // ----- contacts -----

    pub fn add_contact(&mut self) -> u32 {
        let id = self.fresh_id();
        self.contacts.push(Contact { id, name: String::new(), why: String::new(), phone: String::new() });
        id
    }

    pub fn remove_contact(&mut self, id: u32) {
        self.contacts.retain(|c| c.id != id);
    }

    // ----- the hand-over flow -----

    /// Where to pick up an unfinished hand-over: the saved step if it still makes sense,
    /// otherwise `None` (start at the beginning).
    pub fn resume_handover(&self) -> Option<HandoverMark> {
        let mark = self.handover?;
        self.reading(mark.reading)?;
        match mark.at {
            HandoverAt::Topic(t) if !self.is_active(t) => Some(HandoverMark { at: HandoverAt::Intro, ..mark }),
            _ => Some(mark),
        }
    }

    /// The step after `at` in the flow over the active topics.
    pub fn handover_next(&self, at: HandoverAt) -> HandoverAt {
        let topics = self.active_topics();
        match at {
            HandoverAt::Intro => topics.first().map_or(HandoverAt::Summary, |t| HandoverAt::Topic(*t)),
            HandoverAt::Topic(t) => match topics.iter().position(|x| *x == t) {
                Some(i) if i + 1 < topics.len() => HandoverAt::Topic(topics[i + 1]),
                _ => HandoverAt::Summary,
            },
            HandoverAt::Summary => HandoverAt::Summary,
        }
    }

    /// The step before `at`.
    pub fn handover_prev(&self, at: HandoverAt) -> HandoverAt {
        let topics = self.active_topics();
        match at {
            HandoverAt::Intro => HandoverAt::Intro,
            HandoverAt::Topic(t) => match topics.iter().position(|x| *x == t) {
                Some(i) if i > 0 => HandoverAt::Topic(topics[i - 1]),
                _ => HandoverAt::Intro,
            },
            HandoverAt::Summary => topics.last().map_or(HandoverAt::Intro, |t| HandoverAt::Topic(*t)),
        }
    }

    /// "3 of 12": the 1-based position of a topic step and the number of topics.
    pub fn handover_position(&self, at: HandoverAt) -> (usize, usize) {
        let topics = self.active_topics();
        let n = topics.len();
        match at {
            HandoverAt::Intro => (0, n),
            HandoverAt::Topic(t) => (topics.iter().position(|x| *x == t).map_or(0, |i| i + 1), n),
            HandoverAt::Summary => (n, n),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }
    const WONEN: TopicId = TopicId::Domain(LifeDomain::Wonen);
    const NETWERK: TopicId = TopicId::Domain(LifeDomain::Netwerk);
    const RECIDIVE: TopicId = TopicId::Domain(LifeDomain::Recidive);

    #[test]
    fn a_new_plan_has_every_domain_active_and_no_readings() {
        let p = SupportPlan::default();
        assert_eq!(p.active_topics().len(), LifeDomain::ALL.len());
        assert!(p.latest().is_none());
        assert_eq!(p.suggested_next_kind(), ReadingKind::SupportPlan);
        assert!(p.needs_review().is_empty());
        assert!(p.switched_off_with_history().is_empty());
        assert!(p.resume_handover().is_none());
    }

    #[test]
    fn domains_switch_off_and_own_themes_join_the_web() {
        let mut p = SupportPlan::default();
        p.set_active(RECIDIVE, false);
        assert!(!p.active_topics().contains(&RECIDIVE));
        assert_eq!(p.active_topics().len(), 12);
        let own = p.add_theme("  mijn   hond ").unwrap();
        assert_eq!(p.add_theme("   "), None, "an empty theme is not added");
        assert_eq!(p.theme_name(match own { TopicId::Own(n) => n, _ => unreachable!() }), Some("mijn hond"));
        assert_eq!(*p.active_topics().last().unwrap(), own, "own themes come after the domains");
        p.set_active(own, false);
        assert!(!p.is_active(own));
        p.set_active(own, true);
        p.set_active(RECIDIVE, true);
        assert_eq!(p.active_topics().len(), 14);
        // Switching on twice or off twice does not duplicate.
        p.set_active(WONEN, false);
        p.set_active(WONEN, false);
        assert_eq!(p.switched_off, [WONEN]);
        // An unknown theme cannot be switched off.
        p.set_active(TopicId::Own(999), false);
        assert_eq!(p.switched_off, [WONEN]);
    }

    #[test]
    fn a_new_reading_starts_as_a_copy_of_the_previous_one() {
        let mut p = SupportPlan::default();
        let first = p.start_reading(ReadingKind::SupportPlan, Some(d(2026, 2, 1)));
        p.set_score(first, WONEN, Score::Value(3));
        p.set_words(first, WONEN, "Ik slaap bij een vriend");
        p.set_coach(first, WONEN, Some(4));
        p.set_score(first, NETWERK, Score::NotForMe);
        assert_eq!(p.suggested_next_kind(), ReadingKind::Evaluation1);

        let second = p.start_reading(ReadingKind::Evaluation1, Some(d(2026, 5, 1)));
        assert_ne!(first, second);
        let e = p.entry(second, WONEN).unwrap();
        assert_eq!(e.score, Score::Value(3));
        assert_eq!(e.words, "Ik slaap bij een vriend");
        assert_eq!(e.coach, Some(4));
        assert!(e.carried, "copied entries are marked as carried over");
        assert_eq!(p.entry(second, NETWERK).unwrap().score, Score::NotForMe);

        // Touching a copied entry makes it this reading's own answer; the first reading is unchanged.
        p.set_score(second, WONEN, Score::Value(7));
        assert!(!p.entry(second, WONEN).unwrap().carried);
        assert_eq!(p.entry(first, WONEN).unwrap().score, Score::Value(3));
        assert_eq!(p.readings.len(), 2);
    }

    #[test]
    fn a_skipped_domain_stays_skipped_and_is_not_carried_as_a_score() {
        let mut p = SupportPlan::default();
        let r = p.start_reading(ReadingKind::SupportPlan, None);
        p.set_score(r, WONEN, Score::Value(5));
        p.set_score(r, WONEN, Score::Skipped);
        assert!(p.entry(r, WONEN).is_none(), "a blank entry is dropped");
        p.set_score(r, NETWERK, Score::Skipped);
        p.set_words(r, NETWERK, "weet ik nog niet");
        assert_eq!(p.entry(r, NETWERK).unwrap().score, Score::Skipped);
        let r2 = p.start_reading(ReadingKind::Evaluation1, None);
        assert!(p.entry(r2, WONEN).is_none());
        assert_eq!(p.entry(r2, NETWERK).unwrap().words, "weet ik nog niet");
        // Writing to a reading that does not exist changes nothing.
        assert!(!p.set_score(999, WONEN, Score::Value(1)));
    }

    #[test]
    fn a_domain_switched_off_after_scores_keeps_its_history_and_leaves_the_web() {
        let mut p = SupportPlan::default();
        let r1 = p.start_reading(ReadingKind::SupportPlan, None);
        p.set_score(r1, RECIDIVE, Score::Value(6));
        p.set_active(RECIDIVE, false);
        assert!(!p.active_topics().contains(&RECIDIVE));
        assert_eq!(p.switched_off_with_history(), [RECIDIVE]);
        assert_eq!(p.entry(r1, RECIDIVE).unwrap().score, Score::Value(6), "history stays");
        let r2 = p.start_reading(ReadingKind::Evaluation1, None);
        assert!(p.entry(r2, RECIDIVE).is_none(), "not carried into new readings");
        let web = radar::radar_series(&p, &p.active_topics());
        assert!(web.iter().all(|s| s.values.len() == 12));
        // Switching it back on shows the old score in the evolution again.
        p.set_active(RECIDIVE, true);
        let evo = evolution_of(&p, RECIDIVE);
        assert_eq!(evo.first, Some(6));
        assert_eq!(evo.current, None);
    }

    #[test]
    fn own_themes_with_history_can_only_be_switched_off() {
        let mut p = SupportPlan::default();
        let TopicId::Own(a) = p.add_theme("Muziek").unwrap() else { unreachable!() };
        let TopicId::Own(b) = p.add_theme("Rijbewijs").unwrap() else { unreachable!() };
        let r = p.start_reading(ReadingKind::SupportPlan, None);
        p.set_score(r, TopicId::Own(a), Score::Value(8));
        assert!(!p.remove_theme(a));
        assert!(p.remove_theme(b));
        assert_eq!(p.own_themes.len(), 1);
        p.rename_theme(a, "  Muziek   maken ");
        assert_eq!(p.theme_name(a), Some("Muziek maken"));
        let id = p.add_action(TopicId::Own(a));
        assert!(p.has_history(TopicId::Own(a)));
        assert!(p.remove_action(id));
    }

    #[test]
    fn ids_never_repeat_even_after_deletes_or_a_lost_counter() {
        let mut p = SupportPlan::default();
        let a = p.add_action(WONEN);
        p.remove_action(a);
        let b = p.add_action(WONEN);
        assert_ne!(a, b);
        p.next_id = 0;
        let c = p.start_reading(ReadingKind::SupportPlan, None);
        assert!(c > b);
    }

    #[test]
    fn overdue_and_review_of_actions() {
        let today = d(2026, 6, 1);
        let mut p = SupportPlan::default();
        let r1 = p.start_reading(ReadingKind::SupportPlan, Some(d(2026, 3, 1)));
        let late = p.add_action(WONEN);
        p.action_mut(late).unwrap().due = Some(d(2026, 5, 1));
        let on_time = p.add_action(WONEN);
        p.action_mut(on_time).unwrap().due = Some(d(2026, 7, 1));
        let done = p.add_action(NETWERK);
        p.action_mut(done).unwrap().due = Some(d(2026, 4, 1));
        p.action_mut(done).unwrap().set_status(ActionStatus::Done, today);
        assert_eq!(p.action(late).unwrap().added_at, Some(r1));
        assert_eq!(p.overdue_actions(today).iter().map(|a| a.id).collect::<Vec<_>>(), [late]);
        assert_eq!(p.open_actions().len(), 2);
        assert_eq!(p.actions_for(WONEN).len(), 2);
        assert!(p.needs_review().is_empty(), "nothing to review at the first reading");

        let r2 = p.start_reading(ReadingKind::Evaluation1, Some(today));
        let new = p.add_action(NETWERK);
        assert_eq!(p.action(new).unwrap().added_at, Some(r2));
        let review: Vec<u32> = p.needs_review().iter().map(|a| a.id).collect();
        assert_eq!(review, [late, on_time], "open actions from before the evaluation");
        p.mark_reviewed(late, true);
        assert!(p.is_reviewed_now(p.action(late).unwrap()));
        assert_eq!(p.needs_review().len(), 1);
        p.mark_reviewed(late, false);
        assert_eq!(p.needs_review().len(), 2);
        // Deleting the reading clears the references to it.
        p.mark_reviewed(late, true);
        p.remove_reading(r2);
        assert_eq!(p.action(late).unwrap().reviewed_at, None);
        assert_eq!(p.action(new).unwrap().added_at, None);
    }

    #[test]
    fn suggested_kind_skips_moments_already_held() {
        let mut p = SupportPlan::default();
        p.start_reading(ReadingKind::SupportPlan, None);
        p.start_reading(ReadingKind::Evaluation1, None);
        p.start_reading(ReadingKind::Interim, None);
        assert_eq!(p.suggested_next_kind(), ReadingKind::Interim);
        let mut q = SupportPlan::default();
        q.start_reading(ReadingKind::SupportPlan, None);
        q.start_reading(ReadingKind::Evaluation2, None);
        q.start_reading(ReadingKind::Evaluation1, None);
        assert_eq!(q.suggested_next_kind(), ReadingKind::Evaluation3);
        assert_eq!(q.reading_of_kind(ReadingKind::Evaluation2).map(|r| r.id), Some(q.readings[1].id));
    }

    #[test]
    fn the_hand_over_flow_walks_the_active_topics_and_resumes() {
        let mut p = SupportPlan::default();
        for d in LifeDomain::ALL.iter().skip(3) {
            p.set_active(TopicId::Domain(*d), false);
        }
        let topics = p.active_topics();
        assert_eq!(topics.len(), 3);
        let mut at = HandoverAt::Intro;
        let mut seen = Vec::new();
        loop {
            at = p.handover_next(at);
            if at == HandoverAt::Summary {
                break;
            }
            seen.push(p.handover_position(at));
        }
        assert_eq!(seen, [(1, 3), (2, 3), (3, 3)]);
        assert_eq!(p.handover_prev(HandoverAt::Summary), HandoverAt::Topic(topics[2]));
        assert_eq!(p.handover_prev(HandoverAt::Topic(topics[0])), HandoverAt::Intro);
        assert_eq!(p.handover_prev(HandoverAt::Intro), HandoverAt::Intro);

        let r = p.start_reading(ReadingKind::SupportPlan, None);
        p.handover = Some(HandoverMark { reading: r, at: HandoverAt::Topic(topics[1]) });
        assert_eq!(p.resume_handover().unwrap().at, HandoverAt::Topic(topics[1]));
        // The topic was switched off meanwhile: start again at the intro of the same reading.
        p.set_active(topics[1], false);
        assert_eq!(p.resume_handover(), Some(HandoverMark { reading: r, at: HandoverAt::Intro }));
        // A new reading ends an unfinished round on the old one.
        p.handover = Some(HandoverMark { reading: r, at: HandoverAt::Summary });
        let r2 = p.start_reading(ReadingKind::Evaluation1, None);
        assert!(p.resume_handover().is_none());
        // The reading is gone: nothing to resume.
        p.handover = Some(HandoverMark { reading: r2, at: HandoverAt::Summary });
        p.remove_reading(r2);
        assert!(p.handover.is_none());
        // No active topics at all: the flow goes straight to the summary.
        let mut empty = SupportPlan::default();
        for d in LifeDomain::ALL {
            empty.set_active(TopicId::Domain(d), false);
        }
        assert_eq!(empty.handover_next(HandoverAt::Intro), HandoverAt::Summary);
        assert_eq!(empty.handover_prev(HandoverAt::Summary), HandoverAt::Intro);
    }

    #[test]
    fn plan_round_trips_through_json_and_old_files_load() {
        let p = demo::demo_heavy_plan(4, 15, 12, d(2026, 1, 5));
        let json = serde_json::to_string(&p).unwrap();
        let back: SupportPlan = serde_json::from_str(&json).unwrap();
        assert_eq!(back, p);
        let empty: SupportPlan = serde_json::from_str("{}").unwrap();
        assert_eq!(empty, SupportPlan::default());
    }
}
