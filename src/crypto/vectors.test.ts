import { describe, expect, it } from 'vitest';
import { fromHex, toHex, utf8Encode } from './encoding';
import { createNobleProvider } from './noble';
import type { CryptoProvider, HashName } from './provider';
import { createWebCryptoProvider } from './webcrypto';

const providers: CryptoProvider[] = [createWebCryptoProvider(), createNobleProvider()];
const repeat = (byte: number, length: number) => new Uint8Array(length).fill(byte);
const range = (from: number, to: number) => Uint8Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * AES-256-GCM, 96-bit IV, 128-bit tag: Test Cases 13–16 of D. McGrew and J. Viega, "The Galois/Counter Mode
 * of Operation (GCM)", revised 2005, Appendix B (the NIST-hosted GCM submission). The test cases with 256-bit
 * keys and 96-bit IVs; 17 and 18 use other IV lengths, which this project does not allow.
 */
const K15 = 'feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308';
const P15 =
  'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
  '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255';
const C15 =
  '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa' +
  '8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad';
const gcmVectors = [
  {
    name: 'Test Case 13',
    key: '00'.repeat(32),
    iv: '00'.repeat(12),
    p: '',
    a: '',
    c: '',
    t: '530f8afbc74536b9a963b4f1c4cb738b',
  },
  {
    name: 'Test Case 14',
    key: '00'.repeat(32),
    iv: '00'.repeat(12),
    p: '00'.repeat(16),
    a: '',
    c: 'cea7403d4d606b6e074ec5d3baf39d18',
    t: 'd0d1c8a799996bf0265b98b5d48ab919',
  },
  {
    name: 'Test Case 15',
    key: K15,
    iv: 'cafebabefacedbaddecaf888',
    p: P15,
    a: '',
    c: C15,
    t: 'b094dac5d93471bdec1a502270e3cc6c',
  },
  {
    name: 'Test Case 16',
    key: K15,
    iv: 'cafebabefacedbaddecaf888',
    p: P15.slice(0, 120),
    a: 'feedfacedeadbeeffeedfacedeadbeefabaddad2',
    c: C15.slice(0, 120),
    t: '76fc6ece0f4e1768cddf8853bb2d551b',
  },
];

/** RFC 5869 Appendix A.1–A.3: HKDF-SHA256 Test Cases 1–3 (OKM only; PRK is internal to both APIs). */
const hkdfVectors = [
  {
    name: 'Test Case 1',
    ikm: repeat(0x0b, 22),
    salt: range(0x00, 0x0c),
    info: range(0xf0, 0xf9),
    length: 42,
    okm: '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
  },
  {
    name: 'Test Case 2 (longer inputs/outputs)',
    ikm: range(0x00, 0x4f),
    salt: range(0x60, 0xaf),
    info: range(0xb0, 0xff),
    length: 82,
    okm:
      'b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c' +
      '59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71' +
      'cc30c58179ec3e87c14c01d5c1f3434f1d87',
  },
  {
    name: 'Test Case 3 (zero-length salt/info)',
    ikm: repeat(0x0b, 22),
    salt: new Uint8Array(0),
    info: new Uint8Array(0),
    length: 42,
    okm: '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8',
  },
];

/** RFC 4231 §4.2, §4.3, §4.7, §4.8: HMAC-SHA-224/256/384/512 Test Cases 1, 2, 6 and 7. */
const hmacVectors: { name: string; key: Uint8Array; data: Uint8Array; mac: Record<HashName, string> }[] = [
  {
    name: 'Test Case 1',
    key: repeat(0x0b, 20),
    data: utf8Encode('Hi There'),
    mac: {
      'SHA-224': '896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22',
      'SHA-256': 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
      'SHA-384':
        'afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6',
      'SHA-512':
        '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde' +
        'daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854',
    },
  },
  {
    name: 'Test Case 2 (key shorter than the output)',
    key: utf8Encode('Jefe'),
    data: utf8Encode('what do ya want for nothing?'),
    mac: {
      'SHA-224': 'a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44',
      'SHA-256': '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
      'SHA-384':
        'af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649',
      'SHA-512':
        '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554' +
        '9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737',
    },
  },
  {
    name: 'Test Case 6 (key larger than the block size)',
    key: repeat(0xaa, 131),
    data: utf8Encode('Test Using Larger Than Block-Size Key - Hash Key First'),
    mac: {
      'SHA-224': '95e9a0db962095adaebe9b2d6f0dbce2d499f112f2d2b7273fa6870e',
      'SHA-256': '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
      'SHA-384':
        '4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c60c2ef6ab4030fe8296248df163f44952',
      'SHA-512':
        '80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f352' +
        '6b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598',
    },
  },
  {
    name: 'Test Case 7 (key and data larger than the block size)',
    key: repeat(0xaa, 131),
    data: utf8Encode(
      'This is a test using a larger than block-size key and a larger than block-size data. ' +
        'The key needs to be hashed before being used by the HMAC algorithm.',
    ),
    mac: {
      'SHA-224': '3a854166ac5d9f023f54d517d0b39dbd946770db9c2b95c9f6f565d1',
      'SHA-256': '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
      'SHA-384':
        '6617178e941f020d351e2f254e8fd32c602420feb0b8fb9adccebb82461e99c5a678cc31e799176d3860e6110c46523e',
      'SHA-512':
        'e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944' +
        'b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58',
    },
  },
];

/** FIPS 180-4 examples (NIST CSRC "Examples with Intermediate Values"): the one-block message "abc". */
const digestOfAbc: Record<HashName, string> = {
  'SHA-224': '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7',
  'SHA-256': 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  'SHA-384':
    'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
  'SHA-512':
    'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
    '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
};

const hashes: HashName[] = ['SHA-224', 'SHA-256', 'SHA-384', 'SHA-512'];

describe.each(providers)('$name provider known answers', (provider) => {
  it.each(gcmVectors)('AES-256-GCM $name seals to C || T and opens back', async (v) => {
    const aad = v.a ? fromHex(v.a) : undefined;
    const sealed = await provider.aesGcmEncrypt(fromHex(v.key), fromHex(v.iv), fromHex(v.p), aad);
    expect(toHex(sealed)).toBe(v.c + v.t);
    const opened = await provider.aesGcmDecrypt(fromHex(v.key), fromHex(v.iv), sealed, aad);
    expect(toHex(opened)).toBe(v.p);
  });

  it.each(hkdfVectors)('HKDF-SHA256 RFC 5869 $name', async (v) => {
    expect(toHex(await provider.hkdf('SHA-256', v.ikm, v.salt, v.info, v.length))).toBe(v.okm);
  });

  for (const v of hmacVectors) {
    it.each(hashes)(`HMAC-%s RFC 4231 ${v.name}`, async (hash) => {
      expect(toHex(await provider.hmac(hash, v.key, v.data))).toBe(v.mac[hash]);
    });
  }

  it.each(hashes)('%s("abc") per FIPS 180-4 examples', async (hash) => {
    expect(toHex(await provider.digest(hash, utf8Encode('abc')))).toBe(digestOfAbc[hash]);
  });
});
