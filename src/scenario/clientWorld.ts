/**
 * The simulated client side of envelope encryption: the application's memory (plaintext data keys it received
 * from GenerateDataKey, envelopes it produced) and its object store (an S3-like bucket of stored envelopes).
 * Client steps read and change it; the replayer checkpoints it next to the engine's snapshot.
 *
 * Data keys live in the envelope layer's `DataKeyHandle`, so discarding one zero-fills the real buffer. A
 * snapshot keeps only `{ state: 'discarded', length }` for a discarded key, so a restored checkpoint holds
 * zeros too; live keys are copied into checkpoints (this is a simulation whose keys any reader of the link can
 * reproduce from the seed, so the copies protect nothing real; they are what makes scrubbing instant).
 *
 * A file's envelope is not kept whole: the envelope worker streams it into a Blob the learner downloads (a
 * 1 GiB file must not sit in every checkpoint as a 1 GiB array). The client world keeps its header (message ID,
 * encryption context, encrypted data key: a few hundred bytes) and its length; the Blob stays in the session
 * (src/state/sessionFiles.ts), never in the scenario.
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
  /** The context GenerateDataKey was called with (a signing suite's public key included). */
  encryptionContext: Record<string, string>;
  /**
   * The ECDSA P-384 private key of a data key made for the signing suite (kmsCall.ts); the ESDK keeps it only
   * until the message is signed, and `envelope.discardDataKey` zero-fills it with the data key. Snapshots copy
   * it (it is changed in place).
   */
  signingKey?: Uint8Array;
}

interface EnvelopeRecord {
  stepId: string;
  dataKey: string;
  encryptionContext: Record<string, string>;
  frameLength: number;
  messageLength: number;
}

/** Text: the whole message is in memory (it is what the store, tamper and decrypt steps work on). */
export interface TextEnvelope extends EnvelopeRecord {
  source: { kind: 'text'; length: number };
  message: Uint8Array;
}

/** A file: only the message header; the body went to the download (see the module comment). */
export interface FileEnvelope extends EnvelopeRecord {
  source: { kind: 'file' } & FileFingerprint;
  header: Uint8Array;
}

export type ClientEnvelope = TextEnvelope | FileEnvelope;

/** The whole message when the client holds it (text); undefined for a file's envelope, which is a download. */
export const envelopeMessage = (envelope: ClientEnvelope): Uint8Array | undefined =>
  'message' in envelope ? envelope.message : undefined;

export interface StoredObject extends ObjectLocation {
  envelope: string;
  message: Uint8Array;
  /** Steps that tampered with it, in order. */
  tamperedBy: string[];
}

export interface ClientWorld {
  dataKeys: Record<string, ClientDataKey & { handle: DataKeyHandle }>;
  /**
   * How many `envelope.encrypt` steps have used each plaintext data key (by GenerateDataKey step id), whatever
   * their outcome: a file step's message ID counts on it, so it must not depend on whether the file is here.
   */
  messagesPerDataKey: Record<string, number>;
  envelopes: Record<string, ClientEnvelope>;
  objects: Record<string, StoredObject>;
}

/** Plain data (structuredClone-able): what checkpoints keep and what the UI's views read. */
export interface ClientWorldSnapshot {
  dataKeys: Record<string, ClientDataKey & { memory: DataKeySnapshot }>;
  messagesPerDataKey: Record<string, number>;
  envelopes: Record<string, ClientEnvelope>;
  objects: Record<string, StoredObject>;
}

export function emptyClientWorld(): ClientWorld {
  return { dataKeys: {}, messagesPerDataKey: {}, envelopes: {}, objects: {} };
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
const copyEnvelope = <E extends ClientEnvelope>(envelope: E): E => ({
  ...envelope,
  source: { ...envelope.source },
  encryptionContext: { ...envelope.encryptionContext },
});
const copyDataKey = (dataKey: ClientDataKey): ClientDataKey => ({
  ...dataKey,
  encryptionContext: { ...dataKey.encryptionContext },
  ...(dataKey.signingKey && { signingKey: new Uint8Array(dataKey.signingKey) }),
});
const mapValues = <T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> => {
  const out: Record<string, U> = {};
  for (const [id, value] of Object.entries(record)) out[id] = f(value);
  return out;
};

export function snapshotClientWorld(world: ClientWorld): ClientWorldSnapshot {
  return {
    dataKeys: mapValues(world.dataKeys, ({ handle, ...rest }) => ({
      ...copyDataKey(rest),
      memory: handle.snapshot(),
    })),
    messagesPerDataKey: { ...world.messagesPerDataKey },
    envelopes: mapValues(world.envelopes, copyEnvelope),
    objects: mapValues(world.objects, copyObject),
  };
}

export function restoreClientWorld(snapshot: ClientWorldSnapshot): ClientWorld {
  return {
    dataKeys: mapValues(snapshot.dataKeys, ({ memory, ...rest }) => ({
      ...copyDataKey(rest),
      handle: DataKeyHandle.restore(memory),
    })),
    messagesPerDataKey: { ...snapshot.messagesPerDataKey },
    envelopes: mapValues(snapshot.envelopes, copyEnvelope),
    objects: mapValues(snapshot.objects, copyObject),
  };
}
