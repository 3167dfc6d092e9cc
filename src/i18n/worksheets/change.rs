//! Texts of the change cycle worksheet (cirkel van gedragsverandering).

pub struct ChangeTexts {
    /// One line under the title that says who else will see what is filled in here.
    pub who_sees: &'static str,
    pub intro: &'static str,
    pub card_link: &'static str,

    /// The six stages in the order of `ChangeStage::ALL`.
    pub stages: [&'static str; 6],
    /// What the stage feels like, in one line.
    pub stage_explain: [&'static str; 6],
    /// What helps the young person in each stage.
    pub helps_young: [&'static str; 6],
    /// What the coach does in each stage (motivational interviewing).
    pub helps_coach: [&'static str; 6],

    pub step1_title: &'static str,
    pub step1_hint: &'static str,
    pub theme_label: &'static str,
    pub theme_hint: &'static str,
    pub domain_label: &'static str,
    pub domain_hint: &'static str,
    pub domain_none: &'static str,
    pub add_theme: &'static str,
    pub nameless: &'static str,
    pub themes_label: &'static str,
    pub not_placed: &'static str,
    pub domain_of: fn(&str) -> String,
    pub edit_theme: &'static str,
    pub save_theme: &'static str,
    pub remove_theme: &'static str,
    pub remove_question: fn(&str) -> String,

    pub step2_title: fn(&str) -> String,
    pub step2_hint: &'static str,
    pub circle_label: fn(&str) -> String,
    pub circle_caption: &'static str,
    pub current: fn(&str, &str) -> String,
    pub none_yet: &'static str,
    pub ruler_title: &'static str,
    pub ruler_hint: &'static str,
    pub importance_q: &'static str,
    pub confidence_q: &'static str,
    pub ruler_empty: &'static str,
    pub note_label: &'static str,
    pub note_hint: &'static str,

    pub step3_title: fn(&str) -> String,
    pub for_young: &'static str,
    pub for_coach: &'static str,
    pub relapse_title: &'static str,
    pub relapse_text: &'static str,
    pub step_back_in: fn(&str) -> String,

    pub step4_title: &'static str,
    pub step4_hint: &'static str,
    pub history_empty: &'static str,
    pub ruler_line: fn(Option<u8>, Option<u8>) -> String,
    pub remove_placement: fn(&str) -> String,
    pub relapses: fn(usize) -> String,
    pub choose_theme: &'static str,
}

fn ruler_nl(i: Option<u8>, c: Option<u8>) -> String {
    let mut parts = Vec::new();
    if let Some(i) = i {
        parts.push(format!("belangrijk {i}/10"));
    }
    if let Some(c) = c {
        parts.push(format!("vertrouwen {c}/10"));
    }
    parts.join(" · ")
}

fn ruler_en(i: Option<u8>, c: Option<u8>) -> String {
    let mut parts = Vec::new();
    if let Some(i) = i {
        parts.push(format!("importance {i}/10"));
    }
    if let Some(c) = c {
        parts.push(format!("confidence {c}/10"));
    }
    parts.join(" · ")
}

pub const NL: ChangeTexts = ChangeTexts {
    who_sees: "Wat je hier invult, zien alleen jij en je begeleider op dit toestel.",
    intro: "Veranderen gaat in fasen, en terugval hoort erbij. Kies waaraan je werkt, zoek samen waar je nu staat, en bekijk wat in die fase helpt.",
    card_link: "Lees de kaart over de cirkel van gedragsverandering",

    stages: ["Voorbeschouwing", "Overpeinzing", "Besluitvorming", "Actie", "Volhouden", "Terugval"],
    stage_explain: [
        "Je ziet nog geen reden om te veranderen, of je hebt er nu geen zin in.",
        "Je twijfelt: een deel van je wil veranderen, een deel niet.",
        "Je hebt beslist dat je iets wil veranderen en je maakt een plan.",
        "Je doet het: je probeert het nieuwe gedrag.",
        "Het lukt al een tijd. Nu gaat het om volhouden.",
        "Het oude gedrag is terug. Dat gebeurt bij bijna iedereen en hoort bij de weg.",
    ],
    helps_young: [
        "Eerlijk zeggen hoe jij het ziet. Info vragen als je dat wil. Horen wat anderen merken, zonder dat je meteen iets moet.",
        "Voor- en nadelen op een rij zetten. Je eigen redenen om te veranderen zoeken. Terugdenken aan wat je eerder al lukte.",
        "Eén weg kiezen en kleine stappen maken die haalbaar zijn. Het vertellen aan iemand die je steunt.",
        "De eerste stappen zetten en zien wat lukt. Jezelf belonen. Hulp vragen als het moeilijk wordt.",
        "Weten wat je moeilijke momenten zijn. Een plan B klaar hebben. Mensen rond je die je helpen volhouden.",
        "Zonder schuld bekijken wat er gebeurde. Meenemen wat je leerde. Opnieuw instappen: je begint niet bij nul.",
    ],
    helps_coach: [
        "Niet duwen. Twijfel zaaien en bewust maken: vragen stellen, info geven als de jongere dat wil, tonen wat anderen merken.",
        "De weegschaal laten kantelen: voor- en nadelen laten benoemen, de eigen redenen om te veranderen oproepen, het vertrouwen versterken.",
        "Helpen een weg kiezen en kleine, concrete stappen maken. Ze als SMART-actie in het ondersteuningsplan zetten.",
        "De eerste stappen steunen, feedback geven en benoemen wat lukt.",
        "Samen zoeken hoe terugval te voorkomen is: moeilijke momenten, mensen die helpen, een plan B.",
        "Terugval normaal maken en zonder oordeel reageren. Helpen opnieuw in te stappen bij overpeinzing, zonder te blijven hangen of de moed te verliezen.",
    ],

    step1_title: "Stap 1 · Waaraan werk je?",
    step1_hint: "Kies een gedrag of thema, in je eigen woorden. Je kunt aan meerdere thema's tegelijk werken. Hoort het bij een levensdomein van je plan? Kies het dan ook: dan staat de fase bij dat domein.",
    theme_label: "Thema",
    theme_hint: "Bijvoorbeeld: minder blowen, op tijd opstaan, werk zoeken.",
    domain_label: "Levensdomein",
    domain_hint: "Mag leeg blijven.",
    domain_none: "Geen, een eigen thema",
    add_theme: "Thema toevoegen",
    nameless: "Geef het thema een naam of kies een levensdomein.",
    themes_label: "Je thema's",
    not_placed: "nog niet op de cirkel",
    domain_of: |d| format!("levensdomein {d}"),
    edit_theme: "Thema aanpassen",
    save_theme: "Bewaren",
    remove_theme: "Thema verwijderen",
    remove_question: |t| format!("“{t}” en zijn hele weg op de cirkel verwijderen?"),

    step2_title: |t| format!("Stap 2 · Waar sta je nu met {t}?"),
    step2_hint: "Tik op de fase die nu het best past, of gebruik de pijltjestoetsen. Er is geen goede of foute fase.",
    circle_label: |t| format!("Cirkel van verandering voor {t}"),
    circle_caption: "De cirkel gaat met de klok mee, van voorbeschouwing naar volhouden. Na een terugval stap je opnieuw in bij overpeinzing.",
    current: |s, d| format!("Je staat nu bij {s} (gekozen op {d})."),
    none_yet: "Nog geen fase gekozen.",
    ruler_title: "Motivatieliniaal",
    ruler_hint: "Vraag daarna: waarom geen lager cijfer? En wat zou het één punt hoger maken?",
    importance_q: "Hoe belangrijk is de verandering nu voor je? (0 tot 10)",
    confidence_q: "Hoeveel vertrouwen heb je dat het lukt? (0 tot 10)",
    ruler_empty: "nog niet gekozen",
    note_label: "Notitie bij deze keer",
    note_hint: "Wat zeg je over waarom geen lager cijfer? Wat helpt?",

    step3_title: |s| format!("Stap 3 · Wat helpt bij {s}?"),
    for_young: "Wat jou helpt",
    for_coach: "Wat je begeleider doet",
    relapse_title: "Terugval hoort bij de cirkel",
    relapse_text: "Het is normaal en geen mislukking. Bekijk samen zonder schuld wat er gebeurde en wat je meeneemt. De volgende stap is opnieuw overpeinzing.",
    step_back_in: |s| format!("Opnieuw instappen bij {s}"),

    step4_title: "Stap 4 · Je weg tot nu",
    step4_hint: "Elke keer dat je een fase kiest, komt ze hier bij. Op dezelfde dag nog eens tikken past die keuze aan; een terugval blijft altijd staan.",
    history_empty: "Nog niets gekozen voor dit thema.",
    ruler_line: ruler_nl,
    remove_placement: |d| format!("Keuze van {d} weghalen"),
    relapses: |n| if n == 1 { "Eén keer terugval onderweg, en je stapte opnieuw in. Ook dat hoort bij de weg.".into() } else { format!("{n} keer terugval onderweg, en telkens stapte je opnieuw in. Ook dat hoort bij de weg.") },
    choose_theme: "Voeg eerst een thema toe in stap 1. Dan kies je waar je staat.",
};

pub const EN: ChangeTexts = ChangeTexts {
    who_sees: "What you fill in here is seen only by you and your coach on this device.",
    intro: "Change happens in stages, and relapse is part of it. Choose what you are working on, find together where you stand now, and see what helps in that stage.",
    card_link: "Read the card about the change cycle",

    stages: ["Precontemplation", "Contemplation", "Preparation", "Action", "Maintenance", "Relapse"],
    stage_explain: [
        "You see no reason to change yet, or you do not feel like it now.",
        "You are in two minds: part of you wants to change, part of you does not.",
        "You have decided you want to change something and you are making a plan.",
        "You are doing it: you are trying the new behaviour.",
        "It has been working for a while. Now it is about keeping it up.",
        "The old behaviour is back. It happens to almost everyone and is part of the road.",
    ],
    helps_young: [
        "Saying honestly how you see it. Asking for information if you want it. Hearing what others notice, without having to do anything right away.",
        "Listing the pros and cons. Finding your own reasons to change. Thinking back to what you managed before.",
        "Choosing one way and making small steps you can manage. Telling someone who supports you.",
        "Taking the first steps and seeing what works. Rewarding yourself. Asking for help when it gets hard.",
        "Knowing your difficult moments. Having a plan B ready. People around you who help you keep going.",
        "Looking at what happened without blame. Taking along what you learned. Stepping back in: you do not start from zero.",
    ],
    helps_coach: [
        "Not pushing. Raising doubt and awareness: asking questions, giving information if the young person wants it, showing what others notice.",
        "Tipping the balance: letting them name pros and cons, drawing out their own reasons for change, strengthening confidence.",
        "Helping to choose a course and make small, concrete steps. Putting them in the support plan as SMART actions.",
        "Supporting the first steps, giving feedback and naming what works.",
        "Looking together for ways to prevent relapse: difficult moments, people who help, a plan B.",
        "Treating relapse as normal and responding without judgement. Helping to step back in at contemplation, without getting stuck or losing heart.",
    ],

    step1_title: "Step 1 · What are you working on?",
    step1_hint: "Choose a behaviour or theme, in your own words. You can work on several themes at once. Does it belong to a life domain of your plan? Choose that too: then the stage shows beside that domain.",
    theme_label: "Theme",
    theme_hint: "For example: smoking less weed, getting up on time, looking for work.",
    domain_label: "Life domain",
    domain_hint: "May stay empty.",
    domain_none: "None, a theme of my own",
    add_theme: "Add theme",
    nameless: "Give the theme a name or choose a life domain.",
    themes_label: "Your themes",
    not_placed: "not on the circle yet",
    domain_of: |d| format!("life domain {d}"),
    edit_theme: "Change theme",
    save_theme: "Save",
    remove_theme: "Delete theme",
    remove_question: |t| format!("Delete “{t}” and its whole road on the circle?"),

    step2_title: |t| format!("Step 2 · Where are you now with {t}?"),
    step2_hint: "Tap the stage that fits best now, or use the arrow keys. There is no right or wrong stage.",
    circle_label: |t| format!("Change cycle for {t}"),
    circle_caption: "The circle goes clockwise, from precontemplation to maintenance. After a relapse you step back in at contemplation.",
    current: |s, d| format!("You are now at {s} (chosen on {d})."),
    none_yet: "No stage chosen yet.",
    ruler_title: "Readiness ruler",
    ruler_hint: "Then ask: why not a lower number? And what would make it one point higher?",
    importance_q: "How important is the change to you now? (0 to 10)",
    confidence_q: "How confident are you that it will work? (0 to 10)",
    ruler_empty: "not chosen yet",
    note_label: "Note for this time",
    note_hint: "What do you say about why not a lower number? What helps?",

    step3_title: |s| format!("Step 3 · What helps in {s}?"),
    for_young: "What helps you",
    for_coach: "What your coach does",
    relapse_title: "Relapse is part of the cycle",
    relapse_text: "It is normal and not a failure. Look together without blame at what happened and what you take along. The next step is contemplation again.",
    step_back_in: |s| format!("Step back in at {s}"),

    step4_title: "Step 4 · Your road so far",
    step4_hint: "Every time you choose a stage, it is added here. Tapping again on the same day changes that choice; a relapse always stays.",
    history_empty: "Nothing chosen for this theme yet.",
    ruler_line: ruler_en,
    remove_placement: |d| format!("Remove the choice of {d}"),
    relapses: |n| if n == 1 { "One relapse along the way, and you stepped back in. That is part of the road too.".into() } else { format!("{n} relapses along the way, and each time you stepped back in. That is part of the road too.") },
    choose_theme: "First add a theme in step 1. Then you choose where you stand.",
};
