import styles from './notes.module.css';
import { type NotePiece, parseNoteText } from './noteText';

function Piece({ piece }: { piece: NotePiece }) {
  if (piece.kind === 'code') return <code>{piece.text}</code>;
  if (piece.kind === 'english') return <span lang="en">{piece.text}</span>;
  if (piece.kind === 'highlight')
    return (
      <mark className={styles.noteMark}>
        <Pieces pieces={piece.pieces} />
      </mark>
    );
  return piece.text;
}

function Pieces({ pieces }: { pieces: NotePiece[] }) {
  // Pieces never move, so their index is a stable key.
  // biome-ignore lint/suspicious/noArrayIndexKey: see above
  return pieces.map((piece, i) => <Piece key={i} piece={piece} />);
}

/** A passage of the study notes, with the notes' own highlights as <mark>. Plain React text, never HTML. */
export function NoteText({ text }: { text: string }) {
  return <Pieces pieces={parseNoteText(text)} />;
}
