import { cast } from './cast';
import { consoleMessages } from './console';
import { cost } from './cost';
import {
  type Catalogue,
  flatten,
  format,
  type Lang,
  type MessageAt,
  type MessagePath,
  type MessageTree,
  type ParamNames,
  type ParamValues,
} from './define';
import { envelope } from './envelope';
import { keys } from './keys';
import { keytypes } from './keytypes';
import { notes } from './notes';
import { player } from './player';
import { policy } from './policy';
import { rotation } from './rotation';
import { services } from './services';
import { shell } from './shell';
import { trail } from './trail';

export { isLang, type Lang, languages } from './define';

/** Every feature's catalogue; a new feature adds its file and one line here. */
export const catalogues = {
  shell,
  keytypes,
  notes,
  envelope,
  keys,
  rotation,
  cost,
  policy,
  cast,
  player,
  services,
  trail,
  console: consoleMessages,
} as const satisfies Record<string, Catalogue<MessageTree>>;

type English = { [F in keyof typeof catalogues]: (typeof catalogues)[F]['en'] };

/** 'feature.group.message', e.g. 'shell.crash.reset'. */
export type MessageKey = MessagePath<English>;

/** The arguments after the key: none, or an object with exactly the message's `{parameters}`. */
export type MessageArgs<K extends MessageKey> = [ParamNames<MessageAt<English, K>>] extends [never]
  ? []
  : [params: Record<ParamNames<MessageAt<English, K>>, string | number>];

function flattenLanguage(lang: Lang): ReadonlyMap<string, string> {
  const tree: Record<string, MessageTree> = {};
  for (const [feature, catalogue] of Object.entries(catalogues)) tree[feature] = catalogue[lang];
  return flatten(tree);
}

const messages: Record<Lang, ReadonlyMap<string, string>> = {
  ja: flattenLanguage('ja'),
  en: flattenLanguage('en'),
};

/** The message `key` in `lang`, with its parameters filled in. For code outside React; components use `useT()`. */
export function t<K extends MessageKey>(lang: Lang, key: K, ...args: MessageArgs<K>): string {
  // The types guarantee the key exists in both languages (i18n.test.ts re-checks at runtime).
  const message = messages[lang].get(key) as string;
  return format(lang, message, args[0] as ParamValues | undefined);
}

/** Keys of messages that take no parameters (e.g. titles referenced from data such as the section list). */
export type PlainMessageKey = { [K in MessageKey]: MessageArgs<K> extends [] ? K : never }[MessageKey];
