/**
 * The catalogues the first screen does not need, one chunk each, loaded with the first section or part of the page
 * that uses them (src/i18n/index.ts `loadCatalogues`): the notes load the notes' messages alone, not every
 * feature's in both languages (issue #15). A new feature adds its file and one line here.
 */
export const lazyCatalogues = {
  keytypes: () => import('./keytypes').then((m) => m.keytypes),
  notes: () => import('./notes').then((m) => m.notes),
  envelope: () => import('./envelope').then((m) => m.envelope),
  keys: () => import('./keys').then((m) => m.keys),
  rotation: () => import('./rotation').then((m) => m.rotation),
  cost: () => import('./cost').then((m) => m.cost),
  policy: () => import('./policy').then((m) => m.policy),
  cast: () => import('./cast').then((m) => m.cast),
  player: () => import('./player').then((m) => m.player),
  services: () => import('./services').then((m) => m.services),
  stage: () => import('./stage').then((m) => m.stage),
  trail: () => import('./trail').then((m) => m.trail),
  console: () => import('./console').then((m) => m.consoleMessages),
  present: () => import('./present').then((m) => m.present),
  handout: () => import('./handout').then((m) => m.handout),
} as const;
