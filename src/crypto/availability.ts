import type { CryptoProvider } from './provider';

/**
 * The provider `selectCryptoProvider` picks for `preference`, without loading either one: WebCrypto wherever
 * `crypto.subtle` exists, unless noble is asked for (browsers hide `crypto.subtle` outside secure contexts).
 */
export function availableProvider(preference?: CryptoProvider['name']): CryptoProvider['name'] {
  if (preference === 'noble' || !globalThis.crypto?.subtle) return 'noble';
  return 'webcrypto';
}
