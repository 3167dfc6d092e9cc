//! Model of the change cycle (cirkel van gedragsverandering) worksheet — issue 5.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ChangeCycle {}
