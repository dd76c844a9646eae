/**
 * Asymmetric keys driven by the official `@aws-sdk/client-kms`, checked against independent implementations:
 * Node's `crypto` (OpenSSL) and WebCrypto import the public keys and verify the signatures, Node-made signatures
 * and ciphertexts are accepted by Verify and Decrypt, DeriveSharedSecret equals Node's ECDH, and ML-DSA /
 * ML-KEM interoperate with @noble/post-quantum used directly.
 */
import {
  constants,
  createHash,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  sign as nodeSign,
  verify as nodeVerify,
  privateDecrypt,
  publicEncrypt,
} from 'node:crypto';
import {
  CreateKeyCommand,
  DecapsulateCommand,
  DecryptCommand,
  DeriveSharedSecretCommand,
  EnableKeyRotationCommand,
  EncapsulateCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  GenerateDataKeyPairCommand,
  GenerateDataKeyPairWithoutPlaintextCommand,
  GetPublicKeyCommand,
  type KMSClient,
  ReEncryptCommand,
  RotateKeyOnDemandCommand,
  SignCommand,
  type SigningAlgorithmSpec,
  VerifyCommand,
} from '@aws-sdk/client-kms';
import { shake256 } from '@noble/hashes/sha3.js';
import { ml_dsa44 } from '@noble/post-quantum/ml-dsa.js';
import { ml_kem768 } from '@noble/post-quantum/ml-kem.js';
import { beforeEach, describe, expect, test } from 'vitest';
import { bill } from './billing';
import { createKmsSimulator, type KmsSimulator } from './index';
import { createKey, kmsClientFor, sdkError as rejects, sdkSimulator } from './testing/sdkClient';

const bytes = (s: string) => new TextEncoder().encode(s);
const EMPTY_MESSAGE = 'UnknownError';

let sim: KmsSimulator;
let kms: KMSClient;

beforeEach(() => {
  ({ sim, kms } = sdkSimulator('asymmetric-suite'));
});

const newKey = (KeySpec: string, KeyUsage: string) =>
  createKey(kms, { KeySpec: KeySpec as never, KeyUsage: KeyUsage as never });

async function publicKeyOf(keyId: string): Promise<Uint8Array> {
  const { PublicKey } = await kms.send(new GetPublicKeyCommand({ KeyId: keyId }));
  if (!PublicKey) throw new Error('no public key');
  return PublicKey;
}

/**
 * The key's private half, read from the simulated HSM (PKCS #8 for RSA and ECC keys), so OpenSSL can sign with
 * the same key material and Verify can be checked on signatures KMS did not make.
 */
const privateKeyInsideKms = (arn: string) =>
  createPrivateKey({
    key: Buffer.from(sim.world.keys[arn].versions[0].material),
    format: 'der',
    type: 'pkcs8',
  });

const nodePublicKey = (der: Uint8Array) =>
  createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' });

/** The BIT STRING contents of a SubjectPublicKeyInfo whose algorithm has no parameters (ML-DSA, ML-KEM). */
function rawPublicKey(spki: Uint8Array, oidHex: string): Uint8Array {
  const hex = Buffer.from(spki).toString('hex');
  expect(hex).toContain(oidHex);
  // SEQUENCE { SEQUENCE { OID }, BIT STRING { 00, key } }: the key is the tail after the BIT STRING header.
  const bitStringAt = hex.indexOf('03', hex.indexOf(oidHex) + oidHex.length);
  const lengthByte = Number.parseInt(hex.slice(bitStringAt + 2, bitStringAt + 4), 16);
  const headerLength = 2 + (lengthByte & 0x80 ? lengthByte & 0x7f : 0) + 1;
  return spki.subarray(bitStringAt / 2 + headerLength);
}

describe('CreateKey with asymmetric key specs (API_CreateKey, Key spec reference)', () => {
  test.each([
    ['RSA_2048', 'ENCRYPT_DECRYPT', { EncryptionAlgorithms: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] }],
    [
      'RSA_2048',
      'SIGN_VERIFY',
      {
        SigningAlgorithms: [
          'RSASSA_PSS_SHA_256',
          'RSASSA_PSS_SHA_384',
          'RSASSA_PSS_SHA_512',
          'RSASSA_PKCS1_V1_5_SHA_256',
          'RSASSA_PKCS1_V1_5_SHA_384',
          'RSASSA_PKCS1_V1_5_SHA_512',
        ],
      },
    ],
    ['ECC_NIST_P256', 'SIGN_VERIFY', { SigningAlgorithms: ['ECDSA_SHA_256'] }],
    ['ECC_NIST_P384', 'SIGN_VERIFY', { SigningAlgorithms: ['ECDSA_SHA_384'] }],
    ['ECC_NIST_P521', 'KEY_AGREEMENT', { KeyAgreementAlgorithms: ['ECDH'] }],
    ['ECC_SECG_P256K1', 'SIGN_VERIFY', { SigningAlgorithms: ['ECDSA_SHA_256'] }],
    ['ML_DSA_65', 'SIGN_VERIFY', { SigningAlgorithms: ['ML_DSA_SHAKE_256'] }],
    ['ML_KEM_768', 'ENCAPSULATE_DECAPSULATE', { EncapsulationAlgorithms: ['ML_KEM'] }],
  ])('%s for %s', async (spec, usage, algorithms) => {
    const key = await newKey(spec, usage);
    expect(key).toMatchObject({ KeySpec: spec, KeyUsage: usage, KeyState: 'Enabled', Origin: 'AWS_KMS' });
    expect(key).toMatchObject(algorithms);
    expect(key.MacAlgorithms).toBeUndefined();
  });

  test('a usage the spec does not have, no usage, and the specs KMS Lab leaves out', async () => {
    expect(await rejects(newKey('ECC_SECG_P256K1', 'KEY_AGREEMENT'))).toEqual({
      name: 'ValidationException',
      message: 'KeyUsage KEY_AGREEMENT is not compatible with KeySpec ECC_SECG_P256K1.',
    });
    expect(await rejects(kms.send(new CreateKeyCommand({ KeySpec: 'RSA_2048' })))).toEqual({
      name: 'ValidationException',
      message: 'You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.',
    });
    expect((await rejects(newKey('SM2', 'SIGN_VERIFY'))).message).toBe(
      'Key spec SM2 (China Regions only) is not simulated by KMS Lab yet.',
    );
  });

  test('asymmetric keys do not rotate (automatic or on demand): UnsupportedOperationException', async () => {
    const key = await newKey('ECC_NIST_P256', 'SIGN_VERIFY');
    expect(await rejects(kms.send(new EnableKeyRotationCommand({ KeyId: key.KeyId })))).toMatchObject({
      name: 'UnsupportedOperationException',
    });
    expect(await rejects(kms.send(new RotateKeyOnDemandCommand({ KeyId: key.KeyId })))).toMatchObject({
      name: 'UnsupportedOperationException',
    });
  });
});

describe('GetPublicKey: DER SubjectPublicKeyInfo that OpenSSL and WebCrypto import', () => {
  test('RSA and the NIST curves import into Node crypto and WebCrypto', async () => {
    const cases = [
      ['RSA_2048', 'SIGN_VERIFY', { name: 'RSA-PSS', hash: 'SHA-256' }, 'rsa'],
      ['ECC_NIST_P256', 'SIGN_VERIFY', { name: 'ECDSA', namedCurve: 'P-256' }, 'ec'],
      ['ECC_NIST_P384', 'KEY_AGREEMENT', { name: 'ECDH', namedCurve: 'P-384' }, 'ec'],
      ['ECC_NIST_P521', 'SIGN_VERIFY', { name: 'ECDSA', namedCurve: 'P-521' }, 'ec'],
    ] as const;
    for (const [spec, usage, algorithm, type] of cases) {
      const key = await newKey(spec, usage);
      const response = await kms.send(new GetPublicKeyCommand({ KeyId: key.KeyId }));
      expect(response).toMatchObject({ KeyId: key.Arn, KeySpec: spec, KeyUsage: usage });
      const der = new Uint8Array(response.PublicKey as Uint8Array);
      expect(nodePublicKey(der).asymmetricKeyType).toBe(type);
      const imported = await crypto.subtle.importKey(
        'spki',
        der,
        algorithm,
        true,
        algorithm.name === 'ECDH' ? [] : ['verify'],
      );
      expect(new Uint8Array(await crypto.subtle.exportKey('spki', imported))).toEqual(der);
    }
  });

  test('secp256k1 imports into Node crypto with its curve', async () => {
    const key = await newKey('ECC_SECG_P256K1', 'SIGN_VERIFY');
    const exported = nodePublicKey(await publicKeyOf(key.KeyId)).export({ format: 'jwk' });
    expect(exported.crv).toBe('secp256k1');
  });

  test('symmetric keys have no public key: UnsupportedOperationException', async () => {
    const { KeyMetadata } = await kms.send(new CreateKeyCommand({}));
    expect(await rejects(kms.send(new GetPublicKeyCommand({ KeyId: KeyMetadata?.KeyId as string })))).toEqual(
      {
        name: 'UnsupportedOperationException',
        message: EMPTY_MESSAGE,
      },
    );
  });
});

describe('Sign and Verify (API_Sign, API_Verify)', () => {
  const message = bytes('Pay 100 EUR to Alice');

  test('every RSA algorithm: KMS signatures verify in Node, Node signatures verify in KMS', async () => {
    const key = await newKey('RSA_2048', 'SIGN_VERIFY');
    const publicKey = nodePublicKey(await publicKeyOf(key.KeyId));
    const nodeKey = privateKeyInsideKms(key.Arn);
    for (const pss of [true, false]) {
      for (const bits of ['256', '384', '512']) {
        const algorithm = `RSASSA_${pss ? 'PSS' : 'PKCS1_V1_5'}_SHA_${bits}` as SigningAlgorithmSpec;
        const hash = `sha${bits}`;
        const padding = pss
          ? { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(bits) / 8 }
          : { padding: constants.RSA_PKCS1_PADDING };
        const { Signature, KeyId, SigningAlgorithm } = await kms.send(
          new SignCommand({ KeyId: key.KeyId, Message: message, SigningAlgorithm: algorithm }),
        );
        expect({ KeyId, SigningAlgorithm }).toEqual({ KeyId: key.Arn, SigningAlgorithm: algorithm });
        expect(Signature).toHaveLength(256);
        expect(nodeVerify(hash, message, { key: publicKey, ...padding }, Signature as Uint8Array)).toBe(true);
        // A digest signed by KMS verifies as a message signature (MessageType DIGEST skips KMS's hashing).
        const digest = createHash(hash).update(message).digest();
        const verified = await kms.send(
          new VerifyCommand({
            KeyId: key.KeyId,
            Message: digest,
            MessageType: 'DIGEST',
            Signature,
            SigningAlgorithm: algorithm,
          }),
        );
        expect(verified.SignatureValid).toBe(true);
        // OpenSSL signing with the same key material: KMS's Verify accepts it.
        const offline = nodeSign(hash, message, { key: nodeKey, ...padding });
        const accepted = await kms.send(
          new VerifyCommand({
            KeyId: key.KeyId,
            Message: message,
            Signature: offline,
            SigningAlgorithm: algorithm,
          }),
        );
        expect(accepted.SignatureValid).toBe(true);
      }
    }
  });

  test('ECDSA on all four curves: DER signatures that Node verifies, and Node-made ones that Verify accepts', async () => {
    for (const [spec, algorithm, hash] of [
      ['ECC_NIST_P256', 'ECDSA_SHA_256', 'sha256'],
      ['ECC_NIST_P384', 'ECDSA_SHA_384', 'sha384'],
      ['ECC_NIST_P521', 'ECDSA_SHA_512', 'sha512'],
      ['ECC_SECG_P256K1', 'ECDSA_SHA_256', 'sha256'],
    ] as const) {
      const key = await newKey(spec, 'SIGN_VERIFY');
      const publicKey = nodePublicKey(await publicKeyOf(key.KeyId));
      const { Signature } = await kms.send(
        new SignCommand({ KeyId: key.KeyId, Message: message, SigningAlgorithm: algorithm }),
      );
      expect(nodeVerify(hash, message, publicKey, Signature as Uint8Array)).toBe(true);
      // DIGEST: the caller hashes; the signature verifies over the original message.
      const digest = createHash(hash).update(message).digest();
      const overDigest = await kms.send(
        new SignCommand({
          KeyId: key.KeyId,
          Message: digest,
          MessageType: 'DIGEST',
          SigningAlgorithm: algorithm,
        }),
      );
      expect(nodeVerify(hash, message, publicKey, overDigest.Signature as Uint8Array)).toBe(true);
      const offline = nodeSign(hash, message, privateKeyInsideKms(key.Arn));
      const accepted = await kms.send(
        new VerifyCommand({
          KeyId: key.KeyId,
          Message: message,
          Signature: offline,
          SigningAlgorithm: algorithm,
        }),
      );
      expect(accepted.SignatureValid).toBe(true);
    }
  });

  test('a changed signature or message fails with KMSInvalidSignatureException, never SignatureValid: false', async () => {
    const key = await newKey('ECC_NIST_P256', 'SIGN_VERIFY');
    const { Signature } = await kms.send(
      new SignCommand({ KeyId: key.KeyId, Message: message, SigningAlgorithm: 'ECDSA_SHA_256' }),
    );
    const tampered = (Signature as Uint8Array).slice();
    tampered[tampered.length - 1] ^= 1;
    expect(
      await rejects(
        kms.send(
          new VerifyCommand({
            KeyId: key.KeyId,
            Message: message,
            Signature: tampered,
            SigningAlgorithm: 'ECDSA_SHA_256',
          }),
        ),
      ),
    ).toEqual({ name: 'KMSInvalidSignatureException', message: EMPTY_MESSAGE });
    expect(
      await rejects(
        kms.send(
          new VerifyCommand({
            KeyId: key.KeyId,
            Message: bytes('Pay 900 EUR to Mallory'),
            Signature,
            SigningAlgorithm: 'ECDSA_SHA_256',
          }),
        ),
      ),
    ).toMatchObject({ name: 'KMSInvalidSignatureException' });
  });

  test('ML-DSA: RAW signatures verify with @noble/post-quantum, EXTERNAL_MU signs a caller-computed μ', async () => {
    const key = await newKey('ML_DSA_44', 'SIGN_VERIFY');
    const spki = await publicKeyOf(key.KeyId);
    const publicKey = rawPublicKey(spki, '0609608648016503040311'); // OID 2.16.840.1.101.3.4.3.17
    expect(publicKey).toHaveLength(1312);
    const { Signature } = await kms.send(
      new SignCommand({ KeyId: key.KeyId, Message: message, SigningAlgorithm: 'ML_DSA_SHAKE_256' }),
    );
    expect(Signature).toHaveLength(2420);
    expect(ml_dsa44.verify(Signature as Uint8Array, message, publicKey)).toBe(true);
    // μ = SHAKE256(tr ‖ M′, 64) with tr = SHAKE256(pk, 64) and M′ = 0 ‖ |ctx| ‖ ctx ‖ M (FIPS 204 Alg. 2, 7).
    const tr = shake256(publicKey, { dkLen: 64 });
    const mu = shake256(new Uint8Array([...tr, 0, 0, ...message]), { dkLen: 64 });
    const overMu = await kms.send(
      new SignCommand({
        KeyId: key.KeyId,
        Message: mu,
        MessageType: 'EXTERNAL_MU',
        SigningAlgorithm: 'ML_DSA_SHAKE_256',
      }),
    );
    expect(ml_dsa44.verify(overMu.Signature as Uint8Array, message, publicKey)).toBe(true);
    // noble signing with the key's seed: KMS's Verify accepts it.
    const { secretKey } = ml_dsa44.keygen(sim.world.keys[key.Arn].versions[0].material);
    const offline = ml_dsa44.sign(message, secretKey);
    const accepted = await kms.send(
      new VerifyCommand({
        KeyId: key.KeyId,
        Message: message,
        Signature: offline,
        SigningAlgorithm: 'ML_DSA_SHAKE_256',
      }),
    );
    expect(accepted.SignatureValid).toBe(true);
  });

  test("AWS's validation: digest length, algorithm of another spec, key usage, message size", async () => {
    const key = await newKey('ECC_NIST_P256', 'SIGN_VERIFY');
    expect(
      await rejects(
        kms.send(
          new SignCommand({
            KeyId: key.KeyId,
            Message: new Uint8Array(20),
            MessageType: 'DIGEST',
            SigningAlgorithm: 'ECDSA_SHA_256',
          }),
        ),
      ),
    ).toEqual({
      name: 'ValidationException',
      message: 'Digest is invalid length for algorithm ECDSA_SHA_256.',
    });
    expect(
      await rejects(
        kms.send(new SignCommand({ KeyId: key.KeyId, Message: message, SigningAlgorithm: 'ECDSA_SHA_384' })),
      ),
    ).toEqual({
      name: 'InvalidKeyUsageException',
      message: 'Algorithm ECDSA_SHA_384 is incompatible with key spec ECC_NIST_P256.',
    });
    expect(
      await rejects(
        kms.send(
          new SignCommand({
            KeyId: key.KeyId,
            Message: new Uint8Array(4097),
            SigningAlgorithm: 'ECDSA_SHA_256',
          }),
        ),
      ),
    ).toEqual({
      name: 'ValidationException',
      message:
        "1 validation error detected: Value at 'message' failed to satisfy constraint: Member must have length less than or equal to 4096",
    });
    const encryptionKey = await newKey('RSA_2048', 'ENCRYPT_DECRYPT');
    expect(
      await rejects(
        kms.send(
          new SignCommand({
            KeyId: encryptionKey.KeyId,
            Message: message,
            SigningAlgorithm: 'RSASSA_PSS_SHA_256',
          }),
        ),
      ),
    ).toEqual({
      name: 'InvalidKeyUsageException',
      message: `${encryptionKey.Arn} key usage is ENCRYPT_DECRYPT which is not valid for Sign.`,
    });
  });
});

describe('Encrypt and Decrypt with RSA keys (RSAES_OAEP_SHA_1/SHA_256)', () => {
  test('Node-encrypted ciphertexts decrypt in KMS; KMS ciphertexts round-trip', async () => {
    const key = await newKey('RSA_2048', 'ENCRYPT_DECRYPT');
    const publicKey = nodePublicKey(await publicKeyOf(key.KeyId));
    const secret = bytes('a 32-byte data key, more or less');
    for (const [algorithm, oaepHash] of [
      ['RSAES_OAEP_SHA_1', 'sha1'],
      ['RSAES_OAEP_SHA_256', 'sha256'],
    ] as const) {
      const offline = publicEncrypt(
        { key: publicKey, oaepHash, padding: constants.RSA_PKCS1_OAEP_PADDING },
        secret,
      );
      const decrypted = await kms.send(
        new DecryptCommand({ KeyId: key.KeyId, CiphertextBlob: offline, EncryptionAlgorithm: algorithm }),
      );
      expect(decrypted).toMatchObject({ KeyId: key.Arn, EncryptionAlgorithm: algorithm });
      expect(decrypted.Plaintext).toEqual(secret);
      const encrypted = await kms.send(
        new EncryptCommand({ KeyId: key.KeyId, Plaintext: secret, EncryptionAlgorithm: algorithm }),
      );
      expect(encrypted.CiphertextBlob).toHaveLength(256);
      const back = await kms.send(
        new DecryptCommand({
          KeyId: key.KeyId,
          CiphertextBlob: encrypted.CiphertextBlob,
          EncryptionAlgorithm: algorithm,
        }),
      );
      expect(back.Plaintext).toEqual(secret);
    }
  });

  test("AWS's plaintext limits and errors", async () => {
    const key = await newKey('RSA_2048', 'ENCRYPT_DECRYPT');
    for (const [algorithm, limit] of [
      ['RSAES_OAEP_SHA_1', 214],
      ['RSAES_OAEP_SHA_256', 190],
    ] as const) {
      await kms.send(
        new EncryptCommand({
          KeyId: key.KeyId,
          Plaintext: new Uint8Array(limit),
          EncryptionAlgorithm: algorithm,
        }),
      );
      expect(
        await rejects(
          kms.send(
            new EncryptCommand({
              KeyId: key.KeyId,
              Plaintext: new Uint8Array(limit + 1),
              EncryptionAlgorithm: algorithm,
            }),
          ),
        ),
      ).toEqual({
        name: 'ValidationException',
        message: `Algorithm ${algorithm} and key spec RSA_2048 cannot encrypt data larger than ${limit} bytes.`,
      });
    }
    const incompatible = {
      name: 'InvalidKeyUsageException',
      message: 'Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_2048.',
    };
    expect(await rejects(kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: bytes('x') })))).toEqual(
      incompatible,
    );
    expect(
      await rejects(kms.send(new GenerateDataKeyCommand({ KeyId: key.KeyId, KeySpec: 'AES_256' }))),
    ).toEqual(incompatible);
    const { CiphertextBlob } = await kms.send(
      new EncryptCommand({
        KeyId: key.KeyId,
        Plaintext: bytes('x'),
        EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
      }),
    );
    // Wrong algorithm: OAEP with the other hash does not decode.
    expect(
      await rejects(
        kms.send(
          new DecryptCommand({ KeyId: key.KeyId, CiphertextBlob, EncryptionAlgorithm: 'RSAES_OAEP_SHA_1' }),
        ),
      ),
    ).toEqual({ name: 'InvalidCiphertextException', message: EMPTY_MESSAGE });
    // Without KeyId the bytes name no key.
    expect(await rejects(kms.send(new DecryptCommand({ CiphertextBlob })))).toMatchObject({
      name: 'InvalidCiphertextException',
    });
    const signing = await newKey('RSA_2048', 'SIGN_VERIFY');
    expect(
      await rejects(kms.send(new GenerateDataKeyCommand({ KeyId: signing.KeyId, KeySpec: 'AES_256' }))),
    ).toEqual({
      name: 'InvalidKeyUsageException',
      message: `${signing.Arn} key usage is SIGN_VERIFY which is not valid for GenerateDataKey.`,
    });
  });
});

describe('ReEncrypt to and from RSA keys (API_ReEncrypt)', () => {
  test('symmetric → RSA opens in OpenSSL; RSA (made offline) → symmetric opens with Decrypt', async () => {
    const symmetric = await newKey('SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT');
    const rsa = await newKey('RSA_2048', 'ENCRYPT_DECRYPT');
    const secret = bytes('a data key to move between keys');
    const { CiphertextBlob } = await kms.send(
      new EncryptCommand({ KeyId: symmetric.KeyId, Plaintext: secret }),
    );
    const toRsa = await kms.send(
      new ReEncryptCommand({
        CiphertextBlob,
        DestinationKeyId: rsa.KeyId,
        DestinationEncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
      }),
    );
    expect(toRsa).toMatchObject({
      SourceKeyId: symmetric.Arn,
      KeyId: rsa.Arn,
      SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      DestinationEncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
    });
    expect(toRsa.SourceKeyMaterialId).toMatch(/^[0-9a-f]{64}$/);
    expect(toRsa.DestinationKeyMaterialId).toBeUndefined();
    const opened = privateDecrypt(
      { key: privateKeyInsideKms(rsa.Arn), oaepHash: 'sha256', padding: constants.RSA_PKCS1_OAEP_PADDING },
      toRsa.CiphertextBlob as Uint8Array,
    );
    expect(new Uint8Array(opened)).toEqual(secret);

    const offline = publicEncrypt(
      {
        key: nodePublicKey(await publicKeyOf(rsa.KeyId)),
        oaepHash: 'sha1',
        padding: constants.RSA_PKCS1_OAEP_PADDING,
      },
      secret,
    );
    const toSymmetric = await kms.send(
      new ReEncryptCommand({
        CiphertextBlob: offline,
        SourceKeyId: rsa.KeyId,
        SourceEncryptionAlgorithm: 'RSAES_OAEP_SHA_1',
        DestinationKeyId: symmetric.KeyId,
      }),
    );
    expect(toSymmetric).toMatchObject({
      SourceEncryptionAlgorithm: 'RSAES_OAEP_SHA_1',
      DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
    });
    expect(toSymmetric.SourceKeyMaterialId).toBeUndefined();
    const { Plaintext } = await kms.send(new DecryptCommand({ CiphertextBlob: toSymmetric.CiphertextBlob }));
    expect(Plaintext).toEqual(secret);
  });

  test('the algorithm each RSA side needs, the RSA plaintext limit, and an RSA source KMS cannot find alone', async () => {
    const symmetric = await newKey('SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT');
    const rsa = await newKey('RSA_2048', 'ENCRYPT_DECRYPT');
    const { CiphertextBlob } = await kms.send(
      new EncryptCommand({ KeyId: symmetric.KeyId, Plaintext: new Uint8Array(191) }),
    );
    expect(
      await rejects(kms.send(new ReEncryptCommand({ CiphertextBlob, DestinationKeyId: rsa.KeyId }))),
    ).toEqual({
      name: 'InvalidKeyUsageException',
      message: 'Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_2048.',
    });
    expect(
      await rejects(
        kms.send(
          new ReEncryptCommand({
            CiphertextBlob,
            DestinationKeyId: rsa.KeyId,
            DestinationEncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
          }),
        ),
      ),
    ).toEqual({
      name: 'ValidationException',
      message:
        'Algorithm RSAES_OAEP_SHA_256 and key spec RSA_2048 cannot encrypt data larger than 190 bytes.',
    });
    const { CiphertextBlob: rsaBlob } = await kms.send(
      new EncryptCommand({
        KeyId: rsa.KeyId,
        Plaintext: bytes('x'),
        EncryptionAlgorithm: 'RSAES_OAEP_SHA_1',
      }),
    );
    expect(
      await rejects(
        kms.send(
          new ReEncryptCommand({
            CiphertextBlob: rsaBlob,
            SourceKeyId: rsa.KeyId,
            DestinationKeyId: symmetric.KeyId,
          }),
        ),
      ),
    ).toEqual({
      name: 'InvalidKeyUsageException',
      message: 'Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_2048.',
    });
    // Without SourceKeyId the bare OAEP block names no key.
    expect(
      (
        await rejects(
          kms.send(new ReEncryptCommand({ CiphertextBlob: rsaBlob, DestinationKeyId: symmetric.KeyId })),
        )
      ).name,
    ).toBe('InvalidCiphertextException');
  });
});

describe('GenerateDataKeyPair(WithoutPlaintext)', () => {
  test('an ECC pair: PKCS #8 private key Node imports, matching SPKI public key, ciphertext that Decrypt opens', async () => {
    const { KeyMetadata } = await kms.send(new CreateKeyCommand({}));
    const context = { purpose: 'device-42' };
    const pair = await kms.send(
      new GenerateDataKeyPairCommand({
        KeyId: KeyMetadata?.KeyId,
        KeyPairSpec: 'ECC_NIST_P256',
        EncryptionContext: context,
      }),
    );
    expect(pair).toMatchObject({ KeyId: KeyMetadata?.Arn, KeyPairSpec: 'ECC_NIST_P256' });
    expect(pair.KeyMaterialId).toMatch(/^[0-9a-f]{64}$/);
    const privateKey = createPrivateKey({
      key: Buffer.from(pair.PrivateKeyPlaintext as Uint8Array),
      format: 'der',
      type: 'pkcs8',
    });
    const publicFromPrivate = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
    expect(new Uint8Array(publicFromPrivate)).toEqual(pair.PublicKey);
    const opened = await kms.send(
      new DecryptCommand({ CiphertextBlob: pair.PrivateKeyCiphertextBlob, EncryptionContext: context }),
    );
    expect(opened.Plaintext).toEqual(pair.PrivateKeyPlaintext);
    const signature = nodeSign('sha256', bytes('m'), privateKey);
    expect(nodeVerify('sha256', bytes('m'), nodePublicKey(pair.PublicKey as Uint8Array), signature)).toBe(
      true,
    );
  });

  test('an RSA pair without plaintext; an asymmetric KMS key cannot protect a pair', async () => {
    const { KeyMetadata } = await kms.send(new CreateKeyCommand({}));
    const pair = await kms.send(
      new GenerateDataKeyPairWithoutPlaintextCommand({ KeyId: KeyMetadata?.KeyId, KeyPairSpec: 'RSA_2048' }),
    );
    expect(pair).not.toHaveProperty('PrivateKeyPlaintext');
    expect(nodePublicKey(pair.PublicKey as Uint8Array).asymmetricKeyDetails?.modulusLength).toBe(2048);
    const opened = await kms.send(new DecryptCommand({ CiphertextBlob: pair.PrivateKeyCiphertextBlob }));
    const privateKey = createPrivateKey({
      key: Buffer.from(opened.Plaintext as Uint8Array),
      format: 'der',
      type: 'pkcs8',
    });
    expect(privateKey.asymmetricKeyType).toBe('rsa');
    const signing = await newKey('ECC_NIST_P256', 'SIGN_VERIFY');
    expect(
      await rejects(
        kms.send(new GenerateDataKeyPairCommand({ KeyId: signing.KeyId, KeyPairSpec: 'ECC_NIST_P256' })),
      ),
    ).toEqual({
      name: 'InvalidKeyUsageException',
      message: `${signing.Arn} key usage is SIGN_VERIFY which is not valid for GenerateDataKeyPair.`,
    });
  });
});

describe('DeriveSharedSecret (ECDH)', () => {
  test("equals Node's ECDH on P-256, P-384 and P-521", async () => {
    for (const [spec, curve] of [
      ['ECC_NIST_P256', 'prime256v1'],
      ['ECC_NIST_P384', 'secp384r1'],
      ['ECC_NIST_P521', 'secp521r1'],
    ] as const) {
      const key = await newKey(spec, 'KEY_AGREEMENT');
      const kmsPublic = nodePublicKey(await publicKeyOf(key.KeyId));
      const peer = generateKeyPairSync('ec', { namedCurve: curve });
      const peerSpki = peer.publicKey.export({ format: 'der', type: 'spki' });
      const response = await kms.send(
        new DeriveSharedSecretCommand({
          KeyId: key.KeyId,
          KeyAgreementAlgorithm: 'ECDH',
          PublicKey: peerSpki,
        }),
      );
      expect(response).toMatchObject({ KeyId: key.Arn, KeyAgreementAlgorithm: 'ECDH', KeyOrigin: 'AWS_KMS' });
      const nodeSecret = diffieHellman({ privateKey: peer.privateKey, publicKey: kmsPublic });
      expect(response.SharedSecret).toEqual(new Uint8Array(nodeSecret));
    }
  });

  test('a peer key on another curve, and a key that does not agree', async () => {
    const key = await newKey('ECC_NIST_P256', 'KEY_AGREEMENT');
    const peer = generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).publicKey.export({
      format: 'der',
      type: 'spki',
    });
    expect(
      await rejects(
        kms.send(
          new DeriveSharedSecretCommand({ KeyId: key.KeyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: peer }),
        ),
      ),
    ).toEqual({
      name: 'ValidationException',
      message: 'PublicKey is not a valid public key for key spec ECC_NIST_P256.',
    });
    const signing = await newKey('ECC_NIST_P256', 'SIGN_VERIFY');
    expect(
      await rejects(
        kms.send(
          new DeriveSharedSecretCommand({
            KeyId: signing.KeyId,
            KeyAgreementAlgorithm: 'ECDH',
            PublicKey: peer,
          }),
        ),
      ),
    ).toEqual({
      name: 'InvalidKeyUsageException',
      message: `${signing.Arn} key usage is SIGN_VERIFY which is not valid for DeriveSharedSecret.`,
    });
  });
});

describe('Encapsulate and Decapsulate (ML-KEM)', () => {
  test('round trip, noble-made ciphertexts, implicit rejection, wrong length', async () => {
    const key = await newKey('ML_KEM_768', 'ENCAPSULATE_DECAPSULATE');
    const encapsulated = await kms.send(
      new EncapsulateCommand({ KeyId: key.KeyId, EncapsulationAlgorithm: 'ML_KEM' }),
    );
    expect(encapsulated.SharedSecret).toHaveLength(32);
    expect(encapsulated.SharedSecretCiphertextBlob).toHaveLength(1088);
    const decapsulated = await kms.send(
      new DecapsulateCommand({
        KeyId: key.KeyId,
        SharedSecretCiphertextBlob: encapsulated.SharedSecretCiphertextBlob,
        EncapsulationAlgorithm: 'ML_KEM',
      }),
    );
    expect(decapsulated).toMatchObject({ KeyId: key.Arn, EncapsulationAlgorithm: 'ML_KEM' });
    expect(decapsulated.SharedSecret).toEqual(encapsulated.SharedSecret);

    // Someone outside KMS encapsulates to the public key.
    const publicKey = rawPublicKey(await publicKeyOf(key.KeyId), '0609608648016503040402');
    const offline = ml_kem768.encapsulate(publicKey);
    const theirs = await kms.send(
      new DecapsulateCommand({
        KeyId: key.KeyId,
        SharedSecretCiphertextBlob: offline.cipherText,
        EncapsulationAlgorithm: 'ML_KEM',
      }),
    );
    expect(theirs.SharedSecret).toEqual(offline.sharedSecret);

    // Implicit rejection: an altered ciphertext still gives 32 bytes, just not the secret.
    const altered = (encapsulated.SharedSecretCiphertextBlob as Uint8Array).slice();
    altered[0] ^= 1;
    const rejected = await kms.send(
      new DecapsulateCommand({
        KeyId: key.KeyId,
        SharedSecretCiphertextBlob: altered,
        EncapsulationAlgorithm: 'ML_KEM',
      }),
    );
    expect(rejected.SharedSecret).toHaveLength(32);
    expect(rejected.SharedSecret).not.toEqual(encapsulated.SharedSecret);

    expect(
      await rejects(
        kms.send(
          new DecapsulateCommand({
            KeyId: key.KeyId,
            SharedSecretCiphertextBlob: new Uint8Array(100),
            EncapsulationAlgorithm: 'ML_KEM',
          }),
        ),
      ),
    ).toEqual({ name: 'InvalidCiphertextException', message: EMPTY_MESSAGE });
  });
});

describe('determinism, CloudTrail and billing', () => {
  test('the same seed replays the same keys and randomised signatures on both crypto providers', async () => {
    const run = async (provider: 'webcrypto' | 'noble') => {
      const s = createKmsSimulator({ seed: 'replay', crypto: provider });
      const c = kmsClientFor(s);
      const out: Uint8Array[] = [];
      for (const [spec, algorithm] of [
        ['RSA_2048', 'RSASSA_PSS_SHA_256'],
        ['ECC_NIST_P256', 'ECDSA_SHA_256'],
        ['ML_DSA_44', 'ML_DSA_SHAKE_256'],
      ] as const) {
        const { KeyMetadata } = await c.send(
          new CreateKeyCommand({ KeySpec: spec, KeyUsage: 'SIGN_VERIFY' }),
        );
        out.push(
          (await c.send(new GetPublicKeyCommand({ KeyId: KeyMetadata?.KeyId }))).PublicKey as Uint8Array,
        );
        const { Signature } = await c.send(
          new SignCommand({ KeyId: KeyMetadata?.KeyId, Message: bytes('m'), SigningAlgorithm: algorithm }),
        );
        out.push(Signature as Uint8Array);
      }
      return out;
    };
    expect(await run('noble')).toEqual(await run('webcrypto'));
  });

  test('trail records omit messages and signatures; asymmetric requests skip the free tier', async () => {
    const key = await newKey('RSA_2048', 'SIGN_VERIFY');
    const p384 = await newKey('ECC_NIST_P384', 'SIGN_VERIFY');
    await kms.send(
      new SignCommand({ KeyId: key.KeyId, Message: bytes('m'), SigningAlgorithm: 'RSASSA_PSS_SHA_256' }),
    );
    await kms.send(
      new SignCommand({ KeyId: p384.KeyId, Message: bytes('m'), SigningAlgorithm: 'ECDSA_SHA_384' }),
    );
    const record = sim.trail().find((r) => r.eventName === 'Sign');
    expect(record).toMatchObject({
      eventSource: 'kms.amazonaws.com',
      readOnly: true,
      requestParameters: { keyId: key.KeyId, signingAlgorithm: 'RSASSA_PSS_SHA_256' },
      responseElements: null,
      resources: [{ ARN: key.Arn, type: 'AWS::KMS::Key' }],
    });
    expect(JSON.stringify(record)).not.toContain('message"');
    const month = bill(sim.world, new Date('2026-01-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z'))
      .months[0];
    // Two CreateKey calls are standard (free); the two Sign calls are billed: $0.03 and $0.15 per 10,000.
    expect(month.accounts[0]).toMatchObject({ requests: 4, freeRequests: 2, billableRequests: 2 });
    expect(month.accounts[0].requestFeeUsd).toBeCloseTo(0.000018, 6);
  });
});
