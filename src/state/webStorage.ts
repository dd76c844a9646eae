/**
 * The page's localStorage (or the tab's sessionStorage), or undefined where Web Storage is missing or blocked
 * (some private modes throw on access). Every store that keeps something across visits reads it through here.
 */
export function browserStorage(
  kind: 'localStorage' | 'sessionStorage' = 'localStorage',
): Storage | undefined {
  try {
    return globalThis[kind] ?? undefined;
  } catch {
    return undefined;
  }
}
