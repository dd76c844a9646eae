/**
 * The stage as one SVG drawing, from the same scene model (picture.ts) and the same words (labels.ts) as the
 * animated stage: the caller with its memory, the live call, AWS KMS with the key policy gate, the key and its
 * backing-key versions, storage and CloudTrail, each token with its glyph, name, first bytes and facts. It draws
 * the step's end state (the reduced-motion picture). Used for "Save picture" (SVG and PNG for slides) and for
 * the printed handout, so a slide, a handout and the screen never disagree about what a step did.
 *
 * Pure: no DOM, no React (Node tests call it). Text is laid out with an estimate of its width, generous enough
 * for the fonts a browser picks for the families named below; what still does not fit is cut with an ellipsis.
 * Colours are the light theme's, whatever the page's theme: a slide or a sheet of paper is light.
 */
import { GLYPH_PATHS, type GlyphName } from './glyphPaths';
import {
  callerTitle,
  contextText,
  gateText,
  localText,
  narrationText,
  previewBytes,
  resourceNote,
  shortPrincipal,
  shortValue,
  storageObjects,
  type T,
  tokenBadges,
  tokenName,
  tokenSize,
  whereText,
} from './labels';
import type { Frame, KeyOnStage, Place, Scene, Token } from './picture';
import { endOf } from './sceneFrames';
import { el, type SvgNode } from './svgTree';

/** The light theme's colours (src/styles/theme.css), fixed: the drawing leaves the page. */
const INK = {
  text: '#0f141a',
  muted: '#48515d',
  border: '#d4dae2',
  strong: '#7d8796',
  surface: '#ffffff',
  surface2: '#f6f8fa',
  accent: '#0a58ca',
  brand: '#ff9900',
  yes: '#1a7a36',
  no: '#b42318',
  noSoft: '#fbeceb',
  customer: '#0a58ca',
} as const;

const SANS =
  '"Noto Sans", "Helvetica Neue", Arial, "Liberation Sans", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic UI", sans-serif';
const MONO = '"DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono", "Noto Sans Mono CJK JP", monospace';

/** The drawing's width in user units (px in the SVG file; the PNG doubles it). */
export const DRAWING_WIDTH = 1280;
const PAD = 16;
const GAP = 12;
const COLUMN = 400;
const TOKEN_MIN = 176;
const LINE = 1.35;

// ——— text ———

/** Wide characters: CJK, kana, Hangul and full-width forms take about a full em. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** An estimate of the width of `text` at `size` px, on the generous side. */
export function textWidth(text: string, size: number, mono = false, bold = false): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : mono ? 0.61 : ch === ' ' ? 0.3 : 0.58;
  return em * size * (bold && !mono ? 1.06 : 1);
}

interface Run {
  text: string;
  code: boolean;
}

/** A message's runs: `backticked` parts are code (RichText's convention), drawn in the monospace face. */
const runsOf = (text: string): Run[] =>
  text
    .split('`')
    .map((part, i) => ({ text: part, code: i % 2 === 1 }))
    .filter((run) => run.text !== '');

/** Cuts `text` to `width` with an ellipsis. */
function ellipsize(text: string, width: number, size: number, mono = false, bold = false): string {
  if (textWidth(text, size, mono, bold) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, size, mono, bold) > width) chars.pop();
  return `${chars.join('')}…`;
}

/** The units a line may break after: a word with its space, or one wide character. */
const unitsOf = (run: Run): Run[] =>
  (run.text.match(/[^\s\u1100-\uffe6]+\s*|[\u1100-\uffe6]\s*|\s+/g) ?? []).map((piece) => ({
    text: piece,
    code: run.code,
  }));

/** Wraps rich text into lines of runs no wider than `width`; past `maxLines` the last line ends in an ellipsis. */
function wrap(text: string, width: number, size: number, maxLines = 8, bold = false): Run[][] {
  const lines: Run[][] = [[]];
  let used = 0;
  // A word wider than the line (an ARN in an AWS message) breaks between any two characters.
  const units = runsOf(text)
    .flatMap(unitsOf)
    .flatMap((unit) =>
      textWidth(unit.text, size, unit.code, bold) > width
        ? [...unit.text].map((ch) => ({ ...unit, text: ch }))
        : [unit],
    );
  for (const unit of units) {
    const w = textWidth(unit.text, size, unit.code, bold);
    if (used + w > width && used > 0) {
      lines.push([]);
      used = 0;
      if (/^\s+$/.test(unit.text)) continue;
    }
    (lines.at(-1) as Run[]).push(unit);
    used += w;
  }
  const merged = lines.map((line) =>
    line.reduce<Run[]>((acc, run) => {
      const last = acc.at(-1);
      if (last && last.code === run.code) last.text += run.text;
      else acc.push({ ...run });
      return acc;
    }, []),
  );
  if (merged.length <= maxLines) return merged;
  const kept = merged.slice(0, maxLines);
  const last = kept.at(-1) as Run[];
  const tail = last.at(-1) as Run;
  tail.text = ellipsize(`${tail.text.trimEnd()}…`, width, size, tail.code, bold);
  return kept;
}

interface TextStyle {
  size: number;
  color?: string;
  bold?: boolean;
  mono?: boolean;
  lang?: string;
}

/** One line of runs at (x, baseline y). */
function textLine(runs: readonly Run[], x: number, y: number, style: TextStyle): SvgNode {
  const base = {
    x,
    y,
    'font-size': style.size,
    fill: style.color ?? INK.text,
    'font-weight': style.bold ? 700 : undefined,
    'font-family': style.mono ? MONO : undefined,
    lang: style.lang,
    'xml:space': 'preserve',
  };
  if (runs.length === 1 && !(runs[0] as Run).code) return el('text', base, (runs[0] as Run).text);
  return el(
    'text',
    base,
    ...runs.map((run) => (run.code ? el('tspan', { 'font-family': MONO }, run.text) : run.text)),
  );
}

interface Block {
  nodes: SvgNode[];
  height: number;
}

/** Wrapped rich text from the top-left (x, y): its lines and the height they take. */
function paragraph(text: string, x: number, y: number, width: number, style: TextStyle, maxLines = 8): Block {
  const lines = style.mono
    ? [[{ text: ellipsize(text, width, style.size, true, style.bold), code: false }]]
    : wrap(text, width, style.size, maxLines, style.bold);
  const step = style.size * LINE;
  return {
    nodes: lines.map((runs, i) => textLine(runs, x, y + style.size + i * step, style)),
    height: lines.length * step,
  };
}

/** One line, cut to fit. */
function label(text: string, x: number, y: number, width: number, style: TextStyle): Block {
  const runs = runsOf(text);
  const plain = runs.map((r) => r.text).join('');
  if (textWidth(plain, style.size, style.mono, style.bold) > width)
    return paragraph(text.replaceAll('`', ''), x, y, width, style, 1);
  return { nodes: [textLine(runs, x, y + style.size, style)], height: style.size * LINE };
}

function glyph(name: GlyphName, x: number, y: number, size: number, color: string): SvgNode {
  return el('path', {
    d: GLYPH_PATHS[name],
    transform: `translate(${x} ${y}) scale(${size / 24})`,
    fill: 'none',
    stroke: color,
    'stroke-width': 2,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  });
}

const box = (
  x: number,
  y: number,
  w: number,
  h: number,
  attrs: Record<string, string | number | undefined>,
): SvgNode => el('rect', { x, y, width: w, height: h, rx: 8, ...attrs });

// ——— tokens ———

const TOKEN_STYLE: Record<Token['kind'], { stroke: string; fill: string; glyph: string; dash?: string }> = {
  dataKey: { stroke: INK.no, fill: INK.noSoft, glyph: INK.no },
  zeroedKey: { stroke: INK.muted, fill: INK.surface, glyph: INK.muted, dash: '6 4' },
  ciphertextBlob: { stroke: INK.accent, fill: INK.surface, glyph: INK.accent },
  plaintext: { stroke: INK.strong, fill: INK.surface, glyph: INK.text, dash: '6 4' },
  encryptedData: { stroke: INK.yes, fill: INK.surface, glyph: INK.yes },
  encryptionContext: { stroke: INK.brand, fill: INK.surface, glyph: INK.text, dash: '2 3' },
  trailRecord: { stroke: INK.strong, fill: INK.surface, glyph: INK.muted },
};

/** A token: its glyph, name, a few real bytes (or the context's pairs), and its facts. */
function tokenBlock(t: T, token: Token, x: number, y: number, w: number): Block {
  const style = TOKEN_STYLE[token.kind];
  const alarm = Boolean(token.tampered || token.caughtAt || token.orphaned);
  const inner = w - 44;
  const nodes: SvgNode[] = [];
  let at = y + 6;
  const name = label(tokenName(t, token), x + 36, at, inner, { size: 14, bold: true });
  nodes.push(...name.nodes);
  at += name.height;
  const detail =
    token.kind === 'encryptionContext'
      ? contextText(token)
      : token.kind === 'trailRecord'
        ? undefined
        : previewBytes(token.bytes);
  if (detail) {
    const line = label(detail, x + 36, at, inner, {
      size: 13,
      mono: true,
      color: token.kind === 'dataKey' ? INK.no : INK.text,
    });
    nodes.push(...line.nodes);
    at += line.height;
  }
  const facts = [
    tokenSize(t, token),
    ...tokenBadges(t, token, (stage, frame) => whereText(t, stage, frame)),
  ].filter((f): f is string => Boolean(f));
  if (facts.length) {
    const line = paragraph(facts.join(' · '), x + 36, at, inner, { size: 12, color: INK.muted }, 2);
    nodes.push(...line.nodes);
    at += line.height;
  }
  const height = Math.max(40, at - y + 6);
  const frame = box(x, y, w, height, {
    fill: style.fill,
    stroke: alarm ? INK.no : style.stroke,
    'stroke-width': token.kind === 'encryptedData' ? 3.5 : token.kind === 'trailRecord' ? 1.5 : 2,
    'stroke-dasharray': style.dash,
  });
  const marks: SvgNode[] = [];
  if (token.kind === 'trailRecord')
    marks.push(
      el('rect', { x, y, width: 6, height, fill: token.event?.errorCode ? INK.no : INK.strong, rx: 2 }),
    );
  if (alarm)
    marks.push(box(x - 3, y - 3, w + 6, height + 6, { fill: 'none', stroke: INK.no, 'stroke-width': 1.5 }));
  return {
    nodes: [
      el(
        'g',
        { 'data-token': token.kind, 'data-token-id': token.id },
        frame,
        ...marks,
        glyph(token.kind, x + 10, y + 9, 20, alarm ? INK.no : style.glyph),
        ...nodes,
      ),
    ],
    height,
  };
}

/** Tokens in a grid of equal columns, as many as fit (at most `maxColumns`), row by row. */
function tokenGrid(t: T, tokens: readonly Token[], x: number, y: number, w: number, maxColumns = 4): Block {
  if (tokens.length === 0) return { nodes: [], height: 0 };
  const columns = Math.max(1, Math.min(maxColumns, Math.floor((w + 8) / (TOKEN_MIN + 8)), tokens.length));
  const cell = (w - 8 * (columns - 1)) / columns;
  const nodes: SvgNode[] = [];
  let top = y;
  for (let i = 0; i < tokens.length; i += columns) {
    const row = tokens
      .slice(i, i + columns)
      .map((token, j) => tokenBlock(t, token, x + j * (cell + 8), top, cell));
    nodes.push(...row.flatMap((b) => b.nodes));
    top += Math.max(...row.map((b) => b.height)) + 8;
  }
  return { nodes, height: top - y - 8 };
}

const tokensAt = (frame: Frame, place: Place) => frame.tokens.filter((token) => token.at === place);

// ——— actors ———

/** A titled actor box: the title line with its glyph, then `content` (laid out under it), framed. */
function actor(
  id: string,
  title: string,
  glyphName: GlyphName,
  x: number,
  y: number,
  w: number,
  content: (top: number) => Block,
  frame: Record<string, string | number>,
): Block & { draw: (height: number) => SvgNode } {
  const head = paragraph(title, x + 40, y + 8, w - 52, { size: 15, bold: true }, 2);
  const body = content(y + 10 + head.height);
  const height = 10 + head.height + body.height + 12;
  return {
    nodes: [],
    height,
    draw: (h) =>
      el(
        'g',
        { 'data-actor': id },
        box(x, y, w, h, { fill: INK.surface, ...frame }),
        glyph(glyphName, x + 12, y + 9, 20, INK.muted),
        ...head.nodes,
        ...body.nodes,
      ),
  };
}

/** Stacks blocks downwards from `top`, each placed by its function, with `gap` between. */
function stack(top: number, gap: number, parts: ((at: number) => Block)[]): Block {
  const nodes: SvgNode[] = [];
  let at = top;
  let first = true;
  for (const part of parts) {
    const block = part(first ? at : at + gap);
    if (block.height === 0 && block.nodes.length === 0) continue;
    if (!first) at += gap;
    first = false;
    nodes.push(...block.nodes);
    at += block.height;
  }
  return { nodes, height: at - top };
}

function callerActor(t: T, scene: Scene, frame: Frame, x: number, y: number, w: number) {
  const memory = tokensAt(frame, 'memory');
  return actor(
    'caller',
    callerTitle(t, scene.caller),
    'app',
    x,
    y,
    w,
    (top) =>
      stack(top, 8, [
        (at) =>
          label(shortPrincipal(scene.caller.principal), x + 12, at, w - 24, {
            size: 13,
            mono: true,
            color: INK.muted,
          }),
        (at) => {
          const inner = stack(at + 8, 6, [
            (a) =>
              label(t('stage.actor.memory'), x + 22, a, w - 44, { size: 13, bold: true, color: INK.muted }),
            (a) =>
              memory.length
                ? tokenGrid(t, memory, x + 22, a, w - 44)
                : paragraph(t('stage.empty.memory'), x + 22, a, w - 44, { size: 13, color: INK.muted }),
          ]);
          const height = inner.height + 18;
          return {
            nodes: [
              el(
                'g',
                { 'data-actor': 'memory' },
                box(x + 12, at, w - 24, height, {
                  fill: INK.surface2,
                  stroke: INK.strong,
                  'stroke-dasharray': '5 4',
                  'stroke-width': 1.5,
                }),
                ...inner.nodes,
              ),
            ],
            height,
          };
        },
      ]),
    { stroke: INK.customer, 'stroke-width': 2.5 },
  );
}

function arrow(x: number, y: number, w: number, back: boolean, failed: boolean): SvgNode {
  const color = back ? (failed ? INK.no : INK.muted) : INK.text;
  const d = back
    ? `M${x + w} ${y}H${x + 4}M${x + 12} ${y - 6} ${x + 3} ${y}l9 6`
    : `M${x} ${y}H${x + w - 4}M${x + w - 12} ${y - 6} ${x + w - 3} ${y}l-9 6`;
  return el('path', {
    d,
    fill: 'none',
    stroke: color,
    'stroke-width': back ? 2 : 3.5,
    'stroke-dasharray': back && failed ? '7 5' : undefined,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  });
}

function wireBlock(t: T, scene: Scene, frame: Frame, x: number, y: number, w: number): Block {
  const { call } = scene;
  const wire = tokensAt(frame, 'wire');
  if (!call)
    return stack(y + 12, 10, [
      (at) => paragraph(localText(t, scene.local), x, at, w, { size: 14, color: INK.muted }),
      (at) => tokenGrid(t, wire, x, at, w, 2),
    ]);
  const failed = call.outcome !== 'ok';
  const body = stack(y + 8, 6, [
    (at) =>
      stack(at, 2, [
        (a) => label(call.operation, x, a, w, { size: 18, bold: true, mono: true }),
        (a) =>
          call.viaService
            ? label(t('stage.call.via', { service: call.viaService }), x, a, w, {
                size: 12,
                color: INK.muted,
              })
            : { nodes: [], height: 0 },
      ]),
    (at) => ({ nodes: [arrow(x, at + 8, w, false, false)], height: 16 }),
    (at) => {
      const nodes: SvgNode[] = [];
      let top = at;
      for (const field of call.fields) {
        const name = ellipsize(field.name, w * 0.42, 13, true, true);
        const nameWidth = textWidth(name, 13, true, true) + 10;
        nodes.push(
          textLine([{ text: name, code: false }], x, top + 13, { size: 13, mono: true, bold: true }),
          textLine(
            [{ text: ellipsize(shortValue(field.value), w - nameWidth, 13, true), code: false }],
            x + nameWidth,
            top + 13,
            {
              size: 13,
              mono: true,
            },
          ),
        );
        top += 13 * LINE;
      }
      return { nodes, height: top - at };
    },
    (at) => tokenGrid(t, wire, x, at, w, 2),
    (at) => ({ nodes: [arrow(x, at + 8, w, true, failed)], height: 16 }),
    (at) =>
      call.error
        ? stack(at, 2, [
            (a) => ({
              nodes: [
                glyph('cross', x, a, 18, INK.no),
                ...label(call.error?.name ?? '', x + 24, a, w - 24, {
                  size: 14,
                  bold: true,
                  mono: true,
                  color: INK.no,
                }).nodes,
              ],
              height: 14 * LINE + 2,
            }),
            (a) => paragraph(call.error?.message ?? '', x, a, w, { size: 12, lang: 'en' }, 6),
          ])
        : call.response.length
          ? label(call.response.join(', '), x, at, w, { size: 14, mono: true, color: INK.muted })
          : label(t('stage.call.response'), x, at, w, { size: 14, color: INK.muted }),
  ]);
  return {
    nodes: [el('g', { 'data-call': call.operation, 'data-outcome': call.outcome }, ...body.nodes)],
    height: body.height + 8,
  };
}

function versionChips(t: T, key: KeyOnStage, x: number, y: number, w: number): Block {
  const nodes: SvgNode[] = [];
  let left = x;
  let top = y;
  for (const version of [...key.versions].reverse()) {
    const used = key.used === version.index;
    const words = [
      t('stage.key.version', { n: version.index + 1 }),
      version.current ? `● ${t('stage.key.current')}` : '',
      used ? `◆ ${t('stage.key.used')}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const chip = textWidth(words, 13, true) + 14;
    if (left + chip > x + w && left > x) {
      left = x;
      top += 26;
    }
    nodes.push(
      el(
        'g',
        { 'data-version': version.index + 1 },
        box(left, top, chip, 22, {
          rx: 5,
          fill: INK.surface,
          stroke: used ? INK.brand : INK.strong,
          'stroke-width': version.current || used ? 2.5 : 1.5,
        }),
        textLine([{ text: words, code: false }], left + 7, top + 16, {
          size: 13,
          mono: true,
          bold: version.current,
        }),
      ),
    );
    left += chip + 6;
  }
  return { nodes, height: top - y + 22 };
}

function kmsActor(t: T, scene: Scene, frame: Frame, x: number, y: number, w: number) {
  const { key } = scene;
  const gate = frame.gate;
  const gateColor = gate === 'allow' ? INK.yes : gate === 'deny' ? INK.no : INK.strong;
  return actor(
    'kms',
    t('stage.actor.kms', { region: scene.region }),
    'kms',
    x,
    y,
    w,
    (top) =>
      stack(top, 8, [
        (at) => {
          const words = gateText(t, gate);
          const width = Math.min(w - 24, textWidth(words, 13, false, true) + 52);
          return {
            nodes: [
              el(
                'g',
                { 'data-gate': gate },
                box(x + 12, at, width, 26, {
                  rx: 13,
                  fill: gate === 'deny' ? INK.noSoft : INK.surface,
                  stroke: gateColor,
                  'stroke-width': 2,
                }),
                glyph(
                  gate === 'deny' ? 'cross' : gate === 'allow' ? 'check' : 'gate',
                  x + 19,
                  at + 4,
                  18,
                  gateColor,
                ),
                ...label(words, x + 42, at + 3, width - 44, {
                  size: 13,
                  bold: true,
                  color: gate === 'idle' ? INK.text : gateColor,
                }).nodes,
              ),
            ],
            height: 26,
          };
        },
        (at) => {
          if (!key)
            return paragraph(t('stage.empty.key'), x + 12, at, w - 24, { size: 13, color: INK.muted });
          const stateColor = ['Disabled', 'PendingDeletion', 'Deleted'].includes(key.state)
            ? INK.no
            : INK.text;
          const name = key.alias ?? key.keyId.slice(0, 8);
          const nameWidth = textWidth(name, 13, true, true);
          const state = `${key.state}${key.deletionDate ? ` · ${t('stage.key.deletion', { date: key.deletionDate }).replaceAll('`', '')}` : ''}`;
          const inner = stack(at + 6, 6, [
            (a) => ({
              nodes: [
                textLine([{ text: ellipsize(name, w - 44, 13, true, true), code: false }], x + 22, a + 13, {
                  size: 13,
                  mono: true,
                  bold: true,
                }),
                ...label(state, x + 30 + nameWidth, a, Math.max(40, w - 52 - nameWidth), {
                  size: 13,
                  bold: true,
                  color: stateColor,
                }).nodes,
              ],
              height: 13 * LINE,
            }),
            (a) =>
              key.deleted
                ? paragraph(t('stage.key.deleted'), x + 22, a, w - 44, { size: 12, color: INK.no }, 3)
                : versionChips(t, key, x + 22, a, w - 44),
          ]);
          const height = inner.height + 12;
          return {
            nodes: [
              el(
                'g',
                { 'data-key-state': key.state },
                box(x + 12, at, w - 24, height, {
                  fill: INK.surface2,
                  stroke: INK.border,
                  'stroke-width': 1.5,
                  rx: 6,
                }),
                ...inner.nodes,
              ),
            ],
            height,
          };
        },
        (at) => tokenGrid(t, tokensAt(frame, 'kms'), x + 12, at, w - 24),
      ]),
    { stroke: INK.brand, 'stroke-width': 2.5 },
  );
}

function storageActor(t: T, scene: Scene, frame: Frame, x: number, y: number, w: number) {
  const tokens = tokensAt(frame, 'storage');
  // Every group, as the stage draws them off a projector; any the scene leaves out are counted on the title.
  const { drawn: objects, more } = storageObjects(scene, tokens, false);
  const single = objects.length === 1 ? objects[0] : undefined;
  const notes = new Map(scene.resources?.groups.map((group) => [group.object, group]));
  const title = [
    t('stage.actor.storage'),
    single !== undefined ? `\`${single}\`` : '',
    more > 0 ? t('stage.storage.more', { n: more }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return actor(
    'storage',
    title,
    'storage',
    x,
    y,
    w,
    (top) =>
      objects.length === 0
        ? paragraph(t('stage.empty.storage'), x + 12, top, w - 24, { size: 13, color: INK.muted })
        : stack(
            top,
            8,
            objects.map((object) => (at) => {
              const inner = stack(at + 8, 6, [
                (a) =>
                  single === undefined
                    ? label(object, x + 22, a, w - 44, { size: 13, mono: true })
                    : { nodes: [], height: 0 },
                (a) =>
                  tokenGrid(
                    t,
                    tokens.filter((token) => (token.object ?? '') === object),
                    x + 22,
                    a,
                    w - 44,
                  ),
                (a) => {
                  const note = resourceNote(t, notes.get(object), false);
                  return note
                    ? label(note, x + 22, a, w - 44, { size: 12, color: INK.muted })
                    : { nodes: [], height: 0 };
                },
              ]);
              const height = inner.height + 16;
              return {
                nodes: [
                  el(
                    'g',
                    { 'data-object': object, 'data-service': notes.get(object)?.service },
                    box(x + 12, at, w - 24, height, {
                      fill: INK.surface,
                      stroke: INK.border,
                      'stroke-width': 1.5,
                      rx: 6,
                    }),
                    ...inner.nodes,
                  ),
                ],
                height,
              };
            }),
          ),
    { stroke: INK.strong, 'stroke-width': 2 },
  );
}

function trailActor(t: T, frame: Frame, x: number, y: number, w: number) {
  const rows = tokensAt(frame, 'trail');
  return actor(
    'trail',
    t('stage.actor.trail'),
    'trailRecord',
    x,
    y,
    w,
    (top) =>
      rows.length
        ? tokenGrid(t, rows, x + 12, top, w - 24, 1)
        : paragraph(t('stage.empty.trail'), x + 12, top, w - 24, { size: 13, color: INK.muted }),
    { stroke: INK.strong, 'stroke-width': 2 },
  );
}

export interface DrawingOptions {
  /** A heading over the picture (Save picture puts the step and its caption there). */
  title?: string;
  /** Draws the stage's narration under the picture, as the stage shows it. */
  narration?: boolean;
}

/**
 * The end state of `scene` as an SVG drawing (the root <svg>, with a <title> that names it for assistive
 * technology), in the words of `t`'s language.
 */
export function drawScene(t: T, scene: Scene, options: DrawingOptions = {}): SvgNode {
  const frame = endOf(scene);
  const W = DRAWING_WIDTH;
  const wireX = PAD + COLUMN + GAP + 8;
  const wireW = W - 2 * (PAD + COLUMN + GAP + 8);
  const kmsX = W - PAD - COLUMN;
  const nodes: SvgNode[] = [];
  let top = PAD;
  if (options.title) {
    const title = paragraph(options.title, PAD, top, W - 2 * PAD, { size: 20, bold: true }, 3);
    nodes.push(el('g', { 'data-part': 'title' }, ...title.nodes));
    top += title.height + GAP;
  }
  const caller = callerActor(t, scene, frame, PAD, top, COLUMN);
  const kms = kmsActor(t, scene, frame, kmsX, top, COLUMN);
  const wire = wireBlock(t, scene, frame, wireX, top, wireW);
  const upper = Math.max(caller.height, kms.height, wire.height);
  nodes.push(caller.draw(upper), wire.nodes[0] ?? el('g'), ...wire.nodes.slice(1), kms.draw(upper));
  top += upper + GAP;
  const storage = storageActor(t, scene, frame, PAD, top, kmsX - GAP - PAD);
  const trail = trailActor(t, frame, kmsX, top, COLUMN);
  const lower = Math.max(storage.height, trail.height);
  nodes.push(storage.draw(lower), trail.draw(lower));
  top += lower;
  const narration = narrationText(t, scene.narration);
  if (options.narration) {
    top += GAP;
    const text = paragraph(narration, PAD + 18, top + 8, W - 2 * PAD - 30, { size: 16 }, 4);
    nodes.push(
      el(
        'g',
        { 'data-narration': scene.narration.code },
        box(PAD, top, W - 2 * PAD, text.height + 18, { fill: INK.surface2, stroke: 'none', rx: 6 }),
        el('rect', { x: PAD, y: top, width: 6, height: text.height + 18, fill: INK.accent }),
        ...text.nodes,
      ),
    );
    top += text.height + 18;
  }
  const height = Math.ceil(top + PAD);
  return el(
    'svg',
    {
      viewBox: `0 0 ${W} ${height}`,
      width: W,
      height,
      'font-family': SANS,
      'data-step': scene.index,
    },
    el('title', {}, `${t('stage.label')}: ${narration.replaceAll('`', '')}`),
    el('rect', { width: W, height, fill: INK.surface }),
    ...nodes,
  );
}
