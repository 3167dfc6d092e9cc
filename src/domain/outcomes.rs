//! Caseload outcomes: for the young people on this device whose trajectory ended in a chosen
//! period, how many reached each indicator the programme registers, beside the programme's
//! published research figures; and the same as a CSV with no names for the team's reporting.
//!
//! # The indicators (source: §4.2 "Kwaliteitsbewaking", and §3.2 for completed trajectories)
//!
//! | indicator | counts as reached | counts as not reached | not counted |
//! |---|---|---|---|
//! | own rental contract | the closing report says yes | says no | not known yet |
//! | active network, private and professional | both yes | either no | otherwise not known |
//! | no new offence | no recidivism during the trajectory and none at the six-month check | yes to either | "not applicable" to either (not from detention); otherwise not known |
//! | income other than leefloon | yes | no | not known yet |
//! | completed trajectory | ended as completed | stopped early or moved to other help | — |
//!
//! - **Who is counted**: a young person whose trajectory ended ([`super::ending::effective_end`])
//!   on a day within the period (both ends included).
//! - **The share** is reached ÷ (reached + not reached), rounded to a whole percent, half up.
//!   Unknown answers are counted apart, never as "not reached".
//! - **Fewer than [`MIN_FOR_SHARE`]** young people in a figure (reached + not reached): only the
//!   count is shown, not the share, so no one can be recognised in it.

use chrono::NaiveDate;

use super::ending::{EndKind, SixMonthCheck};
use super::plan::{Answer, ClosingKpis};

/// Below this many young people in a figure its share is not shown.
pub const MIN_FOR_SHARE: usize = 5;

/// The indicators on the outcomes screen, in their order there and in the CSV.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OutcomeKpi {
    OwnRentalContract,
    ActiveNetwork,
    NoNewOffence,
    OtherIncome,
    Completed,
}

impl OutcomeKpi {
    pub const ALL: [OutcomeKpi; 5] = [
        OutcomeKpi::OwnRentalContract,
        OutcomeKpi::ActiveNetwork,
        OutcomeKpi::NoNewOffence,
        OutcomeKpi::OtherIncome,
        OutcomeKpi::Completed,
    ];

    /// Stable name for the CSV and test selectors.
    pub fn slug(self) -> &'static str {
        match self {
            OutcomeKpi::OwnRentalContract => "own-rental-contract",
            OutcomeKpi::ActiveNetwork => "active-network",
            OutcomeKpi::NoNewOffence => "no-new-offence",
            OutcomeKpi::OtherIncome => "income-other-than-leefloon",
            OutcomeKpi::Completed => "completed",
        }
    }

    /// The programme's published figure to compare with, where the source gives one.
    pub fn research(self) -> Option<Research> {
        match self {
            OutcomeKpi::OwnRentalContract => Some(Research::OwnRentalContract),
            OutcomeKpi::ActiveNetwork => None,
            OutcomeKpi::NoNewOffence => Some(Research::Reoffended),
            OutcomeKpi::OtherIncome => Some(Research::IncomeFromWorkOrReplacement),
            OutcomeKpi::Completed => Some(Research::DropOut),
        }
    }
}

/// The research results the source publishes (§3.2 "Argumenten op basis van onderzoek",
/// prof. Koen Hermans, spring 2024: 123 young people who ended their trajectory). The figures
/// are quoted as the source gives them; their words are in `i18n::outcomes`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Research {
    /// "van de 123 jongeren die hun traject beëindigden hebben er 96 een huurcontract op eigen
    /// naam op het einde van hun traject (78%)".
    OwnRentalContract,
    /// "bijna de helft van de jongeren (46%) [haalt] het hoofdinkomen uit werk of uit een
    /// vervangingsinkomen" (a narrower measure than "other than leefloon": said on screen).
    IncomeFromWorkOrReplacement,
    /// "1 op de 5 jongeren uit detentie pleegt opnieuw feiten tijdens of binnen 6 maanden na de
    /// beëindiging van het traject [...] ten opzichte van de benchmark van 50% recidive".
    Reoffended,
    /// "12 jongeren (9%) haakten vroegtijdig af (drop-outs)".
    DropOut,
}

/// The period the figures are for, both days included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    pub fn contains(self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }

    /// The same period with its ends in order (a "from" after the "to" is swapped).
    pub fn ordered(self) -> Period {
        if self.from <= self.to { self } else { Period { from: self.to, to: self.from } }
    }
}

/// What the figures need of one young person; no name, no id.
#[derive(Clone, Copy, Debug)]
pub struct PersonOutcome<'a> {
    /// How and when the trajectory ended, if it did.
    pub ended: Option<(EndKind, NaiveDate)>,
    pub kpis: &'a ClosingKpis,
    pub check: &'a SixMonthCheck,
}

/// One young person on one indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tally {
    Reached,
    NotReached,
    Unknown,
    /// The indicator does not apply (recidivism for someone not from detention).
    NotCounted,
}

fn from_answer(a: Answer) -> Tally {
    match a {
        Answer::Yes => Tally::Reached,
        Answer::No => Tally::NotReached,
        Answer::Unknown => Tally::Unknown,
        Answer::NotApplicable => Tally::NotCounted,
    }
}

/// Where one young person stands on one indicator (see the table in the module docs).
pub fn tally(kpi: OutcomeKpi, p: &PersonOutcome) -> Tally {
    let k = p.kpis;
    match kpi {
        OutcomeKpi::OwnRentalContract => from_answer(k.rental_contract.answer),
        OutcomeKpi::OtherIncome => from_answer(k.other_income.answer),
        OutcomeKpi::ActiveNetwork => match (k.private_network.answer, k.professional_network.answer) {
            (Answer::Yes, Answer::Yes) => Tally::Reached,
            (Answer::No, _) | (_, Answer::No) => Tally::NotReached,
            _ => Tally::Unknown,
        },
        OutcomeKpi::NoNewOffence => {
            let (during, after) = (k.recidivism.answer, p.check.answer);
            if during == Answer::NotApplicable || after == Answer::NotApplicable {
                Tally::NotCounted
            } else if during == Answer::Yes || after == Answer::Yes {
                Tally::NotReached
            } else if during == Answer::No && after == Answer::No {
                Tally::Reached
            } else {
                Tally::Unknown
            }
        }
        OutcomeKpi::Completed => match p.ended {
            Some((EndKind::Completed, _)) => Tally::Reached,
            Some(_) => Tally::NotReached,
            None => Tally::NotCounted,
        },
    }
}

/// One line of the outcomes: reached `count` of `of` young people whose answer is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KpiFigure {
    pub kpi: OutcomeKpi,
    /// Young people who reached it.
    pub count: usize,
    /// Young people with a known answer (reached + not reached).
    pub of: usize,
    /// Whole percent, or `None` when `of` is below [`MIN_FOR_SHARE`].
    pub share: Option<u32>,
    /// Young people whose answer is not known yet.
    pub unknown: usize,
}

/// The outcomes of a period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcomes {
    /// Young people whose trajectory ended in the period.
    pub ended: usize,
    /// In the order of [`OutcomeKpi::ALL`].
    pub figures: Vec<KpiFigure>,
}

/// `count` of `of` as a whole percent, half up; `None` below [`MIN_FOR_SHARE`].
pub fn share(count: usize, of: usize) -> Option<u32> {
    (of >= MIN_FOR_SHARE).then(|| ((count * 200 + of) / (2 * of)) as u32)
}

/// The figures for the young people whose trajectory ended within `period`.
pub fn outcomes(people: &[PersonOutcome], period: Period) -> Outcomes {
    let period = period.ordered();
    let counted: Vec<&PersonOutcome> =
        people.iter().filter(|p| p.ended.is_some_and(|(_, on)| period.contains(on))).collect();
    let figures = OutcomeKpi::ALL
        .into_iter()
        .map(|kpi| {
            let (mut count, mut not, mut unknown) = (0, 0, 0);
            for p in &counted {
                match tally(kpi, p) {
                    Tally::Reached => count += 1,
                    Tally::NotReached => not += 1,
                    Tally::Unknown => unknown += 1,
                    Tally::NotCounted => {}
                }
            }
            KpiFigure { kpi, count, of: count + not, share: share(count, count + not), unknown }
        })
        .collect();
    Outcomes { ended: counted.len(), figures }
}

/// One CSV field: quoted when it holds a comma, a quote, or a line break (RFC 4180), with
/// quotes doubled.
pub fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// A CSV text: the header row, then the rows, each line ended by CRLF (RFC 4180). It starts
/// with a byte order mark so that spreadsheet programs read the accents as UTF-8.
pub fn to_csv(header: &[&str], rows: &[Vec<String>]) -> String {
    let line = |fields: &mut dyn Iterator<Item = &str>| fields.map(csv_field).collect::<Vec<_>>().join(",") + "\r\n";
    let mut out = String::from("\u{feff}");
    out += &line(&mut header.iter().copied());
    for row in rows {
        out += &line(&mut row.iter().map(String::as_str));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::kpi::Indicator;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn ind(answer: Answer) -> Indicator {
        Indicator { answer, note: String::new() }
    }

    /// A closing report: contract, private network, professional network, recidivism, income.
    fn kpis(answers: [Answer; 5]) -> ClosingKpis {
        ClosingKpis {
            rental_contract: ind(answers[0]),
            private_network: ind(answers[1]),
            professional_network: ind(answers[2]),
            recidivism: ind(answers[3]),
            other_income: ind(answers[4]),
            ..ClosingKpis::default()
        }
    }

    fn figure(o: &Outcomes, kpi: OutcomeKpi) -> KpiFigure {
        *o.figures.iter().find(|f| f.kpi == kpi).unwrap()
    }

    use Answer::{No as N, NotApplicable as NA, Unknown as U, Yes as Y};

    #[test]
    fn counts_and_shares_of_a_caseload() {
        let year = Period { from: d(2026, 1, 1), to: d(2026, 12, 31) };
        let reports = [
            kpis([Y, Y, Y, N, Y]),
            kpis([Y, Y, N, N, N]),
            kpis([N, Y, Y, NA, Y]),
            kpis([Y, U, Y, Y, U]),
            kpis([Y, Y, Y, N, N]),
            kpis([U, N, U, N, Y]),
            kpis([Y, Y, Y, N, Y]), // ended in 2025: not counted
        ];
        let checks = [N, N, NA, N, U, N, N].map(|answer| SixMonthCheck { answer, on: None });
        let ends = [
            Some((EndKind::Completed, d(2026, 1, 1))),
            Some((EndKind::Completed, d(2026, 3, 4))),
            Some((EndKind::StoppedEarly, d(2026, 5, 6))),
            Some((EndKind::Completed, d(2026, 7, 8))),
            Some((EndKind::OtherHelp, d(2026, 12, 31))),
            Some((EndKind::Completed, d(2026, 9, 1))),
            Some((EndKind::Completed, d(2025, 12, 31))),
        ];
        let people: Vec<PersonOutcome> = (0..7)
            .map(|i| PersonOutcome { ended: ends[i], kpis: &reports[i], check: &checks[i] })
            .collect();
        let o = outcomes(&people, year);
        assert_eq!(o.ended, 6);
        // Contract: 4 yes, 1 no, 1 unknown → 4 of 5 = 80%.
        assert_eq!(
            figure(&o, OutcomeKpi::OwnRentalContract),
            KpiFigure { kpi: OutcomeKpi::OwnRentalContract, count: 4, of: 5, share: Some(80), unknown: 1 }
        );
        // Network: #1, #3, #5 both yes; #2 and #6 a no; #4 one not known → 3 of 5 = 60%.
        let net = figure(&o, OutcomeKpi::ActiveNetwork);
        assert_eq!((net.count, net.of, net.unknown, net.share), (3, 5, 1, Some(60)));
        // No new offence: #3 not applicable (not counted), #4 yes during → not reached,
        // #5 check unknown → unknown; #1, #2, #6 reached: 3 of 4, fewer than 5 → no share.
        let off = figure(&o, OutcomeKpi::NoNewOffence);
        assert_eq!((off.count, off.of, off.unknown, off.share), (3, 4, 1, None));
        // Income: yes #1, #3, #6; no #2, #5; unknown #4 → 3 of 5 = 60%.
        let inc = figure(&o, OutcomeKpi::OtherIncome);
        assert_eq!((inc.count, inc.of, inc.unknown, inc.share), (3, 5, 1, Some(60)));
        // Completed: 4 of 6 = 66.7 → 67%.
        let done = figure(&o, OutcomeKpi::Completed);
        assert_eq!((done.count, done.of, done.unknown, done.share), (4, 6, 0, Some(67)));
    }

    #[test]
    fn under_five_young_people_the_share_is_not_shown() {
        assert_eq!(share(4, 4), None);
        assert_eq!(share(0, 0), None);
        assert_eq!(share(3, 5), Some(60));
        assert_eq!(share(1, 8), Some(13)); // 12.5 rounds half up
        assert_eq!(share(0, 5), Some(0));
        let report = kpis([Y, Y, Y, N, Y]);
        let check = SixMonthCheck { answer: N, on: None };
        let one = PersonOutcome { ended: Some((EndKind::Completed, d(2026, 2, 1))), kpis: &report, check: &check };
        let o = outcomes(&[one; 4], Period { from: d(2026, 1, 1), to: d(2026, 6, 30) });
        assert_eq!(o.ended, 4);
        for f in &o.figures {
            assert_eq!((f.count, f.of, f.share), (4, 4, None), "{:?}", f.kpi);
        }
        let o = outcomes(&[one; 5], Period { from: d(2026, 1, 1), to: d(2026, 6, 30) });
        assert!(o.figures.iter().all(|f| f.share == Some(100)));
    }

    #[test]
    fn only_trajectories_that_ended_in_the_period_count() {
        let report = kpis([Y, Y, Y, N, Y]);
        let check = SixMonthCheck::default();
        let running = PersonOutcome { ended: None, kpis: &report, check: &check };
        let ended = PersonOutcome { ended: Some((EndKind::StoppedEarly, d(2026, 6, 30))), kpis: &report, check: &check };
        // A period typed backwards is read in order.
        let o = outcomes(&[running, ended], Period { from: d(2026, 6, 30), to: d(2026, 6, 1) });
        assert_eq!(o.ended, 1);
        assert_eq!(figure(&o, OutcomeKpi::Completed).of, 1);
        assert_eq!(figure(&o, OutcomeKpi::Completed).count, 0);
        let o = outcomes(&[running, ended], Period { from: d(2026, 7, 1), to: d(2026, 12, 31) });
        assert_eq!(o.ended, 0);
        assert!(o.figures.iter().all(|f| f.count == 0 && f.of == 0 && f.share.is_none()));
    }

    #[test]
    fn every_indicator_but_the_network_has_a_research_figure() {
        let with: Vec<_> = OutcomeKpi::ALL.into_iter().filter(|k| k.research().is_some()).collect();
        assert_eq!(with.len(), 4);
        assert!(OutcomeKpi::ActiveNetwork.research().is_none());
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        let text = to_csv(&["kpi", "share, %"], &[vec!["own".into(), "80".into()], vec!["x\"y".into(), String::new()]]);
        assert_eq!(text, "\u{feff}kpi,\"share, %\"\r\nown,80\r\n\"x\"\"y\",\r\n");
    }
}
