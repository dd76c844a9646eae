import { useSyncExternalStore } from 'react';

/**
 * The URL fragment holds the shareable state as URLSearchParams: `#view=keys&s=…&step=3`.
 * The shell owns `view`; the scenario layer owns `s`, `v` and `step`. Each owner patches only its own
 * params, so writers never clobber each other. The fragment never reaches a server.
 */
export type FragmentPatch = Readonly<Record<string, string | null>>;

/** The params in a fragment ('#a=1&b=2', 'a=1' or ''). */
export function parseFragment(hash: string): URLSearchParams {
  return new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
}

/** The fragment after setting (string) or removing (null) some params; the others keep their order. */
export function patchFragment(hash: string, patch: FragmentPatch): string {
  const params = parseFragment(hash);
  for (const [name, value] of Object.entries(patch)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}

const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

/**
 * The fragment as the learner last navigated to it: the page's opening URL, a link followed, Back/Forward, or
 * our own history entries; not the `replace` writes that keep the URL in step (such as the scenario sync
 * rewriting `step` while a section loads). A section that takes a param from a link reads it here, so the
 * link's value is not lost to a rewrite that happened before the section's chunk arrived.
 */
let navigated = typeof window === 'undefined' ? '' : window.location.hash;
const onNavigate = () => {
  navigated = window.location.hash;
  notify();
};

export function navigatedFragment(): URLSearchParams {
  return parseFragment(navigated);
}

let parsed: { hash: string; params: URLSearchParams } | undefined;

/**
 * The fragment's params, parsed once per distinct fragment and shared: callers read, never modify. Every
 * `useFragmentParam` asks on each render and each fragment change, and parsing is not free on a long share
 * link (about 9 ms for 300,000 characters in Chromium): parsing on every ask kept the page busy for a quarter
 * of a second per change of a long link (issue #13, item 18).
 */
export function readFragment(): URLSearchParams {
  const { hash } = window.location;
  if (parsed?.hash !== hash) parsed = { hash, params: parseFragment(hash) };
  return parsed.params;
}

/**
 * Changes some fragment params, keeping the rest. A new history entry by default, so Back returns to the
 * previous view; `replace` for changes that should not pile up in history (e.g. a scrubbing cursor).
 */
export function updateFragment(patch: FragmentPatch, { replace = false }: { replace?: boolean } = {}): void {
  const { pathname, search, hash } = window.location;
  const next = patchFragment(hash, patch);
  if (next === hash) return;
  const url = `${pathname}${search}${next}`;
  if (replace) window.history.replaceState(window.history.state, '', url);
  else {
    window.history.pushState(null, '', url);
    navigated = next;
  }
  // pushState/replaceState fire no event of their own.
  notify();
}

/** Calls `listener` whenever the fragment changes: our own updates, links, typing in the address bar, Back. */
export function subscribeFragment(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('hashchange', onNavigate);
    window.addEventListener('popstate', onNavigate);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener('hashchange', onNavigate);
      window.removeEventListener('popstate', onNavigate);
    }
  };
}

/** One fragment param, re-rendering when it changes. */
export function useFragmentParam(name: string): string | null {
  return useSyncExternalStore(subscribeFragment, () => readFragment().get(name));
}

/** Removes a query param (e.g. a one-off `?lang=` override once the learner picks a language). */
export function removeQueryParam(name: string): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has(name)) return;
  url.searchParams.delete(name);
  window.history.replaceState(window.history.state, '', url);
}

/**
 * This page's address with `fragment` (`view=keys`), written out in full. For links a scroller may move off
 * screen (the section bar on a phone): axe's skip-link rule, which Lighthouse runs, takes an off-screen link
 * whose href starts with `#` (or `/#`) for a skip link and fails it for having no element of that id. The full
 * address is the same document, so following it changes only the fragment, as `#view=keys` does.
 */
export function pageHref(fragment: string): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}#${fragment}`;
}
