import { type FeatureBundle, LazyMotion, MotionConfig } from 'framer-motion';
import { type ReactNode, useSyncExternalStore } from 'react';
import { type Motion, usePreferences } from '../../state/preferences';
import { whenIdle } from './idle';

/** framer-motion's setting for each motion preference: 'user' follows prefers-reduced-motion. */
const reducedMotion = { system: 'user', reduce: 'always', full: 'never' } as const satisfies Record<
  Motion,
  'user' | 'always' | 'never'
>;

let features: FeatureBundle | undefined;
let requested = false;
const listeners = new Set<() => void>();
let deliver: (bundle: FeatureBundle) => void = () => undefined;
const arrived = new Promise<FeatureBundle>((resolve) => {
  deliver = resolve;
});

/**
 * Loads the animation features (animationFeatures.ts) once the page is idle: the stage asks when it has drawn its
 * first picture, and idle waits for what the section still draws after it (a replay's panels), so the features
 * never come before the page's largest picture, and a section without the stage never loads them. A failed load
 * leaves everything drawn at its end state, and the next request tries again.
 */
export function requestAnimationFeatures(): void {
  if (requested) return;
  requested = true;
  whenIdle(
    () =>
      void import('./animationFeatures').then(
        (module) => {
          features = module.default;
          for (const listener of listeners) listener();
          deliver(module.default);
        },
        () => {
          requested = false;
        },
      ),
    2000,
    500,
  );
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * Whether an element mounting now may play its entrance (`initial`): only once the animation features are in. One
 * that mounts before them takes its end state (`initial={false}`), and framer-motion keeps the values of a motion
 * element's first render, so it is drawn where it ends at once and nothing moves, fades or waits when the
 * features arrive.
 */
export const useEntrances = (): boolean => useSyncExternalStore(subscribe, () => features !== undefined);

/**
 * framer-motion's settings for the sections that play a scenario (Shell.tsx loads this chunk with them): the motion
 * preference (reduced motion makes transforms instant) and the features of the `m` elements, which load on their
 * own after the first picture (issue #15: the full `motion` component put 45 KB gz of animation code before it).
 * Until they arrive an `m` element is drawn, not animated. `strict` would make a `motion` element inside throw, but
 * framer-motion runs that check only where Node's `process` exists, never in the browser: Animations.test.ts
 * checks the sources instead.
 */
export default function Animations({ children }: { children: ReactNode }) {
  const motion = usePreferences((s) => s.motion);
  return (
    <MotionConfig reducedMotion={reducedMotion[motion]}>
      <LazyMotion features={features ?? (() => arrived)} strict>
        {children}
      </LazyMotion>
    </MotionConfig>
  );
}
