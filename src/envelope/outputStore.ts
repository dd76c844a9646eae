/**
 * Where the envelope worker puts a job's output (an encrypted envelope or a decrypted file, up to gigabytes).
 *
 * - `blobOutputs` gathers it into Blobs, as anywhere Blobs exist (Node's tests, browsers without the origin
 *   private file system). The browser process keeps every Blob byte: in memory in a private profile, which
 *   then refuses a second 1 GiB one (src/ui/envelope/files/browserStorage.ts explains it to the learner), and
 *   within Chromium's Blob disk allowance in a regular one.
 * - `opfsOutputs` writes it to a file in the origin private file system (OPFS) with a synchronous access
 *   handle, which only a dedicated worker has (https://fs.spec.whatwg.org/#api-filesystemsyncaccesshandle),
 *   and answers with the file's `File`: a reference to bytes on disk, which the page downloads and reads like
 *   any Blob without the browser process holding them. Issue #15 item 3.
 *
 * OPFS files outlive the page, so each envelope worker keeps its files in a folder that the *page* holds a Web
 * Lock on (https://w3c.github.io/web-locks/; `claimOutputFolder`), not the worker: the page holds the outputs'
 * `File`s, and they must stay readable after their worker is terminated (a download still offered, "Decrypt it
 * back" in a newer worker). The page lets go of the lock when it unloads, or once its worker is terminated and
 * the page holds none of that worker's outputs any more (workerClient.ts). A worker deletes the folders nobody
 * holds (a closed tab's) when it starts, and a file as soon as the page lets go of its `File` (`release`).
 */

/** One job's output being written. */
export interface OutputSink {
  write(chunk: Uint8Array): Promise<void>;
  /** The whole output, once every chunk is written. */
  close(): Promise<Blob>;
  /** Drops what was written (the job failed or was cancelled). */
  abort(): Promise<void>;
}

export interface OutputStore {
  /** `expectedBytes`: about how large the output will be (a hint: the sink may reserve the space up front). */
  open(jobId: number, expectedBytes?: number): Promise<OutputSink>;
  /** The page no longer holds the output of `jobId`: its bytes may go. */
  release(jobId: number): Promise<void>;
}

/** Output is gathered into Blobs of this size, so a 1 GB output never needs 1 GB of contiguous memory. */
const BLOB_PART_BYTES = 4 * 1024 * 1024;

export const blobOutputs: OutputStore = {
  async open() {
    const parts: Blob[] = [];
    let pending: Uint8Array<ArrayBuffer>[] = [];
    let pendingBytes = 0;
    const seal = () => {
      parts.push(new Blob(pending));
      pending = [];
      pendingBytes = 0;
    };
    return {
      async write(chunk) {
        pending.push(chunk as Uint8Array<ArrayBuffer>);
        pendingBytes += chunk.length;
        if (pendingBytes >= BLOB_PART_BYTES) seal();
      },
      async close() {
        seal();
        return new Blob(parts, { type: 'application/octet-stream' });
      },
      async abort() {
        parts.length = 0;
        pending = [];
      },
    };
  },
  async release() {},
};

/** What a dedicated worker's OPFS offers (lib.dom's types, named here so this module needs only lib.es). */
interface SyncAccessHandle {
  write(buffer: Uint8Array, options: { at: number }): number;
  truncate(newSize: number): void;
  flush(): void;
  close(): void;
}
interface FileHandle {
  createSyncAccessHandle(): Promise<SyncAccessHandle>;
  getFile(): Promise<File>;
}
interface DirectoryHandle {
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<DirectoryHandle>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandle>;
  removeEntry(name: string, options?: { recursive?: boolean }): Promise<void>;
  keys(): AsyncIterable<string>;
}
/** The part of the Web Locks API this module uses (the page's and the worker's `navigator.locks`). */
export interface LockManager {
  request(
    name: string,
    options: { ifAvailable: true },
    callback: (lock: unknown) => Promise<void>,
  ): Promise<void>;
  query(): Promise<{ held?: { name?: string }[] }>;
}
export interface OpfsEnvironment {
  readonly storage: { getDirectory(): Promise<DirectoryHandle> };
  readonly locks: LockManager;
}

const ROOT = 'kms-lab-outputs';
/** A job's output file: its `File.name` tells the worker which output a job reads (workerProtocol.ts). */
export const outputFileName = (jobId: number) => `job-${jobId}`;
const LOCK_PREFIX = 'kms-lab-outputs/';

/** A folder the page holds: its name for the worker, and the page's way to let go of it. */
export interface OutputFolderClaim {
  readonly name: string;
  release(): void;
}

/**
 * On the page: claims the first folder number no page holds a lock on, and holds it until `release()` or
 * until the page unloads (a document's locks go with it). Undefined without Web Locks (an insecure context:
 * OPFS is missing there too, and the worker uses Blobs).
 */
export function claimOutputFolder(locks: LockManager | undefined): Promise<OutputFolderClaim | undefined> {
  if (!locks?.request) return Promise.resolve(undefined);
  return new Promise((claimed) => {
    const tryFolder = (n: number) =>
      locks
        .request(LOCK_PREFIX + n, { ifAvailable: true }, (lock) => {
          if (!lock) {
            tryFolder(n + 1);
            return Promise.resolve();
          }
          // Held while this promise is pending.
          return new Promise<void>((release) => claimed({ name: String(n), release: () => release() }));
        })
        .catch(() => claimed(undefined));
    tryFolder(0);
  });
}

/**
 * The OPFS store of a dedicated worker writing into `folderName`, which its page has claimed
 * (`claimOutputFolder`), or undefined where there is no OPFS with synchronous access handles or no Web Locks
 * (the caller falls back to `blobOutputs`). `environment` is the worker's `navigator`.
 */
export async function opfsOutputs(
  environment: Partial<OpfsEnvironment>,
  folderName: string,
): Promise<OutputStore | undefined> {
  const { storage, locks } = environment;
  if (!storage?.getDirectory || !locks?.query) return undefined;
  let root: DirectoryHandle;
  try {
    root = await (await storage.getDirectory()).getDirectoryHandle(ROOT, { create: true });
    const probe = await root.getFileHandle('.probe', { create: true });
    if (typeof probe.createSyncAccessHandle !== 'function') return undefined;
  } catch {
    return undefined; // OPFS refused (a browser setting, or storage blocked): Blobs instead
  }

  const held = new Set(((await locks.query()).held ?? []).map((lock) => lock.name));
  // Delete what no page holds, and our own folder's old contents (it was free when our page claimed it: a
  // closed tab's leftovers).
  for await (const name of root.keys()) {
    if (name !== '.probe' && (name === folderName || !held.has(LOCK_PREFIX + name)))
      await root.removeEntry(name, { recursive: true }).catch(() => {});
  }
  const folder = await root.getDirectoryHandle(folderName, { create: true });

  return {
    async open(jobId, expectedBytes) {
      const handle = await folder.getFileHandle(outputFileName(jobId), { create: true });
      const access = await handle.createSyncAccessHandle();
      // The file's size set once, up front: growing it write by write costs Chromium a storage-quota round
      // trip per extension, and in a private window (where OPFS is kept in memory) a reallocation too; at
      // load 14 on 2 cores that halved the envelope worker's time (bench/README.md, issue #14 item 7). A
      // refusal (quota) fails the job now rather than halfway. `close` cuts the file to what was written.
      if (expectedBytes) access.truncate(expectedBytes);
      let at = 0;
      let open = true;
      const finish = () => {
        if (!open) return;
        open = false;
        access.close();
      };
      return {
        async write(chunk) {
          let written = 0;
          while (written < chunk.length)
            written += access.write(chunk.subarray(written), { at: at + written });
          at += chunk.length;
        },
        async close() {
          access.truncate(at);
          access.flush();
          finish();
          return handle.getFile();
        },
        async abort() {
          finish();
          await folder.removeEntry(outputFileName(jobId)).catch(() => {});
        },
      };
    },
    async release(jobId) {
      await folder.removeEntry(outputFileName(jobId)).catch(() => {});
    },
  };
}
