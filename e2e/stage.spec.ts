import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page, test } from '@playwright/test';
import type { Scenario } from '../src/scenario/schema';
import { templateScenario } from '../src/scenario/templates';
import { axeCheck, type Lang, type Motion, openScenario, type Theme, watchConsole } from './helpers/app';
import { textSmallerThan } from './helpers/textSize';

test.describe.configure({ timeout: 120_000 });

const stage = (page: Page) => page.locator('[data-stage]');
const actor = (page: Page, id: string) => stage(page).locator(`[data-actor="${id}"]`);
/** Tokens of a kind (the `data-token` attribute) directly in an actor (memory is inside the caller's box). */
const tokens = (page: Page, where: string, kind: string) =>
  actor(page, where).locator(`[data-token="${kind}"][data-at="${where}"]`);

const basics = templateScenario('envelope-basics', 'ja');

const OBJECT = { bucket: 'kms-lab-notes', key: 'notes/secret.txt' };
const KEY = { $ref: 's1/KeyMetadata/KeyId' };
const withSteps = (...steps: Scenario['steps']): Scenario => ({
  ...basics,
  steps: [...basics.steps, ...steps],
});

/** A GenerateDataKey the Reader role may not make: AccessDeniedException, the longest caption of all. */
const DENIED: Scenario['steps'][number] = {
  id: 's8',
  kind: 'kms.call',
  op: 'GenerateDataKey',
  request: { KeyId: 'alias/study-notes', KeySpec: 'AES_256' },
  caller: { principal: 'arn:aws:iam::111122223333:role/Reader' },
};

async function open(
  page: Page,
  options: { step: number; scenario?: Scenario; view?: string; lang?: Lang; theme?: Theme; motion?: Motion },
) {
  const {
    scenario = basics,
    view = 'envelope',
    step,
    lang = 'en',
    theme = 'light',
    motion = 'reduce',
  } = options;
  await openScenario(page, scenario, { view, step, lang, theme, motion });
  await expect(stage(page)).toHaveAttribute('data-step', String(step - 1));
}

/** Moves the player one step and waits until the stage draws it. */
async function next(page: Page, lang: Lang = 'en') {
  const step = Number(await stage(page).getAttribute('data-step'));
  await page.getByRole('button', { name: lang === 'en' ? 'Next step (→)' : /次のステップ/ }).click();
  await expect(stage(page)).toHaveAttribute('data-step', String(step + 1));
}

async function previous(page: Page) {
  const step = Number(await stage(page).getAttribute('data-step'));
  await page.getByRole('button', { name: 'Previous step (←)' }).click();
  await expect(stage(page)).toHaveAttribute('data-step', String(step - 1));
}

/** The end state of the step is on screen (the last beat). */
async function settled(page: Page) {
  await expect
    .poll(async () => {
      const [beat, beats] = await Promise.all([
        stage(page).getAttribute('data-beat'),
        stage(page).getAttribute('data-beats'),
      ]);
      return Number(beat) === Number(beats) - 1;
    })
    .toBe(true);
}

const hexOf = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, '');

test('the default scenario, step by step: which tokens sit in which actor before and after each step', async ({
  page,
}) => {
  const console = watchConsole(page);
  // After CreateAlias: nothing in memory or storage yet.
  await open(page, { step: 2 });
  await expect(actor(page, 'memory').locator('[data-token]')).toHaveCount(0);
  await expect(actor(page, 'storage').locator('[data-token]')).toHaveCount(0);
  await expect(actor(page, 'kms')).toContainText('alias/study-notes');

  // GenerateDataKey: two tokens come back to memory; the context rides on the arrow; a trail row drops in.
  await next(page);
  await settled(page);
  await expect(stage(page).locator('[data-call]')).toHaveAttribute('data-call', 'GenerateDataKey');
  await expect(tokens(page, 'memory', 'plaintext-data-key')).toHaveCount(1);
  await expect(tokens(page, 'memory', 'ciphertext-blob')).toHaveCount(1);
  await expect(stage(page).locator('[data-token="encryption-context"][data-at="wire"]')).toHaveCount(1);
  await expect(actor(page, 'kms').locator('[data-gate="allow"]').first()).toBeVisible();
  await expect(actor(page, 'trail').getByRole('button', { name: /^GenerateDataKey/ })).toBeVisible();
  const key = await hexOf(tokens(page, 'memory', 'plaintext-data-key').locator('code'));
  expect(key).toMatch(/^[0-9a-f]{8}$/);

  // Encrypt the data: the encrypted frames appear in memory; KMS is not called.
  await next(page);
  await settled(page);
  await expect(stage(page).locator('[data-call]')).toHaveAttribute('data-call', '');
  await expect(stage(page).locator('[data-call]')).toContainText(
    'AES-256-GCM in your application’s memory: no call to KMS',
  );
  await expect(tokens(page, 'memory', 'encrypted-data')).toHaveCount(1);

  // Discard: the plaintext key token's bytes are 32 zeros, in place; no plaintext key token is left.
  await next(page);
  await settled(page);
  const zeroed = tokens(page, 'memory', 'zeroed-data-key');
  await expect(zeroed).toHaveCount(1);
  await expect(zeroed.locator('[data-zeroed]')).toHaveAttribute('data-zeroed', '32');
  expect(await hexOf(zeroed.locator('[data-zeroed]'))).toBe('00'.repeat(32));
  await expect(stage(page).locator('[data-token="plaintext-data-key"]')).toHaveCount(0);
  await expect(stage(page).locator('[data-narration]')).toContainText('32 zero bytes');

  // Store: the encrypted key and the encrypted data travel to storage together.
  await next(page);
  await settled(page);
  await expect(actor(page, 'memory').locator('[data-token]')).toHaveCount(0);
  const envelope = actor(page, 'storage').locator('[data-object="s3://kms-lab-notes/notes/secret.txt"]');
  await expect(envelope.locator('[data-token="ciphertext-blob"]')).toHaveCount(1);
  await expect(envelope.locator('[data-token="encrypted-data"]')).toHaveCount(1);

  // Decrypt: KMS uses backing key v1, named in the blob; the plaintext comes back to memory.
  await next(page);
  await settled(page);
  await expect(stage(page).locator('[data-call]')).toHaveAttribute('data-call', 'Decrypt');
  await expect(actor(page, 'kms').getByLabel(/Backing key v1, current, used by this call/)).toBeVisible();
  await expect(tokens(page, 'memory', 'plaintext')).toHaveCount(1);
  await expect(stage(page).locator('[data-token="plaintext-data-key"]')).toHaveCount(0);
  await expect(tokens(page, 'storage', 'encrypted-data')).toHaveCount(1);

  // Scrubbing back restores the earlier pictures.
  await previous(page);
  await previous(page);
  await expect(tokens(page, 'memory', 'zeroed-data-key')).toHaveCount(1);
  await expect(actor(page, 'storage').locator('[data-token]')).toHaveCount(0);
  await previous(page);
  await expect(tokens(page, 'memory', 'plaintext-data-key')).toHaveCount(1);
  expect(await hexOf(tokens(page, 'memory', 'plaintext-data-key').locator('code'))).toBe(key);
  console.expectNone();
});

test('a step forward plays its beats: the data key is made inside KMS, then travels to memory', async ({
  page,
}) => {
  await open(page, { step: 2, motion: 'full' });
  // Every place the data key token is drawn, in order (a loaded machine may be slow to poll a 700 ms beat).
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      const at = document.querySelector('[data-token-id="dk:s3"]')?.getAttribute('data-at') ?? 'none';
      if (seen.at(-1) !== at) seen.push(at);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await next(page);
  await settled(page);
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.filter((at) => at !== 'none')).toEqual(['kms', 'memory']);
});

test('reduced motion: the end state at once, with no travel', async ({ page }) => {
  await open(page, { step: 2, motion: 'reduce' });
  await next(page);
  // The first drawing of the step is already its end state: no beat on the wire or inside KMS.
  expect(await stage(page).getAttribute('data-beat')).toBe(
    String(Number(await stage(page).getAttribute('data-beats')) - 1),
  );
  const dataKey = stage(page).locator('[data-token-id="dk:s3"]');
  await expect(dataKey).toHaveAttribute('data-at', 'memory');
  expect(await dataKey.evaluate((el) => getComputedStyle(el).transform)).toMatch(
    /^(none|matrix\(1, 0, 0, 1, 0, 0\))$/,
  );
});

test('a token opens its byte map in a drawer; Escape closes it and focus returns to the token', async ({
  page,
}) => {
  await open(page, { step: 3 });
  const blob = tokens(page, 'memory', 'ciphertext-blob');
  await blob.click();
  const drawer = page.getByRole('dialog', { name: 'CiphertextBlob' });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('table')).toContainText('IV');
  await expect(drawer.getByRole('button', { name: 'Close (Esc)' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(blob).toBeFocused();
});

test('every actor and token is reachable by keyboard with an accessible name', async ({ page }) => {
  await open(page, { step: 4 });
  for (const id of ['caller', 'memory', 'kms', 'storage', 'trail']) {
    const box = actor(page, id);
    await expect(box).toHaveAttribute('tabindex', '0');
    expect(await box.getAttribute('aria-label')).toBeTruthy();
  }
  await expect(
    stage(page).getByRole('button', { name: /^Plaintext data key, [0-9a-f]{8}, 32 B, secret/ }),
  ).toBeVisible();
  await expect(
    stage(page).getByRole('button', {
      name: /^CiphertextBlob, [0-9a-f]{8}, 126 B, safe to store, made by v1/,
    }),
  ).toBeVisible();
  await stage(page)
    .getByRole('button', { name: /^CiphertextBlob/ })
    .focus();
  await expect(stage(page).getByRole('button', { name: /^CiphertextBlob/ })).toBeFocused();
});

for (const lang of ['en', 'ja'] as const) {
  test(`the stage speaks ${lang}: actors, tokens and the narration`, async ({ page }) => {
    await open(page, { step: 5, lang });
    const words =
      lang === 'en'
        ? {
            app: 'Your application',
            narration: 'overwritten with 32 zero bytes',
            zeroed: 'Data key, zero-filled',
            local: 'Zero-fill in your application’s memory: no call to KMS',
          }
        : {
            app: 'あなたのアプリケーション',
            narration: '32 バイトのゼロで上書き',
            zeroed: 'ゼロで上書きしたデータキー',
            local: 'アプリケーションのメモリ内でゼロで上書き: KMS は呼び出しません',
          };
    await expect(actor(page, 'caller')).toContainText(words.app);
    await expect(stage(page).locator('[data-narration]')).toContainText(words.narration);
    await expect(stage(page).locator('[data-narration]')).toHaveAttribute('aria-live', 'polite');
    await expect(tokens(page, 'memory', 'zeroed-data-key')).toContainText(words.zeroed);
    await expect(stage(page).locator('[data-call]')).toHaveText(words.local);

    // Save picture: the same step as a standalone SVG in the same words, and as a PNG twice its size.
    const svg = await savedPicture(page, 'svg');
    expect(svg.name).toBe('kms-lab-envelope-basics-step-05.svg');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: root.localName,
        width: Number(root.getAttribute('width')),
        actors: [...doc.querySelectorAll('[data-actor]')].map((e) => e.getAttribute('data-actor')),
        tokens: [...doc.querySelectorAll('[data-token]')].map((e) => e.getAttribute('data-token')),
        text: root.textContent ?? '',
      };
    }, svg.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.actors).toEqual(['caller', 'memory', 'kms', 'storage', 'trail']);
    expect(parsed.tokens).toContain('zeroedKey');
    for (const word of [words.app, words.zeroed, words.narration]) expect(parsed.text).toContain(word);
    const png = await savedPicture(page, 'png');
    expect(png.name).toBe('kms-lab-envelope-basics-step-05.png');
    // PNG (RFC 2083 §3.1): the 8-byte signature, then the IHDR chunk with the width and height, big-endian.
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(png.bytes.readUInt32BE(16)).toBe(parsed.width * 2);
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(400);
    expect(png.bytes.readUInt32BE(20)).toBeLessThan(3000);
  });
}

/** Clicks Save picture in `format` and reads the file the browser saved. */
async function savedPicture(page: Page, format: 'svg' | 'png') {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    stage(page).locator(`[data-save-picture="${format}"]`).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** Scrolls as a learner would: the header may scroll away, leaving the sticky player on top, the stage under it. */
async function scrollToPlayer(page: Page) {
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    window.scrollTo(0, document.querySelector('[data-testid="player"]')?.getBoundingClientRect().top ?? 0);
  });
}

/** The player and the stage are on a 1280×720 screen, with no text under 24 px in the stage. */
async function fitsProjector(page: Page, what: string) {
  await scrollToPlayer(page);
  const player = await page.getByTestId('player').boundingBox();
  const picture = await stage(page).boundingBox();
  expect(player?.y, what).toBeGreaterThanOrEqual(0);
  expect((picture?.y ?? 0) + (picture?.height ?? 0), what).toBeLessThanOrEqual(720);
  expect(await textSmallerThan(page, 24, '[data-stage]'), what).toEqual([]);
}

test('projector at 1280×720: the player and the stage fit the screen with 24 px text, every step', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  // The default scenario, a service that stores its secret, then the longest caption there is: a denied call's
  // AWS message (five lines in full).
  const scenario = withSteps(
    {
      id: 's9',
      kind: 'service.call',
      service: 'secretsmanager',
      action: 'CreateSecret',
      params: { Name: 'prod/db', SecretString: 'hunter2', KmsKeyId: 'alias/study-notes' },
    },
    DENIED,
  );
  await open(page, { scenario, step: 0, theme: 'projector' });
  for (let step = 0; step <= scenario.steps.length; step++) {
    if (step > 0) await next(page);
    await settled(page);
    await fitsProjector(page, `step ${step}`);
  }
  // The caption keeps to two lines; the whole of it is one button away (and the stage moves down to make room).
  const caption = page.getByTestId('player-caption');
  await expect(caption).toContainText('because no identity-based policy allows');
  const toggle = page.getByRole('button', { name: 'Whole caption' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const short = (await caption.boundingBox())?.height ?? 0;
  await toggle.click();
  await expect(page.getByRole('button', { name: 'Shorter caption' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  expect((await caption.boundingBox())?.height ?? 0).toBeGreaterThan(short * 2);
  await page.getByRole('button', { name: 'Shorter caption' }).click();
  // In Japanese too (its caption and narration are longer in height).
  await page.getByRole('radio', { name: '日本語' }).check();
  await expect(stage(page)).toHaveAttribute('aria-label', 'このステップの図');
  await expect(page.getByRole('button', { name: '説明をすべて表示' })).toBeVisible();
  await fitsProjector(page, 'denied call, ja');
});

test('light and dark at 1280×800: the player and the stage fit without scrolling past the header', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const theme of ['light', 'dark'] as const) {
    await open(page, { step: 7, theme });
    await scrollToPlayer(page);
    const picture = await stage(page).boundingBox();
    expect((picture?.y ?? 0) + (picture?.height ?? 0), theme).toBeLessThanOrEqual(800);
    await axeCheck(page, `stage, ${theme}`, '[data-stage]');
  }
});

test('axe passes on the stage in the projector theme, in Japanese', async ({ page }) => {
  await open(page, { step: 3, theme: 'projector', lang: 'ja' });
  await axeCheck(page, 'stage, projector, ja', '[data-stage]');
});

test('390 px phone: the actors stack, and the stage never overflows sideways in any section', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, { step: 7 });
  const caller = await actor(page, 'caller').boundingBox();
  const kms = await actor(page, 'kms').boundingBox();
  expect((kms?.y ?? 0) >= (caller?.y ?? 0) + (caller?.height ?? 0)).toBe(true);
  for (const view of ['envelope', 'keys', 'rotation', 'policy', 'cost', 'trail', 'services', 'console']) {
    await page.evaluate((v) => {
      window.location.hash = window.location.hash.replace(/view=[^&]*/, `view=${v}`);
    }, view);
    // A section's chunk loads on first visit: a loaded machine may take a while.
    await expect(page.locator('main h1')).toBeVisible({ timeout: 20_000 });
    await expect(stage(page)).toBeVisible();
    // Nothing in the stage reaches past the screen's edge, nor scrolls inside it.
    const overflow = await stage(page).evaluate((el) => {
      let right = 0;
      for (const child of el.querySelectorAll('*'))
        right = Math.max(right, child.getBoundingClientRect().right);
      return { right, inner: el.scrollWidth - el.clientWidth };
    });
    expect(overflow.right, view).toBeLessThanOrEqual(390);
    expect(overflow.inner, view).toBeLessThanOrEqual(0);
  }
});

test('a first visit’s picture is drawn before the engine loads: the build drew it; the section follows the engine', async ({
  page,
}) => {
  // Hold the engine (the replay and scenario validation) until the picture is on screen.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/scenarioEngine-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/#view=envelope');
  const player = page.getByTestId('player');
  await expect(player.getByText('Step 7 of 7', { exact: true })).toBeVisible();
  await expect(player).toContainText('KMS decrypted the data key');
  // The real bytes of the last step: the ciphertext blob back in storage, the plaintext in the application.
  await expect(tokens(page, 'storage', 'ciphertext-blob')).toHaveCount(1);
  await expect(tokens(page, 'memory', 'plaintext')).toHaveCount(1);
  await expect(page.locator('main h1')).toHaveCount(0);
  release();
  await expect(page.locator('main h1')).toBeVisible();
  // The engine took over: a step back is replayed.
  await page.keyboard.press('ArrowLeft');
  await expect(player.getByText('Step 6 of 7', { exact: true })).toBeVisible();
});

test('the stage is the first thing under the player in every section that plays a scenario', async ({
  page,
}) => {
  await open(page, { step: 3 });
  for (const view of ['envelope', 'keys', 'rotation', 'policy', 'cost', 'trail', 'services', 'console']) {
    await page.evaluate((v) => {
      window.location.hash = window.location.hash.replace(/view=[^&]*/, `view=${v}`);
    }, view);
    // A section's chunk loads on first visit: a loaded machine may take a while.
    await expect(page.locator('main h1')).toBeVisible({ timeout: 20_000 });
    const next = await page
      .getByTestId('player')
      .evaluate((el) => el.nextElementSibling?.hasAttribute('data-stage'));
    expect(next, view).toBe(true);
  }
});

test.describe('every kind of step has its picture', () => {
  test('a denied call: the gate closes, AccessDenied in one line, and the link to why', async ({ page }) => {
    await open(page, { scenario: withSteps(DENIED), step: 8 });
    await expect(actor(page, 'kms')).toHaveAttribute('data-gate', 'deny');
    await expect(stage(page).locator('[data-call]')).toHaveAttribute('data-outcome', 'denied');
    await expect(stage(page).locator('[data-call]')).toContainText('AccessDeniedException');
    await expect(actor(page, 'caller')).toContainText('role/Reader');
    await expect(stage(page).locator('[data-token="plaintext-data-key"]')).toHaveCount(0);
    await stage(page).getByRole('link', { name: 'Why, and what fixes it' }).click();
    await expect(page).toHaveURL(/view=policy/);
    await expect(page).toHaveURL(/explain=s8/);
  });

  test('Encrypt over 4,096 bytes bounces off KMS with the real ValidationException', async ({ page }) => {
    await open(page, { scenario: templateScenario('why-envelope', 'ja'), step: 3 });
    await expect(stage(page).locator('[data-call]')).toHaveAttribute('data-call', 'Encrypt');
    await expect(stage(page).locator('[data-call]')).toContainText('ValidationException');
    // The plaintext came back to memory; nothing was made.
    await expect(tokens(page, 'memory', 'plaintext')).toHaveCount(1);
    await expect(stage(page).locator('[data-token="ciphertext-blob"]')).toHaveCount(0);
    await expect(stage(page).locator('[data-narration]')).toContainText('bounced off KMS');
  });

  test('tamper: the flipped bit is marked in storage, and the decrypt shows where it was caught', async ({
    page,
  }) => {
    const scenario = withSteps(
      { id: 's8', kind: 'tamper', object: OBJECT, flip: { part: 'tag', bit: 3 } },
      { id: 's9', kind: 'envelope.decrypt', object: OBJECT },
    );
    await open(page, { scenario, step: 8 });
    await expect(tokens(page, 'storage', 'encrypted-data')).toHaveAccessibleName(/a bit was flipped/);
    await next(page);
    await expect(tokens(page, 'storage', 'encrypted-data')).toHaveAccessibleName(
      /caught: the tag of frame 1/,
    );
    await expect(stage(page).locator('[data-token="plaintext"]')).toHaveCount(0);
    await expect(stage(page).locator('[data-narration]')).toContainText('no wrong plaintext');
  });

  test('key lifecycle: disabled, pending deletion, deleted, and the envelope that can never be decrypted', async ({
    page,
  }) => {
    const scenario = withSteps(
      { id: 's8', kind: 'kms.call', op: 'DisableKey', request: { KeyId: KEY } },
      { id: 's9', kind: 'kms.call', op: 'EnableKey', request: { KeyId: KEY } },
      {
        id: 's10',
        kind: 'kms.call',
        op: 'ScheduleKeyDeletion',
        request: { KeyId: KEY, PendingWindowInDays: 7 },
      },
      { id: 's11', kind: 'clock.advance', ms: 8 * 86_400_000 },
    );
    await open(page, { scenario, step: 8 });
    await expect(actor(page, 'kms').locator('[data-key-state]')).toHaveAttribute(
      'data-key-state',
      'Disabled',
    );
    await next(page);
    await expect(actor(page, 'kms').locator('[data-key-state]')).toHaveAttribute('data-key-state', 'Enabled');
    await next(page);
    await expect(actor(page, 'kms').locator('[data-key-state]')).toHaveAttribute(
      'data-key-state',
      'PendingDeletion',
    );
    await next(page);
    await expect(actor(page, 'kms').locator('[data-key-state]')).toHaveAttribute('data-key-state', 'Deleted');
    await expect(tokens(page, 'storage', 'ciphertext-blob')).toHaveAccessibleName(/can never be decrypted/);
    await expect(actor(page, 'trail').getByRole('button', { name: /^DeleteKey/ })).toBeVisible();
  });

  test('rotation: a new backing version, the old one kept, each ciphertext with its version', async ({
    page,
  }) => {
    await open(page, { scenario: templateScenario('rotation', 'ja'), step: 6 });
    await expect(actor(page, 'kms').getByLabel(/^Backing key v2, current/)).toBeVisible();
    await expect(actor(page, 'kms').getByLabel(/^Backing key v1$/)).toBeVisible();
    await expect(tokens(page, 'memory', 'ciphertext-blob')).toHaveCount(2);
    await expect(actor(page, 'memory').getByRole('button', { name: /made by v1/ })).toHaveCount(1);
    await expect(actor(page, 'memory').getByRole('button', { name: /made by v2/ })).toHaveCount(1);
    // Decrypting the old ciphertext uses v1, named in the blob.
    await next(page);
    await expect(actor(page, 'kms').getByLabel(/^Backing key v1, used by this call/)).toBeVisible();
  });

  test('an AWS service calls KMS for the principal, with its own encryption context, and stores its resource; S3 Bucket Keys', async ({
    page,
  }) => {
    const batch = (id: string, bucketKeys: boolean, after: string): Scenario['steps'][number] => ({
      id,
      kind: 'service.call',
      service: 's3',
      action: 'PutObjectBatch',
      params: {
        Bucket: bucketKeys ? 'with-bucket-keys' : 'without-bucket-keys',
        KeyPrefix: 'object-',
        Count: 100,
        Body: 'x',
        ServerSideEncryption: 'aws:kms',
        SSEKMSKeyId: 'alias/study-notes',
        BucketKeyEnabled: bucketKeys,
      },
      services: { $ref: `${after}/Services` },
    });
    const scenario = withSteps(
      {
        id: 's8',
        kind: 'service.call',
        service: 'secretsmanager',
        action: 'CreateSecret',
        params: { Name: 'prod/db', SecretString: 'hunter2', KmsKeyId: 'alias/study-notes' },
      },
      batch('s9', false, 's8'),
      batch('s10', true, 's9'),
    );
    await open(page, { scenario, step: 8, view: 'services' });
    await expect(actor(page, 'caller')).toContainText('AWS Secrets Manager');
    await expect(stage(page).locator('[data-call]')).toHaveAttribute('data-call', 'GenerateDataKey');
    await expect(stage(page).locator('[data-token="encryption-context"]')).toHaveAccessibleName(/SecretARN/);
    // The secret it stored: its encrypted data key beside its encrypted value.
    const secret = actor(page, 'storage').locator('[data-object="prod/db"]');
    await expect(secret.locator('[data-token="ciphertext-blob"]')).toHaveCount(1);
    await expect(secret.locator('[data-token="encrypted-data"]')).toHaveCount(1);

    // S3 without Bucket Keys: one encrypted data key per object, one KMS call each.
    await next(page);
    const without = actor(page, 'storage').locator('[data-object="s3://without-bucket-keys/"]');
    await expect(without).toContainText('100 objects, 100 encrypted data keys');
    await expect(stage(page).locator('[data-narration]')).toContainText('called KMS 100 times');
    // With Bucket Keys: one call, one encrypted bucket key for the whole bucket, the plaintext one in S3's memory.
    await next(page);
    const withKeys = actor(page, 'storage').locator('[data-object="s3://with-bucket-keys/"]');
    await expect(withKeys).toContainText('100 objects, 1 encrypted bucket key (S3 Bucket Keys)');
    await expect(stage(page).locator('[data-narration]')).toContainText('called KMS 1 time for 100 objects');
    await expect(
      actor(page, 'memory').getByRole('button', {
        name: /^Plaintext data key, .*S3 Bucket Key of with-bucket-keys/,
      }),
    ).toBeVisible();
    // The storage box's new words (a bucket's objects and keys, the count of what is not drawn) pass axe.
    await axeCheck(page, 'stage, S3 Bucket Keys', '[data-stage]');
  });

  test('any other KMS call (the console’s) draws caller → KMS → response and its trail row', async ({
    page,
  }) => {
    const scenario = withSteps({
      id: 's8',
      kind: 'kms.call',
      op: 'GenerateRandom',
      request: { NumberOfBytes: 16 },
    });
    await open(page, { scenario, step: 8, view: 'console' });
    await expect(stage(page).locator('[data-call]')).toHaveAttribute('data-call', 'GenerateRandom');
    await expect(stage(page).locator('[data-call]')).toContainText('NumberOfBytes');
    await expect(tokens(page, 'memory', 'plaintext')).toHaveCount(1);
    await expect(actor(page, 'trail').getByRole('button', { name: /^GenerateRandom/ })).toBeVisible();
  });
});
