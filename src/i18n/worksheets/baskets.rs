//! Texts of the baskets worksheet.

pub struct BasketsTexts {
    /// One line under the title that says who else will see what is filled in here.
    pub who_sees: &'static str,
}

pub const NL: BasketsTexts = BasketsTexts { who_sees: "Wat je hier invult, zien alleen jij en je begeleider op dit toestel." };

pub const EN: BasketsTexts = BasketsTexts { who_sees: "What you fill in here is seen only by you and your coach on this device." };
