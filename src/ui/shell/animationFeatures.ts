/**
 * framer-motion's animation features, a chunk of their own that Animations.tsx loads once the stage is on screen.
 * domMax, not domAnimation: the stage's tokens travel between actors as shared layout animations (`layoutId` and
 * `layout` in TokenChip.tsx, the stage's LayoutGroup), which only domMax's layout feature draws.
 */
import { domMax } from 'framer-motion';

export default domMax;
