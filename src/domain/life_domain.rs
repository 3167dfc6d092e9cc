//! The life domains of the support plan, gathered from three places in the Back On Track source.
//!
//! No single list in the source holds all thirteen. §2.5 names what the support plan covers
//! (network, education or work, income, activation, physical and mental health, societal
//! identity); housing and avoiding recidivism are two of the five pillars (§1, §2.2); budget,
//! administration, leisure and self-reliance are the further domains of §3.1 "Individuele
//! begeleiding en afronding".

use serde::{Deserialize, Serialize};

/// A life domain the young person scores in the support plan and that methods are grouped by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LifeDomain {
    Wonen,
    Netwerk,
    OpleidingWerk,
    Inkomen,
    Activering,
    FysiekeGezondheid,
    MentaleGezondheid,
    MaatschappelijkeIdentiteit,
    Budget,
    Administratie,
    VrijeTijd,
    Zelfredzaamheid,
    Recidive,
}

impl LifeDomain {
    /// All domains, in the app's fixed order: housing first (the first pillar), then the
    /// support plan's list of §2.5, the domains of §3.1, and avoiding recidivism last (it is
    /// switched off for those never in detention). Stored data and card files use the slugs,
    /// not this order.
    pub const ALL: [LifeDomain; 13] = [
        LifeDomain::Wonen,
        LifeDomain::Netwerk,
        LifeDomain::OpleidingWerk,
        LifeDomain::Inkomen,
        LifeDomain::Activering,
        LifeDomain::FysiekeGezondheid,
        LifeDomain::MentaleGezondheid,
        LifeDomain::MaatschappelijkeIdentiteit,
        LifeDomain::Budget,
        LifeDomain::Administratie,
        LifeDomain::VrijeTijd,
        LifeDomain::Zelfredzaamheid,
        LifeDomain::Recidive,
    ];

    /// Stable slug used in URLs, content files and storage.
    pub fn slug(self) -> &'static str {
        match self {
            LifeDomain::Wonen => "wonen",
            LifeDomain::Netwerk => "netwerk",
            LifeDomain::OpleidingWerk => "opleiding-werk",
            LifeDomain::Inkomen => "inkomen",
            LifeDomain::Activering => "activering",
            LifeDomain::FysiekeGezondheid => "fysieke-gezondheid",
            LifeDomain::MentaleGezondheid => "mentale-gezondheid",
            LifeDomain::MaatschappelijkeIdentiteit => "maatschappelijke-identiteit",
            LifeDomain::Budget => "budget",
            LifeDomain::Administratie => "administratie",
            LifeDomain::VrijeTijd => "vrije-tijd",
            LifeDomain::Zelfredzaamheid => "zelfredzaamheid",
            LifeDomain::Recidive => "recidive",
        }
    }

    pub fn from_slug(slug: &str) -> Option<LifeDomain> {
        Self::ALL.into_iter().find(|d| d.slug() == slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_are_unique() {
        for d in LifeDomain::ALL {
            assert_eq!(LifeDomain::from_slug(d.slug()), Some(d));
        }
        let mut slugs: Vec<_> = LifeDomain::ALL.iter().map(|d| d.slug()).collect();
        slugs.sort();
        slugs.dedup();
        assert_eq!(slugs.len(), LifeDomain::ALL.len());
    }

    #[test]
    fn serde_uses_the_slug() {
        let json = serde_json::to_string(&LifeDomain::OpleidingWerk).unwrap();
        assert_eq!(json, "\"opleiding-werk\"");
    }
}
