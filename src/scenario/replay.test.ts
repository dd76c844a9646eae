import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from '../crypto/index';
import { createReplayer, type StepView } from './replay';
import { longLesson, typicalTwentySteps } from './scenarios.fixture';
import { createScenario, type Scenario } from './schema';
import { filesInMemory, fingerprintOf } from './steps/envelopeEncrypt.fixture';
import type { Step } from './steps/index';
import { TEMPLATE_IDS, templateScenario } from './templates';

/** A view as comparable text: bytes as hex, dates as ISO (what "byte-identical" means for a whole view). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v) => {
    if (v instanceof Uint8Array) return `hex:${toHex(v)}`;
    if (v && typeof v === 'object' && 'type' in v && v.type === 'Buffer') return v;
    return v;
  });
}
/** Dates survive JSON.stringify as ISO strings through toJSON, so `canonical` covers them. */
const viewText = (view: StepView) => canonical(view);

async function allViews(
  scenario: Scenario,
  options: Parameters<typeof createReplayer>[1] = {},
): Promise<string[]> {
  const replayer = createReplayer(scenario, options);
  const out: string[] = [];
  for (let i = -1; i < scenario.steps.length; i++) out.push(viewText(await replayer.goTo(i)));
  return out;
}

const resultOf = async (scenario: Scenario, index: number) =>
  (await createReplayer(scenario).goTo(index)).result;

describe('replay', () => {
  it.each(TEMPLATE_IDS)('replays template %s to the same bytes every time', async (id) => {
    const scenario = templateScenario(id, 'ja');
    expect(await allViews(scenario)).toEqual(await allViews(structuredClone(scenario)));
  });

  it('gives byte-identical results on WebCrypto and noble', async () => {
    const scenario = typicalTwentySteps();
    const web = await allViews(scenario, { crypto: 'webcrypto' });
    const noble = (await allViews(scenario, { crypto: 'noble' })).map((v) =>
      v.replace(/"name":"noble","reason":"requested"/, 'P'),
    );
    expect(noble).toEqual(web.map((v) => v.replace(/"name":"webcrypto","reason":"requested"/, 'P')));
  });

  it('runs the envelope basics the way the study notes describe', async () => {
    const scenario = templateScenario('envelope-basics', 'ja');
    const replayer = createReplayer(scenario);
    const generated = await replayer.goTo(2);
    const plaintextKey = generated.client.dataKeys.s3?.memory;
    expect(plaintextKey?.state).toBe('live');
    const discarded = await replayer.goTo(4);
    expect(discarded.client.dataKeys.s3?.memory).toEqual({ state: 'discarded', length: 32 });
    const decrypted = await replayer.goTo(6);
    expect(
      decrypted.result?.kind === 'envelope.decrypt' && decrypted.result.ok && decrypted.result.detail.text,
    ).toBe('エンベロープ暗号化: 大きなデータはデータキーで暗号化する。');
    // The decrypt made one KMS Decrypt call, logged in CloudTrail with the encryption context, never the key.
    expect(decrypted.trail).toHaveLength(1);
    expect(decrypted.trail[0]).toMatchObject({
      eventName: 'Decrypt',
      requestParameters: {
        encryptionContext: { purpose: 'kms-lab', object: 'kms-lab-notes/notes/secret.txt' },
      },
    });
  });

  it('treats the 5 KB Encrypt as a normal failing step with the AWS error', async () => {
    const result = await resultOf(templateScenario('why-envelope', 'ja'), 2);
    expect(result).toMatchObject({
      ok: false,
      error: {
        source: 'kms',
        name: 'ValidationException',
        message:
          "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096",
      },
    });
  });

  it('keeps old ciphertext decryptable after rotation', async () => {
    const replayer = createReplayer(templateScenario('rotation', 'ja'));
    const rotations = await replayer.goTo(4);
    expect(rotations.keys[0]?.versions).toHaveLength(2);
    const oldDecrypt = await replayer.goTo(6);
    const newDecrypt = await replayer.goTo(7);
    const materialOf = (view: StepView) =>
      view.result?.kind === 'kms.call' && view.result.ok
        ? (view.result.output as { KeyMaterialId?: string }).KeyMaterialId
        : undefined;
    expect(materialOf(oldDecrypt)).toBe(rotations.keys[0]?.versions[0]?.keyMaterialId);
    expect(materialOf(newDecrypt)).toBe(rotations.keys[0]?.versions[1]?.keyMaterialId);
  });

  it.each([
    // Byte 100 of the EDK lies in the blob's ciphertext: the blob no longer authenticates.
    [
      'edk ciphertext',
      { part: 'edk', bit: 800 },
      { source: 'kms', name: 'InvalidCiphertextException', stage: 'data-key' },
    ],
    // Byte 12 lies in the blob's key identifier: it now names another key than the EDK's KeyId.
    [
      'edk key identifier',
      { part: 'edk', bit: 100 },
      { source: 'kms', name: 'IncorrectKeyException', stage: 'data-key' },
    ],
    [
      'iv',
      { part: 'iv', bit: 3 },
      { source: 'envelope', name: 'frame-auth-failed', stage: 'body', frame: 1 },
    ],
    [
      'tag',
      { part: 'tag', bit: 127 },
      { source: 'envelope', name: 'frame-auth-failed', stage: 'body', frame: 1 },
    ],
    [
      'data',
      { part: 'data', bit: 9 },
      { source: 'envelope', name: 'frame-auth-failed', stage: 'body', frame: 1 },
    ],
    [
      'header version',
      { part: 'header', bit: 7 },
      { source: 'envelope', name: 'bad-version', stage: 'header' },
    ],
  ] as const)('stops decryption at the right step after tampering with the %s', async (_, flip, error) => {
    const base = templateScenario('envelope-basics', 'ja');
    const object = { bucket: 'kms-lab-notes', key: 'notes/secret.txt' };
    const steps: Step[] = [
      ...base.steps,
      { id: 's8', kind: 'tamper', object, flip },
      { id: 's9', kind: 'envelope.decrypt', object },
    ];
    const result = await resultOf({ ...base, steps }, 8);
    expect(result).toMatchObject({ ok: false, error });
  });

  it('fails at KMS when the stored encryption context is rewritten', async () => {
    const base = templateScenario('envelope-basics', 'ja');
    const object = { bucket: 'kms-lab-notes', key: 'notes/secret.txt' };
    const steps: Step[] = [
      ...base.steps,
      { id: 's8', kind: 'tamper', object, encryptionContext: { purpose: 'kms-lab', object: 'elsewhere' } },
      { id: 's9', kind: 'envelope.decrypt', object },
    ];
    const replayer = createReplayer({ ...base, steps });
    const decrypt = await replayer.goTo(8);
    expect(decrypt.result).toMatchObject({
      ok: false,
      error: { source: 'kms', name: 'InvalidCiphertextException', message: '' },
    });
    expect(decrypt.trail[0]).toMatchObject({ errorCode: 'InvalidCiphertextException' });
  });

  it('reports scenario problems as typed failures', async () => {
    const object = { bucket: 'kms-lab-notes', key: 'none' };
    const base = templateScenario('envelope-basics', 'ja');
    const withSteps = (...steps: Step[]) => ({ ...base, steps: [...base.steps, ...steps] });
    expect(
      await resultOf(withSteps({ id: 's8', kind: 'envelope.encrypt', dataKey: 's3', text: 'again' }), 7),
    ).toMatchObject({
      ok: false,
      error: { source: 'scenario', name: 'DataKeyDiscarded', params: { dataKey: 's3' } },
    });
    expect(await resultOf(withSteps({ id: 's8', kind: 'envelope.decrypt', object }), 7)).toMatchObject({
      error: { name: 'NoSuchObject' },
    });
    expect(
      await resultOf(
        withSteps({
          id: 's8',
          kind: 'tamper',
          object: { bucket: 'kms-lab-notes', key: 'notes/secret.txt' },
          flip: { part: 'iv', frame: 9, bit: 0 },
        }),
        7,
      ),
    ).toMatchObject({ error: { name: 'TamperOutOfRange' } });
    const failedEncrypt = createScenario('refs', {}, [
      { id: 's1', kind: 'kms.call', op: 'Encrypt', request: { KeyId: 'alias/none', Plaintext: 'aGk=' } },
      {
        id: 's2',
        kind: 'kms.call',
        op: 'Decrypt',
        request: { CiphertextBlob: { $ref: 's1/CiphertextBlob' } },
      },
      { id: 's3', kind: 'kms.call', op: 'Encrypt', request: { KeyId: 'alias/x', Plaintext: 'not base64!' } },
    ]);
    expect(await resultOf(failedEncrypt, 0)).toMatchObject({
      error: { source: 'kms', name: 'NotFoundException' },
    });
    const view = await createReplayer(failedEncrypt).goTo(1);
    expect(view.result).toMatchObject({
      error: { name: 'RefUnresolved', params: { ref: 's1/CiphertextBlob' } },
    });
    expect(view.caption).toEqual({ code: 'RefUnresolved', params: { ref: 's1/CiphertextBlob' } });
    expect(await resultOf(failedEncrypt, 2)).toMatchObject({
      error: { source: 'kms', name: 'SerializationException' },
    });
  });

  it('says a file step needs its file, and replays it when the same file is supplied', async () => {
    const content = new TextEncoder().encode('a file the learner dropped');
    const file = await fingerprintOf('notes.txt', content);
    const base = templateScenario('envelope-basics', 'ja');
    const steps: Step[] = [
      ...base.steps.slice(0, 3),
      { id: 's4', kind: 'envelope.encrypt', dataKey: 's3', file },
    ];
    const scenario = { ...base, steps };
    expect(await resultOf(scenario, 3)).toMatchObject({
      error: { name: 'FileNotInScenario', params: { name: 'notes.txt' } },
    });
    const wrong = createReplayer(scenario, {
      encryptFile: filesInMemory(new TextEncoder().encode('a file the learner droppeD')).encryptFile,
    });
    expect((await wrong.goTo(3)).result).toMatchObject({ error: { name: 'FileNotInScenario' } });
    const right = createReplayer(scenario, { encryptFile: filesInMemory(content).encryptFile });
    expect((await right.goTo(3)).result).toMatchObject({ ok: true });
  });

  it('rejects a cursor outside the scenario', async () => {
    await expect(createReplayer(templateScenario('rotation', 'ja')).goTo(8)).rejects.toThrow(RangeError);
  });
});

describe('checkpoints', () => {
  it('give the same view as a full replay, whatever the order of jumps (property)', async () => {
    const scenario = longLesson(120);
    const reference = await allViews(scenario);
    let replayer = createReplayer(scenario, { checkpointEvery: 10 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: -1, max: 119 }), { minLength: 1, maxLength: 12 }),
        async (jumps) => {
          // A new replayer per run, so its view cache does not hide the checkpoint paths.
          replayer = createReplayer(scenario, { checkpointEvery: 10 });
          for (const index of jumps) expect(viewText(await replayer.goTo(index))).toBe(reference[index + 1]);
        },
      ),
      { numRuns: 25 },
    );
    await replayer.goTo(119);
    expect(replayer.checkpointCount()).toBe(12);
  });

  it('survive appending and are dropped after an edited step', async () => {
    const scenario = longLesson(60);
    const replayer = createReplayer(scenario, { checkpointEvery: 10 });
    await replayer.goTo(59);
    expect(replayer.checkpointCount()).toBe(6);
    const appended = {
      ...scenario,
      steps: [...scenario.steps, { id: 'n1', kind: 'note', text: 'more' } as Step],
    };
    replayer.setScenario(appended);
    expect(replayer.checkpointCount()).toBe(6);
    expect((await replayer.goTo(60)).caption).toEqual({ code: 'note', params: { text: 'more' } });

    const edited = structuredClone(appended);
    edited.steps[25] = { id: edited.steps[25]?.id ?? 'x', kind: 'clock.advance', ms: 1000 };
    replayer.setScenario(edited);
    expect(replayer.checkpointCount()).toBe(3);
    const fresh = await allViews(edited);
    for (const index of [59, 10, 30, 25, 24])
      expect(viewText(await replayer.goTo(index))).toBe(fresh[index + 1]);

    replayer.setScenario({ ...edited, seed: 'another seed' });
    expect(replayer.checkpointCount()).toBe(0);
  });

  it('pause after every step run, and keep the view before the target without running it again', async () => {
    const scenario = templateScenario('envelope-basics', 'en');
    const last = scenario.steps.length - 1;
    let pauses = 0;
    const replayer = createReplayer(scenario, {
      pause: async () => {
        pauses++;
      },
    });
    await replayer.goTo(last);
    expect(pauses).toBe(scenario.steps.length);
    // The stage draws a step from the view before it: passed on the way, so no step runs again.
    const before = await replayer.goTo(last - 1);
    expect(pauses).toBe(scenario.steps.length);
    expect(viewText(before)).toBe((await allViews(scenario))[last]);
  });

  it('make any jump in a 1,000-step scenario fast (measured)', async () => {
    const scenario = longLesson(1000);
    const replayer = createReplayer(scenario);
    let start = performance.now();
    await replayer.goTo(999);
    const firstPass = performance.now() - start;
    // Not yet visited (nor passed just before a target), so none of these comes from the view cache.
    const jumps = [0, 997, 500, 13, 987, 250, 751, 3, 996, 499, 124, 875];
    const times: number[] = [];
    for (const index of jumps) {
      start = performance.now();
      await replayer.goTo(index);
      times.push(performance.now() - start);
    }
    start = performance.now();
    await replayer.goTo(500);
    const revisit = performance.now() - start;
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] as number;
    console.log(
      `1,000-step scenario: full replay ${firstPass.toFixed(0)} ms; cursor jumps median ${median.toFixed(1)} ms, ` +
        `worst ${(times.at(-1) as number).toFixed(1)} ms; revisit ${revisit.toFixed(2)} ms (${replayer.checkpointCount()} checkpoints)`,
    );
    // Timings are noisy on shared machines: compare with the full replay measured in the same run.
    expect(median).toBeLessThan(firstPass / 5);
  });
});
