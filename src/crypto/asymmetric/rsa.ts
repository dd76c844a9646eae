/**
 * RSA for KMS keys (RSA_2048/3072/4096) with BigInt arithmetic, because the simulator needs what WebCrypto cannot
 * give: key generation from a seed (so a scenario replays byte for byte), PSS salts and OAEP seeds supplied by
 * the caller (the world's DRBG), and PKCS #1 v1.5 / PSS over a digest the caller already computed
 * (MessageType DIGEST). There is no maintained audited JavaScript RSA library that takes a custom RNG, and RSA
 * is plain modular arithmetic (not curve or lattice code), so it is written here from RFC 8017:
 * - RSASP1/RSAVP1 (§5.2) with the CRT private key; RSAEP/RSADP (§5.1);
 * - EMSA-PKCS1-v1_5 (§9.2) with the DigestInfo prefixes of §9.2 note 1;
 * - EMSA-PSS (§9.1) with MGF1 over the same hash and a salt as long as the digest (what KMS uses: API_Sign,
 *   "RSASSA_PSS_SHA_256 … salt length equal to the digest length" — see the key spec reference);
 * - RSAES-OAEP (§7.1) with MGF1 over the same hash and an empty label (KMS's RSAES_OAEP_SHA_1/SHA_256).
 * Both crypto providers use this module, so outputs are byte-identical by construction. This is a teaching
 * simulator: the arithmetic is not constant time.
 */
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { shake256 } from '@noble/hashes/sha3.js';
import { concatBytes, equalBytes } from '../encoding';
import {
  bitString,
  children,
  derNull,
  InvalidDer,
  integer,
  octetString,
  oid,
  parse,
  readBitString,
  readInteger,
  readOctetString,
  readOid,
  sequence,
  TAG,
} from './der';

export type RsaHash = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

const HASHES: Record<RsaHash, (m: Uint8Array) => Uint8Array> = {
  'SHA-1': sha1,
  'SHA-256': sha256,
  'SHA-384': sha384,
  'SHA-512': sha512,
};
export const RSA_HASH_LENGTH: Record<RsaHash, number> = {
  'SHA-1': 20,
  'SHA-256': 32,
  'SHA-384': 48,
  'SHA-512': 64,
};
/** DigestInfo DER prefixes, RFC 8017 §9.2 note 1. */
const DIGEST_INFO_PREFIX: Record<Exclude<RsaHash, 'SHA-1'>, string> = {
  'SHA-256': '3031300d060960864801650304020105000420',
  'SHA-384': '3041300d060960864801650304020205000430',
  'SHA-512': '3051300d060960864801650304020305000440',
};

export const RSA_ENCRYPTION_OID = '1.2.840.113549.1.1.1';
/** The public exponent KMS uses (F4; the key spec reference lists 65537 for RSA key pairs). */
const PUBLIC_EXPONENT = 65537n;

export interface RsaPrivateKey {
  n: bigint;
  e: bigint;
  d: bigint;
  p: bigint;
  q: bigint;
  dp: bigint;
  dq: bigint;
  qInv: bigint;
}

// --- Integer helpers (RFC 8017 §4) ---

export function bytesToBigInt(bytes: Uint8Array): bigint {
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return v;
}

/** I2OSP (§4.1). */
export function bigIntToBytes(value: bigint, length: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let v = value;
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  if (v !== 0n) throw new RangeError('integer too large');
  return out;
}

const byteLength = (n: bigint) => Math.ceil(n.toString(2).length / 8);
const bitLength = (n: bigint) => n.toString(2).length;

/** base^exponent mod modulus, left-to-right with a fixed 4-bit window (about 1.25 multiplications per bit). */
export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  const b = base % modulus;
  const table: bigint[] = [1n, b];
  for (let i = 2; i < 16; i++) table.push((table[i - 1] * b) % modulus);
  const hex = exponent.toString(16);
  let result = 1n;
  for (let i = 0; i < hex.length; i++) {
    if (i > 0) for (let s = 0; s < 4; s++) result = (result * result) % modulus;
    const nibble = Number.parseInt(hex[i], 16);
    if (nibble) result = (result * table[nibble]) % modulus;
  }
  return result;
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new RangeError('not invertible');
  return ((oldS % m) + m) % m;
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

// --- Key generation (deterministic from a seed) ---

/** Odd primes below 2048, for the trial division that discards most candidates before Miller–Rabin. */
const SMALL_PRIMES: number[] = (() => {
  const limit = 2048;
  const sieve = new Uint8Array(limit);
  const out: number[] = [];
  for (let i = 3; i < limit; i += 2) {
    if (sieve[i]) continue;
    out.push(i);
    for (let j = i * i; j < limit; j += 2 * i) sieve[j] = 1;
  }
  return out;
})();

/**
 * The byte stream key generation draws from: SHAKE256(seed ‖ label ‖ counter), one block per request. A fixed
 * 32-byte seed (drawn once from the world's DRBG) therefore determines the whole key, however many candidates
 * the prime search tries, and the DRBG advances by the same 32 bytes for every RSA key.
 */
class SeedStream {
  #counter = 0;
  constructor(
    private readonly seed: Uint8Array,
    private readonly label: string,
  ) {}
  next(length: number): Uint8Array {
    const counter = Uint8Array.of(
      this.#counter >>> 24,
      (this.#counter >>> 16) & 255,
      (this.#counter >>> 8) & 255,
      this.#counter & 255,
    );
    this.#counter++;
    return shake256(concatBytes(this.seed, new TextEncoder().encode(this.label), counter), { dkLen: length });
  }
}

/** Miller–Rabin (FIPS 186-5 B.3.1) with `rounds` bases taken from the stream. */
function isProbablePrime(w: bigint, rounds: number, stream: SeedStream): boolean {
  const wMinus1 = w - 1n;
  let m = wMinus1;
  let a = 0;
  while ((m & 1n) === 0n) {
    m >>= 1n;
    a++;
  }
  const len = byteLength(w);
  for (let i = 0; i < rounds; i++) {
    const b = 2n + (bytesToBigInt(stream.next(len + 8)) % (w - 3n)); // 1 < b < w − 1
    let z = modPow(b, m, w);
    if (z === 1n || z === wMinus1) continue;
    let composite = true;
    for (let j = 1; j < a; j++) {
      z = (z * z) % w;
      if (z === wMinus1) {
        composite = false;
        break;
      }
      if (z === 1n) break;
    }
    if (composite) return false;
  }
  return true;
}

/**
 * Miller–Rabin rounds per prime. For random candidates of 1024 bits and more, the Damgård–Landrock–Pomerance
 * bound puts the error of 8 rounds far below 2^-100; FIPS 186-5 Appendix B.3 asks for fewer at these sizes.
 */
const MILLER_RABIN_ROUNDS = 8;

/**
 * The work bound of one prime search: windows of 32,768 odd numbers, each holding about 46 primes at 2048 bits
 * (prime density 1/ln 2^2048 among all numbers), so reaching the bound means the stream is broken, not unlucky.
 * Measured on a loaded 2-core machine: RSA_2048 keys in 0.2–0.5 s, RSA_3072 in 1–2 s, RSA_4096 in 5–7 s
 * (100–450 candidates reaching Miller–Rabin).
 */
const MAX_SEARCH_WINDOWS = 16;

/**
 * One prime of `bits` bits (FIPS 186-5 A.1.3 in outline): a candidate from the stream with its two top bits set
 * (so p·q has exactly 2·bits bits) and made odd, then the next odd numbers after it, each tried by trial
 * division, gcd(p − 1, e) = 1, and Miller–Rabin. Progress is reported per candidate tested.
 */
function findPrime(bits: number, stream: SeedStream, onCandidate?: () => void): bigint {
  const bytes = bits / 8;
  for (let window = 0; window < MAX_SEARCH_WINDOWS; window++) {
    const start = bytesToBigInt(stream.next(bytes)) | (3n << BigInt(bits - 2)) | 1n;
    const residues = SMALL_PRIMES.map((p) => Number(start % BigInt(p)));
    // Search up to 2^16 numbers past the start, then draw a new start (bounded work per window).
    for (let delta = 0; delta < 65536; delta += 2) {
      if (SMALL_PRIMES.some((p, i) => (residues[i] + delta) % p === 0)) continue;
      const candidate = start + BigInt(delta);
      if (bitLength(candidate) !== bits) break;
      onCandidate?.();
      if (gcd(candidate - 1n, PUBLIC_EXPONENT) !== 1n) continue;
      if (isProbablePrime(candidate, MILLER_RABIN_ROUNDS, stream)) return candidate;
    }
  }
  throw new Error(`no ${bits}-bit prime in ${MAX_SEARCH_WINDOWS} search windows`);
}

/**
 * An RSA key pair of `modulusBits` bits, e = 65537, determined entirely by `seed` (FIPS 186-5 A.1.3 outline:
 * p and q differ in their top 100 bits, d = e⁻¹ mod λ(n)). `onCandidate` is called for each candidate that
 * passes trial division, with the prime being searched for (the first, p, or the second, q), for progress.
 */
export function generateRsaKey(
  modulusBits: number,
  seed: Uint8Array,
  onCandidate?: (prime: 'p' | 'q') => void,
): RsaPrivateKey {
  const stream = new SeedStream(seed, `KMS Lab RSA-${modulusBits}`);
  const half = modulusBits / 2;
  const candidateOf = (prime: 'p' | 'q') => onCandidate && (() => onCandidate(prime));
  for (;;) {
    const p = findPrime(half, stream, candidateOf('p'));
    const q = findPrime(half, stream, candidateOf('q'));
    // |p − q| > 2^(nlen/2 − 100) (FIPS 186-5 A.1.3 step 5.5); essentially always true for random primes.
    const diff = p > q ? p - q : q - p;
    if (diff <= 1n << BigInt(half - 100)) continue;
    const n = p * q;
    const lambda = ((p - 1n) * (q - 1n)) / gcd(p - 1n, q - 1n);
    const d = modInverse(PUBLIC_EXPONENT, lambda);
    // d > 2^(nlen/2) (A.1.3 step 6 note); with e = 65537 this fails with negligible probability.
    if (d <= 1n << BigInt(half)) continue;
    const [big, small] = p > q ? [p, q] : [q, p];
    return {
      n,
      e: PUBLIC_EXPONENT,
      d,
      p: big,
      q: small,
      dp: d % (big - 1n),
      dq: d % (small - 1n),
      qInv: modInverse(small, big),
    };
  }
}

// --- Encodings (RFC 8017 Appendix A.1, RFC 5208 / 5958, RFC 5280 §4.1) ---

const rsaAlgorithmIdentifier = () => sequence(oid(RSA_ENCRYPTION_OID), derNull());

/** SubjectPublicKeyInfo with rsaEncryption and RSAPublicKey {n, e} (RFC 8017 A.1.1, RFC 3279 §2.3.1). */
export function rsaPublicKeySpki(key: { n: bigint; e: bigint }): Uint8Array<ArrayBuffer> {
  return sequence(rsaAlgorithmIdentifier(), bitString(sequence(integer(key.n), integer(key.e))));
}

/** PKCS #8 PrivateKeyInfo (version 0) holding an RSAPrivateKey (two-prime, version 0; RFC 8017 A.1.2). */
export function rsaPrivateKeyPkcs8(k: RsaPrivateKey): Uint8Array<ArrayBuffer> {
  const rsaPrivateKey = sequence(
    integer(0),
    ...[k.n, k.e, k.d, k.p, k.q, k.dp, k.dq, k.qInv].map((v) => integer(v)),
  );
  return sequence(integer(0), rsaAlgorithmIdentifier(), octetString(rsaPrivateKey));
}

export function parseRsaPrivateKeyPkcs8(der: Uint8Array): RsaPrivateKey {
  const [version, algorithm, privateKey] = children(parse(der, TAG.SEQUENCE));
  if (!version || !algorithm || !privateKey || readInteger(version) !== 0n)
    throw new InvalidDer('expected a PKCS #8 PrivateKeyInfo');
  if (readOid(children(algorithm)[0]) !== RSA_ENCRYPTION_OID) throw new InvalidDer('not an RSA key');
  const fields = children(parse(readOctetString(privateKey), TAG.SEQUENCE)).map(readInteger);
  if (fields.length !== 9 || fields[0] !== 0n) throw new InvalidDer('expected a two-prime RSAPrivateKey');
  const [, n, e, d, p, q, dp, dq, qInv] = fields;
  if (p * q !== n) throw new InvalidDer('RSAPrivateKey primes do not multiply to the modulus');
  return { n, e, d, p, q, dp, dq, qInv };
}

export function parseRsaPublicKeySpki(der: Uint8Array): { n: bigint; e: bigint } {
  const [algorithm, key] = children(parse(der, TAG.SEQUENCE));
  if (!algorithm || !key || readOid(children(algorithm)[0]) !== RSA_ENCRYPTION_OID)
    throw new InvalidDer('not an RSA SubjectPublicKeyInfo');
  const [n, e] = children(parse(readBitString(key), TAG.SEQUENCE)).map(readInteger);
  return { n, e };
}

export const rsaModulusBytes = (key: { n: bigint }) => byteLength(key.n);

// --- Primitives (§5) ---

/** RSASP1/RSADP with the CRT (§5.1.2 step 2.b). */
function privateOp(k: RsaPrivateKey, c: bigint): bigint {
  const m1 = modPow(c, k.dp, k.p);
  const m2 = modPow(c, k.dq, k.q);
  const h = (((m1 - m2) % k.p) + k.p) % k.p;
  return m2 + ((k.qInv * h) % k.p) * k.q;
}

const publicOp = (key: { n: bigint; e: bigint }, m: bigint) => modPow(m, key.e, key.n);

/** MGF1 (§B.2.1). */
function mgf1(hash: RsaHash, seed: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  const h = HASHES[hash];
  for (let counter = 0, offset = 0; offset < length; counter++) {
    const block = h(
      concatBytes(
        seed,
        Uint8Array.of(counter >>> 24, (counter >>> 16) & 255, (counter >>> 8) & 255, counter & 255),
      ),
    );
    out.set(block.subarray(0, Math.min(block.length, length - offset)), offset);
    offset += block.length;
  }
  return out;
}

const xor = (a: Uint8Array, b: Uint8Array) => a.map((x, i) => x ^ b[i]);

export const rsaDigest = (hash: RsaHash, message: Uint8Array) => HASHES[hash](message);

// --- Signatures (§8.1 RSASSA-PSS, §8.2 RSASSA-PKCS1-v1_5) over a digest ---

function emsaPkcs1(hash: Exclude<RsaHash, 'SHA-1'>, digest: Uint8Array, emLen: number): Uint8Array {
  const prefix = Uint8Array.from(DIGEST_INFO_PREFIX[hash].match(/../g) ?? [], (h) => Number.parseInt(h, 16));
  const t = concatBytes(prefix, digest);
  if (emLen < t.length + 11) throw new RangeError('intended encoded message length too short');
  const ps = new Uint8Array(emLen - t.length - 3).fill(0xff);
  return concatBytes(Uint8Array.of(0, 1), ps, Uint8Array.of(0), t);
}

/** EMSA-PSS-ENCODE (§9.1.1) with sLen = hLen and the caller's salt. */
function emsaPssEncode(hash: RsaHash, digest: Uint8Array, emBits: number, salt: Uint8Array): Uint8Array {
  const hLen = RSA_HASH_LENGTH[hash];
  const emLen = Math.ceil(emBits / 8);
  const h = HASHES[hash](concatBytes(new Uint8Array(8), digest, salt));
  const db = concatBytes(new Uint8Array(emLen - salt.length - hLen - 2), Uint8Array.of(1), salt);
  const maskedDb = xor(db, mgf1(hash, h, emLen - hLen - 1));
  maskedDb[0] &= 0xff >> (8 * emLen - emBits);
  return concatBytes(maskedDb, h, Uint8Array.of(0xbc));
}

/** EMSA-PSS-VERIFY (§9.1.2) with sLen = hLen. */
function emsaPssVerify(hash: RsaHash, digest: Uint8Array, em: Uint8Array, emBits: number): boolean {
  const hLen = RSA_HASH_LENGTH[hash];
  const sLen = hLen;
  const emLen = Math.ceil(emBits / 8);
  if (em.length !== emLen || emLen < hLen + sLen + 2 || em[emLen - 1] !== 0xbc) return false;
  const maskedDb = em.subarray(0, emLen - hLen - 1);
  const h = em.subarray(emLen - hLen - 1, emLen - 1);
  const topMask = 0xff >> (8 * emLen - emBits);
  if (maskedDb[0] & ~topMask & 0xff) return false;
  const db = xor(maskedDb, mgf1(hash, h, emLen - hLen - 1));
  db[0] &= topMask;
  const psLen = emLen - hLen - sLen - 2;
  for (let i = 0; i < psLen; i++) if (db[i] !== 0) return false;
  if (db[psLen] !== 1) return false;
  const salt = db.subarray(db.length - sLen);
  return equalBytes(h, HASHES[hash](concatBytes(new Uint8Array(8), digest, salt)));
}

export type RsaSignaturePadding = 'PKCS1-v1_5' | 'PSS';

/** Signs `digest` (already hashed with `hash`). PSS needs `salt` (hLen bytes, from the caller's DRBG). */
export function rsaSignDigest(
  key: RsaPrivateKey,
  padding: RsaSignaturePadding,
  hash: Exclude<RsaHash, 'SHA-1'>,
  digest: Uint8Array,
  salt?: Uint8Array,
): Uint8Array<ArrayBuffer> {
  const k = rsaModulusBytes(key);
  const modBits = bitLength(key.n);
  let em: Uint8Array;
  if (padding === 'PSS') {
    if (!salt || salt.length !== RSA_HASH_LENGTH[hash]) throw new RangeError('PSS salt must be hLen bytes');
    em = emsaPssEncode(hash, digest, modBits - 1, salt);
  } else em = emsaPkcs1(hash, digest, k);
  return bigIntToBytes(privateOp(key, bytesToBigInt(em)), k);
}

export function rsaVerifyDigest(
  key: { n: bigint; e: bigint },
  padding: RsaSignaturePadding,
  hash: Exclude<RsaHash, 'SHA-1'>,
  digest: Uint8Array,
  signature: Uint8Array,
): boolean {
  const k = rsaModulusBytes(key);
  if (signature.length !== k) return false;
  const s = bytesToBigInt(signature);
  if (s >= key.n) return false;
  const m = publicOp(key, s);
  const modBits = bitLength(key.n);
  if (padding === 'PSS') {
    const emLen = Math.ceil((modBits - 1) / 8);
    if (m >= 1n << BigInt(8 * emLen)) return false;
    return emsaPssVerify(hash, digest, bigIntToBytes(m, emLen), modBits - 1);
  }
  return equalBytes(bigIntToBytes(m, k), emsaPkcs1(hash, digest, k));
}

// --- RSAES-OAEP (§7.1) ---

/** The largest plaintext OAEP takes: k − 2·hLen − 2 bytes (§7.1.1 step 1.b). */
export const oaepMaxPlaintext = (modulusBytes: number, hash: RsaHash) =>
  modulusBytes - 2 * RSA_HASH_LENGTH[hash] - 2;

/** RSAES-OAEP-ENCRYPT with an empty label; `seed` is hLen bytes from the caller's DRBG. */
export function rsaOaepEncrypt(
  key: { n: bigint; e: bigint },
  hash: RsaHash,
  message: Uint8Array,
  seed: Uint8Array,
): Uint8Array<ArrayBuffer> {
  const k = rsaModulusBytes(key);
  const hLen = RSA_HASH_LENGTH[hash];
  if (message.length > oaepMaxPlaintext(k, hash)) throw new RangeError('message too long');
  if (seed.length !== hLen) throw new RangeError('OAEP seed must be hLen bytes');
  const lHash = HASHES[hash](new Uint8Array(0));
  const ps = new Uint8Array(k - message.length - 2 * hLen - 2);
  const db = concatBytes(lHash, ps, Uint8Array.of(1), message);
  const maskedDb = xor(db, mgf1(hash, seed, k - hLen - 1));
  const maskedSeed = xor(seed, mgf1(hash, maskedDb, hLen));
  const em = concatBytes(Uint8Array.of(0), maskedSeed, maskedDb);
  return bigIntToBytes(publicOp(key, bytesToBigInt(em)), k);
}

/** RSAES-OAEP-DECRYPT with an empty label; undefined for any decryption error (§7.1.2 step 3.g note). */
export function rsaOaepDecrypt(
  key: RsaPrivateKey,
  hash: RsaHash,
  ciphertext: Uint8Array,
): Uint8Array | undefined {
  const k = rsaModulusBytes(key);
  const hLen = RSA_HASH_LENGTH[hash];
  if (ciphertext.length !== k || k < 2 * hLen + 2) return undefined;
  const c = bytesToBigInt(ciphertext);
  if (c >= key.n) return undefined;
  const em = bigIntToBytes(privateOp(key, c), k);
  const maskedSeed = em.subarray(1, 1 + hLen);
  const maskedDb = em.subarray(1 + hLen);
  const seed = xor(maskedSeed, mgf1(hash, maskedDb, hLen));
  const db = xor(maskedDb, mgf1(hash, seed, k - hLen - 1));
  const lHash = HASHES[hash](new Uint8Array(0));
  let bad = em[0] !== 0 || !equalBytes(db.subarray(0, hLen), lHash);
  let separator = -1;
  for (let i = hLen; i < db.length; i++) {
    if (separator === -1 && db[i] === 1) separator = i;
    else if (separator === -1 && db[i] !== 0) bad = true;
  }
  if (bad || separator === -1) return undefined;
  return db.slice(separator + 1);
}
