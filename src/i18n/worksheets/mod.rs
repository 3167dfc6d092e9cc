//! Texts of the six worksheets: shared words here, each worksheet in its own file.

pub mod baskets;
pub mod change;
pub mod goods;
pub mod lifeline;
pub mod network;
pub mod patterson;

pub struct Worksheets {
    pub title: &'static str,
    /// Names in the order of `WORKSHEET_SLUGS` in `pages::worksheets`.
    pub names: [&'static str; 6],
    pub lifeline: lifeline::LifelineTexts,
    pub network: network::NetworkTexts,
    pub baskets: baskets::BasketsTexts,
    pub goods: goods::GoodsTexts,
    pub change: change::ChangeTexts,
    pub patterson: patterson::PattersonTexts,
}

pub const NL: Worksheets = Worksheets {
    title: "Werkbladen",
    names: ["Levenslijn", "Netwerkwandeling", "Drie manden", "Good Lives Model", "Cirkel van verandering", "Patterson"],
    lifeline: lifeline::NL,
    network: network::NL,
    baskets: baskets::NL,
    goods: goods::NL,
    change: change::NL,
    patterson: patterson::NL,
};

pub const EN: Worksheets = Worksheets {
    title: "Worksheets",
    names: ["Lifeline", "Network walk", "Three baskets", "Good Lives Model", "Change cycle", "Patterson"],
    lifeline: lifeline::EN,
    network: network::EN,
    baskets: baskets::EN,
    goods: goods::EN,
    change: change::EN,
    patterson: patterson::EN,
};
