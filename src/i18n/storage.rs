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
    /// Leads from the message about damaged data to the screen that lists it.
    pub view_damaged: &'static str,
}

pub const NL: StorageTexts = StorageTexts {
    quota: "Het geheugen van deze browser is vol. Je laatste wijziging staat nog op het scherm maar is niet bewaard. Maak een back-up of verwijder oude gegevens en probeer opnieuw.",
    unavailable: "Deze browser laat niet toe om iets te bewaren (misschien een privévenster). Wat je nu invult, verdwijnt als je de app sluit.",
    conflict: "Deze gegevens werden intussen in een ander venster gewijzigd. We tonen nu de nieuwste versie. Doe je laatste wijziging zo nodig opnieuw.",
    protected: "Een deel van de bewaarde gegevens kon niet gelezen worden. We laten het onaangeroerd en schrijven er niet overheen.",
    other: "Je laatste wijziging kon niet bewaard worden. Ze staat nog op het scherm. Probeer het zo meteen opnieuw.",
    quarantined: "Een deel van de bewaarde gegevens was beschadigd en kon niet gelezen worden. We hebben het apart gezet, niets is gewist. De rest van de app werkt gewoon.",
    quarantined_newer: "Een deel van de gegevens werd bewaard door een nieuwere versie van de app. We hebben het apart gezet, niets is gewist. Werk de app bij om het terug te zien.",
    untouched: "Een deel van de bewaarde gegevens kon niet gelezen worden en er was geen plaats om het apart te zetten. We laten het staan zoals het is.",
    no_storage: "Deze browser geeft geen plaats om iets te bewaren. Je kunt de app gebruiken, maar niets blijft bewaard na het sluiten.",
    dismiss: "Begrepen",
    region_label: "Meldingen over bewaren",
    view_damaged: "Bekijk",
};

pub const EN: StorageTexts = StorageTexts {
    quota: "This browser's storage is full. Your last change is still on the screen but was not saved. Make a backup or remove old data and try again.",
    unavailable: "This browser does not allow saving (perhaps a private window). What you fill in now disappears when you close the app.",
    conflict: "This data was changed in another window in the meantime. We now show the newest version. Redo your last change if needed.",
    protected: "Part of the stored data could not be read. We leave it untouched and do not write over it.",
    other: "Your last change could not be saved. It is still on the screen. Please try again in a moment.",
    quarantined: "Part of the stored data was damaged and could not be read. We put it aside; nothing was erased. The rest of the app works as usual.",
    quarantined_newer: "Part of the data was saved by a newer version of the app. We put it aside; nothing was erased. Update the app to see it again.",
    untouched: "Part of the stored data could not be read and there was no room to put it aside. We leave it exactly as it is.",
    no_storage: "This browser gives no room to save anything. You can use the app, but nothing is kept after closing it.",
    dismiss: "Got it",
    region_label: "Messages about saving",
    view_damaged: "View",
};
