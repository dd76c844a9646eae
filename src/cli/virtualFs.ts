/**
 * The files a console session can name with `file://` and `fileb://` (and write with `>`): an
 * in-memory stand-in for the learner's working directory. Paths are plain names relative to that
 * directory ("./" is dropped); there are no sub-directories to create first.
 */
export interface VirtualFs {
  /** File contents, or undefined when there is no such file. */
  read(path: string): Uint8Array | undefined;
  write(path: string, data: Uint8Array | string): void;
  append(path: string, data: Uint8Array | string): void;
  /** Removes the file, zero-filling its bytes first; false when there was no such file. */
  delete(path: string): boolean;
  list(): string[];
}

const encoder = new TextEncoder();
const normalise = (path: string): string => path.replace(/^(\.\/)+/, '');
const toBytes = (data: Uint8Array | string): Uint8Array =>
  typeof data === 'string' ? encoder.encode(data) : Uint8Array.from(data);

export class MemoryFs implements VirtualFs {
  readonly #files = new Map<string, Uint8Array>();

  constructor(initial: Record<string, Uint8Array | string> = {}) {
    for (const [path, data] of Object.entries(initial)) this.write(path, data);
  }

  read(path: string): Uint8Array | undefined {
    const data = this.#files.get(normalise(path));
    return data && Uint8Array.from(data);
  }

  write(path: string, data: Uint8Array | string): void {
    this.#files.get(normalise(path))?.fill(0);
    this.#files.set(normalise(path), toBytes(data));
  }

  append(path: string, data: Uint8Array | string): void {
    const before = this.#files.get(normalise(path)) ?? new Uint8Array();
    const add = toBytes(data);
    const joined = new Uint8Array(before.length + add.length);
    joined.set(before);
    joined.set(add, before.length);
    this.write(path, joined);
  }

  delete(path: string): boolean {
    // Uploaded files can hold a learner's secrets: nothing of them stays behind in memory we still hold.
    const data = this.#files.get(normalise(path));
    data?.fill(0);
    return this.#files.delete(normalise(path));
  }

  list(): string[] {
    return [...this.#files.keys()].sort();
  }
}

/**
 * awscli/paramfile.py `get_file`: `file://` opens in text mode (UTF-8, universal newlines),
 * `fileb://` in binary mode. Errors carry Python's wording because the CLI prints them verbatim.
 */
export type ParamFileResult =
  | { ok: true; value: string | Uint8Array }
  | { ok: false; message: string }
  | { ok: true; value: undefined };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function loadParamFile(fs: VirtualFs | undefined, value: string): ParamFileResult {
  const prefix = value.startsWith('fileb://')
    ? 'fileb://'
    : value.startsWith('file://')
      ? 'file://'
      : undefined;
  if (!prefix) return { ok: true, value: undefined };
  const path = value.slice(prefix.length);
  const data = fs?.read(path);
  if (data === undefined) {
    return {
      ok: false,
      message: `Unable to load paramfile ${value}: [Errno 2] No such file or directory: '${path}'`,
    };
  }
  if (prefix === 'fileb://') return { ok: true, value: data };
  try {
    return { ok: true, value: decoder.decode(data).replace(/\r\n?/g, '\n') };
  } catch {
    return {
      ok: false,
      message:
        `Unable to load paramfile (${path}), text contents could not be decoded.  If this is a binary ` +
        'file, please use the fileb:// prefix instead of the file:// prefix.',
    };
  }
}
