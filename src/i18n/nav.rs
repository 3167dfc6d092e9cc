//! The bottom navigation.

pub struct Nav {
    pub label: &'static str,
    pub skip_to_content: &'static str,
    pub home: &'static str,
    pub cards: &'static str,
    pub young_people: &'static str,
    pub trajectory: &'static str,
    pub more: &'static str,
    pub my_plan: &'static str,
    pub help: &'static str,
    pub quick_exit: &'static str,
    pub quick_exit_label: &'static str,
}

pub const NL: Nav = Nav {
    label: "Hoofdmenu",
    skip_to_content: "Naar de inhoud",
    home: "Start",
    cards: "Methodieken",
    young_people: "Jongeren",
    trajectory: "Traject",
    more: "Meer",
    my_plan: "Mijn plan",
    help: "Hulp",
    quick_exit: "Snel weg",
    quick_exit_label: "Snel weg: verberg de app meteen",
};

pub const EN: Nav = Nav {
    label: "Main menu",
    skip_to_content: "Skip to content",
    home: "Home",
    cards: "Methods",
    young_people: "Young people",
    trajectory: "Trajectory",
    more: "More",
    my_plan: "My plan",
    help: "Help",
    quick_exit: "Quick exit",
    quick_exit_label: "Quick exit: hide the app at once",
};
