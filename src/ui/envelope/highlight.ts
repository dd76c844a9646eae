/**
 * Byte-level highlighting shared between views: hovering or focusing byte i of an input highlights byte i of
 * the output (AES-GCM is a stream cipher mode: ciphertext byte i comes from plaintext byte i). Views in the
 * same `group` share indexes; only views of the group re-render.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

interface Highlight {
  group: string | undefined;
  index: number | undefined;
  set(group: string | undefined, index: number | undefined): void;
}

export const highlightStore = createStore<Highlight>()((set) => ({
  group: undefined,
  index: undefined,
  set: (group, index) => set({ group, index }),
}));

/** The highlighted index in `group`, or undefined. */
export function useHighlight(group: string | undefined): number | undefined {
  return useStore(highlightStore, (s) => (group !== undefined && s.group === group ? s.index : undefined));
}
