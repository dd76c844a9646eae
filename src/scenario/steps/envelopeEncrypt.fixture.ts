/**
 * Test kit for file steps in Node: what the session's file registry (src/state/sessionFiles.ts) does in the
 * browser, with the same identity check (size and SHA-256 of the content) but `encryptMessage` in memory
 * instead of the envelope worker. It keeps every envelope it made, so tests can compare bytes.
 */
import { selectCryptoProvider, toHex } from '../../crypto/index';
import { DataKeyHandle, encryptMessage } from '../../envelope/index';
import type { EncryptedFile, FileEncryptRequest, FileFingerprint } from './envelopeEncrypt';

export async function fingerprintOf(name: string, content: Uint8Array): Promise<FileFingerprint> {
  const { provider } = selectCryptoProvider('noble');
  return { name, size: content.length, sha256: toHex(await provider.digest('SHA-256', content)) };
}

export function filesInMemory(...contents: Uint8Array[]) {
  const envelopes: Uint8Array[] = [];
  const requests: FileEncryptRequest[] = [];
  async function encryptFile(request: FileEncryptRequest): Promise<EncryptedFile | undefined> {
    requests.push(request);
    const { provider } = selectCryptoProvider(request.provider);
    for (const content of contents) {
      const { size, sha256 } = await fingerprintOf('', content);
      if (size !== request.fingerprint.size || sha256 !== request.fingerprint.sha256) continue;
      // A copy, as the worker gets one: the client world's handle is discarded by the scenario's own step.
      const dataKey = new DataKeyHandle(new Uint8Array(request.dataKey.bytes));
      try {
        const { message, trace } = await encryptMessage({
          provider,
          dataKey,
          encryptedDataKeys: request.encryptedDataKeys,
          encryptionContext: request.encryptionContext,
          messageId: request.messageId,
          frameLength: request.frameLength,
          algorithmSuiteId: request.algorithmSuiteId,
          signingKey: request.signingKey,
          plaintext: content,
        });
        envelopes.push(message);
        return { trace, header: message.slice(0, trace.header.length) };
      } finally {
        dataKey.discard();
      }
    }
    return undefined;
  }
  return { encryptFile, envelopes, requests };
}
