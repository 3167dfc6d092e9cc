//! What the rest of the app tells the trajectory, in the trajectory's own terms.
//!
//! This is the one seam between the trajectory and the other parts: the support plan (issue 4)
//! and the worksheets (issue 5) are built side by side with it, so the trajectory never reads
//! their models directly. Wiring them in is a change in this file only:
//!
//! - [`done_facts`]: each support-plan reading whose kind is support plan, evaluation 1/2/3 or
//!   closing becomes `DoneFact { kind, date: reading date }`.
//! - [`dated_events`]: readings, lifeline moments, network-map versions and walk stops become
//!   `DatedEvent { date, label, kind, link }` for "one line through the year".
//!
//! Until those parts are merged both lists are empty: milestones can still be marked done by
//! hand on the trajectory page, and the year line shows the milestones.

use crate::domain::trajectory::DoneFact;
use crate::domain::year_line::DatedEvent;
use crate::domain::CaseFile;
use crate::i18n::Texts;

/// Milestones that documents elsewhere in the case file show as done.
pub fn done_facts(case: &CaseFile) -> Vec<DoneFact> {
    // `case.plan` (issue 4) has no readings yet.
    let _ = &case.plan;
    Vec::new()
}

/// Dated things from the other parts, for "one line through the year". `texts` gives the
/// labels in the user's language.
pub fn dated_events(case: &CaseFile, texts: &Texts) -> Vec<DatedEvent> {
    // `case.lifeline`, `case.network` (issue 5) hold no dated entries yet.
    let _ = (&case.lifeline, &case.network, texts);
    Vec::new()
}
