import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * framer-motion off the first picture (issue #15): components draw `m` elements inside the shell's LazyMotion
 * (Animations.tsx), and the animation features load as their own chunk once the stage is on screen. LazyMotion's
 * `strict` check of a full `motion` element never runs in a browser (framer-motion looks for Node's `process`), so
 * the sources are checked here: one `motion` import, or a feature bundle imported anywhere but
 * animationFeatures.ts, would put the whole animation code back before the first picture of every section that
 * plays a scenario.
 */
const src = resolve(import.meta.dirname, '../..');

const sources = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
  .map((name) => ({ path: relative(src, join(src, name)), text: readFileSync(join(src, name), 'utf8') }));

/** The names a source imports from framer-motion (any of its entry points). */
function framerImports(text: string): string[] {
  const names: string[] = [];
  for (const [, list] of text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'framer-motion[^']*'/g)) {
    for (const part of (list ?? '').split(',')) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)[0];
      if (name) names.push(name);
    }
  }
  return names;
}

const FEATURE_BUNDLES = ['domAnimation', 'domMax', 'domMin', 'animations', 'pinchFeatures'];

describe('framer-motion stays off the first picture', () => {
  it('finds the components that animate', () => {
    const animating = sources.filter((file) => framerImports(file.text).includes('m'));
    expect(animating.map((file) => file.path)).toContain('ui/stage/TokenChip.tsx');
  });

  it('no source imports the full motion component or a namespace of framer-motion', () => {
    const offending = sources.filter(
      (file) =>
        framerImports(file.text).includes('motion') ||
        /import\s+\*\s+as\s+\w+\s+from\s+'framer-motion'/.test(file.text),
    );
    expect(offending.map((file) => file.path)).toEqual([]);
  });

  it('only animationFeatures.ts, the lazily loaded chunk, imports a feature bundle', () => {
    const importers = sources.filter((file) =>
      framerImports(file.text).some((name) => FEATURE_BUNDLES.includes(name)),
    );
    expect(importers.map((file) => file.path)).toEqual(['ui/shell/animationFeatures.ts']);
  });
});
