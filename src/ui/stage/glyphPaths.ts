import type { TokenKind } from './picture';

/**
 * The stage's glyphs (24×24 line drawings, currentColor): one per token kind, so a token is told apart by its
 * glyph and name as well as its colour (projector and colour-blind safe). Pure data: the stage's icons and its SVG drawing
 * (drawing.ts) use the same paths.
 */
export const GLYPH_PATHS: Record<TokenKind | 'gate' | 'kms' | 'storage' | 'app' | 'check' | 'cross', string> =
  {
    dataKey: 'M14.5 9.5a4.5 4.5 0 1 1-9 0 4.5 4.5 0 0 1 9 0ZM13.2 12.7 20 19.5M17 16.5l2-2M19.5 19l1.5-1.5',
    zeroedKey: 'M4 6h16v12H4ZM7.5 9.5v5M10.5 9.5v5M13.5 9.5v5M16.5 9.5v5',
    ciphertextBlob: 'M6 11h12v9H6ZM8.5 11V8a3.5 3.5 0 0 1 7 0v3M12 14.5v2',
    plaintext: 'M6 3h8l4 4v14H6ZM14 3v4h4M9 12h6M9 15.5h6',
    encryptedData: 'M4 5h16v14H4ZM4 9.5h16M4 14h16M9 5v14M15 5v14',
    encryptionContext: 'M3.5 12.5 11 5h8v8l-7.5 7.5ZM15.5 8.5h.01',
    trailRecord: 'M5 4h14v16H5ZM8 8h8M8 12h8M8 16h5',
    gate: 'M12 3 4.5 6v5.5c0 4.6 3.2 8.2 7.5 9.5 4.3-1.3 7.5-4.9 7.5-9.5V6Z',
    kms: 'M12 2.5 20.5 7v10L12 21.5 3.5 17V7ZM12 8.5a3 3 0 1 1 0 6 3 3 0 0 1 0-6Z',
    storage:
      'M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3v12c0 1.7-3.6 3-8 3s-8-1.3-8-3ZM4 6c0 1.7 3.6 3 8 3s8-1.3 8-3M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3',
    app: 'M3 5h18v14H3ZM3 9h18M6 7h.01M8.5 7h.01',
    check: 'M4.5 12.5l5 5 10-11',
    cross: 'M6 6l12 12M18 6 6 18',
  };

export type GlyphName = keyof typeof GLYPH_PATHS;
