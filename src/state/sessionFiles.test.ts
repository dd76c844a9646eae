import { afterEach, describe, expect, it } from 'vitest';
import { selectCryptoProvider, toHex } from '../crypto/index';
import { DataKeyHandle } from '../envelope/index';
import { createEnvelopeWorkerClient, type EnvelopeWorkerClient } from '../envelope/workerClient';
import { serveEnvelopeRequests } from '../envelope/workerProtocol';
import { createReplayer } from '../scenario/replay';
import type { Scenario } from '../scenario/schema';
import { fileEncryption } from '../scenario/steps/envelopeEncrypt';
import { fingerprintOf } from '../scenario/steps/envelopeEncrypt.fixture';
import type { Step } from '../scenario/steps/index';
import { templateScenario } from '../scenario/templates';
import { createScenarioStore } from './scenario';
import { createSessionReplayer } from './scenarioEngine';
import { createSessionFiles, type EnvelopeMaker } from './sessionFiles';
import { settled } from './settled.fixture';

/** The envelope worker's protocol over a real MessageChannel, as the page runs it in a Worker. */
let workers: { client: EnvelopeWorkerClient; port: MessagePort }[] = [];
afterEach(() => {
  for (const { client, port } of workers) {
    client.terminate();
    port.close();
  }
  workers = [];
});

/** The studio's envelope maker (src/ui/envelope/files), over the worker protocol; counts its runs. */
function workerMaker() {
  const { port1, port2 } = new MessageChannel();
  serveEnvelopeRequests(port2);
  const client = createEnvelopeWorkerClient({ provider: 'webcrypto', port: port1 });
  workers.push({ client, port: port2 });
  const runs: string[] = [];
  const maker: EnvelopeMaker = (file, request, onProgress) => {
    runs.push(request.fingerprint.sha256);
    return client.encryptFile({
      file,
      dataKey: new DataKeyHandle(new Uint8Array(request.dataKey.bytes)),
      encryptedDataKeys: request.encryptedDataKeys,
      encryptionContext: request.encryptionContext,
      messageId: request.messageId,
      frameLength: request.frameLength,
      onProgress: (p) => onProgress(p.plaintextBytes),
    });
  };
  return { maker, runs };
}

function content(length: number, salt: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (i * 7 + salt) & 0xff;
  return out;
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** A key, a GenerateDataKey (s3), then what the studio appends after the worker: the file step and the discard. */
async function fileScenario(file: Uint8Array, name = 'lecture.bin') {
  const base = templateScenario('envelope-basics', 'ja');
  const fingerprint = await fingerprintOf(name, file);
  const fileStep: Step = {
    id: 's4',
    kind: 'envelope.encrypt',
    dataKey: 's3',
    file: fingerprint,
    frameLength: 256,
  };
  const scenario: Scenario = {
    ...base,
    steps: [
      ...base.steps.slice(0, 3),
      fileStep,
      { id: 's5', kind: 'envelope.discardDataKey', dataKey: 's3' },
      {
        id: 's6',
        kind: 'kms.call',
        op: 'GenerateDataKey',
        request: { KeyId: 'alias/study-notes', KeySpec: 'AES_256' },
      },
      { id: 's7', kind: 'envelope.encrypt', dataKey: 's6', text: 'after the file' },
    ],
  };
  return { scenario, fingerprint };
}

describe('session files', () => {
  it('answers a step only for the very file it recorded, made by the worker once however many replays ask', async () => {
    const file = content(1000, 1);
    const { scenario, fingerprint } = await fileScenario(file);
    const files = createSessionFiles();
    const { maker, runs } = workerMaker();
    files.setEnvelopeMaker(maker);
    expect((await createSessionReplayer(scenario, files).goTo(3)).result).toMatchObject({
      error: { name: 'FileNotInScenario', params: { name: 'lecture.bin', size: 1000 } },
    });
    // Same SHA-256 claimed for a file of another size: not the file.
    expect(() => files.choose(fingerprint, new Blob([content(999, 1)]))).toThrow(RangeError);
    files.choose(fingerprint, new Blob([file]));
    const progress: unknown[] = [];
    files.state.subscribe((state) => progress.push(state.encrypting[fingerprint.sha256]));
    const [a, b] = await Promise.all([
      createSessionReplayer(scenario, files).goTo(3),
      createSessionReplayer(scenario, files).goTo(4),
    ]);
    expect(a.result).toMatchObject({ ok: true });
    expect(b.client.envelopes.s4).toBeDefined();
    expect(runs).toEqual([fingerprint.sha256]);
    if (a.result?.kind !== 'envelope.encrypt' || !a.result.ok) throw new Error('not encrypted');
    const envelope = files.envelopeOf(fingerprint.sha256, a.result.detail.trace);
    if (!envelope) throw new Error('no envelope kept');
    const header = a.client.envelopes.s4;
    if (!header || !('header' in header)) throw new Error('no file envelope');
    expect(toHex(header.header)).toBe(
      toHex((await bytesOf(envelope.output)).subarray(0, header.header.length)),
    );
    expect(envelope.output.size).toBe(a.result.detail.messageLength);
    // While the worker ran, the file's progress was there for the UI; it is gone once the envelope is made.
    expect(progress).toContainEqual({ done: 0, total: 1000 });
    expect(progress).toContainEqual({ done: 1000, total: 1000 });
    expect(files.state.getState().encrypting).toEqual({});
  });

  it('reuses the envelope the studio made before the step existed: the step shows the downloaded bytes', async () => {
    const file = content(3000, 2);
    const { scenario, fingerprint } = await fileScenario(file);
    const files = createSessionFiles();
    const { maker, runs } = workerMaker();
    files.setEnvelopeMaker(maker);
    // The studio: GenerateDataKey's view, the worker, then choose + keep, then the steps are appended.
    const before = await createSessionReplayer(scenario, files).goTo(2);
    const memory = before.client.dataKeys.s3?.memory;
    const encryption = await fileEncryption(
      before.client,
      { dataKey: 's3', frameLength: 256 },
      selectCryptoProvider(before.cryptoProvider.name).provider,
    );
    if (!encryption || memory?.state !== 'live') throw new Error('no data key');
    const downloaded = await maker(
      new Blob([file]),
      {
        ...encryption,
        fingerprint,
        dataKey: new DataKeyHandle(new Uint8Array(memory.bytes)),
        provider: 'webcrypto',
      },
      () => undefined,
    );
    files.choose(fingerprint, new Blob([file]));
    files.keepEnvelope(fingerprint.sha256, encryption, downloaded);
    const view = await createSessionReplayer(scenario, files).goTo(3);
    expect(runs).toHaveLength(1);
    if (view.result?.kind !== 'envelope.encrypt' || !view.result.ok) throw new Error('not encrypted');
    expect(view.result.detail.trace).toEqual(downloaded.trace);
    expect(files.envelopeOf(fingerprint.sha256, view.result.detail.trace)).toBe(downloaded);

    // A new session (a reload): the same file chosen again, the worker makes the envelope anew: same bytes.
    const later = createSessionFiles();
    const again = workerMaker();
    later.setEnvelopeMaker(again.maker);
    later.choose(fingerprint, new Blob([file]));
    const replayed = await createSessionReplayer(scenario, later).goTo(3);
    expect(again.runs).toHaveLength(1);
    if (replayed.result?.kind !== 'envelope.encrypt' || !replayed.result.ok) throw new Error('not encrypted');
    const remade = later.envelopeOf(fingerprint.sha256, replayed.result.detail.trace);
    expect(toHex(await bytesOf(remade?.output ?? new Blob()))).toBe(toHex(await bytesOf(downloaded.output)));
  });

  it('replays the step once the file is chosen again, and later text bytes never depend on it', async () => {
    const file = content(700, 3);
    const { scenario, fingerprint } = await fileScenario(file);
    const files = createSessionFiles();
    files.setEnvelopeMaker(workerMaker().maker);
    const replayer = createSessionReplayer(scenario, files);
    const without = await replayer.goTo(6);
    expect((await replayer.goTo(3)).result).toMatchObject({ error: { name: 'FileNotInScenario' } });
    files.choose(fingerprint, new Blob([file]));
    // The same replayer, views cached before the file was there: it starts again and now has the envelope.
    expect((await replayer.goTo(3)).result).toMatchObject({ ok: true });
    const withFile = await replayer.goTo(6);
    const text = (v: typeof without) => {
      const e = v.client.envelopes.s7;
      return e && 'message' in e ? toHex(e.message) : undefined;
    };
    expect(text(withFile)).toBeDefined();
    expect(text(withFile)).toBe(text(without));
    // The reference: a plain replayer that never had a file gives the same text envelope.
    expect(text(await createReplayer(scenario).goTo(6))).toBe(text(without));
  });

  it('does not keep a failed attempt (a file that can no longer be read): choosing it again retries', async () => {
    const file = content(100, 4);
    const { scenario, fingerprint } = await fileScenario(file);
    const files = createSessionFiles();
    let fail = true;
    const { maker } = workerMaker();
    files.setEnvelopeMaker((blob, request, onProgress) =>
      fail
        ? Promise.reject(Object.assign(new Error('The file could not be read'), { name: 'NotReadableError' }))
        : maker(blob, request, onProgress),
    );
    files.choose(fingerprint, new Blob([file]));
    const replayer = createSessionReplayer(scenario, files);
    expect((await replayer.goTo(3)).result).toMatchObject({ error: { name: 'NotReadableError' } });
    fail = false;
    files.choose(fingerprint, new Blob([file]));
    expect((await replayer.goTo(3)).result).toMatchObject({ ok: true });
  });

  it('the store shows the step again when its file is chosen', async () => {
    const file = content(500, 5);
    const { scenario, fingerprint } = await fileScenario(file);
    const files = createSessionFiles();
    files.setEnvelopeMaker(workerMaker().maker);
    const store = createScenarioStore({ scenario, cursor: 3, files });
    expect((await settled(store)).view?.result).toMatchObject({ error: { name: 'FileNotInScenario' } });
    files.choose(fingerprint, new Blob([file]));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const state = await settled(store);
    expect(state.cursor).toBe(3);
    expect(state.view?.result).toMatchObject({ ok: true, kind: 'envelope.encrypt' });
  });
});
