//! Model of the Patterson reflection sheet — issue 5.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PattersonSheet {}
