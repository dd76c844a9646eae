import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64, utf8Decode, utf8Encode } from '../crypto';
import { DataKeyHandle } from './dataKey';
import { esdkV2Vectors } from './esdkVectors.fixture';
import { parseHeader } from './header';
import { decryptMessage, encryptMessage } from './message';
import { providers } from './testKit.fixture';

describe.each(providers)('AWS Encryption SDK v2 test vectors (0x0478) with $name', (provider) => {
  it.each(esdkV2Vectors)('$comment', async (vector) => {
    const message = fromBase64(vector.ciphertext);
    const dataKey = fromBase64(vector.dataKey);
    const decrypting = decryptMessage({
      provider,
      message,
      decryptDataKey: async () => new Uint8Array(dataKey),
      revealSecrets: true,
    });
    if ('failure' in vector.expect) {
      await expect(decrypting).rejects.toMatchObject({ code: vector.expect.failure, step: 'commitment' });
      return;
    }
    const result = await decrypting;
    expect(utf8Decode(result.plaintext)).toBe(vector.expect.plaintext);
    expect(result.encryptionContext).toEqual(vector.encryptionContext);
    expect(toBase64(result.header.messageId)).toBe(vector.messageId);
    // The derivations the official SDKs recorded: HKDF-SHA512 with DERIVEKEY / COMMITKEY.
    expect(toBase64(result.trace.keyDerivation.commitmentKey)).toBe(vector.commitment);
    expect(toBase64(result.trace.keyDerivation.revealed?.encryptionKey ?? new Uint8Array())).toBe(
      vector.contentEncryptionKey,
    );
  });

  // Vectors 1 and 4 use the spec's frame IV (sequence number padded with zeros), so encrypting the same
  // inputs must reproduce them byte for byte: header serialization, header tag and frame encryption.
  const reproducible = esdkV2Vectors.flatMap((v) =>
    (v.comment.startsWith('1.') || v.comment.startsWith('4.')) && 'plaintext' in v.expect
      ? [{ ...v, plaintext: v.expect.plaintext }]
      : [],
  );
  it.each(reproducible)('re-encrypts $comment to the identical message', async (vector) => {
    const expected = fromBase64(vector.ciphertext);
    const header = parseHeader(expected);
    const { message } = await encryptMessage({
      provider,
      dataKey: new DataKeyHandle(fromBase64(vector.dataKey)),
      encryptedDataKeys: header.encryptedDataKeys,
      encryptionContext: vector.encryptionContext,
      messageId: header.messageId,
      frameLength: header.frameLength,
      plaintext: utf8Encode(vector.plaintext),
    });
    expect(toBase64(message)).toBe(vector.ciphertext);
  });
});
