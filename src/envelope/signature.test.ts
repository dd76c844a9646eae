import { describe, expect, it } from 'vitest';
import { Drbg, equalBytes, fromBase64 } from '../crypto';
import { PUBLIC_KEY_CONTEXT_KEY, SIGNED_ALGORITHM_SUITE } from './algorithmSuite';
import { describeMessage } from './describe';
import { parseHeader } from './header';
import { decryptMessage, encryptMessage } from './message';
import { publicKeyContext, SIGNING_KEY_SEED_LENGTH, signingKeyFromSeed } from './signature';
import { materials, providers, testBytes } from './testKit.fixture';

const signingKey = signingKeyFromSeed(
  SIGNED_ALGORITHM_SUITE,
  Drbg.fromSeed('signing key').bytes(SIGNING_KEY_SEED_LENGTH),
);
const publicKey = publicKeyContext(SIGNED_ALGORITHM_SUITE, signingKey);

/** A 0x0578 message whose EDK was wrapped under the context with the public key, as the ESDK's CMM does. */
async function signedMessage(provider: (typeof providers)[number], plaintext = testBytes(5000)) {
  const m = await materials(provider, { app: 'lab', ...publicKey });
  const { message, trace } = await encryptMessage({
    provider,
    algorithmSuiteId: 0x0578,
    signingKey,
    dataKey: m.dataKey,
    encryptedDataKeys: m.encryptedDataKeys,
    encryptionContext: { app: 'lab' },
    messageId: m.messageId,
    frameLength: 1024,
    plaintext,
  });
  return { message, trace, decryptDataKey: m.decryptDataKey, plaintext };
}

describe.each(providers)('suite 0x0578 (ECDSA P-384 footer) with $name', (provider) => {
  it('round-trips, with the public key in the header context and the signature in the footer', async () => {
    const { message, trace, decryptDataKey, plaintext } = await signedMessage(provider);
    const header = parseHeader(message);
    expect(header.algorithmSuiteId).toBe(0x0578);
    expect(header.encryptionContext).toEqual({ app: 'lab', ...publicKey });
    expect(fromBase64(header.encryptionContext[PUBLIC_KEY_CONTEXT_KEY] as string)).toHaveLength(49);
    // Footer = UInt16 length + DER ECDSA-Sig-Value (SEQUENCE of two INTEGERs: 0x30 ...).
    const footer = message.subarray(message.length - (trace.footer?.length ?? 0));
    expect((footer[0] << 8) | footer[1]).toBe(footer.length - 2);
    expect(footer[2]).toBe(0x30);
    const opened = await decryptMessage({ provider, message, decryptDataKey });
    expect(equalBytes(opened.plaintext, plaintext)).toBe(true);
    expect(opened.trace.signatureVerified).toBe(true);
    expect(opened.trace.footer?.signature).toEqual(trace.footer?.signature);

    const layout = describeMessage(message);
    expect(layout.problem).toBeUndefined();
    expect(layout.footer?.children?.map((f) => f.name)).toEqual(['signatureLength', 'signature']);
  });

  it('fails at the footer for a changed signature, a cut footer, bytes after it, or a changed body', async () => {
    const { message, decryptDataKey } = await signedMessage(provider);
    const flipped = new Uint8Array(message);
    flipped[flipped.length - 1] ^= 0x80;
    await expect(decryptMessage({ provider, message: flipped, decryptDataKey })).rejects.toMatchObject({
      code: 'signature-invalid',
      step: 'footer',
    });
    await expect(
      decryptMessage({ provider, message: message.subarray(0, message.length - 10), decryptDataKey }),
    ).rejects.toMatchObject({ code: 'truncated', step: 'footer' });
    const longer = new Uint8Array(message.length + 1);
    longer.set(message);
    await expect(decryptMessage({ provider, message: longer, decryptDataKey })).rejects.toMatchObject({
      code: 'trailing-bytes',
    });
  });

  it('refuses a signing suite message without the public key in its context, before asking KMS', async () => {
    const m = await materials(provider);
    const { message } = await encryptMessage({ provider, ...m, plaintext: new Uint8Array(3) });
    // Relabel a 0x0478 message as 0x0578: same layout up to the missing footer, no public key.
    message[2] = 0x78;
    message[1] = 0x05;
    let asked = false;
    await expect(
      decryptMessage({
        provider,
        message,
        decryptDataKey: async (r) => {
          asked = true;
          return m.decryptDataKey(r);
        },
      }),
    ).rejects.toMatchObject({ code: 'malformed', field: 'aad', message: /aws-crypto-public-key is missing/ });
    expect(asked).toBe(false);
  });
});
