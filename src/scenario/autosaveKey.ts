/**
 * Where autosave (autosave.ts) keeps the working scenario and its per-tab note, read before the page has loaded
 * anything else, to know whether the build's first picture can be drawn at once (issue #15).
 */

/** Where autosave keeps the working scenario (localStorage). */
export const AUTOSAVE_KEY = 'kms-lab/scenario';

/** The per-tab note that autosave is ahead of the link in the address bar (sessionStorage; autosave.ts). */
export const AHEAD_OF_LINK_KEY = 'kms-lab/scenario.ahead-of-link';

/** The text kept under `key`, unread (null when there is none or storage fails). */
export function savedText(storage: Pick<Storage, 'getItem'> | undefined, key = AUTOSAVE_KEY): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
