import { beforeAll, describe, expect, it } from 'vitest';
import { type Lang, languages, lazyFeatures, loadCatalogues, t as translate } from '../../i18n';
import { lesson } from '../../scenario/lessons/lessons';
import { createReplayer } from '../../scenario/replay';
import { drawScene } from './drawing';
import type { T } from './labels';
import type { Scene } from './picture';
import { stepScenes } from './stepScenes';
import { el, serializeSvg } from './svgTree';

const tIn =
  (lang: Lang): T =>
  (key, ...args) =>
    translate(lang, key, ...args);

/** Every scene of the decrypt lesson (denied, allowed, tampered), as the stage computes them. */
const lessonScenes = async (): Promise<Scene[]> =>
  (await stepScenes(createReplayer(lesson('decrypt-flow').scenario))).map((s) => s.scene);

const texts = (svg: string) => [...svg.matchAll(/>([^<]+)</g)].map((m) => m[1]).join(' ');

describe('serializeSvg', () => {
  it('escapes text and attributes, drops characters XML forbids, and names the SVG namespace', () => {
    const svg = serializeSvg(el('svg', { 'data-x': 'a"b<c&' }, el('text', {}, 'x < y & "z"\u0001')));
    expect(svg).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" data-x="a&quot;b&lt;c&amp;"><text>x &lt; y &amp; "z"</text></svg>\n',
    );
  });
});

describe('drawScene', () => {
  let scenes: Scene[] = [];
  beforeAll(async () => {
    await loadCatalogues(lazyFeatures, languages);
    scenes = await lessonScenes();
  });

  it('draws every actor, the live call and each token of the step, with the real bytes', () => {
    // s9: the application, now allowed, decrypts the stored envelope.
    const scene = scenes[8] as Scene;
    const svg = serializeSvg(drawScene(tIn('en'), scene, { narration: true }));
    for (const actor of ['caller', 'memory', 'kms', 'storage', 'trail'])
      expect(svg).toContain(`data-actor="${actor}"`);
    expect(svg).toContain('data-call="Decrypt" data-outcome="ok"');
    const words = texts(svg);
    for (const word of [
      'Your application',
      'Memory',
      'AWS KMS',
      'us-east-1',
      'Storage',
      'CloudTrail',
      'Key policy: allowed',
    ])
      expect(words).toContain(word);
    expect(words).toContain('Plaintext data');
    expect(words).toContain('s3://kms-lab-notes/notes/secret.txt');
    expect(svg).toContain('data-narration="decrypt"');
    // The ciphertext token shows the first bytes of the very blob the replay stored.
    const stored = scene.frames.at(-1)?.tokens.find((token) => token.kind === 'ciphertextBlob');
    const hex = Array.from(stored?.bytes.subarray(0, 4) ?? [], (b) => b.toString(16).padStart(2, '0')).join(
      '',
    );
    expect(words).toContain(hex);
  });

  it('draws a denied call with its AWS error, and speaks Japanese', () => {
    const denied = scenes[6] as Scene;
    const svg = serializeSvg(drawScene(tIn('ja'), denied));
    expect(svg).toContain('data-outcome="denied"');
    expect(svg).toContain('data-gate="deny"');
    const words = texts(svg);
    expect(words).toContain('AccessDeniedException');
    expect(words).toContain(translate('ja', 'stage.actor.memory'));
    expect(words).toContain(translate('ja', 'stage.key.gateDeny'));
  });

  it('draws an AWS service as the caller, and its resource in storage with the service that keeps it', async () => {
    const services = await stepScenes(createReplayer(lesson('services').scenario));
    // s9: Parameter Store's PutParameter encrypts the SecureString under alias/app-data.
    const svg = serializeSvg(drawScene(tIn('en'), (services[8] as (typeof services)[number]).scene));
    expect(svg).toContain('data-object="/app/api-key" data-service="ssm"');
    expect(texts(svg)).toContain('via ssm.us-east-1.amazonaws.com');
    expect(texts(svg)).toContain('AWS Systems Manager Parameter Store');
  });

  it('is the same drawing for the same scene (deterministic), and sized to its content', () => {
    const scene = scenes[10] as Scene;
    const first = serializeSvg(drawScene(tIn('en'), scene, { title: 'Step 11 of 11' }));
    expect(serializeSvg(drawScene(tIn('en'), scene, { title: 'Step 11 of 11' }))).toBe(first);
    const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(first) ?? [];
    expect(Number(width)).toBe(1280);
    expect(Number(height)).toBeGreaterThan(300);
    expect(Number(height)).toBeLessThan(1280);
  });
});
