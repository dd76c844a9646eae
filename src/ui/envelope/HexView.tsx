import { type KeyboardEvent, type PointerEvent, useId, useState } from 'react';
import { variant } from '../shell/cssModule';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { type ByteField, fieldAt, hexByte } from './bytes';
import { highlightStore, useHighlight } from './highlight';
import styles from './studio.module.css';

/** Bytes per group (a space between groups) and per keyboard row (↑/↓). */
const GROUP = 4;
const ROW = 16;
/** Bytes rendered before "show all": a byte map stays readable and cheap to draw. */
const DEFAULT_CAP = 512;

export interface HexViewProps {
  readonly bytes: Uint8Array;
  /** Accessible name of the byte grid. */
  readonly label: string;
  /** Leaf fields (offsets into `bytes`) that colour and explain each byte. */
  readonly fields?: readonly ByteField[];
  /** How a field is named in the status line. */
  readonly fieldName?: (field: ByteField) => string;
  /** Byte i of this view is index `base + i` of `group` (shared with other views). */
  readonly link?: { readonly group: string; readonly base?: number };
  /** A field to outline (hovered or focused in a legend). */
  readonly marked?: ByteField;
  /** Bytes to flag (e.g. the byte an attacker flipped). */
  readonly flagged?: { readonly offset: number; readonly length: number };
  readonly cap?: number;
  /** Reports the byte under the pointer or keyboard focus (for a legend to follow). */
  readonly onActive?: (index: number | undefined) => void;
}

/**
 * Bytes as hex in groups of four, wrapped to the width (so it stays readable at 24 px on a projector), each
 * coloured and underlined by its field. The grid is one tab stop: arrow keys, Home and End move through the
 * bytes (the player's arrow keys do not fire meanwhile), and the line below says which byte and field it is.
 * Hover and focus highlight the same byte in every view linked to the same group.
 */
export function HexView(props: HexViewProps) {
  const t = useT();
  const { bytes, fields, link, marked, flagged } = props;
  const statusId = useId();
  const labelId = useId();
  const [own, setOwn] = useState<number>();
  const [expanded, setExpanded] = useState(false);
  const [focused, setFocused] = useState(false);
  const linked = useHighlight(link?.group);
  const base = link?.base ?? 0;
  const cap = props.cap ?? DEFAULT_CAP;
  const shown = expanded ? bytes.length : Math.min(bytes.length, cap);
  // A linked view follows the shared highlight (the last byte hovered or focused in any view of the group).
  const active = link ? (linked === undefined ? undefined : linked - base) : own;

  const activate = (index: number | undefined) => {
    setOwn(index);
    props.onActive?.(index);
    if (link) highlightStore.getState().set(link.group, index === undefined ? undefined : base + index);
  };

  const onPointer = (event: PointerEvent<HTMLDivElement>) => {
    const index = (event.target as HTMLElement).dataset.i;
    if (index !== undefined && Number(index) !== active) activate(Number(index));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (shown === 0) return;
    const at = active ?? -1;
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      ArrowDown: at + ROW,
      ArrowUp: at - ROW,
      Home: 0,
      End: shown - 1,
    };
    if (event.key === 'Escape') {
      activate(undefined);
      return;
    }
    const target = moves[event.key];
    if (target === undefined) return;
    // The grid owns these keys while focused: the player's ←/→ must not also move the scenario.
    event.preventDefault();
    activate(Math.max(0, Math.min(shown - 1, target)));
  };

  const activeField = active !== undefined && fields ? fieldAt(fields, active) : undefined;
  const status =
    active !== undefined && active >= 0 && active < bytes.length
      ? t('envelope.hex.byte', {
          index: active,
          hex: hexByte(bytes[active] as number),
          field: activeField && props.fieldName ? props.fieldName(activeField) : '',
        })
      : t('envelope.hex.summary', { count: bytes.length });

  const within = (i: number, range?: { offset: number; length: number }) =>
    range !== undefined && i >= range.offset && i < range.offset + range.length;
  const groups = [];
  for (let g = 0; g < shown; g += GROUP) {
    const members = [];
    for (let i = g; i < Math.min(g + GROUP, shown); i++) {
      const field = fields && fieldAt(fields, i);
      const classes = [styles.hexByte];
      if (field) classes.push(variant(styles, 'cat', field.category));
      if (i === active) classes.push(styles.isActive);
      if (within(i, marked)) classes.push(styles.isMarked);
      if (within(i, flagged)) classes.push(styles.isFlagged);
      members.push(
        <span
          key={i}
          data-i={i}
          className={classes.join(' ')}
          data-testid="hex-byte"
          data-active={i === active || undefined}
          data-marked={within(i, marked) || undefined}
        >
          {hexByte(bytes[i] as number)}
        </span>,
      );
    }
    groups.push(
      <span key={g} className={styles.hexGroup}>
        {members}
      </span>,
    );
  }

  return (
    <figure className={styles.hex}>
      <div className={styles.hexLabel} id={labelId}>
        {props.label}
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a focusable byte grid, not a form group (no fieldset) */}
      <div
        className={styles.hexBytes}
        role="group"
        aria-labelledby={labelId}
        aria-describedby={statusId}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a byte grid is one tab stop navigated with arrow keys
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerOver={onPointer}
        onPointerLeave={() => activate(undefined)}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          activate(undefined);
        }}
      >
        {/* Code, not prose: hex is an identifier-like value in any language. */}
        <code className={styles.hexCode}>{groups}</code>
      </div>
      {/* Announced while the grid has keyboard focus; hovering alone would make it chatter. */}
      <figcaption
        className={styles.hexStatus}
        data-testid="hex-status"
        id={statusId}
        aria-live={focused ? 'polite' : 'off'}
      >
        <RichText text={status} />
        {shown < bytes.length && (
          <button type="button" className={styles.linkButton} onClick={() => setExpanded(true)}>
            {t('envelope.hex.showAll', { count: bytes.length })}
          </button>
        )}
      </figcaption>
    </figure>
  );
}
