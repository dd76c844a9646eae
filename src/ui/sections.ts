import type { ComponentType } from 'react';
import type { PlainMessageKey } from '../i18n';
import type { IconName } from './shell/icons';

export interface Section {
  /** The `view` param in the URL fragment. */
  readonly id: string;
  readonly titleKey: PlainMessageKey;
  readonly icon: IconName;
  /** The section's own chunk, loaded when first shown. */
  readonly load: () => Promise<{ default: ComponentType }>;
}

/**
 * The app's sections in navigation order: one line per section. The navigation, routing (`#view=`),
 * document title, Alt+1…9 shortcuts, loading state and per-section error boundary all derive from it.
 */
export const sections: readonly [Section, ...Section[]] = [
  {
    id: 'keytypes',
    titleKey: 'keytypes.navTitle',
    icon: 'key',
    load: () => import('./keytypes/KeyTypesSection'),
  },
  {
    id: 'envelope',
    titleKey: 'envelope.navTitle',
    icon: 'key',
    load: () => import('./envelope/EnvelopeSection'),
  },
  { id: 'keys', titleKey: 'keys.navTitle', icon: 'key', load: () => import('./keys/KeysSection') },
  { id: 'rotation', titleKey: 'rotation.navTitle', icon: 'key', load: () => import('./rotation/RotationSection') },
  { id: 'cost', titleKey: 'cost.navTitle', icon: 'key', load: () => import('./cost/CostSection') },
  { id: 'policy', titleKey: 'policy.navTitle', icon: 'key', load: () => import('./policy/PolicySection') },
  {
    id: 'console',
    titleKey: 'console.navTitle',
    icon: 'chevron',
    load: () => import('./console/ConsoleSection'),
  },
  {
    id: 'services',
    titleKey: 'services.navTitle',
    icon: 'key',
    load: () => import('./services/ServicesSection'),
  },
  { id: 'trail', titleKey: 'trail.navTitle', icon: 'check', load: () => import('./trail/TrailSection') },
];

/** The section a `view` param names; an unknown or missing view shows the first section. */
export function sectionForView(view: string | null): Section {
  return sections.find((s) => s.id === view) ?? sections[0];
}

/** The section whose Alt+digit shortcut this is (Alt+1 is the first section), if any. */
export function sectionForShortcut(digit: number): Section | undefined {
  return digit >= 1 && digit <= 9 ? sections[digit - 1] : undefined;
}

/** The section's keyboard shortcut as ARIA writes it ('Alt+1'); only the first nine sections have one. */
export function shortcutOf(section: Section): string | undefined {
  const digit = sections.indexOf(section) + 1;
  return sectionForShortcut(digit) === section ? `Alt+${digit}` : undefined;
}
