import { createCipheriv, createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Drbg, type DrbgState, randomSeed } from './drbg';
import { fromHex, toHex } from './encoding';

/**
 * NIST CAVP DRBG test vectors (CAVS 14.3), drbgvectors_no_reseed/CTR_DRBG.rsp, section [AES-256 no df],
 * [PredictionResistance = False], [EntropyInputLen = 384], [NonceLen = 0], [AdditionalInputLen = 0],
 * [ReturnedBitsLen = 512]. The CAVP procedure for "no reseed" files: Instantiate(EntropyInput,
 * PersonalizationString), Generate 512 bits (discarded), Generate 512 bits (= ReturnedBits).
 * The original .rsp was not available offline; the records were taken from public transcriptions of it
 * (COUNT = 0 appears identically in three independent projects' test suites).
 */
const cavpNoReseed = [
  {
    name: '[PersonalizationStringLen = 0] COUNT = 0',
    entropyInput:
      'df5d73faa468649edda33b5cca79b0b05600419ccb7a879ddfec9db32ee494e5531b51de16a30f769262474c73bec010',
    personalizationString: '',
    returnedBits:
      'd1c07cd95af8a7f11012c84ce48bb8cb87189e99d40fccb1771c619bdf82ab22' +
      '80b1dc2f2581f39164f7ac0c510494b3a43c41b7db17514c87b107ae793e01c5',
  },
  {
    name: '[PersonalizationStringLen = 0] COUNT = 1',
    entropyInput:
      '3b6fb634d35bb386927374f991c1cbc9fafba3a43c432dc411b7b2fa96cfcce8d305e135ff9bc460dbc7ba3990bf8060',
    personalizationString: '',
    returnedBits:
      '083a836fe1cde053164555529409337dc4fec6844594fdf15083ba9d1001eb94' +
      '5c3b96a1bcee3990e1e51f85c80e9f4e04de34e57b640f6cae8ed68e99624712',
  },
  {
    name: '[PersonalizationStringLen = 0] COUNT = 2',
    entropyInput:
      '0217a8acf2f8e2c4ab7bdcd5a694bca28d038018869dcbe2160d1ce0b4c78ead5592efed98662f2dff87f32f4835c677',
    personalizationString: '',
    returnedBits:
      'aa36779726f52875312507fb084744d4d7f3f9468a5b246ccde316d2ab91879c' +
      '2e29f5a0938a3bcd722bb718d01bbfc35831c9e64f5b6410ae908d3061f76c84',
  },
  {
    name: '[PersonalizationStringLen = 384] COUNT = 0',
    entropyInput:
      '22a89ee0e37b54ea636863d9fed10821f1952a428488d528eceb9d2ec69d573ec6216216fb3e8f72a148a5ada9d620b1',
    personalizationString:
      '953c10badcbcd45fb4e5475826477fc137ac96a49ad5005fb14bdaf6468ae7f46c5d0de22d304afc67989615adc2e983',
    returnedBits:
      'f7fab6a6fcf445f0a0434b2aa0c610bdef5489ecd95414634623add18a9f888b' +
      'ca6be151312d1b9e8f83bd0acad6234d3bccc11b63a40d6fbff448f67db0b91f',
  },
];

/**
 * An independent, deliberately naive CTR_DRBG (SP 800-90A §10.2.1, AES-256, no df) built on Node's OpenSSL
 * AES-256-ECB and bigint arithmetic for V, to check arbitrary request lengths and call sequences the CAVP
 * records (always 512 bits) do not cover.
 */
function referenceCtrDrbg(entropyInput: Uint8Array) {
  let key = new Uint8Array(32);
  let v = 0n;
  const blockEncrypt = (k: Uint8Array, block: bigint) => {
    const cipher = createCipheriv('aes-256-ecb', k, null).setAutoPadding(false);
    return new Uint8Array(cipher.update(fromHex(block.toString(16).padStart(32, '0'))));
  };
  const next = () => {
    v = (v + 1n) % 2n ** 128n;
    return blockEncrypt(key, v);
  };
  const update = (provided: Uint8Array) => {
    const temp = new Uint8Array([...next(), ...next(), ...next()]).map((b, i) => b ^ provided[i]);
    key = temp.slice(0, 32);
    v = BigInt(`0x${toHex(temp.slice(32))}`);
  };
  update(entropyInput);
  return (n: number) => {
    const out: number[] = [];
    while (out.length < n) out.push(...next());
    update(new Uint8Array(48));
    return new Uint8Array(out.slice(0, n));
  };
}

describe('CTR_DRBG AES-256 no df', () => {
  it.each(cavpNoReseed)('matches NIST CAVP no-reseed $name', (v) => {
    const drbg = Drbg.instantiate(fromHex(v.entropyInput), fromHex(v.personalizationString));
    drbg.bytes(64);
    expect(toHex(drbg.bytes(64))).toBe(v.returnedBits);
  });

  it('matches an independent re-derivation for any sequence of request sizes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 48, maxLength: 48 }),
        fc.array(fc.nat({ max: 200 }), { maxLength: 8 }),
        (e, sizes) => {
          const drbg = Drbg.instantiate(e);
          const reference = referenceCtrDrbg(e);
          for (const n of sizes) expect(toHex(drbg.bytes(n))).toBe(toHex(reference(n)));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('wraps V modulo 2^128 like the reference (V = ff…ff before a request)', () => {
    const state: DrbgState = { ...Drbg.fromSeed('wrap').snapshot(), v: 'ff'.repeat(16) };
    const a = Drbg.restore(state).bytes(32);
    const cipher = createCipheriv('aes-256-ecb', fromHex(state.key), null).setAutoPadding(false);
    expect(toHex(a.subarray(0, 16))).toBe(toHex(cipher.update(new Uint8Array(16))));
  });

  it('splits requests above 65536 bytes (2^19 bits, SP 800-90A Table 3) into several Generate calls', () => {
    const whole = Drbg.fromSeed('big').bytes(65536 + 100);
    const parts = Drbg.fromSeed('big');
    expect(toHex(whole)).toBe(toHex(new Uint8Array([...parts.bytes(65536), ...parts.bytes(100)])));
  });

  it('treats each call as one Generate: the state advances once per call, also for zero bytes', () => {
    const one = Drbg.fromSeed('s');
    const two = Drbg.fromSeed('s');
    expect(toHex(one.bytes(32))).not.toBe(toHex(new Uint8Array([...two.bytes(16), ...two.bytes(16)])));
    const empty = Drbg.fromSeed('s');
    expect(empty.bytes(0).length).toBe(0);
    expect(empty.snapshot().reseedCounter).toBe(2);
    expect(toHex(empty.bytes(16))).not.toBe(toHex(Drbg.fromSeed('s').bytes(16)));
  });

  it('derives the entropy input from a seed as SHA-384(UTF-8(seed))', () => {
    for (const seed of ['', 'kms-lab', '鍵の管理 🔑']) {
      const entropyInput = new Uint8Array(createHash('sha384').update(seed, 'utf8').digest());
      expect(Drbg.fromSeed(seed).snapshot()).toEqual(Drbg.instantiate(entropyInput).snapshot());
    }
  });

  it('keeps the seed → stream mapping stable (shared scenario URLs depend on it)', () => {
    // Regression values fixed when the mapping was chosen (the construction itself is checked against CAVP
    // above). If this fails, every scenario link already shared would replay differently.
    const drbg = Drbg.fromSeed('kms-lab');
    expect(drbg.hex(16)).toBe(REGRESSION_KMS_LAB_FIRST_16);
    expect(drbg.uuid()).toBe(REGRESSION_KMS_LAB_UUID);
  });

  it('same seed ⇒ same stream; different seeds ⇒ different streams', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.array(fc.nat({ max: 100 }), { minLength: 1, maxLength: 6 }),
        (s1, s2, sizes) => {
          const a = Drbg.fromSeed(s1);
          const b = Drbg.fromSeed(s1);
          for (const n of sizes) expect(toHex(a.bytes(n))).toBe(toHex(b.bytes(n)));
          if (s1 !== s2) expect(Drbg.fromSeed(s1).hex(32)).not.toBe(Drbg.fromSeed(s2).hex(32));
        },
      ),
    );
  });

  it('snapshot/restore (also through structuredClone and JSON) continues identically', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.nat({ max: 100 }), { maxLength: 5 }),
        fc.array(fc.nat({ max: 100 }), { maxLength: 5 }),
        (seed, before, after) => {
          const original = Drbg.fromSeed(seed);
          for (const n of before) original.bytes(n);
          const state = original.snapshot();
          const copies = [
            Drbg.restore(state),
            Drbg.restore(structuredClone(state)),
            Drbg.restore(JSON.parse(JSON.stringify(state))),
          ];
          for (const n of after) {
            const expected = toHex(original.bytes(n));
            for (const copy of copies) expect(toHex(copy.bytes(n))).toBe(expected);
          }
          expect(original.snapshot()).toEqual(copies[0].snapshot());
        },
      ),
    );
  });

  it('snapshot is plain data that later draws do not change', () => {
    const drbg = Drbg.fromSeed('plain');
    const state = drbg.snapshot();
    const copy = JSON.parse(JSON.stringify(state));
    drbg.bytes(10);
    expect(state).toEqual(copy);
    expect(state).toEqual({
      algorithm: 'CTR_DRBG AES-256 no df',
      key: expect.stringMatching(/^[0-9a-f]{64}$/),
      v: expect.stringMatching(/^[0-9a-f]{32}$/),
      reseedCounter: 1,
    });
  });

  it('restore rejects malformed states', () => {
    const good = Drbg.fromSeed('x').snapshot();
    const bad: unknown[] = [
      null,
      { ...good, algorithm: 'Hash_DRBG' },
      { ...good, key: good.key.slice(2) },
      { ...good, v: `${good.v}00` },
      { ...good, v: 'zz'.repeat(16) },
      { ...good, reseedCounter: 0 },
      { ...good, reseedCounter: 1.5 },
      { ...good, reseedCounter: 2 ** 48 + 2 },
    ];
    for (const state of bad) expect(() => Drbg.restore(state as DrbgState)).toThrow();
  });

  it('refuses to generate past the reseed interval of 2^48 requests', () => {
    const atLimit = Drbg.restore({ ...Drbg.fromSeed('old').snapshot(), reseedCounter: 2 ** 48 });
    expect(atLimit.bytes(1).length).toBe(1);
    expect(() => atLimit.bytes(1)).toThrow(/reseed interval/);
  });

  it('rejects bad instantiate inputs and byte counts', () => {
    expect(() => Drbg.instantiate(new Uint8Array(47))).toThrow(RangeError);
    expect(() => Drbg.instantiate(new Uint8Array(48), new Uint8Array(49))).toThrow(RangeError);
    const drbg = Drbg.fromSeed('n');
    for (const n of [-1, 1.5, Number.NaN]) expect(() => drbg.bytes(n)).toThrow(RangeError);
  });

  it('uuid() has the RFC 9562 version 4 layout in lowercase; hex(n) has 2n digits', () => {
    const drbg = Drbg.fromSeed('ids');
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const id = drbg.uuid();
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      seen.add(id);
    }
    expect(seen.size).toBe(200);
    expect(drbg.hex(12)).toMatch(/^[0-9a-f]{24}$/);
  });

  it('randomSeed() gives 128 fresh bits as 32 lowercase hex digits', () => {
    const a = randomSeed();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(randomSeed()).not.toBe(a);
  });
});

/** Drbg.fromSeed('kms-lab'): hex(16), then uuid(). Also reproduced with a standalone Node script (OpenSSL AES-ECB). */
const REGRESSION_KMS_LAB_FIRST_16 = 'fb45f2c8b577aeb07a35508bb9287987';
const REGRESSION_KMS_LAB_UUID = '3bc51938-7c12-4a60-ad0a-865166f93814';
