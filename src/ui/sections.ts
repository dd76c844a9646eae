import type { ComponentType } from 'react';
import type { LazyFeature, PlainMessageKey } from '../i18n';
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
   * The message catalogues (src/i18n/lazy.ts) the section's chunk reads, loaded beside it in the page's language:
   * what its first picture needs, no more (sections.test.ts checks the list against its code). The player's and
   * the stage's above a section that plays a scenario come with their own chunks (`partCatalogues`).
   */
  readonly catalogues: readonly LazyFeature[];
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
    catalogues: ['lessons', 'player', 'handout'],
  },
  {
    id: 'envelope',
    showsScenario: true,
    titleKey: 'shell.section.envelope',
    icon: 'envelope',
    group: 'do',
    load: () => import('./envelope/EnvelopeSection'),
    catalogues: ['envelope', 'cast', 'player'],
  },
  {
    id: 'keys',
    showsScenario: true,
    titleKey: 'shell.section.keys',
    icon: 'key',
    group: 'do',
    load: () => import('./keys/KeysSection'),
    catalogues: ['keys', 'cast', 'console', 'player'],
  },
  {
    id: 'rotation',
    showsScenario: true,
    titleKey: 'shell.section.rotation',
    icon: 'rotate',
    group: 'do',
    load: () => import('./rotation/RotationSection'),
    catalogues: ['rotation', 'keys', 'cast', 'console', 'player'],
  },
  {
    id: 'policy',
    showsScenario: true,
    titleKey: 'shell.section.policy',
    icon: 'shield',
    group: 'do',
    load: () => import('./policy/PolicySection'),
    catalogues: ['policy', 'cast', 'player'],
  },
  {
    id: 'cost',
    showsScenario: true,
    titleKey: 'shell.section.cost',
    icon: 'coins',
    group: 'observe',
    load: () => import('./cost/CostSection'),
    catalogues: ['cost', 'keys', 'console'],
  },
  {
    id: 'trail',
    showsScenario: true,
    titleKey: 'shell.section.trail',
    icon: 'trail',
    group: 'observe',
    load: () => import('./trail/TrailSection'),
    catalogues: ['trail'],
  },
  {
    id: 'services',
    showsScenario: true,
    titleKey: 'shell.section.services',
    icon: 'cloud',
    group: 'observe',
    load: () => import('./services/ServicesSection'),
    catalogues: ['services', 'cast'],
  },
  {
    id: 'console',
    showsScenario: true,
    titleKey: 'shell.section.console',
    icon: 'terminal',
    group: 'observe',
    load: () => import('./console/ConsoleSection'),
    catalogues: ['console'],
  },
];

/**
 * The catalogues of each part of the page loaded on demand from outside its importer's folder (the shell's player,
 * stage, presenting, handout and link notice; the player's CLI box), loaded with its chunk in the page's language:
 * `Promise.all([import(part), loadCatalogues(partCatalogues.part)])`. sections.test.ts checks every such import
 * and each list against the part's code.
 */
export const partCatalogues = {
  player: ['player'],
  stage: ['stage', 'player'],
  present: ['present'],
  presenter: ['present', 'player', 'lessons', 'console'],
  handout: ['handout', 'lessons', 'player', 'stage'],
  linkNotice: ['player'],
  cli: ['console'],
  tokenDrawer: ['envelope', 'player', 'stage'],
} as const satisfies Record<string, readonly LazyFeature[]>;

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
