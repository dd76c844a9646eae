import { cast } from './cast';
import { consoleMessages } from './console';
import { cost } from './cost';
import type { Catalogue, MessageTree } from './define';
import { envelope } from './envelope';
import { handout } from './handout';
import { keys } from './keys';
import { notes } from './notes';
import { player } from './player';
import { policy } from './policy';
import { present } from './present';
import { rotation } from './rotation';
import { services } from './services';
import { stage } from './stage';
import { trail } from './trail';

/**
 * The catalogues the first screen does not need: one chunk, loaded with the first section that uses them
 * (src/i18n/index.ts `loadCatalogues`). A new feature adds its file and one line here.
 */
export const lazyCatalogues = {
  notes,
  envelope,
  keys,
  rotation,
  cost,
  policy,
  cast,
  player,
  services,
  stage,
  trail,
  console: consoleMessages,
  present,
  handout,
} as const satisfies Record<string, Catalogue<MessageTree>>;
