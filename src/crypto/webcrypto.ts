import { sha256 } from '@noble/hashes/sha2.js';
import { equalBytes } from './encoding';
import { createNobleProvider } from './noble';
import {
  AuthenticationFailed,
  type CryptoProvider,
  checkAesGcmArguments,
  checkHkdfLength,
  GCM_TAG_LENGTH,
} from './provider';

/**
 * Since TS 5.7 crypto.subtle only takes `Uint8Array<ArrayBuffer>`. Views over a plain ArrayBuffer pass
 * through untouched; anything else (a SharedArrayBuffer view, a buffer from another realm) is copied.
 * WebCrypto copies its inputs itself (WebCrypto §"get a copy of the bytes"), so callers' buffers are safe.
 */
function bufferSource(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

const EMPTY = new Uint8Array(0);

/**
 * WebCrypto rejects a zero-length HMAC key with DataError (WebCrypto §"HMAC import key"), while RFC 2104 §2
 * allows it. HMAC pads the key with zeros to the block size, so the empty key and the one-byte key 0x00 are the
 * same HMAC key: substitute it to stay byte-identical with noble.
 */
const HMAC_EMPTY_KEY_EQUIVALENT = new Uint8Array(1);

/**
 * WebCrypto defines SHA-1, SHA-256, SHA-384 and SHA-512 but not SHA-224 (WebCrypto §"SHA"; Node and Chromium
 * throw NotSupportedError), so SHA-224 digests and HMACs come from the noble implementation.
 */
const UNSUPPORTED_BY_WEBCRYPTO = 'SHA-224';
const noble = createNobleProvider();

/** How many key buffers keep an imported CryptoKey at once (least recently used dropped first). */
const IMPORTED_KEYS_LIMIT = 64;

const isZeroFilled = (bytes: Uint8Array): boolean => {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0) return false;
  return true;
};

interface ImportedKey {
  /** The caller's buffer, held weakly: the cache never keeps key bytes alive. */
  readonly buffer: WeakRef<Uint8Array>;
  /** SHA-256 of the bytes the CryptoKeys were imported from (never the bytes themselves). */
  readonly fingerprint: Uint8Array;
  /** One CryptoKey per algorithm, e.g. 'AES-GCM', 'HMAC SHA-256', 'HKDF'. */
  readonly keys: Map<string, Promise<CryptoKey>>;
}

/**
 * CryptoKeys imported from a caller's key buffer, reused while that buffer still holds the same bytes.
 *
 * Why: crypto.subtle works only on CryptoKey objects, and importKey costs about as much as the operation on a
 * small input. Some buffers come back again and again: a KMS key's backing key (HBK) for the KDF of every
 * Encrypt, Decrypt and GenerateDataKey; an envelope message key for every frame; a data key for HKDF on
 * every decryption. Single-use keys (the per-request derived key) are never cached: a buffer is admitted on
 * its second use, so the first one only marks it in a WeakSet.
 *
 * Why it is safe (the rules for key material in architecture.md and the study notes: zero-fill on discard):
 * - Entries are keyed by the buffer object (WeakMap, WeakRef, WeakSet): the cache never keeps a buffer alive.
 * - The cache holds no key bytes of its own, only the non-extractable CryptoKeys and a SHA-256 fingerprint.
 * - A hit is used only if the buffer still has the fingerprinted bytes; a changed buffer (zero-filled on
 *   discard, or reused for another key) is a miss and its old CryptoKeys are dropped.
 * - Every call sweeps the cached buffers and drops those that were zero-filled (or collected) since, so a
 *   discarded key's CryptoKey does not outlive this provider's next call (or the provider, or the buffer);
 *   an all-zero buffer is never admitted.
 * - At most IMPORTED_KEYS_LIMIT buffers are cached.
 * Outputs are unchanged: the same bytes give the same CryptoKey, so every result stays byte-identical.
 */
class ImportedKeys {
  readonly #byBuffer = new WeakMap<Uint8Array, ImportedKey>();
  readonly #seenOnce = new WeakSet<Uint8Array>();
  /** Cached entries, least recently used first. */
  #entries: ImportedKey[] = [];

  get(bytes: Uint8Array, algorithm: string, importKey: () => Promise<CryptoKey>): Promise<CryptoKey> {
    this.#sweep();
    const entry = this.#entryFor(bytes);
    if (!entry) return importKey();
    const cached = entry.keys.get(algorithm);
    if (cached) return cached;
    const importing = importKey();
    entry.keys.set(algorithm, importing);
    // A failed import is not kept: the next call tries again and fails the same way.
    importing.catch(() => {
      if (entry.keys.get(algorithm) === importing) entry.keys.delete(algorithm);
    });
    return importing;
  }

  /** The entry for `bytes`, now the most recently used; undefined while the buffer is not worth caching. */
  #entryFor(bytes: Uint8Array): ImportedKey | undefined {
    let entry = this.#byBuffer.get(bytes);
    if (entry && !equalBytes(entry.fingerprint, sha256(bytes))) {
      this.#drop(entry, bytes);
      entry = undefined;
    }
    if (entry) {
      this.#entries.splice(this.#entries.indexOf(entry), 1);
    } else {
      if (!this.#seenOnce.has(bytes) || isZeroFilled(bytes)) {
        this.#seenOnce.add(bytes);
        return undefined;
      }
      if (this.#entries.length >= IMPORTED_KEYS_LIMIT) this.#drop(this.#entries[0]);
      entry = { buffer: new WeakRef(bytes), fingerprint: sha256(bytes), keys: new Map() };
      this.#byBuffer.set(bytes, entry);
    }
    this.#entries.push(entry);
    return entry;
  }

  #drop(entry: ImportedKey, buffer = entry.buffer.deref()): void {
    if (buffer) this.#byBuffer.delete(buffer);
    entry.keys.clear();
    const at = this.#entries.indexOf(entry);
    if (at >= 0) this.#entries.splice(at, 1);
  }

  #sweep(): void {
    for (let i = this.#entries.length - 1; i >= 0; i--) {
      const entry = this.#entries[i];
      const buffer = entry.buffer.deref();
      if (!buffer || isZeroFilled(buffer)) this.#drop(entry, buffer);
    }
  }
}

export function createWebCryptoProvider(subtle: SubtleCrypto = globalThis.crypto.subtle): CryptoProvider {
  const imported = new ImportedKeys();
  // Both usages on one key: a message key encrypts frames and later decrypts them.
  const aesKey = (key: Uint8Array) =>
    imported.get(key, 'AES-GCM', () =>
      subtle.importKey('raw', bufferSource(key), 'AES-GCM', false, ['encrypt', 'decrypt']),
    );
  const gcmParams = (iv: Uint8Array, aad: Uint8Array | undefined): AesGcmParams => ({
    name: 'AES-GCM',
    iv: bufferSource(iv),
    additionalData: bufferSource(aad ?? EMPTY),
    tagLength: GCM_TAG_LENGTH * 8,
  });

  return {
    name: 'webcrypto',

    async aesGcmEncrypt(key, iv, plaintext, aad) {
      checkAesGcmArguments(key, iv);
      const cryptoKey = await aesKey(key);
      return new Uint8Array(await subtle.encrypt(gcmParams(iv, aad), cryptoKey, bufferSource(plaintext)));
    },

    async aesGcmDecrypt(key, iv, sealed, aad) {
      checkAesGcmArguments(key, iv);
      const cryptoKey = await aesKey(key);
      try {
        return new Uint8Array(await subtle.decrypt(gcmParams(iv, aad), cryptoKey, bufferSource(sealed)));
      } catch (error) {
        // WebCrypto §"AES-GCM decrypt": a tag mismatch (or input shorter than the tag) is an OperationError.
        if (error instanceof Error && error.name === 'OperationError') throw new AuthenticationFailed();
        throw error;
      }
    },

    async hkdf(hash, ikm, salt, info, length) {
      checkHkdfLength(hash, length);
      const key = await imported.get(ikm, 'HKDF', () =>
        subtle.importKey('raw', bufferSource(ikm), 'HKDF', false, ['deriveBits']),
      );
      const params: HkdfParams = { name: 'HKDF', hash, salt: bufferSource(salt), info: bufferSource(info) };
      return new Uint8Array(await subtle.deriveBits(params, key, length * 8));
    },

    async hmac(hash, key, message) {
      if (hash === UNSUPPORTED_BY_WEBCRYPTO) return noble.hmac(hash, key, message);
      const raw = key.length === 0 ? HMAC_EMPTY_KEY_EQUIVALENT : bufferSource(key);
      const cryptoKey = await imported.get(key, `HMAC ${hash}`, () =>
        subtle.importKey('raw', raw, { name: 'HMAC', hash }, false, ['sign']),
      );
      return new Uint8Array(await subtle.sign('HMAC', cryptoKey, bufferSource(message)));
    },

    async digest(hash, data) {
      if (hash === UNSUPPORTED_BY_WEBCRYPTO) return noble.digest(hash, data);
      return new Uint8Array(await subtle.digest(hash, bufferSource(data)));
    },
  };
}
