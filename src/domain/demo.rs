//! The demo case for training: "Demo: Sam, 20", a fictional young man who left prison without a
//! home and with a broken network, eight months into his Back On Track year.
//!
//! Hand-written from the facts of the methodology folder, so a trainer can show every worksheet
//! filled in and participants can practise on it. Every date counts back from `today`, so the
//! demo always looks current: the start was eight months ago, the support plan came at six weeks
//! and the first two quarterly evaluations followed three months apart (see
//! [`super::trajectory`]); the third evaluation is still to come.
//!
//! Each text is written as `s(dutch, english)`: a missing translation is a compile error.

use chrono::{Datelike, NaiveDate};

use super::baskets::Basket;
use super::change::ChangeStage;
use super::dates::{add_days, add_months};
use super::goods::{GoodField, PrimaryGood, WayEffect};
use super::lifeline::{Feeling, Moment, Visit, VisitState, When};
use super::network::{Group, Person, Ring, Status, StopState, StopTarget};
use super::patterson::{NoteField, Strategy};
use super::plan::action::{ActionStatus, WhoKind};
use super::plan::{ReadingKind, Score, TopicId};
use super::trajectory::START_PHASE_DAYS;
use super::{CaseFile, LifeDomain, Profile, ProfileId};

/// The demo's reserved id. Its file lives under its own storage key, apart from real profiles.
pub const DEMO_ID: &str = "demo";

/// Whether `id` is the demo's.
pub fn is_demo(id: &ProfileId) -> bool {
    id.as_str() == DEMO_ID
}

/// How many months ago the demo's year started.
pub const MONTHS_AGO: i32 = 8;

/// The demo case as it is on `today`, in Dutch or (with `english`) in English.
pub fn demo_case(today: NaiveDate, english: bool) -> CaseFile {
    let s = |nl: &str, en: &str| if english { en.to_string() } else { nl.to_string() };
    let start = add_months(today, -MONTHS_AGO);
    let day = |n: i64| add_days(start, n);
    let plan_day = day(START_PHASE_DAYS);
    let eval1 = add_months(plan_day, 3);
    let eval2 = add_months(eval1, 3);

    let mut case = CaseFile::new(Profile::new(ProfileId(DEMO_ID.into()), &s("Demo: Sam, 20", "Demo: Sam, 20"), Some(start), start));

    // ----- support plan: three readings on the same web -----
    use LifeDomain::*;
    let p = &mut case.plan;
    let licence = p.add_theme(&s("Rijbewijs halen", "Get my driving licence")).expect("a fresh theme");
    // Scores at the support plan, evaluation 1, evaluation 2.
    let scores: [(TopicId, [u8; 3]); 14] = [
        (TopicId::Domain(Wonen), [2, 5, 7]),
        (TopicId::Domain(Netwerk), [3, 4, 6]),
        (TopicId::Domain(OpleidingWerk), [2, 3, 5]),
        (TopicId::Domain(Inkomen), [1, 5, 5]),
        (TopicId::Domain(Activering), [3, 4, 6]),
        (TopicId::Domain(FysiekeGezondheid), [5, 6, 6]),
        (TopicId::Domain(MentaleGezondheid), [3, 4, 4]),
        (TopicId::Domain(MaatschappelijkeIdentiteit), [2, 6, 7]),
        (TopicId::Domain(Budget), [2, 3, 5]),
        (TopicId::Domain(Administratie), [1, 4, 6]),
        (TopicId::Domain(VrijeTijd), [4, 5, 7]),
        (TopicId::Domain(Zelfredzaamheid), [4, 5, 6]),
        (TopicId::Domain(Recidive), [5, 6, 7]),
        (licence, [3, 3, 4]),
    ];
    let words: [(usize, TopicId, String); 12] = [
        (0, TopicId::Domain(Wonen), s("Ik slaap in de crisisstudio. Het is een dak, maar niet van mij.", "I sleep in the crisis studio. It's a roof, but not mine.")),
        (0, TopicId::Domain(Netwerk), s("Alleen Lien en Yassin. Met mama is het stil.", "Only Lien and Yassin. It's silent with mum.")),
        (0, TopicId::Domain(Inkomen), s("Niks. Ik leef van wat Yassin me geeft.", "Nothing. I live on what Yassin gives me.")),
        (0, TopicId::Domain(Administratie), s("Mijn identiteitskaart is weg en ik open geen brieven.", "My ID card is gone and I don't open letters.")),
        (0, TopicId::Domain(Recidive), s("Ik wil nooit meer terug. Maar mijn oude maten bellen wel.", "I never want to go back. But my old mates keep calling.")),
        (1, TopicId::Domain(Inkomen), s("Leefloon is in orde. Eindelijk iets vast.", "The living wage is sorted. Finally something steady.")),
        (1, TopicId::Domain(MaatschappelijkeIdentiteit), s("Nieuwe identiteitskaart! Ik besta weer.", "New ID card! I exist again.")),
        (1, TopicId::Domain(MentaleGezondheid), s("Ik slaap slecht en pieker veel.", "I sleep badly and worry a lot.")),
        (2, TopicId::Domain(Wonen), s("Mijn eigen studio via de woonmaatschappij. Contract op mijn naam.", "My own studio through the housing company (woonmaatschappij). Contract in my name.")),
        (2, TopicId::Domain(Netwerk), s("Zondag eet ik bij mama. Dat had ik niet gedacht.", "On Sundays I eat at mum's. I didn't see that coming.")),
        (2, TopicId::Domain(VrijeTijd), s("Terug voetballen bij de club van Marc.", "Playing football again at Marc's club.")),
        (2, TopicId::Domain(OpleidingWerk), s("Ik wil de opleiding heftruck doen.", "I want to do the forklift course.")),
    ];
    let kinds = [(ReadingKind::SupportPlan, plan_day), (ReadingKind::Evaluation1, eval1), (ReadingKind::Evaluation2, eval2)];
    let mut readings = [0u32; 3];
    for (i, (kind, date)) in kinds.into_iter().enumerate() {
        let id = p.start_reading(kind, Some(date));
        readings[i] = id;
        for (topic, values) in &scores {
            // Unchanged scores stay carried over from the reading before, as on paper.
            if i == 0 || values[i] != values[i - 1] {
                p.set_score(id, *topic, Score::Value(values[i]));
            }
        }
        for (_, topic, w) in words.iter().filter(|(r, _, _)| *r == i) {
            p.set_words(id, *topic, w);
        }
        if i == 0 {
            // The coach's view beside Sam's own, where they differ.
            p.set_coach(id, TopicId::Domain(Zelfredzaamheid), Some(6));
            p.set_coach_note(id, TopicId::Domain(Zelfredzaamheid), &s("Sam regelt meer dan hij zelf denkt.", "Sam manages more than he thinks."));
        }
    }

    struct A {
        topic: TopicId,
        what: String,
        who: (WhoKind, String),
        due: Option<i64>,
        status: ActionStatus,
        note: String,
        at: usize,
    }
    let none = String::new;
    let actions = [
        A { topic: TopicId::Domain(Wonen), what: s("Inschrijven bij de woonmaatschappij", "Register with the housing company (woonmaatschappij)"), who: (WhoKind::Jongere, none()), due: Some(50), status: ActionStatus::Done, note: none(), at: 0 },
        A { topic: TopicId::Domain(Administratie), what: s("Nieuwe identiteitskaart aanvragen bij de gemeente", "Apply for a new ID card at the town hall"), who: (WhoKind::Begeleider, none()), due: Some(56), status: ActionStatus::Done, note: none(), at: 0 },
        A { topic: TopicId::Domain(Inkomen), what: s("Samen naar het OCMW voor het leefloon", "Go to the social welfare office together for the living wage"), who: (WhoKind::Dienst, s("OCMW", "social welfare office")), due: Some(60), status: ActionStatus::Done, note: none(), at: 0 },
        A { topic: TopicId::Domain(Netwerk), what: s("Mama een brief schrijven", "Write mum a letter"), who: (WhoKind::Jongere, none()), due: Some(70), status: ActionStatus::Changed, note: s("Toch liever bellen, met Lien erbij.", "Rather call after all, with Lien there."), at: 0 },
        A { topic: TopicId::Domain(MentaleGezondheid), what: s("Afspraak bij het CGG over slapen", "Appointment at the mental health centre about sleep"), who: (WhoKind::Dienst, s("CGG", "mental health centre")), due: Some(120), status: ActionStatus::Stopped, note: s("Sam wil eerst zelf proberen met sporten en wandelen.", "Sam wants to try sport and walking first."), at: 1 },
        A { topic: TopicId::Domain(VrijeTijd), what: s("Twee keer meetrainen bij de voetbalclub", "Join two training sessions at the football club"), who: (WhoKind::Netwerk, s("Marc", "Marc")), due: Some(150), status: ActionStatus::Done, note: none(), at: 1 },
        A { topic: TopicId::Domain(Budget), what: s("Budgetplan maken: vaste kosten van de studio", "Make a budget: the studio's fixed costs"), who: (WhoKind::Begeleider, none()), due: Some(MONTHS_AGO as i64 * 30 - 12), status: ActionStatus::Open, note: none(), at: 2 },
        A { topic: TopicId::Domain(OpleidingWerk), what: s("Inschrijven voor de opleiding heftruck bij de VDAB", "Sign up for the forklift course at the employment service"), who: (WhoKind::Jongere, none()), due: Some(MONTHS_AGO as i64 * 30 + 20), status: ActionStatus::Open, note: none(), at: 2 },
        A { topic: TopicId::Domain(Recidive), what: s("Elke maand naar de justitieassistent", "See the probation officer every month"), who: (WhoKind::Jongere, none()), due: None, status: ActionStatus::Open, note: s("Lukt tot nu toe elke keer.", "Every time so far."), at: 0 },
        A { topic: licence, what: s("Theorie oefenen met Yassin", "Practise the theory test with Yassin"), who: (WhoKind::Netwerk, s("Yassin", "Yassin")), due: Some(MONTHS_AGO as i64 * 30 + 45), status: ActionStatus::Open, note: none(), at: 2 },
    ];
    for a in actions {
        let id = p.add_action(a.topic);
        let action = p.action_mut(id).expect("just added");
        action.what = a.what;
        action.who.kind = a.who.0;
        action.who.name = a.who.1;
        action.due = a.due.map(day);
        action.note = a.note;
        action.added_at = Some(readings[a.at]);
        if a.status != ActionStatus::Open {
            action.status = a.status;
            action.status_date = action.due;
        }
        if a.status == ActionStatus::Open && a.at < 2 {
            action.reviewed_at = Some(readings[2]);
        }
        if a.topic == TopicId::Domain(VrijeTijd) {
            action.good = Some(PrimaryGood::Play.slug().to_string());
        }
    }
    for (name, why) in [
        (s("Lien (zus)", "Lien (sister)"), s("Als ik wil praten", "When I want to talk")),
        (s("Back On Track", "Back On Track"), s("Als ik geen slaapplek heb", "When I have nowhere to sleep")),
    ] {
        let id = p.add_contact();
        if let Some(c) = p.contacts.iter_mut().find(|c| c.id == id) {
            c.name = name;
            c.why = why;
        }
    }

    // ----- lifeline -----
    let birth = today.year() - 20;
    case.lifeline.birth_year = Some(birth);
    // When, what, where, who, how it felt, the visit, its day (days after the start), what it brought up.
    type MomentRow = (When, String, String, String, Feeling, VisitState, Option<i64>, String);
    let moments: [MomentRow; 10] = [
        (When::Age(0), s("Geboren", "Born"), s("Kraamafdeling in Brugge", "Maternity ward in Bruges"), s("mama", "mum"), Feeling::Good, VisitState::Visited, Some(130), s("Mama vertelde over de nacht dat ik geboren ben.", "Mum told me about the night I was born.")),
        (When::Age(6), s("Naar de flat van oma", "Moved into gran's flat"), s("Oostende", "Ostend"), s("oma, mama, Lien", "gran, mum, Lien"), Feeling::VeryGood, VisitState::Planned, Some(MONTHS_AGO as i64 * 30 + 14), none()),
        (When::Age(9), s("Begonnen met voetbal", "Started playing football"), s("De voetbalclub", "The football club"), s("trainer Marc", "coach Marc"), Feeling::VeryGood, VisitState::Visited, Some(160), s("Marc herkende me meteen.", "Marc recognised me at once.")),
        (When::Age(13), s("Oma overleden", "Gran died"), s("Oostende", "Ostend"), s("oma", "gran"), Feeling::VeryHard, VisitState::ToVisit, None, none()),
        (When::Age(15), s("Van school gestuurd", "Expelled from school"), s("Technische school", "Technical school"), none(), Feeling::Hard, VisitState::None, None, none()),
        (When::Age(16), s("Eerste keer in een gemeenschapsinstelling", "First time in a community institution (closed youth facility)"), none(), none(), Feeling::VeryHard, VisitState::None, None, none()),
        (When::Age(18), s("Ruzie thuis, weg bij mama", "Fight at home, left mum's"), none(), s("mama", "mum"), Feeling::VeryHard, VisitState::None, None, none()),
        (When::Age(19), s("Gevangenis", "Prison"), s("Brugge", "Bruges"), none(), Feeling::VeryHard, VisitState::None, None, none()),
        (When::Date(day(-10)), s("Vrij, met een plastic zak spullen", "Released, with a plastic bag of belongings"), none(), s("Yassin haalde me op", "Yassin picked me up"), Feeling::Mixed, VisitState::None, None, none()),
        (When::Date(day(125)), s("Sleutel van mijn eigen studio", "Keys to my own studio"), none(), s("Lien, begeleider", "Lien, coach"), Feeling::VeryGood, VisitState::None, None, none()),
    ];
    for (when, what, place, who, feeling, state, visit_day, brought_up) in moments {
        case.lifeline.add_moment(Moment {
            when,
            what,
            place,
            who,
            feeling: Some(feeling),
            visit: Visit { state, date: visit_day.map(day), brought_up },
            ..Moment::default()
        });
    }

    // ----- network: the map at the start, a walk, the map now -----
    let net = &mut case.network;
    let person = |name: String, group: Group, now: Ring, before: Ring, status: Status, helps: &[LifeDomain], note: String| Person {
        name,
        group,
        now,
        before,
        status,
        helps_with: helps.to_vec(),
        note,
        ..Person::default()
    };
    let mum = net.add_person(person(s("Mama", "Mum"), Group::Family, Ring::Far, Ring::Close, Status::Broken, &[], s("Geen contact sinds de ruzie.", "No contact since the fight.")));
    let lien = net.add_person(person(s("Lien (zus)", "Lien (sister)"), Group::Family, Ring::Close, Ring::Close, Status::Active, &[Netwerk, Wonen], none()));
    let uncle = net.add_person(person(s("Nonkel Patrick", "Uncle Patrick"), Group::Family, Ring::Far, Ring::Middle, Status::ToRestore, &[OpleidingWerk], s("Heeft een transportbedrijf.", "Runs a haulage firm.")));
    let yassin = net.add_person(person(s("Yassin", "Yassin"), Group::Friends, Ring::Middle, Ring::Middle, Status::Active, &[VrijeTijd], none()));
    net.add_person(person(s("Oude maten van de straat", "Old mates from the street"), Group::Friends, Ring::Middle, Ring::Close, Status::Active, &[], none()));
    let marc = net.add_person(person(s("Marc (voetbaltrainer)", "Marc (football coach)"), Group::Other, Ring::Absent, Ring::Close, Status::Broken, &[], none()));
    net.add_person(person(s("Justitieassistent", "Probation officer"), Group::Professionals, Ring::Middle, Ring::Absent, Status::Active, &[Recidive], none()));
    net.add_person(person(s("Begeleider Back On Track", "Back On Track coach"), Group::Professionals, Ring::Close, Ring::Absent, Status::Active, &[Wonen, Administratie, Budget], none()));
    net.take_snapshot(Some(day(20)), &s("Bij de start", "At the start"));
    // What changed since: contact restored, distance taken, new people.
    if let Some(m) = net.person_mut(mum) {
        m.now = Ring::Middle;
        m.status = Status::Restored;
        m.note = s("Zondag samen eten.", "Sunday dinner together.");
        m.helps_with = vec![Netwerk];
    }
    if let Some(m) = net.person_mut(marc) {
        m.now = Ring::Middle;
        m.status = Status::Restored;
        m.helps_with = vec![VrijeTijd, Activering];
    }
    if let Some(y) = net.person_mut(yassin) {
        y.now = Ring::Close;
    }
    if let Some(old) = net.people.iter_mut().find(|p| p.group == Group::Friends && p.before == Ring::Close) {
        old.now = Ring::Far;
        old.status = Status::Broken;
        old.note = s("Bewust afstand genomen.", "Chose to keep my distance.");
    }
    net.add_person(person(s("Buurvrouw Rita", "Rita next door"), Group::Neighbours, Ring::Middle, Ring::Absent, Status::Active, &[Zelfredzaamheid], none()));
    net.add_person(person(s("Maatschappelijk werker OCMW", "Social worker, welfare office"), Group::Professionals, Ring::Middle, Ring::Absent, Status::Active, &[Inkomen], none()));
    let stops: [(StopTarget, StopState, i64, String); 6] = [
        (StopTarget::Person(lien), StopState::Visited, 75, s("Koffie bij Lien; zij wil helpen met mama.", "Coffee at Lien's; she wants to help with mum.")),
        (StopTarget::Place(s("De voetbalclub", "The football club")), StopState::Visited, 95, none()),
        (StopTarget::Person(marc), StopState::Visited, 95, s("Marc vroeg of Sam komt meetrainen.", "Marc asked Sam to join training.")),
        (StopTarget::Person(mum), StopState::Visited, 110, s("Eerste keer terug aan de deur. Kort, maar goed.", "First time back at the door. Short, but good.")),
        (StopTarget::Person(uncle), StopState::Planned, MONTHS_AGO as i64 * 30 + 10, none()),
        (StopTarget::Place(s("De wijk waar ik opgroeide", "The neighbourhood I grew up in")), StopState::Planned, MONTHS_AGO as i64 * 30 + 24, none()),
    ];
    for (target, state, d, note) in stops {
        let id = net.add_stop(target);
        if let Some(stop) = net.stop_mut(id) {
            stop.state = state;
            stop.date = Some(day(d));
            stop.note = note;
        }
    }
    net.take_snapshot(Some(eval1), &s("Evaluatie 1", "Evaluation 1"));

    // ----- three baskets, talked through with mum and Lien -----
    let b = &mut case.baskets;
    let (mum_name, lien_name, sam) = (s("mama", "mum"), "Lien".to_string(), "Sam".to_string());
    let coach = s("begeleider", "coach");
    let concerns: [(String, &String, Option<Basket>); 9] = [
        (s("Geen drugs in huis bij mama", "No drugs in mum's house"), &mum_name, Some(Basket::One)),
        (s("Afspraken met de justitieassistent nakomen", "Keep the probation appointments"), &coach, Some(Basket::One)),
        (s("Geld lenen van Lien", "Borrowing money from Lien"), &lien_name, Some(Basket::One)),
        (s("Hoe laat Sam thuiskomt als hij bij mama slaapt", "What time Sam comes home when he sleeps at mum's"), &mum_name, Some(Basket::Two)),
        (s("Meehelpen in het huishouden", "Helping with the housework"), &mum_name, Some(Basket::Two)),
        (s("Roken op het terras", "Smoking on the terrace"), &mum_name, Some(Basket::Three)),
        (s("Lang slapen in het weekend", "Sleeping late at weekends"), &mum_name, Some(Basket::Three)),
        (s("Kleren en haar", "Clothes and hair"), &sam, Some(Basket::Three)),
        (s("Contact met de oude maten", "Contact with the old mates"), &lien_name, None),
    ];
    let mut loan = 0;
    for (i, (text, by, basket)) in concerns.into_iter().enumerate() {
        let id = b.add(&text, by, basket).expect("a text");
        if i == 2 {
            loan = id;
        }
    }
    for name in [&sam, &mum_name, &lien_name] {
        let _ = b.add_agreed(name);
    }
    b.agreed_on = Some(day(30));
    b.save_version(day(30));
    // Three months later the loan was paid back and went to the middle basket.
    b.move_to(loan, Some(Basket::Two));
    b.save_version(eval1);

    // ----- Good Lives Model -----
    let g = &mut case.goods;
    let goods: [(PrimaryGood, u8, Option<WayEffect>, [String; 4]); 5] = [
        (PrimaryGood::Relatedness, 3, Some(WayEffect::Helps), [s("Lien, Yassin, en opnieuw mama", "Lien, Yassin, and mum again"), s("Oude ruzies", "Old fights"), s("Ik ben trouw aan mensen", "I'm loyal to people"), s("Zondag eten bij mama, met Lien erbij", "Sunday dinner at mum's, with Lien there")]),
        (PrimaryGood::Agency, 3, Some(WayEffect::HarmsBoth), [s("Vroeger: snel geld met dealen", "Before: quick money from dealing"), s("Geen diploma, weinig geld", "No diploma, little money"), s("Ik kan goed regelen en onderhandelen", "I'm good at arranging and negotiating"), s("Opleiding heftruck en eigen geld verdienen", "Forklift course and earning my own money")]),
        (PrimaryGood::InnerPeace, 3, Some(WayEffect::HarmsSelf), [s("Blowen om te kunnen slapen", "Smoking weed to get to sleep"), s("Piekeren 's nachts", "Worrying at night"), s("Wandelen helpt", "Walking helps"), s("Avondwandeling en voetbal", "An evening walk and football")]),
        (PrimaryGood::Play, 2, Some(WayEffect::Helps), [s("Voetbal en gamen", "Football and gaming"), none(), s("Ik kan goed voetballen", "I'm good at football"), s("Terug bij een club", "Back at a club")]),
        (PrimaryGood::Work, 2, None, [s("Nog geen werk", "No work yet"), s("Geen ervaring op papier", "No experience on paper"), s("Ik werk graag met mijn handen", "I like working with my hands"), s("Opleiding bij de VDAB", "A course at the employment service")]),
    ];
    for (good, importance, effect, texts) in goods {
        g.set_importance(good, Some(importance));
        g.set_effect(good, effect);
        for (field, text) in [GoodField::Now, GoodField::Obstacles, GoodField::Strengths, GoodField::BetterWay].into_iter().zip(texts) {
            g.set_text(good, field, &text);
        }
    }
    for (good, importance) in [
        (PrimaryGood::Life, 2),
        (PrimaryGood::Knowledge, 1),
        (PrimaryGood::Community, 1),
        (PrimaryGood::Spirituality, 0),
        (PrimaryGood::Pleasure, 2),
        (PrimaryGood::Creativity, 1),
    ] {
        g.set_importance(good, Some(importance));
    }
    g.set_plan(&s(
        "Rust en erbij horen, op een veilige manier: voetbal, zondag bij mama, en de opleiding als stap naar werk.",
        "Peace and belonging, in a safe way: football, Sundays at mum's, and the course as a step towards work.",
    ));

    // ----- change cycle -----
    let c = &mut case.change;
    type Step = (i64, ChangeStage, Option<(u8, u8)>, &'static str, &'static str);
    let themes: [(String, LifeDomain, &[Step]); 3] = [
        (s("Minder blowen", "Smoke less weed"), MentaleGezondheid, &[
            (10, ChangeStage::Precontemplation, Some((3, 5)), "Het helpt me slapen, zegt Sam.", "It helps me sleep, Sam says."),
            (60, ChangeStage::Contemplation, Some((5, 4)), "", ""),
            (120, ChangeStage::Preparation, None, "", ""),
            (150, ChangeStage::Action, None, "", ""),
            (190, ChangeStage::Relapse, None, "Na een ruzie weer geblowd. Erover gepraat, geen drama.", "Smoked again after a fight. We talked it through, no drama."),
            (205, ChangeStage::Action, Some((8, 6)), "Opnieuw gestart, met wandelen 's avonds.", "Started again, with evening walks."),
        ]),
        (s("Werk zoeken", "Find work"), OpleidingWerk, &[
            (45, ChangeStage::Contemplation, None, "", ""),
            (110, ChangeStage::Preparation, None, "", ""),
            (200, ChangeStage::Action, Some((9, 7)), "Nonkel Patrick zoekt chauffeurs.", "Uncle Patrick is looking for drivers."),
        ]),
        (s("Afstand van de oude maten", "Distance from the old mates"), Recidive, &[
            (20, ChangeStage::Preparation, None, "", ""),
            (70, ChangeStage::Action, None, "", ""),
            (200, ChangeStage::Maintenance, Some((10, 8)), "Nieuw gsm-nummer, andere weg naar huis.", "New phone number, another way home."),
        ]),
    ];
    for (title, domain, steps) in themes {
        let id = c.add_theme(&title, Some(domain)).expect("named");
        for &(d, stage, ruler, nl, en) in steps {
            c.place(id, day(d), stage);
            if let Some((importance, confidence)) = ruler {
                c.set_ruler(id, Some(importance), Some(confidence));
            }
            if !nl.is_empty() {
                c.set_note(id, &s(nl, en));
            }
        }
    }

    // ----- Patterson, talked through with mum -----
    let pt = &mut case.patterson;
    let fig = pt.add_figure(&s("Mama", "Mum"), &s("moeder", "mother"), Some(day(140))).expect("named");
    let notes: [(Strategy, [String; 3]); 5] = [
        (Strategy::Clarity, [s("Ze zegt duidelijk: geen drugs in huis.", "She says clearly: no drugs in the house."), none(), s("Eén regel tegelijk, rustig gezegd.", "One rule at a time, said calmly.")]),
        (Strategy::Monitoring, [none(), s("Ze belt vaak om te vragen waar hij is.", "She often calls to ask where he is."), s("Eén vaste vraag op zondag: hoe was je week?", "One set question on Sunday: how was your week?")]),
        (Strategy::Reinforcement, [s("Ze zei dat ze trots is op de studio.", "She said she's proud of the studio."), none(), s("Zeggen wat goed gaat, ook kleine dingen.", "Say what goes well, small things too.")]),
        (Strategy::Involvement, [s("Samen eten op zondag.", "Dinner together on Sundays."), none(), s("Samen naar een match van Sam.", "Go to one of Sam's matches.")]),
        (Strategy::ProblemSolving, [none(), s("Ruzies lopen snel hoog op.", "Fights escalate quickly."), s("Eerst luisteren, later praten als het rustig is.", "Listen first, talk later when it's calm.")]),
    ];
    for (strategy, [goes_well, example, try_next]) in notes {
        for (field, text) in [(NoteField::GoesWell, goes_well), (NoteField::Example, example), (NoteField::TryNext, try_next)] {
            if !text.is_empty() {
                pt.set_text(fig, strategy, field, &text);
            }
        }
    }
    case
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::trajectory::{DoneFact, MilestoneKind, Position, Schedule};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn the_demo_is_clearly_fictional_and_has_the_reserved_id() {
        for en in [false, true] {
            let c = demo_case(today(), en);
            assert!(is_demo(&c.profile.id));
            assert!(c.profile.name.starts_with("Demo"), "{}", c.profile.name);
            assert!(ProfileId::is_valid(DEMO_ID));
        }
    }

    #[test]
    fn the_year_is_eight_months_on_with_two_evaluations_after_the_support_plan() {
        let c = demo_case(today(), false);
        let start = c.profile.start_date.unwrap();
        assert_eq!(start, NaiveDate::from_ymd_opt(2026, 3, 23).unwrap());
        let kinds: Vec<_> = c.plan.readings.iter().map(|r| r.kind).collect();
        assert_eq!(kinds, vec![ReadingKind::SupportPlan, ReadingKind::Evaluation1, ReadingKind::Evaluation2]);
        // The readings fall on the trajectory's own dates, so its milestones count them as done.
        let milestones = [MilestoneKind::SupportPlan, MilestoneKind::Evaluation1, MilestoneKind::Evaluation2];
        let facts: Vec<DoneFact> =
            milestones.iter().zip(&c.plan.readings).map(|(k, r)| DoneFact { kind: *k, date: r.date.unwrap() }).collect();
        let schedule = Schedule::new(start, &c.trajectory, &facts);
        for (kind, reading) in milestones.iter().zip(&c.plan.readings) {
            let m = schedule.get(*kind);
            assert_eq!(Some(m.original), reading.date, "{kind:?}");
            assert!(m.done.is_some(), "{kind:?} done");
        }
        assert!(schedule.get(MilestoneKind::Evaluation3).done.is_none());
        assert!(matches!(schedule.position(today()), Position::InYear { .. }));
        // Every date lies in the past except planned visits and open actions.
        assert!(c.plan.readings.iter().all(|r| r.date.unwrap() < today()));
    }

    #[test]
    fn every_domain_is_scored_and_shows_evolution() {
        let c = demo_case(today(), false);
        let first = &c.plan.readings[0];
        let last = c.plan.latest().unwrap();
        for d in LifeDomain::ALL {
            let t = TopicId::Domain(d);
            let (a, b) = (first.score(t).value().unwrap(), last.score(t).value().unwrap());
            assert!(b >= a, "{d:?} does not go down");
        }
        assert!(c.plan.readings[1].entries.values().any(|e| e.carried), "unchanged scores are carried");
        assert!(c.plan.own_themes.len() == 1);
    }

    #[test]
    fn actions_are_in_every_status_and_one_is_overdue() {
        let c = demo_case(today(), false);
        for status in [ActionStatus::Open, ActionStatus::Done, ActionStatus::Changed, ActionStatus::Stopped] {
            assert!(c.plan.actions.iter().any(|a| a.status == status), "{status:?}");
        }
        assert!(c.plan.actions.iter().all(|a| !a.what.is_empty()));
        assert_eq!(c.plan.overdue_actions(today()).len(), 1);
        assert!(!c.plan.contacts.is_empty());
    }

    #[test]
    fn every_worksheet_is_filled_in() {
        let c = demo_case(today(), false);
        assert!(c.lifeline.moments.len() >= 8);
        assert!(c.lifeline.visits(today().year()).len() >= 3);
        assert!(c.network.people.len() >= 8);
        assert_eq!(c.network.snapshots.len(), 2);
        assert!(!crate::domain::network::compare(c.network.versions()[0], &c.network.entries()).is_empty());
        assert!(c.network.walk.iter().any(|s| s.state == StopState::Visited));
        assert!(c.network.walk.iter().any(|s| s.state == StopState::Planned));
        assert!(!c.network.breaks().is_empty());
        for basket in [Basket::One, Basket::Two, Basket::Three] {
            assert!(c.baskets.count(Some(basket)) > 0);
        }
        assert!(!c.baskets.first_basket_too_full());
        assert_eq!(c.baskets.versions.len(), 2);
        assert_eq!(c.baskets.agreed_by.len(), 3);
        assert_eq!(c.goods.rated(), 11);
        assert!(!c.goods.harmful_ways().is_empty());
        assert!(!c.goods.plan.is_empty());
        assert_eq!(c.change.themes.len(), 3);
        assert!(c.change.themes.iter().any(|t| t.relapses() == 1));
        assert!(c.change.themes.iter().all(|t| t.current().is_some_and(|p| p.importance.is_some())));
        let fig = &c.patterson.figures[0];
        assert_eq!(fig.talked_about().len(), 5);
        assert_eq!(fig.to_try().len(), 5);
    }

    #[test]
    fn both_languages_give_the_same_shape_and_the_same_day_gives_the_same_case() {
        let (nl, en) = (demo_case(today(), false), demo_case(today(), true));
        assert_eq!(nl.plan.readings.len(), en.plan.readings.len());
        assert_eq!(nl.plan.actions.len(), en.plan.actions.len());
        assert_eq!(nl.network.people.len(), en.network.people.len());
        assert_ne!(nl.plan.actions[0].what, en.plan.actions[0].what);
        assert_eq!(nl, demo_case(today(), false));
        let json = serde_json::to_string(&nl).unwrap();
        assert!(json.len() < 30_000, "small enough to store and reset at once: {}", json.len());
        // Any day of the year gives a consistent demo (month ends, leap days).
        for d in [(2028, 2, 29), (2027, 10, 31), (2027, 1, 1)] {
            let c = demo_case(NaiveDate::from_ymd_opt(d.0, d.1, d.2).unwrap(), true);
            assert_eq!(c.plan.readings.len(), 3);
        }
    }
}
