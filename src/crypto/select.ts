import { availableProvider } from './availability';
import { createNobleProvider } from './noble';
import type { CryptoProvider } from './provider';
import { createWebCryptoProvider } from './webcrypto';

export type CryptoProviderName = CryptoProvider['name'];

/**
 * Why a provider was chosen, as a machine-readable code the UI translates:
 * - 'requested': the caller asked for this provider and it is available;
 * - 'webcrypto-available': no preference, and crypto.subtle exists;
 * - 'no-subtle-crypto': crypto.subtle is missing (browsers hide it outside secure contexts, e.g. a page
 *   served over plain http on a LAN), so noble is used even if WebCrypto was asked for.
 */
export type CryptoProviderReason = 'requested' | 'webcrypto-available' | 'no-subtle-crypto';

export function selectCryptoProvider(preference?: CryptoProviderName): {
  provider: CryptoProvider;
  reason: CryptoProviderReason;
} {
  if (availableProvider(preference) === 'noble')
    return {
      provider: createNobleProvider(),
      reason: preference === 'noble' ? 'requested' : 'no-subtle-crypto',
    };
  return {
    provider: createWebCryptoProvider(globalThis.crypto.subtle),
    reason: preference === 'webcrypto' ? 'requested' : 'webcrypto-available',
  };
}
