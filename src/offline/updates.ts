import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/**
 * The page's side of offline use: registers the service worker (src/offline/serviceWorker.ts) in production
 * builds and tells the learner two things: that KMS Lab now works offline (once, after the first install), and
 * that a new build is ready. A new build waits until the learner chooses to reload, so code never changes under
 * a lesson in progress; the scenario lives in the URL and the autosave, so a reload loses nothing.
 */
export interface OfflineState {
  /** The first build was just installed: the app now opens without a network. */
  readyOffline: boolean;
  /** A newer build is installed and waiting for the learner's reload. */
  updateReady: boolean;
}

export const offlineStore = createStore<OfflineState>(() => ({ readyOffline: false, updateReady: false }));
export const useOffline = <T>(select: (s: OfflineState) => T) => useStore(offlineStore, select);

let waiting: ServiceWorker | null = null;

/** Swaps in the waiting build and reloads the page once it controls it. */
export function applyUpdate(): void {
  if (!waiting) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  waiting.postMessage('skip-waiting');
}

export function dismissOfflineNotice(): void {
  offlineStore.setState({ readyOffline: false, updateReady: false });
}

/** Watches one installing worker: a waiting successor is an update; the very first one means "offline ready". */
function track(worker: ServiceWorker, hadController: boolean) {
  worker.addEventListener('statechange', () => {
    if (worker.state === 'installed' && hadController) {
      waiting = worker;
      offlineStore.setState({ updateReady: true });
    } else if (worker.state === 'activated' && !hadController) {
      offlineStore.setState({ readyOffline: true });
    }
  });
}

export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  try {
    const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
    const hadController = navigator.serviceWorker.controller !== null;
    if (registration.waiting && hadController) {
      waiting = registration.waiting;
      offlineStore.setState({ updateReady: true });
    }
    if (registration.installing) track(registration.installing, hadController);
    registration.addEventListener('updatefound', () => {
      if (registration.installing)
        track(registration.installing, navigator.serviceWorker.controller !== null);
    });
  } catch {
    // No offline copy (a private window may refuse service workers); the app works online as before.
  }
}
