//! Model of support plan (self-scores per life domain, readings, SMART actions) — issue 4.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SupportPlan {}
