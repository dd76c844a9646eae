import { useCallback } from 'react';
import { messageAt } from '../../i18n';
import { format, type Lang, type MessagePath, type ParamValues } from '../../i18n/define';
import type { player } from '../../i18n/player';
import { useLang } from '../shell/useT';

/** 'group.message' keys of the player catalogue (src/i18n/player.ts). */
export type PlayerKey = MessagePath<typeof player>;

export function playerText(lang: Lang, key: PlayerKey, params?: ParamValues): string {
  return format(lang, messageAt(lang, 'player', key) ?? key, params);
}

/** `playerText` bound to the learner's language. */
export function usePlayerText(): (key: PlayerKey, params?: ParamValues) => string {
  const lang = useLang();
  return useCallback((key, params) => playerText(lang, key, params), [lang]);
}
