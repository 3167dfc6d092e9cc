//! Messages about saving and reading stored data. Plain words, no technical terms.

pub struct StorageTexts {
    pub quota: &'static str,
    pub unavailable: &'static str,
    pub conflict: &'static str,
    pub protected: &'static str,
    pub other: &'static str,
    pub quarantined: &'static str,
    pub quarantined_newer: &'static str,
    pub untouched: &'static str,
    pub no_storage: &'static str,
    pub dismiss: &'static str,
    pub region_label: &'static str,
    /// Another tab's version was merged with this tab's waiting change; followed by the parts
    /// where this tab's value was kept.
    pub kept_mine: &'static str,
    /// The parts of a young person's file, by their field name in the file (see `area`).
    pub areas: [(&'static str, &'static str); 9],
    /// When the part is not known.
    pub area_unknown: &'static str,
    /// The button that tries a refused write again now.
    pub retry: &'static str,
    /// Leads from the message about damaged data to the screen that lists it.
    pub view_damaged: &'static str,
}

impl StorageTexts {
    /// The words for the part of a file named `field` (`plan`, `lifeline`, ...).
    pub fn area(&self, field: &str) -> &'static str {
        self.areas.iter().find(|(f, _)| *f == field).map(|(_, w)| *w).unwrap_or(self.area_unknown)
    }
}

pub const NL: StorageTexts = StorageTexts {
    quota: "Het geheugen van deze browser is vol. Je laatste wijziging staat nog op het scherm, maar is nog niet bewaard. Maak plaats, bijvoorbeeld door oude gegevens te verwijderen. De app probeert het zelf om de paar seconden opnieuw, zolang ze open is.",
    unavailable: "Deze browser laat niet toe om iets te bewaren (misschien een privévenster). Wat je nu invult, verdwijnt als je de app sluit.",
    conflict: "Deze gegevens werden intussen in een ander venster gewijzigd. We tonen nu de nieuwste versie. Doe je laatste wijziging zo nodig opnieuw.",
    protected: "Een deel van de bewaarde gegevens kon niet gelezen worden. We laten het onaangeroerd en schrijven er niet overheen.",
    other: "Je laatste wijziging kon niet bewaard worden. Ze staat nog op het scherm. De app probeert het zelf om de paar seconden opnieuw.",
    quarantined: "Een deel van de bewaarde gegevens was beschadigd en kon niet gelezen worden. We hebben het apart gezet, niets is gewist. De rest van de app werkt gewoon.",
    quarantined_newer: "Een deel van de gegevens werd bewaard door een nieuwere versie van de app. We hebben het apart gezet, niets is gewist. Werk de app bij om het terug te zien.",
    untouched: "Een deel van de bewaarde gegevens kon niet gelezen worden en er was geen plaats om het apart te zetten. We laten het staan zoals het is.",
    no_storage: "Deze browser geeft geen plaats om iets te bewaren. Je kunt de app gebruiken, maar niets blijft bewaard na het sluiten.",
    dismiss: "Begrepen",
    region_label: "Meldingen over bewaren",
    kept_mine: "Deze jongere werd intussen ook in een ander venster gewijzigd. We hebben beide versies samengevoegd. Waar hetzelfde veld in beide anders was, bleef jouw versie van hier staan. Kijk het even na bij:",
    areas: [
        ("profile", "profiel"),
        ("plan", "ondersteuningsplan"),
        ("trajectory", "traject"),
        ("lifeline", "levenslijn"),
        ("network", "netwerk"),
        ("baskets", "drie manden"),
        ("goods", "Good Lives"),
        ("change", "cirkel van verandering"),
        ("patterson", "Patterson"),
    ],
    area_unknown: "het hele dossier",
    retry: "Probeer opnieuw",
    view_damaged: "Bekijk",
};

pub const EN: StorageTexts = StorageTexts {
    quota: "This browser's storage is full. Your last change is still on the screen, but it is not saved yet. Make room, for example by removing old data. The app tries again by itself every few seconds while it is open.",
    unavailable: "This browser does not allow saving (perhaps a private window). What you fill in now disappears when you close the app.",
    conflict: "This data was changed in another window in the meantime. We now show the newest version. Redo your last change if needed.",
    protected: "Part of the stored data could not be read. We leave it untouched and do not write over it.",
    other: "Your last change could not be saved. It is still on the screen. The app tries again by itself every few seconds.",
    quarantined: "Part of the stored data was damaged and could not be read. We put it aside; nothing was erased. The rest of the app works as usual.",
    quarantined_newer: "Part of the data was saved by a newer version of the app. We put it aside; nothing was erased. Update the app to see it again.",
    untouched: "Part of the stored data could not be read and there was no room to put it aside. We leave it exactly as it is.",
    no_storage: "This browser gives no room to save anything. You can use the app, but nothing is kept after closing it.",
    dismiss: "Got it",
    region_label: "Messages about saving",
    kept_mine: "This young person was also changed in another window meanwhile. We merged both versions. Where the same field differed, your version from here was kept. Please check:",
    areas: [
        ("profile", "profile"),
        ("plan", "support plan"),
        ("trajectory", "trajectory"),
        ("lifeline", "lifeline"),
        ("network", "network"),
        ("baskets", "three baskets"),
        ("goods", "Good Lives"),
        ("change", "change cycle"),
        ("patterson", "Patterson"),
    ],
    area_unknown: "the whole file",
    retry: "Try again",
    view_damaged: "View",
};
