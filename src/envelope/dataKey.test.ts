import { describe, expect, it } from 'vitest';
import { DataKeyHandle } from './dataKey';
import { encryptMessage } from './message';
import { createEncryptStream } from './stream';
import { materials, providers, recordingEncryptionKeys, testBytes } from './testKit.fixture';

const [webcrypto] = providers;

const isZero = (bytes: Readonly<Uint8Array>) => bytes.length > 0 && bytes.every((b) => b === 0);

describe('DataKeyHandle: the discard step', () => {
  it('zero-fills the very buffer it was given, and refuses any later use with a clear error', async () => {
    const buffer = testBytes(32, 'data key');
    const handle = new DataKeyHandle(buffer);
    expect(isZero(buffer)).toBe(false);
    handle.discard();
    expect(isZero(buffer)).toBe(true);
    expect(handle.inspectMemory()).toBe(buffer); // the memory view shows this buffer: all zeros now
    expect(handle.discarded).toBe(true);
    expect(() => handle.bytes).toThrow(
      expect.objectContaining({
        code: 'discarded-data-key',
        message: 'the plaintext data key was discarded (zero-filled)',
      }),
    );
    const m = await materials(webcrypto);
    await expect(
      encryptMessage({
        provider: webcrypto,
        dataKey: handle,
        encryptedDataKeys: m.encryptedDataKeys,
        messageId: m.messageId,
        plaintext: new Uint8Array(10),
      }),
    ).rejects.toMatchObject({ code: 'discarded-data-key' });
  });

  it('zero-fills the derived message key when encryption ends', async () => {
    const { recording, encryptionKeys } = recordingEncryptionKeys(webcrypto);
    const m = await materials(webcrypto);
    await encryptMessage({
      provider: recording,
      dataKey: m.dataKey,
      encryptedDataKeys: m.encryptedDataKeys,
      messageId: m.messageId,
      plaintext: testBytes(10_000),
    });
    expect(encryptionKeys).toHaveLength(1);
    expect(isZero(encryptionKeys[0])).toBe(true);
    expect(m.dataKey.discarded).toBe(false); // discarding is the learner's own step 3
  });

  it('discarding in the middle of a stream zero-fills the derived key too and stops the encryption', async () => {
    const { recording, encryptionKeys } = recordingEncryptionKeys(webcrypto);
    const m = await materials(webcrypto);
    const stream = createEncryptStream({
      provider: recording,
      dataKey: m.dataKey,
      encryptedDataKeys: m.encryptedDataKeys,
      messageId: m.messageId,
      frameLength: 16,
    });
    const output = new Response(stream.readable).arrayBuffer(); // keeps reading, so writes are not held back
    output.catch(() => undefined);
    const writer = stream.writable.getWriter();
    await writer.write(testBytes(40));
    m.dataKey.discard();
    expect(isZero(m.dataKey.inspectMemory())).toBe(true);
    expect(isZero(encryptionKeys[0])).toBe(true);
    await expect(writer.write(testBytes(40))).rejects.toMatchObject({ code: 'discarded-data-key' });
    await expect(stream.trace).rejects.toMatchObject({ code: 'discarded-data-key' });
    await expect(output).rejects.toMatchObject({ code: 'discarded-data-key' });
  });

  it('transfer() moves the key into a fresh exact-size buffer and discards the handle', () => {
    const big = testBytes(64, 'big buffer');
    const view = big.subarray(16, 48);
    const expected = new Uint8Array(view);
    const handle = new DataKeyHandle(view);
    const moved = handle.transfer();
    expect(moved.byteLength).toBe(32);
    expect(new Uint8Array(moved)).toEqual(expected);
    expect(isZero(view)).toBe(true);
    expect(handle.discarded).toBe(true);
  });

  it('snapshot/restore carries the state through structuredClone (scenario checkpoints)', () => {
    const live = new DataKeyHandle(testBytes(32, 'k'));
    const restored = DataKeyHandle.restore(structuredClone(live.snapshot()));
    expect(restored.bytes).toEqual(live.bytes);
    live.discard();
    const gone = DataKeyHandle.restore(structuredClone(live.snapshot()));
    expect(gone.discarded).toBe(true);
    expect(isZero(gone.inspectMemory())).toBe(true);
  });
});
