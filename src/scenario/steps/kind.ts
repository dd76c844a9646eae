/**
 * The shape every step kind declares once (Excalidraw action-registry spirit): its kind id, the fields it adds
 * to `{ id, kind }`, a validator, the earlier steps it refers to, how it runs on the simulated world, and the
 * caption code + params the player turns into a one-line sentence (no English in data: the words live in
 * src/i18n/player.ts).
 */

/** A caption is a code plus parameters; the UI catalogue renders it in ja or en. */
export interface Caption {
  code: string;
  params: Record<string, string | number>;
}

/** A reference from a step to an earlier step, with the JSON path where it appears (for error messages). */
export interface StepDependency {
  at: string;
  stepId: string;
}

export interface StepKind<K extends string, S extends { id: string; kind: K }> {
  readonly kind: K;
  /** The fields this kind adds to `{ id, kind }`; any other field is rejected. */
  readonly fields: readonly string[];
  /** Checks the kind's own fields of untrusted input; throws SchemaError with the path of the first problem. */
  validate(raw: Record<string, unknown>, path: string): Omit<S, 'id' | 'kind'>;
  /** Earlier steps this one uses (refs, data keys, envelopes), so validation can check they exist and come first. */
  refs(step: S, path: string): StepDependency[];
  caption(step: S): Caption;
}
