//! Reusable widgets. They get their data and callbacks as props and never touch storage.

pub mod coming_soon;
pub mod date_field;
pub mod page_header;
