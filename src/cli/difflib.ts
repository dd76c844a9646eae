/**
 * Python's `difflib.get_close_matches` (Ratcliff/Obershelp similarity, CPython Lib/difflib.py), used by
 * the CLI to suggest "maybe you meant" for a mistyped subcommand (awscli/argparser.py, cutoff 0.8).
 * No junk heuristics: autojunk only applies to sequences of 200+ items, far longer than command names.
 */

/** Longest common block of a[alo:ahi] and b[blo:bhi]; ties go to the earliest in a, then in b. */
function longestMatch(a: string, b: string, alo: number, ahi: number, blo: number, bhi: number) {
  let bestI = alo;
  let bestJ = blo;
  let bestSize = 0;
  let lengths = new Map<number, number>();
  for (let i = alo; i < ahi; i++) {
    const next = new Map<number, number>();
    for (let j = blo; j < bhi; j++) {
      if (a[i] !== b[j]) continue;
      const k = (lengths.get(j - 1) ?? 0) + 1;
      next.set(j, k);
      if (k > bestSize) {
        bestI = i - k + 1;
        bestJ = j - k + 1;
        bestSize = k;
      }
    }
    lengths = next;
  }
  return { i: bestI, j: bestJ, size: bestSize };
}

function matchingCharacters(a: string, b: string): number {
  let total = 0;
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  while (queue.length > 0) {
    const [alo, ahi, blo, bhi] = queue.pop() as [number, number, number, number];
    const m = longestMatch(a, b, alo, ahi, blo, bhi);
    if (m.size === 0) continue;
    total += m.size;
    if (alo < m.i && blo < m.j) queue.push([alo, m.i, blo, m.j]);
    if (m.i + m.size < ahi && m.j + m.size < bhi) queue.push([m.i + m.size, ahi, m.j + m.size, bhi]);
  }
  return total;
}

/** SequenceMatcher(None, a, b).ratio() */
export function similarity(a: string, b: string): number {
  const len = a.length + b.length;
  return len === 0 ? 1 : (2 * matchingCharacters(a, b)) / len;
}

/** difflib.get_close_matches(word, possibilities, n=3, cutoff) — best first. */
export function getCloseMatches(
  word: string,
  possibilities: readonly string[],
  n = 3,
  cutoff = 0.6,
): string[] {
  const scored: [number, string][] = [];
  for (const x of possibilities) {
    // SequenceMatcher is built with seq2 = word and seq1 = each candidate.
    const r = similarity(x, word);
    if (r >= cutoff) scored.push([r, x]);
  }
  // heapq.nlargest on (score, string) tuples: ties broken by the larger string.
  scored.sort((p, q) => q[0] - p[0] || (q[1] > p[1] ? 1 : q[1] < p[1] ? -1 : 0));
  return scored.slice(0, n).map(([, x]) => x);
}
