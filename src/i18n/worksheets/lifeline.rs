//! Texts of the lifeline worksheet ("Levenslijn beleven").

pub struct LifelineTexts {
    /// One line under the title that says who else will see what is filled in here.
    pub who_sees: &'static str,
    pub intro: &'static str,
    pub method_link: &'static str,

    // Step 1: tell the story
    pub step1_title: &'static str,
    pub step1_text: &'static str,
    pub birth_year_label: &'static str,
    pub birth_year_hint: &'static str,
    pub ages_estimated: &'static str,
    pub add_moment: &'static str,
    pub empty: &'static str,
    pub list_title: &'static str,
    pub list_label: &'static str,
    pub untitled: &'static str,
    pub edit: fn(usize) -> String,
    /// The visible word on an edit button (its full name says what is edited).
    pub edit_short: &'static str,
    pub close_editor: &'static str,
    pub remove: &'static str,
    pub removed: &'static str,
    pub editor_title: fn(usize) -> String,

    // When
    pub when_legend: &'static str,
    /// Date, year, age, don't know (in this order).
    pub when_kinds: [&'static str; 4],
    pub date_label: &'static str,
    pub year_label: &'static str,
    pub age_label: &'static str,
    pub year_not_a_number: &'static str,
    pub year_out_of_range: &'static str,
    pub age_not_a_number: &'static str,
    pub age_out_of_range: &'static str,
    pub when_unknown: &'static str,
    pub age_text: fn(u8) -> String,
    /// "age 7 (2011)" / "age 7 (± 2011)".
    pub age_with_year: fn(u8, i32, bool) -> String,

    // What, where, who
    pub what_label: &'static str,
    pub what_hint: &'static str,
    pub where_label: &'static str,
    pub who_label: &'static str,

    // Feeling
    pub feeling_legend: &'static str,
    /// From very hard to very good (the order of `Feeling::ALL`).
    pub feelings: [&'static str; 5],
    pub feeling_none: &'static str,

    // Visits
    pub visit_legend: &'static str,
    pub visit_hint: &'static str,
    /// No, would like to, planned, visited (the order of `VisitState::ALL`).
    pub visit_states: [&'static str; 4],
    pub visit_date_planned: &'static str,
    pub visit_date_done: &'static str,
    pub brought_up_label: &'static str,
    pub brought_up_hint: &'static str,

    // Drawing and table
    pub drawing_title: &'static str,
    pub drawing_desc: fn(usize) -> String,
    pub show_as: &'static str,
    pub as_drawing: &'static str,
    pub as_table: &'static str,
    pub scroll_label: &'static str,
    pub scroll_hint: &'static str,
    pub axis_good: &'static str,
    pub axis_hard: &'static str,
    pub table_caption: &'static str,
    pub col_number: &'static str,
    pub col_when: &'static str,
    pub col_what: &'static str,
    pub col_where: &'static str,
    pub col_who: &'static str,
    pub col_feeling: &'static str,
    pub col_visit: &'static str,
    pub legend_title: &'static str,
    pub legend_good: &'static str,
    pub legend_hard: &'static str,
    pub legend_none: &'static str,

    // Step 2: visit together; step 3: talk it through
    pub step2_title: &'static str,
    pub step2_text: &'static str,
    pub visits_empty: &'static str,
    pub visits_label: &'static str,
    pub step3_title: &'static str,
    pub step3_text: &'static str,
    pub to_network: &'static str,
}

pub const NL: LifelineTexts = LifelineTexts {
    who_sees: "Wat je hier invult, zien alleen jij en je begeleider op dit toestel.",
    intro: "Zet je leven tot nu toe op een lijn: plaatsen, mensen en momenten. Jij kiest wat erop komt. Daarna kunnen jullie samen plaatsen en mensen gaan terugzien.",
    method_link: "Meer over de methode Levenslijn beleven",

    step1_title: "1. Vertel je verhaal",
    step1_text: "Begin waar je wilt: bij je geboorte, bij vandaag of bij een moment dat eruit springt. Mooie en moeilijke momenten mogen allebei. Wat je niet wilt delen, laat je weg.",
    birth_year_label: "Je geboortejaar",
    birth_year_hint: "Mag leeg blijven. Het helpt om momenten met een leeftijd op de juiste plek te zetten.",
    ages_estimated: "Momenten met een leeftijd staan nu bij benadering op de lijn (±). Vul je geboortejaar in als je wilt dat ze precies goed staan.",
    add_moment: "Moment toevoegen",
    empty: "Nog geen momenten. Voeg een eerste moment toe, bijvoorbeeld waar je geboren bent of een dag die je nooit vergeet.",
    list_title: "Je momenten",
    list_label: "Momenten op je levenslijn, in volgorde",
    untitled: "Moment zonder beschrijving",
    edit: |n| format!("Moment {n} aanpassen"),
    edit_short: "Aanpassen",
    close_editor: "Klaar met dit moment",
    remove: "Moment verwijderen",
    removed: "Het moment is verwijderd.",
    editor_title: |n| format!("Moment {n}"),

    when_legend: "Wanneer was het?",
    when_kinds: ["Een datum", "Een jaar", "Een leeftijd", "Weet ik niet"],
    date_label: "Datum",
    year_label: "Jaar",
    age_label: "Hoe oud was je?",
    year_not_a_number: "Schrijf het jaar in cijfers, bijvoorbeeld 2012.",
    year_out_of_range: "Dat jaartal lijkt niet te kloppen. Kies een jaar tussen 1900 en 2100.",
    age_not_a_number: "Schrijf de leeftijd als een heel getal, bijvoorbeeld 7.",
    age_out_of_range: "Die leeftijd lijkt niet te kloppen. Kies een getal van 0 tot 99.",
    when_unknown: "Tijd niet ingevuld",
    age_text: |a| format!("{a} jaar"),
    age_with_year: |a, y, approx| if approx { format!("{a} jaar (± {y})") } else { format!("{a} jaar ({y})") },

    what_label: "Wat gebeurde er?",
    what_hint: "Een paar woorden is genoeg.",
    where_label: "Waar was het?",
    who_label: "Wie was erbij?",

    feeling_legend: "Hoe voelde het?",
    feelings: ["Heel moeilijk", "Moeilijk", "Gemengd", "Goed", "Heel goed"],
    feeling_none: "Zeg ik liever niet",

    visit_legend: "Wil je hier samen naartoe?",
    visit_hint: "Een plaats of iemand van toen die je wilt terugzien.",
    visit_states: ["Nee", "Wil ik bezoeken", "Gepland", "Bezocht"],
    visit_date_planned: "Wanneer gaan jullie?",
    visit_date_done: "Wanneer waren jullie er?",
    brought_up_label: "Wat bracht het bezoek naar boven?",
    brought_up_hint: "Wat deed het met je? Wat neem je mee?",

    drawing_title: "Tekening van je levenslijn",
    drawing_desc: |n| match n {
        0 => "Nog geen momenten op de lijn.".to_string(),
        1 => "1 moment. Goede momenten staan boven de lijn, moeilijke eronder.".to_string(),
        n => format!("{n} momenten. Goede momenten staan boven de lijn, moeilijke eronder."),
    },
    show_as: "Bekijk je lijn als",
    as_drawing: "Tekening",
    as_table: "Tabel",
    scroll_label: "Levenslijn, schuif opzij om alles te zien",
    scroll_hint: "Schuif opzij om de hele lijn te zien. Tik op een bolletje om het moment aan te passen.",
    axis_good: "Goed",
    axis_hard: "Moeilijk",
    table_caption: "Alle momenten van je levenslijn, in volgorde",
    col_number: "Nr.",
    col_when: "Wanneer",
    col_what: "Wat gebeurde er",
    col_where: "Waar",
    col_who: "Wie was erbij",
    col_feeling: "Gevoel",
    col_visit: "Bezoek",
    legend_title: "Zo lees je de tekening",
    legend_good: "Boven de lijn: een goed moment",
    legend_hard: "Onder de lijn: een moeilijk moment",
    legend_none: "Open bolletje op de lijn: gevoel niet ingevuld",

    step2_title: "2. Samen gaan kijken",
    step2_text: "Kies de plaatsen en mensen die je wilt terugzien: een huis waar je woonde, je school, een voorziening, iemand die je vroeger kende. Jij bepaalt de volgorde en het tempo. Spreek vooraf af hoe je zegt dat het genoeg is.",
    visits_empty: "Nog geen plaatsen of mensen om te bezoeken. Kies bij een moment dat je er samen naartoe wilt.",
    visits_label: "Plaatsen en mensen om te bezoeken",
    step3_title: "3. Napraten",
    step3_text: "Praat na elk bezoek even na: wat deed het met je, wat neem je mee? Schrijf het op bij het moment. Mensen met wie je opnieuw contact wilt, kun je op je netwerkkaart zetten.",
    to_network: "Naar de netwerkwandeling",
};

pub const EN: LifelineTexts = LifelineTexts {
    who_sees: "What you fill in here is seen only by you and your coach on this device.",
    intro: "Put your life so far on a line: places, people and moments. You choose what goes on it. Then you can go and see places and people again, together.",
    method_link: "More about the lifeline method",

    step1_title: "1. Tell your story",
    step1_text: "Start wherever you like: at your birth, at today, or at a moment that stands out. Good and hard moments are both welcome. Leave out whatever you do not want to share.",
    birth_year_label: "Your birth year",
    birth_year_hint: "May stay empty. It helps to put moments with an age in the right place.",
    ages_estimated: "Moments with an age are placed roughly on the line for now (±). Fill in your birth year if you want them exactly right.",
    add_moment: "Add a moment",
    empty: "No moments yet. Add a first one, for example where you were born or a day you will never forget.",
    list_title: "Your moments",
    list_label: "Moments on your lifeline, in order",
    untitled: "Moment without a description",
    edit: |n| format!("Edit moment {n}"),
    edit_short: "Edit",
    close_editor: "Done with this moment",
    remove: "Delete moment",
    removed: "The moment was deleted.",
    editor_title: |n| format!("Moment {n}"),

    when_legend: "When was it?",
    when_kinds: ["A date", "A year", "An age", "I don't know"],
    date_label: "Date",
    year_label: "Year",
    age_label: "How old were you?",
    year_not_a_number: "Write the year in digits, for example 2012.",
    year_out_of_range: "That year does not look right. Choose a year between 1900 and 2100.",
    age_not_a_number: "Write the age as a whole number, for example 7.",
    age_out_of_range: "That age does not look right. Choose a number from 0 to 99.",
    when_unknown: "No time given",
    age_text: |a| format!("age {a}"),
    age_with_year: |a, y, approx| if approx { format!("age {a} (± {y})") } else { format!("age {a} ({y})") },

    what_label: "What happened?",
    what_hint: "A few words are enough.",
    where_label: "Where was it?",
    who_label: "Who was there?",

    feeling_legend: "How did it feel?",
    feelings: ["Very hard", "Hard", "Mixed", "Good", "Very good"],
    feeling_none: "I'd rather not say",

    visit_legend: "Would you like to go there together?",
    visit_hint: "A place or someone from back then you would like to see again.",
    visit_states: ["No", "Would like to visit", "Planned", "Visited"],
    visit_date_planned: "When are you going?",
    visit_date_done: "When were you there?",
    brought_up_label: "What did the visit bring up?",
    brought_up_hint: "What did it do to you? What do you take away?",

    drawing_title: "Drawing of your lifeline",
    drawing_desc: |n| match n {
        0 => "No moments on the line yet.".to_string(),
        1 => "1 moment. Good moments are above the line, hard ones below.".to_string(),
        n => format!("{n} moments. Good moments are above the line, hard ones below."),
    },
    show_as: "Show your line as",
    as_drawing: "Drawing",
    as_table: "Table",
    scroll_label: "Lifeline, scroll sideways to see all of it",
    scroll_hint: "Scroll sideways to see the whole line. Tap a dot to edit that moment.",
    axis_good: "Good",
    axis_hard: "Hard",
    table_caption: "All moments of your lifeline, in order",
    col_number: "No.",
    col_when: "When",
    col_what: "What happened",
    col_where: "Where",
    col_who: "Who was there",
    col_feeling: "Feeling",
    col_visit: "Visit",
    legend_title: "How to read the drawing",
    legend_good: "Above the line: a good moment",
    legend_hard: "Below the line: a hard moment",
    legend_none: "Open dot on the line: feeling not filled in",

    step2_title: "2. Go and see together",
    step2_text: "Choose the places and people you would like to see again: a house you lived in, your school, an institution, someone who knew you back then. You decide the order and the pace. Agree beforehand how you will say it is enough.",
    visits_empty: "No places or people to visit yet. Mark a moment as somewhere you would like to go together.",
    visits_label: "Places and people to visit",
    step3_title: "3. Talk it through",
    step3_text: "After each visit, take a moment to talk: what did it do to you, what do you take away? Write it down with the moment. People you want to be in touch with again can go on your network map.",
    to_network: "Go to the network walk",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_are_filled_in_and_differ() {
        for t in [&NL, &EN] {
            assert!(!t.who_sees.is_empty() && !t.step1_text.is_empty());
            assert!(t.feelings.iter().chain(t.visit_states.iter()).chain(t.when_kinds.iter()).all(|s| !s.is_empty()));
            assert!((t.drawing_desc)(3).contains('3'));
            assert!((t.age_with_year)(7, 2011, true).contains("± 2011"));
        }
        assert_ne!(NL.step1_title, EN.step1_title);
        assert_ne!(NL.feelings, EN.feelings);
    }
}
