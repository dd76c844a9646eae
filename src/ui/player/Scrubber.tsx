import { useRef } from 'react';
import type { StepKindId } from '../../scenario/steps/index';
import { usePlayerChapters } from '../../state/chapters';
import { useScenario } from '../../state/scenario';
import { variant } from '../shell/cssModule';
import { Icon } from '../shell/icons';
import { ChapterList, ChapterTicks, chapterOf } from './Chapters';
import { emptyOutcomes, rememberOutcome } from './outcomes';
import styles from './player.module.css';
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
  'import.wrapKeyMaterial': 'client',
};

/**
 * A native range input (keyboard, screen readers and touch come for free) over the steps, with decorative
 * markers per step kind; position 0 is the state before the first step. Steps seen to fail carry a warning
 * sign instead of a tick (a shape, not only a colour), and the slider's value text says so. A scenario with
 * chapters (a lesson) shows where each starts, and a button per chapter under the track.
 */
export function Scrubber() {
  const text = usePlayerText();
  const scenario = useScenario((s) => s.scenario);
  const { steps } = scenario;
  const chapters = usePlayerChapters(scenario);
  const cursor = useScenario((s) => s.cursor);
  const view = useScenario((s) => s.view);
  const goTo = useScenario((s) => s.goTo);
  // Pure and idempotent: recomputing it on a repeated render gives the same memo.
  const outcomes = useRef(emptyOutcomes);
  outcomes.current = rememberOutcome(outcomes.current, steps, view);
  const failed = outcomes.current.failed;
  const total = steps.length;
  const isMarked = (kind: StepKindId, id: string) =>
    total <= MAX_MARKERS || kind !== 'kms.call' || failed.has(id);
  const position = text('position', { step: cursor + 1, total });
  const currentFailed = cursor >= 0 && failed.has(steps[cursor]?.id ?? '');
  const chapter = chapterOf(chapters, cursor);
  const where = chapter ? text('positionInChapter', { position, chapter: chapter.title }) : position;
  return (
    <div className={styles.playerScrubber}>
      <input
        type="range"
        min={0}
        max={total}
        step={1}
        value={cursor + 1}
        aria-label={text('scrubber')}
        aria-valuetext={currentFailed ? `${where} (${text('failedMarker')})` : where}
        onChange={(event) => goTo(Number(event.currentTarget.value) - 1)}
        disabled={total === 0}
      />
      <div className={styles.playerMarkers} aria-hidden="true">
        <ChapterTicks chapters={chapters} total={total} />
        {steps.map((step, index) => {
          if (!isMarked(step.kind, step.id)) return null;
          const left = `${((index + 1) / Math.max(total, 1)) * 100}%`;
          const current = index === cursor ? ` ${styles.isCurrent}` : '';
          return failed.has(step.id) ? (
            <span
              key={step.id}
              className={`${styles.playerMarkerFailed}${current}`}
              data-testid="player-marker-failed"
              style={{ left }}
            >
              <Icon name="alert" />
            </span>
          ) : (
            <span
              key={step.id}
              className={`${styles.playerMarker} ${variant(styles, 'playerMarker', markerClass[step.kind])}${current}`}
              style={{ left }}
            />
          );
        })}
      </div>
      {chapters.length > 0 && <ChapterList chapters={chapters} cursor={cursor} onGo={goTo} />}
    </div>
  );
}
