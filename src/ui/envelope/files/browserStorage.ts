import type { StepFailure } from '../../../scenario/steps/kind';

/**
 * Whether a file job failed because the browser refused to read a Blob it holds for the page, rather than
 * because of the envelope or KMS. Chromium keeps the Blobs a page makes in memory only in a private (off the
 * record) profile, as Playwright's browsers are, and refuses reads beyond its limit: with a 1 GiB envelope
 * held, decrypting it back in the same tab failed this way, while a regular profile (which pages Blobs to
 * disk) decrypted it (bench/README.md). Reading a refused Blob fails with `NotReadableError`
 * (`Blob.arrayBuffer()`) or "network error" (`Blob.stream()`); those reach here by name or by message.
 */
export function isBrowserStorageRefusal(error: StepFailure): boolean {
  if (error.source !== 'envelope') return false;
  return error.name === 'NotReadableError' || /network error|could not be read/i.test(error.message ?? '');
}

/**
 * Whether a file job failed because the browser had no room to store its output: the origin private file
 * system (src/envelope/outputStore.ts) refuses a write beyond the site's quota or the disk's free space with
 * `QuotaExceededError`.
 */
export function isBrowserStorageFull(error: StepFailure): boolean {
  return error.source === 'envelope' && error.name === 'QuotaExceededError';
}
