import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../i18n';
import {
  createPreferencesStore,
  type Environment,
  initialPreferences,
  type LanguageCatalogues,
  motions,
  parseChosen,
  storageKey,
  themes,
} from './preferences';

const browser: Environment = { stored: null, search: '', language: 'en-GB', prefersDark: false };

/** Catalogues that are always there: the unit tests' stores leave the page's own (src/i18n) alone. */
const loaded: LanguageCatalogues = { load: async () => {}, show() {} };

function memoryStorage() {
  const items = new Map<string, string>();
  return { items, setItem: (key: string, value: string) => void items.set(key, value) };
}

describe('initial preferences', () => {
  it('follow the browser when nothing was chosen', () => {
    expect(initialPreferences(browser).preferences).toEqual({ lang: 'en', theme: 'light', motion: 'system' });
    expect(initialPreferences({ ...browser, language: 'ja-JP', prefersDark: true }).preferences).toEqual({
      lang: 'ja',
      theme: 'dark',
      motion: 'system',
    });
    expect(initialPreferences({ ...browser, language: 'fr' }).preferences.lang).toBe('en');
  });

  it('prefer what was saved', () => {
    const stored = JSON.stringify({ lang: 'ja', theme: 'projector', motion: 'reduce' });
    expect(initialPreferences({ ...browser, stored, prefersDark: true }).preferences).toEqual({
      lang: 'ja',
      theme: 'projector',
      motion: 'reduce',
    });
  });

  it('let ?lang= override the saved language, and ignore an unknown ?lang=', () => {
    const stored = JSON.stringify({ lang: 'ja' });
    expect(initialPreferences({ ...browser, stored, search: '?lang=en' }).preferences.lang).toBe('en');
    expect(initialPreferences({ ...browser, stored, search: '?lang=de' }).preferences.lang).toBe('ja');
  });

  it('never throw on corrupted storage, and keep only valid values', () => {
    for (const stored of ['{', 'null', '42', '"ja"', '[]', JSON.stringify({ lang: 'xx', theme: 7 })]) {
      expect(parseChosen(stored)).toEqual({});
    }
    expect(parseChosen(JSON.stringify({ lang: 'ja', theme: 'neon', motion: 'full' }))).toEqual({
      lang: 'ja',
      motion: 'full',
    });
    fc.assert(
      fc.property(fc.string(), (stored) => {
        const { preferences } = initialPreferences({ ...browser, stored });
        expect(['ja', 'en']).toContain(preferences.lang);
        expect(themes).toContain(preferences.theme);
        expect(motions).toContain(preferences.motion);
      }),
    );
  });
});

describe('preferences store', () => {
  it('saves exactly what was chosen and restores it', async () => {
    const storage = memoryStorage();
    const store = createPreferencesStore(browser, storage, loaded);
    store.getState().choose({ theme: 'projector' });
    await store.getState().chooseLanguage('ja');
    expect(store.getState()).toMatchObject({ lang: 'ja', theme: 'projector', motion: 'system' });
    expect(JSON.parse(storage.items.get(storageKey) ?? '')).toEqual({ theme: 'projector', lang: 'ja' });

    const reloaded = createPreferencesStore(
      { ...browser, stored: storage.items.get(storageKey) ?? null },
      storage,
      loaded,
    );
    expect(reloaded.getState()).toMatchObject({ lang: 'ja', theme: 'projector', motion: 'system' });
  });

  it('follows the system colour scheme until a theme is chosen', () => {
    const store = createPreferencesStore(browser, memoryStorage(), loaded);
    store.getState().systemColorSchemeChanged(true);
    expect(store.getState().theme).toBe('dark');
    store.getState().choose({ theme: 'light' });
    store.getState().systemColorSchemeChanged(true);
    expect(store.getState().theme).toBe('light');
  });

  it('switches language only once its catalogues have loaded; of two switches the later wins', async () => {
    const loads: { lang: Lang; done: () => void; fail: (error: Error) => void }[] = [];
    const shown: Lang[] = [];
    const catalogues: LanguageCatalogues = {
      load: (lang) => new Promise((done, fail) => loads.push({ lang, done: () => done(), fail })),
      show: (lang) => void shown.push(lang),
    };
    const storage = memoryStorage();
    const store = createPreferencesStore(browser, storage, catalogues);
    expect(shown).toEqual(['en']);

    const toJapanese = store.getState().chooseLanguage('ja');
    expect(loads.map((l) => l.lang)).toEqual(['ja']);
    // Nothing changes, and nothing is saved, while the Japanese messages load.
    expect(store.getState().lang).toBe('en');
    expect(storage.items.size).toBe(0);
    loads[0]?.done();
    await toJapanese;
    expect(store.getState()).toMatchObject({ lang: 'ja', chosen: { lang: 'ja' } });
    expect(shown).toEqual(['en', 'ja']);

    // Back to English, then Japanese again before English has loaded: English, loading last, is not applied.
    const toEnglish = store.getState().chooseLanguage('en');
    const again = store.getState().chooseLanguage('ja');
    loads[2]?.done();
    await again;
    loads[1]?.done();
    await toEnglish;
    expect(store.getState().lang).toBe('ja');
    expect(shown).toEqual(['en', 'ja', 'ja']);

    // A catalogue that cannot load leaves the page as it was, loading in its own language alone again.
    const failing = store.getState().chooseLanguage('en');
    loads[3]?.fail(new Error('offline'));
    await expect(failing).rejects.toThrow('offline');
    expect(store.getState().lang).toBe('ja');
    expect(shown).toEqual(['en', 'ja', 'ja', 'ja']);
  });

  it('keeps working when storage refuses to save', () => {
    const store = createPreferencesStore(
      browser,
      {
        setItem() {
          throw new Error('QuotaExceededError');
        },
      },
      loaded,
    );
    store.getState().choose({ motion: 'reduce' });
    expect(store.getState().motion).toBe('reduce');
  });
});
