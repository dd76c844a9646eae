/**
 * `--output table`: a port of awscli/table.py (MultiTable, Section) driven by awscli/formatter.py
 * TableFormatter, uncoloured (what the CLI prints when stdout is not a terminal or `--color off`).
 * The operation name is the title; a dict's scalar keys become one header row and one value row; a
 * list of dicts becomes a sub-table; nested values become indented sub-sections. Widths count East
 * Asian wide characters as two columns; when the table is wider than the terminal, single-row sections
 * are turned vertical, as the CLI does.
 */
import { textWidth } from './eastAsianWidth';
import { pyStr } from './python';
import { pyCompare } from './text';

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown): boolean => !Array.isArray(v) && !isDict(v);

/** Python's round() for the column scaling: ties go to the even neighbour. */
function pyRound(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

class Section {
  title = '';
  headers: string[] = [];
  rows: string[][] = [];
  indentLevel = 0;
  #numCols: number | undefined;
  #maxWidths: number[] = [];

  calculateColumnWidths(padding = 0, maxWidth?: number): number[] {
    const unscaled = this.#maxWidths.map((w) => w + padding);
    if (maxWidth === undefined || unscaled.length === 0) return unscaled;
    const scale = maxWidth / unscaled.reduce((a, b) => a + b, 0);
    const scaled = unscaled.map((w) => pyRound(scale * w));
    let offBy = scaled.reduce((a, b) => a + b, 0) - maxWidth;
    while (offBy !== 0) {
      const order = [...scaled.keys()];
      if (offBy < 0) order.reverse();
      for (const i of order) {
        if (offBy > 0) {
          scaled[i] = (scaled[i] as number) - 1;
          offBy--;
        } else {
          scaled[i] = (scaled[i] as number) + 1;
          offBy++;
        }
        if (offBy === 0) break;
      }
    }
    return scaled;
  }

  totalWidth(padding = 0, withBorder = false, outerPadding = 0): number {
    let total = 0;
    for (const w of this.calculateColumnWidths()) total += w + padding;
    if (withBorder) total += 2;
    total += outerPadding * 2;
    return Math.max(textWidth(this.title) + 2 + outerPadding * 2, total);
  }

  addHeader(headers: string[]): void {
    this.#updateMaxWidths(headers);
    if (this.#numCols === undefined) this.#numCols = headers.length;
    this.headers = headers;
  }

  addRow(row: unknown[]): void {
    if (this.#numCols === undefined) this.#numCols = row.length;
    if (row.length !== this.#numCols) {
      throw new Error(`Row should have ${this.#numCols} elements, instead it has ${row.length}`);
    }
    const formatted = row.map(pyStr);
    this.rows.push(formatted);
    this.#updateMaxWidths(formatted);
  }

  #updateMaxWidths(row: string[]): void {
    if (this.#maxWidths.length === 0) {
      this.#maxWidths = row.map(textWidth);
    } else {
      row.forEach((el, i) => {
        this.#maxWidths[i] = Math.max(textWidth(el), this.#maxWidths[i] ?? 0);
      });
    }
  }
}

function centerText(text: string, length: number, leftEdge: string, rightEdge: string): string {
  const textLength = textWidth(text);
  const charStart = Math.floor(length / 2) - Math.floor(textLength / 2) - 1;
  // Python's ' ' * n is empty for negative n.
  const first = leftEdge + ' '.repeat(Math.max(0, charStart)) + text;
  const lengthSoFar = textWidth(leftEdge) + charStart + textLength;
  const rightSpaces = length - textWidth(rightEdge) - lengthSoFar;
  return first + ' '.repeat(Math.max(0, rightSpaces)) + rightEdge;
}

function alignLeft(text: string, length: number, leftEdge: string, rightEdge: string): string {
  const textLength = textWidth(text);
  const computed = textLength + 2 + textWidth(leftEdge) + textWidth(rightEdge);
  const padding = length - computed >= 0 ? 2 : 0;
  const soFar = leftEdge.length + padding + textLength;
  return (
    leftEdge +
    ' '.repeat(padding) +
    text +
    ' '.repeat(Math.max(0, length - soFar - rightEdge.length)) +
    rightEdge
  );
}

class MultiTable {
  sections: Section[] = [];
  #current: Section | undefined;

  constructor(private readonly terminalWidth: number) {}

  newSection(title: string, indentLevel = 0): void {
    const s = new Section();
    s.title = title;
    s.indentLevel = indentLevel;
    this.sections.push(s);
    this.#current = s;
  }

  addRowHeader(headers: string[]): void {
    this.#current?.addHeader(headers);
  }

  addRow(row: unknown[]): void {
    this.#current?.addRow(row);
  }

  render(): string {
    let maxWidth = this.#maxWidth();
    if (maxWidth > this.terminalWidth) {
      this.#convertToVertical();
      maxWidth = this.#maxWidth();
    }
    const out: string[] = [`${'-'.repeat(maxWidth)}\n`];
    for (const section of this.sections) this.#renderSection(section, maxWidth, out);
    return out.join('');
  }

  #maxWidth(): number {
    return Math.max(...this.sections.map((s) => s.totalWidth(4, true, s.indentLevel)));
  }

  #convertToVertical(): void {
    this.sections = this.sections.map((section) => {
      if (section.rows.length !== 1 || section.headers.length === 0) return section;
      const vertical = new Section();
      vertical.title = section.title;
      vertical.indentLevel = section.indentLevel;
      const row = section.rows[0] as string[];
      section.headers.forEach((h, i) => {
        if (i < row.length) vertical.addRow([h, row[i]]);
      });
      return vertical;
    });
  }

  #renderSection(section: Section, maxWidth: number, out: string[]): void {
    // IndentedStream: each line gets '|' × indent on both sides.
    const indent = '|'.repeat(section.indentLevel);
    const write = (line: string) => out.push(`${indent}${line}${indent}\n`);
    const width = maxWidth - section.indentLevel * 2;
    if (section.title) {
      write(centerText(section.title, width, '|', '|'));
      if (section.headers.length === 0 && section.rows.length === 0) write(`+${'-'.repeat(width - 2)}+`);
    }
    const lineBreak = (widths: number[]) =>
      widths.map((w, i) => (i === 0 ? `+${'-'.repeat(w - 2)}+` : `${'-'.repeat(w - 1)}+`)).join('');
    if (section.headers.length > 0) {
      const widths = section.calculateColumnWidths(4, width);
      write(lineBreak(widths));
      write(
        section.headers.map((h, i) => centerText(h, widths[i] as number, i === 0 ? '|' : '', '|')).join(''),
      );
    }
    if (section.rows.length > 0) {
      const widths = section.calculateColumnWidths(4, width);
      if (widths.length === 0) return;
      write(lineBreak(widths));
      for (const row of section.rows) {
        write(
          widths
            .map((w, i) => (i < row.length ? alignLeft(row[i] as string, w, i === 0 ? '|' : '', '|') : ''))
            .join(''),
        );
      }
      write(lineBreak(widths));
    }
  }
}

/** TableFormatter._build_table and friends. Returns '' when there is nothing to draw. */
export function formatTable(title: string, data: unknown, terminalWidth = 80): string {
  const table = new MultiTable(terminalWidth);

  const groupScalarKeys = (current: Dict): [string[], string[]] => {
    const headers: string[] = [];
    const more: string[] = [];
    for (const k of Object.keys(current)) (isScalar(current[k]) ? headers : more).push(k);
    return [headers.sort(pyCompare), more.sort(pyCompare)];
  };

  const build = (sectionTitle: string | null, current: unknown, indentLevel = 0): boolean => {
    if (isEmpty(current)) return false;
    if (sectionTitle !== null) table.newSection(sectionTitle, indentLevel);
    if (Array.isArray(current)) {
      if (isDict(current[0])) {
        fromList(current as Dict[], indentLevel, sectionTitle);
      } else {
        for (const item of current) {
          if (isScalar(item)) table.addRow([item]);
          // Python's all(...) over a dict iterates its keys, which are always scalars.
          else if (isDict(item)) table.addRow(Object.keys(item));
          else if ((item as unknown[]).every(isScalar)) table.addRow(item as unknown[]);
          else build(null, item);
        }
      }
    }
    if (isDict(current)) fromDict(current, indentLevel);
    return true;
  };

  const fromDict = (current: Dict, indentLevel: number) => {
    const [headers, more] = groupScalarKeys(current);
    if (headers.length === 1) {
      const h = headers[0] as string;
      table.addRow([h, current[h]]);
    } else if (headers.length > 0) {
      table.addRowHeader(headers);
      table.addRow(headers.map((k) => current[k]));
    }
    for (const remaining of more) build(remaining, current[remaining], indentLevel + 1);
  };

  const fromList = (current: Dict[], indentLevel: number, sectionTitle: string | null) => {
    const headerSet = new Set<string>();
    const moreSet = new Set<string>();
    for (const item of current) {
      if (!isDict(item)) continue;
      const [h, m] = groupScalarKeys(item);
      for (const k of h) headerSet.add(k);
      for (const k of m) moreSet.add(k);
    }
    const headers = [...headerSet].sort(pyCompare);
    const more = [...moreSet].sort(pyCompare);
    table.addRowHeader(headers);
    let first = true;
    for (const element of current) {
      if (!first && more.length > 0) {
        table.newSection(sectionTitle ?? '', indentLevel);
        table.addRowHeader(headers);
      }
      first = false;
      table.addRow(headers.map((h) => (Object.hasOwn(element, h) ? element[h] : '')));
      for (const remaining of more) {
        if (Object.hasOwn(element, remaining)) build(remaining, element[remaining], indentLevel + 1);
      }
    }
  };

  return build(title, data) ? table.render() : '';
}

/** Python truthiness of a JSON value, as `if not current` in _build_table. */
function isEmpty(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  if (isDict(v)) return Object.keys(v).length === 0;
  return false;
}
