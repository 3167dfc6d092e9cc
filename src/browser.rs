//! Small wrappers around browser APIs other than storage: the local date, ids, the URL,
//! file downloads. Kept in one place so pages stay readable and tests can see what is used.

use chrono::NaiveDate;
use wasm_bindgen::JsCast;

/// Today's date in the device's local time zone (Europe/Brussels for our users), so a date
/// typed just after midnight is not counted as yesterday.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
        .expect("the browser gives a valid local date")
}

/// A new, practically unique id made of letters, digits and `-` (safe in URLs and keys).
pub fn new_id(prefix: &str) -> String {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 2f64.powi(40)) as u64;
    format!("{prefix}-{}-{}", radix36(time), radix36(random))
}

fn radix36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("ascii digits")
}

/// The value of `name` in the current page's query string (`?lang=en`).
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(name)
}

/// Takes away index.html's static screen (the home screen or "one moment") once the app has
/// drawn its first screen in its place.
pub fn remove_splash() {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("splash")) {
        el.remove();
    }
}

/// The stylesheet of the screens in the wasm parts (tools/postbuild.py names it in
/// `<meta name="part-styles">`; the first load carries only the shell's styles). The first call
/// adds it to the page; every call gives a promise that settles once it has loaded (or failed:
/// a screen without its styles is still better than no screen), so a part's screen never draws
/// unstyled. Without the meta tag (a build that keeps one stylesheet) it settles at once.
pub fn part_styles() -> js_sys::Promise {
    thread_local! {
        static LOADED: std::cell::OnceCell<js_sys::Promise> = const { std::cell::OnceCell::new() };
    }
    LOADED.with(|loaded| {
        loaded
            .get_or_init(|| {
                let doc = web_sys::window().and_then(|w| w.document());
                let href = doc
                    .as_ref()
                    .and_then(|d| d.query_selector("meta[name=part-styles]").ok().flatten())
                    .and_then(|meta| meta.get_attribute("content"));
                let (Some(doc), Some(href)) = (doc, href) else {
                    return js_sys::Promise::resolve(&wasm_bindgen::JsValue::UNDEFINED);
                };
                js_sys::Promise::new(&mut |settle, _| {
                    let added = doc.create_element("link").and_then(|link| {
                        link.set_attribute("rel", "stylesheet")?;
                        link.set_attribute("href", &href)?;
                        link.add_event_listener_with_callback("load", &settle)?;
                        link.add_event_listener_with_callback("error", &settle)?;
                        doc.head().ok_or(wasm_bindgen::JsValue::NULL)?.append_child(&link)
                    });
                    if added.is_err() {
                        let _ = settle.call0(&wasm_bindgen::JsValue::UNDEFINED);
                    }
                })
            })
            .clone()
    })
}

/// Waits for a part's code (`part`) and, at the same time, for the parts' stylesheet, so the
/// part's first screen is drawn with its styles.
pub async fn with_part_styles<T>(part: impl std::future::Future<Output = T>) -> T {
    let styles = wasm_bindgen_futures::JsFuture::from(part_styles());
    let loaded = part.await;
    let _ = styles.await;
    loaded
}

/// Sets `<html lang="…">` so screen readers pronounce the page in the right language.
pub fn set_document_lang(code: &str) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = el.set_attribute("lang", code);
    }
}

thread_local! {
    /// The title asked for last, while it waits to be set (see [`set_title`]).
    static WANTED_TITLE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Sets the document title (what a screen reader announces and the tab shows), once the new
/// screen is painted: setting it costs the browser a round trip to its tab strip, up to a few
/// ms at 4x CPU on every route change (`make bench`), for a text nobody sees on a phone. When
/// several screens ask in a row, the last one wins.
pub fn set_title(title: &str) {
    let first = WANTED_TITLE.with(|w| w.borrow_mut().replace(title.to_string()).is_none());
    if first {
        when_idle(|| {
            let Some(title) = WANTED_TITLE.with(|w| w.borrow_mut().take()) else { return };
            if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                if doc.title() != title {
                    doc.set_title(&title);
                }
            }
        });
    }
}

/// A random number below `bound` (not secret, only different: a file name's tag).
pub fn random_below(bound: u32) -> u32 {
    (js_sys::Math::random() * f64::from(bound)) as u32
}

/// A name for a downloaded file: `kind`, today's date and a random tag, never a person's name
/// (`domain::file_name`).
pub fn download_name(kind: &str, extension: &str) -> String {
    use crate::domain::file_name::{file_name, tag, TAG_SPACE};
    file_name(kind, today(), &tag(random_below(TAG_SPACE)), extension)
}

/// Offers `bytes` as a file download named `filename` (a sealed file).
pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let blob = bytes_blob(bytes, mime)?;
    download_blob(filename, &blob)
}

fn bytes_blob(bytes: &[u8], mime: &str) -> Result<web_sys::Blob, String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let props = web_sys::BlobPropertyBag::new();
    props.set_type(mime);
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &props).map_err(|e| format!("{e:?}"))
}

/// How a file left this page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sent {
    /// Through the phone's share sheet (WhatsApp, Signal, mail, Bluetooth, ...).
    Shared,
    /// The share sheet was closed without choosing: nothing was sent.
    Cancelled,
    /// This browser cannot share files: it was downloaded instead.
    Downloaded,
}

/// Offers `bytes` to the phone's share sheet as a file (Web Share API with files); where the
/// browser cannot share files, downloads it instead.
pub async fn share_file(filename: &str, mime: &str, bytes: &[u8]) -> Result<Sent, String> {
    use wasm_bindgen::JsValue;
    let window = web_sys::window().ok_or("no window")?;
    let navigator = window.navigator();
    let blob = bytes_blob(bytes, mime)?;
    let props = web_sys::FilePropertyBag::new();
    props.set_type(mime);
    let file = web_sys::File::new_with_blob_sequence_and_options(&js_sys::Array::of1(&blob), filename, &props)
        .map_err(|e| format!("{e:?}"))?;
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file));
    let method = |name: &str| js_sys::Reflect::get(&navigator, &name.into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let can = method("canShare").and_then(|f| f.call1(&navigator, &data).ok()).is_some_and(|v| v.is_truthy());
    if let (true, Some(share)) = (can, method("share")) {
        let promise: js_sys::Promise = share.call1(&navigator, &data).map_err(|e| format!("{e:?}"))?.dyn_into().map_err(|_| "no promise")?;
        return match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => Ok(Sent::Shared),
            // Closing the share sheet rejects with AbortError: not an error, nothing was sent.
            Err(e) if js_sys::Reflect::get(&e, &"name".into()).ok() == Some(JsValue::from_str("AbortError")) => Ok(Sent::Cancelled),
            Err(_) => download_blob(filename, &blob).map(|()| Sent::Downloaded),
        };
    }
    download_blob(filename, &blob).map(|()| Sent::Downloaded)
}

/// The bytes of a file the user chose.
pub async fn file_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

fn download_blob(filename: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(|e| format!("{e:?}"))?;
    let doc = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement =
        doc.create_element("a").map_err(|e| format!("{e:?}"))?.dyn_into().map_err(|_| "not an anchor")?;
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Offers `text` as a file download named `filename`. Nothing leaves the device: the file is
/// built in memory from a Blob URL.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let props = web_sys::BlobPropertyBag::new();
    props.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &props).map_err(|e| format!("{e:?}"))?;
    download_blob(filename, &blob)
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = requestIdleCallback, catch)]
    fn request_idle_callback(callback: &js_sys::Function, options: &js_sys::Object) -> Result<u32, wasm_bindgen::JsValue>;
}

/// Runs `f` once the browser has painted and has a moment (`requestIdleCallback`, at most
/// [`IDLE_WAIT_MS`] later; a timer where there is none, as in Safari).
pub fn when_idle(f: impl FnOnce() + 'static) {
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"timeout".into(), &(IDLE_WAIT_MS as f64).into());
    if request_idle_callback(callback.unchecked_ref(), &options).is_err() {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 1);
        }
    }
}

/// The longest [`when_idle`] waits for a quiet moment.
pub const IDLE_WAIT_MS: u32 = 150;

/// Opens the browser's print dialog (print styles hide the navigation).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The local calendar date of a moment given in ms since 1970 (as `Date.now()` gives it).
pub fn local_date_of(ms: u64) -> Option<NaiveDate> {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
}


/// Asks the browser to keep this site's data even when the disk runs low
/// (`navigator.storage.persist()`). `None` where the browser has no such question (older Safari,
/// a test page without it); otherwise whether the data is now kept.
pub async fn persist_storage() -> Option<bool> {
    let navigator = web_sys::window()?.navigator();
    let storage = js_sys::Reflect::get(&navigator, &"storage".into()).ok().filter(|s| !s.is_undefined())?;
    let persist = js_sys::Reflect::get(&storage, &"persist".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let promise = persist.call0(&storage).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()?.as_bool()
}

/// Safari on an iPhone or iPad, in a tab rather than from the home screen: the one place where
/// a site's data is deleted after 7 days without a visit (and there is no install prompt).
pub fn is_safari_tab() -> bool {
    let Some(w) = web_sys::window() else { return false };
    let ua = w.navigator().user_agent().unwrap_or_default();
    let ios = ua.contains("iPhone") || ua.contains("iPad") || (ua.contains("Macintosh") && ua.contains("Mobile"));
    let safari = ua.contains("Safari") && !ua.contains("CriOS") && !ua.contains("FxiOS");
    let standalone = js_sys::Reflect::get(&w.navigator(), &"standalone".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false)
        || w.match_media("(display-mode: standalone)").ok().flatten().is_some_and(|m| m.matches());
    ios && safari && !standalone
}

/// Points the page at another web app manifest: a young person's own phone installs as
/// "Mijn plan" and opens on it.
pub fn set_manifest(href: &str) {
    if let Some(link) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("link[rel=manifest]").ok().flatten())
    {
        if link.get_attribute("href").as_deref() != Some(href) {
            let _ = link.set_attribute("href", href);
        }
    }
}

/// Whether the browser has offered to install the app (public/sw-client.js keeps its
/// `beforeinstallprompt` event for a calm moment).
pub fn can_install() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"botInstallPrompt".into()).ok())
        .is_some_and(|p| p.is_object())
}

/// Shows the browser's install question kept by public/sw-client.js; it can be shown once.
pub fn install() {
    let Some(w) = web_sys::window() else { return };
    let Ok(prompt) = js_sys::Reflect::get(&w, &"botInstallPrompt".into()) else { return };
    if let Ok(f) = js_sys::Reflect::get(&prompt, &"prompt".into()).and_then(|f| f.dyn_into::<js_sys::Function>().map_err(Into::into)) {
        let _ = f.call0(&prompt);
    }
    let _ = js_sys::Reflect::set(&w, &"botInstallPrompt".into(), &wasm_bindgen::JsValue::NULL);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn radix36_is_compact_and_safe() {
        assert_eq!(radix36(0), "0");
        assert_eq!(radix36(35), "z");
        assert_eq!(radix36(36), "10");
        assert!(radix36(u64::MAX).bytes().all(|b| b.is_ascii_alphanumeric()));
    }
}
