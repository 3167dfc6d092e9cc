//! Names of the trajectory phases, in the order of `Phase::ALL`.

use crate::domain::phase::Phase;

pub struct Phases {
    pub names: [&'static str; 7],
}

impl Phases {
    pub fn name(&self, p: Phase) -> &'static str {
        self.names[Phase::ALL.iter().position(|x| *x == p).expect("ALL lists every phase")]
    }
}

pub const NL: Phases = Phases {
    names: ["Aanmelding", "Kennismaking", "Opstartfase", "Ondersteuningsplan", "Evaluaties", "Afronding", "Nazorg"],
};

pub const EN: Phases = Phases {
    names: ["Referral", "First meeting", "Start phase", "Support plan", "Evaluations", "Closing", "Aftercare"],
};
