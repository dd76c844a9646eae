import { afterEach, describe, expect, it } from 'vitest';
import { Drbg, equalBytes, toHex } from '../crypto';
import { parseRsaPrivateKeyPkcs8 } from '../crypto/asymmetric';
import {
  generateAsymmetricKeyMaterial,
  type KeyGenerationProgress,
  publicKeySpki,
  rsaKeyMaterial,
} from './asymmetric';
import { createKmsSimulator } from './index';
import { type KeyGenerationResponse, serveKeyGenerationRequests } from './keyGeneration';
import { createKeyGenerationClient, type KeyGenerationJob } from './keyGenerationClient';
import { setRsaKeyGenerator } from './rsaKeyGenerator';
import type { RsaKeySpec } from './world';

/**
 * The key generation worker's protocol over a real MessageChannel: the same structured cloning and buffer
 * transfer a Web Worker does. RSA_2048 keeps each search well under a second.
 */
const ports: MessagePort[] = [];
function connect() {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  serveKeyGenerationRequests(port2);
  const responses: KeyGenerationResponse[] = [];
  port1.addEventListener('message', (event) => responses.push(event.data));
  const events: [string, KeyGenerationJob][] = [];
  const generate = createKeyGenerationClient(() => port1, {
    started: (job) => events.push(['started', job]),
    progressed: (job) => events.push(['progressed', job]),
    ended: (job) => events.push(['ended', job]),
  });
  return { generate, responses, events };
}
afterEach(() => {
  setRsaKeyGenerator(undefined);
  for (const port of ports.splice(0)) port.close();
});

const seedOf = (label: string) => Drbg.fromSeed(label).bytes(32);

describe('the key generation worker', () => {
  it('returns the very bytes the main-thread search makes, in the order asked, with the same progress', async () => {
    const { generate, responses, events } = connect();
    const [seed, other] = [seedOf('worker-equals-main-thread'), seedOf('second')];
    const mainThreadProgress: KeyGenerationProgress[] = [];
    const expected = await rsaKeyMaterial('RSA_2048', seed, (p) => mainThreadProgress.push(p));
    const [material, second] = await Promise.all([generate('RSA_2048', seed), generate('RSA_2048', other)]);
    expect(toHex(material)).toBe(toHex(expected));
    // The second request got its own key (a valid one: parsing checks p·q = n).
    expect(equalBytes(second, material)).toBe(false);
    expect(parseRsaPrivateKeyPkcs8(second).n.toString(2)).toHaveLength(2048);
    // The caller's seed is copied, never moved or zero-filled: the engine's DRBG bytes stay its own.
    expect(toHex(seed)).toBe(toHex(seedOf('worker-equals-main-thread')));

    const progress = responses.flatMap((r) => (r.type === 'progress' && r.id === 1 ? [r.progress] : []));
    expect(progress).toEqual(mainThreadProgress);
    expect(progress.map((p) => p.candidates)).toEqual(progress.map((_, i) => i + 1));
    const primes = progress.map((p) => p.prime);
    expect(primes[0]).toBe('p');
    expect(primes.at(-1)).toBe('q');
    expect(primes.indexOf('q')).toBe(primes.lastIndexOf('p') + 1);
    // The observer saw each job start, each progress report, and each end, once.
    const first = events.filter(([, job]) => job.id === 1);
    expect(first[0]).toEqual(['started', { id: 1, spec: 'RSA_2048' }]);
    expect(first.filter(([kind]) => kind === 'progressed')).toHaveLength(progress.length);
    expect(first.at(-1)).toEqual(['ended', { id: 1, spec: 'RSA_2048', progress: progress.at(-1) }]);
    expect(events.filter(([kind]) => kind === 'ended').map(([, job]) => job.id)).toEqual([1, 2]);
  });

  it('refuses a request the engine could not make, and stays ready for the next', async () => {
    const { generate, events } = connect();
    await expect(generate('RSA_1024' as RsaKeySpec, seedOf('bad'))).rejects.toThrow(
      /no RSA key spec RSA_1024/,
    );
    await expect(generate('RSA_2048', new Uint8Array(16))).rejects.toMatchObject({ name: 'TypeError' });
    expect(events.filter(([kind]) => kind === 'ended')).toHaveLength(2);
    expect((await generate('RSA_2048', seedOf('after'))).length).toBeGreaterThan(1000);
  });
});

describe('the engine with its RSA keys generated elsewhere', () => {
  it('hands the generator the seed its DRBG drew, and keeps the key the worker made', async () => {
    const { generate } = connect();
    const asked: [RsaKeySpec, string][] = [];
    setRsaKeyGenerator((spec, seed) => {
      asked.push([spec, toHex(seed)]);
      return generate(spec, seed);
    });
    const kms = createKmsSimulator({ seed: 'key-generation-worker' });
    const { KeyMetadata } = (await kms.handle('TrentService.CreateKey', {
      KeySpec: 'RSA_2048',
      KeyUsage: 'SIGN_VERIFY',
    })) as { KeyMetadata: { KeyId: string } };
    const { PublicKey } = (await kms.handle('TrentService.GetPublicKey', { KeyId: KeyMetadata.KeyId })) as {
      PublicKey: string;
    };
    expect(asked).toHaveLength(1);
    const [spec, seedHex] = asked[0];
    const seed = Uint8Array.from(seedHex.match(/../g) ?? [], (h) => Number.parseInt(h, 16));
    const expected = await publicKeySpki(spec, await rsaKeyMaterial(spec, seed));
    expect(PublicKey).toBe(Buffer.from(expected).toString('base64'));
  });

  it('searches once for a key two replays ask for at the same time', async () => {
    let searches = 0;
    // Not a real search: this checks the bookkeeping around one (a real one is checked above).
    setRsaKeyGenerator(async () => {
      searches++;
      return Uint8Array.of(1, 2, 3);
    });
    const [a, b] = await Promise.all([
      generateAsymmetricKeyMaterial('RSA_2048', Drbg.fromSeed('in-flight')),
      generateAsymmetricKeyMaterial('RSA_2048', Drbg.fromSeed('in-flight')),
    ]);
    expect(searches).toBe(1);
    expect(equalBytes(a, b)).toBe(true);
    // Each caller owns its copy (callers zero-fill material when a key is deleted).
    a.fill(0);
    expect(equalBytes(a, b)).toBe(false);
  });
});
