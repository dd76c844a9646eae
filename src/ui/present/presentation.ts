import { useEffect } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { fromScenarioFile } from '../../scenario/codec';
import { toScenarioFile } from '../../scenario/scenarioFile';
import { useFragmentParam } from '../../state/location';
import { scenarioStore } from '../../state/scenario';
import { connectScenario } from '../player/useScenarioConnection';
import { CHANNEL_NAME, joinPresentation } from './presenterChannel';

/** Whether the projected screen is blanked (B): shared by the presentation and its presenter window. */
export const presentationStore = createStore<{ blank: boolean }>(() => ({ blank: false }));
export const usePresentation = <T>(select: (s: { blank: boolean }) => T) =>
  useStore(presentationStore, select);

export const toggleBlank = () => presentationStore.setState((s) => ({ blank: !s.blank }));

/**
 * Joins this window to its presentation: the cursor and the blank screen follow the other windows, and this
 * window's changes reach them (src/ui/present/presenterChannel.ts). The presentation is named by the value of
 * `#present` in the projected window, which its presenter window carries as `#presenter`: a name that stays
 * the same while the scenario's own link (`s`) is rewritten.
 */
export function usePresentationSync(): void {
  const presenting = useFragmentParam('present');
  const presenter = useFragmentParam('presenter');
  const presentation = presenting ?? presenter ?? '';
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    let leave: (() => void) | undefined;
    let left = false;
    // Joins once this window's scenario is open: a cursor heard before then would be replaced by the link's own
    // step when the scenario opens, leaving the two windows a step apart.
    void connectScenario().then(() => {
      if (!left) leave = join(presentation);
    });
    return () => {
      left = true;
      leave?.();
    };
  }, [presentation]);
}

/** Joins the channel; returns how to leave it. */
function join(presentation: string): () => void {
  const link = joinPresentation(new BroadcastChannel(CHANNEL_NAME), presentation, {
    onScenario: (file, cursor) => {
      const player = scenarioStore.getState();
      if (file === toScenarioFile(player.scenario)) {
        if (cursor !== player.cursor && cursor < player.scenario.steps.length) player.goTo(cursor);
        return;
      }
      // Validated as a file would be: another window of this origin sent it, but it is data all the same.
      const received = fromScenarioFile(file);
      if (received.ok)
        player.replaceScenario(received.scenario, Math.min(cursor, received.scenario.steps.length - 1));
    },
    onCursor: (cursor) => {
      const player = scenarioStore.getState();
      if (cursor !== player.cursor && cursor < player.scenario.steps.length) player.goTo(cursor);
    },
    onBlank: (blank) => presentationStore.setState({ blank }),
    current: () => {
      const { scenario, cursor } = scenarioStore.getState();
      return { file: toScenarioFile(scenario), cursor, blank: presentationStore.getState().blank };
    },
  });
  const stopPlayer = scenarioStore.subscribe((now, before) => {
    if (now.scenario !== before.scenario) link.sendScenario(toScenarioFile(now.scenario), now.cursor);
    else if (now.cursor !== before.cursor) link.sendCursor(now.cursor);
  });
  // The window that blanked already has that state, so the one echo of it changes nothing there.
  const stopBlank = presentationStore.subscribe((now, before) => {
    if (now.blank !== before.blank) link.sendBlank(now.blank);
  });
  return () => {
    stopPlayer();
    stopBlank();
    link.close();
  };
}
