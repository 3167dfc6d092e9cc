//! Texts of the Backup and privacy part.

pub struct Data {
    pub title: &'static str,
}

pub const NL: Data = Data { title: "Back-up en privacy" };

pub const EN: Data = Data { title: "Backup and privacy" };
