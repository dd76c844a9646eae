/** Public API of the crypto layer. Other layers import from here, never from the individual modules. */
export { Drbg, type DrbgState, randomSeed } from './drbg';
export {
  concatBytes,
  equalBytes,
  fromBase64,
  fromBase64Url,
  fromHex,
  InvalidEncoding,
  readUint16BE,
  readUint32BE,
  toBase64,
  toBase64Url,
  toHex,
  utf8Decode,
  utf8Encode,
  writeUint16BE,
  writeUint32BE,
  zeroize,
} from './encoding';
export { createNobleProvider } from './noble';
export {
  AuthenticationFailed,
  type CryptoProvider,
  GCM_IV_LENGTH,
  GCM_TAG_LENGTH,
  type HashName,
  type HkdfHashName,
} from './provider';
export { type CryptoProviderName, type CryptoProviderReason, selectCryptoProvider } from './select';
export { createWebCryptoProvider } from './webcrypto';
