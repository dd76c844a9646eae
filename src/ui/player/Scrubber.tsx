import type { StepKindId } from '../../scenario/steps/index';
import { useScenario } from '../../state/scenario';
import { usePlayerText } from './playerText';

/** Beyond this many steps, only the steps that are not KMS calls get a marker (they are the landmarks). */
const MAX_MARKERS = 300;

const markerClass: Record<StepKindId, string> = {
  'kms.call': 'kms',
  'iam.putPrincipalPolicy': 'iam',
  'clock.advance': 'clock',
  note: 'note',
  'envelope.encrypt': 'client',
  'envelope.discardDataKey': 'client',
  'envelope.store': 'client',
  'envelope.decrypt': 'client',
  tamper: 'tamper',
  'service.call': 'service',
};

/**
 * A native range input (keyboard, screen readers and touch come for free) over the steps, with decorative
 * markers per step kind; position 0 is the state before the first step.
 */
export function Scrubber() {
  const text = usePlayerText();
  const steps = useScenario((s) => s.scenario.steps);
  const cursor = useScenario((s) => s.cursor);
  const goTo = useScenario((s) => s.goTo);
  const total = steps.length;
  const marked = total > MAX_MARKERS ? steps.filter((s) => s.kind !== 'kms.call') : steps;
  return (
    <div className="player__scrubber">
      <input
        type="range"
        min={0}
        max={total}
        step={1}
        value={cursor + 1}
        aria-label={text('scrubber')}
        aria-valuetext={text('position', { step: cursor + 1, total })}
        onChange={(event) => goTo(Number(event.currentTarget.value) - 1)}
        disabled={total === 0}
      />
      <div className="player__markers" aria-hidden="true">
        {marked.map((step) => {
          const index = steps.indexOf(step);
          return (
            <span
              key={step.id}
              className={`player__marker player__marker--${markerClass[step.kind]}${index === cursor ? ' is-current' : ''}`}
              style={{ left: `${((index + 1) / Math.max(total, 1)) * 100}%` }}
            />
          );
        })}
      </div>
    </div>
  );
}
