import {
  type Catalogue,
  flatten,
  format,
  type Lang,
  languages,
  type MessageAt,
  type MessagePath,
  type MessageTree,
  type ParamNames,
  type ParamValues,
} from './define';
import { keytypes } from './keytypes';
import type { lazyCatalogues } from './lazy';
import { shell } from './shell';

export { isLang, type Lang, languages } from './define';

/**
 * The catalogues of the first screen: the frame (which also names every section) and the first section. The
 * others (src/i18n/lazy.ts) come in one chunk of their own, loaded by `loadCatalogues`.
 */
export const eagerCatalogues = { shell, keytypes } as const satisfies Record<string, Catalogue<MessageTree>>;

type Catalogues = typeof eagerCatalogues & typeof lazyCatalogues;
type English = { [F in keyof Catalogues]: Catalogues[F]['en'] };

/** 'feature.group.message', e.g. 'shell.crash.reset'. */
export type MessageKey = MessagePath<English>;

/** The arguments after the key: none, or an object with exactly the message's `{parameters}`. */
export type MessageArgs<K extends MessageKey> = [ParamNames<MessageAt<English, K>>] extends [never]
  ? []
  : [params: Record<ParamNames<MessageAt<English, K>>, string | number>];

const messages: Record<Lang, Map<string, string>> = { ja: new Map(), en: new Map() };

function register(catalogues: Record<string, Catalogue<MessageTree>>) {
  for (const lang of languages) {
    const tree: Record<string, MessageTree> = {};
    for (const [feature, catalogue] of Object.entries(catalogues)) tree[feature] = catalogue[lang];
    for (const [key, message] of flatten(tree)) messages[lang].set(key, message);
  }
}
register(eagerCatalogues);

let lazyLoaded: Promise<void> | undefined;
/** Loads the catalogues the first screen leaves out (once); a section that uses them waits for this. */
export function loadCatalogues(): Promise<void> {
  lazyLoaded ??= import('./lazy').then((m) => register(m.lazyCatalogues));
  return lazyLoaded;
}

/** The message `key` in `lang`, with its parameters filled in. For code outside React; components use `useT()`. */
export function t<K extends MessageKey>(lang: Lang, key: K, ...args: MessageArgs<K>): string {
  // The types guarantee the key exists in both languages (i18n.test.ts re-checks at runtime); a key can still
  // be missing here if its catalogue has not been loaded, which is a bug in whoever rendered it too early.
  const message = messages[lang].get(key);
  if (message === undefined)
    throw new Error(`i18n: "${key}" is not loaded yet (await loadCatalogues() first)`);
  return format(lang, message, args[0] as ParamValues | undefined);
}

/** Keys of messages that take no parameters (e.g. titles referenced from data such as the section list). */
export type PlainMessageKey = { [K in MessageKey]: MessageArgs<K> extends [] ? K : never }[MessageKey];
