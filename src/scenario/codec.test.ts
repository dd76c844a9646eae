import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64Url, utf8Encode } from '../crypto/index';
import {
  decodeScenario,
  encodedLength,
  encodeScenario,
  fromScenarioFile,
  INFLATE_INPUT_CHUNK,
  MAX_INFLATED_BYTES,
  MAX_LINK_PAYLOAD_CHARS,
  type PipeMeter,
  pipe,
  readScenarioLink,
  scenarioLinkParams,
} from './codec';
import { MAX_SCENARIO_JSON_DEPTH } from './migrations';
import { scenarioFileName, toScenarioFile } from './scenarioFile';
import { everyKind, typicalTwentySteps } from './scenarios.fixture';
import { createScenario, type Scenario } from './schema';
import { TEMPLATE_IDS, templateScenario } from './templates';

const roundTripTable: [string, () => Scenario][] = [
  ['an empty scenario', () => createScenario('empty')],
  ['every step kind and setting', everyKind],
  ['a typical 20-step lesson', typicalTwentySteps],
  [
    'unicode and emoji text',
    () =>
      createScenario('ユニコード🔑', {}, [{ id: 's1', kind: 'note', text: '鍵🔑 — “quotes” \u0000 \\ &=#' }]),
  ],
  ...TEMPLATE_IDS.map((id): [string, () => Scenario] => [`template ${id}`, () => templateScenario(id, 'ja')]),
];

describe('link codec', () => {
  it.each(roundTripTable)('round-trips %s through the fragment', async (_, build) => {
    const scenario = build();
    const params = await scenarioLinkParams(scenario, scenario.steps.length);
    const fragment = new URLSearchParams(params).toString();
    const read = await readScenarioLink(new URLSearchParams(fragment));
    expect(read).toEqual({ kind: 'scenario', step: scenario.steps.length, result: { ok: true, scenario } });
  });

  it.each(roundTripTable)('round-trips %s through a .kmslab.json file', (_, build) => {
    const scenario = build();
    const text = toScenarioFile(scenario);
    expect(text).toContain('\n  "format": "kms-lab/scenario"');
    expect(fromScenarioFile(text)).toEqual({ ok: true, scenario });
  });

  it('keeps a typical 20-step lesson link under 2,000 characters', async () => {
    const scenario = typicalTwentySteps();
    expect(scenario.steps).toHaveLength(20);
    const length = encodedLength({ ...(await scenarioLinkParams(scenario, 20)), view: 'envelope' });
    console.log(`20-step lesson: fragment of ${length} characters (JSON ${JSON.stringify(scenario).length})`);
    expect(length).toBeLessThan(2000);
  });

  it('reports the template link lengths', async () => {
    for (const id of TEMPLATE_IDS) {
      const scenario = templateScenario(id, 'ja');
      console.log(`template ${id}: ${encodedLength(await scenarioLinkParams(scenario, 0))} characters`);
    }
  });

  it('reads no scenario from a fragment without s', async () => {
    expect(await readScenarioLink(new URLSearchParams('view=keys'))).toEqual({ kind: 'none' });
  });

  it('clamps the step to the scenario and ignores a malformed one', async () => {
    const params = await scenarioLinkParams(templateScenario('rotation', 'ja'), 3);
    const far = await readScenarioLink(new URLSearchParams({ ...params, step: '999' }));
    expect(far.kind === 'scenario' && far.step).toBe(8);
    const bad = await readScenarioLink(new URLSearchParams({ ...params, step: '-2' }));
    expect(bad.kind === 'scenario' && bad.step).toBeUndefined();
  });

  it('refuses a link from a newer version before decoding it', async () => {
    const read = await readScenarioLink(new URLSearchParams('v=2&s=anything-at-all'));
    expect(read).toMatchObject({ kind: 'scenario', result: { ok: false, reason: 'newer-version' } });
  });

  it('refuses a newer document inside a v=1 link', async () => {
    const payload = await encodeScenario({ ...createScenario('x'), version: 3 } as unknown as Scenario);
    expect(await decodeScenario(payload)).toMatchObject({ ok: false, reason: 'newer-version' });
  });

  it.each([
    ['padding', 'abc='],
    ['standard base64 characters', 'ab+/'],
    ['an impossible length', 'abcde'],
    ['whitespace', 'ab cd'],
    ['non-canonical trailing bits', 'ab'],
  ])('rejects base64url with %s as malformed', async (_, payload) => {
    expect(await decodeScenario(payload)).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('rejects a link without a version', async () => {
    const { s } = await scenarioLinkParams(createScenario('x'), 0);
    expect(await readScenarioLink(new URLSearchParams({ s }))).toMatchObject({
      result: { ok: false, reason: 'malformed' },
    });
  });

  it('rejects an oversized payload before decoding', async () => {
    expect(await decodeScenario('A'.repeat(MAX_LINK_PAYLOAD_CHARS + 4))).toMatchObject({
      ok: false,
      reason: 'too-large',
    });
  });

  it('stops inflating a zip bomb at the cap', async () => {
    // 64 MiB of zeros deflate to about 64 KB: a small link that would inflate far past the cap.
    const zeros = new Uint8Array(64 * 1024 * 1024);
    const stream = new Blob([zeros]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bomb = new Uint8Array(await new Response(stream).arrayBuffer());
    const payload = toBase64Url(bomb);
    expect(payload.length).toBeLessThan(MAX_LINK_PAYLOAD_CHARS);
    const result = await decodeScenario(payload);
    expect(result).toEqual({
      ok: false,
      reason: 'too-large',
      detail: `inflates to more than ${MAX_INFLATED_BYTES} bytes`,
    });
  });

  it('feeds a transform a kilobyte at a time, only as its output is read, and stops at the cap', async () => {
    // A stand-in for a deflate bomb that honours backpressure as the Streams standard (and Chromium's
    // DecompressionStream) does: every input byte becomes 1,000 output bytes. Node's own DecompressionStream
    // reads ahead of its consumer, so it cannot show this (issue #13, item 18).
    const expanding = () =>
      new TransformStream<Uint8Array, Uint8Array<ArrayBuffer>>({
        transform(chunk, controller) {
          for (let i = 0; i < chunk.length; i += 64) controller.enqueue(new Uint8Array(64_000));
        },
      });
    const meter: PipeMeter = { inputBytes: 0, outputBytes: 0 };
    const input = new Uint8Array(64 * 1024);
    expect(await pipe(input, expanding(), MAX_INFLATED_BYTES, meter)).toBe('too-large');
    expect(meter.outputBytes).toBeLessThanOrEqual(MAX_INFLATED_BYTES + 64_000);
    expect(meter.inputBytes).toBeLessThanOrEqual(MAX_INFLATED_BYTES / 1000 + 2 * INFLATE_INPUT_CHUNK);
    const whole = await pipe(input.subarray(0, 3000), expanding(), MAX_INFLATED_BYTES);
    expect(whole).toHaveLength(47 * 64_000);
  });

  it('refuses deep nesting before parsing it: a 2.6 KB link of a million nested arrays', async () => {
    const nested = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    const payload = toBase64Url(
      (await pipe(utf8Encode(nested), new CompressionStream('deflate-raw'), Infinity)) as Uint8Array,
    );
    expect(payload.length).toBeLessThan(4000);
    // JSON.parse would have taken over a second and then answered "expected a JSON object".
    expect(await decodeScenario(payload)).toEqual({
      ok: false,
      reason: 'malformed',
      detail: `nested deeper than ${MAX_SCENARIO_JSON_DEPTH} levels`,
    });
  });

  it('rejects data that is not deflate, not UTF-8 or not JSON', async () => {
    expect(await decodeScenario(toBase64Url(utf8Encode('plain text, not deflate')))).toMatchObject({
      ok: false,
      reason: 'malformed',
    });
    const deflate = async (bytes: Uint8Array<ArrayBuffer>) =>
      toBase64Url(
        new Uint8Array(
          await new Response(
            new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw')),
          ).arrayBuffer(),
        ),
      );
    expect(await decodeScenario(await deflate(new Uint8Array([0xff, 0xfe, 0x80])))).toMatchObject({
      ok: false,
      detail: 'the link data is not UTF-8 text',
    });
    expect(await decodeScenario(await deflate(utf8Encode('{"format": oops')))).toMatchObject({
      ok: false,
      reason: 'malformed',
    });
  });

  it('turns random bytes into typed failures, never exceptions (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (bytes) => {
        const result = await decodeScenario(toBase64Url(bytes));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('turns random mutations of a valid link into typed results, never exceptions (property)', async () => {
    const { s } = await scenarioLinkParams(typicalTwentySteps(), 0);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/ %';
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char: fc.constantFrom(...alphabet) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), char: fc.constantFrom(...alphabet) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        let text = s;
        for (const m of mutations) {
          const at = m.at % (text.length + 1);
          if (m.kind === 'replace') text = text.slice(0, at) + m.char + text.slice(at + 1);
          else if (m.kind === 'insert') text = text.slice(0, at) + m.char + text.slice(at);
          else if (m.kind === 'delete') text = text.slice(0, at) + text.slice(at + 1);
          else text = text.slice(0, at);
        }
        const result = await decodeScenario(text);
        if (!result.ok)
          expect(['malformed', 'invalid', 'too-large', 'unsupported-format', 'newer-version']).toContain(
            result.reason,
          );
      }),
      { numRuns: 400 },
    );
  });

  it('suggests a safe file name', () => {
    expect(scenarioFileName(createScenario('My lesson: keys/rotation'))).toBe(
      'kms-lab-My-lesson-keys-rotation.kmslab.json',
    );
  });
});
