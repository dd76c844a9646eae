import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Scoped styles (issue #13, item 1): a section's stylesheet used to be global, and `.field`, `.button`, `.badge`…
 * defined in several of them meant whichever section loaded last restyled the others. Every component's sheet is
 * now a CSS Module; these checks keep it so.
 */
const src = resolve(import.meta.dirname, '..');

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .map((name) => join(dir, name));
}

/** The class names a stylesheet's selectors mention (comments and declarations left out). */
function classesDefinedIn(css: string): Set<string> {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const classes = new Set<string>();
  // A selector is what stands before `{`; declarations sit between `{` and `}`.
  for (const match of withoutComments.matchAll(/([^{}]*)\{/g)) {
    // `:global(.x)` names a shared primitive from src/styles/global.css: not the module's own class.
    const selector = (match[1] ?? '').replace(/:global\([^)]*\)/g, '');
    if (selector.trim().startsWith('@')) continue;
    for (const cls of selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) classes.add(cls[1] ?? '');
  }
  return classes;
}

/** The key Vite gives a class under `localsConvention: 'camelCaseOnly'` (lodash camelCase, for BEM-style names). */
function moduleKey(className: string): string {
  return className
    .split(/[-_]+/)
    .filter(Boolean)
    .map((word, i) =>
      i === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join('');
}

describe('stylesheets', () => {
  const globalSheets = filesUnder(src, '.css').filter((file) => !file.endsWith('.module.css'));

  it('keeps global stylesheets to src/styles/ (theme and shared primitives); components use CSS Modules', () => {
    expect(globalSheets.map((file) => relative(src, file)).sort()).toEqual([
      'styles/global.css',
      'styles/theme.css',
    ]);
  });

  it('defines every global class in exactly one stylesheet', () => {
    const definedIn = new Map<string, string[]>();
    for (const file of globalSheets) {
      for (const cls of classesDefinedIn(readFileSync(file, 'utf8'))) {
        definedIn.set(cls, [...(definedIn.get(cls) ?? []), relative(src, file)]);
      }
    }
    const twice = [...definedIn].filter(([, files]) => files.length > 1);
    expect(twice).toEqual([]);
  });

  it('finds a class defined twice (the check above can fail)', () => {
    const a = classesDefinedIn('.field { display: grid }\n/* .ignored {} */');
    const b = classesDefinedIn('.studio .field, .x:has(.y) { gap: 0.5rem; width: 1.5em }');
    expect([...a].filter((cls) => b.has(cls))).toEqual(['field']);
    expect([...b].sort()).toEqual(['field', 'studio', 'x', 'y']);
  });

  it('names, in every component, only classes its CSS Modules define', () => {
    const missing: string[] = [];
    for (const file of filesUnder(join(src, 'ui'), '.tsx')) {
      const source = readFileSync(file, 'utf8');
      for (const [, name, path] of source.matchAll(/^import (\w+) from '([^']+\.module\.css)';$/gm)) {
        const sheet = resolve(file, '..', path ?? '');
        const keys = new Set([...classesDefinedIn(readFileSync(sheet, 'utf8'))].map(moduleKey));
        for (const [, key] of source.matchAll(new RegExp(`\\b${name}\\.(\\w+)`, 'g'))) {
          if (!keys.has(key ?? '')) missing.push(`${relative(src, file)}: ${name}.${key}`);
        }
        // variant(styles, 'klabState', state): the sheet styles at least one value of that modifier.
        for (const [, base] of source.matchAll(new RegExp(`variant\\(${name}, '(\\w+)'`, 'g'))) {
          const styled = [...keys].some(
            (key) => key.startsWith(base ?? '') && key !== base && /^[A-Z]/.test(key.slice(base?.length)),
          );
          if (!styled) missing.push(`${relative(src, file)}: variant(${name}, '${base}')`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
