import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { isLang, type Lang, loadLanguage, showLanguage } from '../i18n';
import { browserStorage } from './webStorage';

/**
 * The learner's display preferences: language, theme, motion. Only what the learner explicitly chose is
 * saved (localStorage); anything not chosen follows the browser (language, colour scheme, reduced motion).
 */
export const themes = ['light', 'dark', 'projector'] as const;
export type Theme = (typeof themes)[number];
export const motions = ['system', 'reduce', 'full'] as const;
export type Motion = (typeof motions)[number];

export interface Preferences {
  lang: Lang;
  theme: Theme;
  motion: Motion;
}

export const storageKey = 'kms-lab.preferences';

/** What the browser tells us at start-up. */
export interface Environment {
  /** The saved choices (raw localStorage text, possibly corrupted), or null. */
  stored: string | null;
  /** location.search, for the `?lang=ja|en` override. */
  search: string;
  /** navigator.language. */
  language: string;
  /** matchMedia('(prefers-color-scheme: dark)').matches. */
  prefersDark: boolean;
}

/** Where choices are saved; localStorage in the browser. */
export interface PreferenceStorage {
  setItem(key: string, value: string): void;
}

const isTheme = (v: unknown): v is Theme => themes.includes(v as Theme);
const isMotion = (v: unknown): v is Motion => motions.includes(v as Motion);

/** The valid choices in saved text; anything unreadable or unknown is ignored, never thrown. */
export function parseChosen(stored: string | null): Partial<Preferences> {
  let raw: unknown;
  try {
    raw = stored === null ? null : JSON.parse(stored);
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null) return {};
  const { lang, theme, motion } = raw as Record<string, unknown>;
  return {
    ...(isLang(lang) && { lang }),
    ...(isTheme(theme) && { theme }),
    ...(isMotion(motion) && { motion }),
  };
}

/** The language the browser asks for: Japanese for any `ja` tag, otherwise English. */
export function browserLang(language: string): Lang {
  return language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** Starting preferences: `?lang=` beats the saved choice, which beats the browser's defaults. */
export function initialPreferences(env: Environment): {
  preferences: Preferences;
  chosen: Partial<Preferences>;
} {
  const chosen = parseChosen(env.stored);
  const override = new URLSearchParams(env.search).get('lang');
  return {
    chosen,
    preferences: {
      lang: isLang(override) ? override : (chosen.lang ?? browserLang(env.language)),
      theme: chosen.theme ?? (env.prefersDark ? 'dark' : 'light'),
      motion: chosen.motion ?? 'system',
    },
  };
}

/**
 * The message catalogues the language switch waits for (src/i18n: `loadLanguage`, `showLanguage`): a page loads
 * its own language's messages alone, so another language is loaded before the page shows it.
 */
export interface LanguageCatalogues {
  /** Loads `lang`'s messages of every feature loaded so far (and of every one asked for meanwhile). */
  load(lang: Lang): Promise<void>;
  /** The page shows `lang`: features asked for from now on load in it alone. */
  show(lang: Lang): void;
}

export interface PreferencesState extends Preferences {
  /** The values the learner picked (and that are saved); the rest follow the browser. */
  chosen: Partial<Preferences>;
  choose(patch: Partial<Omit<Preferences, 'lang'>>): void;
  /**
   * Switches to `lang` once its messages of everything on the page have loaded: never a message missing or a
   * moment of the old language's text in the new one's page. Resolves once switched; of two switches in a row,
   * the later one wins. Rejects, leaving the page as it was, if a catalogue could not be loaded (choosing again
   * asks for it again).
   */
  chooseLanguage(lang: Lang): Promise<void>;
  /** The operating system switched between light and dark: follow it unless a theme was chosen. */
  systemColorSchemeChanged(prefersDark: boolean): void;
}

const i18nCatalogues: LanguageCatalogues = { load: loadLanguage, show: showLanguage };

export function createPreferencesStore(
  env: Environment,
  storage: PreferenceStorage,
  catalogues: LanguageCatalogues = i18nCatalogues,
): StoreApi<PreferencesState> {
  const { preferences, chosen } = initialPreferences(env);
  catalogues.show(preferences.lang);
  /** The language of the latest switch asked for: an earlier one that loads later is not applied. */
  let switchingTo: Lang | undefined;
  return createStore<PreferencesState>()((set, get) => {
    const save = (patch: Partial<Preferences>) => {
      const nextChosen = { ...get().chosen, ...patch };
      set({ ...patch, chosen: nextChosen });
      try {
        storage.setItem(storageKey, JSON.stringify(nextChosen));
      } catch {
        // Storage full or blocked (private mode): the choice still applies to this visit.
      }
    };
    return {
      ...preferences,
      chosen,
      choose: save,
      async chooseLanguage(lang) {
        switchingTo = lang;
        try {
          await catalogues.load(lang);
        } catch (error) {
          // The page stays in its language, and loads in it alone again.
          if (switchingTo === lang) catalogues.show(get().lang);
          throw error;
        }
        if (switchingTo !== lang) return;
        // Before the page re-renders in `lang`: whatever it loads then comes in `lang` alone.
        catalogues.show(lang);
        save({ lang });
      },
      systemColorSchemeChanged(prefersDark) {
        if (get().chosen.theme === undefined) set({ theme: prefersDark ? 'dark' : 'light' });
      },
    };
  });
}

/** Reflects the preferences on <html>: `lang` for fonts and screen readers, data-theme and data-motion for CSS. */
export function applyPreferences(root: HTMLElement, { lang, theme, motion }: Preferences): void {
  root.lang = lang;
  root.dataset.theme = theme;
  root.dataset.motion = motion;
}

function readBrowserEnvironment(): { env: Environment; storage: PreferenceStorage } {
  const noStorage: PreferenceStorage = { setItem() {} };
  let storage: PreferenceStorage = noStorage;
  let stored: string | null = null;
  try {
    const local = browserStorage();
    storage = local ?? noStorage;
    // Reading can still throw where storage is blocked.
    stored = local?.getItem(storageKey) ?? null;
  } catch {
    storage = noStorage;
  }
  return {
    storage,
    env: {
      stored,
      search: globalThis.location?.search ?? '',
      language: globalThis.navigator?.language ?? 'en',
      prefersDark: globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false,
    },
  };
}

const browser = readBrowserEnvironment();
export const preferencesStore = createPreferencesStore(browser.env, browser.storage);

export function usePreferences<T>(selector: (state: PreferencesState) => T): T {
  return useStore(preferencesStore, selector);
}
