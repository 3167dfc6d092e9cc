//! Model of the Good Lives Model worksheet — issue 5.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GoodLives {}
