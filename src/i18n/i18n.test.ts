import { beforeAll, describe, expect, it, vi } from 'vitest';
import { flatten, format, type Lang, type MessageTree, parametersOf } from './define';
import { eagerCatalogues, languages, lazyFeatures, loadCatalogues, t } from './index';
import { lazyCatalogues } from './lazy';
import { notes } from './notes.ja';

/** Every catalogue in both languages, each language its own module (a page loads the one it shows). */
const catalogues: Record<string, Record<Lang, MessageTree>> = {
  ...eagerCatalogues,
  ...Object.fromEntries(
    await Promise.all(
      Object.entries(lazyCatalogues).map(async ([feature, load]) => [
        feature,
        { en: await load.en(), ja: await load.ja() },
      ]),
    ),
  ),
};
/** Words after "1 " that end in s and are not plural nouns (a name parameter before a verb: "{principal} needs"). */
const singularEndingInS = new Set(['as', 'is', 'was', 'has', 'does', 'needs', 'uses', 'fails', 'status']);

/** Every path of a tree, groups included, so a group present in one language only is caught as well. */
function paths(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : [prefix + key, ...paths(value, `${prefix}${key}.`)],
  );
}

describe('message catalogues', () => {
  for (const [feature, catalogue] of Object.entries(catalogues)) {
    describe(feature, () => {
      const en = catalogue.en as MessageTree;
      const ja = catalogue.ja as MessageTree;

      it('has the same keys and groups in ja and en, in the same order', () => {
        // In order too: a list drawn from a group's keys (the key types' comparison rows) reads the same in both.
        expect(paths(ja)).toEqual(paths(en));
      });

      it('uses the same {parameters} in ja and en', () => {
        const jaMessages = flatten(ja);
        for (const [path, message] of flatten(en)) {
          expect({ path, params: parametersOf(jaMessages.get(path) ?? '') }).toEqual({
            path,
            params: parametersOf(message),
          });
        }
      });

      it('has no empty message, no dotted key, and balanced `code` marks', () => {
        for (const tree of [en, ja]) {
          for (const path of paths(tree)) expect(path.split('.').every((part) => part !== '')).toBe(true);
          for (const [path, message] of flatten(tree)) {
            expect(message.trim(), path).not.toBe('');
            expect(message.split('`').length % 2, `${path}: unbalanced backticks`).toBe(1);
          }
        }
      });
    });
  }
});

describe('the runtime check itself', () => {
  it('notices a message missing in one language', () => {
    // A cast gets past the type checker, which would otherwise refuse this translation.
    const broken: Record<Lang, MessageTree> = {
      en: { a: 'A', group: { b: 'B' } },
      ja: { a: 'エー', group: {} },
    };
    expect(paths(broken.ja)).not.toEqual(paths(broken.en));
  });

  it('notices a parameter renamed in one language', () => {
    expect(parametersOf('{count} keys')).not.toEqual(parametersOf('{n} 個のキー'));
  });
});

describe('catalogues loaded with the sections that use them', () => {
  it('keeps every feature in exactly one of the two lists', () => {
    const eager = Object.keys(eagerCatalogues);
    const lazy = Object.keys(lazyCatalogues);
    expect(eager.filter((feature) => lazy.includes(feature))).toEqual([]);
    expect(eager).toEqual(['shell']);
  });

  it('refuses, by name, a message whose catalogue is not loaded yet, and has it once loaded', async () => {
    vi.resetModules();
    const fresh = await import('./index');
    // The frame's messages are there in both languages from the start.
    expect(fresh.t('en', 'shell.section.keys')).toBe('Keys');
    expect(fresh.t('ja', 'shell.section.keys')).toBe('キー');
    await expect(fresh.loadCatalogues(['notes'])).rejects.toThrow(/no language shown yet/);
    fresh.showLanguage('ja');
    expect(() => fresh.t('ja', 'keys.title')).toThrow(/"keys\.title" is not loaded yet in ja/);
    // A section loads its own catalogue and no other, in the page's language alone.
    await fresh.loadCatalogues(['notes']);
    expect(fresh.t('ja', 'notes.confirm.keep')).toBe(notes.confirm.keep);
    expect(() => fresh.t('en', 'notes.confirm.keep')).toThrow(
      /"notes\.confirm\.keep" is not loaded yet in en/,
    );
    expect(() => fresh.t('ja', 'keys.title')).toThrow(/"keys\.title" is not loaded yet/);
    expect(() => fresh.messagesOf('en', 'notes')).toThrow(/the notes messages are not loaded in en yet/);
    await fresh.loadCatalogues(['keys'], ['en']);
    expect(fresh.t('en', 'keys.title')).toBe('Your KMS keys and their lifecycle');
  });

  it('loads a language switched to for every feature asked for before, or while, it loads', async () => {
    vi.resetModules();
    const fresh = await import('./index');
    const loads = vi.spyOn((await import('./lazy')).lazyCatalogues.keys, 'en');
    fresh.showLanguage('ja');
    await fresh.loadCatalogues(['notes', 'cast']);
    const switching = fresh.loadLanguage('en');
    // A section shown while the page switches loads in both: whichever language the page ends in has it.
    const meanwhile = fresh.loadCatalogues(['keys']);
    await switching;
    expect(fresh.t('en', 'notes.confirm.keep')).toBe('Keep my work');
    expect(fresh.t('en', 'cast.actingAs')).toBe('Acting as');
    await meanwhile;
    expect(fresh.t('en', 'keys.title')).toBe('Your KMS keys and their lifecycle');
    expect(fresh.t('ja', 'keys.title')).not.toBe('Your KMS keys and their lifecycle');
    expect(loads).toHaveBeenCalledTimes(1);
    // Once the page shows English, a feature asked for loads in English alone.
    fresh.showLanguage('en');
    await fresh.loadCatalogues(['trail']);
    expect(fresh.t('en', 'trail.title')).not.toBe('');
    expect(() => fresh.t('ja', 'trail.title')).toThrow(/not loaded yet in ja/);
    // Nor does a feature load twice: switching back to Japanese loads only what it lacks.
    await fresh.loadLanguage('ja');
    expect(fresh.t('ja', 'trail.title')).not.toBe(fresh.t('en', 'trail.title'));
    loads.mockRestore();
  });
});

describe('t and format', () => {
  beforeAll(() => loadCatalogues(lazyFeatures, languages));

  it('fills parameters and formats numbers for the language', () => {
    expect(t('en', 'shell.loading', { section: 'Key types' })).toBe('Loading Key types…');
    expect(t('ja', 'shell.loading', { section: 'キーの種類' })).toBe('キーの種類を読み込んでいます…');
    expect(format('en', '{n} requests', { n: 1000000 })).toBe('1,000,000 requests');
    expect(format('ja', '{n} リクエスト', { n: 20000 })).toBe('20,000 リクエスト');
    // Integers are grouped by hand (no Intl set-up on the first render); they read as toLocaleString has them.
    for (const lang of languages)
      for (const n of [
        0,
        7,
        -7,
        999,
        1000,
        -1000,
        65536,
        123456789,
        -9876543210,
        Number.MAX_SAFE_INTEGER,
        1.5,
        -0,
      ])
        expect(format(lang, '{n}', { n })).toBe(n.toLocaleString(lang));
  });

  it('chooses the word for a count by its plural category (Intl.PluralRules)', () => {
    const frames = '{count} {count|one=frame|other=frames}';
    expect(format('en', frames, { count: 1 })).toBe('1 frame');
    expect(format('en', frames, { count: 0 })).toBe('0 frames');
    expect(format('en', frames, { count: 2048 })).toBe('2,048 frames');
    expect(format('ja', '{count|other=フレーム}', { count: 1 })).toBe('フレーム');
    expect(parametersOf(frames)).toEqual(['count']);
  });

  it('never says "1 frames": every English count is followed by the right word', () => {
    // Each message with every parameter 1: a count followed by a plural noun is a message missing `{n|one=…}`.
    const wrong: string[] = [];
    for (const [feature, catalogue] of Object.entries(catalogues)) {
      for (const [path, message] of flatten(catalogue.en)) {
        const params = Object.fromEntries(parametersOf(message).map((name) => [name, 1]));
        const text = format('en', message, params);
        for (const match of text.matchAll(/(?<![\d.,])1 ([a-z][a-z-]*s)\b/g)) {
          if (!singularEndingInS.has(match[1] ?? '')) wrong.push(`${feature}.${path}: “${match[0]}”`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('leaves an unknown parameter visible rather than printing undefined', () => {
    expect(format('en', 'Hello {name}', {})).toBe('Hello {name}');
  });

  it('reads nested messages in both languages', () => {
    for (const lang of languages) expect(t(lang, 'shell.crash.reset')).not.toBe('');
    expect(t('en', 'keytypes.rows.rotation.label')).toBe('Rotation');
    expect(t('ja', 'keytypes.rows.rotation.label')).toBe('ローテーション');
  });
});
