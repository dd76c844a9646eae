import { useCallback } from 'react';
import { type Lang, type MessageArgs, type MessageKey, t } from '../../i18n';
import { usePreferences } from '../../state/preferences';

export function useLang(): Lang {
  return usePreferences((s) => s.lang);
}

/** `t` bound to the learner's language; components re-render when the language changes. */
export function useT(): <K extends MessageKey>(key: K, ...args: MessageArgs<K>) => string {
  const lang = useLang();
  return useCallback((key, ...args) => t(lang, key, ...args), [lang]);
}
