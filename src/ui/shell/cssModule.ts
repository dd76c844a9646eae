/** What a CSS Module's default export is: class names as written (`.klab-state--Enabled`), camel-cased keys. */
export type CssModule = Readonly<Record<string, string>>;

/**
 * The module class of one value of a modifier, for modifiers named after a domain value (a key state, a step's
 * status, a byte's category): `variant(styles, 'klabState', 'PendingDeletion')` is `styles.klabStatePendingDeletion`,
 * i.e. `.klab-state--PendingDeletion` under vite.config.ts's `localsConvention: 'camelCaseOnly'`. Empty when the
 * sheet styles no such value (most values need no rule of their own).
 */
export function variant(styles: CssModule, base: string, value: string): string {
  return styles[base + value.charAt(0).toUpperCase() + value.slice(1)] ?? '';
}
