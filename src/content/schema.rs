//! The card files' schema, their validation and the Rust code generated from them.
//!
//! This file is compiled twice: by `build.rs` (through `#[path]`), which reads
//! `content/cards/*.toml`, validates them and writes the statics the app includes; and by the
//! library's native tests, which check that broken cards are refused with a clear message.
//! It must therefore use nothing but `std` and `serde`.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use serde::Deserialize;

/// Life domain slugs, in the order of `domain::LifeDomain::ALL` (a test checks they agree).
pub const DOMAIN_SLUGS: [&str; 13] = [
    "wonen",
    "netwerk",
    "opleiding-werk",
    "inkomen",
    "activering",
    "fysieke-gezondheid",
    "mentale-gezondheid",
    "maatschappelijke-identiteit",
    "budget",
    "administratie",
    "vrije-tijd",
    "zelfredzaamheid",
    "recidive",
];

/// Trajectory phase slugs, in the order of `domain::phase::Phase::ALL`.
pub const PHASE_SLUGS: [&str; 7] = ["aanmelding", "kennismaking", "opstart", "plan", "evaluatie", "afronding", "nazorg"];

/// With whom a method is used, in the order of `content::Who::ALL`.
pub const WHO_SLUGS: [&str; 4] = ["jongere", "netwerk", "ouders", "team"];

/// The worksheets a card can point to (`/jongeren/:id/werkblad/<slug>`); each needs a card.
pub const WORKSHEET_SLUGS: [&str; 6] = [
    "levenslijn",
    "netwerkwandeling",
    "driemandenmethodiek",
    "patterson",
    "good-lives-model",
    "cirkel-van-gedragsverandering",
];

/// Limits that keep a card readable during a contact and on one projector screen.
pub const MAX_TITLE: usize = 60;
pub const MAX_WHY: usize = 220;
pub const MAX_WHEN: usize = 320;
pub const MAX_ITEM: usize = 400;
pub const MAX_ITEMS: usize = 9;

/// One card file as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCard {
    #[serde(default)]
    pub slug: String,
    #[serde(default)]
    pub worksheet: Option<String>,
    #[serde(default)]
    pub phases: Vec<String>,
    #[serde(default)]
    pub domains: Vec<String>,
    #[serde(default)]
    pub with: Vec<String>,
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub nl: Option<RawText>,
    #[serde(default)]
    pub en: Option<RawText>,
}

/// The texts of one language.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawText {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub why: String,
    #[serde(default)]
    pub when: String,
    #[serde(default)]
    pub steps: Vec<String>,
    #[serde(default)]
    pub questions: Vec<String>,
    #[serde(default)]
    pub watch_out: Vec<String>,
    #[serde(default)]
    pub trainer: Option<RawTrainer>,
}

/// Notes for course mode.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTrainer {
    #[serde(default)]
    pub intro: String,
    #[serde(default)]
    pub exercise: String,
    #[serde(default)]
    pub pitfalls: Vec<String>,
}

/// Checks every card; returns one plain sentence per problem, each starting with the file name.
///
/// `cards` holds `(file stem, card)`; an empty result means all cards are fine.
pub fn validate(cards: &[(String, RawCard)]) -> Vec<String> {
    let mut errors = Vec::new();
    let slugs: BTreeSet<&str> = cards.iter().map(|(_, c)| c.slug.as_str()).collect();
    let mut seen = BTreeSet::new();
    for (file, card) in cards {
        let mut err = |msg: String| errors.push(format!("content/cards/{file}.toml: {msg}"));

        if card.slug.is_empty() {
            err("`slug` is missing".into());
        } else if &card.slug != file {
            err(format!("`slug = \"{}\"` must equal the file name `{file}`", card.slug));
        }
        if !card.slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            err(format!("`slug = \"{}\"` may only hold a-z, 0-9 and -", card.slug));
        }
        if !card.slug.is_empty() && !seen.insert(card.slug.as_str()) {
            err(format!("slug `{}` is used by more than one card", card.slug));
        }
        if let Some(w) = &card.worksheet {
            if !WORKSHEET_SLUGS.contains(&w.as_str()) {
                err(format!("`worksheet = \"{w}\"` is not a worksheet; use one of {}", WORKSHEET_SLUGS.join(", ")));
            }
        }
        check_list(&mut err, "phases", &card.phases, Some(&PHASE_SLUGS), false);
        check_list(&mut err, "domains", &card.domains, Some(&DOMAIN_SLUGS), true);
        check_list(&mut err, "with", &card.with, Some(&WHO_SLUGS), false);
        check_list(&mut err, "keywords", &card.keywords, None, false);
        check_list(&mut err, "related", &card.related, None, false);
        for r in &card.related {
            if r == &card.slug {
                err("`related` lists the card itself".into());
            } else if !r.is_empty() && !slugs.contains(r.as_str()) {
                err(format!("`related` names `{r}`, but there is no card content/cards/{r}.toml"));
            }
        }
        if card.source.trim().is_empty() {
            err("`source` is missing or empty: say where in the source document the facts come from".into());
        } else if !card.source.contains('§') && !card.source.contains("Bijlage") {
            err(format!("`source = \"{}\"` names no section: cite it as §2.5, §3.1 or Bijlage A", card.source));
        }
        for (lang, text) in [("nl", &card.nl), ("en", &card.en)] {
            match text {
                None => err(format!("the [{lang}] section is missing; every card needs Dutch and English")),
                Some(t) => check_text(&mut err, lang, t),
            }
        }
    }
    for w in WORKSHEET_SLUGS {
        if !cards.iter().any(|(_, c)| c.slug == w) {
            errors.push(format!("content/cards/{w}.toml is missing: worksheet `{w}` needs a card with that slug"));
        }
        let users = cards.iter().filter(|(_, c)| c.worksheet.as_deref() == Some(w)).count();
        if users > 1 {
            errors.push(format!("worksheet `{w}` is named by {users} cards; name it on one card only"));
        }
    }
    errors
}

fn check_list(err: &mut impl FnMut(String), name: &str, items: &[String], allowed: Option<&[&str]>, may_be_empty: bool) {
    if items.is_empty() && !may_be_empty {
        err(format!("`{name}` is empty"));
    }
    let mut seen = BTreeSet::new();
    for item in items {
        if item.trim().is_empty() {
            err(format!("`{name}` holds an empty entry"));
            continue;
        }
        if !seen.insert(item.to_lowercase()) {
            err(format!("`{name}` lists `{item}` twice"));
        }
        if let Some(allowed) = allowed {
            if !allowed.contains(&item.as_str()) {
                err(format!("`{name}` holds `{item}`, which is not one of: {}", allowed.join(", ")));
            }
        }
    }
}

fn check_text(err: &mut impl FnMut(String), lang: &str, t: &RawText) {
    for (name, value, max) in [("title", &t.title, MAX_TITLE), ("why", &t.why, MAX_WHY), ("when", &t.when, MAX_WHEN)] {
        let n = value.chars().count();
        if value.trim().is_empty() {
            err(format!("[{lang}] `{name}` is empty"));
        } else if n > max {
            err(format!("[{lang}] `{name}` has {n} characters; keep it under {max} so it reads during a contact"));
        }
    }
    for (name, items) in [("steps", &t.steps), ("questions", &t.questions), ("watch_out", &t.watch_out)] {
        check_items(err, &format!("[{lang}] `{name}`"), items);
    }
    match &t.trainer {
        None => err(format!("the [{lang}.trainer] section is missing")),
        Some(tr) => {
            if tr.intro.trim().is_empty() {
                err(format!("[{lang}.trainer] `intro` is empty"));
            }
            if tr.exercise.trim().is_empty() {
                err(format!("[{lang}.trainer] `exercise` is empty"));
            }
            check_items(err, &format!("[{lang}.trainer] `pitfalls`"), &tr.pitfalls);
        }
    }
}

fn check_items(err: &mut impl FnMut(String), what: &str, items: &[String]) {
    if items.is_empty() {
        err(format!("{what} is empty"));
    }
    if items.len() > MAX_ITEMS {
        err(format!("{what} has {} entries; keep it to {MAX_ITEMS}", items.len()));
    }
    for (i, item) in items.iter().enumerate() {
        let n = item.chars().count();
        if item.trim().is_empty() {
            err(format!("{what} entry {} is empty", i + 1));
        } else if n > MAX_ITEM {
            err(format!("{what} entry {} has {n} characters; keep it under {MAX_ITEM}", i + 1));
        }
    }
}

/// `opleiding-werk` → `OpleidingWerk`: the enum variant of a slug.
pub fn variant(slug: &str) -> String {
    slug.split('-')
        .map(|part| {
            let mut cs = part.chars();
            match cs.next() {
                Some(first) => first.to_uppercase().chain(cs).collect::<String>(),
                None => String::new(),
            }
        })
        .collect()
}

/// Rust source for `static CARDS: &[Card]`, sorted by slug (lookups use a binary search).
///
/// Call only with cards that passed [`validate`].
pub fn generate(cards: &[(String, RawCard)]) -> String {
    let mut sorted: Vec<&RawCard> = cards.iter().map(|(_, c)| c).collect();
    sorted.sort_by(|a, b| a.slug.cmp(&b.slug));
    let mut out = String::new();
    out.push_str("// Generated by build.rs from content/cards/*.toml. Do not edit.\n");
    let _ = writeln!(out, "pub static CARDS: &[Card] = &[");
    for c in sorted {
        let _ = writeln!(out, "    Card {{");
        let _ = writeln!(out, "        slug: {:?},", c.slug);
        let _ = writeln!(out, "        worksheet: {:?},", c.worksheet.as_deref());
        let _ = writeln!(out, "        phases: &[{}],", enum_list("Phase", &c.phases));
        let _ = writeln!(out, "        domains: &[{}],", enum_list("LifeDomain", &c.domains));
        let _ = writeln!(out, "        with: &[{}],", enum_list("Who", &c.with));
        let _ = writeln!(out, "        related: {},", str_list(&c.related));
        let _ = writeln!(out, "        source: {:?},", c.source);
        let _ = writeln!(out, "        keywords: {},", str_list(&c.keywords));
        for (lang, t) in [("nl", &c.nl), ("en", &c.en)] {
            let t = t.as_ref().expect("validated");
            let tr = t.trainer.as_ref().expect("validated");
            let _ = writeln!(out, "        {lang}: CardText {{");
            let _ = writeln!(out, "            title: {:?},", t.title);
            let _ = writeln!(out, "            why: {:?},", t.why);
            let _ = writeln!(out, "            when: {:?},", t.when);
            let _ = writeln!(out, "            steps: {},", str_list(&t.steps));
            let _ = writeln!(out, "            questions: {},", str_list(&t.questions));
            let _ = writeln!(out, "            watch_out: {},", str_list(&t.watch_out));
            let _ = writeln!(
                out,
                "            trainer: TrainerNotes {{ intro: {:?}, exercise: {:?}, pitfalls: {} }},",
                tr.intro,
                tr.exercise,
                str_list(&tr.pitfalls)
            );
            let _ = writeln!(out, "        }},");
        }
        let _ = writeln!(out, "    }},");
    }
    out.push_str("];\n");
    out
}

fn enum_list(ty: &str, slugs: &[String]) -> String {
    slugs.iter().map(|s| format!("{ty}::{}", variant(s))).collect::<Vec<_>>().join(", ")
}

fn str_list(items: &[String]) -> String {
    format!("&[{}]", items.iter().map(|s| format!("{s:?}")).collect::<Vec<_>>().join(", "))
}

/// Total bytes of text in all cards (what the cards add to the app, before compression).
pub fn text_bytes(cards: &[(String, RawCard)]) -> usize {
    let list = |v: &[String]| v.iter().map(String::len).sum::<usize>();
    cards
        .iter()
        .map(|(_, c)| {
            let langs: usize = [&c.nl, &c.en]
                .into_iter()
                .flatten()
                .map(|t| {
                    let tr = t.trainer.as_ref().map_or(0, |tr| tr.intro.len() + tr.exercise.len() + list(&tr.pitfalls));
                    t.title.len() + t.why.len() + t.when.len() + list(&t.steps) + list(&t.questions) + list(&t.watch_out) + tr
                })
                .sum();
            c.slug.len() + c.source.len() + list(&c.keywords) + list(&c.related) + langs
        })
        .sum()
}
