//! Texts of the goods worksheet.

pub struct GoodsTexts {
    /// One line under the title that says who else will see what is filled in here.
    pub who_sees: &'static str,
}

pub const NL: GoodsTexts = GoodsTexts { who_sees: "Wat je hier invult, zien alleen jij en je begeleider op dit toestel." };

pub const EN: GoodsTexts = GoodsTexts { who_sees: "What you fill in here is seen only by you and your coach on this device." };
