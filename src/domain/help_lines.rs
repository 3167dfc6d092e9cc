//! Help lines in Flanders that fit the young people of Back On Track (17–25, homeless or just out
//! of detention), shown on "Hulp nodig?" beside the plan's own contacts.
//!
//! Numbers change rarely but they do change: each line says where it was checked and when, so the
//! team can check it again. Checked on 2026-12-08 against what the services publish (their own
//! sites named here and press reports quoting them); see the closing note of issue 25.

/// One help line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HelpLine {
    /// Stable key, for the texts (name and what it is for) in `i18n::my_plan`.
    pub key: HelpLineKey,
    /// What to dial, as shown.
    pub number: &'static str,
    /// Where the number is published by the service itself.
    pub source: &'static str,
    /// When it was last checked (ISO date).
    pub checked: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpLineKey {
    Emergency,
    Suicide,
    TeleOnthaal,
    Caw,
    Drugs,
}

impl HelpLine {
    /// The `tel:` address: the number without spaces.
    pub fn tel(&self) -> String {
        format!("tel:{}", self.number.chars().filter(|c| !c.is_whitespace()).collect::<String>())
    }
}

/// In the order a young person in trouble would need them.
pub const HELP_LINES: [HelpLine; 5] = [
    HelpLine { key: HelpLineKey::Emergency, number: "112", source: "https://www.112.be", checked: "2026-12-08" },
    HelpLine { key: HelpLineKey::Suicide, number: "1813", source: "https://www.zelfmoord1813.be", checked: "2026-12-08" },
    HelpLine { key: HelpLineKey::TeleOnthaal, number: "106", source: "https://www.tele-onthaal.be", checked: "2026-12-08" },
    HelpLine { key: HelpLineKey::Caw, number: "0800 13 500", source: "https://www.caw.be", checked: "2026-12-08" },
    HelpLine { key: HelpLineKey::Drugs, number: "078 15 10 20", source: "https://www.druglijn.be", checked: "2026-12-08" },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_can_be_dialled_and_says_where_it_was_checked() {
        for line in HELP_LINES {
            let tel = line.tel();
            assert!(tel[4..].chars().all(|c| c.is_ascii_digit()), "{tel}");
            assert!(line.source.starts_with("https://"), "{:?}", line.key);
            assert!(line.checked.parse::<chrono::NaiveDate>().is_ok(), "{:?}", line.key);
        }
        assert_eq!(HELP_LINES[1].tel(), "tel:1813");
        assert_eq!(HELP_LINES[3].tel(), "tel:080013500");
    }
}
