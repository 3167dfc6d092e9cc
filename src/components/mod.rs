//! Reusable widgets. They get their data and callbacks as props and never touch storage.

pub mod aftercare_plan;
pub mod coming_soon;
pub mod date_field;
pub mod milestone_list;
pub mod page_header;
pub mod year_line;
pub mod year_timeline;
