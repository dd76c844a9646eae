/**
 * Amazon S3 server-side encryption (reference §11; S3 User Guide "Using server-side encryption with AWS KMS keys
 * (SSE-KMS)" and "Reducing the cost of SSE-KMS with Amazon S3 Bucket Keys"):
 * - SSE-KMS PUT → GenerateDataKey with `{"aws:s3:arn": "arn:aws:s3:::bucket/key"}` (plus any context the request
 *   adds), by the requester through s3; GET → Decrypt with the same context. Default key `aws/s3`.
 * - Bucket Keys: S3 asks KMS for a bucket-level key (context: the bucket ARN), keeps it for a limited time and
 *   derives a unique data key per object from it, so most PUTs and GETs make no KMS request. S3 fetches one
 *   "at least once per requester", so each principal's use is still in CloudTrail.
 * - SSE-S3 (`AES256`): S3's own keys, no KMS request, nothing in the customer's CloudTrail (an AWS owned key
 *   here, through the engine's owned-key store).
 *
 * Simplified (AWS publishes no detail): the reuse period of a bucket key (BUCKET_KEY_REUSE_MS), how S3 derives an
 * object key from a bucket key (HKDF-SHA256 with a per-object salt here), S3's object format (AES-256-GCM with
 * the object ARN as AAD here), and the wording of S3's `KMS.*` errors.
 */
import { equalBytes, utf8Decode, utf8Encode, zeroize } from '../crypto';
import { MANAGED_KEY_SERVICES } from '../kms/policy';
import {
  type ActionResult,
  actionsFor,
  fail,
  keyIdFor,
  kmsErrorOf,
  type SealedData,
  type ServiceContext,
  type ServiceDeclaration,
  type ServiceError,
  succeed,
} from './service';

/** How long S3 reuses a bucket key: AWS says only "a limited time period"; one hour is KMS Lab's choice. */
export const BUCKET_KEY_REUSE_MS = 60 * 60 * 1000;

/** S3 bucket naming rules (S3 User Guide, "General purpose bucket naming rules"). */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export const objectArn = (bucket: string, key: string) => `arn:aws:s3:::${bucket}/${key}`;
export const bucketArn = (bucket: string) => `arn:aws:s3:::${bucket}`;

export interface S3Object {
  bucket: string;
  key: string;
  size: number;
  serverSideEncryption: 'aws:kms' | 'AES256';
  /** SSE-KMS: the key ARN KMS reported. */
  sseKmsKeyId?: string;
  bucketKeyEnabled: boolean;
  /** The encryption context S3 sent to KMS (SSE-KMS) or bound to the owned key (SSE-S3). */
  encryptionContext: Record<string, string>;
  /** SSE-KMS: the object's encrypted data key, or the encrypted bucket key it was derived from. */
  encryptedDataKey?: Uint8Array;
  /** Bucket Keys: the per-object salt of the object key's derivation. */
  salt?: Uint8Array;
  /** SSE-KMS: the object body under its data key. */
  sealed?: SealedData;
  /** SSE-S3: the body sealed by the AWS owned key. */
  ownedKeyCiphertext?: Uint8Array;
  lastModifiedMs: number;
}

/** A bucket key S3 holds in memory for one requester, bucket and KMS key. */
export interface BucketKey {
  bucket: string;
  /** The KeyId the PUT asked for (alias, ID or ARN): a request naming another key fetches its own. */
  requestedKeyId: string;
  keyArn: string;
  requester: string;
  encryptedKey: Uint8Array;
  plaintext: Uint8Array;
  fetchedMs: number;
}

export interface S3State {
  objects: Record<string, S3Object>;
  bucketKeys: BucketKey[];
}

const objectName = (bucket: string, key: string) => `${bucket}/${key}`;

/**
 * S3 reports a KMS failure as `KMS.<exception>` with KMS's message (error codes such as KMS.DisabledException,
 * KMS.KMSInvalidStateException and KMS.NotFoundException appear in AWS docs); a refused kms:GenerateDataKey or
 * kms:Decrypt is a plain `AccessDenied` ("Access Denied"), as recorded in boto/boto3#2952.
 */
function s3Error(kms: { name: string; message: string }): ServiceError {
  if (kms.name === 'AccessDeniedException')
    return { code: 'AccessDenied', message: 'Access Denied', fidelity: 'recorded', kmsError: kms };
  return { code: `KMS.${kms.name}`, message: kms.message, fidelity: 'simplified', kmsError: kms };
}

const failedWith = (invocation: { error: { name: string; message: string } }): ActionResult => ({
  ok: false,
  error: s3Error(kmsErrorOf(invocation)),
});

/** Forgets (and zero-fills) bucket keys past their reuse period. */
function expireBucketKeys(state: S3State, nowMs: number): void {
  state.bucketKeys = state.bucketKeys.filter((k) => {
    const live = nowMs - k.fetchedMs < BUCKET_KEY_REUSE_MS;
    if (!live) zeroize(k.plaintext);
    return live;
  });
}

/** The per-object key derived from a bucket key (simplified: HKDF-SHA256, salt per object, object ARN as info). */
const objectKeyFrom = (ctx: ServiceContext, bucketKey: Uint8Array, salt: Uint8Array, arn: string) =>
  ctx.provider.hkdf('SHA-256', bucketKey, salt, utf8Encode(arn), 32);

interface PutRequest {
  Bucket: string;
  Key: string;
  Body: string;
  ServerSideEncryption?: 'aws:kms' | 'AES256';
  SSEKMSKeyId?: string;
  BucketKeyEnabled?: boolean;
  SSEKMSEncryptionContext?: Record<string, string>;
}

async function putObject(ctx: ServiceContext, state: S3State, req: PutRequest): Promise<ActionResult> {
  const body = utf8Encode(req.Body);
  const arn = objectArn(req.Bucket, req.Key);
  const aad = utf8Encode(arn);
  const base = { bucket: req.Bucket, key: req.Key, size: body.length, lastModifiedMs: ctx.nowMs };
  const etag = `"${ctx.drbg.hex(16)}"`;

  if ((req.ServerSideEncryption ?? 'AES256') === 'AES256') {
    const encryptionContext = { 'aws:s3:arn': arn };
    const { ciphertextBlob } = await ctx.sim.awsOwnedKeys.encrypt('s3', body, { encryptionContext });
    state.objects[objectName(req.Bucket, req.Key)] = {
      ...base,
      serverSideEncryption: 'AES256',
      bucketKeyEnabled: false,
      encryptionContext,
      ownedKeyCiphertext: ciphertextBlob,
    };
    return succeed({ ETag: etag, ServerSideEncryption: 'AES256' });
  }

  // S3 appends aws:s3:arn to the context the request gives (reference §11).
  const keyId = keyIdFor(ctx, req.SSEKMSKeyId);
  if (!req.BucketKeyEnabled) {
    const encryptionContext = { ...req.SSEKMSEncryptionContext, 'aws:s3:arn': arn };
    const generated = await ctx.kms('GenerateDataKey', {
      KeyId: keyId,
      KeySpec: 'AES_256',
      EncryptionContext: encryptionContext,
    });
    if (!generated.ok) return failedWith(generated);
    const { Plaintext, CiphertextBlob, KeyId } = generated.response;
    const sealed = await ctx.seal(Plaintext, body, aad);
    state.objects[objectName(req.Bucket, req.Key)] = {
      ...base,
      serverSideEncryption: 'aws:kms',
      sseKmsKeyId: KeyId,
      bucketKeyEnabled: false,
      encryptionContext,
      encryptedDataKey: CiphertextBlob,
      sealed,
    };
    return succeed({
      ETag: etag,
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: KeyId,
      BucketKeyEnabled: false,
    });
  }

  // Bucket Keys: the context is the bucket ARN (reference §11).
  const encryptionContext = { ...req.SSEKMSEncryptionContext, 'aws:s3:arn': bucketArn(req.Bucket) };
  expireBucketKeys(state, ctx.nowMs);
  let bucketKey = state.bucketKeys.find(
    (k) => k.bucket === req.Bucket && k.requester === ctx.principal && k.requestedKeyId === keyId,
  );
  if (!bucketKey) {
    const generated = await ctx.kms('GenerateDataKey', {
      KeyId: keyId,
      KeySpec: 'AES_256',
      EncryptionContext: encryptionContext,
    });
    if (!generated.ok) return failedWith(generated);
    bucketKey = {
      bucket: req.Bucket,
      requestedKeyId: keyId,
      keyArn: generated.response.KeyId,
      requester: ctx.principal,
      encryptedKey: generated.response.CiphertextBlob,
      plaintext: generated.response.Plaintext,
      fetchedMs: ctx.nowMs,
    };
    state.bucketKeys.push(bucketKey);
  }
  const salt = ctx.drbg.bytes(16);
  const objectKey = await objectKeyFrom(ctx, bucketKey.plaintext, salt, arn);
  const sealed = await ctx.seal(objectKey, body, aad);
  state.objects[objectName(req.Bucket, req.Key)] = {
    ...base,
    serverSideEncryption: 'aws:kms',
    sseKmsKeyId: bucketKey.keyArn,
    bucketKeyEnabled: true,
    encryptionContext,
    encryptedDataKey: bucketKey.encryptedKey,
    salt,
    sealed,
  };
  return succeed({
    ETag: etag,
    ServerSideEncryption: 'aws:kms',
    SSEKMSKeyId: bucketKey.keyArn,
    BucketKeyEnabled: true,
  });
}

async function getObject(
  ctx: ServiceContext,
  state: S3State,
  req: { Bucket: string; Key: string },
): Promise<ActionResult> {
  const object = state.objects[objectName(req.Bucket, req.Key)];
  if (!object) return fail('NoSuchKey', 'The specified key does not exist.', 'recorded');
  const arn = objectArn(req.Bucket, req.Key);
  const aad = utf8Encode(arn);
  let body: Uint8Array;
  if (object.ownedKeyCiphertext) {
    body = (
      await ctx.sim.awsOwnedKeys.decrypt(object.ownedKeyCiphertext, {
        encryptionContext: object.encryptionContext,
      })
    ).plaintext;
  } else if (!object.bucketKeyEnabled) {
    const decrypted = await ctx.kms('Decrypt', {
      CiphertextBlob: object.encryptedDataKey as Uint8Array,
      EncryptionContext: object.encryptionContext,
    });
    if (!decrypted.ok) return failedWith(decrypted);
    body = await ctx.open(decrypted.response.Plaintext, object.sealed as SealedData, aad);
  } else {
    expireBucketKeys(state, ctx.nowMs);
    const encrypted = object.encryptedDataKey as Uint8Array;
    let bucketKey = state.bucketKeys.find(
      (k) => k.requester === ctx.principal && equalBytes(k.encryptedKey, encrypted),
    );
    if (!bucketKey) {
      const decrypted = await ctx.kms('Decrypt', {
        CiphertextBlob: encrypted,
        EncryptionContext: object.encryptionContext,
      });
      if (!decrypted.ok) return failedWith(decrypted);
      bucketKey = {
        bucket: object.bucket,
        requestedKeyId: decrypted.response.KeyId,
        keyArn: decrypted.response.KeyId,
        requester: ctx.principal,
        encryptedKey: encrypted,
        plaintext: decrypted.response.Plaintext,
        fetchedMs: ctx.nowMs,
      };
      state.bucketKeys.push(bucketKey);
    }
    const objectKey = await objectKeyFrom(ctx, bucketKey.plaintext, object.salt as Uint8Array, arn);
    body = await ctx.open(objectKey, object.sealed as SealedData, aad);
  }
  return succeed({
    Body: utf8Decode(body),
    ContentLength: object.size,
    ServerSideEncryption: object.serverSideEncryption,
    ...(object.sseKmsKeyId ? { SSEKMSKeyId: object.sseKmsKeyId } : {}),
    BucketKeyEnabled: object.bucketKeyEnabled,
  });
}

const BUCKET = { type: 'string', max: 63, pattern: BUCKET_NAME, patternName: 'an S3 bucket name' } as const;
const SSE = {
  ServerSideEncryption: { type: 'enum', values: ['aws:kms', 'AES256'], optional: true },
  SSEKMSKeyId: { type: 'string', min: 1, max: 2048, optional: true },
  BucketKeyEnabled: { type: 'boolean', optional: true },
  SSEKMSEncryptionContext: { type: 'map', optional: true },
} as const;
/** Bodies are text kept in the scenario, so links stay short. */
const BODY = { type: 'string', max: 4096 } as const;

/** The most objects one batch puts (enough to show Bucket Keys at the scale AWS quotes). */
export const MAX_BATCH_OBJECTS = 10_000;

const action = actionsFor<S3State>();

export const s3: ServiceDeclaration<S3State> = {
  id: 's3',
  name: 'Amazon S3',
  managedKey: MANAGED_KEY_SERVICES.find((s) => s.alias === 's3') as (typeof MANAGED_KEY_SERVICES)[number],
  keyChoices: ['aws-owned', 'aws-managed', 'customer-managed'],
  encryptionContextKeys: ['aws:s3:arn'],
  fidelity: 'documented',
  initialState: () => ({ objects: {}, bucketKeys: [] }),
  actions: {
    PutObject: action({
      params: { Bucket: BUCKET, Key: { type: 'string', min: 1, max: 1024 }, Body: BODY, ...SSE },
      kmsCalls: ['GenerateDataKey'],
      run: (ctx, state, p) => putObject(ctx, state, p),
    }),
    GetObject: action({
      params: { Bucket: BUCKET, Key: { type: 'string', min: 1, max: 1024 } },
      kmsCalls: ['Decrypt'],
      run: (ctx, state, p) => getObject(ctx, state, p),
    }),
    /** KMS Lab's shortcut for `Count` PutObject requests of the same body (keys `<KeyPrefix><n>`). */
    PutObjectBatch: action({
      params: {
        Bucket: BUCKET,
        KeyPrefix: { type: 'string', min: 1, max: 1000 },
        Count: { type: 'integer', min: 1, max: MAX_BATCH_OBJECTS },
        Body: BODY,
        ...SSE,
      },
      kmsCalls: ['GenerateDataKey'],
      displayName: (p) => `PutObject × ${p.Count}`,
      async run(ctx, state, { KeyPrefix, Count, ...rest }) {
        for (let n = 1; n <= Count; n++) {
          const result = await putObject(ctx, state, { ...rest, Key: `${KeyPrefix}${n}` });
          if (!result.ok) return result;
        }
        return succeed({ Count, KmsRequests: ctx.calls.length });
      },
    }),
  },
};
