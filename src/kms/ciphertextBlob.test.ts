/** The documented blob layout (ciphertextBlob.ts) and what the trace shows of one Encrypt. */
import { describe, expect, test } from 'vitest';
import { toHex } from '../crypto';
import { describeCiphertextBlob, HEADER_LENGTH, parseCiphertextBlob } from './ciphertextBlob';
import { createKmsSimulator } from './index';

describe('ciphertext blob', () => {
  test('fields, offsets and lengths match the documented layout', async () => {
    const sim = createKmsSimulator({ seed: 'layout' });
    const created = await sim.invoke('CreateKey', {});
    if (!created.ok) throw created.error;
    const key = created.response.KeyMetadata;
    const enc = await sim.invoke('Encrypt', { KeyId: key.KeyId, Plaintext: new Uint8Array(10) });
    if (!enc.ok) throw enc.error;
    const blob = enc.response.CiphertextBlob;
    expect(blob.length).toBe(HEADER_LENGTH + 10 + 16);
    const fields = describeCiphertextBlob(blob);
    expect(fields.map((f) => [f.name, f.offset, f.length])).toEqual([
      ['formatVersion', 0, 1],
      ['keyIdKind', 1, 1],
      ['keyId', 2, 16],
      ['keyMaterialId', 18, 32],
      ['nonce', 50, 16],
      ['iv', 66, 12],
      ['ciphertext', 78, 10],
      ['tag', 88, 16],
    ]);
    expect(toHex(fields[2].bytes)).toBe(key.KeyId.replaceAll('-', ''));
    expect(toHex(fields[3].bytes)).toBe(key.CurrentKeyMaterialId);
    expect(parseCiphertextBlob(blob)).toMatchObject({
      keyId: key.KeyId,
      keyMaterialId: key.CurrentKeyMaterialId,
    });
    // The key's ARN is never written in clear text.
    expect(new TextDecoder('latin1').decode(blob)).not.toContain('arn:aws');

    const trace = enc.trace;
    const codes = trace.map((s) => s.code);
    expect(codes).toEqual([
      'request-received',
      'request-validated',
      'identifier-resolved',
      'authorization',
      'key-state-checked',
      'backing-key-selected',
      'nonce-generated',
      'key-derived',
      'iv-generated',
      'aad-built',
      'aes-gcm-encrypted',
      'ciphertext-blob-built',
      'trail-recorded',
      'response',
    ]);
    const derived = trace.find((s) => s.code === 'key-derived');
    const aad = trace.find((s) => s.code === 'aad-built');
    const sealed = trace.find((s) => s.code === 'aes-gcm-encrypted');
    expect(derived?.code === 'key-derived' && derived.nonce).toEqual(fields[4].bytes);
    expect(derived?.code === 'key-derived' && derived.derivedKey.length).toBe(32);
    expect(aad?.code === 'aad-built' && aad.header).toEqual(blob.slice(0, HEADER_LENGTH));
    expect(sealed?.code === 'aes-gcm-encrypted' && sealed.tag).toEqual(fields[7].bytes);
  });

  test('short or foreign bytes are described as far as they go and do not parse', () => {
    expect(describeCiphertextBlob(new Uint8Array(20)).map((f) => f.name)).toEqual([
      'formatVersion',
      'keyIdKind',
      'keyId',
    ]);
    expect(parseCiphertextBlob(new Uint8Array(200))).toBeUndefined();
    const wrongKind = new Uint8Array(200);
    wrongKind[0] = 1;
    wrongKind[1] = 7;
    expect(parseCiphertextBlob(wrongKind)).toBeUndefined();
  });
});
