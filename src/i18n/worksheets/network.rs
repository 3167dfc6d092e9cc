//! Texts of the network worksheet.

pub struct NetworkTexts {
    /// One line under the title that says who else will see what is filled in here.
    pub who_sees: &'static str,
}

pub const NL: NetworkTexts = NetworkTexts { who_sees: "Wat je hier invult, zien alleen jij en je begeleider op dit toestel." };

pub const EN: NetworkTexts = NetworkTexts { who_sees: "What you fill in here is seen only by you and your coach on this device." };
