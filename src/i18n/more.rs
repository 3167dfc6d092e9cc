//! The "Meer" page: settings, language, about.

pub struct More {
    pub title: &'static str,
    pub language: &'static str,
    pub language_hint: &'static str,
    pub about_title: &'static str,
    pub about_body: &'static str,
    pub version: fn(&str) -> String,
}

pub const NL: More = More {
    title: "Meer",
    language: "Taal",
    language_hint: "Je kunt een link ook in een taal openen met ?lang=nl of ?lang=en.",
    about_title: "Over deze app",
    about_body: "Back On Track is een begeleidingsprogramma van één jaar in West-Vlaanderen voor jongvolwassenen die dak- of thuisloos zijn of uit detentie komen. Deze toolkit zet de methodiekenmap en de werkbladen op je gsm. Hij werkt zonder server: alles blijft op dit toestel.",
    version: |v| format!("Versie {v}"),
};

pub const EN: More = More {
    title: "More",
    language: "Language",
    language_hint: "You can also open a link in a language with ?lang=nl or ?lang=en.",
    about_title: "About this app",
    about_body: "Back On Track is a one-year coaching programme in West Flanders for young adults who are homeless or leaving detention. This toolkit puts its methods and worksheets on your phone. It works without a server: everything stays on this device.",
    version: |v| format!("Version {v}"),
};
