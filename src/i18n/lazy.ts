/**
 * The catalogues the first screen does not need, one chunk per feature and language, loaded with the first section
 * or part of the page that uses them, in the language it shows (src/i18n/index.ts `loadCatalogues`): the notes load
 * the notes' messages alone, and a Japanese page no English (issue #15). A new feature adds its two files and one
 * entry here.
 */
export const lazyCatalogues = {
  keytypes: {
    en: () => import('./keytypes').then((m) => m.keytypes),
    ja: () => import('./keytypes.ja').then((m) => m.keytypes),
  },
  notes: {
    en: () => import('./notes').then((m) => m.notes),
    ja: () => import('./notes.ja').then((m) => m.notes),
  },
  lessons: {
    en: () => import('./lessons').then((m) => m.lessons),
    ja: () => import('./lessons.ja').then((m) => m.lessons),
  },
  envelope: {
    en: () => import('./envelope').then((m) => m.envelope),
    ja: () => import('./envelope.ja').then((m) => m.envelope),
  },
  keys: { en: () => import('./keys').then((m) => m.keys), ja: () => import('./keys.ja').then((m) => m.keys) },
  rotation: {
    en: () => import('./rotation').then((m) => m.rotation),
    ja: () => import('./rotation.ja').then((m) => m.rotation),
  },
  cost: { en: () => import('./cost').then((m) => m.cost), ja: () => import('./cost.ja').then((m) => m.cost) },
  policy: {
    en: () => import('./policy').then((m) => m.policy),
    ja: () => import('./policy.ja').then((m) => m.policy),
  },
  cast: { en: () => import('./cast').then((m) => m.cast), ja: () => import('./cast.ja').then((m) => m.cast) },
  player: {
    en: () => import('./player').then((m) => m.player),
    ja: () => import('./player.ja').then((m) => m.player),
  },
  services: {
    en: () => import('./services').then((m) => m.services),
    ja: () => import('./services.ja').then((m) => m.services),
  },
  stage: {
    en: () => import('./stage').then((m) => m.stage),
    ja: () => import('./stage.ja').then((m) => m.stage),
  },
  trail: {
    en: () => import('./trail').then((m) => m.trail),
    ja: () => import('./trail.ja').then((m) => m.trail),
  },
  console: {
    en: () => import('./console').then((m) => m.consoleMessages),
    ja: () => import('./console.ja').then((m) => m.consoleMessages),
  },
  present: {
    en: () => import('./present').then((m) => m.present),
    ja: () => import('./present.ja').then((m) => m.present),
  },
  handout: {
    en: () => import('./handout').then((m) => m.handout),
    ja: () => import('./handout.ja').then((m) => m.handout),
  },
} as const;
