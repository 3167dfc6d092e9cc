//! "Laatste back-up: 12 dagen geleden", and a nudge after a month of edits without one.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::preferences::BackupAge;
use crate::i18n::use_i18n;

/// The backup's age as the preferences tell it, for [`BackupAgeLine`]; `None` before anything was
/// ever edited or backed up (nothing to say yet).
pub fn backup_age(state: crate::state::AppState) -> Signal<Option<BackupAge>> {
    let today = crate::browser::today();
    Signal::derive(move || {
        state.prefs().with(|p| (p.last_backup.is_some() || p.edited_since_backup.is_some()).then(|| p.backup_age(today)))
    })
}

#[component]
pub fn BackupAgeLine(#[prop(into)] age: Signal<Option<BackupAge>>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    move || {
        age.get().map(|age| {
            view! {
                <p class=if age.nudge { "notice warning backup-age" } else { "hint backup-age" }>
                    {(t.home.last_backup)(age.days)}
                    {age.nudge.then(|| view! { " "<A href="/meer/back-up">{t.home.backup_now}</A> })}
                </p>
            }
        })
    }
}
