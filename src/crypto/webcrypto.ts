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

export function createWebCryptoProvider(subtle: SubtleCrypto = globalThis.crypto.subtle): CryptoProvider {
  const importAesKey = (key: Uint8Array, usage: 'encrypt' | 'decrypt') =>
    subtle.importKey('raw', bufferSource(key), 'AES-GCM', false, [usage]);
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
      const cryptoKey = await importAesKey(key, 'encrypt');
      return new Uint8Array(await subtle.encrypt(gcmParams(iv, aad), cryptoKey, bufferSource(plaintext)));
    },

    async aesGcmDecrypt(key, iv, sealed, aad) {
      checkAesGcmArguments(key, iv);
      const cryptoKey = await importAesKey(key, 'decrypt');
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
      const key = await subtle.importKey('raw', bufferSource(ikm), 'HKDF', false, ['deriveBits']);
      const params: HkdfParams = { name: 'HKDF', hash, salt: bufferSource(salt), info: bufferSource(info) };
      return new Uint8Array(await subtle.deriveBits(params, key, length * 8));
    },

    async hmac(hash, key, message) {
      if (hash === UNSUPPORTED_BY_WEBCRYPTO) return noble.hmac(hash, key, message);
      const raw = key.length === 0 ? HMAC_EMPTY_KEY_EQUIVALENT : bufferSource(key);
      const cryptoKey = await subtle.importKey('raw', raw, { name: 'HMAC', hash }, false, ['sign']);
      return new Uint8Array(await subtle.sign('HMAC', cryptoKey, bufferSource(message)));
    },

    async digest(hash, data) {
      if (hash === UNSUPPORTED_BY_WEBCRYPTO) return noble.digest(hash, data);
      return new Uint8Array(await subtle.digest(hash, bufferSource(data)));
    },
  };
}
