import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { KeyGenerationJob } from '../kms/keyGenerationClient';

/**
 * The RSA keys the page is generating right now (in the key generation worker), for the progress lines of the
 * keys section's CreateKey form and of the player. Thin: the work and its order are the engine's.
 */
export interface KeyGenerationState {
  readonly jobs: readonly KeyGenerationJob[];
  /** How many CreateKey forms show the progress themselves (the player's line then stays quiet). */
  readonly inlineViews: number;
}

export const keyGenerationStore = createStore<KeyGenerationState>()(() => ({ jobs: [], inlineViews: 0 }));

const replace = (job: KeyGenerationJob) =>
  keyGenerationStore.setState((s) => ({ jobs: s.jobs.map((j) => (j.id === job.id ? job : j)) }));

/**
 * What the key generation worker's client (kms/keyGenerationClient.ts) reports, kept for the progress lines. The page
 * wires the two together at start-up (main.tsx), so this store stays thin: no engine code here.
 */
export const keyGenerationEvents = {
  started: (job: KeyGenerationJob) => keyGenerationStore.setState((s) => ({ jobs: [...s.jobs, job] })),
  progressed: replace,
  ended: (job: KeyGenerationJob) =>
    keyGenerationStore.setState((s) => ({ jobs: s.jobs.filter((j) => j.id !== job.id) })),
};

/** Counts a form that shows the progress itself, until the returned function is called. */
export function showKeyGenerationInline(): () => void {
  keyGenerationStore.setState((s) => ({ inlineViews: s.inlineViews + 1 }));
  return () => keyGenerationStore.setState((s) => ({ inlineViews: s.inlineViews - 1 }));
}

export const useKeyGeneration = <T>(select: (state: KeyGenerationState) => T): T =>
  useStore(keyGenerationStore, select);
