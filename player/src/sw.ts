// The player's service worker (scope /player/): keeps the app shell (page, script, style and every font
// file) in the Cache API, so that a player reloaded or rebooted while the controller is unreachable starts
// and plays at once. The media cache is filled and emptied by the page (assets.ts); the manifest, config
// and clock offset are in IndexedDB (store.ts). A new build is a new sw.js (it names every file by hash):
// it caches the new shell, takes over, and the page reloads into it (sw.register.ts).
import { parseShell, shellCachePrefix, shellKeyFor, shellUrls, staleShellCaches } from './sw.plan.ts';

// The DOM library has no worker types; these are the few this worker uses.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}
const worker = self as unknown as WorkerScope;

// player/vite.config.ts replaces this string with the shell's JSON at build time.
const shell = parseShell('__GATECAST_SHELL__');
const cacheName = `${shellCachePrefix}${shell?.version ?? 'dev'}`;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      if (shell) {
        const cache = await caches.open(cacheName);
        // Past the HTTP cache: index.html is served with max-age=0, and a stale copy must not be kept.
        const requests = shellUrls(shell, worker.registration.scope).map(
          (url) => new Request(url, { cache: 'reload' }),
        );
        await cache.addAll(requests);
      }
      // A player runs one page for months: the new shell takes over at once rather than at the next visit.
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of staleShellCaches(await caches.keys(), cacheName)) await caches.delete(name);
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  if (!shell) return;
  const key = shellKeyFor(event.request, shell, worker.registration.scope);
  if (key === null) return; // the network, untouched: the socket, the API, and /media with its device token
  event.respondWith((async () => (await caches.match(key, { cacheName })) ?? fetch(event.request))());
});
