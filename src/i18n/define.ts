/**
 * Typed message catalogues. A feature declares its English messages once (`src/i18n/<feature>.ts`); the Japanese
 * side (`<feature>.ja.ts`, typed `Translation<typeof en>`) must mirror them key for key (nested groups included)
 * and use the same `{parameter}` names — the type checker rejects a missing key, an extra key or a missing
 * parameter, and `i18n.test.ts` re-checks it all at runtime. Each language is its own module, so a page loads
 * the messages of the language it shows and no other (issue #15).
 */
export const languages = ['ja', 'en'] as const;
export type Lang = (typeof languages)[number];

export function isLang(value: unknown): value is Lang {
  return languages.includes(value as Lang);
}

/** Messages, optionally grouped. Keys must not contain '.', which joins groups in a message key. */
export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

/**
 * The parameter names a message uses: 'Rotated {count} times' → 'count'. A word that follows a number's plural
 * category is written `{count|one=time|other=times}` (see `format`) and names the parameter `count` too.
 */
export type ParamNames<S> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends `${infer Name}|${string}` ? Name : P) | ParamNames<Rest>
  : never;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/** A string that contains every one of the parameters `P` (as `{p}`). */
type MessageWith<P extends string> = [P] extends [never]
  ? string
  : UnionToIntersection<P extends string ? `${string}{${P}}${string}` : never>;

/** The other language's catalogue: the same tree, each message using the same parameters. */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends string ? MessageWith<ParamNames<T[K]>> : Translation<T[K]>;
};

/** A feature's English messages, kept with their literal text: the keys and parameters every language mirrors. */
export function defineMessages<const T extends MessageTree>(en: T): T {
  return en;
}

/** The same tree as `T` with any text: what a catalogue holds in whichever language it was loaded in. */
export type Messages<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]>;
};

/** 'group.message' paths to every message of a tree. */
export type MessagePath<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${MessagePath<T[K]>}`;
}[keyof T & string];

/** The message found at a 'group.message' path. */
export type MessageAt<T, P> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? MessageAt<T[Head], Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;

/** Every message of a tree, keyed by its dotted path (depth-first, in declaration order). */
export function flatten(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix + key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, m] of flatten(value, `${path}.`)) out.set(p, m);
  }
  return out;
}

/** The `{parameter}` names used in a message, sorted, for comparing the two languages. */
export function parametersOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((m) => m[1] as string))].sort();
}

const pluralRules: Record<Lang, Intl.PluralRules> = {
  ja: new Intl.PluralRules('ja'),
  en: new Intl.PluralRules('en'),
};

/** `one=frame|other=frames` for the value's plural category in `lang` (Intl.PluralRules), else `other`. */
function pluralForm(lang: Lang, value: number, forms: string): string {
  const byCategory = new Map(
    forms.split('|').map((form) => {
      const at = form.indexOf('=');
      return [form.slice(0, at), form.slice(at + 1)] as const;
    }),
  );
  return byCategory.get(pluralRules[lang].select(value)) ?? byCategory.get('other') ?? '';
}

export type ParamValues = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` parameters; numbers are written the way the language writes them (1,000 in both).
 * `{name|one=frame|other=frames}` is the word for the number's plural category ("1 frame", "2 frames"): English
 * messages use it after every count; Japanese needs none (one category).
 */
export function format(lang: Lang, message: string, params: ParamValues | undefined): string {
  if (!params) return message;
  return message.replace(/\{(\w+)(?:\|([^{}]*))?\}/g, (whole, name: string, forms: string | undefined) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (forms !== undefined) return pluralForm(lang, Number(value), forms);
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

/**
 * A number as `toLocaleString(lang)` writes it. Both languages group an integer's digits by thousands with a comma
 * (1,000), done here by hand: the page's first number formatted through Intl cost 40–50 ms of ICU set-up on this
 * machine, in the task that draws the first picture (issue #15). Fractions still go through Intl.
 */
function formatNumber(lang: Lang, value: number): string {
  if (!Number.isSafeInteger(value) || Object.is(value, -0)) return value.toLocaleString(lang);
  const digits = String(Math.abs(value));
  let grouped = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) grouped += ',';
    grouped += digits[i];
  }
  return value < 0 ? `-${grouped}` : grouped;
}
