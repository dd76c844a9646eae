/**
 * Line diff of two policy documents, for showing what a fix or an edit changes. Both sides are first put in
 * the same two-space layout (when they parse), so the diff shows changes of meaning, not of whitespace.
 * Longest common subsequence over lines (policies are at most 32 KB, so the quadratic table stays small).
 */
export type DiffLine = { kind: 'same' | 'added' | 'removed'; text: string };

export function canonicalPolicy(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before === '' ? [] : before.split('\n');
  const b = after === '' ? [] : after.split('\n');
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: length of the LCS of a[i..] and b[j..], in one flat array.
  const lcs = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[at(i, j)] =
        a[i] === b[j]
          ? (lcs[at(i + 1, j + 1)] as number) + 1
          : Math.max(lcs[at(i + 1, j)] as number, lcs[at(i, j + 1)] as number);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i] as string });
      i++;
      j++;
    } else if ((lcs[at(i + 1, j)] as number) >= (lcs[at(i, j + 1)] as number))
      out.push({ kind: 'removed', text: a[i++] as string });
    else out.push({ kind: 'added', text: b[j++] as string });
  }
  while (i < n) out.push({ kind: 'removed', text: a[i++] as string });
  while (j < m) out.push({ kind: 'added', text: b[j++] as string });
  return out;
}

export function policyDiff(before: string, after: string): DiffLine[] {
  return lineDiff(canonicalPolicy(before), canonicalPolicy(after));
}

export const diffStats = (lines: readonly DiffLine[]) => ({
  added: lines.filter((l) => l.kind === 'added').length,
  removed: lines.filter((l) => l.kind === 'removed').length,
});

export type DiffItem = { kind: 'line'; line: DiffLine } | { kind: 'fold'; count: number };

/** Long runs of unchanged lines folded away, keeping `context` lines around each change (as `diff -U`). */
export function foldUnchanged(lines: readonly DiffLine[], context = 3): DiffItem[] {
  const near = lines.map(() => false);
  lines.forEach((line, i) => {
    if (line.kind === 'same') return;
    for (let j = Math.max(0, i - context); j <= Math.min(lines.length - 1, i + context); j++) near[j] = true;
  });
  const out: DiffItem[] = [];
  let hidden = 0;
  lines.forEach((line, i) => {
    if (near[i]) {
      if (hidden > 0) out.push({ kind: 'fold', count: hidden });
      hidden = 0;
      out.push({ kind: 'line', line });
    } else hidden++;
  });
  if (hidden > 0) out.push({ kind: 'fold', count: hidden });
  return out;
}
