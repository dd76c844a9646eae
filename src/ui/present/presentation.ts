import { useEffect } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { useFragmentParam } from '../../state/location';
import { scenarioStore } from '../../state/scenario';
import { CHANNEL_NAME, joinPresentation } from './presenterChannel';

/** Whether the projected screen is blanked (B): shared by the presentation and its presenter window. */
export const presentationStore = createStore<{ blank: boolean }>(() => ({ blank: false }));
export const usePresentation = <T>(select: (s: { blank: boolean }) => T) =>
  useStore(presentationStore, select);

export const toggleBlank = () => presentationStore.setState((s) => ({ blank: !s.blank }));

/**
 * Joins this window to the presentation of the scenario it shows (its link's `s`): the cursor and the blank
 * screen follow the other windows, and this window's changes reach them (src/ui/present/presenterChannel.ts).
 */
export function usePresentationSync(): void {
  const scenario = useFragmentParam('s') ?? '';
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const link = joinPresentation(new BroadcastChannel(CHANNEL_NAME), scenario, {
      onCursor: (cursor) => {
        const player = scenarioStore.getState();
        if (cursor !== player.cursor && cursor < player.scenario.steps.length) player.goTo(cursor);
      },
      onBlank: (blank) => presentationStore.setState({ blank }),
      current: () => ({ cursor: scenarioStore.getState().cursor, blank: presentationStore.getState().blank }),
    });
    const stopCursor = scenarioStore.subscribe((now, before) => {
      if (now.cursor !== before.cursor) link.sendCursor(now.cursor);
    });
    // The window that blanked already has that state, so the one echo of it changes nothing there.
    const stopBlank = presentationStore.subscribe((now, before) => {
      if (now.blank !== before.blank) link.sendBlank(now.blank);
    });
    return () => {
      stopCursor();
      stopBlank();
      link.close();
    };
  }, [scenario]);
}
