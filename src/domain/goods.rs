//! Model of the Good Lives Model worksheet (Ward and colleagues).
//!
//! Everyone seeks the same primary goods; offending is often a harmful way to reach one. Per
//! good the young person says how much it matters, how they reach it now and whether that way
//! helps or harms, what stands in the way, which strengths they have, and a better way. The
//! summary lists what matters most; support-plan actions can be tagged with a good through its
//! stable [`PrimaryGood::slug`].

use serde::{Deserialize, Serialize};

/// The highest importance (0 = not important … 3 = very important).
pub const MAX_IMPORTANCE: u8 = 3;
/// From this importance on, a good counts as one that "matters most" in the summary.
pub const MATTERS_FROM: u8 = 2;
/// The longest text we keep in one field.
pub const MAX_TEXT_CHARS: usize = 1000;

/// The eleven primary goods of the common GLM list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PrimaryGood {
    /// Life: healthy living and functioning.
    Life,
    Knowledge,
    /// Excellence in play (leisure, sport, fun activities).
    Play,
    /// Excellence in work (including mastery experiences).
    Work,
    /// Excellence in agency: autonomy, deciding for yourself.
    Agency,
    /// Inner peace: freedom from emotional turmoil and stress.
    InnerPeace,
    /// Relatedness: intimate, family and friendship relations.
    Relatedness,
    /// Community: belonging to a wider group.
    Community,
    /// Spirituality in the broad sense: meaning and purpose.
    Spirituality,
    /// Pleasure: feeling good in the here and now.
    Pleasure,
    Creativity,
}

impl PrimaryGood {
    pub const ALL: [PrimaryGood; 11] = [
        PrimaryGood::Life,
        PrimaryGood::Knowledge,
        PrimaryGood::Play,
        PrimaryGood::Work,
        PrimaryGood::Agency,
        PrimaryGood::InnerPeace,
        PrimaryGood::Relatedness,
        PrimaryGood::Community,
        PrimaryGood::Spirituality,
        PrimaryGood::Pleasure,
        PrimaryGood::Creativity,
    ];

    /// Stable slug, the same as in storage; a support-plan action's `good` holds this.
    pub fn slug(self) -> &'static str {
        match self {
            PrimaryGood::Life => "life",
            PrimaryGood::Knowledge => "knowledge",
            PrimaryGood::Play => "play",
            PrimaryGood::Work => "work",
            PrimaryGood::Agency => "agency",
            PrimaryGood::InnerPeace => "inner-peace",
            PrimaryGood::Relatedness => "relatedness",
            PrimaryGood::Community => "community",
            PrimaryGood::Spirituality => "spirituality",
            PrimaryGood::Pleasure => "pleasure",
            PrimaryGood::Creativity => "creativity",
        }
    }

    pub fn from_slug(slug: &str) -> Option<PrimaryGood> {
        Self::ALL.into_iter().find(|g| g.slug() == slug)
    }

    /// Index in [`PrimaryGood::ALL`] and in the i18n arrays.
    pub fn index(self) -> usize {
        Self::ALL.iter().position(|g| *g == self).expect("ALL lists every good")
    }
}

/// Whether the way a good is reached now helps, or harms the young person or others.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WayEffect {
    Helps,
    HarmsSelf,
    HarmsOthers,
    HarmsBoth,
}

impl WayEffect {
    pub const ALL: [WayEffect; 4] = [WayEffect::Helps, WayEffect::HarmsSelf, WayEffect::HarmsOthers, WayEffect::HarmsBoth];

    pub fn index(self) -> usize {
        Self::ALL.iter().position(|e| *e == self).expect("ALL lists every effect")
    }

    pub fn harms(self) -> bool {
        self != WayEffect::Helps
    }
}

/// What was said about one good. Every field may stay empty.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoodEntry {
    pub good: PrimaryGood,
    /// 0–[`MAX_IMPORTANCE`]; `None` until it was talked about.
    #[serde(default)]
    pub importance: Option<u8>,
    /// How it is reached now (the secondary goods: "football", "my group of friends").
    #[serde(default)]
    pub now: String,
    #[serde(default)]
    pub effect: Option<WayEffect>,
    /// What stands in the way.
    #[serde(default)]
    pub obstacles: String,
    /// Strengths, talents and people that help.
    #[serde(default)]
    pub strengths: String,
    /// A better, safe way to reach it.
    #[serde(default)]
    pub better_way: String,
}

impl GoodEntry {
    pub fn new(good: PrimaryGood) -> Self {
        GoodEntry {
            good,
            importance: None,
            now: String::new(),
            effect: None,
            obstacles: String::new(),
            strengths: String::new(),
            better_way: String::new(),
        }
    }

    /// Nothing was filled in for this good.
    pub fn is_empty(&self) -> bool {
        self.importance.is_none()
            && self.effect.is_none()
            && [&self.now, &self.obstacles, &self.strengths, &self.better_way].iter().all(|s| s.trim().is_empty())
    }
}

/// One of the text fields of a [`GoodEntry`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoodField {
    Now,
    Obstacles,
    Strengths,
    BetterWay,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoodLives {
    /// Only goods something was said about; in no particular order.
    #[serde(default)]
    pub entries: Vec<GoodEntry>,
    /// The plan in the young person's words: which goods to work on, and how.
    #[serde(default)]
    pub plan: String,
}

fn cap(text: &str) -> String {
    super::text::limit(text, MAX_TEXT_CHARS).to_string()
}

impl GoodLives {
    pub fn entry(&self, good: PrimaryGood) -> Option<&GoodEntry> {
        self.entries.iter().find(|e| e.good == good)
    }

    fn entry_mut(&mut self, good: PrimaryGood) -> &mut GoodEntry {
        match self.entries.iter().position(|e| e.good == good) {
            Some(i) => &mut self.entries[i],
            None => {
                self.entries.push(GoodEntry::new(good));
                self.entries.last_mut().expect("just pushed")
            }
        }
    }

    /// Drops entries that hold nothing, so the file stays small and "empty" means empty.
    fn tidy(&mut self) {
        self.entries.retain(|e| !e.is_empty());
    }

    pub fn importance(&self, good: PrimaryGood) -> Option<u8> {
        self.entry(good).and_then(|e| e.importance)
    }

    /// Sets or clears the importance; values above [`MAX_IMPORTANCE`] are capped.
    pub fn set_importance(&mut self, good: PrimaryGood, importance: Option<u8>) {
        self.entry_mut(good).importance = importance.map(|i| i.min(MAX_IMPORTANCE));
        self.tidy();
    }

    pub fn set_effect(&mut self, good: PrimaryGood, effect: Option<WayEffect>) {
        self.entry_mut(good).effect = effect;
        self.tidy();
    }

    pub fn text(&self, good: PrimaryGood, field: GoodField) -> String {
        self.entry(good)
            .map(|e| match field {
                GoodField::Now => e.now.clone(),
                GoodField::Obstacles => e.obstacles.clone(),
                GoodField::Strengths => e.strengths.clone(),
                GoodField::BetterWay => e.better_way.clone(),
            })
            .unwrap_or_default()
    }

    /// Sets one text field as typed (not trimmed while typing; capped in length).
    pub fn set_text(&mut self, good: PrimaryGood, field: GoodField, text: &str) {
        let e = self.entry_mut(good);
        let slot = match field {
            GoodField::Now => &mut e.now,
            GoodField::Obstacles => &mut e.obstacles,
            GoodField::Strengths => &mut e.strengths,
            GoodField::BetterWay => &mut e.better_way,
        };
        *slot = cap(text);
        self.tidy();
    }

    pub fn set_plan(&mut self, text: &str) {
        self.plan = cap(text);
    }

    /// The goods that matter most (importance ≥ [`MATTERS_FROM`]), most important first; equal
    /// ones keep the order of the list of goods.
    pub fn most_important(&self) -> Vec<PrimaryGood> {
        let mut goods: Vec<(u8, PrimaryGood)> = PrimaryGood::ALL
            .into_iter()
            .filter_map(|g| self.importance(g).filter(|i| *i >= MATTERS_FROM).map(|i| (i, g)))
            .collect();
        // Stable sort: ties stay in the canonical order.
        goods.sort_by_key(|g| std::cmp::Reverse(g.0));
        goods.into_iter().map(|(_, g)| g).collect()
    }

    /// All goods for the detail step: rated ones by importance (highest first), then the ones
    /// not rated yet, then the ones rated 0 — each group in the canonical order.
    pub fn detail_order(&self) -> Vec<PrimaryGood> {
        let rank = |g: PrimaryGood| match self.importance(g) {
            Some(0) => 5,
            Some(i) => (MAX_IMPORTANCE - i) as usize,
            None => 4,
        };
        let mut goods = PrimaryGood::ALL.to_vec();
        goods.sort_by_key(|g| rank(*g));
        goods
    }

    /// Goods reached now in a way that harms the young person or others: the ones that most
    /// need a better way.
    pub fn harmful_ways(&self) -> Vec<PrimaryGood> {
        PrimaryGood::ALL
            .into_iter()
            .filter(|g| self.entry(*g).and_then(|e| e.effect).is_some_and(WayEffect::harms))
            .collect()
    }

    /// How many goods were given an importance.
    pub fn rated(&self) -> usize {
        self.entries.iter().filter(|e| e.importance.is_some()).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eleven_goods_with_unique_stable_slugs() {
        assert_eq!(PrimaryGood::ALL.len(), 11);
        for g in PrimaryGood::ALL {
            assert_eq!(PrimaryGood::from_slug(g.slug()), Some(g));
            assert_eq!(PrimaryGood::ALL[g.index()], g);
            // The slug is what serde writes, so a plan action's tag and storage agree.
            assert_eq!(serde_json::to_string(&g).unwrap(), format!("\"{}\"", g.slug()));
        }
        let mut slugs: Vec<_> = PrimaryGood::ALL.iter().map(|g| g.slug()).collect();
        slugs.sort();
        slugs.dedup();
        assert_eq!(slugs.len(), 11);
        assert_eq!(PrimaryGood::from_slug("money"), None);
    }

    #[test]
    fn most_important_is_ordered_by_importance_then_list_order() {
        let mut g = GoodLives::default();
        g.set_importance(PrimaryGood::Creativity, Some(3));
        g.set_importance(PrimaryGood::Relatedness, Some(2));
        g.set_importance(PrimaryGood::Knowledge, Some(2));
        g.set_importance(PrimaryGood::Agency, Some(3));
        g.set_importance(PrimaryGood::Play, Some(1));
        g.set_importance(PrimaryGood::Life, Some(0));
        assert_eq!(
            g.most_important(),
            vec![PrimaryGood::Agency, PrimaryGood::Creativity, PrimaryGood::Knowledge, PrimaryGood::Relatedness]
        );
        assert_eq!(g.rated(), 6);
    }

    #[test]
    fn nothing_rated_means_nothing_matters_yet() {
        let g = GoodLives::default();
        assert!(g.most_important().is_empty());
        assert_eq!(g.detail_order(), PrimaryGood::ALL.to_vec());
    }

    #[test]
    fn detail_order_puts_what_matters_first_and_zero_last() {
        let mut g = GoodLives::default();
        g.set_importance(PrimaryGood::Life, Some(0));
        g.set_importance(PrimaryGood::Pleasure, Some(3));
        g.set_importance(PrimaryGood::Work, Some(1));
        let order = g.detail_order();
        assert_eq!(order[0], PrimaryGood::Pleasure);
        assert_eq!(order[1], PrimaryGood::Work);
        assert_eq!(order[2], PrimaryGood::Knowledge, "then unrated, in list order");
        assert_eq!(*order.last().unwrap(), PrimaryGood::Life);
        assert_eq!(order.len(), 11);
    }

    #[test]
    fn importance_is_capped_and_clearing_removes_an_empty_entry() {
        let mut g = GoodLives::default();
        g.set_importance(PrimaryGood::Work, Some(9));
        assert_eq!(g.importance(PrimaryGood::Work), Some(3));
        g.set_importance(PrimaryGood::Work, None);
        assert!(g.entries.is_empty());
    }

    #[test]
    fn texts_are_kept_as_typed_and_an_entry_with_text_survives_clearing_importance() {
        let mut g = GoodLives::default();
        g.set_text(PrimaryGood::Relatedness, GoodField::Now, "mijn vrienden van de straat ");
        g.set_importance(PrimaryGood::Relatedness, Some(3));
        g.set_importance(PrimaryGood::Relatedness, None);
        assert_eq!(g.text(PrimaryGood::Relatedness, GoodField::Now), "mijn vrienden van de straat ");
        g.set_text(PrimaryGood::Relatedness, GoodField::BetterWay, "voetbalclub");
        g.set_text(PrimaryGood::Relatedness, GoodField::Strengths, &"a".repeat(5000));
        assert_eq!(g.text(PrimaryGood::Relatedness, GoodField::Strengths).chars().count(), MAX_TEXT_CHARS);
        assert_eq!(g.text(PrimaryGood::Relatedness, GoodField::BetterWay), "voetbalclub");
        assert_eq!(g.text(PrimaryGood::Work, GoodField::Obstacles), "");
    }

    #[test]
    fn harmful_ways_are_listed_in_list_order() {
        let mut g = GoodLives::default();
        g.set_effect(PrimaryGood::Pleasure, Some(WayEffect::HarmsSelf));
        g.set_effect(PrimaryGood::Community, Some(WayEffect::HarmsOthers));
        g.set_effect(PrimaryGood::Play, Some(WayEffect::Helps));
        assert_eq!(g.harmful_ways(), vec![PrimaryGood::Community, PrimaryGood::Pleasure]);
        g.set_effect(PrimaryGood::Pleasure, None);
        assert_eq!(g.harmful_ways(), vec![PrimaryGood::Community]);
        assert_eq!(g.entries.len(), 2, "the cleared entry is gone");
    }

    #[test]
    fn stored_form_is_readable_and_tolerant() {
        let g: GoodLives = serde_json::from_str(r#"{"entries":[{"good":"inner-peace","importance":2}]}"#).unwrap();
        assert_eq!(g.importance(PrimaryGood::InnerPeace), Some(2));
        assert_eq!(g.plan, "");
        let mut g = g;
        g.set_plan("elke week sporten");
        let back: GoodLives = serde_json::from_str(&serde_json::to_string(&g).unwrap()).unwrap();
        assert_eq!(back, g);
    }
}
