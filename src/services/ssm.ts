/**
 * AWS Systems Manager Parameter Store SecureString parameters (reference §11; KMS Developer Guide "How AWS
 * Systems Manager Parameter Store uses AWS KMS"): context `{"PARAMETER_ARN": "arn:aws:ssm:<region>:<account>:
 * parameter/<name>"}`, default key `aws/ssm`.
 * - Standard tier (value ≤ 4,096 characters): PutParameter → KMS Encrypt of the value itself;
 *   GetParameter(WithDecryption) → Decrypt.
 * - Advanced tier: envelope encryption with the AWS Encryption SDK → GenerateDataKey on put (the context also in
 *   the message header), Decrypt of the encrypted data key on get. Standard → Advanced is allowed, not back.
 *
 * Errors: a KMS failure comes back as `InvalidKeyId` quoting the KMS error in the AWS SDK for Java's words
 * (recorded for a disabled key in public code comments, e.g. turbot/steampipe-plugin-aws); an access denial
 * as `AccessDeniedException` in the same form (simplified).
 */
import { toBase64, utf8Decode, utf8Encode } from '../crypto';
import {
  awsKmsEncryptedDataKey,
  DataKeyHandle,
  decryptMessage,
  encryptMessage,
  isEnvelopeError,
} from '../envelope';
import { MANAGED_KEY_SERVICES } from '../kms/policy';
import {
  type ActionResult,
  actionsFor,
  fail,
  javaSdkKmsMessage,
  keyIdFor,
  kmsErrorOf,
  lastRequestId,
  type ServiceContext,
  type ServiceDeclaration,
  succeed,
} from './service';

export type ParameterTier = 'Standard' | 'Advanced';

export interface SecureStringParameter {
  name: string;
  arn: string;
  tier: ParameterTier;
  /** As configured; undefined means the AWS managed key `aws/ssm`. */
  keyId?: string;
  version: number;
  encryptionContext: Record<string, string>;
  /** Standard tier: the KMS CiphertextBlob of the value. */
  ciphertextBlob?: Uint8Array;
  /** Advanced tier: the AWS Encryption SDK message. */
  message?: Uint8Array;
  lastModifiedMs: number;
}

export interface SsmState {
  parameters: Record<string, SecureStringParameter>;
}

/** Standard parameters hold at most 4 KB (Parameter Store tiers); KMS Encrypt takes at most 4,096 bytes. */
export const STANDARD_MAX_VALUE = 4096;

/** `/app/db-password` → `arn:aws:ssm:…:parameter/app/db-password`; `name` → `…:parameter/name`. */
export const parameterArn = (ctx: ServiceContext, name: string) =>
  `arn:aws:ssm:${ctx.region}:${ctx.accountId}:parameter/${name.replace(/^\//, '')}`;

function kmsFailure(
  ctx: ServiceContext,
  invocation: { error: { name: string; message: string } },
): ActionResult {
  const kms = kmsErrorOf(invocation);
  const message = javaSdkKmsMessage(kms, lastRequestId(ctx));
  return kms.name === 'AccessDeniedException'
    ? fail('AccessDeniedException', message, 'simplified', kms)
    : fail('InvalidKeyId', message, 'recorded', kms);
}

const action = actionsFor<SsmState>();

export const ssm: ServiceDeclaration<SsmState> = {
  id: 'ssm',
  name: 'AWS Systems Manager Parameter Store',
  managedKey: MANAGED_KEY_SERVICES.find((s) => s.alias === 'ssm') as (typeof MANAGED_KEY_SERVICES)[number],
  keyChoices: ['aws-managed', 'customer-managed'],
  encryptionContextKeys: ['PARAMETER_ARN'],
  fidelity: 'documented',
  initialState: () => ({ parameters: {} }),
  actions: {
    PutParameter: action({
      params: {
        Name: { type: 'string', min: 1, max: 1011, pattern: /^[\w.\-/]+$/, patternName: 'a parameter name' },
        Value: { type: 'string', min: 1, max: STANDARD_MAX_VALUE },
        Tier: { type: 'enum', values: ['Standard', 'Advanced'], optional: true },
        KeyId: { type: 'string', min: 1, max: 2048, optional: true },
        Overwrite: { type: 'boolean', optional: true },
      },
      kmsCalls: ['Encrypt', 'GenerateDataKey'],
      async run(ctx, state, p) {
        const existing = state.parameters[p.Name];
        if (existing && !p.Overwrite)
          return fail(
            'ParameterAlreadyExists',
            'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.',
            'documented',
          );
        const tier = p.Tier ?? existing?.tier ?? 'Standard';
        if (existing?.tier === 'Advanced' && tier === 'Standard')
          return fail(
            'ValidationException',
            "This parameter uses the advanced-parameter tier. You can't downgrade a parameter from the advanced-parameter tier to the standard-parameter tier.",
            'simplified',
          );
        const arn = parameterArn(ctx, p.Name);
        const encryptionContext = { PARAMETER_ARN: arn };
        const keyId = keyIdFor(ctx, p.KeyId);
        const value = utf8Encode(p.Value);
        const base = {
          name: p.Name,
          arn,
          tier,
          ...(p.KeyId ? { keyId: p.KeyId } : {}),
          version: (existing?.version ?? 0) + 1,
          encryptionContext,
          lastModifiedMs: ctx.nowMs,
        };
        if (tier === 'Standard') {
          const encrypted = await ctx.kms('Encrypt', {
            KeyId: keyId,
            Plaintext: value,
            EncryptionContext: encryptionContext,
          });
          if (!encrypted.ok) return kmsFailure(ctx, encrypted);
          state.parameters[p.Name] = { ...base, ciphertextBlob: encrypted.response.CiphertextBlob };
        } else {
          const generated = await ctx.kms('GenerateDataKey', {
            KeyId: keyId,
            KeySpec: 'AES_256',
            EncryptionContext: encryptionContext,
          });
          if (!generated.ok) return kmsFailure(ctx, generated);
          const dataKey = new DataKeyHandle(generated.response.Plaintext);
          try {
            const { message } = await encryptMessage({
              provider: ctx.provider,
              dataKey,
              encryptedDataKeys: [
                awsKmsEncryptedDataKey(generated.response.KeyId, generated.response.CiphertextBlob),
              ],
              encryptionContext,
              messageId: ctx.drbg.bytes(32),
              plaintext: value,
            });
            state.parameters[p.Name] = { ...base, message };
          } finally {
            dataKey.discard();
          }
        }
        return succeed({ Version: base.version, Tier: tier });
      },
    }),
    GetParameter: action({
      params: {
        Name: { type: 'string', min: 1, max: 2048 },
        WithDecryption: { type: 'boolean', optional: true },
      },
      kmsCalls: ['Decrypt'],
      async run(ctx, state, p) {
        const parameter = state.parameters[p.Name];
        if (!parameter) return fail('ParameterNotFound', '', 'simplified');
        const stored = (parameter.ciphertextBlob ?? parameter.message) as Uint8Array;
        const described = {
          Name: parameter.name,
          Type: 'SecureString',
          Version: parameter.version,
          ARN: parameter.arn,
          LastModifiedDate: new Date(parameter.lastModifiedMs).toISOString(),
        };
        // Without decryption Parameter Store returns the encrypted value as stored (base64).
        if (!p.WithDecryption) return succeed({ Parameter: { ...described, Value: toBase64(stored) } });
        let value: Uint8Array;
        if (parameter.ciphertextBlob) {
          const decrypted = await ctx.kms('Decrypt', {
            CiphertextBlob: parameter.ciphertextBlob,
            EncryptionContext: parameter.encryptionContext,
          });
          if (!decrypted.ok) return kmsFailure(ctx, decrypted);
          value = decrypted.response.Plaintext;
        } else {
          let failed: { error: { name: string; message: string } } | undefined;
          try {
            value = (
              await decryptMessage({
                provider: ctx.provider,
                message: parameter.message as Uint8Array,
                expectedEncryptionContext: parameter.encryptionContext,
                async decryptDataKey({ encryptedDataKeys, encryptionContext }) {
                  const decrypted = await ctx.kms('Decrypt', {
                    CiphertextBlob: (encryptedDataKeys[0] as { ciphertext: Uint8Array }).ciphertext,
                    EncryptionContext: { ...encryptionContext },
                  });
                  if (!decrypted.ok) {
                    failed = decrypted;
                    throw decrypted.error;
                  }
                  return decrypted.response.Plaintext;
                },
              })
            ).plaintext;
          } catch (error) {
            if (failed) return kmsFailure(ctx, failed);
            if (isEnvelopeError(error)) return fail('InternalServerError', error.message, 'simplified');
            throw error;
          }
        }
        return succeed({ Parameter: { ...described, Value: utf8Decode(value) } });
      },
    }),
  },
};
