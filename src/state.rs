//! The app's reactive state and the one seam where it meets storage.
//!
//! Pages read case files through read-only signals and change them only through
//! [`AppState::update_case`]. The change shows at once and is written within [`SAVE_DELAY_MS`]:
//! a burst of keystrokes becomes one write instead of one per key (serialising a large file on
//! every key cost more than the redraw). Leaving or hiding the page writes at once
//! ([`AppState::flush`], wired in `app.rs`). A save that fails leaves the change in memory and
//! shows a plain message; nothing is dropped silently. A write the disk refuses (full, switched
//! off) stays waiting ([`PendingWrites`]) and is tried again with the next write, when the page is
//! hidden, every [`RETRY_DELAY_MS`] and by the message's "try again" button; the message goes
//! only once the write landed. When another tab stored a newer version of a young person while
//! a change here waits, the two are merged field by field (`storage::merge`); where both changed
//! the same field, this tab's value stays and the message says where.
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
use crate::storage::pending::PendingWrites;
use crate::storage::{repo::profile_of_key, KeyValue, Repo, SealedStore, StorageProblem, WriteError};

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
    /// Another tab saved a young person while a change here waited; both were merged, and where
    /// both had changed the same field this tab's value was kept. `areas` are the parts of the
    /// file where that happened (`plan`, `lifeline`, ...: the case file's field names).
    KeptMine { areas: Vec<String> },
}

/// How long "undo" stays available after deleting a young person.
pub const UNDO_SECONDS: u32 = 12;

/// The longest a change waits in memory before it is written: short enough that nothing a
/// person notices is ever unsaved, long enough to gather the keys of one word into one write.
pub const SAVE_DELAY_MS: u64 = 120;

/// How long a write the disk refused waits before it is tried again by itself (space may have
/// been made in another tab or app meanwhile).
pub const RETRY_DELAY_MS: u64 = 5000;

type SharedRepo = Rc<Shared>;

/// The repository and the bookkeeping of its writes, behind the app's one stored value for them
/// (each stored value of a new type adds code to the first download).
struct Shared {
    repo: Repo<Box<dyn KeyValue>>,
    saving: std::cell::RefCell<Saving>,
}

impl std::ops::Deref for Shared {
    type Target = Repo<Box<dyn KeyValue>>;
    fn deref(&self) -> &Self::Target {
        &self.repo
    }
}

/// The case work the shell starts (on leaving the page, on another tab's change, on "undo"),
/// filled in by [`AppState::ensure_cases`]. Plain function pointers, so the code behind them
/// downloads with the screens that read cases, not with the first page.
#[derive(Clone, Copy)]
struct CaseHooks {
    flush: fn(&AppState),
    storage_changed: fn(&AppState, Option<&str>),
    undo_delete: fn(&AppState, u32),
    retry: fn(&AppState),
}

/// The bookkeeping of writes: what waits, and what is planned for it.
#[derive(Default)]
struct Saving {
    /// Young people (and the demo) changed in memory and not yet written, in the order they were
    /// changed, kept until their write lands.
    cases: PendingWrites<ProfileId>,
    /// The preferences' last write was refused.
    prefs: bool,
    /// A write of `cases` is planned ([`SAVE_DELAY_MS`]).
    save_planned: bool,
    /// A retry of refused writes is planned ([`RETRY_DELAY_MS`]).
    retry_planned: bool,
    /// The passcode lock's store, when the app runs on it: it finishes writes a moment after the
    /// change (encryption is asynchronous) and keeps the ones the disk refused until they land.
    sealed: Option<SealedStore>,
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
    /// `None` until the case files are read ([`Self::ensure_cases`]).
    hooks: StoredValue<Option<CaseHooks>>,
}

impl AppState {
    /// Reads the preferences from `store` and reports an unreadable value as a notice. The
    /// young people's files are read when a screen first needs them ([`Self::ensure_cases`]).
    pub fn load(store: Box<dyn KeyValue>) -> Self {
        let repo: SharedRepo = Rc::new(Shared { repo: Repo::new(store), saving: Default::default() });
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
            retry: Self::retry_writes,
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
        let id = case.profile.id.clone();
        let sig = self.new_case_signal(case);
        self.cases.update(|cs| cs.push(sig));
        if result.is_err() {
            // Kept in memory and written once the disk takes it.
            self.saving(|s| s.cases.mark(id));
            self.plan_retry();
        }
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
        let plan = self.saving(|s| {
            s.cases.mark(id.clone());
            !std::mem::replace(&mut s.save_planned, true)
        });
        if plan == Some(true) {
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
        let Some(mut pending) = self.saving(|s| {
            s.save_planned = false;
            std::mem::take(&mut s.cases)
        }) else {
            return;
        };
        let mut real_edit = false;
        let mut round = pending.write_all(|id| {
            real_edit |= !is_demo(id);
            self.write_case(id)
        });
        if !round.conflicts.is_empty() {
            // Another tab saved first: merge its version with ours, then write the result.
            for id in &round.conflicts {
                if is_demo(id) {
                    // The demo is fictional: the other tab's version simply wins.
                    pending.forget(id);
                    self.reload_demo();
                } else {
                    self.merge_from_disk(id);
                }
            }
            round = pending.write_all(|id| self.write_case(id));
        }
        // What was changed while writing (nothing today, but a write must never drop it).
        let refused = self.saving(|s| {
            let later = std::mem::replace(&mut s.cases, pending);
            s.cases.absorb(later);
            s.cases.refused().cloned()
        });
        match refused.flatten() {
            Some(e) => {
                self.report(Err(e));
                self.plan_retry();
            }
            None if round.conflicts.is_empty() => {
                self.report(Ok(()));
                if real_edit {
                    self.after_saved_edit();
                }
            }
            // A conflict again right after a merge: the next write merges once more.
            None => self.plan_retry(),
        }
    }

    /// After a young person's file was written: starts the backup nudge's clock, and the first
    /// time asks the browser to keep this site's data (`navigator.storage.persist()`; without it
    /// a browser may clear the data when the disk runs low). The answer is kept and shown under
    /// Meer › Privacy; it is asked once, whatever it was.
    fn after_saved_edit(&self) {
        let today = crate::browser::today();
        let (first_edit, ask) =
            self.prefs.with_untracked(|p| (p.edited_since_backup.is_none(), p.persisted.is_none()));
        if first_edit || ask {
            self.update_prefs(|p| {
                p.edited(today);
                if ask {
                    // Marked as asked before the answer comes, so a second save does not ask again.
                    p.persisted = Some(false);
                }
            });
        }
        if ask {
            let state = *self;
            leptos::task::spawn_local(async move {
                if let Some(kept) = crate::browser::persist_storage().await {
                    state.update_prefs(|p| p.persisted = Some(kept));
                }
            });
        }
    }

    /// Writes one waiting file: a young person, or the demo. Gone meanwhile: nothing to write.
    fn write_case(&self, id: &ProfileId) -> Result<(), WriteError> {
        if is_demo(id) {
            let Some(sig) = self.demo.get_untracked() else { return Ok(()) };
            return sig.with_untracked(|c| self.repo.with_value(|r| r.save_demo(c)));
        }
        let Some(sig) = self.find(id) else { return Ok(()) };
        sig.with_untracked(|c| self.repo.with_value(|r| r.save_case(c)))
    }

    /// Another tab stored `id` while a change here waits: brings its version in and merges ours
    /// into it, so neither is dropped. Where both changed the same field, ours stays and the
    /// user is told where. The change stays waiting (the caller's list keeps `id`), now on top
    /// of the other tab's version.
    fn merge_from_disk(&self, id: &ProfileId) {
        let Some(sig) = self.find(id) else { return };
        let base = self.repo.with_value(|r| r.last_seen_case(id));
        let theirs = match self.repo.with_value(|r| r.reload_case(id)) {
            Ok(Some(theirs)) => theirs,
            // Deleted there: ours is written again as it is (nothing of theirs to lose).
            Ok(None) => return,
            Err(p) => {
                self.notify(Notice::Problem(p));
                return;
            }
        };
        let mine = sig.get_untracked();
        let merged = base.and_then(|base| crate::storage::merge::merge(&base, &mine, &theirs));
        let (case, areas) = match merged {
            Some(m) => {
                let mut areas: Vec<String> = Vec::new();
                for path in &m.kept_mine {
                    let area = crate::storage::merge::area_of(path).to_string();
                    if !areas.contains(&area) {
                        areas.push(area);
                    }
                }
                (m.value, areas)
            }
            // No version to compare with (never read here): keep ours whole and say so.
            None => (mine, vec![String::new()]),
        };
        sig.set(case);
        if !areas.is_empty() {
            self.notify(Notice::KeptMine { areas });
        }
    }

    /// Plans one more try of the writes the disk refused.
    fn plan_retry(&self) {
        let planned = self.saving(|s| std::mem::replace(&mut s.retry_planned, true));
        if planned != Some(false) {
            return;
        }
        let state = *self;
        set_timeout(
            move || {
                if state.saving(|s| s.retry_planned = false).is_some() {
                    state.retry_saves();
                }
            },
            std::time::Duration::from_millis(RETRY_DELAY_MS),
        );
    }

    /// Tries every refused write again now (the timer, and the message's "try again" button).
    pub fn retry_saves(&self) {
        // The retry travels with the case code (like flush). Before any young person's file was
        // read, only the preferences can wait; their next change writes them.
        if let Some(hooks) = self.hooks.try_get_value().flatten() {
            (hooks.retry)(self);
        }
    }

    fn retry_writes(&self) {
        if self.saving(|s| s.prefs) == Some(true) {
            self.update_prefs(|_| {});
        }
        if let Some(store) = self.saving(|s| s.sealed.clone()).flatten() {
            store.retry_unsaved();
        }
        if self.has_unsaved() {
            self.flush();
        } else {
            self.report(Ok(()));
        }
    }

    /// Runs the app on the passcode lock's store: its delayed writes are reported here, and the
    /// refused ones are tried again with the app's own.
    pub fn use_sealed_store(&self, store: SealedStore) {
        let state = *self;
        store.on_write(move |result| state.report_write(result));
        self.saving(|s| s.sealed = Some(store));
    }

    /// Reads or changes the bookkeeping of writes (`None` once the app is gone: a timer that fires
    /// after a test unmounted it).
    fn saving<R>(&self, f: impl FnOnce(&mut Saving) -> R) -> Option<R> {
        self.repo.try_with_value(|r| f(&mut r.saving.borrow_mut()))
    }

    /// Whether changes are waiting to be written (the browser tests check it).
    pub fn has_unsaved(&self) -> bool {
        self.saving(|s| !s.cases.is_empty()).unwrap_or(false)
    }

    /// Forgets a pending write of `id` (it was deleted or replaced as a whole).
    fn forget_unsaved(&self, id: &ProfileId) {
        self.saving(|s| s.cases.forget(id));
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
        let refused = matches!(result, Err(ref e) if !matches!(e, WriteError::Conflict { .. }));
        self.saving(|s| s.prefs = refused);
        if refused {
            self.plan_retry();
        } else if result.is_err() {
            // Another tab saved newer preferences: take them.
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
        self.saving(|s| s.cases.clear());
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
        match &result {
            Err(WriteError::Conflict { .. }) => self.reload_demo(),
            Err(_) => {
                self.saving(|s| s.cases.mark(ProfileId(DEMO_ID.into())));
                self.plan_retry();
            }
            Ok(()) => {}
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
                let Some(id) = profile_of_key(k) else { return };
                if self.saving(|s| s.cases.contains(&id)) == Some(true) {
                    // A change here waits: merge, never drop it.
                    self.merge_from_disk(&id);
                } else {
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
        if matches!(result, Err(ref e) if !matches!(e, WriteError::Conflict { .. })) {
            self.plan_retry();
        }
        self.report(result);
    }

    fn report(&self, result: Result<(), WriteError>) {
        match result {
            Ok(()) => {
                // A successful save clears an earlier save failure once nothing waits any more:
                // the data is safe now.
                let waits = self.saving(|s| {
                    !s.cases.is_empty() || s.prefs || s.sealed.as_ref().is_some_and(SealedStore::has_unsaved)
                });
                if waits != Some(false) {
                    return;
                }
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
