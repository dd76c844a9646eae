import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { eagerCatalogues, loadCatalogues, t } from '../i18n';
import { lazyCatalogues } from '../i18n/lazy';
import { sameInEveryLanguage } from '../i18n/shell';
import {
  listedSectionOf,
  listedSections,
  scenarioCatalogues,
  sectionForShortcut,
  sectionForView,
  sectionGroups,
  sections,
  shortcutOf,
} from './sections';

describe('section registry', () => {
  beforeAll(() => loadCatalogues());

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

/**
 * The features whose messages a section's code names ('notes.confirm.keep'), following its imports within the
 * interface (src/ui; the engine names no message): static ones anywhere, dynamic ones within its own folder (its
 * parts loaded after the first screen; a part of another folder loaded later brings its own catalogues).
 */
function featuresNamedBy(entry: string): Set<string> {
  const known = new Set([...Object.keys(eagerCatalogues), ...Object.keys(lazyCatalogues), 'lessons']);
  const features = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, feature] of source.matchAll(/['`]([a-z]+)\.[a-zA-Z]/g))
      if (known.has(feature as string)) features.add(feature as string);
    const imports = [
      ...[...source.matchAll(/^import (?!type )[^;]*? from '(\.[^']+)';/gms)].map(
        (m) => [m[1], false] as const,
      ),
      ...[...source.matchAll(/import\('(\.[^']+)'\)/g)].map((m) => [m[1], true] as const),
    ];
    for (const [path, dynamic] of imports) {
      const base = join(dirname(file), path as string);
      const target = ['.tsx', '.ts'].map((ext) => base + ext).find((f) => existsSync(f));
      if (target?.startsWith('src/ui/') && (!dynamic || dirname(target) === dirname(entry))) visit(target);
    }
  };
  visit(entry);
  return features;
}

describe('the catalogues a section loads', () => {
  const source = readFileSync('src/ui/sections.ts', 'utf8');
  const entries = new Map(
    [...source.matchAll(/id: '([a-z]+)',[\s\S]*?load: \(\) => import\('\.\/([^']+)'\)/g)].map((m) => [
      m[1],
      `src/ui/${m[2]}.tsx`,
    ]),
  );

  it('names every catalogue its code reads besides the frame', () => {
    const named = sections.filter((section) => section.catalogues);
    expect(named.map((s) => s.id)).toEqual(['keytypes', 'notes']);
    for (const section of named) {
      const entry = entries.get(section.id);
      expect(entry, section.id).toBeDefined();
      expect([...featuresNamedBy(entry as string)].sort(), section.id).toEqual(
        ['shell', ...(section.catalogues ?? [])].sort(),
      );
    }
  });

  it('leaves out of a scenario page only catalogues that no code outside their section names', () => {
    const own = sections.flatMap((section) =>
      (section.catalogues ?? [])
        .filter((feature) => !scenarioCatalogues.includes(feature))
        .map((feature) => ({ feature, folder: dirname(entries.get(section.id) ?? '') })),
    );
    expect(own.map((o) => o.feature).sort()).toEqual(['keytypes', 'notes']);
    const files = readdirSync('src/ui', { recursive: true, encoding: 'utf8' })
      .map((file) => join('src/ui', file))
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));
    for (const { feature, folder } of own)
      for (const file of files.filter((f) => dirname(f) !== folder))
        expect(readFileSync(file, 'utf8'), `${file} names a ${feature} message`).not.toMatch(
          new RegExp(`['\`]${feature}\\.[a-zA-Z]`),
        );
  });
});
