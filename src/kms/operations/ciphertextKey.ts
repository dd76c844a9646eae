/**
 * Finding the key a symmetric ciphertext names (reference §3 Decrypt/ReEncrypt, §6, §8). The header carries the
 * key ID and the HBKID; the key is looked up in the caller's Region, in any account. When the request also names
 * a key, it must be that key (IncorrectKeyException).
 */
import { type CiphertextBlobParts, describeCiphertextBlob, parseCiphertextBlob } from '../ciphertextBlob';
import type { OperationContext } from '../context';
import { ambiguousCiphertextKey, incorrectKey, invalidCiphertext, type KmsError } from '../errors';
import type { IdentifierRejection } from '../trace';
import type { KeyRecord } from '../world';

export interface CiphertextKey {
  key: KeyRecord;
  parts: CiphertextBlobParts;
  requestAlias?: string;
}

export function locateCiphertextKey(
  ctx: OperationContext,
  blob: Uint8Array,
  named: {
    member: string;
    identifier: string | undefined;
    /** The named key when the caller has resolved `identifier` already (Decrypt, to tell RSA keys apart). */
    resolved?: { key: KeyRecord; requestAlias?: string };
  },
): CiphertextKey {
  const parts = parseCiphertextBlob(blob);
  ctx.trace.push({
    code: 'ciphertext-blob-parsed',
    blob,
    fields: describeCiphertextBlob(blob),
    wellFormed: !!parts,
  });
  const reject = (reason: IdentifierRejection, error: KmsError): KmsError => {
    ctx.trace.push({
      code: 'identifier-rejected',
      member: 'CiphertextBlob',
      input: parts?.keyId ?? '',
      reason,
    });
    return error;
  };
  if (named.identifier !== undefined) {
    const { key, requestAlias } = named.resolved ?? ctx.resolve(named.identifier, { member: named.member });
    if (!parts) throw reject('ciphertext-malformed', invalidCiphertext());
    if (parts.keyId !== key.keyId) throw reject('ciphertext-key-mismatch', incorrectKey());
    return { key, parts, requestAlias };
  }
  if (!parts) throw reject('ciphertext-malformed', invalidCiphertext());
  const { world, caller } = ctx;
  const key = Object.values(world.keys).find((k) => k.keyId === parts.keyId && k.region === caller.region);
  if (!key) {
    // A key that exists elsewhere or existed once gets AWS's deliberately ambiguous refusal; bytes that name no
    // key at all are simply not a valid ciphertext.
    const known =
      Object.values(world.keys).some((k) => k.keyId === parts.keyId) ||
      world.deletedKeys.some((k) => k.keyId === parts.keyId);
    throw known
      ? reject('ciphertext-key-elsewhere', ambiguousCiphertextKey())
      : reject('ciphertext-key-unknown', invalidCiphertext());
  }
  ctx.trace.push({
    code: 'identifier-resolved',
    member: 'CiphertextBlob',
    input: parts.keyId,
    form: 'ciphertext-header',
    keyArn: key.arn,
    keyAccount: key.accountId,
    keyRegion: key.region,
    crossAccount: key.accountId !== caller.accountId,
  });
  return { key, parts };
}
