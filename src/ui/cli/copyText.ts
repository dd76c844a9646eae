/**
 * Copies text: the Clipboard API where the page may use it (secure contexts), else the older
 * `execCommand('copy')` on a temporary text area (a teacher's plain-http LAN server, toolchain.md "Insecure
 * contexts"). Resolves to whether the text reached the clipboard; on false the caller selects the text for
 * the learner to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (globalThis.isSecureContext && navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or no focus: try the fallback.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  area.select();
  let copied = false;
  try {
    // Deprecated but still the only synchronous copy outside secure contexts.
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  active?.focus();
  return copied;
}

/** Selects the text inside `element`, so Ctrl+C copies it. */
export function selectContents(element: HTMLElement): void {
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}
