import { describe, expect, it } from 'vitest';
import { keytypes as en } from '../../i18n/keytypes';
import { keytypes as ja } from '../../i18n/keytypes.ja';
import { RSA_SIGNING_ALGORITHMS, rsaPlaintextLimit } from '../../kms/asymmetric';
import { createKmsSimulator } from '../../kms/index';
import { USAGES_OF_SPEC } from '../../kms/keySpecs';
import { KEY_SPEC_FAMILIES, usagesOfFamily } from './keySpecs';

/** Both languages of the catalogue, as each page loads one of them. */
const keytypes = { en, ja };

/** The key types notes against the engine: every claim with a number or a rule in it is checked here. */
describe('key spec notes', () => {
  it('explain every key spec the simulator creates, each once', () => {
    const explained = KEY_SPEC_FAMILIES.flatMap((family) => [...family.specs]);
    expect(explained.toSorted()).toEqual(Object.keys(USAGES_OF_SPEC).toSorted());
  });

  it('show the usages and algorithms CreateKey and DescribeKey have, per spec where they differ', () => {
    const of = (id: string) =>
      usagesOfFamily(KEY_SPEC_FAMILIES.find((family) => family.id === id)?.specs ?? []);
    expect(of('rsa')).toEqual([
      {
        usage: 'ENCRYPT_DECRYPT',
        groups: [
          {
            specs: ['RSA_2048', 'RSA_3072', 'RSA_4096'],
            algorithms: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'],
          },
        ],
      },
      {
        usage: 'SIGN_VERIFY',
        groups: [
          {
            specs: ['RSA_2048', 'RSA_3072', 'RSA_4096'],
            algorithms: [...RSA_SIGNING_ALGORITHMS],
          },
        ],
      },
    ]);
    expect(of('eccNist')).toEqual([
      {
        usage: 'SIGN_VERIFY',
        groups: [
          { specs: ['ECC_NIST_P256'], algorithms: ['ECDSA_SHA_256'] },
          { specs: ['ECC_NIST_P384'], algorithms: ['ECDSA_SHA_384'] },
          { specs: ['ECC_NIST_P521'], algorithms: ['ECDSA_SHA_512'] },
        ],
      },
      {
        usage: 'KEY_AGREEMENT',
        groups: [{ specs: ['ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521'], algorithms: ['ECDH'] }],
      },
    ]);
    // secp256k1 signs only; HMAC keys each have their own MAC algorithm.
    expect(of('secp256k1').map((u) => u.usage)).toEqual(['SIGN_VERIFY']);
    expect(of('hmac')[0].groups.map((g) => g.algorithms[0])).toEqual([
      'HMAC_SHA_224',
      'HMAC_SHA_256',
      'HMAC_SHA_384',
      'HMAC_SHA_512',
    ]);
    expect(of('mlKem')).toEqual([
      {
        usage: 'ENCAPSULATE_DECAPSULATE',
        groups: [{ specs: ['ML_KEM_512', 'ML_KEM_768', 'ML_KEM_1024'], algorithms: ['ML_KEM'] }],
      },
    ]);
  });

  it('give the RSA plaintext limits the engine enforces, in both languages', async () => {
    const limits: number[] = [];
    for (const spec of ['RSA_2048', 'RSA_3072', 'RSA_4096'] as const)
      for (const algorithm of ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] as const)
        limits.push(await rsaPlaintextLimit(spec, algorithm));
    for (const catalogue of [keytypes.en, keytypes.ja]) {
      const said = [...catalogue.specs.families.rsa.for.matchAll(/(\d+) \/ (\d+)/g)].flatMap((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      expect(said).toEqual(limits);
    }
  });

  it('say what the engine does: no rotation for an asymmetric key, its public key out, ML-DSA signature sizes', async () => {
    const kms = createKmsSimulator({ seed: 'key-spec-notes' });
    const create = async (KeySpec: string, KeyUsage: string) =>
      (
        (await kms.handle('TrentService.CreateKey', { KeySpec, KeyUsage })) as {
          KeyMetadata: { KeyId: string };
        }
      ).KeyMetadata.KeyId;
    const ecc = await create('ECC_NIST_P256', 'SIGN_VERIFY');
    await expect(kms.handle('TrentService.EnableKeyRotation', { KeyId: ecc })).rejects.toMatchObject({
      name: 'UnsupportedOperationException',
    });
    const { PublicKey } = (await kms.handle('TrentService.GetPublicKey', { KeyId: ecc })) as {
      PublicKey: string;
    };
    expect(PublicKey.length).toBeGreaterThan(0);

    const sizes: number[] = [];
    for (const spec of ['ML_DSA_44', 'ML_DSA_87']) {
      const KeyId = await create(spec, 'SIGN_VERIFY');
      const { Signature } = (await kms.handle('TrentService.Sign', {
        KeyId,
        Message: 'aGVsbG8=',
        MessageType: 'RAW',
        SigningAlgorithm: 'ML_DSA_SHAKE_256',
      })) as { Signature: string };
      sizes.push(Buffer.from(Signature, 'base64').length);
    }
    const range = sizes.map((n) => n.toLocaleString('en'));
    expect(keytypes.en.specs.families.mlDsa.for).toContain(`${range[0]} to ${range[1]} bytes`);
    expect(keytypes.ja.specs.families.mlDsa.for).toContain(`${range[0]} から ${range[1]} バイト`);
  });
});
