/** `note`: a teacher's own caption between steps. It changes nothing in the simulated world. */
import { string } from '../validate';
import type { StepKind } from './kind';

export interface NoteStep {
  id: string;
  kind: 'note';
  text: string;
}

export const note: StepKind<'note', NoteStep> = {
  kind: 'note',
  fields: ['text'],
  captions: ['note'],
  validate: (raw, path) => ({ text: string(raw.text, `${path}.text`, { min: 1, max: 2000 }) }),
  refs: () => [],
  run: async () => ({ ok: true, detail: undefined }),
  caption: (step) => ({ code: 'note', params: { text: step.text } }),
};
