import {
  lazy,
  type RefObject,
  Suspense,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { flushSync } from 'react-dom';
import { loadCatalogues } from '../../i18n';
import { OPENING_CHOICES } from '../../scenario/opening';
import { subscribeFragment, updateFragment, useFragmentParam } from '../../state/location';
import { SPEEDS, type Speed, useScenario } from '../../state/scenario';
import { KeyGenerationStatus } from '../keys/KeyGenerationStatus';
import { partCatalogues } from '../sections';
import { ChoiceDialog } from '../shell/ChoiceDialog';
import { ChoiceGroup } from '../shell/ChoiceGroup';
import { Icon, type IconName } from '../shell/icons';
import { RichText } from '../shell/RichText';
import { useLang } from '../shell/useT';
import { ChangeNotice } from './ChangeNotice';
import { callerOfStep } from './callerOfStep';
import { captionText } from './captions';
import { NewScenario } from './NewScenario';
import { NoticeLine, SaveNoticeLine } from './NoticeLine';
import { Placement } from './Placement';
import styles from './player.module.css';
import { type PlayerKey, usePlayerText } from './playerText';
import { Scrubber } from './Scrubber';
import tools from './share/PlayerTools.module.css';
import { usePlayerKeyboard } from './useKeyboard';
import { useScenarioConnection } from './useScenarioConnection';

/**
 * Past this many characters a share link is at risk: chat and mail tools and some browsers cut or refuse
 * longer URLs (RFC 9110 §4.1 only recommends supporting 8,000 octets, and the common safe limit quoted for
 * browsers is about 2,000), so the player suggests the file export, which has no such limit (issue #4).
 */
export const LONG_LINK_CHARS = 2000;

/** The share dialog and its QR encoder load when first opened. */
const ShareDialog = lazy(() => import('./share/ShareDialog'));

/**
 * The step's CLI command, folded under the caption: its renderer and the awscli model (37 KB gzip) load when the
 * learner first unfolds it, not with the first picture of every section that shows a scenario (issue #15).
 */
const StepCliEquivalent = lazy(() =>
  Promise.all([import('../cli/CliEquivalent'), loadCatalogues(partCatalogues.cli)]).then(([m]) => ({
    default: m.StepCliEquivalent,
  })),
);

/** The length of the page's URL (the share link), following every fragment update. */
function useLinkLength(): number {
  return useSyncExternalStore(subscribeFragment, () => window.location.href.length);
}

/** How long the share link is; past LONG_LINK_CHARS, a warning that suggests the file instead. */
function LinkLength({ id, length }: { id: string; length: number }) {
  const text = usePlayerText();
  const long = length > LONG_LINK_CHARS;
  return (
    <p
      id={id}
      className={`${styles.playerLinkLength}${long ? ` ${styles.isLong}` : ''}`}
      data-testid="player-link-length"
    >
      {long && <Icon name="alert" />}
      {text(long ? 'linkTooLong' : 'linkLength', { length, limit: LONG_LINK_CHARS })}
    </p>
  );
}

/**
 * The player's height as `--player-height` on the page, so that `scroll-padding-top` keeps whatever is scrolled
 * into view (a focused control, a found row) below the sticky bar rather than under it (WCAG 2.2, 2.4.11 Focus
 * Not Obscured).
 */
function usePlayerHeight(bar: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() =>
      root.style.setProperty('--player-height', `${element.getBoundingClientRect().height}px`),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--player-height');
    };
  }, [bar]);
}

/**
 * Whether the caption is cut short by its line clamp (the projector theme shows two lines: a 5-line AWS error
 * message would push the stage off a 1280×720 screen), following its size as the text or the theme changes.
 */
function useClamped(caption: RefObject<HTMLElement | null>, text: string): boolean {
  const [clamped, setClamped] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new text is a new size to measure
  useLayoutEffect(() => {
    const element = caption.current;
    if (!element) return;
    const measure = () => setClamped(element.scrollHeight > element.clientHeight + 1);
    // Measured at the next frame, not here: reading scrollHeight in React's commit forced the page's first layout
    // inside that one long task (issue #15). The frame lays out before it paints, and flushSync draws the toggle
    // in that same frame, so it never appears a frame late beside a caption already drawn.
    const frame = requestAnimationFrame(() => flushSync(measure));
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [caption, text]);
  return clamped;
}

/**
 * The caption, with an AWS error message (English, verbatim from the service) marked as machine output in
 * English, so it is neither read as the page's language nor mistaken for untranslated prose.
 */
function Caption({ text, awsMessage }: { text: string; awsMessage: unknown }) {
  const at = typeof awsMessage === 'string' && awsMessage !== '' ? text.indexOf(awsMessage) : -1;
  if (at === -1 || typeof awsMessage !== 'string') return <RichText text={text} />;
  return (
    <>
      <RichText text={text.slice(0, at)} />
      <samp lang="en">{awsMessage}</samp>
      <RichText text={text.slice(at + awsMessage.length)} />
    </>
  );
}

/**
 * The scenario player, mounted once by the shell above every section that shows a scenario. One row: first /
 * previous / play-pause / next / last, the position, a scrubber with step markers and the options (speed, copy
 * link, save and open a file, the link's length), folded so the sticky bar stays short on a projector. Under
 * it, the caption of what just happened (announced politely to screen readers) and, for a KMS call, the
 * equivalent `aws kms` command, folded. The keyboard (←/→, Space, Home/End, PageUp/PageDown) works anywhere on
 * the page, and the step number is in the URL. Only the step under the cursor is "live"; panels read
 * `useScenario((s) => s.view)` and animate that step's trace.
 */
export function ScenarioPlayer() {
  const text = usePlayerText();
  const lang = useLang();
  const connection = useScenarioConnection();
  usePlayerKeyboard();
  const fileInput = useRef<HTMLInputElement>(null);
  const captionId = useId();
  const linkHintId = useId();
  const linkLength = useLinkLength();
  const optionsId = useId();
  const [optionsOpen, setOptionsOpen] = useState(false);
  const [sharing, setSharing] = useState(false);
  const [cliUnfolded, setCliUnfolded] = useState(false);
  const presenting = useFragmentParam('present') !== null;
  const bar = useRef<HTMLElement>(null);
  usePlayerHeight(bar);

  const total = useScenario((s) => s.scenario.steps.length);
  const cursor = useScenario((s) => s.cursor);
  const view = useScenario((s) => s.view);
  const loading = useScenario((s) => s.loading);
  const isPlaying = useScenario((s) => s.isPlaying);
  const speed = useScenario((s) => s.speed);
  const replayError = useScenario((s) => s.replayError);
  const settings = useScenario((s) => s.scenario.settings);
  const actions = useScenario((s) => s);

  const atStart = cursor <= -1;
  const atEnd = cursor >= total - 1;
  const current = view?.index === cursor;
  const caption = view ? captionText(lang, view.caption) : '';
  const captionRef = useRef<HTMLParagraphElement>(null);
  // The whole caption, opened by the learner, until the cursor moves on.
  const [captionOpenAt, setCaptionOpenAt] = useState<number>();
  const captionOpen = captionOpenAt === cursor;
  const captionClamped = useClamped(captionRef, caption);
  const failed = current && view?.result !== undefined && !view.result.ok;
  // Who made the step's call: the learner may have acted as someone else (Policies & access, AWS services).
  const caller = current ? callerOfStep(view?.step, settings) : undefined;
  const longLink = linkLength > LONG_LINK_CHARS;

  const button = (key: PlayerKey, icon: IconName, onClick: () => void, disabled: boolean) => (
    <button
      type="button"
      className={styles.playerButton}
      aria-label={text(key)}
      title={text(key)}
      onClick={onClick}
      disabled={disabled}
    >
      <Icon name={icon} />
    </button>
  );

  return (
    <section
      ref={bar}
      className={styles.player}
      data-testid="player"
      aria-label={text('label')}
      aria-busy={loading}
      aria-describedby={captionId}
    >
      <div className={styles.playerBar} data-testid="player-bar">
        <span className={styles.playerTransport}>
          {button('first', 'first', actions.first, atStart)}
          {button('prev', 'prev', actions.prev, atStart)}
          {isPlaying
            ? button('pause', 'pause', actions.pause, false)
            : button('play', 'play', actions.play, total === 0)}
          {button('next', 'next', actions.next, atEnd)}
          {button('last', 'last', actions.last, atEnd)}
        </span>
        <span className={styles.playerPosition} data-testid="player-position">
          {text('position', { step: cursor + 1, total })}
        </span>
        <Scrubber />
        <button
          type="button"
          className={styles.playerTextButton}
          title={text('shareOpen')}
          onClick={() => setSharing(true)}
        >
          <Icon name="qr" />
          <span className={tools.label}>{text('shareOpen')}</span>
        </button>
        {!presenting && (
          <button
            type="button"
            className={styles.playerTextButton}
            title={text('presentHint')}
            onClick={() => updateFragment({ present: '1' })}
          >
            <Icon name="present" />
            <span className={tools.label}>{text('present')}</span>
          </button>
        )}
        <button
          type="button"
          className={`${styles.playerTextButton} ${styles.playerOptionsToggle}`}
          data-testid="player-options-toggle"
          aria-expanded={optionsOpen}
          aria-controls={optionsId}
          title={text('options')}
          onClick={() => setOptionsOpen((open) => !open)}
        >
          {longLink ? (
            <Icon name="alert" className={styles.playerLongLinkMark} testId="player-long-link-mark" />
          ) : (
            <Icon name="display" />
          )}
          <span className={tools.label}>{text('options')}</span>
          <Icon name="chevronDown" className={styles.playerOptionsChevron} />
        </button>
      </div>
      <div className={styles.playerLine}>
        <p
          ref={captionRef}
          id={captionId}
          className={`${styles.playerCaption}${failed ? ` ${styles.isFailed}` : ''}${captionOpen ? ` ${styles.isOpen}` : ''}`}
          data-testid="player-caption"
          aria-live="polite"
          aria-atomic="true"
        >
          {loading && !current ? (
            text('loading')
          ) : (
            <>
              {failed && (
                <span className={styles.playerFailedMark} data-testid="player-failed-mark">
                  <Icon name="alert" />
                  <span className="visually-hidden">{text('failedMarker')}: </span>
                </span>
              )}
              <Caption text={caption} awsMessage={view?.caption.params?.message} />
              {caller && (
                <span title={caller.principal}>
                  {' '}
                  <RichText text={text('stepBy', { principal: `\`${caller.name}\`` })} />
                </span>
              )}
            </>
          )}
        </p>
        {(captionClamped || captionOpen) && (
          <button
            type="button"
            className={`${styles.playerTextButton} ${styles.playerCaptionToggle}`}
            data-testid="player-caption-toggle"
            aria-expanded={captionOpen}
            aria-controls={captionId}
            onClick={() => setCaptionOpenAt(captionOpen ? undefined : cursor)}
          >
            <Icon name="chevronDown" className={styles.playerDetailChevron} />
            {text(captionOpen ? 'captionLess' : 'captionMore')}
          </button>
        )}
        {current && view?.step?.kind === 'kms.call' && (
          <details
            className={styles.playerDetail}
            data-testid="player-detail"
            onToggle={(event) => {
              if (event.currentTarget.open) setCliUnfolded(true);
            }}
          >
            <summary>
              <Icon name="terminal" />
              {/* Short on screen, so the caption keeps the row's width; the full name for assistive technology. */}
              <span aria-hidden="true">{text('cliShort')}</span>
              <span className="visually-hidden">{text('cliEquivalent')}</span>
              <Icon name="chevronDown" className={styles.playerDetailChevron} />
            </summary>
            {cliUnfolded && (
              <Suspense fallback={null}>
                <StepCliEquivalent step={view.step} result={view.result} />
              </Suspense>
            )}
          </details>
        )}
      </div>
      <KeyGenerationStatus />
      <div id={optionsId} className={styles.playerOptions} hidden={!optionsOpen}>
        <ChoiceGroup<`${Speed}`>
          label={text('speed')}
          choices={SPEEDS.map((s) => ({ value: `${s}`, label: `${s}×` }))}
          value={`${speed}`}
          onChange={(value) => actions.setSpeed(Number(value) as Speed)}
        />
        <Placement />
        <span className={styles.playerFiles}>
          <button
            type="button"
            className={styles.playerTextButton}
            aria-describedby={linkHintId}
            onClick={() => void connection.copyLink()}
          >
            <Icon name="link" />
            {text('share')}
          </button>
          <button type="button" className={styles.playerTextButton} onClick={connection.exportFile}>
            <Icon name="save" />
            {text('exportFile')}
          </button>
          <button
            type="button"
            className={styles.playerTextButton}
            onClick={() => fileInput.current?.click()}
          >
            <Icon name="open" />
            {text('importFile')}
          </button>
          <NewScenario className={styles.playerTextButton} />
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
        {!longLink && <LinkLength id={linkHintId} length={linkLength} />}
      </div>
      {/* A link too long to share is news the learner needs without opening the options. */}
      {longLink && <LinkLength id={linkHintId} length={linkLength} />}
      {sharing && (
        <Suspense fallback={null}>
          <ShareDialog
            link={window.location.href}
            step={cursor + 1}
            total={total}
            onClose={() => setSharing(false)}
          />
        </Suspense>
      )}
      {replayError && (
        <p className={`${styles.playerNotice} ${styles.playerNoticeError}`} role="alert">
          {text('replayError', { message: replayError })}
        </p>
      )}
      <ChangeNotice />
      {connection.notice && <NoticeLine notice={connection.notice} onDismiss={connection.dismissNotice} />}
      <SaveNoticeLine connection={connection} />
      {connection.pending && (
        // Asked when a link or file would replace different local work; Escape keeps the learner's work.
        <ChoiceDialog
          title={text(connection.pending.source === 'file' ? 'opening.file.title' : 'opening.title')}
          body={text(connection.pending.source === 'file' ? 'opening.file.body' : 'opening.body', {
            steps: connection.pending.local.steps.length,
          })}
          choices={OPENING_CHOICES.map((choice) => ({
            value: choice,
            label: text(
              choice === 'open-link' && connection.pending?.source === 'file'
                ? 'opening.file.open-link'
                : `opening.${choice}`,
            ),
            primary: choice === 'open-link',
          }))}
          onEscape="keep-mine"
          onChoose={connection.choose}
        />
      )}
    </section>
  );
}
