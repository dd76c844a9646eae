import type { ComponentType } from 'react';
import { type LazyFeature, lazyFeatures, type PlainMessageKey } from '../i18n';
import type { IconName } from './shell/icons';

/** The navigation's groups, in order: what a learner reads, does, then watches happen. */
export const sectionGroups = ['learn', 'do', 'observe'] as const;
export type SectionGroup = (typeof sectionGroups)[number];

export interface Section {
  /** The `view` param in the URL fragment. */
  readonly id: string;
  readonly titleKey: PlainMessageKey;
  readonly icon: IconName;
  readonly group: SectionGroup;
  /**
   * Whether the section shows the scenario under the cursor. The shell mounts one scenario player above every
   * such section and keeps it mounted from one to the next (focus, scrubber, open options stay).
   */
  readonly showsScenario: boolean;
  /** The section's own chunk, loaded when first shown. */
  readonly load: () => Promise<{ default: ComponentType }>;
  /**
   * The message catalogues (src/i18n/lazy.ts) the section's chunk reads, loaded beside it; without this, those of
   * the parts that play a scenario (`scenarioCatalogues`: the section shows the player and the stage too).
   */
  readonly catalogues?: readonly LazyFeature[];
  /**
   * A section reached from another one's page rather than listed in the navigation (which fits ten sections in
   * one row at 1280 px): the navigation shows that section as the current one, and shortcuts skip this one.
   */
  readonly within?: string;
}

/**
 * The app's sections in navigation order, grouped: one entry per section. The navigation, routing (`#view=`),
 * document title, Alt+1…9/0 shortcuts, loading state and per-section error boundary all derive from it.
 */
export const sections: readonly [Section, ...Section[]] = [
  {
    id: 'keytypes',
    showsScenario: false,
    titleKey: 'shell.section.keytypes',
    icon: 'layers',
    group: 'learn',
    load: () => import('./keytypes/KeyTypesSection'),
    catalogues: ['keytypes'],
  },
  {
    id: 'notes',
    showsScenario: false,
    titleKey: 'shell.section.notes',
    icon: 'notebook',
    group: 'learn',
    load: () => import('./notes/NotesSection'),
    catalogues: ['notes'],
  },
  {
    id: 'lessons',
    // Lessons teach the study notes: reached from the notes' page and "Start here" on the first screen.
    within: 'notes',
    showsScenario: true,
    titleKey: 'shell.section.lessons',
    icon: 'lesson',
    group: 'learn',
    load: () => import('./lessons/LessonsSection'),
  },
  {
    id: 'envelope',
    showsScenario: true,
    titleKey: 'shell.section.envelope',
    icon: 'envelope',
    group: 'do',
    load: () => import('./envelope/EnvelopeSection'),
  },
  {
    id: 'keys',
    showsScenario: true,
    titleKey: 'shell.section.keys',
    icon: 'key',
    group: 'do',
    load: () => import('./keys/KeysSection'),
  },
  {
    id: 'rotation',
    showsScenario: true,
    titleKey: 'shell.section.rotation',
    icon: 'rotate',
    group: 'do',
    load: () => import('./rotation/RotationSection'),
  },
  {
    id: 'policy',
    showsScenario: true,
    titleKey: 'shell.section.policy',
    icon: 'shield',
    group: 'do',
    load: () => import('./policy/PolicySection'),
  },
  {
    id: 'cost',
    showsScenario: true,
    titleKey: 'shell.section.cost',
    icon: 'coins',
    group: 'observe',
    load: () => import('./cost/CostSection'),
  },
  {
    id: 'trail',
    showsScenario: true,
    titleKey: 'shell.section.trail',
    icon: 'trail',
    group: 'observe',
    load: () => import('./trail/TrailSection'),
  },
  {
    id: 'services',
    showsScenario: true,
    titleKey: 'shell.section.services',
    icon: 'cloud',
    group: 'observe',
    load: () => import('./services/ServicesSection'),
  },
  {
    id: 'console',
    showsScenario: true,
    titleKey: 'shell.section.console',
    icon: 'terminal',
    group: 'observe',
    load: () => import('./console/ConsoleSection'),
  },
];

/**
 * The catalogues of everything that plays a scenario (the player, the stage, presenting, the handout, the link
 * notice, and every section without a list of its own): all but those only the key types and the notes read, which
 * such a page never shows (sections.test.ts checks that no other code names their messages).
 */
export const scenarioCatalogues: readonly LazyFeature[] = lazyFeatures.filter(
  (feature) => !sections.some((section) => section.catalogues?.includes(feature)),
);

/** The sections the navigation lists, in order: each has a link and, for the first ten, a shortcut. */
export const listedSections: readonly Section[] = sections.filter((section) => section.within === undefined);

/** The section the navigation shows as current while `section` is shown: itself, or the one it lives within. */
export function listedSectionOf(section: Section): Section {
  return listedSections.find((s) => s.id === (section.within ?? section.id)) ?? sections[0];
}

/** The section a `view` param names; an unknown or missing view shows the first section. */
export function sectionForView(view: string | null): Section {
  return sections.find((s) => s.id === view) ?? sections[0];
}

/** The digit of each section's Alt+digit shortcut, as on a keyboard's number row: 1…9, then 0 for the tenth. */
const shortcutDigits = [1, 2, 3, 4, 5, 6, 7, 8, 9, 0] as const;

/** The section whose Alt+digit shortcut this is (Alt+1 is the first listed section, Alt+0 the tenth), if any. */
export function sectionForShortcut(digit: number): Section | undefined {
  const index = shortcutDigits.indexOf(digit as (typeof shortcutDigits)[number]);
  return index === -1 ? undefined : listedSections[index];
}

/** The section's keyboard shortcut as ARIA writes it ('Alt+1'); only the first ten listed sections have one. */
export function shortcutOf(section: Section): string | undefined {
  const index = listedSections.indexOf(section);
  const digit = index === -1 ? undefined : shortcutDigits[index];
  return digit === undefined ? undefined : `Alt+${digit}`;
}
