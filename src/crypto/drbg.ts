import { unsafe } from '@noble/ciphers/aes.js';
import { sha384 } from '@noble/hashes/sha2.js';
import { fromHex, toHex, utf8Encode, zeroize } from './encoding';

/**
 * The deterministic random bit generator every layer takes randomness from: NIST SP 800-90A Rev. 1
 * CTR_DRBG (§10.2.1) with AES-256, no derivation function, no prediction resistance, no additional input.
 * AWS KMS HSMs use CTR_DRBG with AES-256 seeded with 384 bits of entropy (AWS KMS cryptographic details,
 * https://docs.aws.amazon.com/kms/latest/cryptographic-details/; shared/reference/kms-behaviour.md §6); here the
 * entropy input is derived from a human seed instead, so the same seed replays the same keys, IVs and IDs.
 *
 * Synchronous by design: callers (ID generation, IVs, key material) need bytes without awaiting, so the
 * AES block function comes from @noble/ciphers rather than crypto.subtle.
 */

/** SP 800-90A Table 3 for AES-256: keylen 256, blocklen (outlen) 128, seedlen = keylen + blocklen = 384. */
const KEY_LEN = 32;
const BLOCK_LEN = 16;
const SEED_LEN = KEY_LEN + BLOCK_LEN;
/** Table 3: max_number_of_bits_per_request ≤ 2^19 bits = 65536 bytes. Larger `bytes(n)` calls are split. */
const MAX_BYTES_PER_REQUEST = 2 ** 16;
/**
 * Table 3: reseed_interval ≤ 2^48 Generate requests. A simulator has no entropy source to reseed from, and at
 * a million requests per second 2^48 takes about nine years, so reaching it is an error rather than a reseed.
 */
const RESEED_INTERVAL = 2 ** 48;

const ALGORITHM = 'CTR_DRBG AES-256 no df';

/** The whole internal state (SP 800-90A §10.2.1.1: V, Key, reseed_counter) as plain, JSON-safe data. */
export interface DrbgState {
  readonly algorithm: typeof ALGORITHM;
  /** Key, 32 bytes as lowercase hex. */
  readonly key: string;
  /** V, 16 bytes as lowercase hex. */
  readonly v: string;
  readonly reseedCounter: number;
}

export class Drbg {
  readonly #key: Uint8Array<ArrayBuffer>;
  readonly #v: Uint8Array<ArrayBuffer>;
  /** AES round keys for #key, recomputed whenever CTR_DRBG_Update replaces the key. */
  #roundKeys: Uint32Array;
  #reseedCounter: number;
  /** Scratch block for the AES block function (noble's encryptBlock works in place on an aligned block). */
  readonly #block = new Uint8Array(BLOCK_LEN);

  private constructor(key: Uint8Array<ArrayBuffer>, v: Uint8Array<ArrayBuffer>, reseedCounter: number) {
    this.#key = key;
    this.#v = v;
    this.#roundKeys = unsafe.expandKeyLE(key);
    this.#reseedCounter = reseedCounter;
  }

  /**
   * CTR_DRBG_Instantiate_algorithm without a derivation function (§10.2.1.3.1): seed_material =
   * entropy_input ⊕ personalization_string (zero-padded to seedlen); Key = 0^256, V = 0^128;
   * (Key, V) = CTR_DRBG_Update(seed_material, Key, V); reseed_counter = 1.
   */
  static instantiate(entropyInput: Uint8Array, personalizationString?: Uint8Array): Drbg {
    if (entropyInput.length !== SEED_LEN) {
      throw new RangeError(`CTR_DRBG entropy input must be ${SEED_LEN} bytes, got ${entropyInput.length}`);
    }
    if (personalizationString && personalizationString.length > SEED_LEN) {
      throw new RangeError(`CTR_DRBG personalization string must be at most ${SEED_LEN} bytes`);
    }
    const seedMaterial = entropyInput.slice();
    personalizationString?.forEach((byte, i) => {
      seedMaterial[i] ^= byte;
    });
    const drbg = new Drbg(new Uint8Array(KEY_LEN), new Uint8Array(BLOCK_LEN), 1);
    drbg.#update(seedMaterial);
    zeroize(seedMaterial);
    return drbg;
  }

  /**
   * Our mapping from a human seed to the 384-bit entropy input: entropy_input = SHA-384(UTF-8(seed)).
   * This is not part of SP 800-90A (which expects entropy from a real source); SHA-384 is used because its
   * output is exactly seedlen and it spreads any seed, however short or structured, over the whole input.
   */
  static fromSeed(seed: string): Drbg {
    const entropyInput = sha384(utf8Encode(seed));
    const drbg = Drbg.instantiate(entropyInput);
    zeroize(entropyInput);
    return drbg;
  }

  /** Continues exactly where `snapshot()` was taken. Rejects anything that is not a well-formed state. */
  static restore(state: DrbgState): Drbg {
    if (state?.algorithm !== ALGORITHM) throw new TypeError(`DRBG state is not ${ALGORITHM}`);
    const key = fromHex(state.key);
    const v = fromHex(state.v);
    if (key.length !== KEY_LEN || v.length !== BLOCK_LEN)
      throw new TypeError('DRBG state has wrong Key or V size');
    const counter = state.reseedCounter;
    if (!Number.isSafeInteger(counter) || counter < 1 || counter > RESEED_INTERVAL + 1) {
      throw new TypeError(`DRBG state has invalid reseed counter ${counter}`);
    }
    return new Drbg(key, v, counter);
  }

  snapshot(): DrbgState {
    return {
      algorithm: ALGORITHM,
      key: toHex(this.#key),
      v: toHex(this.#v),
      reseedCounter: this.#reseedCounter,
    };
  }

  /**
   * `n` pseudorandom bytes. Each call is one CTR_DRBG Generate request (or several of 65536 bytes for larger
   * `n`), so the stream depends on how it is cut into calls, exactly as in SP 800-90A and the CAVP tests.
   */
  bytes(n: number): Uint8Array<ArrayBuffer> {
    if (!Number.isSafeInteger(n) || n < 0)
      throw new RangeError(`byte count must be a non-negative integer, got ${n}`);
    const out = new Uint8Array(n);
    let offset = 0;
    do {
      const end = Math.min(n, offset + MAX_BYTES_PER_REQUEST);
      this.#generate(out.subarray(offset, end));
      offset = end;
    } while (offset < n);
    return out;
  }

  /** `nBytes` random bytes as lowercase hex (2 × nBytes characters). */
  hex(nBytes: number): string {
    return toHex(this.bytes(nBytes));
  }

  /**
   * A random UUID in the RFC 9562 §5.4 (formerly RFC 4122 §4.4) version 4 layout, lowercase — the shape of a
   * KMS key ID such as 1234abcd-12ab-34cd-56ef-1234567890ab.
   */
  uuid(): string {
    const b = this.bytes(16);
    b[6] = (b[6] & 0x0f) | 0x40; // version 4
    b[8] = (b[8] & 0x3f) | 0x80; // variant 10xx
    const h = toHex(b);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  /** V = (V + 1) mod 2^blocklen, big-endian (§10.2.1.2 step 2.1 with ctr_len = blocklen). */
  #incrementV(): void {
    const v = this.#v;
    for (let i = BLOCK_LEN - 1; i >= 0; i--) {
      v[i] = (v[i] + 1) & 0xff;
      if (v[i] !== 0) return;
    }
  }

  /** Fills `out` with Block_Encrypt(Key, ++V) blocks, the last one truncated (§10.2.1.2 step 2, §10.2.1.5.1 step 4). */
  #keystream(out: Uint8Array): void {
    const block = this.#block;
    for (let offset = 0; offset < out.length; offset += BLOCK_LEN) {
      this.#incrementV();
      block.set(this.#v);
      unsafe.encryptBlock(this.#roundKeys, block);
      out.set(out.length - offset >= BLOCK_LEN ? block : block.subarray(0, out.length - offset), offset);
    }
    block.fill(0);
  }

  /**
   * CTR_DRBG_Update (§10.2.1.2): temp = seedlen bytes of keystream; temp ⊕= provided_data;
   * Key = leftmost keylen of temp; V = rightmost blocklen. `providedData` absent means 0^seedlen.
   */
  #update(providedData?: Uint8Array): void {
    const temp = new Uint8Array(SEED_LEN);
    this.#keystream(temp);
    providedData?.forEach((byte, i) => {
      temp[i] ^= byte;
    });
    this.#key.set(temp.subarray(0, KEY_LEN));
    this.#v.set(temp.subarray(KEY_LEN));
    zeroize(temp);
    this.#roundKeys.fill(0);
    this.#roundKeys = unsafe.expandKeyLE(this.#key);
  }

  /** CTR_DRBG_Generate_algorithm (§10.2.1.5.1) with no additional input. */
  #generate(out: Uint8Array): void {
    if (this.#reseedCounter > RESEED_INTERVAL)
      throw new Error('CTR_DRBG reseed interval reached (2^48 requests)');
    this.#keystream(out);
    this.#update();
    this.#reseedCounter++;
  }
}

/**
 * A fresh seed for a new scenario when the user gave none: 16 bytes (128 bits) from the platform CSPRNG as
 * lowercase hex. crypto.getRandomValues exists even in insecure contexts (unlike crypto.subtle). This is the
 * only non-deterministic function in the crypto layer; everything downstream is replayable from its output.
 */
export function randomSeed(): string {
  return toHex(globalThis.crypto.getRandomValues(new Uint8Array(16)));
}
