import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { isLang, type Lang } from '../i18n';
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

export interface PreferencesState extends Preferences {
  /** The values the learner picked (and that are saved); the rest follow the browser. */
  chosen: Partial<Preferences>;
  choose(patch: Partial<Preferences>): void;
  /** The operating system switched between light and dark: follow it unless a theme was chosen. */
  systemColorSchemeChanged(prefersDark: boolean): void;
}

export function createPreferencesStore(
  env: Environment,
  storage: PreferenceStorage,
): StoreApi<PreferencesState> {
  const { preferences, chosen } = initialPreferences(env);
  return createStore<PreferencesState>()((set, get) => ({
    ...preferences,
    chosen,
    choose(patch) {
      const nextChosen = { ...get().chosen, ...patch };
      set({ ...patch, chosen: nextChosen });
      try {
        storage.setItem(storageKey, JSON.stringify(nextChosen));
      } catch {
        // Storage full or blocked (private mode): the choice still applies to this visit.
      }
    },
    systemColorSchemeChanged(prefersDark) {
      if (get().chosen.theme === undefined) set({ theme: prefersDark ? 'dark' : 'light' });
    },
  }));
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
