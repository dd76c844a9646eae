import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createPreferencesStore,
  type Environment,
  initialPreferences,
  motions,
  parseChosen,
  storageKey,
  themes,
} from './preferences';

const browser: Environment = { stored: null, search: '', language: 'en-GB', prefersDark: false };

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
  it('saves exactly what was chosen and restores it', () => {
    const storage = memoryStorage();
    const store = createPreferencesStore(browser, storage);
    store.getState().choose({ theme: 'projector' });
    store.getState().choose({ lang: 'ja' });
    expect(store.getState()).toMatchObject({ lang: 'ja', theme: 'projector', motion: 'system' });
    expect(JSON.parse(storage.items.get(storageKey) ?? '')).toEqual({ theme: 'projector', lang: 'ja' });

    const reloaded = createPreferencesStore(
      { ...browser, stored: storage.items.get(storageKey) ?? null },
      storage,
    );
    expect(reloaded.getState()).toMatchObject({ lang: 'ja', theme: 'projector', motion: 'system' });
  });

  it('follows the system colour scheme until a theme is chosen', () => {
    const store = createPreferencesStore(browser, memoryStorage());
    store.getState().systemColorSchemeChanged(true);
    expect(store.getState().theme).toBe('dark');
    store.getState().choose({ theme: 'light' });
    store.getState().systemColorSchemeChanged(true);
    expect(store.getState().theme).toBe('light');
  });

  it('keeps working when storage refuses to save', () => {
    const store = createPreferencesStore(browser, {
      setItem() {
        throw new Error('QuotaExceededError');
      },
    });
    store.getState().choose({ motion: 'reduce' });
    expect(store.getState().motion).toBe('reduce');
  });
});
