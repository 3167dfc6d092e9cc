//! The app's reactive state and the one seam where it meets storage.
//!
//! Pages read case files through read-only signals and change them only through
//! [`AppState::update_case`]. The change shows at once and is written within [`SAVE_DELAY_MS`]:
//! a burst of keystrokes becomes one write instead of one per key (serialising a large file on
//! every key cost more than the redraw). Leaving or hiding the page writes at once
//! ([`AppState::flush`], wired in `app.rs`). A save that fails leaves the change in memory and
//! shows a plain message; nothing is dropped silently.
//!
//! The young people's files are read the first time a screen asks for them
//! ([`AppState::cases`] and the other case methods), not at start-up. Reading and writing a case
//! file is most of the app's serde code; a screen that needs it is in a part that loads on demand
//! (`app::on_demand!`), so the first page downloads none of it. The few things the shell does
//! with cases (write pending changes, follow another tab, undo a delete) go through
//! [`CaseHooks`], which only that loading step fills in.

use std::rc::Rc;

use leptos::prelude::*;

use crate::domain::demo::{is_demo, DEMO_ID};
use crate::domain::{preferences::Preferences, CaseFile, ProfileId};
use crate::storage::backup::{apply, Backup, ImportMode};
use crate::storage::{repo::profile_of_key, KeyValue, Repo, StorageProblem, WriteError};

// Values put aside because they could not be read: list, try again, delete, back up.
mod quarantine;

/// Something to tell the user, shown in the message area until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Write(WriteError),
    Problem(StorageProblem),
    /// A young person was deleted; offers "undo" for a short while. `name` may be empty (then
    /// the screen says "no name"); the file itself waits in `case` until the undo time is over.
    Deleted { name: String, case: StoredValue<CaseFile, LocalStorage> },
    /// A new version of the app is installed and waits for the user to reload.
    UpdateReady,
}

/// How long "undo" stays available after deleting a young person.
pub const UNDO_SECONDS: u32 = 12;

/// The longest a change waits in memory before it is written: short enough that nothing a
/// person notices is ever unsaved, long enough to gather the keys of one word into one write.
pub const SAVE_DELAY_MS: u64 = 120;

type SharedRepo = Rc<Repo<Box<dyn KeyValue>>>;

/// The case work the shell starts (on leaving the page, on another tab's change, on "undo"),
/// filled in by [`AppState::ensure_cases`]. Plain function pointers, so the code behind them
/// downloads with the screens that read cases, not with the first page.
#[derive(Clone, Copy)]
struct CaseHooks {
    flush: fn(&AppState),
    storage_changed: fn(&AppState, Option<&str>),
    undo_delete: fn(&AppState, u32),
}

#[derive(Clone, Copy)]
pub struct AppState {
    cases: RwSignal<Vec<RwSignal<CaseFile>>>,
    /// The fictional demo case for training, when loaded. Kept apart: never in [`Self::cases`],
    /// never in a backup, stored under its own key (see the demo methods below).
    demo: RwSignal<Option<RwSignal<CaseFile>>>,
    prefs: RwSignal<Preferences>,
    notices: RwSignal<Vec<(u32, Notice)>>,
    next_notice: StoredValue<u32>,
    repo: StoredValue<SharedRepo, LocalStorage>,
    /// The owner that was current when the state was loaded (the app root). Case signals are
    /// created under it: a signal made inside a page's event handler would otherwise be disposed
    /// together with that page.
    owner: StoredValue<Owner, LocalStorage>,
    /// Young people changed in memory and not yet written, in the order they were changed.
    unsaved: StoredValue<Vec<ProfileId>>,
    /// Whether a write of `unsaved` is already planned.
    save_planned: StoredValue<bool>,
    /// `None` until the case files are read ([`Self::ensure_cases`]).
    hooks: StoredValue<Option<CaseHooks>>,
}

impl AppState {
    /// Reads the preferences from `store` and reports an unreadable value as a notice. The
    /// young people's files are read when a screen first needs them ([`Self::ensure_cases`]).
    pub fn load(store: Box<dyn KeyValue>) -> Self {
        let repo: SharedRepo = Rc::new(Repo::new(store));
        let (prefs, problem) = match repo.reload_prefs() {
            Ok(prefs) => (prefs, None),
            Err(p) => (Preferences::default(), Some(p)),
        };
        let state = AppState {
            cases: RwSignal::new(Vec::new()),
            demo: RwSignal::new(None),
            prefs: RwSignal::new(prefs),
            notices: RwSignal::new(Vec::new()),
            next_notice: StoredValue::new(0),
            repo: StoredValue::new_local(repo),
            owner: StoredValue::new_local(Owner::current().unwrap_or_default()),
            unsaved: StoredValue::new(Vec::new()),
            save_planned: StoredValue::new(false),
            hooks: StoredValue::new(None),
        };
        if let Some(p) = problem {
            state.notify(Notice::Problem(p));
        }
        state
    }

    /// Reads every young person's file (and the demo case) the first time a screen needs them;
    /// unreadable files are quarantined and reported, the rest loads normally.
    fn ensure_cases(&self) {
        if self.hooks.get_value().is_some() {
            return;
        }
        self.hooks.set_value(Some(CaseHooks {
            flush: Self::flush_cases,
            storage_changed: Self::cases_changed,
            undo_delete: Self::undo_delete_case,
        }));
        self.reload_cases();
    }

    /// Opens localStorage, or falls back to memory (and says so) when the browser has none.
    pub fn load_browser() -> Self {
        match crate::storage::LocalStore::open() {
            Some(store) => Self::load(Box::new(store)),
            None => {
                let state = Self::load(Box::new(crate::storage::MemoryStore::new()));
                state.notify(Notice::Problem(StorageProblem::NoStorage));
                state
            }
        }
    }

    // ----- reading -----

    /// All young people, in a stable order.
    pub fn cases(&self) -> Signal<Vec<RwSignal<CaseFile>>> {
        self.ensure_cases();
        self.cases.into()
    }

    /// The case file of `id`, if it is on this device.
    pub fn case(&self, id: &ProfileId) -> Option<ReadSignal<CaseFile>> {
        self.find(id).map(|s| s.read_only())
    }

    fn find(&self, id: &ProfileId) -> Option<RwSignal<CaseFile>> {
        self.ensure_cases();
        if is_demo(id) {
            return self.demo.get();
        }
        self.cases.with(|cs| cs.iter().copied().find(|c| c.with_untracked(|c| &c.profile.id == id)))
    }

    pub fn prefs(&self) -> ReadSignal<Preferences> {
        self.prefs.read_only()
    }

    pub fn notices(&self) -> ReadSignal<Vec<(u32, Notice)>> {
        self.notices.read_only()
    }

    // ----- changing (each change is saved at once) -----

    /// Adds a new young person and saves it.
    pub fn add_case(&self, case: CaseFile) {
        self.ensure_cases();
        let result = self.repo.with_value(|r| r.save_case(&case));
        let sig = self.new_case_signal(case);
        self.cases.update(|cs| cs.push(sig));
        self.report(result);
    }

    /// Changes one young person's file; it is written within [`SAVE_DELAY_MS`] (or at once when
    /// the page is left). Returns `false` if `id` is not here.
    pub fn update_case(&self, id: &ProfileId, change: impl FnOnce(&mut CaseFile)) -> bool {
        if is_demo(id) {
            return self.update_demo(change);
        }
        let Some(sig) = self.find(id) else { return false };
        sig.update(change);
        self.unsaved.update_value(|ids| {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        });
        if !self.save_planned.get_value() {
            self.save_planned.set_value(true);
            let state = *self;
            set_timeout(move || state.flush(), std::time::Duration::from_millis(SAVE_DELAY_MS));
        }
        true
    }

    /// Writes every change still held in memory. Runs on its own after [`SAVE_DELAY_MS`], and at
    /// once when the page is hidden or left, before an export and before anything that reads
    /// storage back.
    pub fn flush(&self) {
        // Before the cases are read nothing can be waiting.
        if let Some(hooks) = self.hooks.try_get_value().flatten() {
            (hooks.flush)(self);
        }
    }

    fn flush_cases(&self) {
        // The state lives as long as the app; a timer that fires after a test unmounted it finds
        // nothing to do.
        let Some(ids) = self.unsaved.try_update_value(std::mem::take) else { return };
        self.save_planned.set_value(false);
        for id in ids {
            let Some(sig) = self.find(&id) else { continue };
            let result = sig.with_untracked(|c| self.repo.with_value(|r| r.save_case(c)));
            if let Err(WriteError::Conflict { .. }) = result {
                // Another tab saved first: show its version rather than overwrite it.
                self.reload_case(&id);
            }
            self.report(result);
        }
    }

    /// Whether changes are waiting to be written (the browser tests check it).
    pub fn has_unsaved(&self) -> bool {
        self.unsaved.with_value(|ids| !ids.is_empty())
    }

    /// Forgets a pending write of `id` (it was deleted or replaced as a whole).
    fn forget_unsaved(&self, id: &ProfileId) {
        self.unsaved.update_value(|ids| ids.retain(|i| i != id));
    }

    /// Deletes a young person from this device; "undo" is offered for [`UNDO_SECONDS`].
    pub fn delete_case(&self, id: &ProfileId) {
        if is_demo(id) {
            self.remove_demo();
            return;
        }
        let Some(sig) = self.find(id) else { return };
        self.forget_unsaved(id);
        let result = self.repo.with_value(|r| r.delete_case(id));
        if result.is_err() {
            self.report(result);
            return;
        }
        let case = sig.get_untracked();
        self.cases.update(|cs| cs.retain(|c| c != &sig));
        let name = case.profile.name.clone();
        // Kept under the app's root, so leaving the page does not take the undo away.
        let case = self.owner.with_value(|o| o.with(|| StoredValue::new_local(case)));
        let notice_id = self.notify(Notice::Deleted { name, case });
        let notices = self.notices;
        set_timeout(
            move || {
                notices.update(|ns| ns.retain(|(i, _)| *i != notice_id));
                case.dispose();
            },
            std::time::Duration::from_secs(UNDO_SECONDS as u64),
        );
    }

    /// Puts a deleted young person back, exactly as they were.
    pub fn undo_delete(&self, notice_id: u32) {
        // Only a screen with cases can delete one, so the hooks are there when this is offered.
        if let Some(hooks) = self.hooks.get_value() {
            (hooks.undo_delete)(self, notice_id);
        }
    }

    fn undo_delete_case(&self, notice_id: u32) {
        let deleted = self.notices.with_untracked(|ns| {
            ns.iter().find_map(|(i, n)| match n {
                Notice::Deleted { case, .. } if *i == notice_id => case.try_get_value(),
                _ => None,
            })
        });
        if let Some(case) = deleted {
            self.dismiss(notice_id);
            if self.find(&case.profile.id).is_none() {
                self.add_case(case);
            }
        }
    }

    pub fn update_prefs(&self, change: impl FnOnce(&mut Preferences)) {
        self.prefs.update(change);
        let result = self.prefs.with_untracked(|p| self.repo.with_value(|r| r.save_prefs(p)));
        if let Err(WriteError::Conflict { .. }) = result {
            if let Ok(p) = self.repo.with_value(|r| r.reload_prefs()) {
                self.prefs.set(p);
            }
        }
        self.report(result);
    }

    /// A copy of every young person's file, for a backup.
    pub fn all_cases(&self) -> Vec<CaseFile> {
        self.ensure_cases();
        self.flush();
        self.cases.with_untracked(|cs| cs.iter().map(|c| c.get_untracked()).collect())
    }

    /// Imports a checked backup. On failure nothing changed (the import rolls itself back).
    pub fn import(&self, backup: &Backup, mode: ImportMode) -> Result<usize, WriteError> {
        // Pending edits go in first, so a rolled-back import leaves them saved, and a merge
        // compares against what is really stored.
        self.ensure_cases();
        self.flush();
        let result = self.repo.with_value(|r| {
            apply(r, backup, mode, || ProfileId(crate::browser::new_id("p")))
        });
        if result.is_ok() {
            if let Ok(p) = self.repo.with_value(|r| r.reload_prefs()) {
                self.prefs.set(p);
            }
            self.reload_cases();
        }
        result
    }

    /// Removes everything of ours from this device.
    pub fn wipe_all(&self) -> Result<(), WriteError> {
        // A pending write must not bring a wiped file back.
        self.ensure_cases();
        self.unsaved.set_value(Vec::new());
        self.repo.with_value(|r| r.wipe_all())?;
        self.cases.set(Vec::new());
        self.demo.set(None);
        self.prefs.set(Preferences::default());
        self.notices.set(Vec::new());
        Ok(())
    }

    // ----- the demo case (training) -----
    // Pages reach the demo by its id like any young person (`/jongeren/demo/...`), so every plan
    // and worksheet screen works on it unchanged; only the storage key differs.

    /// The demo case, when loaded (tracked: a screen follows loading and removing it).
    pub fn demo(&self) -> Option<ReadSignal<CaseFile>> {
        self.ensure_cases();
        self.demo.get().map(|s| s.read_only())
    }

    /// Puts `case` in place as the demo (load it the first time, or reset it to the start).
    pub fn reset_demo(&self, case: CaseFile) {
        self.ensure_cases();
        let result = self.repo.with_value(|r| r.reset_demo(&case));
        match self.demo.get_untracked() {
            Some(sig) => sig.set(case),
            None => {
                let sig = self.new_case_signal(case);
                self.demo.set(Some(sig));
            }
        }
        self.report(result);
    }

    /// Takes the demo off this device.
    pub fn remove_demo(&self) {
        self.ensure_cases();
        let result = self.repo.with_value(|r| r.delete_demo(&ProfileId(DEMO_ID.into())));
        self.demo.set(None);
        self.report(result);
    }

    fn update_demo(&self, change: impl FnOnce(&mut CaseFile)) -> bool {
        let Some(sig) = self.demo.get_untracked() else { return false };
        sig.update(change);
        let result = sig.with_untracked(|c| self.repo.with_value(|r| r.save_demo(c)));
        if let Err(WriteError::Conflict { .. }) = result {
            self.reload_demo();
        }
        self.report(result);
        true
    }

    fn reload_demo(&self) {
        match self.repo.with_value(|r| r.load_demo(&ProfileId(DEMO_ID.into()))) {
            Some(case) => match self.demo.get_untracked() {
                Some(sig) => sig.set(case),
                None => self.demo.set(Some(self.new_case_signal(case))),
            },
            None => self.demo.set(None),
        }
    }

    // ----- other tabs -----

    /// Another tab changed `key`: bring the new value in (or drop what was deleted there).
    pub fn storage_changed(&self, key: Option<&str>) {
        if matches!(key, None | Some(crate::storage::repo::PREFS_KEY)) {
            if let Ok(p) = self.repo.with_value(|r| r.reload_prefs()) {
                self.prefs.set(p);
            }
        }
        // Case files not read yet will be read fresh when a screen needs them.
        if let Some(hooks) = self.hooks.get_value() {
            (hooks.storage_changed)(self, key);
        }
    }

    fn cases_changed(&self, key: Option<&str>) {
        match key {
            None => self.reload_cases(),
            Some(crate::storage::repo::PREFS_KEY) => {}
            Some(k) if k.starts_with(crate::storage::repo::DEMO_PREFIX) => self.reload_demo(),
            Some(k) => {
                if let Some(id) = profile_of_key(k) {
                    self.reload_case(&id);
                }
            }
        }
    }

    fn reload_case(&self, id: &ProfileId) {
        match self.repo.with_value(|r| r.reload_case(id)) {
            Ok(Some(case)) => match self.find(id) {
                Some(sig) => sig.set(case),
                None => {
                    let sig = self.new_case_signal(case);
                    self.cases.update(|cs| cs.push(sig));
                }
            },
            Ok(None) => self.cases.update(|cs| cs.retain(|c| c.with_untracked(|c| &c.profile.id != id))),
            Err(p) => {
                self.notify(Notice::Problem(p));
            }
        }
    }

    /// Reads every case file and the demo (again: another tab cleared storage, or an import
    /// replaced them); unreadable files are quarantined and reported.
    fn reload_cases(&self) {
        let (cases, problems) = self.repo.with_value(|r| r.load_cases());
        let sigs = cases.into_iter().map(|c| self.new_case_signal(c)).collect();
        self.cases.set(sigs);
        self.reload_demo();
        for p in problems {
            self.notify(Notice::Problem(p));
        }
    }

    fn new_case_signal(&self, case: CaseFile) -> RwSignal<CaseFile> {
        self.owner.with_value(|o| o.with(|| RwSignal::new(case)))
    }

    // ----- messages -----

    /// Reports a save that finished later: with a passcode, values are encrypted and written a
    /// moment after the change (`storage::sealed`). A failure shows the usual notice; a success
    /// clears it, as for a save that finished at once.
    pub fn report_write(&self, result: Result<(), WriteError>) {
        self.report(result);
    }

    fn report(&self, result: Result<(), WriteError>) {
        match result {
            Ok(()) => {
                // A successful save clears an earlier save failure: the data is safe now.
                self.notices.update(|ns| ns.retain(|(_, n)| !matches!(n, Notice::Write(_))));
            }
            Err(e) => {
                let already = self.notices.with_untracked(|ns| ns.iter().any(|(_, n)| n == &Notice::Write(e.clone())));
                if !already {
                    self.notify(Notice::Write(e));
                }
            }
        }
    }

    pub fn notify(&self, notice: Notice) -> u32 {
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        self.notices.update(|ns| ns.push((id, notice)));
        id
    }

    pub fn dismiss(&self, notice_id: u32) {
        self.notices.update(|ns| ns.retain(|(i, _)| *i != notice_id));
    }
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
