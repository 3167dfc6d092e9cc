use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_i18n;

/// The top of a worksheet under its title: who else sees it, what the sheet is for, a link to
/// the method card and a print button.
#[component]
pub fn SheetIntro(
    /// One line about who else sees what is filled in.
    #[prop(into)]
    who_sees: Signal<&'static str>,
    /// What the worksheet is for, in a sentence or two.
    #[prop(into)]
    intro: Signal<&'static str>,
    /// Path of the method card.
    #[prop(into)]
    method_href: String,
    /// Text of the link to the method card.
    #[prop(into)]
    method_label: Signal<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="who-sees">{move || who_sees.get()}</p>
        <p class="lead">{move || intro.get()}</p>
        <div class="sheet-links no-print">
            <A href=method_href attr:class="button">{move || method_label.get()}</A>
            <button type="button" class="button" on:click=move |_| crate::browser::print()>
                {move || i18n.t().common.print}
            </button>
        </div>
    }
}
