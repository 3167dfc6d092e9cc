//! Texts of the change worksheet.

pub struct ChangeTexts {
    /// One line under the title that says who else will see what is filled in here.
    pub who_sees: &'static str,
}

pub const NL: ChangeTexts = ChangeTexts { who_sees: "Wat je hier invult, zien alleen jij en je begeleider op dit toestel." };

pub const EN: ChangeTexts = ChangeTexts { who_sees: "What you fill in here is seen only by you and your coach on this device." };
