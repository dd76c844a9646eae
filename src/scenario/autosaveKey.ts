/**
 * Where autosave (autosave.ts) keeps the working scenario, and whether anything is kept there: the page reads it
 * before it has loaded anything else, to know whether a first visit's picture can be drawn at once (issue #15).
 */

/** Where autosave keeps the working scenario (localStorage). */
export const AUTOSAVE_KEY = 'kms-lab/scenario';

/** Whether anything is saved under `key`, readable or not, without reading it (false where storage fails). */
export function holdsSave(storage: Pick<Storage, 'getItem'> | undefined, key = AUTOSAVE_KEY): boolean {
  try {
    return (storage?.getItem(key) ?? null) !== null;
  } catch {
    return false;
  }
}
