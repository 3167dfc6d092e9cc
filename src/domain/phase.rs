//! The phases of a Back On Track year, used to group method cards and to show where a young
//! person stands (§2.5 Opbouw van je praktijk).

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// Referral by a partner.
    Aanmelding,
    /// First conversation; both agree to start and the start date is set.
    Kennismaking,
    /// The first six weeks ("stormen").
    Opstart,
    /// The support plan, ready at six weeks.
    Plan,
    /// The quarterly evaluations.
    Evaluatie,
    /// Closing at one year.
    Afronding,
    /// Aftercare after the year.
    Nazorg,
}

impl Phase {
    pub const ALL: [Phase; 7] = [
        Phase::Aanmelding,
        Phase::Kennismaking,
        Phase::Opstart,
        Phase::Plan,
        Phase::Evaluatie,
        Phase::Afronding,
        Phase::Nazorg,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Phase::Aanmelding => "aanmelding",
            Phase::Kennismaking => "kennismaking",
            Phase::Opstart => "opstart",
            Phase::Plan => "plan",
            Phase::Evaluatie => "evaluatie",
            Phase::Afronding => "afronding",
            Phase::Nazorg => "nazorg",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Phase> {
        Self::ALL.into_iter().find(|p| p.slug() == slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip() {
        for p in Phase::ALL {
            assert_eq!(Phase::from_slug(p.slug()), Some(p));
        }
        assert_eq!(Phase::from_slug("onbekend"), None);
    }
}
