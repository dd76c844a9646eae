import { describe, expect, it } from 'vitest';
import { concatBytes, fromBase64, readUint16BE, utf8Decode, utf8Encode } from '../crypto';
import { type FrameRecord, frameIv, openFrame, readFrame, sealFrame } from './frame';
import { decryptMessage } from './message';
import { MessageEncryptor } from './messageEncryptor';
import { deriveMessageKeys } from './messageKeys';
import { materials, providers, testBytes } from './testKit.fixture';

/**
 * Regular frames against an official message: the v2 vectors (esdkVectors.test.ts) all fit in one final frame,
 * so the regular-frame AAD label, sequence numbers and IVs are checked here against
 * `base64CiphertextAlgAes256GcmIv12Tag16HkdfWith4Frames` from aws/aws-encryption-sdk-javascript,
 * modules/decrypt-node/test/fixtures.ts: "asdf" under suite 0x0178 (v1.0 header, HKDF-SHA256 with a zero salt
 * and info = suite ID || message ID) with an all-zero data key and frame length 1, i.e. four 1-byte regular
 * frames and an empty final frame. The v1 header is walked here by hand; the frames go through frame.ts.
 */
const V1_FOUR_FRAMES =
  'AYABeKJVcNHPZb822Y05TQyIPsIAAAABAAFrAAFrAAMAAAACAAAAAAwAAAABAAAAAAAAAAAAAAAAscNFbiu5PHGXh4QJs5cAvgAAAAEAAAAAAAAAAAAAAAGpkFqKebmaVxvBrC7CMAN6+QAAAAIAAAAAAAAAAAAAAAKDT6xEjyMBfUBETNSPZ0yOswAAAAMAAAAAAAAAAAAAAAPeqjX7EmBUwwH/npzuCV7EiQAAAAQAAAAAAAAAAAAAAARKQ0gsBy0KM8KSj78nW3gakP////8AAAAFAAAAAAAAAAAAAAAFAAAAAKkz2rxEOUK8lIEZDV6NNFw=';

describe.each(providers)('frames with $name', (provider) => {
  it('decrypts the official four-frame message: regular frames, then an empty final frame', async () => {
    const message = fromBase64(V1_FOUR_FRAMES);
    const messageId = message.subarray(4, 20);
    // v1.0 header body: version, type, suite, message ID (16), AAD (empty), one EDK, content type, reserved,
    // IV length, frame length; then the header IV (12) and tag (16).
    let at = 20;
    at += 2 + readUint16BE(message, at); // AAD
    const edkCount = readUint16BE(message, at);
    at += 2;
    for (let i = 0; i < edkCount * 3; i++) at += 2 + readUint16BE(message, at);
    at += 1 + 4 + 1 + 4 + 12 + 16;
    const key = await provider.hkdf(
      'SHA-256',
      new Uint8Array(32),
      new Uint8Array(32),
      concatBytes(message.subarray(2, 4), messageId),
      32,
    );
    const frames: FrameRecord[] = [];
    for (let sequenceNumber = 1; frames.at(-1)?.final !== true; sequenceNumber++) {
      const frame = readFrame(message.subarray(at), 1, sequenceNumber, at);
      frames.push(frame);
      at += frame.length;
    }
    expect(at).toBe(message.length);
    expect(frames.map((f) => [f.sequenceNumber, f.final, f.contentLength])).toEqual([
      [1, false, 1],
      [2, false, 1],
      [3, false, 1],
      [4, false, 1],
      [5, true, 0],
    ]);
    expect(frames.map((f) => [...f.iv])).toEqual(frames.map((f) => [...frameIv(f.sequenceNumber)]));
    const plaintext = await Promise.all(frames.map((f) => openFrame(provider, key, messageId, f)));
    expect(utf8Decode(concatBytes(...plaintext))).toBe('asdf');
  });

  it('accepts a v2 message that ends with an empty final frame (message-body.md allows it)', async () => {
    const m = await materials(provider);
    const encryptor = await MessageEncryptor.create({
      provider,
      dataKey: m.dataKey,
      encryptedDataKeys: m.encryptedDataKeys,
      messageId: m.messageId,
      frameLength: 8,
    });
    // The encryptor does not expose its key; derive the same one to seal hand-made frames.
    const { encryptionKey } = await deriveMessageKeys(provider, m.dataKey.bytes, m.messageId);
    const pieces = [
      await sealFrame(provider, encryptionKey, m.messageId, 1, false, utf8Encode('12345678')),
      await sealFrame(provider, encryptionKey, m.messageId, 2, true, new Uint8Array(0)),
    ];
    const message = concatBytes(encryptor.header, ...pieces.flatMap((p) => [p.prefix, p.sealed]));
    encryptor.dispose();
    const result = await decryptMessage({ provider, message, decryptDataKey: m.decryptDataKey });
    expect(utf8Decode(result.plaintext)).toBe('12345678');
    expect(result.trace.frameCount).toBe(2);
  });

  it('rejects a final frame longer than the frame length as soon as its length field is read', async () => {
    const m = await materials(provider);
    const { encryptionKey } = await deriveMessageKeys(provider, m.dataKey.bytes, m.messageId);
    const frame = await sealFrame(provider, encryptionKey, m.messageId, 1, true, testBytes(9));
    const bytes = concatBytes(frame.prefix, frame.sealed);
    expect(() => readFrame(bytes.subarray(0, 24), 8, 1, 100)).toThrow(
      expect.objectContaining({ code: 'malformed', field: 'encryptedContentLength', frame: 1, step: 'body' }),
    );
  });
});
