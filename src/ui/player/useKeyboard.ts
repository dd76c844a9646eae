import { useEffect } from 'react';
import { readFragment } from '../../state/location';
import { type ScenarioState, scenarioStore } from '../../state/scenario';

/** How far PageUp/PageDown move the cursor. */
export const PAGE_STEPS = 10;

/** Where keys belong to the focused control: text entry, the scrubber, menus, editors. */
export function ownsKeys(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('[role="textbox"], [role="listbox"], [role="menu"], dialog'))
    return true;
  const tag = target.tagName;
  // Inputs (the scrubber's range, the speed radios, text fields) handle arrows, Home/End and Space natively.
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  // A focused button is pressed by Space itself; the player must not also toggle playback.
  return key === ' ' && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY');
}

/**
 * What each player key does (a switch: the keys are the DOM's `KeyboardEvent.key` names). While presenting
 * (`#present` or the presenter window), Space and PageDown/PageUp step one at a time, as a slide deck and the
 * clickers teachers hold (which send PageDown/PageUp) do.
 */
function keyAction(key: string, presenting: boolean): ((player: ScenarioState) => void) | undefined {
  if (presenting) {
    if (key === ' ' || key === 'PageDown') return (player) => player.next();
    if (key === 'PageUp') return (player) => player.prev();
  }
  switch (key) {
    case 'ArrowLeft':
      return (player) => player.prev();
    case 'ArrowRight':
      return (player) => player.next();
    case ' ':
      return (player) => player.togglePlay();
    case 'Home':
      return (player) => player.first();
    case 'End':
      return (player) => player.last();
    case 'PageUp':
      return (player) => player.goTo(Math.max(-1, player.cursor - PAGE_STEPS));
    case 'PageDown':
      return (player) => player.goTo(Math.min(player.scenario.steps.length - 1, player.cursor + PAGE_STEPS));
    default:
      return undefined;
  }
}

/**
 * The player's keys, anywhere on the page unless a control owns them: ←/→ one step, Space play/pause,
 * Home/End first/last, PageUp/PageDown ten steps (one step each, and Space too, while presenting).
 */
export function usePlayerKeyboard(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (ownsKeys(event.target, event.key)) return;
      const params = readFragment();
      const action = keyAction(event.key, params.has('present') || params.has('presenter'));
      if (!action) return;
      event.preventDefault();
      action(scenarioStore.getState());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
