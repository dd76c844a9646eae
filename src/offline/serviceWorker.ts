/**
 * KMS Lab's service worker: the app works offline after the first visit.
 *
 * The build (src/offline/vitePlugin.ts) writes this file as `sw.js` with `PRECACHE` replaced by every file it
 * emitted (hashed scripts and styles, index.html, the manifest and icons) and `BUILD` by a hash of their
 * contents, so a new build is a new service worker: the browser installs it beside the running one, and the page
 * offers to reload (src/offline/updates.ts) instead of swapping code under a learner mid-lesson.
 *
 * Strategy (https://web.dev/articles/offline-cookbook): precache on install; answer from the cache first (the
 * scripts' names carry their hash, so a cached one is never stale); a navigation gets the cached index.html,
 * as the app keeps its state in the URL fragment. Nothing is ever fetched from another origin.
 */

// The worker's own global scope, typed by hand: the project's lib is DOM, and DOM and WebWorker conflict.
// A module (the export below), so these names stay out of the page's global types.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
const sw = globalThis as unknown as WorkerScope;

/** Replaced at build time (see the header comment). */
declare const PRECACHE: readonly string[];
declare const BUILD: string;

const CACHE_PREFIX = 'kms-lab-';
const cacheName = `${CACHE_PREFIX}${BUILD}`;
/** Paths in PRECACHE are relative to the scope, so a build under a subpath (KMS_LAB_BASE) works as is. */
const scope = new URL(sw.registration.scope);
const urlOf = (path: string) => new URL(path, scope).href;
const indexUrl = urlOf('index.html');

sw.addEventListener('install', (event) => {
  event.waitUntil(
    // `cache: 'reload'` so the precache never takes a stale copy from the HTTP cache.
    caches
      .open(cacheName)
      .then((cache) => cache.addAll(PRECACHE.map((p) => new Request(urlOf(p), { cache: 'reload' })))),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== cacheName) await caches.delete(name);
      }
      // Control the page that installed the first build, so it works offline without another reload.
      await sw.clients.claim();
    })(),
  );
});

// The page asks the waiting worker to take over when the learner chooses "Reload" (src/offline/updates.ts).
sw.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== scope.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fromCache(indexUrl).then((cached) => cached ?? fetch(request)));
    return;
  }
  event.respondWith(fromCache(request).then((cached) => cached ?? fetch(request)));
});

async function fromCache(request: Request | string): Promise<Response | undefined> {
  const cache = await caches.open(cacheName);
  // ignoreVary: the preview and most static hosts answer `Vary: Accept-Encoding`, and the browser's own
  // request headers differ from the install's.
  return cache.match(request, { ignoreSearch: true, ignoreVary: true });
}

export {};
