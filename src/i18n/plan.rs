//! Texts of the Support plan part.

pub struct Plan {
    pub title: &'static str,
}

pub const NL: Plan = Plan { title: "Ondersteuningsplan" };

pub const EN: Plan = Plan { title: "Support plan" };
