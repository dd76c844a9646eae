import { gcm } from '@noble/ciphers/aes.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha224, sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import type { CHash } from '@noble/hashes/utils.js';
import {
  AuthenticationFailed,
  type CryptoProvider,
  checkAesGcmArguments,
  checkHkdfLength,
  type HashName,
} from './provider';

const HASHES: Record<HashName, CHash> = {
  'SHA-224': sha224,
  'SHA-256': sha256,
  'SHA-384': sha384,
  'SHA-512': sha512,
};

/**
 * Pure-JavaScript provider for contexts without crypto.subtle (a page served over plain http on a LAN).
 * Synchronous underneath; the methods are async only to share the CryptoProvider shape.
 */
export function createNobleProvider(): CryptoProvider {
  return {
    name: 'noble',

    async aesGcmEncrypt(key, iv, plaintext, aad) {
      checkAesGcmArguments(key, iv);
      // A noble gcm instance refuses a second encrypt (nonce-reuse guard), so build one per call.
      return gcm(key, iv, aad).encrypt(plaintext);
    },

    async aesGcmDecrypt(key, iv, sealed, aad) {
      checkAesGcmArguments(key, iv);
      try {
        return gcm(key, iv, aad).decrypt(sealed);
      } catch {
        // Arguments were checked above, so what remains is "invalid tag" or a sealed input shorter than the
        // tag: both mean the bytes do not authenticate.
        throw new AuthenticationFailed();
      }
    },

    async hkdf(hash, ikm, salt, info, length) {
      checkHkdfLength(hash, length);
      return hkdf(HASHES[hash], ikm, salt, info, length);
    },

    async hmac(hash, key, message) {
      return hmac(HASHES[hash], key, message);
    },

    async digest(hash, data) {
      return HASHES[hash](data);
    },
  };
}
