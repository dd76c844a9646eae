import { defineConfig } from '@playwright/test';
import { devServerURL, ports, previewURL } from './e2e/helpers/servers';
import { findChromium } from './scripts/ensure-chromium.mjs';

// `npm run test:e2e` runs scripts/ensure-chromium.mjs first, which installs a Chromium when there is none.
const chromium = findChromium();
const large = Boolean(process.env.KMS_LAB_LARGE);

export default defineConfig({
  testDir: 'e2e',
  // The 1 GiB spec runs in `npm run test:large` (KMS_LAB_LARGE=1), after `npm test` in CI.
  testMatch: large ? 'large-file.spec.ts' : '*.spec.ts',
  testIgnore: large ? [] : ['large-file.spec.ts'],
  // Three on CI's 2 cores: a browser test spends part of its time waiting (the page's timers, Playwright's
  // polling). Measured from fresh clones with .ci/run: two workers ran 214 tests in 728 s (1,424 s of test time),
  // three ran 207 in 555 s (1,613 s) with no retry, four ran 207 in 510 s (1,961 s), and in the next run at four
  // a test (a CodeMirror edit and a reload) took over its 30 s and passed only on its retry.
  workers: 3,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // One retry in CI so a test that only times out on an overloaded 2-core machine does not sink a run;
  // .ci/run prints how many passed only on retry ("flaky"), so they stay visible.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  outputDir: 'test-results/playwright',
  // The JSON report lets .ci/run print the counts; `list` is for people.
  reporter: [['list'], ['json', { outputFile: `test-results/playwright${large ? '-large' : ''}.json` }]],
  use: {
    baseURL: previewURL,
    browserName: 'chromium',
    // Recording a trace (DOM snapshots and screenshots after every action) costs every test CPU even when it is
    // thrown away: the player spec used about 13% more CPU with 'retain-on-failure'. A test that fails in CI is
    // traced on its retry; locally, `npx playwright test --trace on`.
    trace: 'on-first-retry',
    // A learner who asks for less motion: the stage shows each step's end state at once instead of playing its
    // beats, so a test waits for nothing but the app. The specs about motion itself ask for it (motion: 'full'
    // in the app's settings, or emulateMedia), as the stage's and the studio's do.
    reducedMotion: 'reduce',
    // The production build registers a service worker (src/offline); e2e/offline.spec.ts allows it, every other
    // spec sees the page as a first visit with no offline copy.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromium?.path,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${ports.preview} --strictPort`,
      url: previewURL,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npx vite --host 127.0.0.1 --port ${ports.dev} --strictPort`,
      url: devServerURL,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
