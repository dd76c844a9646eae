/**
 * The simulated client side of envelope encryption: the application's memory (plaintext data keys it received
 * from GenerateDataKey, envelopes it produced) and its object store (an S3-like bucket of stored envelopes).
 * Client steps read and change it; the replayer checkpoints it next to the engine's snapshot.
 *
 * Data keys live in the envelope layer's `DataKeyHandle`, so discarding one zero-fills the real buffer. A
 * snapshot keeps only `{ state: 'discarded', length }` for a discarded key, so a restored checkpoint holds
 * zeros too; live keys are copied into checkpoints (this is a simulation whose keys any reader of the link can
 * reproduce from the seed, so the copies protect nothing real; they are what makes scrubbing instant).
 */
import { DataKeyHandle, type DataKeySnapshot } from '../envelope/index';
import type { FileFingerprint } from './steps/envelopeEncrypt';
import { type ObjectLocation, objectName } from './steps/fields';

export interface ClientDataKey {
  /** The GenerateDataKey step that returned it. */
  stepId: string;
  /** The KMS key ARN from the response. */
  keyId: string;
  ciphertextBlob: Uint8Array;
  encryptionContext: Record<string, string>;
}

export interface ClientEnvelope {
  stepId: string;
  dataKey: string;
  source: { kind: 'text'; length: number } | ({ kind: 'file' } & FileFingerprint);
  encryptionContext: Record<string, string>;
  frameLength: number;
  message: Uint8Array;
}

export interface StoredObject extends ObjectLocation {
  envelope: string;
  message: Uint8Array;
  /** Steps that tampered with it, in order. */
  tamperedBy: string[];
}

export interface ClientWorld {
  dataKeys: Record<string, ClientDataKey & { handle: DataKeyHandle }>;
  envelopes: Record<string, ClientEnvelope>;
  objects: Record<string, StoredObject>;
}

/** Plain data (structuredClone-able): what checkpoints keep and what the UI's views read. */
export interface ClientWorldSnapshot {
  dataKeys: Record<string, ClientDataKey & { memory: DataKeySnapshot }>;
  envelopes: Record<string, ClientEnvelope>;
  objects: Record<string, StoredObject>;
}

export function emptyClientWorld(): ClientWorld {
  return { dataKeys: {}, envelopes: {}, objects: {} };
}

export const objectKey = (location: ObjectLocation): string => objectName(location);

/**
 * Invariant that makes snapshots cheap: byte arrays in the client world (messages, EDKs) are never changed in
 * place; steps replace them (tamper writes a changed copy). So snapshots copy the records and share the bytes.
 * The one buffer changed in place is a data key's, on discard, and snapshots copy it through its handle.
 */
const copyObject = (object: StoredObject): StoredObject => ({
  ...object,
  tamperedBy: [...object.tamperedBy],
});
const copyEnvelope = (envelope: ClientEnvelope): ClientEnvelope => ({
  ...envelope,
  source: { ...envelope.source },
  encryptionContext: { ...envelope.encryptionContext },
});
const mapValues = <T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> => {
  const out: Record<string, U> = {};
  for (const [id, value] of Object.entries(record)) out[id] = f(value);
  return out;
};

export function snapshotClientWorld(world: ClientWorld): ClientWorldSnapshot {
  return {
    dataKeys: mapValues(world.dataKeys, ({ handle, ...rest }) => ({
      ...rest,
      encryptionContext: { ...rest.encryptionContext },
      memory: handle.snapshot(),
    })),
    envelopes: mapValues(world.envelopes, copyEnvelope),
    objects: mapValues(world.objects, copyObject),
  };
}

export function restoreClientWorld(snapshot: ClientWorldSnapshot): ClientWorld {
  return {
    dataKeys: mapValues(snapshot.dataKeys, ({ memory, ...rest }) => ({
      ...rest,
      encryptionContext: { ...rest.encryptionContext },
      handle: DataKeyHandle.restore(memory),
    })),
    envelopes: mapValues(snapshot.envelopes, copyEnvelope),
    objects: mapValues(snapshot.objects, copyObject),
  };
}
