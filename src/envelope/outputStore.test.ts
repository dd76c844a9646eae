import { describe, expect, it } from 'vitest';
import { blobOutputs, type OpfsEnvironment, type OutputStore, opfsOutputs } from './outputStore';

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

async function write(store: OutputStore | undefined, jobId: number, ...chunks: number[][]) {
  const sink = await present(store).open(jobId);
  for (const chunk of chunks) await sink.write(Uint8Array.from(chunk));
  return sink.close();
}

describe('opfsOutputs', () => {
  it('writes a job’s output to a file and answers with its bytes, named after the job', async () => {
    const { environment } = fakeBrowser();
    const store = await opfsOutputs(environment);
    const file = await write(store, 7, [1, 2, 3], [4, 5]);
    expect(file).toBeInstanceOf(File);
    expect((file as File).name).toBe('job-7');
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives each live worker its own folder, and the next worker deletes a closed tab’s folder', async () => {
    const { environment, outputs, held } = fakeBrowser();
    const first = await opfsOutputs(environment);
    const second = await opfsOutputs(environment);
    await write(first, 1, [1]);
    await write(second, 1, [2]);
    expect([...outputs().keys()].sort()).toEqual(['.probe', '0', '1']);

    held.delete('kms-lab-outputs/0'); // the first tab closed: its worker's lock went with it
    await opfsOutputs(environment);
    expect([...outputs().keys()].sort()).toEqual(['.probe', '0', '1']);
    const zero = outputs().get('0');
    expect(zero?.kind === 'dir' && zero.entries.size).toBe(0); // the new worker took folder 0, emptied
    const one = outputs().get('1');
    expect(one?.kind === 'dir' && [...one.entries.keys()]).toEqual(['job-1']); // a live worker's file stays
  });

  it('deletes an output when the page releases it, and a failed job’s partial output at once', async () => {
    const { environment, outputs } = fakeBrowser();
    const store = await opfsOutputs(environment);
    await write(store, 1, [1]);
    const failing = await present(store).open(2);
    await failing.write(Uint8Array.from([9]));
    await failing.abort();
    const folder = () => {
      const dir = outputs().get('0');
      return dir?.kind === 'dir' ? [...dir.entries.keys()] : [];
    };
    expect(folder()).toEqual(['job-1']);
    await present(store).release(1);
    expect(folder()).toEqual([]);
  });

  it('is absent where there is no OPFS or no Web Locks (the worker then uses Blobs)', async () => {
    const { environment } = fakeBrowser();
    expect(await opfsOutputs({})).toBeUndefined();
    expect(await opfsOutputs({ storage: environment.storage })).toBeUndefined();
    expect(await opfsOutputs({ locks: environment.locks })).toBeUndefined();
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
