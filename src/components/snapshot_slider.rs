use leptos::prelude::*;

/// A slider over the versions of something kept over time: positions `0..count` are the stored
/// versions (oldest first) and position `count` is "now". Works by tap, drag and arrow keys, and
/// says the chosen version's name to screen readers.
#[component]
pub fn SnapshotSlider(
    /// Visible label.
    label: &'static str,
    /// How many stored versions there are.
    #[prop(into)]
    count: Signal<usize>,
    /// The chosen position (`count` means "now").
    #[prop(into)]
    value: Signal<usize>,
    /// The name of the chosen version, shown beside the slider and read out.
    #[prop(into)]
    value_text: Signal<String>,
    /// Called with the new position.
    on_change: Callback<usize>,
    /// The input's id (unique on the page).
    #[prop(into)]
    id: String,
) -> impl IntoView {
    let out_id = format!("{id}-value");
    view! {
        <div class="field snapshot-slider">
            <label for=id.clone()>{label}</label>
            <div class="slider-row">
                <input autocomplete="off"
                    type="range"
                    id=id
                    min="0"
                    step="1"
                    max=move || count.get()
                    prop:value=move || value.get().to_string()
                    aria-valuetext=move || value_text.get()
                    aria-describedby=out_id.clone()
                    on:input=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<usize>() {
                            on_change.run(v.min(count.get_untracked()));
                        }
                    }
                />
                <output id=out_id.clone() class="slider-value">{move || value_text.get()}</output>
            </div>
        </div>
    }
}
