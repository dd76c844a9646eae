import {
  flatten,
  format,
  type Lang,
  languages,
  type MessageAt,
  type MessagePath,
  type Messages,
  type MessageTree,
  type ParamNames,
  type ParamValues,
} from './define';
import { lazyCatalogues } from './lazy';
import { shell } from './shell';
import { shell as shellJa } from './shell.ja';

export { isLang, type Lang, languages } from './define';

/**
 * The catalogue every screen needs, in both languages: the frame's, which also names every section (and the
 * language switch, which names itself in both). The others (src/i18n/lazy.ts) come one chunk per feature and
 * language, loaded by `loadCatalogues` with the part of the page that uses them.
 */
export const eagerCatalogues = { shell: { en: shell, ja: shellJa } } as const;

/** A catalogue loaded with the part of the page that uses it. */
export type LazyFeature = keyof typeof lazyCatalogues;
export type Feature = keyof typeof eagerCatalogues | LazyFeature;
type EnglishOf = { shell: typeof shell } & {
  [F in LazyFeature]: Awaited<ReturnType<(typeof lazyCatalogues)[F]['en']>>;
};
/**
 * The English trees the keys are typed from. The lessons' keys are built from lesson, step and question ids at run
 * time (`messageAt`), so the lessons' tests check them rather than the type checker (src/ui/lessons/lessonText.ts).
 */
type English = Omit<EnglishOf, 'lessons'>;

/** 'feature.group.message', e.g. 'shell.crash.reset'. */
export type MessageKey = MessagePath<English>;

/** The arguments after the key: none, or an object with exactly the message's `{parameters}`. */
export type MessageArgs<K extends MessageKey> = [ParamNames<MessageAt<English, K>>] extends [never]
  ? []
  : [params: Record<ParamNames<MessageAt<English, K>>, string | number>];

const messages: Record<Lang, Map<string, string>> = { ja: new Map(), en: new Map() };
const trees: Record<Lang, Map<Feature, MessageTree>> = { ja: new Map(), en: new Map() };

function register(lang: Lang, feature: Feature, tree: MessageTree) {
  trees[lang].set(feature, tree);
  for (const [key, message] of flatten(tree, `${feature}.`)) messages[lang].set(key, message);
}
for (const lang of languages) register(lang, 'shell', eagerCatalogues.shell[lang]);

/** Every catalogue the frame leaves out. */
export const lazyFeatures = Object.keys(lazyCatalogues) as readonly LazyFeature[];

/** Every feature some part of the page has asked for: a language switched to loads each of them first. */
const wanted = new Set<LazyFeature>();
/** The languages a feature asked for loads in: the page's, and while it switches, the one it switches to. */
const inUse = new Set<Lang>();
const loading: Record<Lang, Map<LazyFeature, Promise<void>>> = { ja: new Map(), en: new Map() };

/** One feature's messages in one language, each once; a chunk that failed to load is asked for again next time. */
function loadOne(feature: LazyFeature, lang: Lang): Promise<void> {
  const pending = loading[lang];
  let loaded = pending.get(feature);
  if (!loaded) {
    loaded = lazyCatalogues[feature][lang]().then(
      (tree) => register(lang, feature, tree),
      (error: unknown) => {
        pending.delete(feature);
        throw error;
      },
    );
    pending.set(feature, loaded);
  }
  return loaded;
}

/**
 * Loads the catalogues of `features` in `langs` (by default, the page's language: see `showLanguage`); a part of
 * the page that uses them waits for this. Node code that names messages in either language passes `languages`.
 */
export function loadCatalogues(
  features: readonly LazyFeature[],
  langs: Iterable<Lang> = inUse,
): Promise<void> {
  const each = [...langs];
  if (each.length === 0) return Promise.reject(new Error('i18n: no language shown yet (showLanguage first)'));
  for (const feature of features) wanted.add(feature);
  return Promise.all(features.flatMap((feature) => each.map((lang) => loadOne(feature, lang)))).then(
    () => undefined,
  );
}

/**
 * Before the page switches to `lang`: loads its catalogue of every feature asked for so far, and from now on loads
 * each feature asked for in `lang` as well, so whatever renders once the page has switched finds every message,
 * and nothing is drawn in the old language meanwhile (state/preferences.ts `chooseLanguage`).
 */
export function loadLanguage(lang: Lang): Promise<void> {
  inUse.add(lang);
  return loadCatalogues([...wanted], [lang]);
}

/** The page shows `lang` (at start-up, and once a switch has loaded it): features asked for from now on load in it alone. */
export function showLanguage(lang: Lang): void {
  inUse.clear();
  inUse.add(lang);
}

function loadedTree(lang: Lang, feature: Feature): MessageTree {
  const tree = trees[lang].get(feature);
  // A part of the page rendered before its catalogue was loaded, which is a bug in whoever rendered it too early.
  if (!tree)
    throw new Error(`i18n: the ${feature} messages are not loaded in ${lang} yet (loadCatalogues first)`);
  return tree;
}

/** The message `key` in `lang`, with its parameters filled in. For code outside React; components use `useT()`. */
export function t<K extends MessageKey>(lang: Lang, key: K, ...args: MessageArgs<K>): string {
  // The types guarantee the key exists in both languages (i18n.test.ts re-checks at runtime); a key can still
  // be missing here if its catalogue has not been loaded, which is a bug in whoever rendered it too early.
  const message = messages[lang].get(key);
  if (message === undefined)
    throw new Error(`i18n: "${key}" is not loaded yet in ${lang} (await loadCatalogues() first)`);
  return format(lang, message, args[0] as ParamValues | undefined);
}

/**
 * A feature's messages in `lang` as a tree, for code that picks a message by a code known only at run time (an
 * engine's error code, a caption's code); the types are the English tree's, every text a string.
 */
export function messagesOf<F extends Feature>(lang: Lang, feature: F): Messages<EnglishOf[F]> {
  return loadedTree(lang, feature) as Messages<EnglishOf[F]>;
}

/**
 * The message at a 'group.message' path built at run time (a lesson's step), or undefined where the feature has
 * none (a step without speaker notes): for keys the type checker cannot see, which the feature's tests check.
 */
export function messageAt(lang: Lang, feature: Feature, path: string): string | undefined {
  loadedTree(lang, feature);
  return messages[lang].get(`${feature}.${path}`);
}

/** Keys of messages that take no parameters (e.g. titles referenced from data such as the section list). */
export type PlainMessageKey = { [K in MessageKey]: MessageArgs<K> extends [] ? K : never }[MessageKey];
