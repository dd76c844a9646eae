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
import { lazyCatalogues } from './lazy';
import { shell } from './shell';

export { isLang, type Lang, languages } from './define';

/**
 * The catalogue every screen needs: the frame's, which also names every section. The others (src/i18n/lazy.ts)
 * come one chunk each, loaded by `loadCatalogues` with the section that uses them.
 */
export const eagerCatalogues = { shell } as const satisfies Record<string, Catalogue<MessageTree>>;

/** A catalogue loaded with the part of the page that uses it. */
export type LazyFeature = keyof typeof lazyCatalogues;
type Catalogues = typeof eagerCatalogues & {
  [F in LazyFeature]: Awaited<ReturnType<(typeof lazyCatalogues)[F]>>;
};
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

/** Every catalogue the frame leaves out. */
export const lazyFeatures = Object.keys(lazyCatalogues) as readonly LazyFeature[];
const loading = new Map<LazyFeature, Promise<void>>();

/**
 * Loads the catalogues of `features` (by default every one the frame leaves out), each once; a part of the page
 * that uses them waits for this. A chunk that failed to load is asked for again by the next call.
 */
export function loadCatalogues(features: readonly LazyFeature[] = lazyFeatures): Promise<void> {
  return Promise.all(
    features.map((feature) => {
      let loaded = loading.get(feature);
      if (!loaded) {
        loaded = lazyCatalogues[feature]().then(
          (catalogue) => register({ [feature]: catalogue }),
          (error: unknown) => {
            loading.delete(feature);
            throw error;
          },
        );
        loading.set(feature, loaded);
      }
      return loaded;
    }),
  ).then(() => undefined);
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
