//! Texts of the trajectory part: the Vandaag view, a young person's year, aftercare, the
//! calendar export.

use crate::domain::aftercare::{Band, ContactMode};
use crate::domain::dates::Relative;
use crate::domain::phase::Phase;
use crate::domain::trajectory::{MilestoneKind, MilestoneState, MoveError, Position};
use crate::domain::year_line::EventKind;

pub struct Trajectory {
    pub title: &'static str,
    // ----- Vandaag -----
    pub today_title: &'static str,
    pub today_intro: &'static str,
    pub today_is: fn(&str) -> String,
    pub today_empty: &'static str,
    pub add_young_person: &'static str,
    pub caseload_label: &'static str,
    pub summary: fn(usize, usize) -> String,
    pub open_year: &'static str,
    // ----- one young person -----
    pub person_title: fn(&str) -> String,
    pub now_heading: &'static str,
    pub no_start_title: &'static str,
    pub no_start_body: &'static str,
    pub no_start_link: &'static str,
    pub start_on: fn(&str) -> String,
    pub end_on: fn(&str) -> String,
    // ----- positions -----
    pub week_phase: fn(u32, &str) -> String,
    pub starts_in: fn(i64) -> String,
    pub aftercare_week: fn(u32) -> String,
    pub aftercare_week_ad_hoc: fn(u32) -> String,
    // ----- milestones -----
    pub milestones: [&'static str; 5],
    pub milestone_codes: [&'static str; 5],
    pub milestone_about: [&'static str; 5],
    pub states: [&'static str; 4],
    pub milestones_heading: &'static str,
    pub overdue_item: fn(&str, &str, &str) -> String,
    pub next_item: fn(&str, &str, &str) -> String,
    pub nothing_open: &'static str,
    pub original: fn(&str) -> String,
    pub moved_note: &'static str,
    pub shifted_note: fn(&str) -> String,
    pub done_on: fn(&str) -> String,
    pub done_by_hand: &'static str,
    pub open_plan: &'static str,
    pub move_button: &'static str,
    pub move_labels: [&'static str; 5],
    pub move_hint: &'static str,
    pub move_reset: &'static str,
    pub moved_saved: fn(&str, &str) -> String,
    pub err_not_after_start: fn(&str) -> String,
    pub err_not_after: fn(&str, &str) -> String,
    pub err_not_before: fn(&str, &str) -> String,
    pub err_done: &'static str,
    pub mark_done: &'static str,
    pub unmark_done: &'static str,
    // ----- the year chart -----
    pub year_heading: &'static str,
    pub chart_title: fn(&str, &str) -> String,
    pub chart_desc: &'static str,
    pub today_mark: &'static str,
    pub phases_label: &'static str,
    pub phase_range: fn(&str, &str) -> String,
    pub months_short: [&'static str; 12],
    // ----- aftercare -----
    pub aftercare_heading: &'static str,
    pub aftercare_from: fn(&str) -> String,
    pub aftercare_legend: &'static str,
    pub aftercare_schedule: &'static str,
    pub aftercare_ad_hoc: &'static str,
    pub aftercare_ad_hoc_note: &'static str,
    pub rhythm_caption: &'static str,
    pub rhythm_head: [&'static str; 3],
    pub rhythm_rows: [[&'static str; 3]; 4],
    pub rhythm_now: &'static str,
    pub contacts_heading: &'static str,
    pub contact_modes: [&'static str; 2],
    /// The same, as written inside a sentence ("Nazorg: bellen op …").
    pub contact_modes_in_sentence: [&'static str; 2],
    pub contact_week: fn(u32) -> String,
    pub contact_past: &'static str,
    pub contact_next: &'static str,
    pub next_contact: fn(&str, &str, &str) -> String,
    pub aftercare_quiet: &'static str,
    // ----- one line through the year -----
    pub line_heading: &'static str,
    pub line_intro: &'static str,
    pub line_start: &'static str,
    pub line_today: &'static str,
    pub line_more_later: &'static str,
    pub event_kinds: [&'static str; 5],
    // ----- calendar -----
    pub calendar_heading: &'static str,
    pub calendar_explain: &'static str,
    pub calendar_one: &'static str,
    pub calendar_all: &'static str,
    pub calendar_ready: &'static str,
    pub calendar_failed: &'static str,
    pub calendar_name: &'static str,
    pub calendar_file_all: &'static str,
    pub calendar_file_one: &'static str,
    pub aftercare_event: fn(&str) -> String,
    // ----- relative days -----
    pub relative: fn(Relative) -> String,
    // ----- calendar: the name or initials -----
    pub calendar_full_name: &'static str,
    pub calendar_full_name_hint: &'static str,
}

impl Trajectory {
    pub fn milestone(&self, k: MilestoneKind) -> &'static str {
        self.milestones[k.index()]
    }

    pub fn state(&self, s: MilestoneState) -> &'static str {
        self.states[match s {
            MilestoneState::Overdue => 0,
            MilestoneState::Due => 1,
            MilestoneState::Upcoming => 2,
            MilestoneState::Done => 3,
        }]
    }

    pub fn contact_mode(&self, m: ContactMode) -> &'static str {
        self.contact_modes[m as usize]
    }

    pub fn contact_mode_in_sentence(&self, m: ContactMode) -> &'static str {
        self.contact_modes_in_sentence[m as usize]
    }

    pub fn event_kind(&self, k: EventKind) -> &'static str {
        self.event_kinds[k as usize]
    }

    pub fn band_row(&self, b: Band) -> [&'static str; 3] {
        self.rhythm_rows[Band::ALL.iter().position(|x| *x == b).expect("ALL lists every band")]
    }

    /// "Week 12 · Ondersteuningsplan", "Start over 5 dagen", "Nazorg · week 3".
    pub fn position(&self, p: Position, phases: &super::phases::Phases) -> String {
        match p {
            Position::NotStarted { days } => (self.starts_in)(days),
            Position::InYear { phase, week } => (self.week_phase)(week, phases.name(phase)),
            Position::Aftercare { week } if week > 52 => (self.aftercare_week_ad_hoc)(week),
            Position::Aftercare { week } => (self.aftercare_week)(week),
        }
    }

    /// The sentence for a refused move.
    pub fn move_error(&self, e: MoveError) -> String {
        use crate::domain::dates::format_be;
        match e {
            MoveError::NotAfterStart { start } => (self.err_not_after_start)(&format_be(start)),
            MoveError::NotAfter { other, date } => (self.err_not_after)(self.milestone(other), &format_be(date)),
            MoveError::NotBefore { other, date } => (self.err_not_before)(self.milestone(other), &format_be(date)),
            MoveError::AlreadyDone => self.err_done.to_string(),
        }
    }
}

/// Phase names for the year's four bands come from `phases`; this checks the order we rely on.
pub const YEAR_PHASES: [Phase; 4] = [Phase::Opstart, Phase::Plan, Phase::Evaluatie, Phase::Afronding];

pub const NL: Trajectory = Trajectory {
    title: "Traject",
    today_title: "Vandaag",
    today_intro: "Alle jongeren op dit toestel: waar ze staan in hun jaar en wat er binnenkort komt. Wie het eerst aandacht nodig heeft, staat bovenaan.",
    today_is: |d| format!("Vandaag is het {d}."),
    today_empty: "Nog geen jongeren op dit toestel. Voeg een jongere toe met een startdatum, dan zie je hier het hele jaar.",
    add_young_person: "Jongere toevoegen",
    caseload_label: "Jongeren, wie het eerst aandacht nodig heeft bovenaan",
    summary: |late, soon| {
        let late_part = match late {
            0 => "Niets te laat".to_string(),
            1 => "Bij 1 jongere is iets te laat".to_string(),
            n => format!("Bij {n} jongeren is iets te laat"),
        };
        let soon_part = match soon {
            0 => "niets komt de volgende twee weken".to_string(),
            1 => "bij 1 jongere komt iets de volgende twee weken".to_string(),
            n => format!("bij {n} jongeren komt iets de volgende twee weken"),
        };
        format!("{late_part}; {soon_part}.")
    },
    open_year: "Bekijk het jaar",
    person_title: |n| format!("Traject van {n}"),
    now_heading: "Nu",
    no_start_title: "Nog geen startdatum",
    no_start_body: "Het jaar telt vanaf de kennismaking waarop jullie samen beslisten te starten. Vul die datum in, dan zie je meteen de fases, de evaluaties en de nazorg.",
    no_start_link: "Startdatum invullen",
    start_on: |d| format!("Start op {d}"),
    end_on: |d| format!("Afronding op {d}"),
    week_phase: |w, p| format!("Week {w} · {p}"),
    starts_in: |n| if n == 1 { "Start morgen".to_string() } else { format!("Start over {n} dagen") },
    aftercare_week: |w| format!("Nazorg · week {w}"),
    aftercare_week_ad_hoc: |w| format!("Nazorg · week {w} · ad hoc"),
    milestones: ["Ondersteuningsplan", "Evaluatie 1", "Evaluatie 2", "Evaluatie 3", "Afronding"],
    milestone_codes: ["OP", "E1", "E2", "E3", "AF"],
    milestone_about: [
        "Klaar na zes weken. Jullie stellen het voor aan het regioteam of aan een duo-begeleider.",
        "Drie maanden na het ondersteuningsplan. Jullie werken verder op het eerste plan, zodat de evolutie zichtbaar blijft.",
        "Drie maanden na de eerste evaluatie.",
        "Anderhalve maand voor het einde: tijd om samen de afronding voor te bereiden.",
        "Eén jaar na de start: het afrondingsverslag, het nazorgplan en een betekenisvol afscheidsgebaar.",
    ],
    states: ["Te laat", "Binnenkort", "Gepland", "Gedaan"],
    milestones_heading: "Mijlpalen",
    overdue_item: |m, d, r| format!("Te laat: {m}, gepland op {d} ({r})"),
    next_item: |m, d, r| format!("Volgende: {m} op {d} ({r})"),
    nothing_open: "Alle mijlpalen zijn gedaan.",
    original: |d| format!("Oorspronkelijk gepland op {d}."),
    moved_note: "Verplaatst.",
    shifted_note: |m| format!("Schuift mee met {m}."),
    done_on: |d| format!("Gedaan op {d}."),
    done_by_hand: "Met de hand aangeduid.",
    open_plan: "Naar het ondersteuningsplan",
    move_button: "Datum verplaatsen",
    move_labels: [
        "Nieuwe datum voor het ondersteuningsplan",
        "Nieuwe datum voor evaluatie 1",
        "Nieuwe datum voor evaluatie 2",
        "Nieuwe datum voor evaluatie 3",
        "Nieuwe datum voor de afronding",
    ],
    move_hint: "Wat erna komt, schuift mee. Maak het veld leeg om terug te gaan naar de geplande datum.",
    move_reset: "Terug naar de geplande datum",
    moved_saved: |m, d| format!("{m} staat nu op {d}."),
    err_not_after_start: |d| format!("Die datum valt op of vóór de start van het traject ({d}). Kies een latere dag."),
    err_not_after: |m, d| format!("Die datum moet na {m} ({d}) komen. Kies een latere dag, of verplaats eerst {m}."),
    err_not_before: |m, d| format!("Die datum moet vóór {m} ({d}) komen. Kies een vroegere dag, of verplaats eerst {m}."),
    err_done: "Deze mijlpaal is al gedaan: zijn datum is de dag waarop hij gebeurde.",
    mark_done: "Aanduiden als gedaan",
    unmark_done: "Toch nog niet gedaan",
    year_heading: "Het jaar",
    chart_title: |s, e| format!("Het jaar van {s} tot {e}"),
    chart_desc: "De fases als balk, de mijlpalen als bolletjes en een lijn voor vandaag. De lijst met mijlpalen hieronder zegt hetzelfde in woorden.",
    today_mark: "vandaag",
    phases_label: "Fases",
    phase_range: |a, b| format!("{a} tot {b}"),
    months_short: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    aftercare_heading: "Nazorg",
    aftercare_from: |d| format!("De nazorg begint na de afronding op {d}."),
    aftercare_legend: "Hoe wil de jongere de nazorg?",
    aftercare_schedule: "Volgens het ritme: bellen en afspreken",
    aftercare_ad_hoc: "Ad hoc: de jongere belt als het nodig is",
    aftercare_ad_hoc_note: "De jongere koos voor ad hoc. Er worden geen contacten gepland. Dat kan altijd terug veranderen.",
    rhythm_caption: "Het ritme van de nazorg",
    rhythm_head: ["Weken na de afronding", "Bellen", "Afspreken"],
    rhythm_rows: [
        ["Week 1 tot 8", "om de twee weken", "elke maand"],
        ["Week 9 tot 18", "elke maand", "om de twee maanden"],
        ["Week 19 tot 52", "om de twee maanden", "om de drie maanden"],
        ["Na week 52", "als het nodig is", "als het nodig is"],
    ],
    rhythm_now: "nu",
    contacts_heading: "Geplande contacten",
    contact_modes: ["Afspreken", "Bellen"],
    contact_modes_in_sentence: ["afspreken", "bellen"],
    contact_week: |w| format!("week {w}"),
    contact_past: "voorbij",
    contact_next: "volgende",
    next_contact: |m, d, r| format!("Nazorg: {m} op {d} ({r})"),
    aftercare_quiet: "Nazorg als het nodig is: de jongere belt zelf.",
    line_heading: "Eén lijn door het jaar",
    line_intro: "Alles met een datum op één lijn. Zo zie je bij een evaluatie waarom iets veranderde.",
    line_start: "Start van het traject",
    line_today: "Vandaag",
    line_more_later: "Metingen van het plan, momenten van de levenslijn, versies van het netwerk en stops van de wandeling komen hier ook bij.",
    event_kinds: ["Meting", "Levenslijn", "Netwerk", "Wandeling", "Andere"],
    calendar_heading: "In je agenda",
    calendar_explain: "Een bestand voor de agenda op je telefoon. Er staan alleen de initialen van de jongere in en de naam van de mijlpaal, niets anders.",
    calendar_one: "Zet dit jaar in je agenda (.ics)",
    calendar_all: "Zet alle jongeren in je agenda (.ics)",
    calendar_ready: "Het agendabestand is klaar. Open het om de data in je agenda te zetten.",
    calendar_failed: "Het agendabestand kon niet gemaakt worden. Probeer het nog eens.",
    calendar_name: "Back On Track",
    calendar_file_all: "traject-alle-jongeren",
    calendar_file_one: "traject",
    aftercare_event: |m| format!("Nazorg: {m}"),
    relative: |r| match r {
        Relative::Today => "vandaag".into(),
        Relative::Tomorrow => "morgen".into(),
        Relative::Yesterday => "gisteren".into(),
        Relative::InDays(n) => format!("over {n} dagen"),
        Relative::DaysAgo(n) => format!("{n} dagen geleden"),
        Relative::InWeeks(n) => format!("over {n} weken"),
        Relative::WeeksAgo(n) => format!("{n} weken geleden"),
        Relative::InMonths(n) => format!("over {n} maanden"),
        Relative::MonthsAgo(n) => format!("{n} maanden geleden"),
    },
    calendar_full_name: "Zet de volledige voornaam of bijnaam in de agenda",
    calendar_full_name_hint: "Een agenda op je gsm wordt vaak naar een cloud gekopieerd. Daarom staan er anders alleen initialen in.",
};

pub const EN: Trajectory = Trajectory {
    title: "Trajectory",
    today_title: "Today",
    today_intro: "All young people on this device: where they stand in their year and what is coming up. Whoever needs attention first is at the top.",
    today_is: |d| format!("Today is {d}."),
    today_empty: "No young people on this device yet. Add a young person with a start date and you will see their whole year here.",
    add_young_person: "Add a young person",
    caseload_label: "Young people, whoever needs attention first at the top",
    summary: |late, soon| {
        let late_part = match late {
            0 => "Nothing overdue".to_string(),
            1 => "Something is overdue for 1 young person".to_string(),
            n => format!("Something is overdue for {n} young people"),
        };
        let soon_part = match soon {
            0 => "nothing is due in the next two weeks".to_string(),
            1 => "something is due in the next two weeks for 1 young person".to_string(),
            n => format!("something is due in the next two weeks for {n} young people"),
        };
        format!("{late_part}; {soon_part}.")
    },
    open_year: "See the year",
    person_title: |n| format!("{n}'s trajectory"),
    now_heading: "Now",
    no_start_title: "No start date yet",
    no_start_body: "The year counts from the first meeting where you decided together to start. Fill in that date and you will see the phases, the evaluations and the aftercare straight away.",
    no_start_link: "Fill in the start date",
    start_on: |d| format!("Start on {d}"),
    end_on: |d| format!("Closing on {d}"),
    week_phase: |w, p| format!("Week {w} · {p}"),
    starts_in: |n| if n == 1 { "Starts tomorrow".to_string() } else { format!("Starts in {n} days") },
    aftercare_week: |w| format!("Aftercare · week {w}"),
    aftercare_week_ad_hoc: |w| format!("Aftercare · week {w} · ad hoc"),
    milestones: ["Support plan", "Evaluation 1", "Evaluation 2", "Evaluation 3", "Closing"],
    milestone_codes: ["SP", "E1", "E2", "E3", "CL"],
    milestone_about: [
        "Ready after six weeks. You present it to the regional team or to a duo coach.",
        "Three months after the support plan. You keep working on the first plan, so the evolution stays visible.",
        "Three months after the first evaluation.",
        "One and a half months before the end: time to prepare the closing together.",
        "One year after the start: the closing report, the aftercare plan and a meaningful farewell gesture.",
    ],
    states: ["Overdue", "Due soon", "Planned", "Done"],
    milestones_heading: "Milestones",
    overdue_item: |m, d, r| format!("Overdue: {m}, planned for {d} ({r})"),
    next_item: |m, d, r| format!("Next: {m} on {d} ({r})"),
    nothing_open: "All milestones are done.",
    original: |d| format!("Originally planned for {d}."),
    moved_note: "Moved.",
    shifted_note: |m| format!("Moves along with {m}."),
    done_on: |d| format!("Done on {d}."),
    done_by_hand: "Marked by hand.",
    open_plan: "Go to the support plan",
    move_button: "Move the date",
    move_labels: [
        "New date for the support plan",
        "New date for evaluation 1",
        "New date for evaluation 2",
        "New date for evaluation 3",
        "New date for the closing",
    ],
    move_hint: "What comes after moves along. Empty the field to go back to the planned date.",
    move_reset: "Back to the planned date",
    moved_saved: |m, d| format!("{m} is now on {d}."),
    err_not_after_start: |d| format!("That date is on or before the start of the trajectory ({d}). Choose a later day."),
    err_not_after: |m, d| format!("That date must come after {m} ({d}). Choose a later day, or move {m} first."),
    err_not_before: |m, d| format!("That date must come before {m} ({d}). Choose an earlier day, or move {m} first."),
    err_done: "This milestone is done: its date is the day it happened.",
    mark_done: "Mark as done",
    unmark_done: "Not done after all",
    year_heading: "The year",
    chart_title: |s, e| format!("The year from {s} to {e}"),
    chart_desc: "The phases as a bar, the milestones as dots and a line for today. The list of milestones below says the same in words.",
    today_mark: "today",
    phases_label: "Phases",
    phase_range: |a, b| format!("{a} to {b}"),
    months_short: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    aftercare_heading: "Aftercare",
    aftercare_from: |d| format!("Aftercare starts after the closing on {d}."),
    aftercare_legend: "How does the young person want aftercare?",
    aftercare_schedule: "Following the rhythm: calls and meetings",
    aftercare_ad_hoc: "Ad hoc: the young person calls when needed",
    aftercare_ad_hoc_note: "The young person chose ad hoc. No contacts are planned. This can always be changed back.",
    rhythm_caption: "The aftercare rhythm",
    rhythm_head: ["Weeks after the closing", "Phone", "Face to face"],
    rhythm_rows: [
        ["Weeks 1 to 8", "every two weeks", "every month"],
        ["Weeks 9 to 18", "every month", "every two months"],
        ["Weeks 19 to 52", "every two months", "every three months"],
        ["After week 52", "when needed", "when needed"],
    ],
    rhythm_now: "now",
    contacts_heading: "Planned contacts",
    contact_modes: ["Meeting", "Phone call"],
    contact_modes_in_sentence: ["meeting", "phone call"],
    contact_week: |w| format!("week {w}"),
    contact_past: "past",
    contact_next: "next",
    next_contact: |m, d, r| format!("Aftercare: {m} on {d} ({r})"),
    aftercare_quiet: "Aftercare when needed: the young person calls.",
    line_heading: "One line through the year",
    line_intro: "Everything with a date on one line. At an evaluation you can see why something changed.",
    line_start: "Start of the trajectory",
    line_today: "Today",
    line_more_later: "Support-plan readings, lifeline moments, network map versions and walk stops are added here too.",
    event_kinds: ["Reading", "Lifeline", "Network", "Walk", "Other"],
    calendar_heading: "In your calendar",
    calendar_explain: "A file for the calendar on your phone. It holds only the young person's initials and the name of the milestone, nothing else.",
    calendar_one: "Put this year in your calendar (.ics)",
    calendar_all: "Put all young people in your calendar (.ics)",
    calendar_ready: "The calendar file is ready. Open it to add the dates to your calendar.",
    calendar_failed: "The calendar file could not be made. Please try again.",
    calendar_name: "Back On Track",
    calendar_file_all: "trajectory-all-young-people",
    calendar_file_one: "trajectory",
    aftercare_event: |m| format!("Aftercare: {m}"),
    relative: |r| match r {
        Relative::Today => "today".into(),
        Relative::Tomorrow => "tomorrow".into(),
        Relative::Yesterday => "yesterday".into(),
        Relative::InDays(n) => format!("in {n} days"),
        Relative::DaysAgo(n) => format!("{n} days ago"),
        Relative::InWeeks(n) => format!("in {n} weeks"),
        Relative::WeeksAgo(n) => format!("{n} weeks ago"),
        Relative::InMonths(n) => format!("in {n} months"),
        Relative::MonthsAgo(n) => format!("{n} months ago"),
    },
    calendar_full_name: "Put the full first name or nickname in the calendar",
    calendar_full_name_hint: "A phone's calendar is often copied to a cloud. That is why it otherwise holds only initials.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_filled_in_and_translated() {
        for t in [&NL, &EN] {
            for s in t.milestones.iter().chain(&t.milestone_codes).chain(&t.states).chain(&t.move_labels) {
                assert!(!s.trim().is_empty());
            }
            assert_eq!(t.months_short.iter().filter(|m| !m.is_empty()).count(), 12);
        }
        assert_ne!(NL.milestones, EN.milestones);
        assert_ne!(NL.states, EN.states);
        assert_eq!((NL.relative)(Relative::InDays(3)), "over 3 dagen");
        assert_eq!((EN.relative)(Relative::WeeksAgo(2)), "2 weeks ago");
        assert_eq!((NL.starts_in)(1), "Start morgen");
        assert_eq!((NL.summary)(1, 2), "Bij 1 jongere is iets te laat; bij 2 jongeren komt iets de volgende twee weken.");
    }

    #[test]
    fn positions_read_well() {
        let p = &super::super::phases::NL;
        assert_eq!(NL.position(Position::InYear { phase: Phase::Plan, week: 12 }, p), "Week 12 · Ondersteuningsplan");
        assert_eq!(NL.position(Position::NotStarted { days: 5 }, p), "Start over 5 dagen");
        assert_eq!(NL.position(Position::Aftercare { week: 3 }, p), "Nazorg · week 3");
        assert_eq!(NL.position(Position::Aftercare { week: 60 }, p), "Nazorg · week 60 · ad hoc");
        assert_eq!(
            EN.move_error(MoveError::NotBefore {
                other: MilestoneKind::Evaluation3,
                date: chrono::NaiveDate::from_ymd_opt(2027, 1, 18).unwrap()
            }),
            "That date must come before Evaluation 3 (18/01/2027). Choose an earlier day, or move Evaluation 3 first."
        );
        assert_eq!(YEAR_PHASES.len(), 4);
    }
}
