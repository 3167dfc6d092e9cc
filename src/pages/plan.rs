//! Pages of the support plan (issue 4):
//!
//! | route | page |
//! |---|---|
//! | `/jongeren/:id/plan` | [`PlanPage`]: the web, the evolution, actions, readings |
//! | `/jongeren/:id/plan/doorgeven` | [`HandoverPage`]: "geef de gsm door", one domain per screen |
//! | `/jongeren/:id/plan/domeinen` | [`PlanDomainsPage`]: domains on/off, own themes |
//! | `/jongeren/:id/plan/meting/:reading` | [`ReadingPage`]: a reading, per domain |
//! | `/jongeren/:id/plan/acties` | [`ActionsPage`]: all actions |
//! | `/jongeren/:id/plan/acties/:action` | [`ActionPage`]: one action |
//! | `/jongeren/:id/plan/afronding` | [`ClosingPage`]: the closing report |
//! | `/jongeren/:id/plan/afdruk` | [`PrintPlanPage`]: "Mijn plan" on A4 |

mod actions;
mod closing;
mod domains;
mod handover;
mod overview;
mod print;
mod reading;
pub(crate) mod shared;

pub use actions::{ActionPage, ActionsPage};
pub use closing::ClosingPage;
pub use domains::PlanDomainsPage;
pub use handover::HandoverPage;
pub use overview::PlanPage;
pub use print::PrintPlanPage;
pub use reading::ReadingPage;
