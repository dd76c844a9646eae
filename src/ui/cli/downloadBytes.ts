import { downloadBlob } from '../player/download';

/** Saves bytes as a file (nothing leaves the browser). */
export function downloadBytes(fileName: string, bytes: Uint8Array): void {
  // An ArrayBuffer-backed copy for the Blob (which copies it again on construction), zero-filled after.
  const copy = new Uint8Array(bytes);
  const blob = new Blob([copy], { type: 'application/octet-stream' });
  copy.fill(0);
  downloadBlob(fileName, blob);
}
