//! `make fuzz`: the parsers of what comes from outside (a sealed file, the parcel inside it, a
//! backup) and the merge between two phones, on a million generated inputs: real files mutated
//! byte by byte (the demo case, a small case, their backup and parcel) and arbitrary bytes.
//! Nothing may panic; an input that is refused leaves this phone's file exactly as it was; a
//! merged file imported again changes nothing.
//!
//! Deterministic: the same seed gives the same inputs (`FUZZ_SEED`, `FUZZ_COUNT` to change).
//! An input that fails is written to `target/fuzz-failures/` and the run exits with 1.
//!
//! `cargo run --profile fuzz --example fuzz`

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

use back_on_track::domain::demo::demo_case;
use back_on_track::domain::exchange::{
    for_coach, for_young_person, plan_merge, Parcel, ParcelKind, Pick, SealedFile, ShareCode, Side,
};
use back_on_track::domain::lifeline::Moment;
use back_on_track::domain::network::Person;
use back_on_track::domain::plan::{ActionStatus, ReadingKind, Score, TopicId};
use back_on_track::domain::{CaseFile, LifeDomain, Profile, ProfileId};
use back_on_track::storage::backup;
use chrono::NaiveDate;

/// xorshift64*: small, fast, the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
    /// Up to `max - 1` random bytes.
    fn bytes(&mut self, max: usize) -> Vec<u8> {
        let n = self.below(max);
        (0..n).map(|_| self.next() as u8).collect()
    }
}

/// Pieces that tend to break parsers: JSON punctuation, odd numbers, long and odd texts.
const TOKENS: &[&[u8]] = &[
    b"{", b"}", b"[", b"]", b"\"", b",", b":", b"null", b"true", b"-1", b"0", b"1e999", b"18446744073709551616",
    b"-9223372036854775809", b"\"\\u0000\"", b"\"\\ud800\"", b"\"nvt\"", b"\"eigen-4294967296\"", b"\"2026-02-30\"",
    b"\"id\"", b"\"next_id\"", b"\"exchanged\"", b"\"format\"", b"\"kind\"", b"\"type\"", b"\"handover\"", b"\"backup\"",
    b"\"young-person\"", b"\"coach\"", b"BOTS", b"\x01", b"\xff", b"\xc3\xa9",
];

/// 1 to 8 random edits of `input`.
fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut v = input.to_vec();
    for _ in 0..1 + rng.below(8) {
        let len = v.len();
        match rng.below(9) {
            0 if len > 0 => {
                let i = rng.below(len);
                v[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                v[i] = rng.next() as u8;
            }
            2 => {
                let i = rng.below(len + 1);
                let b = rng.next() as u8;
                v.insert(i, b);
            }
            3 if len > 0 => {
                let i = rng.below(len);
                let n = 1 + rng.below(16.min(len - i));
                v.drain(i..i + n);
            }
            4 if len > 0 => {
                v.truncate(rng.below(len));
            }
            5 if len > 0 => {
                let i = rng.below(len);
                let n = 1 + rng.below(64.min(len - i));
                let chunk = v[i..i + n].to_vec();
                let at = rng.below(v.len() + 1);
                v.splice(at..at, chunk);
            }
            6 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                let at = rng.below(len + 1);
                v.splice(at..at, t.iter().copied());
            }
            7 if len > 0 => {
                // Replace a token-sized piece with a token: keeps JSON closer to valid.
                let i = rng.below(len);
                let n = 1 + rng.below(8.min(len - i));
                let t = TOKENS[rng.below(TOKENS.len())];
                v.splice(i..i + n, t.iter().copied());
            }
            _ => {
                let at = rng.below(len + 1);
                let junk = rng.bytes(9);
                v.splice(at..at, junk);
            }
        }
    }
    v
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, d).expect("a valid date")
}

/// A small case: the merge is cheap enough for a six-figure number of rounds.
fn small_case() -> CaseFile {
    let mut c = CaseFile::new(Profile::new(ProfileId("p-sam".into()), "Sam", Some(day(1)), day(1)));
    let r = c.start_reading(ReadingKind::SupportPlan, Some(day(2)), "Ondersteuningsplan");
    for (i, d) in LifeDomain::ALL.iter().take(4).enumerate() {
        c.plan.set_score(r, TopicId::Domain(*d), Score::Value(i as u8 + 2));
        c.plan.set_coach(r, TopicId::Domain(*d), Some(5));
    }
    for what in ["Huurcontract bekijken", "Bankkaart aanvragen"] {
        let a = c.plan.add_action(TopicId::Domain(LifeDomain::Wonen));
        c.plan.action_mut(a).expect("just added").what = what.into();
    }
    c.lifeline.add_moment(Moment { what: "Geboren".into(), ..Default::default() });
    c.network.add_person(Person { name: "Nadia".into(), ..Default::default() });
    c
}

/// One random edit a phone makes to its own file.
fn edit(rng: &mut Rng, c: &mut CaseFile) {
    let topic = TopicId::Domain(LifeDomain::ALL[rng.below(5)]);
    let latest = c.plan.latest().map(|r| r.id);
    let action = (!c.plan.actions.is_empty()).then(|| c.plan.actions[rng.below(c.plan.actions.len())].id);
    let text = ["", "a", "b", "Noor", "é\u{301}"][rng.below(5)].to_string();
    match rng.below(10) {
        0 => {
            latest.map(|r| c.plan.set_score(r, topic, Score::Value(rng.below(11) as u8)));
        }
        1 => {
            latest.map(|r| c.plan.set_words(r, topic, &text));
        }
        2 => {
            latest.map(|r| c.plan.set_coach(r, topic, Some(rng.below(11) as u8)));
        }
        3 => {
            let a = c.plan.add_action(topic);
            c.plan.action_mut(a).expect("just added").what = text;
        }
        4 => {
            if let Some(a) = action {
                c.plan.action_mut(a).expect("exists").what = text;
            }
        }
        5 => {
            if let Some(a) = action {
                c.plan.action_mut(a).expect("exists").set_status(ActionStatus::Done, day(9));
            }
        }
        6 => {
            if let Some(a) = action {
                c.plan.remove_action(a);
            }
        }
        7 => {
            c.lifeline.add_moment(Moment { what: text, ..Default::default() });
        }
        8 => {
            c.network.add_person(Person { name: text, ..Default::default() });
        }
        _ => {
            c.start_reading(ReadingKind::Interim, None, "x");
        }
    }
}

/// What a failed check says; the input is saved beside it.
struct Failure {
    what: String,
    input: Vec<u8>,
}

/// Receives `parcel_bytes` on the phone holding `state`: refused → `state` untouched;
/// merged → the same file again changes nothing.
fn receive(rng: &mut Rng, state: &CaseFile, parcel_bytes: &[u8], receiver: Side) -> Result<(), String> {
    let before = state.clone();
    let theirs = match Parcel::parse(parcel_bytes) {
        Ok(Parcel { kind: ParcelKind::Handover { case, .. }, .. }) => case,
        Ok(_) | Err(_) => return if *state == before { Ok(()) } else { Err("a refused parcel changed the file".into()) },
    };
    let plan = match plan_merge(state, &theirs, receiver) {
        Ok(plan) => plan,
        Err(_) => return if *state == before { Ok(()) } else { Err("a refused merge changed the file".into()) },
    };
    let picks: Vec<Pick> = plan.conflicts.iter().map(|_| if rng.chance(2) { Pick::Theirs } else { Pick::Mine }).collect();
    let merged = plan.apply(&picks);
    let again = plan_merge(&merged, &theirs, receiver).map_err(|e| format!("the merged file refuses the same file: {e:?}"))?;
    if !again.summary.is_empty() || !again.conflicts.is_empty() {
        return Err(format!("the same file again changes something: {:?} {:?}", again.summary, again.conflicts));
    }
    Ok(())
}

fn main() {
    let count: u64 = std::env::var("FUZZ_COUNT").ok().and_then(|s| s.parse().ok()).unwrap_or(1_000_000);
    let seed: u64 = std::env::var("FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5EED_B07);
    let mut rng = Rng(seed | 1);

    // The real files the mutations start from.
    let demo = demo_case(NaiveDate::from_ymd_opt(2026, 11, 23).expect("a valid date"), false);
    let small = small_case();
    let mut coach_state = small.clone();
    coach_state.exchanged = Some(Box::new(for_young_person(&small, false)));
    let backups = [backup::export(std::slice::from_ref(&small), "2026-11-23"), backup::export(std::slice::from_ref(&demo), "2026-11-23")];
    let parcels = [
        Parcel::handover(Side::YoungPerson, for_coach(&small)).to_json().into_bytes(),
        Parcel::handover(Side::Coach, for_young_person(&demo, true)).to_json().into_bytes(),
        Parcel::backup(backups[0].clone()).to_json().into_bytes(),
    ];
    let sealed = SealedFile { salt: [7; 16], iv: [9; 12], ciphertext: parcels[0].clone() }.to_bytes();

    let started = Instant::now();
    let mut kinds = [0u64; 5];
    let mut failures: Vec<Failure> = Vec::new();
    for n in 0..count {
        let kind = match n % 20 {
            0..=6 => 0,   // sealed file
            7..=11 => 1,  // parcel
            12..=15 => 2, // backup
            16..=17 => 3, // share code
            _ => 4,       // merge
        };
        kinds[kind] += 1;
        let input: Vec<u8> = match kind {
            0 if rng.chance(4) => rng.bytes(80),
            0 => {
                let len = sealed.len().min(40 + rng.below(200));
                mutate(&mut rng, &sealed[..len])
            }
            1 if rng.chance(64) => mutate(&mut rng, &parcels[1]),
            1 => {
                let which = if rng.chance(2) { 0 } else { 2 };
                mutate(&mut rng, &parcels[which])
            }
            2 if rng.chance(64) => mutate(&mut rng, backups[1].as_bytes()),
            2 if rng.chance(8) => rng.bytes(64),
            2 => mutate(&mut rng, backups[0].as_bytes()),
            3 => mutate(&mut rng, b"K7QM-3WXP-9HDT"),
            _ => Vec::new(),
        };
        // Both phones edit their copy between meetings, then one receives the other's.
        let (merge_state, merge_parcel, merge_receiver) = if kind == 4 {
            let mut coach = coach_state.clone();
            let mut young = for_young_person(&small, false);
            young.exchanged = Some(Box::new(young.clone()));
            if rng.chance(8) {
                coach.exchanged = None;
                young.exchanged = None;
            }
            for _ in 0..rng.below(6) {
                edit(&mut rng, &mut coach);
            }
            for _ in 0..rng.below(6) {
                edit(&mut rng, &mut young);
            }
            if rng.chance(2) {
                (coach, Parcel::handover(Side::YoungPerson, for_coach(&young)).to_json().into_bytes(), Side::Coach)
            } else {
                let share = rng.chance(2);
                (young, Parcel::handover(Side::Coach, for_young_person(&coach, share)).to_json().into_bytes(), Side::YoungPerson)
            }
        } else {
            (coach_state.clone(), Vec::new(), Side::Coach)
        };
        let outcome = catch_unwind(AssertUnwindSafe(|| -> Result<(), String> {
            match kind {
                0 => {
                    if let Ok(file) = SealedFile::parse(&input) {
                        if file.to_bytes() != input {
                            return Err("a sealed file does not write back to its bytes".into());
                        }
                    }
                    Ok(())
                }
                1 => {
                    let receiver = if rng.chance(2) { Side::Coach } else { Side::YoungPerson };
                    receive(&mut rng, &coach_state, &input, receiver)
                }
                2 => {
                    let _ = backup::parse(&String::from_utf8_lossy(&input));
                    Ok(())
                }
                3 => {
                    if let Ok(code) = ShareCode::parse(&String::from_utf8_lossy(&input)) {
                        if ShareCode::parse(&code.to_string()).as_ref() != Ok(&code) {
                            return Err("a code does not read back".into());
                        }
                    }
                    Ok(())
                }
                _ => receive(&mut rng, &merge_state, &merge_parcel, merge_receiver),
            }
        }));
        let what = match outcome {
            Ok(Ok(())) => continue,
            Ok(Err(what)) => what,
            Err(_) => "panic".to_string(),
        };
        if failures.len() < 20 {
            // A merge's input is the received parcel; this phone's file goes beside it.
            let (what, input) = if kind == 4 {
                let state = serde_json::to_string(&merge_state).unwrap_or_default();
                (format!("{what} (receiver {merge_receiver:?}; this phone's file: {state})"), merge_parcel)
            } else {
                (what, input)
            };
            failures.push(Failure { what, input });
        }
    }
    let elapsed = started.elapsed();
    println!(
        "fuzz: {count} inputs in {:.1} s ({:.0}/s): {} sealed files, {} parcels, {} backups, {} codes, {} merges of edited phones; {} failures",
        elapsed.as_secs_f64(),
        count as f64 / elapsed.as_secs_f64(),
        kinds[0],
        kinds[1],
        kinds[2],
        kinds[3],
        kinds[4],
        failures.len()
    );
    if !failures.is_empty() {
        let dir = std::path::Path::new("target/fuzz-failures");
        let _ = std::fs::create_dir_all(dir);
        for (i, f) in failures.iter().enumerate() {
            let path = dir.join(format!("{i}.bin"));
            let _ = std::fs::write(&path, &f.input);
            let _ = std::fs::write(dir.join(format!("{i}.txt")), &f.what);
            println!("  {}: {}", path.display(), f.what.chars().take(300).collect::<String>());
        }
        std::process::exit(1);
    }
}
