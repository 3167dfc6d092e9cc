// Registers the service worker and tells the app (a `bot-update-ready` event) when a new version
// is waiting; the app shows a message and, when the user chooses, sends `bot-apply-update`.
// "Snel weg" (pages/lock.rs quick_exit) left this page for a neutral one: if the browser brings
// it back from its back/forward cache, start it afresh, so a passcode is asked again.
window.addEventListener('pageshow', (e) => {
  if (e.persisted && document.body && document.body.hasAttribute('data-away')) location.reload();
});
// Chromium offers to install the app as soon as it can; the app asks at a calm moment instead
// (Meer, or Mijn plan once something was saved), never on the first open.
window.addEventListener('beforeinstallprompt', (e) => {
  e.preventDefault();
  window.botInstallPrompt = e;
  window.dispatchEvent(new Event('bot-install-ready'));
});
window.addEventListener('appinstalled', () => { window.botInstallPrompt = null; });
(function () {
  if (!('serviceWorker' in navigator)) return;
  let waiting = null;
  const ready = (worker) => {
    waiting = worker;
    window.dispatchEvent(new Event('bot-update-ready'));
  };
  navigator.serviceWorker.register('/sw.js').then((reg) => {
    if (reg.waiting && navigator.serviceWorker.controller) ready(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const worker = reg.installing;
      if (!worker) return;
      worker.addEventListener('statechange', () => {
        // Installed while an older version controls the page: an update, not the first install.
        if (worker.state === 'installed' && navigator.serviceWorker.controller) ready(worker);
      });
    });
    // Look for a new version when the app comes back to the foreground.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') reg.update().catch(() => {});
    });
  }).catch(() => { /* no offline support in this browser session; the app still works */ });
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading || !waiting) return;
    reloading = true;
    location.reload();
  });
  window.addEventListener('bot-apply-update', () => { if (waiting) waiting.postMessage('skip-waiting'); });
})();
