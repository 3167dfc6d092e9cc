//! Texts of the Methods part.

pub struct Cards {
    pub title: &'static str,
}

pub const NL: Cards = Cards { title: "Methodieken" };

pub const EN: Cards = Cards { title: "Methods" };
