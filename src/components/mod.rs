//! Reusable widgets. They get their data and callbacks as props and never touch storage.

pub mod coming_soon;
pub mod date_field;
pub mod page_header;
pub mod basket_board;
pub mod change_circle;
pub mod choice_buttons;
pub mod note_field;
pub mod sheet_intro;
