//! Every user-facing string, in Dutch (Flemish, the default) and English.
//!
//! Each area of the app has its own file with a struct of texts and two constants, `NL` and `EN`.
//! A missing translation is a compile error (a struct field left out), so the two languages can
//! never drift apart. Texts with values are plain `fn` pointers that build the sentence.
//! Chosen over leptos_i18n: the same compile-time completeness for ~20 KB less wasm and no
//! extra build step (see README, "Languages").

pub mod cards;
pub mod common;
pub mod damaged;
pub mod data;
pub mod date_field;
pub mod domains;
pub mod exchange;
pub mod home;
pub mod lock;
pub mod more;
pub mod my_plan;
pub mod nav;
pub mod outcomes;
pub mod phases;
pub mod plan;
pub mod profiles;
pub mod storage;
pub mod training;
pub mod trajectory;
pub mod worksheets;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The languages of the app. Dutch comes first: it is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// BCP 47 code, also used in `?lang=` and the `lang` attribute of `<html>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "nl" | "nl-be" | "vls" => Some(Lang::Nl),
            "en" | "en-gb" | "en-us" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's own name, shown in the language picker.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
        }
    }
}

/// All texts of one language.
pub struct Texts {
    pub lang: Lang,
    pub common: common::Common,
    pub nav: nav::Nav,
    pub home: home::Home,
    pub storage: storage::StorageTexts,
}

// The texts of screens that load on demand are reached through methods, not fields: a static is
// downloaded with the code that names it, so each part brings its own texts and the first load
// carries only the shell's (tools/build_wasm.py; measured by `make bench`).
macro_rules! texts_of_parts {
    ($($area:ident: $ty:ty),+ $(,)?) => {
        impl Texts {
            $(
                pub fn $area(&self) -> &'static $ty {
                    match self.lang {
                        Lang::Nl => &$area::NL,
                        Lang::En => &$area::EN,
                    }
                }
            )+
        }
    };
}

texts_of_parts! {
    domains: domains::Domains,
    phases: phases::Phases,
    cards: cards::Cards,
    plan: plan::Plan,
    worksheets: worksheets::Worksheets,
    trajectory: trajectory::Trajectory,
    outcomes: outcomes::Outcomes,
    data: data::Data,
    profiles: profiles::Profiles,
    training: training::Training,
    more: more::More,
    lock: lock::Lock,
    date_field: date_field::DateFieldTexts,
    damaged: damaged::Damaged,
    my_plan: my_plan::MyPlan,
    exchange: exchange::Exchange,
}

pub static NL: Texts = Texts {
    lang: Lang::Nl,
    common: common::NL,
    nav: nav::NL,
    home: home::NL,
    storage: storage::NL,
};

pub static EN: Texts = Texts {
    lang: Lang::En,
    common: common::EN,
    nav: nav::EN,
    home: home::EN,
    storage: storage::EN,
};

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// The current language, provided as context near the root.
///
/// Usage in a component:
/// ```ignore
/// let i18n = use_i18n();
/// view! { <h1>{move || i18n.t().home.title}</h1> }
/// ```
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
}

impl I18n {
    pub fn new(lang: Lang) -> Self {
        I18n { lang: RwSignal::new(lang) }
    }

    /// The texts of the current language; reading it inside a closure makes that closure
    /// follow language changes.
    pub fn t(&self) -> &'static Texts {
        texts(self.lang.get())
    }

    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    pub fn lang_signal(&self) -> RwSignal<Lang> {
        self.lang
    }

    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// Provides the texts for one fixed language, for component tests.
pub fn provide_i18n(lang: Lang) -> I18n {
    let i18n = I18n::new(lang);
    provide_context(i18n);
    i18n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_dutch_is_default() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::default(), Lang::Nl);
    }

    #[test]
    fn no_text_is_empty_or_left_untranslated() {
        // Spot checks over areas; the compiler already guarantees that every field exists.
        for t in [&NL, &EN] {
            assert!(!t.nav.cards.is_empty());
            assert!(!t.common.back.is_empty());
            assert!(!t.home.title.is_empty());
        }
        assert_ne!(NL.nav.more, EN.nav.more);
        assert_ne!(NL.common.back, EN.common.back);
    }
}
