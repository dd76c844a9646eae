/**
 * Properties that must hold for every input (fast-check): round trips, tamper rejection, encryption-context
 * binding, byte-identical providers, identical replays, and snapshot → restore → continue.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createKmsSimulator } from './index';
import { runMixedCalls } from './testing/mixedCalls';

const contextArb = fc.dictionary(fc.string({ minLength: 1, maxLength: 20 }), fc.string({ maxLength: 40 }), {
  maxKeys: 5,
});

async function keyIn(sim: ReturnType<typeof createKmsSimulator>) {
  const created = await sim.invoke('CreateKey', {});
  if (!created.ok) throw created.error;
  return created.response.KeyMetadata.Arn;
}

describe.each(['webcrypto', 'noble'] as const)('symmetric encryption properties (%s)', (crypto) => {
  const sim = createKmsSimulator({ seed: `properties-${crypto}`, crypto });

  test('Decrypt(Encrypt(p, ec), ec) = p for plaintexts of 1..4096 bytes', async () => {
    const keyId = await keyIn(sim);
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 4096 }),
        contextArb,
        async (plaintext, context) => {
          const enc = await sim.invoke('Encrypt', {
            KeyId: keyId,
            Plaintext: plaintext,
            EncryptionContext: context,
          });
          if (!enc.ok) throw enc.error;
          const dec = await sim.invoke('Decrypt', {
            CiphertextBlob: enc.response.CiphertextBlob,
            EncryptionContext: context,
          });
          expect(dec.ok && dec.response.Plaintext).toEqual(plaintext);
        },
      ),
      { numRuns: 60 },
    );
  });

  test('any single-bit flip of a blob ⇒ InvalidCiphertextException', async () => {
    const keyId = await keyIn(sim);
    const enc = await sim.invoke('Encrypt', {
      KeyId: keyId,
      Plaintext: new TextEncoder().encode('tamper with me'),
      EncryptionContext: { k: 'v' },
    });
    if (!enc.ok) throw enc.error;
    const blob = enc.response.CiphertextBlob;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: blob.length * 8 - 1 }), async (bit) => {
        const tampered = blob.slice();
        tampered[bit >> 3] ^= 1 << (bit & 7);
        const dec = await sim.invoke('Decrypt', { CiphertextBlob: tampered, EncryptionContext: { k: 'v' } });
        expect(dec.ok).toBe(false);
        expect(!dec.ok && dec.error.name).toBe('InvalidCiphertextException');
      }),
      { numRuns: 200 },
    );
  });

  test('a changed encryption context ⇒ InvalidCiphertextException', async () => {
    const keyId = await keyIn(sim);
    await fc.assert(
      fc.asyncProperty(contextArb, contextArb, async (context, other) => {
        fc.pre(
          JSON.stringify(Object.entries(context).sort()) !== JSON.stringify(Object.entries(other).sort()),
        );
        const enc = await sim.invoke('Encrypt', {
          KeyId: keyId,
          Plaintext: new Uint8Array([1]),
          EncryptionContext: context,
        });
        if (!enc.ok) throw enc.error;
        const dec = await sim.invoke('Decrypt', {
          CiphertextBlob: enc.response.CiphertextBlob,
          EncryptionContext: other,
        });
        expect(!dec.ok && dec.error.name).toBe('InvalidCiphertextException');
      }),
      { numRuns: 60 },
    );
  });
});

describe('determinism', () => {
  test('WebCrypto and noble give byte-identical responses and trails for one seed', async () => {
    const a = createKmsSimulator({ seed: 'same', crypto: 'webcrypto' });
    const b = createKmsSimulator({ seed: 'same', crypto: 'noble' });
    expect(await runMixedCalls(a, 300)).toEqual(await runMixedCalls(b, 300));
    expect(b.trail()).toEqual(a.trail());
    expect(b.snapshot()).toEqual(a.snapshot());
  });

  test('replays with one seed are identical; other seeds differ', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 12 }), async (seed) => {
        const first = await runMixedCalls(createKmsSimulator({ seed }), 40);
        const second = await runMixedCalls(createKmsSimulator({ seed }), 40);
        expect(second).toEqual(first);
        const other = await runMixedCalls(createKmsSimulator({ seed: `${seed}!` }), 40);
        expect(other).not.toEqual(first);
      }),
      { numRuns: 5 },
    );
  });

  test('snapshot → restore → continue equals the uninterrupted run', async () => {
    const straight = createKmsSimulator({ seed: 'checkpoint' });
    const full = await runMixedCalls(straight, 200);

    const first = createKmsSimulator({ seed: 'checkpoint' });
    const head = await runMixedCalls(first, 120);
    const snapshot = structuredClone(first.snapshot());
    const resumed = createKmsSimulator({ snapshot });
    // 120 is a multiple of the workload's 8-call cycle, so no call after it depends on one before it.
    const tail = await runMixedCalls(resumed, 200, 120);
    expect([...head, ...tail]).toEqual(full);
    expect(resumed.snapshot()).toEqual(straight.snapshot());
  });
});
