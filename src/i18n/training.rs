//! Texts of the Training part.

pub struct Training {
    pub title: &'static str,
}

pub const NL: Training = Training { title: "Vorming" };

pub const EN: Training = Training { title: "Training" };
