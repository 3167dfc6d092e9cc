//! Prints the stored value (the storage envelope) of a young person with a heavy support plan —
//! 10 readings × 15 domains × 40 actions — for the benchmark, which writes it to localStorage
//! under `bot.case.bench-heavy`.
//!
//! `cargo run --example heavy_plan > target/heavy-plan.json`

use back_on_track::domain::plan::demo::demo_heavy_case;
use back_on_track::storage::envelope::encode;

fn main() {
    let start = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).expect("a valid date");
    let case = demo_heavy_case("bench-heavy", start);
    println!("{}", encode(&case, 1));
}
