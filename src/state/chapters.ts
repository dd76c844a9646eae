import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Scenario } from '../scenario/schema';

/**
 * Chapters of the scenario in the player, when something (a lesson) gives it chapters: each a title and the
 * cursor where it starts. They belong to one scenario object, so the player shows them only while that very
 * scenario is loaded (an edit or another scenario makes them disappear without anyone clearing them).
 */
export interface PlayerChapter {
  readonly title: string;
  /** The cursor (step index) the chapter starts at. */
  readonly index: number;
}

interface ChaptersState {
  readonly scenario?: Scenario;
  readonly chapters: readonly PlayerChapter[];
}

export const chaptersStore = createStore<ChaptersState>(() => ({ chapters: [] }));

export function setPlayerChapters(scenario: Scenario | undefined, chapters: readonly PlayerChapter[]): void {
  chaptersStore.setState(scenario ? { scenario, chapters } : { chapters: [] }, true);
}

/** The chapters of `scenario`, or none. */
export function usePlayerChapters(scenario: Scenario): readonly PlayerChapter[] {
  return useStore(chaptersStore, (s) => (s.scenario === scenario ? s.chapters : none));
}

const none: readonly PlayerChapter[] = [];
