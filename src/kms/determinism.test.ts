import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

// Guard for the team rule: code in these layers takes randomness only from the seeded DRBG and time only from the
// simulated clock, so a scenario replays byte for byte.
const LAYERS = ['src/crypto', 'src/kms', 'src/envelope', 'src/scenario'];
const FORBIDDEN = /\bMath\.random\s*\(|\bDate\.now\s*\(/;

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') && !name.endsWith('.bench.ts') ? [path] : [];
  });
}

test('no ambient randomness or wall-clock reads in crypto, kms, envelope and scenario code', () => {
  const files = LAYERS.flatMap(sourceFiles);
  expect(files.length).toBeGreaterThan(10);
  const offenders = files.filter((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .some((line) => !line.trim().startsWith('//') && !line.trim().startsWith('*') && FORBIDDEN.test(line)),
  );
  expect(offenders).toEqual([]);
});
