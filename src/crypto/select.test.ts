import { afterEach, describe, expect, it, vi } from 'vitest';
import { toHex } from './encoding';
import { selectCryptoProvider } from './select';

describe('selectCryptoProvider', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('prefers WebCrypto where crypto.subtle exists', () => {
    const { provider, reason } = selectCryptoProvider();
    expect(provider.name).toBe('webcrypto');
    expect(reason).toBe('webcrypto-available');
  });

  it('honours an explicit request', () => {
    expect(selectCryptoProvider('noble')).toMatchObject({ provider: { name: 'noble' }, reason: 'requested' });
    expect(selectCryptoProvider('webcrypto')).toMatchObject({
      provider: { name: 'webcrypto' },
      reason: 'requested',
    });
  });

  it('falls back to noble when crypto.subtle is missing (insecure http context), even if WebCrypto was asked for', async () => {
    // What Chromium exposes on http://<LAN IP>: getRandomValues but no subtle.
    vi.stubGlobal('crypto', { getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) });
    for (const preference of [undefined, 'webcrypto'] as const) {
      const { provider, reason } = selectCryptoProvider(preference);
      expect(provider.name).toBe('noble');
      expect(reason).toBe('no-subtle-crypto');
    }
    const { provider } = selectCryptoProvider();
    const sealed = await provider.aesGcmEncrypt(new Uint8Array(32), new Uint8Array(12), new Uint8Array(0));
    expect(toHex(sealed)).toBe('530f8afbc74536b9a963b4f1c4cb738b'); // GCM spec Test Case 13
  });
});
