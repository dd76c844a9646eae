import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { createProgressStore, type Progress } from '../../scenario/lessons/progress';
import { browserStorage } from '../../state/webStorage';

const saved = createProgressStore(browserStorage());

/** The learner's lesson and practice progress for this page, written through to localStorage on every change. */
export const progressStore = createStore<Progress>(() => saved.load());
progressStore.subscribe((progress) => saved.save(progress));

export const updateProgress = (change: (progress: Progress) => Progress) =>
  progressStore.setState(change(progressStore.getState()), true);

export function useProgress<T>(selector: (progress: Progress) => T): T {
  return useStore(progressStore, selector);
}
