/**
 * Unsaved policy drafts, kept in local storage per document (`key:<arn>`, `iam:<principal>:<name>`), so a
 * failed save, a reload or a crash never loses what the learner typed. A draft equal to the saved document is
 * dropped. Storage that is full, blocked or corrupted is ignored, never thrown.
 */
import { browserStorage } from '../../state/webStorage';

export const draftsStorageKey = 'kms-lab.policy-drafts';

function readAll(): Record<string, string> {
  try {
    const raw: unknown = JSON.parse(browserStorage()?.getItem(draftsStorageKey) ?? '{}');
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
    return Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === 'string')) as Record<
      string,
      string
    >;
  } catch {
    return {};
  }
}

export function loadDraft(id: string): string | undefined {
  return readAll()[id];
}

/** Keeps `draft` for `id`, or forgets it when it equals the saved document. */
export function saveDraft(id: string, draft: string, saved: string): void {
  const all = readAll();
  if (draft === saved) {
    if (!(id in all)) return;
    delete all[id];
  } else all[id] = draft;
  try {
    browserStorage()?.setItem(draftsStorageKey, JSON.stringify(all));
  } catch {
    // Full or blocked: the draft still lives in the open editor.
  }
}
