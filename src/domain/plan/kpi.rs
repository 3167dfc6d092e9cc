//! The programme's indicators, registered at the closing (source §4.2), and the aftercare
//! agreements written into the closing report.

use serde::{Deserialize, Serialize};

pub const MAX_KPI_NOTE_CHARS: usize = 600;
pub const MAX_AFTERCARE_CHARS: usize = 3000;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Answer {
    #[default]
    Unknown,
    Yes,
    No,
    /// Only for recidivism: the young person did not come from detention.
    NotApplicable,
}

impl Answer {
    /// The answers every indicator offers (see [`Kpi::answers`]).
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::No, Answer::Unknown];
    /// Recidivism's answers, and the six-month check's: "not applicable" for a young person who
    /// did not come from detention (the source measures recidivism for them only, §2.3).
    pub const WITH_NOT_APPLICABLE: [Answer; 4] = [Answer::Yes, Answer::No, Answer::NotApplicable, Answer::Unknown];

    pub fn slug(self) -> &'static str {
        match self {
            Answer::Unknown => "unknown",
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::NotApplicable => "not-applicable",
        }
    }
}

/// One yes/no question with a note.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    #[serde(default)]
    pub answer: Answer,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// Which indicator (for forms and reports).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kpi {
    RentalContract,
    LastingHousing,
    PrivateNetwork,
    ProfessionalNetwork,
    Recidivism,
    OtherIncome,
}

impl Kpi {
    pub const ALL: [Kpi; 6] = [
        Kpi::RentalContract,
        Kpi::LastingHousing,
        Kpi::PrivateNetwork,
        Kpi::ProfessionalNetwork,
        Kpi::Recidivism,
        Kpi::OtherIncome,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Kpi::RentalContract => "huurcontract",
            Kpi::LastingHousing => "duurzaam-wonen",
            Kpi::PrivateNetwork => "netwerk-prive",
            Kpi::ProfessionalNetwork => "netwerk-professioneel",
            Kpi::Recidivism => "recidive",
            Kpi::OtherIncome => "inkomen",
        }
    }

    /// The answers the form offers for this indicator.
    pub fn answers(self) -> &'static [Answer] {
        match self {
            Kpi::Recidivism => &Answer::WITH_NOT_APPLICABLE,
            _ => &Answer::ALL,
        }
    }
}

/// The four indicators (housing counted once: own rental contract, or else lasting housing)
/// and the aftercare agreements.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ClosingKpis {
    /// A rental contract in the young person's own name.
    #[serde(default)]
    pub rental_contract: Indicator,
    /// If not: a lasting (sustainable) housing situation.
    #[serde(default)]
    pub lasting_housing: Indicator,
    /// An active private network that can support living on one's own.
    #[serde(default)]
    pub private_network: Indicator,
    /// An active professional network.
    #[serde(default)]
    pub professional_network: Indicator,
    /// Recidivism during the trajectory.
    #[serde(default)]
    pub recidivism: Indicator,
    /// An income other than leefloon (living wage).
    #[serde(default)]
    pub other_income: Indicator,
    /// What was agreed for aftercare, in words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub aftercare: String,
}

/// The housing outcome in one word, as the programme counts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Housing {
    OwnContract,
    Lasting,
    NotYet,
    Unknown,
}

impl ClosingKpis {
    pub fn get(&self, k: Kpi) -> &Indicator {
        match k {
            Kpi::RentalContract => &self.rental_contract,
            Kpi::LastingHousing => &self.lasting_housing,
            Kpi::PrivateNetwork => &self.private_network,
            Kpi::ProfessionalNetwork => &self.professional_network,
            Kpi::Recidivism => &self.recidivism,
            Kpi::OtherIncome => &self.other_income,
        }
    }

    pub fn get_mut(&mut self, k: Kpi) -> &mut Indicator {
        match k {
            Kpi::RentalContract => &mut self.rental_contract,
            Kpi::LastingHousing => &mut self.lasting_housing,
            Kpi::PrivateNetwork => &mut self.private_network,
            Kpi::ProfessionalNetwork => &mut self.professional_network,
            Kpi::Recidivism => &mut self.recidivism,
            Kpi::OtherIncome => &mut self.other_income,
        }
    }

    /// Lasting housing is only asked when there is no rental contract in own name.
    pub fn asks(&self, k: Kpi) -> bool {
        k != Kpi::LastingHousing || self.rental_contract.answer != Answer::Yes
    }

    pub fn housing(&self) -> Housing {
        match (self.rental_contract.answer, self.lasting_housing.answer) {
            (Answer::Yes, _) => Housing::OwnContract,
            (_, Answer::Yes) => Housing::Lasting,
            (Answer::No, Answer::No) => Housing::NotYet,
            _ => Housing::Unknown,
        }
    }

    /// Nothing filled in yet.
    pub fn is_empty(&self) -> bool {
        self == &ClosingKpis::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yes() -> Indicator {
        Indicator { answer: Answer::Yes, note: String::new() }
    }
    fn no() -> Indicator {
        Indicator { answer: Answer::No, note: String::new() }
    }

    #[test]
    fn housing_counts_own_contract_or_else_lasting_housing() {
        let mut k = ClosingKpis::default();
        assert_eq!(k.housing(), Housing::Unknown);
        assert!(k.asks(Kpi::LastingHousing));
        k.rental_contract = yes();
        assert_eq!(k.housing(), Housing::OwnContract);
        assert!(!k.asks(Kpi::LastingHousing), "with a contract the second question is not asked");
        k.rental_contract = no();
        assert_eq!(k.housing(), Housing::Unknown);
        k.lasting_housing = yes();
        assert_eq!(k.housing(), Housing::Lasting);
        k.lasting_housing = no();
        assert_eq!(k.housing(), Housing::NotYet);
    }

    #[test]
    fn get_mut_reaches_every_indicator() {
        let mut k = ClosingKpis::default();
        assert!(k.is_empty());
        for kpi in Kpi::ALL {
            k.get_mut(kpi).note = kpi.slug().to_string();
        }
        for kpi in Kpi::ALL {
            assert_eq!(k.get(kpi).note, kpi.slug());
        }
        assert!(!k.is_empty());
    }

    #[test]
    fn only_recidivism_offers_not_applicable() {
        for kpi in Kpi::ALL {
            assert_eq!(kpi.answers().contains(&Answer::NotApplicable), kpi == Kpi::Recidivism);
        }
        let i: Indicator = serde_json::from_str(r#"{"answer":"not-applicable"}"#).unwrap();
        assert_eq!(i.answer, Answer::NotApplicable);
        assert_eq!(serde_json::to_string(&Answer::NotApplicable).unwrap(), r#""not-applicable""#);
    }
}
