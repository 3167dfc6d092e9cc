use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_i18n;

/// The top of a worksheet under its title: who else sees it, what the sheet is for, a link to
/// the method card and a print button.
#[component]
pub fn SheetIntro(
    /// One line about who else sees what is filled in.
    who_sees: &'static str,
    /// What the worksheet is for, in a sentence or two.
    intro: &'static str,
    /// Path of the method card.
    #[prop(into)]
    method_href: String,
    /// Text of the link to the method card.
    method_label: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="who-sees">{who_sees}</p>
        <p class="lead">{intro}</p>
        <div class="sheet-links no-print">
            <A href=method_href attr:class="button">{method_label}</A>
            <button type="button" class="button" on:click=move |_| crate::browser::print()>
                {i18n.t().common.print}
            </button>
        </div>
    }
}
