/** Saves bytes as a file through a temporary object URL (nothing leaves the browser). */
export function downloadBytes(fileName: string, bytes: Uint8Array): void {
  // An ArrayBuffer-backed copy for the Blob (which copies it again on construction), zero-filled after.
  const copy = new Uint8Array(bytes);
  const url = URL.createObjectURL(new Blob([copy], { type: 'application/octet-stream' }));
  copy.fill(0);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoke after the click has been handled; the download keeps its own reference.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
