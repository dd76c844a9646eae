import { useId, useRef } from 'react';
import { SPEEDS, type Speed, useScenario } from '../../state/scenario';
import { ChoiceGroup } from '../shell/ChoiceGroup';
import { RichText } from '../shell/RichText';
import { useLang } from '../shell/useT';
import { captionText } from './captions';
import { OpeningDialog } from './OpeningDialog';
import { type PlayerKey, usePlayerText } from './playerText';
import { Scrubber } from './Scrubber';
import { usePlayerKeyboard } from './useKeyboard';
import { type Notice, useScenarioConnection } from './useScenarioConnection';
import './player.css';

function NoticeLine({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const text = usePlayerText();
  const message =
    'reason' in notice
      ? text(`${notice.kind}.${notice.reason}`, { detail: notice.detail })
      : text(notice.kind, { length: notice.length });
  return (
    <div
      className={`player__notice player__notice--${notice.kind}`}
      role={notice.kind === 'copied' ? 'status' : 'alert'}
    >
      <span>{message}</span>
      <button type="button" onClick={onDismiss}>
        {text('dismiss')}
      </button>
    </div>
  );
}

/**
 * The scenario player: first / previous / play-pause / next / last, speed, a scrubber with step markers, the
 * keyboard (←/→, Space, Home/End, PageUp/PageDown), the step number in the URL, and the one-line caption of
 * what just happened, announced politely to screen readers. Only the step under the cursor is "live"; panels
 * read `useScenario((s) => s.view)` and animate that step's trace.
 */
export function ScenarioPlayer() {
  const text = usePlayerText();
  const lang = useLang();
  const connection = useScenarioConnection();
  usePlayerKeyboard();
  const fileInput = useRef<HTMLInputElement>(null);
  const captionId = useId();

  const total = useScenario((s) => s.scenario.steps.length);
  const cursor = useScenario((s) => s.cursor);
  const view = useScenario((s) => s.view);
  const loading = useScenario((s) => s.loading);
  const isPlaying = useScenario((s) => s.isPlaying);
  const speed = useScenario((s) => s.speed);
  const replayError = useScenario((s) => s.replayError);
  const actions = useScenario((s) => s);

  const atStart = cursor <= -1;
  const atEnd = cursor >= total - 1;
  const caption = view ? captionText(lang, view.caption) : '';
  const failed = view?.result !== undefined && !view.result.ok;

  const button = (key: PlayerKey, glyph: string, onClick: () => void, disabled: boolean) => (
    <button
      type="button"
      className="player__button"
      aria-label={text(key)}
      title={text(key)}
      onClick={onClick}
      disabled={disabled}
    >
      <span aria-hidden="true">{glyph}</span>
    </button>
  );

  return (
    <section className="player" aria-label={text('label')} aria-busy={loading} aria-describedby={captionId}>
      <div className="player__controls">
        {button('first', '⏮', actions.first, atStart)}
        {button('prev', '◀', actions.prev, atStart)}
        {isPlaying
          ? button('pause', '⏸', actions.pause, false)
          : button('play', '▶', actions.play, total === 0)}
        {button('next', '▶▏', actions.next, atEnd)}
        {button('last', '⏭', actions.last, atEnd)}
        <span className="player__position">{text('position', { step: cursor + 1, total })}</span>
        <ChoiceGroup<`${Speed}`>
          label={text('speed')}
          choices={SPEEDS.map((s) => ({ value: `${s}`, label: `${s}×` }))}
          value={`${speed}`}
          onChange={(value) => actions.setSpeed(Number(value) as Speed)}
        />
        <span className="player__files">
          <button type="button" onClick={() => void connection.copyLink()}>
            {text('share')}
          </button>
          <button type="button" onClick={connection.exportFile}>
            {text('exportFile')}
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            {text('importFile')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void connection.importFile(file);
            }}
          />
        </span>
      </div>
      <Scrubber />
      <p
        id={captionId}
        className={`player__caption${failed ? ' is-failed' : ''}`}
        aria-live="polite"
        aria-atomic="true"
      >
        {loading && view?.index !== cursor ? text('loading') : <RichText text={caption} />}
      </p>
      {replayError && (
        <p className="player__notice player__notice--error" role="alert">
          {text('replayError', { message: replayError })}
        </p>
      )}
      {connection.notice && <NoticeLine notice={connection.notice} onDismiss={connection.dismissNotice} />}
      {connection.pending && <OpeningDialog pending={connection.pending} onChoose={connection.choose} />}
    </section>
  );
}
