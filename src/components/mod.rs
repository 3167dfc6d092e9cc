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
pub mod choice_group;
pub mod moment_editor;
pub mod timeline;
pub mod when_field;
pub mod domain_checks;
pub mod network_legend;
pub mod network_map;
pub mod snapshot_slider;
pub mod timeline_legend;
pub mod person_editor;
pub mod walk_list;
pub mod focus;
pub mod sheet_intro;
pub mod undo_bar;
