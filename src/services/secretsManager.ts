/**
 * AWS Secrets Manager (reference §11; Secrets Manager User Guide "Secret encryption and decryption"):
 * envelope encryption per secret **version**: every new version → GenerateDataKey (AES_256) by the requester
 * through secretsmanager with context `{"SecretARN": …, "SecretVersionId": …}`; the encrypted data key is kept
 * with the version; GetSecretValue → Decrypt with the same context. Default key `aws/secretsmanager`.
 * Staging labels: a new version takes AWSCURRENT and the version that had it becomes AWSPREVIOUS.
 *
 * Errors: a refused KMS call is `AccessDeniedException: Access to KMS is not allowed` (recorded in public
 * reports, e.g. aws-samples/aws-secrets-manager-rotation-lambdas#53); any other KMS failure on read is
 * `DecryptionFailure` quoting the KMS error in the AWS SDK for Java's words (recorded in the AWS GovCloud (US)
 * User Guide, troubleshooting "DecryptionFailure"). The write-side wording (`EncryptionFailure`) follows the same
 * pattern (simplified). The secret's own format is KMS Lab's (AES-256-GCM with the version ID as AAD).
 */
import { utf8Decode, utf8Encode } from '../crypto';
import { MANAGED_KEY_SERVICES } from '../kms/policy';
import {
  type ActionResult,
  actionsFor,
  fail,
  javaSdkKmsMessage,
  keyIdFor,
  kmsErrorOf,
  lastRequestId,
  type SealedData,
  type ServiceContext,
  type ServiceDeclaration,
  succeed,
} from './service';

export interface SecretVersion {
  versionId: string;
  stages: string[];
  kmsKeyId: string;
  encryptionContext: Record<string, string>;
  encryptedDataKey: Uint8Array;
  sealed: SealedData;
  createdMs: number;
}

export interface Secret {
  name: string;
  arn: string;
  /** As configured; undefined means the AWS managed key `aws/secretsmanager`. */
  kmsKeyId?: string;
  versions: SecretVersion[];
}

export interface SecretsManagerState {
  secrets: Record<string, Secret>;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Secret ARNs end in `-` and six random characters (Secrets Manager User Guide, "Secret ARN"). */
function secretArn(ctx: ServiceContext, name: string): string {
  const suffix = [...ctx.drbg.bytes(6)].map((b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join('');
  return `arn:aws:secretsmanager:${ctx.region}:${ctx.accountId}:secret:${name}-${suffix}`;
}

function kmsFailure(
  ctx: ServiceContext,
  invocation: { error: { name: string; message: string } },
  direction: 'encrypt' | 'decrypt',
): ActionResult {
  const kms = kmsErrorOf(invocation);
  if (kms.name === 'AccessDeniedException')
    return fail('AccessDeniedException', 'Access to KMS is not allowed', 'recorded', kms);
  const message = javaSdkKmsMessage(kms, lastRequestId(ctx));
  return direction === 'decrypt'
    ? fail('DecryptionFailure', `Secrets Manager can't decrypt the secret value: ${message}`, 'recorded', kms)
    : fail(
        'EncryptionFailure',
        `Secrets Manager can't encrypt the secret value: ${message}`,
        'simplified',
        kms,
      );
}

const notFound = () =>
  fail('ResourceNotFoundException', "Secrets Manager can't find the specified secret.", 'recorded');

/** A secret by name or ARN, as SecretId accepts both. */
const findSecret = (state: SecretsManagerState, secretId: string) =>
  state.secrets[secretId] ?? Object.values(state.secrets).find((s) => s.arn === secretId);

/** Encrypts a new version of `secret` and moves AWSCURRENT to it. */
async function addVersion(ctx: ServiceContext, secret: Secret, secretString: string): Promise<ActionResult> {
  const versionId = ctx.drbg.uuid();
  const encryptionContext = { SecretARN: secret.arn, SecretVersionId: versionId };
  const generated = await ctx.kms('GenerateDataKey', {
    KeyId: keyIdFor(ctx, secret.kmsKeyId),
    KeySpec: 'AES_256',
    EncryptionContext: encryptionContext,
  });
  if (!generated.ok) return kmsFailure(ctx, generated, 'encrypt');
  const sealed = await ctx.seal(
    generated.response.Plaintext,
    utf8Encode(secretString),
    utf8Encode(versionId),
  );
  for (const version of secret.versions) {
    version.stages = version.stages.filter((s) => s !== 'AWSPREVIOUS');
    if (version.stages.includes('AWSCURRENT'))
      version.stages = [...version.stages.filter((s) => s !== 'AWSCURRENT'), 'AWSPREVIOUS'];
  }
  secret.versions.push({
    versionId,
    stages: ['AWSCURRENT'],
    kmsKeyId: generated.response.KeyId,
    encryptionContext,
    encryptedDataKey: generated.response.CiphertextBlob,
    sealed,
    createdMs: ctx.nowMs,
  });
  return succeed({ ARN: secret.arn, Name: secret.name, VersionId: versionId, VersionStages: ['AWSCURRENT'] });
}

/** Secret names: 1–512 of letters, digits and /_+=.@- (Secrets Manager API, CreateSecret Name). */
const SECRET_NAME = {
  type: 'string',
  min: 1,
  max: 512,
  pattern: /^[\w/+=.@-]+$/,
  patternName: 'a secret name',
} as const;
/** SecretString: up to 65,536 bytes in AWS; KMS Lab keeps values in the scenario, so 4,096 characters. */
const SECRET_STRING = { type: 'string', min: 1, max: 4096 } as const;

const action = actionsFor<SecretsManagerState>();

export const secretsManager: ServiceDeclaration<SecretsManagerState> = {
  id: 'secretsmanager',
  name: 'AWS Secrets Manager',
  managedKey: MANAGED_KEY_SERVICES.find(
    (s) => s.alias === 'secretsmanager',
  ) as (typeof MANAGED_KEY_SERVICES)[number],
  keyChoices: ['aws-managed', 'customer-managed'],
  encryptionContextKeys: ['SecretARN', 'SecretVersionId'],
  fidelity: 'documented',
  initialState: () => ({ secrets: {} }),
  actions: {
    CreateSecret: action({
      params: {
        Name: SECRET_NAME,
        SecretString: SECRET_STRING,
        KmsKeyId: { type: 'string', min: 1, max: 2048, optional: true },
      },
      kmsCalls: ['GenerateDataKey'],
      async run(ctx, state, p) {
        if (state.secrets[p.Name])
          return fail(
            'ResourceExistsException',
            `The operation failed because the secret ${p.Name} already exists.`,
            'simplified',
          );
        const secret: Secret = {
          name: p.Name,
          arn: secretArn(ctx, p.Name),
          ...(p.KmsKeyId ? { kmsKeyId: p.KmsKeyId } : {}),
          versions: [],
        };
        const result = await addVersion(ctx, secret, p.SecretString);
        // A secret whose first value could not be encrypted is not created.
        if (result.ok) state.secrets[p.Name] = secret;
        return result;
      },
    }),
    PutSecretValue: action({
      params: { SecretId: { type: 'string', min: 1, max: 2048 }, SecretString: SECRET_STRING },
      kmsCalls: ['GenerateDataKey'],
      async run(ctx, state, p) {
        const secret = findSecret(state, p.SecretId);
        return secret ? addVersion(ctx, secret, p.SecretString) : notFound();
      },
    }),
    GetSecretValue: action({
      params: {
        SecretId: { type: 'string', min: 1, max: 2048 },
        VersionStage: { type: 'string', min: 1, max: 256, optional: true },
      },
      kmsCalls: ['Decrypt'],
      async run(ctx, state, p) {
        const secret = findSecret(state, p.SecretId);
        const stage = p.VersionStage ?? 'AWSCURRENT';
        const version = secret?.versions.find((v) => v.stages.includes(stage));
        if (!secret || !version) return notFound();
        const decrypted = await ctx.kms('Decrypt', {
          CiphertextBlob: version.encryptedDataKey,
          EncryptionContext: version.encryptionContext,
        });
        if (!decrypted.ok) return kmsFailure(ctx, decrypted, 'decrypt');
        const value = await ctx.open(
          decrypted.response.Plaintext,
          version.sealed,
          utf8Encode(version.versionId),
        );
        return succeed({
          ARN: secret.arn,
          Name: secret.name,
          VersionId: version.versionId,
          SecretString: utf8Decode(value),
          VersionStages: [...version.stages],
          CreatedDate: new Date(version.createdMs).toISOString(),
        });
      },
    }),
  },
};
