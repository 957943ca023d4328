// Registers the service worker (sw.ts) that keeps the app shell for starts without the controller, and
// reloads the page when a new build of the player takes over.

/** Whether this page can have a service worker: a secure origin (HTTPS, localhost, or the Chromium flag). */
function available(): boolean {
  return 'serviceWorker' in navigator && isSecureContext && !import.meta.env.DEV;
}

/** Registers /player/sw.js; does nothing (but say so) where service workers are unavailable. */
export function registerServiceWorker(): void {
  if (!available()) {
    console.warn(
      'no service worker (not a secure origin?): the player will not start without the controller',
    );
    return;
  }
  const container = navigator.serviceWorker;
  // The first worker taking over an uncontrolled page changes nothing; any later one brings a new build.
  let controlled = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    if (controlled) location.reload();
    controlled = true;
  });
  // Asks that the browser never evict the player's caches under storage pressure (granted or not by
  // Chromium's own heuristics; nothing is lost by asking).
  void navigator.storage.persist().catch(() => false);
  const base = import.meta.env.BASE_URL;
  container.register(`${base}sw.js`, { scope: base, updateViaCache: 'none' }).catch((err: unknown) => {
    console.warn('service worker registration failed', err);
  });
}

/** Looks for a new build of the player (e.g. after the controller was upgraded and the socket came back). */
export function checkForUpdate(): void {
  if (!available()) return;
  navigator.serviceWorker
    .getRegistration()
    .then((registration) => registration?.update())
    .catch(() => undefined);
}
