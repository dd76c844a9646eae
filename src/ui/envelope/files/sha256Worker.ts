/**
 * Fingerprints a File/Blob with SHA-256 off the main thread, streaming (WebCrypto's digest needs the whole
 * input in one buffer; a 1 GB file must not). Messages: `{ id, blob }` in; `{ id, progress }` every 8 MiB
 * and `{ id, sha256 }` (lower-case hex) or `{ id, error }` out. Cancel by terminating the worker.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const PROGRESS_EVERY = 8 * 1024 * 1024;

self.addEventListener('message', async (event: MessageEvent<{ id: number; blob: Blob }>) => {
  const { id, blob } = event.data;
  try {
    const hash = sha256.create();
    const reader = blob.stream().getReader();
    let done = 0;
    let next = PROGRESS_EVERY;
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      hash.update(r.value);
      done += r.value.length;
      if (done >= next) {
        next = done + PROGRESS_EVERY;
        self.postMessage({ id, progress: done });
      }
    }
    self.postMessage({ id, sha256: bytesToHex(hash.digest()) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
