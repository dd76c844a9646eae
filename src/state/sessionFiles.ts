/**
 * The files the learner chose in this session, by SHA-256, and the envelopes made of them. Files never go into
 * the scenario, a link or storage (a file step records only name, size and SHA-256): this registry holds the
 * browser's `File` objects (references to the learner's files, not copies of their bytes) for as long as the
 * page lives, so a file step replays in the session that chose the file, and in a later one once the learner
 * chooses the same file again.
 *
 * It is the replay's `encryptFile` (src/scenario/steps/envelopeEncrypt.ts): a step asks for its file's envelope
 * with every input of the encryption; the registry answers with the envelope the studio's worker already made
 * for exactly those inputs (the one the learner downloaded), or has the envelope worker make it. A large file
 * is never read into the main thread's memory. The worker comes from the UI (`setEnvelopeMaker`): this layer
 * knows no Workers.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { EncryptedFile, FileEncryptRequest, FileFingerprint } from '../scenario/steps/envelopeEncrypt';
import { fileEnvelopeId } from '../scenario/steps/fileEnvelopeId';

type EnvelopeTrace = EncryptedFile['trace'];

/** An envelope made of a chosen file: the Blob the learner downloads and the trace of its making. */
export interface FileEnvelope {
  readonly output: Blob;
  readonly trace: EnvelopeTrace;
}

/**
 * Makes a file's envelope off the main thread. It must copy `request.dataKey`'s bytes for its own use and never
 * discard that handle (the client world's key; discarding it is the scenario's step 3).
 */
export type EnvelopeMaker = (
  file: Blob,
  request: FileEncryptRequest,
  onProgress: (plaintextBytes: number) => void,
) => Promise<FileEnvelope>;

export interface SessionFilesState {
  /** The chosen files by SHA-256, with the revision at which each was (last) chosen. */
  readonly files: Readonly<Record<string, { fingerprint: FileFingerprint; file: Blob; chosenAt: number }>>;
  /** Envelopes being made for a replayed step, by file SHA-256: plaintext bytes read so far. */
  readonly encrypting: Readonly<Record<string, { done: number; total: number }>>;
  /** Increases each time a file is chosen. */
  readonly revision: number;
}

export interface SessionFiles {
  readonly state: StoreApi<SessionFilesState>;
  /** Remembers a chosen file; `fingerprint` must be the one computed from this very file. */
  choose(fingerprint: FileFingerprint, file: Blob): void;
  /** The revision at which the file with this SHA-256 was chosen, if it was. */
  chosenAt(sha256: string): number | undefined;
  /** Keeps an envelope the studio made before its step existed, for that step's replays to reuse. */
  keepEnvelope(
    sha256: string,
    encryption: Parameters<typeof fileEnvelopeId>[1],
    envelope: FileEnvelope,
  ): void;
  /** The finished envelope of the file with this SHA-256 under these inputs (a step's trace has them). */
  envelopeOf(sha256: string, encryption: Parameters<typeof fileEnvelopeId>[1]): FileEnvelope | undefined;
  /** The replay hook (ReplayOptions.encryptFile). */
  encryptFile(request: FileEncryptRequest): Promise<EncryptedFile | undefined>;
  setEnvelopeMaker(maker: EnvelopeMaker): void;
}

export function createSessionFiles(): SessionFiles {
  const state = createStore<SessionFilesState>()(() => ({ files: {}, encrypting: {}, revision: 0 }));
  /** By fileEnvelopeId; a pending one is shared by every replay that asks meanwhile. */
  const pending = new Map<string, Promise<FileEnvelope>>();
  const made = new Map<string, FileEnvelope>();
  let maker: EnvelopeMaker | undefined;

  const progress = (sha256: string, entry: { done: number; total: number } | undefined) => {
    const { [sha256]: _, ...others } = state.getState().encrypting;
    state.setState({ encrypting: entry ? { ...others, [sha256]: entry } : others });
  };

  function make(file: Blob, request: FileEncryptRequest): Promise<FileEnvelope> {
    if (!maker) return Promise.reject(new Error('no envelope worker in this page'));
    const sha256 = request.fingerprint.sha256;
    const total = request.fingerprint.size;
    progress(sha256, { done: 0, total });
    return maker(file, request, (done) => progress(sha256, { done, total })).finally(() =>
      progress(sha256, undefined),
    );
  }

  return {
    state,
    choose(fingerprint, file) {
      if (file.size !== fingerprint.size) throw new RangeError('the fingerprint is not this file’s');
      const revision = state.getState().revision + 1;
      state.setState((s) => ({
        revision,
        files: { ...s.files, [fingerprint.sha256]: { fingerprint, file, chosenAt: revision } },
      }));
    },
    chosenAt: (sha256) => state.getState().files[sha256]?.chosenAt,
    keepEnvelope(sha256, encryption, envelope) {
      const id = fileEnvelopeId(sha256, encryption);
      made.set(id, envelope);
      pending.set(id, Promise.resolve(envelope));
    },
    envelopeOf: (sha256, encryption) => made.get(fileEnvelopeId(sha256, encryption)),
    async encryptFile(request) {
      const chosen = state.getState().files[request.fingerprint.sha256];
      if (!chosen || chosen.file.size !== request.fingerprint.size) return undefined;
      const id = fileEnvelopeId(request.fingerprint.sha256, request);
      let job = pending.get(id);
      if (!job) {
        job = make(chosen.file, request).then((envelope) => {
          made.set(id, envelope);
          return envelope;
        });
        pending.set(id, job);
        // A failed attempt (a file removed from the disk since) is not kept: the next replay tries again.
        job.catch(() => pending.delete(id));
      }
      const { output, trace } = await job;
      return { trace, header: new Uint8Array(await output.slice(0, trace.header.length).arrayBuffer()) };
    },
    setEnvelopeMaker(next) {
      maker = next;
    },
  };
}

/** The page's registry (every session replayer reads it: src/state/scenario.ts createSessionReplayer). */
export const sessionFiles = createSessionFiles();
