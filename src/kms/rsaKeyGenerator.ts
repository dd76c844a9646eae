/**
 * Where the engine searches for RSA primes: a slot of its own, apart from asymmetric.ts, so the page can install
 * its key generation worker at start-up (main.tsx) without the entry chunk carrying the asymmetric key code, which
 * loads with the engine (issue #15: code a first picture does not need stays off its path). No DOM here.
 */
import type { RsaKeySpec } from './world';

/**
 * Builds an RSA key's PKCS #8 material from its 32-byte seed somewhere other than the calling thread (the page
 * hands it to a Web Worker: keyGenerationClient.ts). It must return exactly `rsaKeyMaterial(spec, seed)`.
 */
export type RsaKeyGenerator = (spec: RsaKeySpec, seed: Uint8Array) => Promise<Uint8Array>;
let installed: RsaKeyGenerator | undefined;

/**
 * Where RSA keys are generated from now on: `generator`, or this thread when undefined (Node, tests). The seed is
 * drawn from the DRBG by the engine either way, so the choice never changes a key, only which thread searches.
 */
export function setRsaKeyGenerator(generator: RsaKeyGenerator | undefined): void {
  installed = generator;
}

/** The generator installed with setRsaKeyGenerator, if any (asymmetric.ts falls back to this thread). */
export const installedRsaKeyGenerator = (): RsaKeyGenerator | undefined => installed;
