//! Texts of the end of a trajectory, the six-month check and the caseload outcomes screen.

use crate::domain::ending::{EndKind, StopReason};
use crate::domain::outcomes::{OutcomeKpi, Research};
use crate::domain::plan::Answer;

pub struct Outcomes {
    // ----- the end of a trajectory (a young person's year) -----
    pub end_heading: &'static str,
    pub end_intro: &'static str,
    pub end_legend: &'static str,
    pub still_running: &'static str,
    pub completed: &'static str,
    pub stopped_early: &'static str,
    pub other_help: &'static str,
    pub end_date_label: &'static str,
    pub end_date_hint: &'static str,
    pub reason_legend: &'static str,
    pub own_choice: &'static str,
    pub lost_contact: &'static str,
    pub moved_away: &'static str,
    pub detention: &'static str,
    pub other_reason: &'static str,
    pub words_label: &'static str,
    pub words_hint: &'static str,
    /// "Afgerond op 12/03/2026" and the like: the kind and the date.
    pub ended_completed: fn(&str) -> String,
    pub ended_stopped: fn(&str) -> String,
    pub ended_other_help: fn(&str) -> String,
    /// A milestone not done when the trajectory ended.
    pub milestone_ended: &'static str,
    // ----- the six-month check -----
    pub check_heading: &'static str,
    pub check_intro: fn(&str) -> String,
    pub check_legend: &'static str,
    pub check_yes: &'static str,
    pub check_no: &'static str,
    pub check_not_applicable: &'static str,
    pub check_unknown: &'static str,
    pub check_recorded: fn(&str) -> String,
    /// A status line: "Check na zes maanden: 10/03/2027 (over 3 dagen)".
    pub check_item: fn(&str, &str) -> String,
    // ----- the outcomes screen -----
    pub title: &'static str,
    pub intro: &'static str,
    pub open_link: &'static str,
    pub period_legend: &'static str,
    pub period_from: &'static str,
    pub period_to: &'static str,
    pub ended_count: fn(usize) -> String,
    pub none_ended: &'static str,
    pub list_label: &'static str,
    pub own_rental_contract: &'static str,
    pub active_network: &'static str,
    pub no_new_offence: &'static str,
    pub other_income: &'static str,
    pub completed_trajectories: &'static str,
    pub figure: fn(usize, usize) -> String,
    pub share_hidden: &'static str,
    pub unknown: fn(usize) -> String,
    pub research_label: &'static str,
    pub research_own_contract: &'static str,
    pub research_income: &'static str,
    pub research_reoffended: &'static str,
    pub research_drop_out: &'static str,
    pub no_research: &'static str,
    pub research_source: &'static str,
    pub csv_heading: &'static str,
    pub csv_explain: &'static str,
    pub csv_button: &'static str,
    pub csv_ready: &'static str,
    pub csv_failed: &'static str,
    /// The kind in the file name (`<kind>-<date>-<tag>.csv`).
    pub csv_file: &'static str,
    pub csv_header: [&'static str; 9],
}

impl Outcomes {
    pub fn end_kind(&self, k: EndKind) -> &'static str {
        match k {
            EndKind::Completed => self.completed,
            EndKind::StoppedEarly => self.stopped_early,
            EndKind::OtherHelp => self.other_help,
        }
    }

    /// The end as one line, with its date.
    pub fn ended(&self, k: EndKind, date: &str) -> String {
        match k {
            EndKind::Completed => (self.ended_completed)(date),
            EndKind::StoppedEarly => (self.ended_stopped)(date),
            EndKind::OtherHelp => (self.ended_other_help)(date),
        }
    }

    pub fn reason(&self, r: StopReason) -> &'static str {
        match r {
            StopReason::OwnChoice => self.own_choice,
            StopReason::LostContact => self.lost_contact,
            StopReason::MovedAway => self.moved_away,
            StopReason::Detention => self.detention,
            StopReason::Other => self.other_reason,
        }
    }

    pub fn check_answer(&self, a: Answer) -> &'static str {
        match a {
            Answer::Yes => self.check_yes,
            Answer::No => self.check_no,
            Answer::NotApplicable => self.check_not_applicable,
            Answer::Unknown => self.check_unknown,
        }
    }

    pub fn kpi(&self, k: OutcomeKpi) -> &'static str {
        match k {
            OutcomeKpi::OwnRentalContract => self.own_rental_contract,
            OutcomeKpi::ActiveNetwork => self.active_network,
            OutcomeKpi::NoNewOffence => self.no_new_offence,
            OutcomeKpi::OtherIncome => self.other_income,
            OutcomeKpi::Completed => self.completed_trajectories,
        }
    }

    /// The published figure in words (source §3.2; the numbers are quoted in `domain::outcomes`).
    pub fn research(&self, r: Research) -> &'static str {
        match r {
            Research::OwnRentalContract => self.research_own_contract,
            Research::IncomeFromWorkOrReplacement => self.research_income,
            Research::Reoffended => self.research_reoffended,
            Research::DropOut => self.research_drop_out,
        }
    }
}

pub const NL: Outcomes = Outcomes {
    end_heading: "Einde van het traject",
    end_intro: "Hoe liep het traject af? Vul dit in als het jaar voorbij is, of als het eerder stopte.",
    end_legend: "Het traject is",
    still_running: "Nog bezig",
    completed: "Afgerond: het jaar is volbracht",
    stopped_early: "Vroeger gestopt",
    other_help: "Overgedragen naar andere hulp",
    end_date_label: "Datum van het einde",
    end_date_hint: "Leeg laten mag: dan telt de einddatum van het jaar.",
    reason_legend: "Waarom gestopt?",
    own_choice: "De jongere wilde stoppen",
    lost_contact: "Geen contact meer",
    moved_away: "Verhuisd, buiten de regio",
    detention: "Opnieuw in de gevangenis",
    other_reason: "Een andere reden",
    words_label: "In eigen woorden",
    words_hint: "Wat wil je onthouden over het einde? Dit hoeft niet.",
    ended_completed: |d| format!("Afgerond op {d}"),
    ended_stopped: |d| format!("Vroeger gestopt op {d}"),
    ended_other_help: |d| format!("Overgedragen naar andere hulp op {d}"),
    milestone_ended: "Niet meer nodig",
    check_heading: "Check na zes maanden",
    check_intro: |d| format!("Zes maanden na het einde vraag je na of er nieuwe feiten waren. Voor deze jongere is dat op {d}."),
    check_legend: "Waren er nieuwe feiten in de zes maanden na het einde?",
    check_yes: "Ja, nieuwe feiten",
    check_no: "Nee, geen nieuwe feiten",
    check_not_applicable: "Niet van toepassing",
    check_unknown: "Weet nog niet",
    check_recorded: |d| format!("Ingevuld op {d}."),
    check_item: |d, rel| format!("Check na zes maanden: {d} ({rel})"),
    title: "Resultaten",
    intro: "Hoeveel van je jongeren bereikten wat het programma opvolgt? Alleen de jongeren op deze gsm tellen mee, en alleen wie het traject in de gekozen periode beëindigde.",
    open_link: "Resultaten van je jongeren",
    period_legend: "Periode",
    period_from: "Van",
    period_to: "Tot en met",
    ended_count: |n| match n {
        1 => "1 jongere beëindigde het traject in deze periode.".to_string(),
        n => format!("{n} jongeren beëindigden het traject in deze periode."),
    },
    none_ended: "In deze periode beëindigde nog niemand op deze gsm het traject. Kies een andere periode, of noteer het einde op de trajectpagina van een jongere.",
    list_label: "Resultaten per indicator",
    own_rental_contract: "Huurcontract op eigen naam",
    active_network: "Actief netwerk, privé en professioneel",
    no_new_offence: "Geen nieuwe feiten, tijdens het traject en zes maanden erna",
    other_income: "Ander inkomen dan leefloon",
    completed_trajectories: "Traject afgerond",
    figure: |n, of| format!("{n} van {of}"),
    share_hidden: "Minder dan 5 jongeren: geen percentage, zodat niemand herkenbaar is.",
    unknown: |n| match n {
        1 => "Bij 1 jongere nog niet ingevuld.".to_string(),
        n => format!("Bij {n} jongeren nog niet ingevuld."),
    },
    research_label: "Onderzoek",
    research_own_contract: "96 van de 123 jongeren (78%) hadden op het einde een huurcontract op eigen naam.",
    research_income: "46% haalde het hoofdinkomen uit werk of een vervangingsinkomen (strenger dan ‘ander inkomen dan leefloon’).",
    research_reoffended: "1 op de 5 jongeren uit detentie pleegde opnieuw feiten tijdens of binnen 6 maanden na het traject (benchmark: 50%).",
    research_drop_out: "12 jongeren (9%) haakten vroegtijdig af.",
    no_research: "geen cijfer gepubliceerd.",
    research_source: "Onderzoek van prof. Koen Hermans (voorjaar 2024) bij 123 jongeren die hun traject beëindigden.",
    csv_heading: "Voor de teamrapportering",
    csv_explain: "Een CSV-bestand met één rij per indicator: aantallen en percentages van deze periode, zonder namen.",
    csv_button: "CSV downloaden",
    csv_ready: "Het bestand staat bij je downloads.",
    csv_failed: "Downloaden lukte niet. Probeer het nog eens.",
    csv_file: "resultaten",
    csv_header: [
        "indicator",
        "code",
        "periode van",
        "periode tot en met",
        "bereikt",
        "met een antwoord",
        "percentage",
        "nog niet ingevuld",
        "onderzoek",
    ],
};

pub const EN: Outcomes = Outcomes {
    end_heading: "End of the trajectory",
    end_intro: "How did the trajectory end? Fill this in when the year is over, or when it stopped earlier.",
    end_legend: "The trajectory is",
    still_running: "Still running",
    completed: "Completed: the year was finished",
    stopped_early: "Stopped early",
    other_help: "Moved to other help",
    end_date_label: "Date of the end",
    end_date_hint: "You may leave it empty: then the end date of the year counts.",
    reason_legend: "Why did it stop?",
    own_choice: "The young person wanted to stop",
    lost_contact: "No contact any more",
    moved_away: "Moved out of the region",
    detention: "Back in prison",
    other_reason: "Another reason",
    words_label: "In your own words",
    words_hint: "What do you want to remember about the end? This is not required.",
    ended_completed: |d| format!("Completed on {d}"),
    ended_stopped: |d| format!("Stopped early on {d}"),
    ended_other_help: |d| format!("Moved to other help on {d}"),
    milestone_ended: "No longer needed",
    check_heading: "Check after six months",
    check_intro: |d| format!("Six months after the end, you ask whether there were new offences. For this young person that is on {d}."),
    check_legend: "Were there new offences in the six months after the end?",
    check_yes: "Yes, new offences",
    check_no: "No, no new offences",
    check_not_applicable: "Not applicable",
    check_unknown: "Not known yet",
    check_recorded: |d| format!("Filled in on {d}."),
    check_item: |d, rel| format!("Check after six months: {d} ({rel})"),
    title: "Outcomes",
    intro: "How many of your young people reached what the programme follows up? Only the young people on this phone count, and only those whose trajectory ended in the chosen period.",
    open_link: "Your young people's outcomes",
    period_legend: "Period",
    period_from: "From",
    period_to: "Up to and including",
    ended_count: |n| match n {
        1 => "1 young person ended the trajectory in this period.".to_string(),
        n => format!("{n} young people ended the trajectory in this period."),
    },
    none_ended: "Nobody on this phone ended the trajectory in this period yet. Choose another period, or record the end on a young person's trajectory page.",
    list_label: "Outcomes per indicator",
    own_rental_contract: "Rental contract in own name",
    active_network: "Active network, private and professional",
    no_new_offence: "No new offences, during the trajectory and six months after",
    other_income: "Income other than leefloon",
    completed_trajectories: "Trajectory completed",
    figure: |n, of| format!("{n} of {of}"),
    share_hidden: "Fewer than 5 young people: no percentage, so no one can be recognised.",
    unknown: |n| match n {
        1 => "Not filled in yet for 1 young person.".to_string(),
        n => format!("Not filled in yet for {n} young people."),
    },
    research_label: "Research",
    research_own_contract: "96 of the 123 young people (78%) had a rental contract in their own name at the end.",
    research_income: "46% had their main income from work or a replacement income (stricter than ‘income other than leefloon’).",
    research_reoffended: "1 in 5 young people from detention offended again during or within 6 months after the trajectory (benchmark: 50%).",
    research_drop_out: "12 young people (9%) dropped out early.",
    no_research: "no figure published.",
    research_source: "Research by Prof. Koen Hermans (spring 2024) among 123 young people who ended their trajectory.",
    csv_heading: "For the team's reporting",
    csv_explain: "A CSV file with one row per indicator: counts and shares for this period, with no names.",
    csv_button: "Download CSV",
    csv_ready: "The file is in your downloads.",
    csv_failed: "The download did not work. Please try again.",
    csv_file: "outcomes",
    csv_header: [
        "indicator",
        "code",
        "period from",
        "period to",
        "reached",
        "with an answer",
        "share (%)",
        "not filled in yet",
        "research",
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_name_every_end_reason_answer_and_indicator() {
        for t in [&NL, &EN] {
            for k in EndKind::ALL {
                assert!(!t.end_kind(k).is_empty());
                assert!(t.ended(k, "01/02/2026").contains("01/02/2026"));
            }
            for r in StopReason::ALL {
                assert!(!t.reason(r).is_empty());
            }
            for a in Answer::WITH_NOT_APPLICABLE {
                assert!(!t.check_answer(a).is_empty());
            }
            for k in OutcomeKpi::ALL {
                assert!(!t.kpi(k).is_empty());
                if let Some(r) = k.research() {
                    assert!(t.research(r).contains('%') || t.research(r).contains('5'));
                }
            }
        }
        assert_eq!((NL.ended_count)(1), "1 jongere beëindigde het traject in deze periode.");
        assert_eq!((EN.figure)(3, 4), "3 of 4");
    }
}
