//! Model of the three baskets (driemandenmethodiek) worksheet — issue 5.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ThreeBaskets {}
