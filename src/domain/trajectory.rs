//! Model of the trajectory year: milestones moved by the coach, aftercare choice — issue 6.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TrajectoryPlan {}
