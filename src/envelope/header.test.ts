import { describe, expect, it } from 'vitest';
import { concatBytes, utf8Encode, writeUint16BE, writeUint32BE } from '../crypto';
import { describeMessage } from './describe';
import type { Field } from './fieldReader';
import { parseHeader } from './header';
import { decryptMessage, encryptMessage } from './message';
import { KEY_ARN, materials, providers, testBytes } from './testKit.fixture';

const [webcrypto] = providers;

async function sampleMessage(plaintextLength = 40, frameLength = 16) {
  const ec = { purpose: 'layout' };
  const m = await materials(webcrypto, ec);
  const { message } = await encryptMessage({
    provider: webcrypto,
    dataKey: m.dataKey,
    encryptedDataKeys: m.encryptedDataKeys,
    encryptionContext: ec,
    messageId: m.messageId,
    frameLength,
    plaintext: testBytes(plaintextLength),
  });
  return { message, m };
}

function find(fields: readonly Field[], name: string): Field | undefined {
  for (const f of fields) {
    if (f.name === name) return f;
    const inner = f.children && find(f.children, name);
    if (inner) return inner;
  }
  return undefined;
}

function patched(message: Uint8Array, name: string, write: (bytes: Uint8Array, offset: number) => void) {
  const field = find(describeMessage(message).fields, name);
  if (!field) throw new Error(`no field ${name}`);
  const copy = new Uint8Array(message);
  write(copy, field.offset);
  return copy;
}

/** A header body built by hand, for structures an encryptor would never write. */
function rawHeader(parts: {
  aad?: Uint8Array;
  edkCount?: number;
  contentType?: number;
  frameLength?: number;
}) {
  const u16 = (n: number) => {
    const b = new Uint8Array(2);
    writeUint16BE(b, n);
    return b;
  };
  const u32 = (n: number) => {
    const b = new Uint8Array(4);
    writeUint32BE(b, n);
    return b;
  };
  const lp = (b: Uint8Array) => concatBytes(u16(b.length), b);
  return concatBytes(
    new Uint8Array([0x02, 0x04, 0x78]),
    new Uint8Array(32),
    lp(parts.aad ?? new Uint8Array(0)),
    u16(parts.edkCount ?? 1),
    lp(utf8Encode('aws-kms')),
    lp(utf8Encode(KEY_ARN)),
    lp(new Uint8Array(8)),
    new Uint8Array([parts.contentType ?? 2]),
    u32(parts.frameLength ?? 4096),
    new Uint8Array(32 + 16),
  );
}

const pair = (key: Uint8Array, value: Uint8Array) => {
  const out = new Uint8Array(4 + key.length + value.length);
  writeUint16BE(out, key.length, 0);
  out.set(key, 2);
  writeUint16BE(out, value.length, 2 + key.length);
  out.set(value, 4 + key.length);
  return out;
};
const pairs = (count: number, ...entries: Uint8Array[]) => {
  const c = new Uint8Array(2);
  writeUint16BE(c, count);
  return concatBytes(c, ...entries);
};

describe('parseHeader: typed failures for malformed input', () => {
  it('parses what encryptMessage writes', async () => {
    const { message } = await sampleMessage();
    const header = parseHeader(message);
    expect(header).toMatchObject({ version: 2, algorithmSuiteId: 0x0478, contentType: 2, frameLength: 16 });
    expect(header.encryptionContext).toEqual({ purpose: 'layout' });
    expect(header.headerBody.length + 16).toBe(header.headerLength);
  });

  type Patch = (bytes: Uint8Array, offset: number) => void;
  const setByte =
    (value: number): Patch =>
    (bytes, offset) => {
      bytes[offset] = value;
    };
  const cases: [string, string, Patch, string, RegExp][] = [
    ['base64 text instead of bytes', 'version', setByte(0x41), 'bad-version', /base64/],
    ['unknown version', 'version', setByte(0x07), 'bad-version', /0x07/],
    [
      'a format 1.0 suite in a 2.0 header',
      'algorithmSuiteId',
      setByte(0x01),
      'unknown-suite',
      /0x0178 \(ALG_AES_256_GCM_IV12_TAG16_HKDF_SHA256\) belongs to message format 1\.0/,
    ],
    ['unknown suite', 'algorithmSuiteId', setByte(0x7f), 'unknown-suite', /unknown algorithm suite 0x7f78/],
    ['non-framed content', 'contentType', setByte(0x01), 'malformed', /non-framed/],
    ['unknown content type', 'contentType', setByte(0x09), 'malformed', /0x09/],
    ['frame length 0', 'frameLength', (b, o) => writeUint32BE(b, 0, o), 'malformed', /frame length is 0/],
    ['EDK count 0', 'encryptedDataKeyCount', (b, o) => writeUint16BE(b, 0, o), 'malformed', /count is 0/],
  ];
  it.each(cases)('%s', async (_label, field, write, code, message) => {
    const { message: bytes } = await sampleMessage();
    expect(() => parseHeader(patched(bytes, field, write))).toThrow(
      expect.objectContaining({ code, field, step: 'header', message: expect.stringMatching(message) }),
    );
  });

  it.each([
    ['count 0 with a non-empty AAD', pairs(0), 'keyValuePairCount'],
    [
      'duplicate keys',
      pairs(2, pair(utf8Encode('k'), utf8Encode('1')), pair(utf8Encode('k'), utf8Encode('2'))),
      'keyValuePair',
    ],
    ['invalid UTF-8 key', pairs(1, pair(new Uint8Array([0xff]), utf8Encode('v'))), 'key'],
    ['pairs overrunning the AAD length', pairs(2, pair(utf8Encode('k'), utf8Encode('v'))), 'keyLength'],
    [
      'bytes left after the pairs',
      concatBytes(pairs(1, pair(utf8Encode('k'), utf8Encode('v'))), new Uint8Array(3)),
      'aad',
    ],
  ])('encryption context: %s', (_label, aad, field) => {
    expect(() => parseHeader(rawHeader({ aad }))).toThrow(
      expect.objectContaining({ code: 'malformed', field }),
    );
  });

  it('keeps "__proto__" an ordinary encryption context key', () => {
    const header = parseHeader(rawHeader({ aad: pairs(1, pair(utf8Encode('__proto__'), utf8Encode('x'))) }));
    expect(Object.keys(header.encryptionContext)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(header.encryptionContext, '__proto__')?.value).toBe('x');
  });

  it('reports truncation with how many bytes the header needs, at every cut', async () => {
    const { message } = await sampleMessage();
    const { headerLength } = parseHeader(message);
    for (let cut = 0; cut < headerLength; cut++) {
      let error: unknown;
      try {
        parseHeader(message.subarray(0, cut));
      } catch (e) {
        error = e;
      }
      expect(error, `cut ${cut}`).toMatchObject({ code: 'truncated', step: 'header' });
      expect((error as { needed: number }).needed).toBeGreaterThan(cut);
      expect((error as { needed: number }).needed).toBeLessThanOrEqual(headerLength);
    }
  });

  it('decryption reports a message cut in its body, and bytes after the final frame', async () => {
    const { message, m } = await sampleMessage();
    const decrypt = (bytes: Uint8Array) =>
      decryptMessage({ provider: webcrypto, message: bytes, decryptDataKey: m.decryptDataKey });
    await expect(decrypt(message.subarray(0, message.length - 1))).rejects.toMatchObject({
      code: 'truncated',
      step: 'body',
      frame: 3,
    });
    const { headerLength } = parseHeader(message);
    await expect(decrypt(message.subarray(0, headerLength))).rejects.toMatchObject({
      code: 'truncated',
      step: 'body',
      frame: 1,
    });
    await expect(decrypt(concatBytes(message, new Uint8Array([0])))).rejects.toMatchObject({
      code: 'trailing-bytes',
      step: 'body',
      frame: 3,
    });
  });

  it('refuses frame lengths above the decryptor limit before reading frames', async () => {
    const { message, m } = await sampleMessage(10, 1 << 20);
    await expect(
      decryptMessage({
        provider: webcrypto,
        message,
        decryptDataKey: m.decryptDataKey,
        maxFrameLength: 1 << 16,
      }),
    ).rejects.toMatchObject({ code: 'frame-length-exceeds-limit', step: 'header', field: 'frameLength' });
  });
});

describe('describeMessage: the envelope layout', () => {
  it('names every byte exactly once, children tiling their parent, with decoded values', async () => {
    const { message } = await sampleMessage();
    const layout = describeMessage(message);
    expect(layout.problem).toBeUndefined();
    expect(layout.frameCount).toBe(3);
    expect(layout.fields.map((f) => f.name)).toEqual(['header', 'body']);
    const tile = (fields: readonly Field[], start: number, end: number) => {
      let at = start;
      for (const f of fields) {
        expect(f.offset).toBe(at);
        expect(f.bytes).toEqual(message.subarray(f.offset, f.offset + f.length));
        if (f.children) tile(f.children, f.offset, f.offset + f.length);
        at += f.length;
      }
      expect(at).toBe(end);
    };
    tile(layout.fields, 0, message.length);
    const header = layout.fields[0].children ?? [];
    expect(header.map((f) => f.name)).toEqual(['headerBody', 'headerAuthenticationTag']);
    expect(header[0].children?.map((f) => f.name)).toEqual([
      'version',
      'algorithmSuiteId',
      'messageId',
      'aad',
      'encryptedDataKeys',
      'contentType',
      'frameLength',
      'algorithmSuiteData',
    ]);
    expect(find(layout.fields, 'algorithmSuiteId')?.value).toBe(0x0478);
    expect(find(layout.fields, 'keyProviderId')?.value).toBe('aws-kms');
    expect(find(layout.fields, 'keyProviderInformation')?.value).toBe(KEY_ARN);
    expect(find(layout.fields, 'keyValuePair')?.value).toBe('purpose=layout');
    const frames = layout.fields[1].children ?? [];
    expect(frames.map((f) => [f.name, f.value])).toEqual([
      ['frame', 1],
      ['frame', 2],
      ['finalFrame', 3],
    ]);
    expect(frames[2].children?.map((f) => f.name)).toEqual([
      'sequenceNumberEnd',
      'sequenceNumber',
      'iv',
      'encryptedContentLength',
      'encryptedContent',
      'authenticationTag',
    ]);
  });

  it('caps the listed frames but always lists the final one', async () => {
    const { message } = await sampleMessage(100, 4);
    const layout = describeMessage(message, { maxFrames: 3 });
    expect(layout.frameCount).toBe(25);
    expect(layout.omittedFrames).toBe(21);
    expect(layout.fields[1].children?.map((f) => f.value)).toEqual([1, 2, 3, 25]);
  });

  it('describes a broken message as far as it can read, with the problem', async () => {
    const { message } = await sampleMessage();
    const cut = describeMessage(message.subarray(0, message.length - 5));
    expect(cut.problem).toMatchObject({ code: 'truncated', step: 'body', frame: 3 });
    expect(cut.fields[1].children?.map((f) => f.name)).toEqual(['frame', 'frame', 'finalFrame']);
    const bad = describeMessage(patched(message, 'version', (b, o) => b.set([9], o)));
    expect(bad.problem).toMatchObject({ code: 'bad-version' });
    expect(bad.fields.map((f) => f.name)).toEqual(['header']);
  });
});
