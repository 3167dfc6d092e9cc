//! Search over the method cards: as you type, in both languages, ignoring accents and case.
//!
//! Every card's text is folded once (lowercase, accents removed, punctuation to spaces) into an
//! index kept for the whole session, so a keystroke only scans plain ASCII-like text. Each word
//! of the query must occur somewhere in a card; a hit in the title or keywords outweighs one in
//! the body, so "GLM", "prochaska" or "drie manden" put the right card on top.

use std::sync::OnceLock;

use super::{Card, CARDS};
use crate::i18n::Lang;

/// Where in a card a word was found (for a short excerpt under the result).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Why,
    When,
    Steps,
    Questions,
    WatchOut,
    Source,
}

/// The place of a body hit: section and item number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Found {
    pub section: Section,
    pub index: usize,
}

impl Found {
    /// The text at this place in `lang` (the other language has the same items).
    pub fn text(&self, card: &'static Card, lang: Lang) -> Option<&'static str> {
        let t = card.text(lang);
        match self.section {
            Section::Why => Some(t.why),
            Section::When => Some(t.when),
            Section::Steps => t.steps.get(self.index).copied(),
            Section::Questions => t.questions.get(self.index).copied(),
            Section::WatchOut => t.watch_out.get(self.index).copied(),
            Section::Source => Some(card.source),
        }
    }
}

/// One search result.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    pub card: &'static Card,
    pub score: u32,
    /// Set when the card matched only in its body: where, to show an excerpt.
    pub found: Option<Found>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Title,
    Keyword,
    Lead,
    Body,
    Source,
}

impl Kind {
    /// Points for a word found here, at the start of a word or inside one.
    fn weight(self, word_start: bool) -> u32 {
        match (self, word_start) {
            (Kind::Title, true) => 100,
            (Kind::Title, false) => 60,
            (Kind::Keyword, true) => 80,
            (Kind::Keyword, false) => 40,
            (Kind::Lead, true) => 24,
            (Kind::Lead, false) => 12,
            (Kind::Body, true) => 12,
            (Kind::Body, false) => 6,
            (Kind::Source, true) => 10,
            (Kind::Source, false) => 5,
        }
    }
}

struct Entry {
    kind: Kind,
    found: Option<Found>,
    text: String,
}

struct CardIndex {
    card: &'static Card,
    /// Folded titles (Dutch, English), to order equal scores alphabetically.
    sort_key: [String; 2],
    entries: Vec<Entry>,
}

/// Lowercase, accents removed, every run of other characters turned into one space, trimmed.
/// Apostrophes vanish ("Patterson's" → "pattersons"); "SEO-R²" → "seo r2".
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for ch in s.chars() {
        for c in ch.to_lowercase() {
            if is_dropped(c) {
                continue;
            }
            match fold_char(c) {
                Folded::One(f) => push_folded(&mut out, f, &mut pending_space),
                Folded::Two(a, b) => {
                    push_folded(&mut out, a, &mut pending_space);
                    push_folded(&mut out, b, &mut pending_space);
                }
            }
        }
    }
    out
}

/// Apostrophes and combining accents disappear without leaving a space.
fn is_dropped(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | '`' | '´' | '\u{0300}'..='\u{036f}')
}

fn push_folded(out: &mut String, c: char, pending_space: &mut bool) {
    if c.is_alphanumeric() {
        if *pending_space && !out.is_empty() {
            out.push(' ');
        }
        *pending_space = false;
        out.push(c);
    } else {
        *pending_space = true;
    }
}

enum Folded {
    One(char),
    Two(char, char),
}

/// The unaccented form of a lowercase Latin letter (Latin-1 and Latin Extended-A).
fn fold_char(c: char) -> Folded {
    use Folded::*;
    if c.is_ascii() {
        return One(c);
    }
    One(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' | 'ð' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ſ' => 's',
        'ţ' | 'ť' | 'ŧ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        '¹' => '1',
        '²' => '2',
        '³' => '3',
        'ß' => return Two('s', 's'),
        'æ' => return Two('a', 'e'),
        'œ' => return Two('o', 'e'),
        'ĳ' => return Two('i', 'j'),
        'þ' => return Two('t', 'h'),
        'ŉ' => 'n',
        other => other,
    })
}

fn index() -> &'static [CardIndex] {
    static INDEX: OnceLock<Vec<CardIndex>> = OnceLock::new();
    INDEX.get_or_init(|| CARDS.iter().map(index_card).collect())
}

/// Builds the folded index now (e.g. while the list first paints), so the first keystroke
/// does not pay for it.
pub fn warm_up() {
    let _ = index();
}

fn index_card(card: &'static Card) -> CardIndex {
    let mut entries = Vec::with_capacity(64);
    let mut add = |kind: Kind, found: Option<Found>, text: &str| {
        let text = fold(text);
        if !text.is_empty() {
            entries.push(Entry { kind, found, text });
        }
    };
    add(Kind::Keyword, None, card.slug);
    for k in card.keywords {
        add(Kind::Keyword, None, k);
    }
    for t in [&card.nl, &card.en] {
        add(Kind::Title, None, t.title);
        add(Kind::Lead, Some(Found { section: Section::Why, index: 0 }), t.why);
        add(Kind::Lead, Some(Found { section: Section::When, index: 0 }), t.when);
        for (section, items) in [(Section::Steps, t.steps), (Section::Questions, t.questions), (Section::WatchOut, t.watch_out)] {
            for (index, item) in items.iter().enumerate() {
                add(Kind::Body, Some(Found { section, index }), item);
            }
        }
    }
    add(Kind::Source, Some(Found { section: Section::Source, index: 0 }), card.source);
    CardIndex { card, sort_key: [fold(card.nl.title), fold(card.en.title)], entries }
}

/// Where `word` occurs in `text`: `Some(true)` at the start of a word, `Some(false)` only
/// inside words (not accepted for words shorter than three letters), `None` not at all.
fn find(text: &str, word: &str) -> Option<bool> {
    let mut inside = false;
    for (i, _) in text.match_indices(word) {
        if i == 0 || text.as_bytes()[i - 1] == b' ' {
            return Some(true);
        }
        inside = true;
    }
    (inside && word.len() >= 3).then_some(false)
}

/// True when `query` holds nothing to search for (only spaces or punctuation).
pub fn is_blank(query: &str) -> bool {
    !query.chars().any(char::is_alphanumeric)
}

/// The most query words we look at; a pasted paragraph stays fast.
const MAX_WORDS: usize = 8;

/// Cards matching `query`, best first; `keep` narrows the cards (life domain, phase).
/// An empty query gives no hits: the caller shows the plain list instead.
pub fn search(query: &str, lang: Lang, keep: impl Fn(&Card) -> bool) -> Vec<Hit> {
    let phrase = fold(query);
    let mut words: Vec<&str> = Vec::new();
    for w in phrase.split(' ').filter(|w| !w.is_empty()) {
        if !words.contains(&w) && words.len() < MAX_WORDS {
            words.push(w);
        }
    }
    if words.is_empty() {
        return Vec::new();
    }
    let key = match lang {
        Lang::Nl => 0,
        Lang::En => 1,
    };
    let mut hits: Vec<(Hit, &str)> = index()
        .iter()
        .filter(|ci| keep(ci.card))
        .filter_map(|ci| score_card(ci, &phrase, &words).map(|h| (h, ci.sort_key[key].as_str())))
        .collect();
    hits.sort_by(|(a, ka), (b, kb)| b.score.cmp(&a.score).then_with(|| ka.cmp(kb)));
    hits.into_iter().map(|(h, _)| h).collect()
}

fn score_card(ci: &CardIndex, phrase: &str, words: &[&str]) -> Option<Hit> {
    let mut score = 0;
    let mut in_head = false; // some word hit the title or keywords
    let mut first_found = None;
    for (n, word) in words.iter().enumerate() {
        let mut best = 0;
        let mut best_found = None;
        for e in &ci.entries {
            if let Some(start) = find(&e.text, word) {
                let w = e.kind.weight(start);
                if w > best {
                    best = w;
                    best_found = e.found;
                }
            }
        }
        if best == 0 {
            return None; // every word must occur somewhere
        }
        in_head |= best >= Kind::Keyword.weight(false);
        if n == 0 {
            first_found = best_found;
        }
        score += best;
    }
    // The whole query as written: an exact keyword or title, or the phrase inside one.
    for e in &ci.entries {
        let bonus = match e.kind {
            Kind::Title | Kind::Keyword if e.text == phrase => 250,
            Kind::Title if e.text.starts_with(phrase) => 150,
            Kind::Title | Kind::Keyword if words.len() > 1 && e.text.contains(phrase) => 100,
            Kind::Lead | Kind::Body | Kind::Source if words.len() > 1 && e.text.contains(phrase) => 10,
            _ => 0,
        };
        score += bonus;
        in_head |= bonus >= 100;
    }
    Some(Hit { card: ci.card, score, found: if in_head { None } else { first_found } })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn top(query: &str) -> Vec<&'static str> {
        search(query, Lang::Nl, |_| true).iter().map(|h| h.card.slug).collect()
    }

    #[test]
    fn folding_removes_accents_case_and_punctuation() {
        assert_eq!(fold("Heroriëntering"), "herorientering");
        assert_eq!(fold("  Eigen Kracht-conferentie "), "eigen kracht conferentie");
        assert_eq!(fold("SEO-R²"), "seo r2");
        assert_eq!(fold("Patterson's model"), "pattersons model");
        assert_eq!(fold("Došen, ÉÉN jaar; œuvre — Straße"), "dosen een jaar oeuvre strasse");
        assert_eq!(fold("e\u{301}e\u{301}n"), "een"); // decomposed accents (macOS keyboards)
        assert_eq!(fold("…!?"), "");
    }

    #[test]
    fn drie_manden_finds_the_three_baskets() {
        assert_eq!(top("drie manden")[0], "driemandenmethodiek");
        assert_eq!(top("Drie Manden")[0], "driemandenmethodiek");
        assert_eq!(top("three baskets")[0], "driemandenmethodiek");
    }

    #[test]
    fn glm_finds_the_good_lives_model() {
        assert_eq!(top("GLM")[0], "good-lives-model");
        assert_eq!(top("glm")[0], "good-lives-model");
        assert_eq!(top("good lives")[0], "good-lives-model");
    }

    #[test]
    fn prochaska_finds_the_change_cycle() {
        assert_eq!(top("prochaska")[0], "cirkel-van-gedragsverandering");
        assert_eq!(top("Prochaska DiClemente")[0], "cirkel-van-gedragsverandering");
        assert_eq!(top("change cycle")[0], "cirkel-van-gedragsverandering");
    }

    #[test]
    fn accents_are_ignored_both_ways() {
        assert_eq!(top("herorientering")[0], "positieve-herorientering");
        assert_eq!(top("heroriëntering")[0], "positieve-herorientering");
        assert_eq!(top("HERORIËNTERING")[0], "positieve-herorientering");
        assert_eq!(top("dosen")[0], "seo");
    }

    #[test]
    fn both_languages_are_searched() {
        assert_eq!(top("lifeline")[0], "levenslijn");
        assert_eq!(top("levenslijn")[0], "levenslijn");
        assert_eq!(top("network walk")[0], "netwerkwandeling");
        assert_eq!(top("parenting")[0], "patterson");
        assert_eq!(search("restorative", Lang::En, |_| true)[0].card.slug, "herstelgericht-werken");
    }

    #[test]
    fn the_source_s_own_words_find_their_cards() {
        // Issue 28: a coach filtering or searching on income, activation and the network toolbox
        // finds the cards, in the terms the team itself uses.
        assert_eq!(top("VDAB")[0], "vdab-werkwinkel");
        assert_eq!(top("werkwinkel")[0], "vdab-werkwinkel");
        assert_eq!(top("buddy")[0], "buddywerking");
        assert_eq!(top("besluitvorming")[0], "cirkel-van-gedragsverandering");
        assert_eq!(top("Besluitvorming (voorbereiding)")[0], "cirkel-van-gedragsverandering");
        assert_eq!(top("motiverende gespreksvoering")[0], "motiverende-gespreksvoering");
        assert_eq!(search("motivational interviewing", Lang::En, |_| true)[0].card.slug, "motiverende-gespreksvoering");
        let leefloon = top("leefloon");
        assert!(leefloon.len() >= 3, "{leefloon:?}");
        assert_eq!(leefloon[0], "rechten-en-inkomen");
        assert!(top("leefloon voor studenten").contains(&"rechten-en-inkomen"));
        assert_eq!(top("lotgenoten")[0], "lotgenotencontact");
        assert_eq!(top("contextexpert")[0], "contextexpert");
        assert_eq!(top("budgetbegeleiding")[0], "budget-naar-zelfredzaamheid");
    }

    #[test]
    fn title_and_keyword_hits_rank_above_body_hits() {
        let hits = search("prochaska", Lang::Nl, |_| true);
        assert!(hits.len() >= 2, "npt mentions Prochaska in its source too");
        assert!(hits[0].score > hits[1].score);
        assert_eq!(hits[0].found, None, "a title/keyword hit needs no excerpt");
        let npt = hits.iter().find(|h| h.card.slug == "npt").expect("npt cites Prochaska");
        assert!(npt.found.is_some(), "a body-only hit says where");
    }

    #[test]
    fn body_hits_point_to_the_item_that_matched() {
        // A word that appears in a question, not in any title or keyword.
        let hits = search("hoofdstukken", Lang::Nl, |_| true);
        let h = hits.iter().find(|h| h.card.slug == "levenslijn").expect("the lifeline asks about chapters");
        let found = h.found.expect("body hit");
        assert_eq!(found.section, Section::Questions);
        assert!(fold(found.text(h.card, Lang::Nl).unwrap()).contains("hoofdstukken"));
        assert!(found.text(h.card, Lang::En).unwrap().contains("chapters"));
    }

    #[test]
    fn every_word_must_match_and_nonsense_finds_nothing() {
        assert!(top("xqzv").is_empty());
        assert!(top("levenslijn xqzv").is_empty());
        assert!(top("").is_empty());
        assert!(top("  -- ").is_empty());
        assert!(is_blank(" -- ") && is_blank("") && !is_blank("é"));
        // Short words only match at the start of a word, so "nt" does not match "aanmelding".
        assert!(search("nt", Lang::Nl, |_| true).len() < CARDS.len());
    }

    #[test]
    fn every_card_is_found_by_its_own_title() {
        for card in CARDS {
            for lang in Lang::ALL {
                let hits = search(card.title(lang), lang, |_| true);
                assert_eq!(hits[0].card.slug, card.slug, "title {:?}", card.title(lang));
            }
        }
    }

    #[test]
    fn the_filter_narrows_results() {
        let f = crate::content::Filter { domain: Some(crate::domain::LifeDomain::Wonen), phase: None };
        let hits = search("netwerk", Lang::Nl, |c| f.matches(c));
        assert!(!hits.is_empty());
        assert!(hits.iter().all(|h| h.card.domains.contains(&crate::domain::LifeDomain::Wonen)));
    }

    #[test]
    fn a_keystroke_is_fast() {
        warm_up();
        let queries = ["d", "dr", "dri", "drie", "drie ", "drie m", "drie ma", "drie man", "drie mand", "drie manden"];
        let start = std::time::Instant::now();
        let rounds = 20;
        for _ in 0..rounds {
            for q in queries {
                std::hint::black_box(search(q, Lang::Nl, |_| true));
            }
        }
        let per = start.elapsed() / (rounds * queries.len() as u32);
        // Natively (debug build) well under a millisecond per keystroke; the browser budget is
        // 16 ms at 4× CPU throttle, measured by tests/bench/cards.mjs.
        assert!(per.as_millis() < 15, "{per:?} per keystroke");
    }
}
