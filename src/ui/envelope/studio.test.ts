/**
 * The studio's models on real replays: the steps it appends validate and replay, the flow locator finds every
 * stage, tamper cases stop at the step AWS's design makes them stop, the discard really zero-fills.
 */
import { describe, expect, it } from 'vitest';
import { DataKeyHandle, describeMessage } from '../../envelope/index';
import { describeCiphertextBlob } from '../../kms/index';
import { createReplayer } from '../../scenario/replay';
import { createScenario, type Scenario } from '../../scenario/schema';
import type { Step } from '../../scenario/steps/index';
import { templateScenario } from '../../scenario/templates';
import { validateScenario } from '../../scenario/validateScenario';
import { blobFields, fieldAt, groupedHex, humanBytes, messageFields, utf8Text } from './bytes';
import {
  createKeySteps,
  decryptDataKeyStep,
  decryptStep,
  directEncryptStep,
  encryptFlowSteps,
  FILE_FRAME_LENGTH,
  fileEncryptSteps,
  fileStepFields,
  STUDIO_ALIAS,
  stepIds,
} from './compose';
import { decryptStopsAt, flowAt, stageOfStep, stageStatuses } from './flow';
import {
  changedContext,
  type Outcome,
  outcomeOf,
  type Reset,
  repairSteps,
  resetsFor,
  type TamperCase,
  tamperSteps,
} from './tamper';
import { dataKeyLifetime, exposure, type Loot } from './threats';

const withSteps = (scenario: Scenario, steps: Step[]) =>
  validateScenario({ ...scenario, steps: [...scenario.steps, ...steps] });

/** A scenario with the studio's key and one text flow, stored and decrypted. */
function studioScenario(text = 'hello envelope') {
  let scenario = createScenario('studio-test');
  scenario = withSteps(scenario, createKeySteps(scenario.steps));
  scenario = withSteps(
    scenario,
    encryptFlowSteps({
      steps: scenario.steps,
      keyId: STUDIO_ALIAS,
      text,
      encryptionContext: { purpose: 'kms-lab' },
    }),
  );
  const store = scenario.steps.at(-1) as Extract<Step, { kind: 'envelope.store' }>;
  return withSteps(scenario, [decryptStep(stepIds(scenario.steps)(), store.object)]);
}

describe('compose', () => {
  it('hands out the ids the store would, after the existing steps', () => {
    const next = stepIds(templateScenario('envelope-basics', 'ja').steps);
    expect([next(), next()]).toEqual(['s8', 's9']);
  });

  it('builds the four encrypt steps and the decrypt step, which replay to the original text', async () => {
    const scenario = studioScenario('エンベロープ暗号化');
    expect(scenario.steps.map((s) => s.kind)).toEqual([
      'kms.call',
      'kms.call',
      'kms.call',
      'envelope.encrypt',
      'envelope.discardDataKey',
      'envelope.store',
      'envelope.decrypt',
    ]);
    const view = await createReplayer(scenario).goTo(6);
    expect(view.result).toMatchObject({ ok: true, detail: { text: 'エンベロープ暗号化' } });
  });

  it('a direct Encrypt of more than 4,096 bytes fails with the real ValidationException', async () => {
    let scenario = createScenario('why');
    scenario = withSteps(scenario, createKeySteps(scenario.steps));
    const ok = withSteps(scenario, [directEncryptStep('s3', STUDIO_ALIAS, 'a'.repeat(4096))]);
    expect((await createReplayer(ok).goTo(2)).result).toMatchObject({ ok: true });
    const big = withSteps(scenario, [directEncryptStep('s3', STUDIO_ALIAS, 'a'.repeat(4097))]);
    const view = await createReplayer(big).goTo(2);
    expect(view.result).toMatchObject({ ok: false, error: { source: 'kms', name: 'ValidationException' } });
    expect(view.result?.ok === false && view.result.error.message).toMatch(/4096/);
  });

  it('decrypts an envelope’s data key with a kms.call Decrypt built from its header', async () => {
    const scenario = studioScenario();
    const view = await createReplayer(scenario).goTo(5);
    const stored = Object.values(view.client.objects)[0];
    if (!stored) throw new Error('nothing stored');
    const header = view.client.envelopes[stored.envelope];
    const dataKey = view.client.dataKeys[header?.dataKey ?? ''];
    if (!dataKey || !header) throw new Error('no data key');
    const step = decryptDataKeyStep(
      's99',
      { keyArn: dataKey.keyId, ciphertext: dataKey.ciphertextBlob },
      header.encryptionContext,
    );
    const decrypted = await createReplayer(withSteps(scenario, [step])).goTo(7);
    expect(decrypted.result).toMatchObject({ ok: true, kind: 'kms.call' });
  });
});

describe('file steps', () => {
  it('record the fields the worker run before them used, so the step asks for the very same envelope', () => {
    const file = { name: 'a.bin', size: 3, sha256: 'ab'.repeat(32) };
    const [encrypt, discard] = fileEncryptSteps(templateScenario('envelope-basics', 'ja').steps, 's3', file);
    expect(encrypt).toEqual({ id: 's8', kind: 'envelope.encrypt', ...fileStepFields('s3'), file });
    expect(fileStepFields('s3')).toEqual({ dataKey: 's3', frameLength: FILE_FRAME_LENGTH });
    expect(discard).toEqual({ id: 's9', kind: 'envelope.discardDataKey', dataKey: 's3' });
  });
});

describe('flow', () => {
  it('locates each of the notes’ stages from any step of the flow', async () => {
    const scenario = templateScenario('envelope-basics', 'ja');
    const { steps } = scenario;
    const expected = ['generate', 'encrypt', 'discard', 'store', 'decrypt'];
    for (let cursor = 2; cursor <= 6; cursor++) {
      const flow = flowAt(steps, cursor);
      expect(flow).toMatchObject({
        dataKey: 's3',
        generate: 2,
        encrypt: 3,
        discard: 4,
        store: 5,
        decrypt: 6,
        object: 's3://kms-lab-notes/notes/secret.txt',
      });
      expect(stageOfStep(flow as NonNullable<typeof flow>, cursor)).toBe(expected[cursor - 2]);
    }
    // Before GenerateDataKey, the flow ahead is shown as pending.
    const replayer = createReplayer(scenario);
    const early = flowAt(steps, 0);
    expect(early?.generate).toBe(2);
    const statuses = stageStatuses(early as NonNullable<typeof early>, await replayer.goTo(0));
    expect(Object.values(statuses)).toEqual([
      'pending',
      'pending',
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
  });

  it('marks done, current and pending stages at the discard step', async () => {
    const scenario = templateScenario('envelope-basics', 'ja');
    const view = await createReplayer(scenario).goTo(4);
    const flow = flowAt(scenario.steps, 4);
    expect(stageStatuses(flow as NonNullable<typeof flow>, view)).toEqual({
      generate: 'done',
      encrypt: 'done',
      discard: 'current',
      store: 'pending',
      kmsDecrypt: 'pending',
      decryptData: 'pending',
    });
  });

  it('finds no flow in a scenario without GenerateDataKey', () => {
    expect(flowAt(templateScenario('rotation', 'ja').steps, 3)).toBeUndefined();
  });
});

describe('tamper lab', () => {
  const cases: [TamperCase, Outcome, 'kmsDecrypt' | 'decryptData'][] = [
    ['edk', 'InvalidCiphertextException', 'kmsDecrypt'],
    ['context', 'InvalidCiphertextException', 'kmsDecrypt'],
    ['disable', 'DisabledException', 'kmsDecrypt'],
    ['data', 'frame-auth-failed', 'decryptData'],
    ['iv', 'frame-auth-failed', 'decryptData'],
    ['tag', 'frame-auth-failed', 'decryptData'],
  ];
  it.each(cases)('%s stops the decryption with %s at %s', async (kase, outcome, stage) => {
    const scenario = studioScenario();
    const replayer = createReplayer(scenario);
    const before = await replayer.goTo(scenario.steps.length - 1);
    const stored = Object.values(before.client.objects)[0];
    const keyArn = Object.values(before.client.dataKeys)[0]?.keyId;
    if (!stored || !keyArn) throw new Error('nothing stored');
    const steps = tamperSteps(kase, {
      steps: scenario.steps,
      object: { bucket: stored.bucket, key: stored.key },
      keyArn,
      encryptionContext: { purpose: 'kms-lab' },
    });
    const tampered = withSteps(scenario, steps);
    replayer.setScenario(tampered);
    const view = await replayer.goTo(tampered.steps.length - 1);
    expect(outcomeOf(view.result)).toBe(outcome);
    expect(decryptStopsAt(view.result)).toBe(stage);
    const flow = flowAt(tampered.steps, tampered.steps.length - 1);
    expect(flow?.decrypt).toBe(tampered.steps.length - 1);
    if (kase !== 'disable') expect(flow?.tamper).toEqual([tampered.steps.length - 2]);
  });

  it('a caller without kms:Decrypt stops at KMS with AccessDeniedException', async () => {
    const scenario = studioScenario();
    const store = scenario.steps.at(-2) as Extract<Step, { kind: 'envelope.store' }>;
    const denied = withSteps(scenario, [
      decryptStep(stepIds(scenario.steps)(), store.object, {
        principal: 'arn:aws:iam::111122223333:role/Auditor',
      }),
    ]);
    const view = await createReplayer(denied).goTo(denied.steps.length - 1);
    expect(outcomeOf(view.result)).toBe('AccessDeniedException');
    expect(decryptStopsAt(view.result)).toBe('kmsDecrypt');
  });

  it('repairs: enabling the key and storing the original envelope again decrypts once more', async () => {
    const scenario = studioScenario();
    const replayer = createReplayer(scenario);
    const before = await replayer.goTo(scenario.steps.length - 1);
    const stored = Object.values(before.client.objects)[0];
    const keyArn = Object.values(before.client.dataKeys)[0]?.keyId as string;
    if (!stored) throw new Error('nothing stored');
    const object = { bucket: stored.bucket, key: stored.key };
    let next = withSteps(
      scenario,
      tamperSteps('disable', { steps: scenario.steps, object, keyArn, encryptionContext: {} }),
    );
    next = withSteps(next, tamperSteps('tag', { steps: next.steps, object, keyArn, encryptionContext: {} }));
    next = withSteps(
      next,
      repairSteps(next.steps, { enableKeyArn: keyArn, envelope: { id: stored.envelope, object } }),
    );
    next = withSteps(next, [decryptStep(stepIds(next.steps)(), object)]);
    replayer.setScenario(next);
    expect(outcomeOf((await replayer.goTo(next.steps.length - 1)).result)).toBe('success');
  });

  it('each experiment starts from the same clean envelope and key, whatever the one before left (issue #13)', async () => {
    const scenario = studioScenario();
    const replayer = createReplayer(scenario);
    const first = await replayer.goTo(scenario.steps.length - 1);
    const stored = Object.values(first.client.objects)[0];
    const keyArn = Object.values(first.client.dataKeys)[0]?.keyId as string;
    if (!stored) throw new Error('nothing stored');
    const object = { bucket: stored.bucket, key: stored.key };
    // Runs an experiment as the lab does: from what the step on screen shows.
    const experiment = async (current: typeof scenario, kase: TamperCase) => {
      const view = await replayer.goTo(current.steps.length - 1);
      const now = view.client.objects[`s3://${object.bucket}/${object.key}`];
      const target = {
        steps: current.steps,
        object,
        keyArn,
        encryptionContext: { purpose: 'kms-lab' },
        keyState: view.keys.find((k) => k.metadata.Arn === keyArn)?.metadata.KeyState,
        ...(now ? { stored: { envelope: now.envelope, tampered: now.tamperedBy.length > 0 } } : {}),
      };
      const next = withSteps(current, tamperSteps(kase, target));
      replayer.setScenario(next);
      const result = (await replayer.goTo(next.steps.length - 1)).result;
      return { next, resets: resetsFor(target), outcome: outcomeOf(result) };
    };
    let current = scenario;
    const seen: [TamperCase, Reset[], Outcome | undefined][] = [];
    for (const kase of ['disable', 'tag', 'context', 'edk', 'disable', 'data'] as const) {
      const run = await experiment(current, kase);
      current = run.next;
      seen.push([kase, run.resets, run.outcome]);
    }
    expect(seen).toEqual([
      ['disable', [], 'DisabledException'],
      ['tag', ['enable'], 'frame-auth-failed'],
      ['context', ['restore'], 'InvalidCiphertextException'],
      ['edk', ['restore'], 'InvalidCiphertextException'],
      ['disable', ['restore'], 'DisabledException'],
      ['data', ['enable'], 'frame-auth-failed'],
    ]);
  });

  it('changes the first encryption context pair, or adds one to an empty context', () => {
    expect(changedContext({ b: '2', a: '1' })).toEqual({ a: '1!', b: '2' });
    expect(changedContext({})).toEqual({ purpose: 'attacker' });
  });
});

describe('threat lens', () => {
  const readable = (...loot: Loot[]) =>
    Object.entries(exposure(new Set(loot)))
      .filter(([, e]) => e.readable)
      .map(([secret]) => secret);

  it('the stored envelope alone reveals only what is meant to be public', () => {
    expect(readable('envelope')).toEqual(['encryptedDataKey', 'encryptionContext', 'keyArn']);
  });
  it('memory before the discard plus the envelope reveals the data', () => {
    expect(readable('envelope', 'memoryBefore')).toEqual([
      'data',
      'dataKey',
      'encryptedDataKey',
      'encryptionContext',
      'keyArn',
    ]);
  });
  it('memory after the discard and CloudTrail never reveal a key or the data', () => {
    expect(readable('envelope', 'memoryAfter', 'trail')).toEqual([
      'encryptedDataKey',
      'encryptionContext',
      'keyArn',
    ]);
    expect(readable('trail')).toEqual(['encryptionContext', 'keyArn']);
  });
  it('nothing reveals the backing key', () => {
    expect(exposure(new Set(['envelope', 'memoryBefore', 'memoryAfter', 'trail'])).backingKey.readable).toBe(
      false,
    );
  });
  it('measures how long the plaintext data key existed from the step timestamps', () => {
    expect(
      dataKeyLifetime(
        { index: 2, now: '2026-01-01T00:00:00.000Z' },
        { index: 5, now: '2026-01-01T00:00:30.000Z' },
      ),
    ).toMatchObject({ steps: 3, ms: 30_000, generatedAt: { step: 3 }, discardedAt: { step: 6 } });
    expect(dataKeyLifetime({ index: 2, now: '2026-01-01T00:00:00.000Z' }).discardedAt).toBeUndefined();
  });
});

describe('discard', () => {
  it('zero-fills the very buffer the data key lived in', () => {
    const bytes = new Uint8Array(32).map((_, i) => i + 1);
    const handle = new DataKeyHandle(bytes);
    const memory = handle.inspectMemory();
    handle.discard();
    expect(memory).toBe(bytes);
    expect([...bytes]).toEqual(new Array(32).fill(0));
    expect(handle.snapshot()).toEqual({ state: 'discarded', length: 32 });
  });

  it('the replayed world holds the data key live before the discard step and discarded after it', async () => {
    const scenario = templateScenario('envelope-basics', 'ja');
    const replayer = createReplayer(scenario);
    const before = (await replayer.goTo(3)).client.dataKeys.s3?.memory;
    expect(before?.state).toBe('live');
    expect(before?.state === 'live' && before.bytes.some((b) => b !== 0)).toBe(true);
    expect((await replayer.goTo(4)).client.dataKeys.s3?.memory).toEqual({ state: 'discarded', length: 32 });
  });
});

describe('byte maps', () => {
  it('covers every byte of the envelope with exactly one leaf field, in order', async () => {
    const view = await createReplayer(templateScenario('envelope-basics', 'ja')).goTo(5);
    const message = Object.values(view.client.objects)[0]?.message as Uint8Array;
    const fields = messageFields(describeMessage(message).fields);
    let offset = 0;
    for (const field of fields) {
      expect(field.offset).toBe(offset);
      offset += field.length;
    }
    expect(offset).toBe(message.length);
    const edk = fields.find((f) => f.name === 'encryptedDataKey');
    expect(edk?.category).toBe('edk');
    expect(fields.find((f) => f.name === 'key')?.category).toBe('context');
    expect(fields.find((f) => f.name === 'authenticationTag')).toMatchObject({ category: 'tag', frame: 1 });
    expect(fieldAt(fields, (edk?.offset ?? 0) + 5)).toBe(edk);
    expect(fieldAt(fields, message.length)).toBeUndefined();
  });

  it('maps a signed (0x0578) envelope: the footer after the final frame, not in it', async () => {
    const base = templateScenario('envelope-basics', 'en');
    const steps = base.steps.map((step) =>
      step.kind === 'kms.call' && step.op === 'GenerateDataKey'
        ? { ...step, algorithmSuite: 'AES_256_GCM_HKDF_SHA512_COMMIT_KEY_ECDSA_P384' as const }
        : step,
    );
    const view = await createReplayer({ ...base, steps }).goTo(5);
    const message = Object.values(view.client.objects)[0]?.message as Uint8Array;
    const fields = messageFields(describeMessage(message).fields);
    expect(fields.find((f) => f.name === 'algorithmSuiteId')?.value).toBe(0x0578);
    const footer = fields.filter((f) => f.name === 'signatureLength' || f.name === 'signature');
    expect(footer.map((f) => [f.name, f.frame])).toEqual([
      ['signatureLength', undefined],
      ['signature', undefined],
    ]);
    expect(fields.at(-1)?.name).toBe('signature');
  });

  it('labels every byte of the 126-byte encrypted data key', async () => {
    const view = await createReplayer(templateScenario('envelope-basics', 'ja')).goTo(2);
    const blob = view.client.dataKeys.s3?.ciphertextBlob as Uint8Array;
    const fields = blobFields(describeCiphertextBlob(blob));
    expect(fields.map((f) => [f.name, f.length])).toEqual([
      ['formatVersion', 1],
      ['keyIdKind', 1],
      ['keyId', 16],
      ['keyMaterialId', 32],
      ['nonce', 16],
      ['iv', 12],
      ['ciphertext', 32],
      ['tag', 16],
    ]);
  });

  it('formats hex, text and sizes', () => {
    expect(groupedHex(new Uint8Array([0, 1, 0xab, 0xff, 0x10]))).toBe('0001abff 10');
    expect(utf8Text(new Uint8Array([0xe3, 0x81, 0x82]))).toBe('あ');
    expect(utf8Text(new Uint8Array([0xff]))).toBeUndefined();
    expect(humanBytes(100 * 1024 * 1024)).toBe('100 MiB');
    expect(humanBytes(1536)).toBe('1.50 KiB');
    expect(humanBytes(512)).toBe('512 B');
  });
});

describe('labels', () => {
  it('every byte-map field the studio can show is named and explained in both languages', async () => {
    const { lazyCatalogues } = await import('../../i18n/lazy');
    const { BLOB_FIELD_NAMES, MESSAGE_FIELD_NAMES } = await import('./labels');
    for (const lang of ['en', 'ja'] as const) {
      const envelope = await lazyCatalogues.envelope[lang]();
      const blob = envelope.blob as unknown as Record<string, { name?: string; about?: string }>;
      const message = envelope.message as unknown as Record<string, { name?: string; about?: string }>;
      for (const name of BLOB_FIELD_NAMES) expect(blob[name]?.name && blob[name]?.about).toBeTruthy();
      for (const name of MESSAGE_FIELD_NAMES)
        expect(message[name]?.name && message[name]?.about).toBeTruthy();
    }
    // And every leaf field a real envelope has is in the list.
    const view = await createReplayer(templateScenario('envelope-basics', 'ja')).goTo(5);
    const message = Object.values(view.client.objects)[0]?.message as Uint8Array;
    const names = new Set(messageFields(describeMessage(message).fields).map((f) => f.name));
    for (const name of names) expect(MESSAGE_FIELD_NAMES as readonly string[]).toContain(name);
  });
});

describe('catalogue', () => {
  it('the Japanese messages keep Latin words in code, except the names Japanese writing keeps', async () => {
    const { envelope } = await import('../../i18n/envelope.ja');
    const { flatten } = await import('../../i18n/define');
    const { untranslatedInJapanese } = await import('../../../e2e/helpers/language');
    const prose = [...flatten(envelope)].map(
      ([key, message]) =>
        `${key}: ${message
          .split('`')
          .filter((_, i) => i % 2 === 0)
          .join(' ')
          .replace(/\{\w+\}/g, ' ')}`,
    );
    // The key itself is Latin: only what follows it is checked.
    expect(untranslatedInJapanese(prose.map((p) => p.slice(p.indexOf(': ') + 2)))).toEqual([]);
  });
});
