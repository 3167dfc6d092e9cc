//! Model of the network walk (netwerkwandeling) worksheet — issue 5.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Network {}
