/**
 * SHA-256 fingerprints of files, computed in a worker (sha256Worker.ts): what a file step records instead of
 * the file (name, size, SHA-256), and how a decrypted file is matched to the one that was encrypted.
 */
import type { FileFingerprint } from '../../../scenario/steps/envelopeEncrypt';

export function sha256OfBlob(
  blob: Blob,
  options: { onProgress?: (bytes: number) => void; signal?: AbortSignal } = {},
): Promise<string> {
  const worker = new Worker(new URL('./sha256Worker.ts', import.meta.url), { type: 'module' });
  return new Promise<string>((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      reject(options.signal?.reason ?? new DOMException('cancelled', 'AbortError'));
    };
    if (options.signal?.aborted) return stop();
    options.signal?.addEventListener('abort', stop, { once: true });
    worker.addEventListener('message', (event: MessageEvent) => {
      const data = event.data as { progress?: number; sha256?: string; error?: string };
      if (data.progress !== undefined) return options.onProgress?.(data.progress);
      options.signal?.removeEventListener('abort', stop);
      worker.terminate();
      if (data.sha256 !== undefined) resolve(data.sha256);
      else reject(new Error(data.error ?? 'hashing failed'));
    });
    worker.postMessage({ id: 1, blob });
  });
}

export async function fingerprintOf(
  file: File,
  options: { onProgress?: (bytes: number) => void; signal?: AbortSignal } = {},
): Promise<FileFingerprint> {
  return { name: file.name, size: file.size, sha256: await sha256OfBlob(file, options) };
}
