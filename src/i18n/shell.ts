import { defineMessages } from './define';

/**
 * Proper names that read the same in every language: the product and the AWS services and tools that AWS's
 * Japanese documentation leaves in English. Checks that a text changed with the language allow exactly these.
 */
export const sameInEveryLanguage: ReadonlySet<string> = new Set([
  'KMS Lab',
  'AWS KMS',
  'CloudTrail',
  'AWS CLI',
  // File formats, as the Save picture buttons name them.
  'SVG',
  'PNG',
]);

/** The app frame: header, navigation, settings, section loading and crash states, footer. */
export const shell = defineMessages({
  appName: 'KMS Lab',
  tagline: 'AWS KMS and envelope encryption, with real bytes',
  skipLink: 'Skip to main content',
  navLabel: 'Sections',
  navGroup: { learn: 'Learn', do: 'Do', observe: 'Observe' },
  // Here, not in each feature's catalogue: the navigation names every section on the first screen, while a
  // section's own messages load with its chunk.
  section: {
    keytypes: 'Key types',
    notes: 'Study notes',
    lessons: 'Lessons',
    envelope: 'Envelope encryption',
    keys: 'Keys',
    rotation: 'Rotation',
    policy: 'Policies & access',
    cost: 'Cost',
    trail: 'CloudTrail',
    services: 'AWS services',
    console: 'CLI console',
  },
  startHere: {
    label: 'Start here',
    body: 'New to AWS KMS? Follow the guided lessons from the study notes, one step at a time, predicting what KMS will do before each answer is run.',
    action: 'Start the first lesson: key types',
    all: 'All lessons and the practice exam',
  },
  settingsLabel: 'Display settings',
  // Each language names itself, so the switch is readable whichever language is showing.
  language: { label: 'Language', name: 'English' },
  theme: { label: 'Theme', light: 'Light', dark: 'Dark', projector: 'Projector' },
  motion: { label: 'Motion', system: 'System', reduce: 'Reduced', full: 'Full' },
  documentTitle: '{section} · KMS Lab',
  loading: 'Loading {section}…',
  crash: {
    title: 'This section stopped working',
    body: 'The rest of KMS Lab keeps working. Resetting starts this section again from scratch.',
    errorName: 'Error',
    reset: 'Reset this section',
  },
  offline: {
    ready: 'KMS Lab is saved in this browser: it now opens and works without a network.',
    updateReady:
      'A new version of KMS Lab is ready. Reloading keeps your scenario (it is in the link and saved).',
    reload: 'Reload now',
    later: 'Later',
    dismiss: 'OK',
  },
  footer: {
    simulation:
      'A simulation: KMS Lab runs entirely in your browser and sends nothing over the network. It is a teaching tool, not an AWS service.',
    cryptoWebCrypto: 'Cryptography: WebCrypto (`crypto.subtle`).',
    cryptoNoble:
      'This page is not a secure context (plain http), so `crypto.subtle` is unavailable: cryptography runs on `@noble/ciphers` instead, with identical results.',
  },
});
