/** Turns the envelope layer's typed errors into step failures (the flow stage and frame that stopped). */
import { isEnvelopeError } from '../../envelope/index';
import type { StepFailure } from './kind';

export function envelopeFailure(error: unknown): StepFailure {
  if (!isEnvelopeError(error)) throw error;
  const failure: StepFailure = {
    source: 'envelope',
    name: error.code,
    message: error.message,
    stage: error.step,
  };
  if (error.frame !== undefined) failure.frame = error.frame;
  return failure;
}
