/**
 * Hostile JSON through the wire facade (issue #13, item 20): every declared operation, driven through
 * `handle()` with nulls inside lists and maps, keys named like `Object.prototype` members, wrong JSON types and
 * policies with such condition operators, must answer an AWS error (ValidationException,
 * MalformedPolicyDocumentException, SerializationException, …), never KMSInternalException carrying a
 * JavaScript TypeError, and never a bare JavaScript error.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rsaKeyMaterial } from './asymmetric';
import { isKmsError } from './errors';
import { createKmsSimulator } from './index';
import { OPERATIONS } from './operations';
import { setRsaKeyGenerator } from './rsaKeyGenerator';
import type { Shape } from './shapes';
import { anyJson, hostileKey, objectOf, PROTOTYPE_NAMES, policyText } from './testing/hostileJson';

/** Values shaped like the member (so the request reaches deep into the operation), or hostile JSON. */
function memberValue(shape: Shape, strings: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  const shaped = ((): fc.Arbitrary<unknown> => {
    switch (shape.type) {
      case 'string':
        return shape.enum ? fc.oneof(fc.constantFrom(...shape.enum), strings) : strings;
      case 'blob':
        return fc.uint8Array({ minLength: 1, maxLength: 40 }).map((b) => Buffer.from(b).toString('base64'));
      case 'integer':
        return fc.integer({ min: -1, max: 5000 });
      case 'boolean':
        return fc.boolean();
      case 'timestamp':
        return fc.integer({ min: -1, max: 2_000_000_000 });
      case 'list':
        return fc.array(fc.oneof(memberValue(shape.member, strings), fc.constant(null)), { maxLength: 3 });
      case 'map':
        return objectOf(fc.tuple(hostileKey, fc.oneof(memberValue(shape.value, strings), fc.constant(null))));
      case 'structure': {
        const members = Object.entries(shape.members).map(
          ([name, member]) => [name, memberValue(member, strings)] as const,
        );
        return fc
          .tuple(
            ...members.map(([name, value]) =>
              fc.option(
                value.map((v) => [name, v] as const),
                { nil: undefined },
              ),
            ),
          )
          .map((entries) => Object.fromEntries(entries.filter((e) => e !== undefined)));
      }
    }
  })();
  return fc.oneof({ weight: 4, arbitrary: shaped }, { weight: 1, arbitrary: anyJson });
}

/** Exception names that betray a JavaScript fault rather than an AWS answer. */
const FAULTS = ['KMSInternalException', 'Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError'];

describe('hostile JSON through handle()', () => {
  // GenerateDataKeyPair(WithoutPlaintext) makes an RSA key pair for each request that names an RSA spec, and the
  // search for RSA_4096 primes takes seconds: 150 hostile requests could take longer than the test may run.
  // This test is about input handling, so each spec's first key is searched for and later requests reuse it
  // (the key search itself is keyGeneration.test.ts's and asymmetric.sdk.test.ts's).
  const keyPerSpec = new Map<string, Promise<Uint8Array>>();
  beforeAll(() =>
    setRsaKeyGenerator((spec, seed) => {
      const key = keyPerSpec.get(spec) ?? rsaKeyMaterial(spec, seed);
      keyPerSpec.set(spec, key);
      return key;
    }),
  );
  afterAll(() => setRsaKeyGenerator(undefined));

  test.each(Object.keys(OPERATIONS))('%s answers an AWS error, never a JavaScript one', async (name) => {
    const sim = createKmsSimulator({ seed: `hostile-${name}` });
    const created = (await sim.handle('TrentService.CreateKey', {})) as { KeyMetadata: { Arn: string } };
    const keyArn = created.KeyMetadata.Arn;
    const grant = (await sim.handle('TrentService.CreateGrant', {
      KeyId: keyArn,
      GranteePrincipal: 'arn:aws:iam::111122223333:role/App',
      RetiringPrincipal: 'arn:aws:iam::111122223333:role/Admin',
      Operations: ['Decrypt'],
    })) as { GrantToken: string; GrantId: string };
    const strings = fc.oneof(
      fc.constantFrom(...PROTOTYPE_NAMES),
      fc.constantFrom(keyArn, keyArn.split('/')[1] ?? '', 'alias/x', grant.GrantToken, grant.GrantId),
      fc.constantFrom('arn:aws:iam::111122223333:role/App', 'Decrypt', 'SYMMETRIC_DEFAULT'),
      fc.string({ maxLength: 6 }),
      policyText(keyArn),
    );
    const declaration = OPERATIONS[name as keyof typeof OPERATIONS];
    await fc.assert(
      fc.asyncProperty(memberValue(declaration.input, strings), async (body) => {
        const outcome = await sim.handle(`TrentService.${name}`, JSON.stringify(body)).then(
          () => 'ok',
          (e: unknown) => e,
        );
        if (outcome === 'ok') return;
        expect(isKmsError(outcome), String(outcome)).toBe(true);
        const error = outcome as Error;
        expect(FAULTS, `${error.name}: ${error.message}`).not.toContain(error.name);
      }),
      { numRuns: 150 },
    );
  });

  test('policies with hostile parts: stored ones never break authorisation of later calls', async () => {
    const sim = createKmsSimulator({ seed: 'hostile-policies' });
    const created = (await sim.handle('TrentService.CreateKey', {})) as { KeyMetadata: { Arn: string } };
    const keyArn = created.KeyMetadata.Arn;
    const context = objectOf(fc.tuple(hostileKey, fc.constantFrom('x', 'constructor')));
    await fc.assert(
      fc.asyncProperty(policyText(keyArn), context, async (policy, encryptionContext) => {
        const calls = [
          sim.handle('TrentService.PutKeyPolicy', { KeyId: keyArn, PolicyName: 'default', Policy: policy }),
          // IAM policies are not validated on the way in (the simulator stores what the caller gives), so
          // authorisation has to survive whatever they hold.
          Promise.resolve(
            sim.iam.putPrincipalPolicy('arn:aws:iam::111122223333:role/App', 'hostile', policy),
          ),
          sim.handle('TrentService.Encrypt', {
            KeyId: keyArn,
            Plaintext: 'AAAA',
            EncryptionContext: encryptionContext,
          }),
          sim.handle(
            'TrentService.Encrypt',
            { KeyId: keyArn, Plaintext: 'AAAA', EncryptionContext: encryptionContext },
            { principal: 'arn:aws:iam::111122223333:role/App' },
          ),
        ];
        for (const outcome of await Promise.allSettled(calls)) {
          if (outcome.status === 'fulfilled') continue;
          const error = outcome.reason as Error;
          expect(isKmsError(error), String(error)).toBe(true);
          expect(FAULTS, `${error.name}: ${error.message}`).not.toContain(error.name);
        }
      }),
      { numRuns: 200 },
    );
  });

  test.each([
    ['GrantTokens', 'Encrypt', { Plaintext: 'AAAA', GrantTokens: [null] }, 'grantTokens.1.member'],
    ['TagKeys', 'UntagResource', { TagKeys: ['a', null] }, 'tagKeys.2.member'],
    ['Tags', 'TagResource', { Tags: [null] }, 'tags.1.member'],
    [
      'EncryptionContext',
      'Encrypt',
      { Plaintext: 'AAAA', EncryptionContext: { k: null } },
      'encryptionContext.k.value',
    ],
  ])('null inside %s → ValidationException naming the member', async (_member, operation, body, path) => {
    const sim = createKmsSimulator({ seed: 'hostile-null' });
    const created = (await sim.handle('TrentService.CreateKey', {})) as { KeyMetadata: { Arn: string } };
    await expect(
      sim.handle(`TrentService.${operation}`, { KeyId: created.KeyMetadata.Arn, ...body }),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message: `1 validation error detected: Value null at '${path}' failed to satisfy constraint: Member must not be null`,
    });
  });
});
