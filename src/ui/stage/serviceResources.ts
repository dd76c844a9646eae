/**
 * What the AWS services hold in storage after a step, for the stage: each service's resources (an S3 object or a
 * bucket of them, an EBS volume, an RDS instance, an EFS file system, a Lambda function's environment, a
 * Secrets Manager secret, a Parameter Store SecureString) with the encrypted data key it keeps beside its
 * encrypted data, and the S3 bucket keys S3 holds in its memory. Read from the services world the last service
 * call left (its `detail.world`, src/scenario/steps/serviceCall.ts): nothing is invented or recomputed.
 *
 * S3 Bucket Keys (S3 User Guide, "Reducing the cost of SSE-KMS with Amazon S3 Bucket Keys"): S3 asks KMS for one
 * bucket-level key and derives each object's key from it, so every object of the bucket stores the same
 * encrypted bucket key and most requests make no KMS call. A bucket is drawn as one group: how many objects,
 * how many distinct encrypted keys they store (one per object without Bucket Keys, one for all with them).
 */
import type { StepView } from '../../scenario/replay';
import type { StepRecord } from '../../scenario/stepHistory';
import type { ServiceId, ServicesWorld } from '../../services/index';
import type { Token } from './picture';

/** One resource (or one S3 bucket's objects) as a group in the storage box. */
export interface ResourceGroup {
  /** The group's name, as the storage box shows it (`s3://bucket/key`, `vol-…`, `prod/db`). */
  object: string;
  service: ServiceId;
  /** S3 buckets: how many objects, and how many distinct encrypted keys they store. */
  objects?: number;
  keys?: number;
  /** S3: the objects were encrypted under one bucket key (S3 Bucket Keys). */
  bucketKey?: boolean;
  /** The step called the service about this resource (it names it, or made or changed it). */
  touched: boolean;
  /** When the resource last changed (simulated clock, ms): the newest groups are drawn first. */
  changedMs: number;
  tokens: Token[];
}

export interface ServiceStorage {
  groups: ResourceGroup[];
  /** Plaintext bucket keys S3 holds in memory (drawn while S3 is the caller). */
  bucketKeys: Token[];
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** The services world after step `index`: the one the last service call up to it left, if any. */
export function servicesWorldAt(history: readonly StepRecord[], index: number): ServicesWorld | undefined {
  for (let i = Math.min(index, history.length - 1); i >= 0; i--) {
    const result = (history[i] as StepRecord).result;
    if (result.kind === 'service.call' && result.ok) return result.detail.world;
  }
  return undefined;
}

const blob = (id: string, bytes: Uint8Array, object: string): Token => ({
  id,
  kind: 'ciphertextBlob',
  at: 'storage',
  object,
  bytes,
});

const data = (id: string, bytes: Uint8Array, object: string): Token => ({
  id,
  kind: 'encryptedData',
  at: 'storage',
  object,
  bytes,
});

type Resource = Omit<ResourceGroup, 'touched'>;

/** A step's world never changes after the step (serviceCall.ts): its resources are read once. */
const read = new WeakMap<ServicesWorld, Resource[]>();

function resourcesOf(world: ServicesWorld): Resource[] {
  let resources = read.get(world);
  if (!resources) {
    resources = readResources(world);
    read.set(world, resources);
  }
  return resources;
}

/** What a resource holds, to tell whether a step changed it. */
const signature = (resource: Resource) =>
  `${resource.objects ?? 1}:${resource.keys ?? 0}:${resource.tokens.map((t) => hex(t.bytes)).join(':')}`;

/** Every resource of the services world, by service, with what it stores. */
function readResources(world: ServicesWorld): Resource[] {
  const out: Resource[] = [];
  const buckets = new Map<string, ServicesWorld['s3']['objects'][string][]>();
  for (const object of Object.values(world.s3.objects))
    buckets.set(object.bucket, [...(buckets.get(object.bucket) ?? []), object]);
  for (const [bucket, objects] of buckets) {
    const first = objects[0] as (typeof objects)[number];
    const name = objects.length === 1 ? `s3://${bucket}/${first.key}` : `s3://${bucket}/`;
    const keys = new Set(objects.flatMap((o) => (o.encryptedDataKey ? [hex(o.encryptedDataKey)] : [])));
    const body = first.sealed?.ciphertext ?? first.ownedKeyCiphertext;
    out.push({
      object: name,
      service: 's3',
      objects: objects.length,
      keys: keys.size,
      ...(first.bucketKeyEnabled ? { bucketKey: true } : {}),
      changedMs: Math.max(...objects.map((o) => o.lastModifiedMs)),
      tokens: [
        ...(first.encryptedDataKey ? [blob(`s3:${bucket}:key`, first.encryptedDataKey, name)] : []),
        ...(body ? [data(`s3:${bucket}:data`, body, name)] : []),
      ],
    });
  }
  /** A resource that keeps one encrypted key (or, for Lambda, one KMS ciphertext) and no data of ours. */
  const keyOnly = (service: ServiceId, object: string, changedMs: number, id: string, bytes: Uint8Array) =>
    out.push({ object, service, changedMs, tokens: [blob(`${service}:${id}`, bytes, object)] });
  for (const v of Object.values(world.ebs.volumes))
    keyOnly('ebs', v.volumeId, v.createTimeMs, v.volumeId, v.encryptedVolumeKey);
  for (const db of Object.values(world.rds.instances))
    keyOnly('rds', db.dbInstanceIdentifier, db.createTimeMs, db.dbiResourceId, db.encryptedDataKey);
  for (const fs of Object.values(world.elasticfilesystem.fileSystems))
    keyOnly('elasticfilesystem', fs.fileSystemId, fs.creationTimeMs, fs.fileSystemId, fs.encryptedDataKey);
  // Lambda keeps the environment variables as one KMS ciphertext (Encrypt), no data key.
  for (const fn of Object.values(world.lambda.functions))
    keyOnly('lambda', fn.name, fn.lastModifiedMs, fn.arn, fn.encryptedVariables);
  for (const secret of Object.values(world.secretsmanager.secrets)) {
    const current = secret.versions.find((v) => v.stages.includes('AWSCURRENT')) ?? secret.versions.at(-1);
    if (!current) continue;
    out.push({
      object: secret.name,
      service: 'secretsmanager',
      changedMs: Math.max(...secret.versions.map((v) => v.createdMs)),
      tokens: [
        blob(`secret:${secret.arn}:key`, current.encryptedDataKey, secret.name),
        data(`secret:${secret.arn}:data`, current.sealed.ciphertext, secret.name),
      ],
    });
  }
  for (const parameter of Object.values(world.ssm.parameters))
    out.push({
      object: parameter.name,
      service: 'ssm',
      changedMs: parameter.lastModifiedMs,
      // Standard tier: the value is one KMS ciphertext; advanced: an AWS Encryption SDK message.
      tokens: parameter.ciphertextBlob
        ? [blob(`ssm:${parameter.arn}`, parameter.ciphertextBlob, parameter.name)]
        : parameter.message
          ? [data(`ssm:${parameter.arn}`, parameter.message, parameter.name)]
          : [],
    });
  return out;
}

/** String values of a step's parameters (bucket names, volume IDs, secret names…). */
function namesIn(view: StepView): Set<string> {
  const step = view.step;
  if (step?.kind !== 'service.call') return new Set();
  return new Set(Object.values(step.params).filter((v): v is string => typeof v === 'string'));
}

/**
 * The services' storage after step `view.index`: the acting service's resources when the step is a service
 * call, else every service's; those the step is about first, then the newest.
 */
export function serviceStorage(view: StepView, history: readonly StepRecord[]): ServiceStorage {
  const world = servicesWorldAt(history, view.index);
  if (!world) return { groups: [], bucketKeys: [] };
  const step = view.step?.kind === 'service.call' ? view.step : undefined;
  const names = namesIn(view);
  // What the world held before the step: a resource the step made or changed differs from it.
  const earlier = servicesWorldAt(history, view.index - 1);
  const before = new Map((earlier ? resourcesOf(earlier) : []).map((r) => [r.object, signature(r)]));
  const groups = resourcesOf(world)
    .filter((group) => !step || group.service === step.service)
    .map((group) => ({
      ...group,
      touched:
        step !== undefined &&
        (before.get(group.object) !== signature(group) ||
          names.has(group.object) ||
          (group.objects !== undefined && names.has(group.object.slice(5).split('/')[0] as string))),
    }))
    .sort((a, b) => Number(b.touched) - Number(a.touched) || b.changedMs - a.changedMs);
  // S3's bucket keys are in S3's memory: drawn while S3 is the caller, for the principal it acts for.
  const principal = step?.principal;
  const bucketKeys =
    step?.service === 's3'
      ? world.s3.bucketKeys
          .filter((k) => !principal || k.requester === principal)
          .map(
            (k): Token => ({
              id: `s3:${k.bucket}:bucketKey:${k.requester}`,
              kind: 'dataKey',
              at: 'memory',
              bytes: k.plaintext,
              bucketKey: k.bucket,
            }),
          )
      : [];
  return { groups, bucketKeys };
}
