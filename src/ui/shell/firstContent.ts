/**
 * When the page's first content (the frame's one loading boundary: the player and the stage's first picture, or a
 * section without a scenario) is on screen. Work that must not compete with it waits for this: on a first visit
 * the engine and the section below the picture load only then (issue #15: a phone's Largest Contentful Paint is
 * the picture, and everything requested before it delays it).
 */
import { whenIdle } from './idle';

let shown: () => void = () => undefined;
const onScreen = new Promise<void>((resolve) => {
  shown = resolve;
});

/** The shell calls this once its first content has been committed (an effect inside the loading boundary). */
export function firstContentCommitted(): void {
  // The effect runs before the browser paints what was committed, and a frame is shown some time after it is
  // painted: resolve once the main thread is idle after that frame (a task queued right after it still ran before
  // the picture was on screen, and Lighthouse counted what it loaded as the picture's).
  requestAnimationFrame(() => whenIdle(shown, 500, 50));
}

/** Resolves once the page's first content has been painted. */
export const firstContentPainted = (): Promise<void> => onScreen;
