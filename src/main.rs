//! Entry point: only installs the panic hook and mounts; everything else lives in the library.
fn main() {
    console_error_panic_hook::set_once();
    // Mount in a task of its own: instantiating the module and the first render then block the
    // page as two shorter tasks instead of one long one (Lighthouse's total blocking time). The
    // static home screen in index.html is shown meanwhile.
    leptos::prelude::set_timeout(|| leptos::mount::mount_to_body(back_on_track::app::App), std::time::Duration::ZERO);
}
