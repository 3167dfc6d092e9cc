//! A QR code for a link, drawn as SVG by the `qrcode` crate (only its SVG renderer is built in),
//! so a room full of participants can open the same card or session without typing.
//!
//! The SVG is our own generated markup and goes in with `inner_html`; the box is one image for
//! assistive technology, with the link as its label (the page also shows the link as text).

use leptos::prelude::*;
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The SVG of a QR code holding `text`, or `None` when it does not fit in a QR code.
/// Error correction M (15 %): sturdy on a projector, still small for a long link.
pub fn qr_svg(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let svg = code
        .render::<svg::Color>()
        .quiet_zone(true)
        .dark_color(svg::Color("#000"))
        .light_color(svg::Color("#fff"))
        .build();
    // Drop the XML declaration: this goes inside an HTML page.
    let start = svg.find("<svg")?;
    Some(svg[start..].to_string())
}

#[component]
pub fn QrImage(
    /// What the code holds (a link).
    #[prop(into)]
    text: Signal<String>,
    /// The accessible name, e.g. "QR code with the link …".
    #[prop(into)]
    label: Signal<String>,
    #[prop(optional)] id: Option<&'static str>,
) -> impl IntoView {
    view! {
        <div class="qr" id=id role="img" aria-label=move || label.get()
            inner_html=move || text.with(|t| qr_svg(t).unwrap_or_default())></div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_an_svg_without_an_xml_declaration() {
        let svg = qr_svg("https://example.org/cursus/presentatie?s=levenslijn,werkblad:levenslijn&stap=1").unwrap();
        assert!(svg.starts_with("<svg"), "{}", &svg[..40]);
        assert!(svg.contains("viewBox") || svg.contains("width"));
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn too_much_text_gives_none_instead_of_a_panic() {
        assert!(qr_svg(&"x".repeat(5000)).is_none());
        assert!(qr_svg("").is_some());
    }
}
