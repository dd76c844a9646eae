import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { eagerCatalogues, languages, lazyFeatures, loadCatalogues, t } from '../i18n';
import { flatten, type MessageTree } from '../i18n/define';
import { lazyCatalogues } from '../i18n/lazy';
import { sameInEveryLanguage } from '../i18n/shell';
import {
  listedSectionOf,
  listedSections,
  partCatalogues,
  sectionForShortcut,
  sectionForView,
  sectionGroups,
  sections,
  shortcutOf,
} from './sections';

describe('section registry', () => {
  beforeAll(() => loadCatalogues(lazyFeatures, languages));

  it('has unique ids that stay readable in a URL fragment', () => {
    const ids = sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('titles every section in both languages; only proper names (CloudTrail) read the same in both', () => {
    for (const section of sections) {
      const en = t('en', section.titleKey);
      expect(en).not.toBe('');
      if (sameInEveryLanguage.has(en)) expect(t('ja', section.titleKey)).toBe(en);
      else expect(t('ja', section.titleKey), section.id).not.toBe(en);
    }
    expect(sections.filter((s) => sameInEveryLanguage.has(t('en', s.titleKey))).map((s) => s.id)).toEqual([
      'trail',
    ]);
  });

  it('lists the sections group by group (Learn, Do, Observe), each with its own icon', () => {
    const groups = sections.map((s) => s.group);
    expect(groups).toEqual([...groups].sort((a, b) => sectionGroups.indexOf(a) - sectionGroups.indexOf(b)));
    expect(new Set(groups)).toEqual(new Set(sectionGroups));
    expect(new Set(sections.map((s) => s.icon)).size).toBe(sections.length);
  });

  it('shows the first section for a missing or unknown view', () => {
    expect(sectionForView(null)).toBe(sections[0]);
    expect(sectionForView('no-such-section')).toBe(sections[0]);
    for (const section of sections) expect(sectionForView(section.id)).toBe(section);
  });

  it('lists ten sections in the navigation; one reached from another is shown as that one', () => {
    expect(listedSections).toHaveLength(10);
    for (const section of sections) {
      const listed = listedSectionOf(section);
      expect(listedSections).toContain(listed);
      expect(listed.id).toBe(section.within ?? section.id);
      if (section.within) expect(shortcutOf(section)).toBeUndefined();
    }
    expect(listedSectionOf(sectionForView('lessons')).id).toBe('notes');
  });

  it('maps Alt+1…9 and Alt+0 to the first ten listed sections in order, and nothing else', () => {
    expect(sectionForShortcut(1)).toBe(listedSections[0]);
    expect(sectionForShortcut(0)).toBe(listedSections[9]);
    expect(sectionForShortcut(10)).toBeUndefined();
    expect(sectionForShortcut(-1)).toBeUndefined();
    listedSections.forEach((section, i) => {
      expect(shortcutOf(section)).toBe(i < 9 ? `Alt+${i + 1}` : i === 9 ? 'Alt+0' : undefined);
      const shortcut = shortcutOf(section);
      if (shortcut) expect(sectionForShortcut(Number(shortcut.slice(4)))).toBe(section);
    });
  });
});

/** What a literal in code can name: every English message path ('player.caption.started') and group ('player.caption'). */
const english: Record<string, MessageTree> = {
  shell: eagerCatalogues.shell.en,
  ...Object.fromEntries(
    await Promise.all(
      Object.entries(lazyCatalogues).map(async ([feature, load]) => [feature, await load.en()]),
    ),
  ),
};
const messagePaths = new Set(
  Object.keys(english).flatMap((feature) => [
    ...flatten(english[feature] as MessageTree, `${feature}.`).keys(),
  ]),
);
const groupPaths = new Set(
  [...messagePaths].flatMap((path) =>
    path
      .split('.')
      .slice(0, -1)
      .map((_, i, parts) => parts.slice(0, i + 1).join('.')),
  ),
);

/**
 * The feature a string literal in code names a message of: a whole key ('keys.title'), the start of one built at run
 * time (`player.envelopeError.${code}`), or a whole catalogue (`messagesOf(lang, 'policy')`). A literal that only
 * looks like one is not (a step's kind, 'envelope.encrypt', names a group of the envelope catalogue, not a message).
 */
function featuresIn(source: string): string[] {
  const found = [...source.matchAll(/(?:messagesOf|messageAt)\(\w+, '([a-z]+)'/g)].map((m) => m[1] as string);
  for (const [, quote, path, end] of source.matchAll(/(['`])([a-z]+\.[\w.-]*)(['`]|\$\{)/g)) {
    const whole = end === quote;
    const prefix = (path as string).replace(/\.$/, '');
    if (whole ? messagePaths.has(path as string) : groupPaths.has(prefix) || prefix in english)
      found.push((path as string).split('.')[0] as string);
  }
  return found.filter((feature) => feature in english);
}

const within = (file: string, folder: string) => file.startsWith(`${folder}/`);

/** The dynamic imports of a module's code, each with the `partCatalogues` entry loaded beside it, if any. */
function dynamicImports(source: string): { path: string; part?: keyof typeof partCatalogues }[] {
  return [...source.matchAll(/import\('(\.[^']+)'\)(?:,\s*loadCatalogues\(partCatalogues\.(\w+)\))?/g)].map(
    (m) => ({
      path: m[1] as string,
      ...(m[2] === undefined ? {} : { part: m[2] as keyof typeof partCatalogues }),
    }),
  );
}

/** The module a relative import names (a file, or a folder's index), if it is part of the interface (src/ui). */
function resolve(from: string, path: string): string | undefined {
  const base = join(dirname(from), path);
  return ['.tsx', '.ts', '/index.tsx', '/index.ts']
    .map((ext) => base + ext)
    .find((f) => f.startsWith('src/ui/') && existsSync(f));
}

/**
 * The features whose messages a part of the page (a section, the player, the stage…) names, following its imports
 * within the interface (src/ui; the engine names no message): static ones anywhere, dynamic ones within the
 * importing module's folder (its own parts, loaded later) unless they load their own catalogues beside them
 * (`partCatalogues`, as a part of another folder must); the registry's section chunks load theirs with the section.
 */
function featuresNamedBy(entry: string): Set<string> {
  const features = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const feature of featuresIn(source)) features.add(feature);
    for (const [, path] of source.matchAll(/^(?:import|export) (?!type )[^;]*? from '(\.[^']+)';/gms)) {
      const target = resolve(file, path as string);
      if (target) visit(target);
    }
    if (file === 'src/ui/sections.ts') return;
    for (const { path, part } of dynamicImports(source)) {
      const target = resolve(file, path);
      if (target && part === undefined && within(target, dirname(file))) visit(target);
    }
  };
  visit(entry);
  features.delete('shell');
  return features;
}

const sorted = (features: Iterable<string>) => [...features].sort();

describe('the catalogues a part of the page loads', () => {
  const source = readFileSync('src/ui/sections.ts', 'utf8');
  const entries = new Map(
    [...source.matchAll(/id: '([a-z]+)',[\s\S]*?load: \(\) => import\('\.\/([^']+)'\)/g)].map((m) => [
      m[1],
      `src/ui/${m[2]}.tsx`,
    ]),
  );

  it('a section names every catalogue its code reads besides the frame, and no other', () => {
    expect([...entries.keys()]).toEqual(sections.map((s) => s.id));
    for (const section of sections)
      expect(sorted(section.catalogues), section.id).toEqual(
        sorted(featuresNamedBy(entries.get(section.id) as string)),
      );
  });

  it('a part loaded on demand from another folder loads the catalogues its code reads with its chunk', () => {
    const files = readdirSync('src/ui', { recursive: true, encoding: 'utf8' })
      .map((file) => join('src/ui', file))
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && file !== 'src/ui/sections.ts');
    const checked = new Set<string>();
    for (const file of files) {
      for (const { path, part } of dynamicImports(readFileSync(file, 'utf8'))) {
        const target = resolve(file, path);
        if (!target) continue;
        const reads = sorted(featuresNamedBy(target));
        if (part === undefined) {
          if (!within(target, dirname(file)))
            expect(reads, `${file} imports ${path} without the catalogues it reads`).toEqual([]);
          continue;
        }
        expect(sorted(partCatalogues[part]), `${file}: partCatalogues.${part} (${path})`).toEqual(reads);
        checked.add(part);
      }
    }
    expect(sorted(checked)).toEqual(sorted(Object.keys(partCatalogues)));
  });
});
