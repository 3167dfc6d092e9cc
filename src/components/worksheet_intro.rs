//! The opening lines of a worksheet: what it is for, who sees it, the method card and printing.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_i18n;

/// The top of a worksheet under its title: a plain intro, one line on who else sees what is
/// filled in, a link back to the method card, and a print button. Only the intro and the
/// "who sees" line are printed.
#[component]
pub fn WorksheetIntro(
    /// What this worksheet is for, in one or two plain sentences.
    #[prop(into)]
    intro: Signal<&'static str>,
    /// Who else will see what is filled in here.
    #[prop(into)]
    who_sees: Signal<&'static str>,
    /// Text of the link to the method card.
    #[prop(into)]
    card_link: Signal<&'static str>,
    /// Slug of the method card (`/methodieken/<slug>`).
    card_slug: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="sheet-intro">
            <p class="lead">{move || intro.get()}</p>
            <p class="who-sees">{move || who_sees.get()}</p>
            <p class="hint no-print">{move || i18n.t().common.saved_as_you_go}</p>
            <div class="button-row sheet-tools no-print">
                <A href=format!("/methodieken/{card_slug}") attr:class="button">{move || card_link.get()}</A>
                <button type="button" class="button" on:click=move |_| crate::browser::print()>
                    {move || i18n.t().common.print}
                </button>
            </div>
        </div>
    }
}
