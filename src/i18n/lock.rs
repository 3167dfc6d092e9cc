//! Texts of the passcode lock.

pub struct Lock {
    pub title: &'static str,
}

pub const NL: Lock = Lock { title: "Toegangscode" };

pub const EN: Lock = Lock { title: "Passcode" };
