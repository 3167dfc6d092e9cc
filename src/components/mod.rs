//! Reusable widgets. They get their data and callbacks as props and never touch storage.

pub mod card_list;
pub mod card_view;
pub mod coming_soon;
pub mod date_field;
pub mod evolution_table;
pub mod page_header;
pub mod search_box;
pub mod radar_chart;
pub mod score_picker;
