//! The home screen.

pub struct Home {
    pub title: &'static str,
    pub intro: &'static str,
    pub cards_blurb: &'static str,
    pub young_people_blurb: &'static str,
    pub trajectory_blurb: &'static str,
    pub more_blurb: &'static str,
    pub privacy_line: &'static str,
    /// "Laatste back-up: …"; `None`: never.
    pub last_backup: fn(Option<i64>) -> String,
    pub backup_now: &'static str,
}

pub const NL: Home = Home {
    title: "Back On Track toolkit",
    intro: "De methodiekenmap en de werkbladen van Back On Track, altijd bij de hand. Samen met de jongere, op één gsm.",
    cards_blurb: "Vind snel de juiste methodiek, met vragen voor het gesprek.",
    young_people_blurb: "Het plan en de werkbladen van elke jongere, netjes apart.",
    trajectory_blurb: "Waar staat iedereen in het jaar, en wat komt eraan?",
    more_blurb: "Taal, back-up, privacy en over de app.",
    privacy_line: "Alles blijft op dit toestel. Er gaat niets naar het internet.",
    last_backup: |days| match days {
        None => "Nog geen back-up gemaakt.".into(),
        Some(0) => "Laatste back-up: vandaag.".into(),
        Some(1) => "Laatste back-up: gisteren.".into(),
        Some(n) => format!("Laatste back-up: {n} dagen geleden."),
    },
    backup_now: "Maak nu een back-up",
};

pub const EN: Home = Home {
    title: "Back On Track toolkit",
    intro: "The Back On Track methods and worksheets, always at hand. Together with the young person, on one phone.",
    cards_blurb: "Quickly find the right method, with questions for the conversation.",
    young_people_blurb: "Each young person's plan and worksheets, kept apart.",
    trajectory_blurb: "Where is everyone in the year, and what is coming up?",
    more_blurb: "Language, backup, privacy and about the app.",
    privacy_line: "Everything stays on this device. Nothing goes to the internet.",
    last_backup: |days| match days {
        None => "No backup made yet.".into(),
        Some(0) => "Last backup: today.".into(),
        Some(1) => "Last backup: yesterday.".into(),
        Some(n) => format!("Last backup: {n} days ago."),
    },
    backup_now: "Make a backup now",
};
