//! Texts of the date field ([`crate::components::date_field`]) that only its screens need: they
//! travel with those screens' part, not with the first page.

pub struct DateFieldTexts {
    /// The browser gives no value although something is typed (31/02, a part left empty).
    pub bad_input: &'static str,
    /// Said after `bad_input` when a date is stored: what stays.
    pub kept: fn(&str) -> String,
    /// The button that empties the field on purpose.
    pub clear: &'static str,
}

pub const NL: DateFieldTexts = DateFieldTexts {
    bad_input: "Die dag bestaat niet, of de datum is niet volledig.",
    kept: |d| format!("De bewaarde datum blijft {d}."),
    clear: "Wis datum",
};

pub const EN: DateFieldTexts = DateFieldTexts {
    bad_input: "That day does not exist, or the date is not complete.",
    kept: |d| format!("The saved date stays {d}."),
    clear: "Clear date",
};
