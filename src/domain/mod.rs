//! The programme's concepts as plain Rust: no screens, no storage, no web-sys.
//! Everything here is tested natively with `cargo test`.

pub mod aftercare;
pub mod baskets;
pub mod calendar;
pub mod caseload;
pub mod case_file;
pub mod change;
pub mod dates;
pub mod demo;
pub mod ending;
pub mod exchange;
pub mod file_name;
pub mod goods;
pub mod help_lines;
pub mod life_domain;
pub mod lifeline;
pub mod lifeline_chart;
pub mod merge;
pub mod network;
pub mod network_chart;
pub mod outcomes;
pub mod patterson;
pub mod phase;
pub mod plan;
pub mod preferences;
pub mod profile;
pub mod small_sort;
pub mod text;
pub mod trajectory;
pub mod year_chart;
pub mod year_line;

pub use case_file::CaseFile;
pub use life_domain::LifeDomain;
pub use profile::{Profile, ProfileId};
