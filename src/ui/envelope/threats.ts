/**
 * The threat lens: given what an attacker obtained, which values of an envelope flow become readable. The
 * rules are declared once as data (which loot reveals which value) and cite why.
 */

/** What an attacker may have obtained. */
export const LOOT = ['envelope', 'memoryBefore', 'memoryAfter', 'trail'] as const;
export type Loot = (typeof LOOT)[number];

/** The values of one envelope flow, from the most to the least sensitive. */
export const SECRETS = [
  'data',
  'dataKey',
  'encryptedDataKey',
  'encryptionContext',
  'keyArn',
  'backingKey',
] as const;
export type Secret = (typeof SECRETS)[number];

/**
 * For each value, the sets of loot that reveal it (any one set is enough). Why:
 * - the data needs the plaintext data key together with the encrypted data (envelope);
 * - the plaintext data key is only in memory until the discard zero-fills it (GenerateDataKey API reference:
 *   "erase the plaintext data key from memory"); the stored envelope holds only its encrypted copy;
 * - the envelope header carries the encrypted data key, the encryption context in plaintext and the KMS key
 *   ARN (reference §12); the application keeps the encrypted copy in memory too;
 * - CloudTrail logs the encryption context and key ARN of each call in plaintext, never keys or data
 *   (reference §3 "Encryption context", §9);
 * - the KMS key's backing key never leaves KMS's HSMs (reference §6): no loot reveals it.
 */
const REVEALED_BY: Record<Secret, readonly (readonly Loot[])[]> = {
  data: [['envelope', 'memoryBefore']],
  dataKey: [['memoryBefore']],
  encryptedDataKey: [['envelope'], ['memoryBefore'], ['memoryAfter']],
  encryptionContext: [['envelope'], ['trail'], ['memoryBefore'], ['memoryAfter']],
  keyArn: [['envelope'], ['trail'], ['memoryBefore'], ['memoryAfter']],
  backingKey: [],
};

/**
 * Values that are readable by design: the encrypted data key is made to be stored beside the data, and the
 * encryption context and key ARN are not secret (reference §3: "not secret; logged in plaintext in CloudTrail").
 * Seeing them is expected, not a breach.
 */
export const PUBLIC_BY_DESIGN: ReadonlySet<Secret> = new Set([
  'encryptedDataKey',
  'encryptionContext',
  'keyArn',
]);

export interface Exposure {
  readonly readable: boolean;
  /** The loot that reveals it (the first set that is complete). */
  readonly via: readonly Loot[];
}

export function exposure(loot: ReadonlySet<Loot>): Record<Secret, Exposure> {
  const out = {} as Record<Secret, Exposure>;
  for (const secret of SECRETS) {
    const via = REVEALED_BY[secret].find((set) => set.every((item) => loot.has(item)));
    out[secret] = { readable: via !== undefined, via: via ?? [] };
  }
  return out;
}

/** How long a plaintext data key existed: from its GenerateDataKey step to its discard (if any). */
export interface DataKeyLifetime {
  readonly generatedAt: { readonly step: number; readonly time: string };
  readonly discardedAt?: { readonly step: number; readonly time: string };
  /** Steps between the two (while the key sat in memory). */
  readonly steps?: number;
  /** Simulated milliseconds between the two. */
  readonly ms?: number;
}

export function dataKeyLifetime(
  generated: { index: number; now: string },
  discarded?: { index: number; now: string },
): DataKeyLifetime {
  const generatedAt = { step: generated.index + 1, time: generated.now };
  if (!discarded) return { generatedAt };
  return {
    generatedAt,
    discardedAt: { step: discarded.index + 1, time: discarded.now },
    steps: discarded.index - generated.index,
    ms: Date.parse(discarded.now) - Date.parse(generated.now),
  };
}
