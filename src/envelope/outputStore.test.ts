import { describe, expect, it } from 'vitest';
import {
  blobOutputs,
  claimOutputFolder,
  type OpfsEnvironment,
  type OutputStore,
  opfsOutputs,
} from './outputStore';

/**
 * A small origin private file system and Web Locks in memory, with the semantics outputStore.ts relies on: a
 * lock requested `ifAvailable` is granted or the callback gets null; a granted lock stays held while the
 * callback's promise is pending; `query()` lists held locks; a file's `File` is a snapshot of what was written.
 */
function fakeBrowser() {
  type Node = { kind: 'file'; bytes: Uint8Array } | { kind: 'dir'; entries: Map<string, Node> };
  const root: Node = { kind: 'dir', entries: new Map() };
  const dirHandle = (dir: Extract<Node, { kind: 'dir' }>) => ({
    async getDirectoryHandle(name: string, options?: { create?: boolean }) {
      if (!dir.entries.has(name) && options?.create)
        dir.entries.set(name, { kind: 'dir', entries: new Map() });
      const child = dir.entries.get(name);
      if (child?.kind !== 'dir') throw new DOMException(name, 'NotFoundError');
      return dirHandle(child);
    },
    async getFileHandle(name: string, options?: { create?: boolean }) {
      if (!dir.entries.has(name) && options?.create)
        dir.entries.set(name, { kind: 'file', bytes: new Uint8Array() });
      const file = dir.entries.get(name);
      if (file?.kind !== 'file') throw new DOMException(name, 'NotFoundError');
      return {
        async createSyncAccessHandle() {
          return {
            write(buffer: Uint8Array, { at }: { at: number }) {
              const grown = new Uint8Array(Math.max(file.bytes.length, at + buffer.length));
              grown.set(file.bytes);
              grown.set(buffer, at);
              file.bytes = grown;
              return buffer.length;
            },
            truncate(size: number) {
              const resized = new Uint8Array(size);
              resized.set(file.bytes.subarray(0, size));
              file.bytes = resized;
            },
            flush() {},
            close() {},
          };
        },
        async getFile() {
          return new File([file.bytes.slice()], name);
        },
      };
    },
    async removeEntry(name: string) {
      if (!dir.entries.delete(name)) throw new DOMException(name, 'NotFoundError');
    },
    async *keys() {
      yield* [...dir.entries.keys()];
    },
  });
  const held = new Set<string>();
  const environment: OpfsEnvironment = {
    storage: { getDirectory: async () => dirHandle(root) },
    locks: {
      async request(name, _options, callback) {
        if (held.has(name)) return callback(null);
        held.add(name);
        try {
          await callback({ name });
        } finally {
          held.delete(name);
        }
      },
      async query() {
        return { held: [...held].map((name) => ({ name })) };
      },
    },
  };
  const outputs = () => {
    const folder = root.entries.get('kms-lab-outputs');
    return folder?.kind === 'dir' ? folder.entries : new Map<string, Node>();
  };
  return { environment, outputs, held };
}

/** The store, which the fake browser always has. */
function present(store: OutputStore | undefined): OutputStore {
  if (!store) throw new Error('the fake browser has OPFS and Web Locks');
  return store;
}

/** A page claims a folder and starts a worker writing into it (workerClient.ts and worker.ts). */
async function startWorker(environment: OpfsEnvironment) {
  const claim = await claimOutputFolder(environment.locks);
  if (!claim) throw new Error('the fake browser has Web Locks');
  return { claim, store: present(await opfsOutputs(environment, claim.name)) };
}

async function write(store: OutputStore, jobId: number, ...chunks: number[][]) {
  const sink = await store.open(jobId);
  for (const chunk of chunks) await sink.write(Uint8Array.from(chunk));
  return sink.close();
}

/** The job files in output folder `name`. */
const filesIn = (outputs: ReturnType<typeof fakeBrowser>['outputs'], name: string) => {
  const dir = outputs().get(name);
  return dir?.kind === 'dir' ? [...dir.entries.keys()] : undefined;
};

/** Lets a released lock's callback settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('opfsOutputs', () => {
  it('writes a job’s output to a file and answers with its bytes, named after the job', async () => {
    const { environment } = fakeBrowser();
    const { store } = await startWorker(environment);
    const file = await write(store, 7, [1, 2, 3], [4, 5]);
    expect(file).toBeInstanceOf(File);
    expect((file as File).name).toBe('job-7');
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives each page’s worker its own folder, and the next worker deletes a closed tab’s folder', async () => {
    const { environment, outputs } = fakeBrowser();
    const first = await startWorker(environment);
    const second = await startWorker(environment);
    await write(first.store, 1, [1]);
    await write(second.store, 1, [2]);
    expect([...outputs().keys()].sort()).toEqual(['.probe', '0', '1']);

    first.claim.release(); // the first tab closed: its page's lock went with it
    await settle();
    const third = await startWorker(environment);
    expect(third.claim.name).toBe('0');
    expect([...outputs().keys()].sort()).toEqual(['.probe', '0', '1']);
    expect(filesIn(outputs, '0')).toEqual([]); // the new worker took folder 0, emptied
    expect(filesIn(outputs, '1')).toEqual(['job-1']); // a live page's file stays
  });

  it('keeps a terminated worker’s outputs while its page holds them, and lets the next worker delete them after', async () => {
    // The page encrypts a file, terminates that worker, and decrypts the envelope in a new worker (what
    // bench/envelope-browser.bench.mjs does; a worker's lock on its own folder made the new worker take the
    // same folder and empty it under the page: "TypeError: network error" reading the envelope).
    const { environment, outputs } = fakeBrowser();
    const encrypting = await startWorker(environment);
    const envelope = await write(encrypting.store, 1, [1, 2, 3]);
    // Terminating the worker leaves the page's claim: nothing about the folder changes.
    const decrypting = await startWorker(environment);
    expect(decrypting.claim.name).toBe('1');
    expect(filesIn(outputs, '0')).toEqual(['job-1']);
    expect([...new Uint8Array(await envelope.arrayBuffer())]).toEqual([1, 2, 3]);
    await write(decrypting.store, 1, [4]);
    expect(filesIn(outputs, '1')).toEqual(['job-1']); // the same job number in another folder

    // The page lets go of the terminated worker's outputs: the next worker to start deletes them.
    encrypting.claim.release();
    await settle();
    await startWorker(environment);
    expect(filesIn(outputs, '0')).toEqual([]);
    expect(filesIn(outputs, '1')).toEqual(['job-1']);
  });

  it('reserves the expected size up front and cuts the file to what was written', async () => {
    const { environment, outputs } = fakeBrowser();
    const { store } = await startWorker(environment);
    const sink = await store.open(3, 1000);
    const folder = outputs().get('0');
    const size = () => {
      const file = folder?.kind === 'dir' ? folder.entries.get('job-3') : undefined;
      return file?.kind === 'file' ? file.bytes.length : undefined;
    };
    expect(size()).toBe(1000);
    await sink.write(Uint8Array.from([7, 8, 9]));
    const file = await sink.close();
    expect(size()).toBe(3);
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([7, 8, 9]);
  });

  it('deletes an output when the page releases it, and a failed job’s partial output at once', async () => {
    const { environment, outputs } = fakeBrowser();
    const { store } = await startWorker(environment);
    await write(store, 1, [1]);
    const failing = await store.open(2);
    await failing.write(Uint8Array.from([9]));
    await failing.abort();
    expect(filesIn(outputs, '0')).toEqual(['job-1']);
    await store.release(1);
    expect(filesIn(outputs, '0')).toEqual([]);
  });

  it('is absent where there is no OPFS or no Web Locks (the worker then uses Blobs)', async () => {
    const { environment } = fakeBrowser();
    expect(await claimOutputFolder(undefined)).toBeUndefined();
    expect(await opfsOutputs({}, '0')).toBeUndefined();
    expect(await opfsOutputs({ storage: environment.storage }, '0')).toBeUndefined();
    expect(await opfsOutputs({ locks: environment.locks }, '0')).toBeUndefined();
  });
});

describe('blobOutputs', () => {
  it('gathers the chunks into one Blob', async () => {
    const sink = await blobOutputs.open(1);
    await sink.write(Uint8Array.from([1, 2]));
    await sink.write(Uint8Array.from([3]));
    expect([...new Uint8Array(await (await sink.close()).arrayBuffer())]).toEqual([1, 2, 3]);
  });
});
