//! Names and plain explanations of the life domains, in the order of `LifeDomain::ALL`.

use crate::domain::LifeDomain;

pub struct Domains {
    pub names: [&'static str; 13],
    pub explanations: [&'static str; 13],
}

impl Domains {
    fn index(d: LifeDomain) -> usize {
        LifeDomain::ALL.iter().position(|x| *x == d).expect("ALL lists every domain")
    }
    pub fn name(&self, d: LifeDomain) -> &'static str {
        self.names[Self::index(d)]
    }
    pub fn explain(&self, d: LifeDomain) -> &'static str {
        self.explanations[Self::index(d)]
    }
}

pub const NL: Domains = Domains {
    names: [
        "Wonen",
        "Netwerk",
        "Opleiding of werk",
        "Inkomen",
        "Activering",
        "Fysieke gezondheid",
        "Mentale gezondheid",
        "Maatschappelijke identiteit",
        "Budget",
        "Administratie",
        "Vrije tijd",
        "Zelfredzaamheid",
        "Recidive vermijden",
    ],
    explanations: [
        "Een dak boven je hoofd dat je kunt houden, liefst met een huurcontract op je eigen naam.",
        "De mensen rond jou: familie, vrienden, buren en hulpverleners op wie je kunt rekenen.",
        "Leren, een diploma halen of aan het werk gaan, op jouw tempo.",
        "Genoeg geld om van te leven: loon, een uitkering of een leefloon.",
        "Stappen zetten naar werk, vrijwilligerswerk of een zinvolle dagbesteding.",
        "Je lichaam: slapen, eten, bewegen, naar de dokter gaan.",
        "Hoe je je voelt in je hoofd: stress, zorgen, rust, hulp als het zwaar is.",
        "Je plek in de samenleving: wie je bent, waar je bij hoort, je rechten en plichten.",
        "Je geld beheren: wat komt er binnen, wat gaat eruit, schulden aanpakken.",
        "Papieren in orde: identiteitskaart, ziekenfonds, domicilie, brieven.",
        "Wat je graag doet in je vrije tijd, en met wie.",
        "Zelf je plan trekken in het dagelijks leven: koken, wassen, afspraken nakomen.",
        "Niet opnieuw in de problemen komen met het gerecht, en een andere weg vinden.",
    ],
};

pub const EN: Domains = Domains {
    names: [
        "Housing",
        "Network",
        "Education or work",
        "Income",
        "Activation",
        "Physical health",
        "Mental health",
        "Place in society",
        "Budget",
        "Paperwork",
        "Leisure",
        "Self-reliance",
        "Avoiding reoffending",
    ],
    explanations: [
        "A roof over your head that you can keep, ideally with a rental contract in your own name.",
        "The people around you: family, friends, neighbours and professionals you can count on.",
        "Learning, getting a diploma or going to work, at your own pace.",
        "Enough money to live on: a wage, a benefit or a living wage.",
        "Taking steps towards work, volunteering or something meaningful to do each day.",
        "Your body: sleeping, eating, moving, going to the doctor.",
        "How you feel inside: stress, worries, calm, help when things are hard.",
        "Your place in society: who you are, where you belong, your rights and duties.",
        "Managing your money: what comes in, what goes out, dealing with debts.",
        "Papers in order: identity card, health insurance, registered address, letters.",
        "What you like to do in your free time, and with whom.",
        "Managing daily life yourself: cooking, washing, keeping appointments.",
        "Staying out of trouble with the law, and finding another way.",
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_domain_has_a_name_and_explanation_in_both_languages() {
        for d in LifeDomain::ALL {
            for t in [&NL, &EN] {
                assert!(!t.name(d).is_empty());
                assert!(t.explain(d).len() > 20);
            }
        }
    }
}
