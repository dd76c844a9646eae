import { encode } from 'uqr';

/**
 * A QR code of `text` as one SVG path, for a room to scan a shared link off a projector.
 *
 * uqr (MIT, a port of Project Nayuki's QR Code generator) picks the smallest version that holds the text at
 * error correction level L: a share link is long (700–1,500 characters) and shown on a clean screen, so the
 * extra redundancy of M or above would only make the modules smaller and harder to read from the back of a
 * room. The quiet zone is the 4 modules ISO/IEC 18004 asks for.
 */
export interface QrCode {
  /** Modules per side, quiet zone included: the SVG's viewBox is `0 0 size size`. */
  readonly size: number;
  /** 1–40. */
  readonly version: number;
  /** `M x y h1 v1 h-1 z` for every dark module, joined: one path element however large the code. */
  readonly path: string;
}

const QUIET_ZONE = 4;

/** Undefined when the text is longer than a version 40 code holds (2,953 bytes at level L). */
export function qrCode(text: string): QrCode | undefined {
  let encoded: ReturnType<typeof encode>;
  try {
    encoded = encode(text, { ecc: 'L', border: QUIET_ZONE });
  } catch {
    return undefined;
  }
  const parts: string[] = [];
  encoded.data.forEach((row, y) => {
    // Runs of dark modules on a row become one rectangle: a version 25 code has ~7,000 dark modules but
    // only ~2,500 runs.
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      parts.push(`M${start} ${y}h${x - start + 1}v1h${-(x - start + 1)}z`);
    }
  });
  return { size: encoded.size, version: encoded.version, path: parts.join('') };
}
