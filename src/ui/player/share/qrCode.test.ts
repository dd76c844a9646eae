import fc from 'fast-check';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrCode } from './qrCode';

/** Draws the path's rectangles onto an RGBA bitmap (`scale` pixels a module), as a screen would show it. */
function rasterise(code: NonNullable<ReturnType<typeof qrCode>>, scale: number) {
  const width = code.size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, w] of code.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++) {
        pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
      }
    }
  }
  return { pixels, width };
}

describe('qrCode', () => {
  it('decodes back to a share link of realistic length', () => {
    const link = `http://127.0.0.1:4173/#view=envelope&v=1&s=${'A1b2-C3d4_'.repeat(90)}&step=4`;
    const code = qrCode(link);
    expect(code).toBeDefined();
    if (!code) return;
    const { pixels, width } = rasterise(code, 3);
    expect(jsQR(pixels, width, width)?.data).toBe(link);
  });

  it('decodes back to any text a link can hold', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 300 }), (text) => {
        const code = qrCode(text);
        expect(code).toBeDefined();
        if (!code) return;
        const { pixels, width } = rasterise(code, 2);
        expect(jsQR(pixels, width, width)?.data).toBe(text);
      }),
      { numRuns: 25 },
    );
  });

  it('keeps the 4-module quiet zone and grows with the text', () => {
    const short = qrCode('https://example.com/');
    const long = qrCode('x'.repeat(1000));
    if (!short || !long) throw new Error('both fit a QR code');
    expect(short.size).toBe(4 * short.version + 17 + 8);
    expect(long.version).toBeGreaterThan(short.version);
    // Nothing dark inside the quiet zone.
    expect(short.path).not.toMatch(/M[0-3] |M\d+ [0-3]h/);
  });

  it('says when a link is longer than the largest code holds', () => {
    expect(qrCode('x'.repeat(3000))).toBeUndefined();
  });
});
