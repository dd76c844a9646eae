import { PathIcon } from '../shell/icons';
import { GLYPH_PATHS, type GlyphName } from './glyphPaths';

export type { GlyphName };

/** A stage glyph as an inline icon (decorative: the token's name says it). */
export function Glyph({ name, className }: { name: GlyphName; className?: string }) {
  return <PathIcon d={GLYPH_PATHS[name]} className={className} />;
}
