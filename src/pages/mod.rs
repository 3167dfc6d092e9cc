//! One module per screen. Pages read [`crate::state::AppState`], wire callbacks and compose
//! components.

pub mod cards;
pub mod course;
pub mod damaged;
pub mod exchange;
pub mod data;
pub mod home;
pub mod lock;
pub mod more;
pub mod my_plan;
pub mod not_found;
pub mod plan;
pub mod profile;
pub mod profiles;
pub mod trajectory;
pub mod worksheets;
