/**
 * One thread of the benchmark's ceiling (envelope-browser.harness.ts `rawWebCryptoWorkers`): crypto.subtle
 * AES-256-GCM over the 1 MiB chunks it was given, from memory, nothing else. It answers `ready` once its key
 * is imported and the chunks are here, and the time it took once told to `go`.
 */
let chunks: Uint8Array<ArrayBuffer>[] = [];
let key: CryptoKey | undefined;

self.onmessage = async (event: MessageEvent) => {
  if (event.data.type === 'load') {
    chunks = event.data.chunks;
    key = await crypto.subtle.importKey('raw', event.data.key, 'AES-GCM', false, ['encrypt']);
    self.postMessage({ type: 'ready' });
    return;
  }
  const iv = new Uint8Array(12);
  const start = performance.now();
  for (const [i, chunk] of chunks.entries()) {
    new DataView(iv.buffer).setUint32(8, event.data.first + i);
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key as CryptoKey, chunk);
  }
  self.postMessage({ type: 'done', ms: performance.now() - start });
};
