//! Prints one young person's case file with a full lifeline and network, as the app stores it
//! in localStorage, for the worksheets-a benchmark (`tests/bench/worksheets-a.mjs`).
//!
//! Usage: `cargo run --quiet --example worksheets_a_case -- <profile id> <moments> <people>`
//! Output: one JSON line `{"key": "bot.case.<id>", "value": "<stored text>"}`.

use back_on_track::domain::lifeline::sample_lifeline;
use back_on_track::domain::network::sample_network;
use back_on_track::domain::{CaseFile, Profile, ProfileId};
use back_on_track::storage::envelope::encode;
use back_on_track::storage::repo::case_key;
use chrono::NaiveDate;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let id = args.first().cloned().unwrap_or_else(|| "bench-a".into());
    assert!(ProfileId::is_valid(&id), "a profile id has only letters, digits and '-'");
    let moments: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(200);
    let people: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(150);
    let day = NaiveDate::from_ymd_opt(2026, 1, 12).expect("a real day");
    let mut case = CaseFile::new(Profile::new(ProfileId(id), "Bench", Some(day), day));
    case.lifeline = sample_lifeline(moments, 7);
    case.network = sample_network(people, 7);
    let out = serde_json::json!({ "key": case_key(&case.profile.id), "value": encode(&case, 1) });
    println!("{out}");
}
