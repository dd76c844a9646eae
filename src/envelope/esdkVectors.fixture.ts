/**
 * Known-answer vectors for the AWS Encryption SDK message format v2 with algorithm suite 0x0478
 * (ALG_AES_256_GCM_HKDF_SHA512_COMMIT_KEY).
 *
 * Source: "AWS Encryption SDK - Message Format V2 Test Vectors" (2020-09-18, "2.0 Release"), as published in
 * aws/aws-encryption-sdk-javascript, modules/decrypt-node/test/fixtures.ts, `compatibilityVectors()`. Only the
 * unsigned (0x0478) cases are taken; the numbers are the vectors' own. Each vector lists the plaintext data key
 * (`decrypted-dek`), the derived content encryption key and the commitment key the official SDKs computed, so
 * the test checks our HKDF derivations as well as header parsing, header authentication and frame decryption.
 * Note vectors 14 and 18: their final frame carries the IV ff…ff00000001 rather than the sequence number padded
 * with zeros; the SDKs decrypt with the IV stored in the frame and accept them (status: true).
 */
export interface EsdkVector {
  readonly comment: string;
  readonly ciphertext: string; // base64
  readonly dataKey: string; // base64, `decrypted-dek`
  readonly contentEncryptionKey: string; // base64
  readonly commitment: string; // base64
  readonly messageId: string; // base64
  readonly encryptionContext: Readonly<Record<string, string>>;
  /** The plaintext, or the failure the SDKs report. */
  readonly expect: { readonly plaintext: string } | { readonly failure: 'commitment-mismatch' };
}

export const esdkV2Vectors: readonly EsdkVector[] = [
  {
    comment: '1. Non-KMS key provider',
    ciphertext:
      'AgR4TfvRMU2dVZJbgXIyxeNtbj5eIw8BiTDiwsHyQ/Z9wXkAAAABAAxQcm92aWRlck5hbWUAGUtleUlkAAAAgAAAAAz45sc3cDvJZ7D4P3sAMKE7d/w8ziQt2C0qHsy1Qu2E2q92eIGE/kLnF/Y003HKvTxx7xv2Zv83YuOdwHML5QIAABAAF88I9zPbUQSfOlzLXv+uIY2+m/E6j2PMsbgeHVH/L0wLqQlY+5CL0z3xnNOMIZae/////wAAAAEAAAAAAAAAAAAAAAEAAAAOSZBKHHRpTwXOFTQVGapXXj5CwXBMouBB2ucaIJVm',
    dataKey: '+p6+whPVw9kOrYLZFMRBJ2n6Vli6T/7TkjDouS+25s0=',
    contentEncryptionKey: 'V67301yMJtk0jxOc3QJeBac6uKxO3XylWtkKTYmUU+M=',
    commitment: 'F88I9zPbUQSfOlzLXv+uIY2+m/E6j2PMsbgeHVH/L0w=',
    messageId: 'TfvRMU2dVZJbgXIyxeNtbj5eIw8BiTDiwsHyQ/Z9wXk=',
    encryptionContext: {},
    expect: { plaintext: 'GoodCommitment' },
  },
  {
    comment: '2. Non-KMS key provider (Expected Failure)',
    ciphertext:
      'AgR4b1/73X5ErILpj0aSQIx6wNnHLEcNLxPzA0m6vYRr7kAAAAABAAxQcm92aWRlck5hbWUAGUtleUlkAAAAgAAAAAypJmXwyizUr3/pyvIAMHLU/i5GhZlGayeYC5w/CjUobyGwN4QpeMB0XpNDGTM0f1Zx72V4uM2H5wMjy/hm2wIAABAAAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh/pQM2VSvliz2Qgi5JZf2ta/////wAAAAEAAAAAAAAAAAAAAAEAAAANS4Id4+dVHhPrvuJHEiOswo6YGSRjSGX3VDrt+0s=',
    dataKey: '8Bu+AFAu9ZT8BwYK+QAKXKQ2iaySSiQwlPUrKMf6fdo=',
    contentEncryptionKey: 'Q/TITiE1CtPUr736a90u/WjxXmKd/M8bfb7Mo4TAXwA=',
    commitment: 'G7WvkcK+MF0AWhp8XhNcd8k5defmfi1dMqSgsN9v8e4=',
    messageId: 'b1/73X5ErILpj0aSQIx6wNnHLEcNLxPzA0m6vYRr7kA=',
    encryptionContext: {},
    expect: { failure: 'commitment-mismatch' },
  },
  {
    comment: '4. Key = zero, Message ID = zero',
    ciphertext:
      'AgR4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAdhd3Mta21zAEthcm46YXdzOmttczp1cy13ZXN0LTI6NjU4OTU2NjAwODMzOmtleS9iMzUzN2VmMS1kOGRjLTQ3ODAtOWY1YS01NTc3NmNiYjJmN2YApwEBAgB4QPOMJ14xCXQWwQcpUVBXGWSto+8cIelMi6C9vJ0PtBQAAAB+MHwGCSqGSIb3DQEHBqBvMG0CAQAwaAYJKoZIhvcNAQcBMB4GCWCGSAFlAwQBLjARBAw9EJqts2PkPA43eeMCARCAO9JPXvk6hofpX8P50mlDfAEwIiJc9sTS82KeLPBiZRnvmWcf2YSceNCoKTOB819M1auXncAYO8JJ/VzPAAdhd3Mta21zAEthcm46YXdzOmttczp1cy13ZXN0LTI6NjU4OTU2NjAwODMzOmtleS81OTBmZDc4MS1kZGRlLTQwMzYtYWJlYy0zZTFhYjVhNWQyYWQApwEBAgB4IDgBgT3DGKHrXsN2bi23PO+MOMGydcgwgWav8w1SQk0AAAB+MHwGCSqGSIb3DQEHBqBvMG0CAQAwaAYJKoZIhvcNAQcBMB4GCWCGSAFlAwQBLjARBAw4v1P6lkHuuyIOZ7ECARCAO0iAkJa/Ivo37+t5rryGAGMiIHuamdq21HBOULwcGmMzCT69PWNgm1l59xq+8AOinEEzohfm2jBueXA2AgAAEABDPYN/Wct+m8YzTRVK/4MRCcY3LZj4tayFiL/376umUUTUenheMypVEflUomVblvr/////AAAAAQAAAAAAAAAAAAAAAQAAAAlCp+rAMHiuKyGr0KRmjDC6C7TXAvAwtFjR',
    dataKey: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
    contentEncryptionKey: 'qSmd3ox7r+cIeGmJhuguY3i5S/LMKVUYJGgWR7rhE6M=',
    commitment: 'Qz2Df1nLfpvGM00VSv+DEQnGNy2Y+LWshYi/9++rplE=',
    messageId: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
    encryptionContext: {},
    expect: { plaintext: 'testing12' },
  },
  {
    comment: '14. Key = zero, Message ID = example (with AAD)',
    ciphertext:
      'AgR4PKWpyXOBmk4yDyakq0VRlXuStoPoaQ0n0tO1i/9LdVsAOgACAAh0ZXN0LWtleQAKdGVzdCB2YWx1ZQAKdGVzdC1rZXktMgAUYW5vdGhlciB0ZXN0IGV4YW1wbGUAAgAHYXdzLWttcwBLYXJuOmF3czprbXM6dXMtd2VzdC0yOjY1ODk1NjYwMDgzMzprZXkvYjM1MzdlZjEtZDhkYy00NzgwLTlmNWEtNTU3NzZjYmIyZjdmAKcBAQIAeEDzjCdeMQl0FsEHKVFQVxlkraPvHCHpTIugvbydD7QUAAAAfjB8BgkqhkiG9w0BBwagbzBtAgEAMGgGCSqGSIb3DQEHATAeBglghkgBZQMEAS4wEQQMVS2kQTl1wrYLE2eLAgEQgDulTL6UW+E6FTj+tivbEgzVQCko4XyfLCHO9p6+XhhzZ4ASQdB+InX3zlUO0nzvo6ncpznnFwucVziULgAHYXdzLWttcwBLYXJuOmF3czprbXM6dXMtd2VzdC0yOjY1ODk1NjYwMDgzMzprZXkvNTkwZmQ3ODEtZGRkZS00MDM2LWFiZWMtM2UxYWI1YTVkMmFkAKcBAQIAeCA4AYE9wxih617Ddm4ttzzvjDjBsnXIMIFmr/MNUkJNAAAAfjB8BgkqhkiG9w0BBwagbzBtAgEAMGgGCSqGSIb3DQEHATAeBglghkgBZQMEAS4wEQQM3CmTGX0yeaiG9NrQAgEQgDsnrSa/wp3e/eyjabdqfNOdRCgPRfrJg+bSSzs6Y8WogxrrXuCdv/Gxd/tpoGgrfckTXXAvDyzh2snYXAIAABAAApfij7czGOoR2HlxWsLApRGgoK8GT9zcTHLZllYHeIL5z/RijnIgTxn9phSilA70/////wAAAAH//////////wAAAAEAAAAJS+cGlK1P9Uok1Rn7XbeiPqIj9/NYhB4/cQ==',
    dataKey: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
    contentEncryptionKey: '4zt1+EPrf/1X9lyHGwI9TaX4KF6nMIZLK6BTRzsHkUc=',
    commitment: 'Apfij7czGOoR2HlxWsLApRGgoK8GT9zcTHLZllYHeII=',
    messageId: 'PKWpyXOBmk4yDyakq0VRlXuStoPoaQ0n0tO1i/9LdVs=',
    encryptionContext: { 'test-key': 'test value', 'test-key-2': 'another test example' },
    expect: { plaintext: 'testing12' },
  },
  {
    comment: '18. Key = example, Message ID = example (with AAD)',
    ciphertext:
      'AgR4PKWpyXOBmk4yDyakq0VRlXuStoPoaQ0n0tO1i/9LdVsAOgACAAh0ZXN0LWtleQAKdGVzdCB2YWx1ZQAKdGVzdC1rZXktMgAUYW5vdGhlciB0ZXN0IGV4YW1wbGUAAgAHYXdzLWttcwBLYXJuOmF3czprbXM6dXMtd2VzdC0yOjY1ODk1NjYwMDgzMzprZXkvYjM1MzdlZjEtZDhkYy00NzgwLTlmNWEtNTU3NzZjYmIyZjdmAKcBAQIAeEDzjCdeMQl0FsEHKVFQVxlkraPvHCHpTIugvbydD7QUAAAAfjB8BgkqhkiG9w0BBwagbzBtAgEAMGgGCSqGSIb3DQEHATAeBglghkgBZQMEAS4wEQQMA0otLRQxvR8Ud+pKAgEQgDvVR2YZbiRGnzk9VHphC2z0gf/3fnC856VJsjDHyXfeveuOAOg8lHBR2yqcbV6kFafqsLGuhoNM7kVkhAAHYXdzLWttcwBLYXJuOmF3czprbXM6dXMtd2VzdC0yOjY1ODk1NjYwMDgzMzprZXkvNTkwZmQ3ODEtZGRkZS00MDM2LWFiZWMtM2UxYWI1YTVkMmFkAKcBAQIAeCA4AYE9wxih617Ddm4ttzzvjDjBsnXIMIFmr/MNUkJNAAAAfjB8BgkqhkiG9w0BBwagbzBtAgEAMGgGCSqGSIb3DQEHATAeBglghkgBZQMEAS4wEQQM+7tKI00Bt/e3ZvEiAgEQgDtVAzyv+65kZInUtQjH5uEkHKcMGXPDWMGjaGo5u8AEVGkwM+Sph6+lykd21OT67IqUt6g25v8O0+PBSwIAABAA8bFcmKfev4aSvhT5vqcuBh4rFTHKOpzO6Ax69PDwcopiz5Sh5k0vkhhnD960r/31/////wAAAAH//////////wAAAAEAAAAJyHiCZSD8Gxa3Btt9ilhrITCfftYCrm5ZzA==',
    dataKey: 'Sfdon2EodFWiGY6ITvIDJZXhzKZPj2IQCi+1x/tw2ho=',
    contentEncryptionKey: 'o+avOr85YWbGFlh4G5kA5I8wBW4qre0d5/+BsW/uOis=',
    commitment: '8bFcmKfev4aSvhT5vqcuBh4rFTHKOpzO6Ax69PDwcoo=',
    messageId: 'PKWpyXOBmk4yDyakq0VRlXuStoPoaQ0n0tO1i/9LdVs=',
    encryptionContext: { 'test-key': 'test value', 'test-key-2': 'another test example' },
    expect: { plaintext: 'testing12' },
  },
];
