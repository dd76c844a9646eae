import { describe, expect, it } from 'vitest';
import { createReplayer } from '../replay';
import { createScenario } from '../schema';
import type { Step } from './index';

/** The whole bring-your-own-key flow as the keys section appends it, every value by `$ref`. */
const BYOK: Step[] = [
  { id: 's1', kind: 'kms.call', op: 'CreateKey', request: { Origin: 'EXTERNAL' } },
  {
    id: 's2',
    kind: 'kms.call',
    op: 'GetParametersForImport',
    request: {
      KeyId: { $ref: 's1/KeyMetadata/KeyId' },
      WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
      WrappingKeySpec: 'RSA_2048',
    },
  },
  { id: 's3', kind: 'import.wrapKeyMaterial', parameters: 's2' },
  {
    id: 's4',
    kind: 'kms.call',
    op: 'ImportKeyMaterial',
    request: {
      KeyId: { $ref: 's1/KeyMetadata/KeyId' },
      ImportToken: { $ref: 's2/ImportToken' },
      EncryptedKeyMaterial: { $ref: 's3/EncryptedKeyMaterial' },
      ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
    },
  },
  {
    id: 's5',
    kind: 'kms.call',
    op: 'Encrypt',
    request: { KeyId: { $ref: 's1/KeyMetadata/KeyId' }, Plaintext: 'aGVsbG8=' },
  },
];

describe('import.wrapKeyMaterial', () => {
  it('wraps 32 bytes under the wrapping key, so the key becomes Enabled and encrypts', async () => {
    const replayer = createReplayer(createScenario('byok-flow', {}, BYOK));
    const end = await replayer.goTo(4);
    expect(end.result?.ok).toBe(true);
    expect(end.keys[0].metadata).toMatchObject({ Origin: 'EXTERNAL', KeyState: 'Enabled' });
    const { records } = await replayer.history(4);
    const wrapped = records[2].result;
    if (wrapped?.kind !== 'import.wrapKeyMaterial' || !wrapped.ok) throw new Error('not wrapped');
    expect(wrapped.detail.keyMaterial).toHaveLength(32);
    // RSA_2048: the wrapped material is one 256-byte RSA block, which KMS opened (ImportKeyMaterial succeeded).
    expect(wrapped.detail.encryptedKeyMaterial).toHaveLength(256);
    expect(records[3].result?.ok).toBe(true);
  });

  it('replays byte for byte from the link, and a missing wrapping key is a clear failure', async () => {
    const bytes = async () => {
      const { records } = await createReplayer(createScenario('byok-flow', {}, BYOK)).history(4);
      const wrapped = records[2].result;
      return wrapped?.kind === 'import.wrapKeyMaterial' && wrapped.ok ? wrapped.detail : undefined;
    };
    expect(await bytes()).toEqual(await bytes());
    const broken = createScenario('byok-flow', {}, [
      BYOK[0],
      {
        ...BYOK[1],
        request: { ...(BYOK[1] as { request: object }).request, WrappingKeySpec: 'RSA_1024' },
      } as Step,
      BYOK[2],
    ]);
    const view = await createReplayer(broken).goTo(2);
    expect(view.result).toMatchObject({ ok: false, error: { source: 'scenario', name: 'RefUnresolved' } });
  });
});
