/**
 * The little markup of the study notes' text (src/i18n/notes.ts): ==highlight== (the notes' own highlighter),
 * `identifier` (code), and [[English words]] that the Japanese original keeps in English (marked lang="en",
 * so screen readers pronounce them as English). Highlights may contain the other two; nothing else nests.
 */
export type NotePiece =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'english'; text: string }
  | { kind: 'highlight'; pieces: NotePiece[] };

const inline = /`([^`]+)`|\[\[(.+?)\]\]/g;

function parseInline(text: string): NotePiece[] {
  const pieces: NotePiece[] = [];
  let at = 0;
  for (const match of text.matchAll(inline)) {
    if (match.index > at) pieces.push({ kind: 'text', text: text.slice(at, match.index) });
    if (match[1] !== undefined) pieces.push({ kind: 'code', text: match[1] });
    else pieces.push({ kind: 'english', text: match[2] ?? '' });
    at = match.index + match[0].length;
  }
  if (at < text.length) pieces.push({ kind: 'text', text: text.slice(at) });
  return pieces;
}

export function parseNoteText(text: string): NotePiece[] {
  // Split on ==: odd parts are highlighted. An unpaired == stays as text.
  const parts = text.split('==');
  if (parts.length % 2 === 0) return parseInline(text);
  return parts.flatMap((part, i): NotePiece[] => {
    if (part === '') return [];
    return i % 2 === 1 ? [{ kind: 'highlight', pieces: parseInline(part) }] : parseInline(part);
  });
}

/** The text a reader hears: the markup removed. */
export function plainNoteText(text: string): string {
  const flat = (pieces: NotePiece[]): string =>
    pieces.map((p) => (p.kind === 'highlight' ? flat(p.pieces) : p.text)).join('');
  return flat(parseNoteText(text));
}
