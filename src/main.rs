//! Entry point: only installs the panic hook and mounts; everything else lives in the library.
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(back_on_track::app::App);
}
