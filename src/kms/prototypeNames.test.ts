/**
 * Names that happen to be Object.prototype members are ordinary names to AWS (issue #13, items 21 and 22):
 * an encryption-context key `__proto__` is bound to the ciphertext like any other, shows in CloudTrail, in
 * grant constraints and in `kms:EncryptionContext:` condition keys; a grant token or ID `constructor` is just
 * one that does not exist.
 */
import { describe, expect, test } from 'vitest';
import { createKmsSimulator } from './index';
import { PROTOTYPE_NAMES } from './testing/hostileJson';

const APP = 'arn:aws:iam::111122223333:role/App';

async function setup(seed: string) {
  const sim = createKmsSimulator({ seed });
  const created = (await sim.handle('TrentService.CreateKey', {})) as { KeyMetadata: { Arn: string } };
  return { sim, keyArn: created.KeyMetadata.Arn };
}

/** The body as an SDK sends it: JSON text, in which `__proto__` is an own member. */
const wire = (body: Record<string, unknown>) => JSON.stringify(body);
const encryptAsApp = (sim: ReturnType<typeof createKmsSimulator>, keyArn: string) => (ec: unknown) =>
  sim.handle('TrentService.Encrypt', wire({ KeyId: keyArn, Plaintext: 'aGk=', EncryptionContext: ec }), {
    principal: APP,
  });
const context = (key: string, value = 'v') => JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)}}`);

describe('encryption-context keys named like Object.prototype members', () => {
  test.each(PROTOTYPE_NAMES)('%s is bound: Decrypt needs it, and CloudTrail records it', async (key) => {
    const { sim, keyArn } = await setup(`ec-${key}`);
    const enc = (await sim.handle(
      'TrentService.Encrypt',
      wire({ KeyId: keyArn, Plaintext: 'aGk=', EncryptionContext: context(key) }),
    )) as { CiphertextBlob: string };
    const recorded = sim.trail().at(-1)?.requestParameters as { encryptionContext?: object } | undefined;
    expect(Object.keys(recorded?.encryptionContext ?? {})).toEqual([key]);
    await expect(
      sim.handle('TrentService.Decrypt', wire({ CiphertextBlob: enc.CiphertextBlob })),
    ).rejects.toMatchObject({ name: 'InvalidCiphertextException' });
    await expect(
      sim.handle(
        'TrentService.Decrypt',
        wire({ CiphertextBlob: enc.CiphertextBlob, EncryptionContext: context(key, 'other') }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidCiphertextException' });
    await expect(
      sim.handle(
        'TrentService.Decrypt',
        wire({ CiphertextBlob: enc.CiphertextBlob, EncryptionContext: context(key) }),
      ),
    ).resolves.toMatchObject({ Plaintext: 'aGk=' });
  });

  test('a grant constraint on __proto__ holds only for that pair', async () => {
    const { sim, keyArn } = await setup('ec-grant');
    await sim.handle(
      'TrentService.CreateGrant',
      wire({
        KeyId: keyArn,
        GranteePrincipal: APP,
        Operations: ['Encrypt'],
        Constraints: { EncryptionContextEquals: context('__proto__', 'yes') },
      }),
    );
    const encryptAs = encryptAsApp(sim, keyArn);
    await expect(encryptAs(context('__proto__', 'yes'))).resolves.toBeDefined();
    await expect(encryptAs(context('__proto__', 'no'))).rejects.toMatchObject({
      name: 'AccessDeniedException',
    });
    await expect(encryptAs({})).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });

  test('kms:EncryptionContext:__proto__ is a condition key like any other', async () => {
    const { sim, keyArn } = await setup('ec-condition');
    sim.iam.putPrincipalPolicy(
      APP,
      'proto',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'kms:Encrypt',
            Resource: keyArn,
            Condition: { StringEquals: { 'kms:EncryptionContext:__proto__': 'yes' } },
          },
        ],
      }),
    );
    const encryptAs = encryptAsApp(sim, keyArn);
    await expect(encryptAs(context('__proto__', 'yes'))).resolves.toBeDefined();
    await expect(encryptAs(context('__proto__', 'no'))).rejects.toMatchObject({
      name: 'AccessDeniedException',
    });
    await expect(encryptAs(context('constructor', 'yes'))).rejects.toMatchObject({
      name: 'AccessDeniedException',
    });
  });
});

describe('grant tokens and IDs named like Object.prototype members', () => {
  test.each(PROTOTYPE_NAMES)('RetireGrant with the token %s → InvalidGrantTokenException', async (token) => {
    const { sim } = await setup(`retire-${token}`);
    await expect(sim.handle('TrentService.RetireGrant', wire({ GrantToken: token }))).rejects.toMatchObject({
      name: 'InvalidGrantTokenException',
    });
  });

  test.each(PROTOTYPE_NAMES)(
    'RevokeGrant and RetireGrant of the grant ID %s → NotFoundException',
    async (id) => {
      const { sim, keyArn } = await setup(`revoke-${id}`);
      for (const operation of ['RevokeGrant', 'RetireGrant'])
        await expect(
          sim.handle(`TrentService.${operation}`, wire({ KeyId: keyArn, GrantId: id })),
        ).rejects.toMatchObject({ name: 'NotFoundException', message: `Grant ID ${id} not found` });
    },
  );
});
