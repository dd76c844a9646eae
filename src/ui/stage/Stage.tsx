import { AnimatePresence, LayoutGroup, useReducedMotionConfig } from 'framer-motion';
import { lazy, type MouseEvent, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { loadCatalogues } from '../../i18n';
import { updateFragment, useFragmentParam } from '../../state/location';
import { usePreferences } from '../../state/preferences';
import { useScenario } from '../../state/scenario';
import { captionText } from '../player/captions';
import { explainParams } from '../policy/deniedCall';
import { partCatalogues } from '../sections';
import { requestAnimationFeatures, useEntrances } from '../shell/Animations';
import { Icon } from '../shell/icons';
import { RichText } from '../shell/RichText';
import { useLang, useT } from '../shell/useT';
import { Glyph } from './glyphs';
import {
  callerTitle,
  gateText,
  keyText,
  localText,
  narrationText,
  resourceNote,
  shortPrincipal,
  shortValue,
  storageObjects,
} from './labels';
import type { Call, Frame, KeyOnStage, LocalWork, Place, Scene, Token } from './picture';
import styles from './Stage.module.css';
import type { PictureFormat } from './savePicture';
import { type Motion, TokenChip } from './TokenChip';
import { changedTokens, useScene } from './useScene';

/** One beat of a step at 1× (request on the wire, tokens inside KMS, response back); the player speed divides it. */
export const BEAT_MS = 700;
/** Seconds a token travels between actors at 1×. */
const TRAVEL_S = 0.5;

/**
 * A token's bytes read field by field (the drawer), loaded when one is first opened, with the messages it shows
 * them with (the envelope studio's and the policy's): parsing them is the envelope and KMS modules' work, not the
 * first picture's (issue #15).
 */
const TokenDrawer = lazy(() =>
  Promise.all([import('./TokenDrawer'), loadCatalogues(partCatalogues.tokenDrawer)]).then(([m]) => ({
    default: m.TokenDrawer,
  })),
);

/**
 * The frame of the scene on screen: the beats one after another when the step plays, else the end state. The
 * beat belongs to its scene, so a new scene never flashes with the previous scene's beat.
 */
function useBeat(scene: Scene | undefined, playing: boolean, speed: number): number {
  const last = scene ? scene.frames.length - 1 : 0;
  const [shown, setShown] = useState<{ scene?: Scene; beat: number }>({ beat: 0 });
  useEffect(() => {
    if (!scene) return;
    if (!playing || last === 0) {
      setShown({ scene, beat: last });
      return;
    }
    setShown({ scene, beat: 0 });
    const timer = setInterval(
      () =>
        setShown((now) => {
          if (now.scene !== scene) return now;
          if (now.beat + 1 >= last) clearInterval(timer);
          return { scene, beat: Math.min(last, now.beat + 1) };
        }),
      BEAT_MS / speed,
    );
    return () => clearInterval(timer);
  }, [scene, playing, speed, last]);
  if (shown.scene !== scene) return playing ? 0 : last;
  return Math.min(shown.beat, last);
}

interface Shared {
  frame: Frame;
  motion: Motion;
  changed: Set<string>;
  onOpen: (token: Token) => void;
}

function TokenList({ tokens, shared }: { tokens: Token[]; shared: Shared }) {
  return (
    <AnimatePresence initial={false}>
      {tokens.map((token) => (
        <TokenChip
          key={token.id}
          token={token}
          motion={shared.motion}
          changed={shared.changed.has(token.id)}
          onOpen={shared.onOpen}
        />
      ))}
    </AnimatePresence>
  );
}

function Tokens({ at, shared, empty }: { at: Place; shared: Shared; empty?: string }) {
  const tokens = shared.frame.tokens.filter((token) => token.at === at);
  return (
    <div className={styles.tokens} data-place={at}>
      <TokenList tokens={tokens} shared={shared} />
      {tokens.length === 0 && empty && <p className={styles.empty}>{empty}</p>}
    </div>
  );
}

function CallerBox({ scene, shared }: { scene: Scene; shared: Shared }) {
  const t = useT();
  const title = callerTitle(t, scene.caller);
  const memory = shared.frame.tokens.filter((token) => token.at === 'memory').length;
  return (
    <section
      className={`${styles.actor} ${styles.caller}`}
      data-actor="caller"
      aria-label={t('stage.actorName.caller', { name: title, principal: scene.caller.principal })}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: every actor is reachable by keyboard (issue #11)
      tabIndex={0}
      title={scene.caller.principal}
    >
      <h3 className={styles.actorTitle}>
        <Glyph name="app" className={styles.actorGlyph} />
        {title}
        <code className={styles.principal}>{shortPrincipal(scene.caller.principal)}</code>
      </h3>
      <section
        className={styles.memory}
        data-actor="memory"
        aria-label={t('stage.actorName.memory', { count: memory })}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: every actor is reachable by keyboard (issue #11)
        tabIndex={0}
      >
        <h4 className={styles.memoryTitle}>{t('stage.actor.memory')}</h4>
        <Tokens at="memory" shared={shared} empty={t('stage.empty.memory')} />
      </section>
    </section>
  );
}

function Versions({ keyOnStage }: { keyOnStage: KeyOnStage }) {
  const t = useT();
  return (
    <ol className={styles.versions} aria-label={t('stage.key.versions')}>
      {[...keyOnStage.versions].reverse().map((version) => {
        const used = keyOnStage.used === version.index;
        return (
          <li
            key={version.id}
            className={`${styles.version}${version.current ? ` ${styles.current}` : ''}${used ? ` ${styles.used}` : ''}`}
            data-version={version.index + 1}
            aria-label={t('stage.key.versionName', {
              n: version.index + 1,
              current: version.current ? t('stage.key.currentMark') : '',
              used: used ? t('stage.key.usedMark') : '',
            })}
          >
            <span aria-hidden="true">
              <code>{t('stage.key.version', { n: version.index + 1 })}</code>
              {version.current && (
                <>
                  {' ●'}
                  <span className={styles.versionWords}> {t('stage.key.current')}</span>
                </>
              )}
              {used && (
                <>
                  {' ◆'}
                  <span className={styles.versionWords}> {t('stage.key.used')}</span>
                </>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function KmsBox({ scene, shared }: { scene: Scene; shared: Shared }) {
  const t = useT();
  const { key } = scene;
  const gate = shared.frame.gate;
  return (
    <section
      className={`${styles.actor} ${styles.kms}`}
      data-actor="kms"
      data-gate={gate}
      aria-label={t('stage.actorName.kms', { region: scene.region, key: keyText(t, scene) })}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: every actor is reachable by keyboard (issue #11)
      tabIndex={0}
      title={key?.arn}
    >
      <h3 className={styles.actorTitle}>
        <Glyph name="kms" className={styles.actorGlyph} />
        <RichText text={t('stage.actor.kms', { region: scene.region })} />
      </h3>
      <div className={styles.kmsBody}>
        <p className={`${styles.gate} ${styles[`gate_${gate}`]}`} data-gate={gate}>
          <Glyph
            name={gate === 'deny' ? 'cross' : gate === 'allow' ? 'check' : 'gate'}
            className={styles.glyph}
          />
          {gateText(t, gate)}
        </p>
        {key ? (
          <div className={styles.key} data-key-state={key.state}>
            <p className={styles.keyName}>
              <code>{key.alias ?? key.keyId.slice(0, 8)}</code>
              <span className={`${styles.state} ${styles[`state_${key.state}`] ?? ''}`}>
                <code>{key.state}</code>
                {key.deletionDate && ` · ${t('stage.key.deletion', { date: key.deletionDate })}`}
              </span>
            </p>
            {key.deleted ? (
              <p className={styles.error}>{t('stage.key.deleted')}</p>
            ) : (
              <Versions keyOnStage={key} />
            )}
          </div>
        ) : (
          <p className={styles.empty}>{t('stage.empty.key')}</p>
        )}
        <Tokens at="kms" shared={shared} />
      </div>
    </section>
  );
}

/**
 * The request arrow (caller → KMS) or the response arrow (KMS → caller): drawn across on a wide screen, down or
 * up when the actors stack on a phone (the other drawing is hidden by the stylesheet).
 */
function Arrow({ direction }: { direction: 'forward' | 'back' }) {
  const back = direction === 'back';
  return (
    <>
      <svg
        className={`${styles.arrow} ${styles.across}${back ? ` ${styles.back}` : ''}`}
        viewBox="0 0 100 10"
        preserveAspectRatio="none"
        aria-hidden="true"
      >
        <path d={back ? 'M100 5H4M10 1 4 5l6 4' : 'M0 5H96M90 1l6 4-6 4'} />
      </svg>
      <svg
        className={`${styles.arrow} ${styles.down}${back ? ` ${styles.back}` : ''}`}
        viewBox="0 0 10 40"
        aria-hidden="true"
      >
        <path d={back ? 'M5 40V3M1 9l4-6 4 6' : 'M5 0V37M1 31l4 6 4-6'} />
      </svg>
    </>
  );
}

function CallArrow({ call, local, shared }: { call?: Call; local?: LocalWork; shared: Shared }) {
  const t = useT();
  const explain = (stepId: string) => (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    updateFragment(explainParams(stepId));
  };
  if (!call)
    return (
      <div className={`${styles.wire} ${styles.idle}`} data-call="" data-local={local?.kind ?? ''}>
        <p className={styles.empty}>
          <RichText text={localText(t, local)} />
          {local?.kind === 'encrypt' && local.suite && <code className={styles.suite}>{local.suite}</code>}
        </p>
        <Tokens at="wire" shared={shared} />
      </div>
    );
  return (
    <div
      className={`${styles.wire} ${styles[`outcome_${call.outcome}`]}`}
      data-call={call.operation}
      data-outcome={call.outcome}
    >
      <div className={styles.request}>
        <div className={styles.opLine}>
          <p className={styles.op}>
            <code>{call.operation}</code>
            {call.viaService && (
              <span className={styles.via}>{t('stage.call.via', { service: call.viaService })}</span>
            )}
          </p>
          <Arrow direction="forward" />
        </div>
        {call.earlier && (
          <p className={styles.earlier}>
            <RichText
              text={t('stage.call.earlier', {
                count: call.earlier.count,
                operations: call.earlier.operations.map((op) => `\`${op}\``).join(', '),
              })}
            />
          </p>
        )}
        <dl className={styles.fields}>
          {call.fields.map((field) => (
            <div key={field.name} className={styles.field}>
              <dt>
                <code>{field.name}</code>
              </dt>
              <dd>
                <code title={field.value}>{shortValue(field.value)}</code>
              </dd>
            </div>
          ))}
        </dl>
      </div>
      <Tokens at="wire" shared={shared} />
      <div className={styles.response}>
        <Arrow direction="back" />
        {call.error ? (
          <p className={styles.error} role="status">
            <Glyph name="cross" className={styles.glyph} />
            <code className={styles.errorName}>{call.error.name}</code>{' '}
            <samp lang="en" className={styles.errorMessage}>
              {call.error.message}
            </samp>
            {call.deniedStepId && (
              <a
                className={styles.why}
                href={`#${new URLSearchParams(explainParams(call.deniedStepId)).toString()}`}
                onClick={explain(call.deniedStepId)}
              >
                {t('stage.call.why')}
              </a>
            )}
          </p>
        ) : (
          <p className={styles.responseNames}>
            <span className="visually-hidden">{t('stage.call.response')}: </span>
            {call.response.length > 0 ? <code>{call.response.join(', ')}</code> : t('stage.call.response')}
          </p>
        )}
      </div>
    </div>
  );
}

function StorageBox({ scene, shared }: { scene: Scene; shared: Shared }) {
  const t = useT();
  const projector = usePreferences((s) => s.theme) === 'projector';
  const tokens = shared.frame.tokens.filter((token) => token.at === 'storage');
  const { drawn: objects, more } = storageObjects(scene, tokens, projector);
  // One object (the usual envelope) is named on the title line, so the envelope sits right under it.
  const single = objects.length === 1 ? objects[0] : undefined;
  const notes = new Map(scene.resources?.groups.map((group) => [group.object, group]));
  return (
    <section
      className={`${styles.actor} ${styles.storage}`}
      data-actor="storage"
      aria-label={t('stage.actorName.storage', { count: tokens.length })}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: every actor is reachable by keyboard (issue #11)
      tabIndex={0}
    >
      <h3 className={styles.actorTitle}>
        <Glyph name="storage" className={styles.actorGlyph} />
        {t('stage.actor.storage')}
        {single !== undefined && <code className={styles.objectName}>{single}</code>}
        {more > 0 && (
          <span className={styles.more} data-more={more}>
            {t('stage.storage.more', { n: more })}
          </span>
        )}
      </h3>
      {objects.length === 0 && <p className={styles.empty}>{t('stage.empty.storage')}</p>}
      <div className={styles.objects}>
        {objects.map((object) => {
          const note = resourceNote(t, notes.get(object), projector);
          return (
            <div
              key={object}
              className={styles.object}
              data-object={object}
              data-service={notes.get(object)?.service}
            >
              {single === undefined && <code className={styles.objectName}>{object}</code>}
              <div className={styles.tokens}>
                <TokenList
                  tokens={tokens.filter((token) => (token.object ?? '') === object)}
                  shared={shared}
                />
                {note && (
                  <p
                    className={`${styles.objectNote}${(notes.get(object)?.objects ?? 0) > 1 ? ` ${styles.objectCounts}` : ''}`}
                  >
                    {note}
                  </p>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </section>
  );
}

function TrailBox({ shared }: { shared: Shared }) {
  const t = useT();
  const count = shared.frame.tokens.filter((token) => token.at === 'trail').length;
  return (
    <section
      className={`${styles.actor} ${styles.trail}`}
      data-actor="trail"
      aria-label={t('stage.actorName.trail', { count })}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: every actor is reachable by keyboard (issue #11)
      tabIndex={0}
    >
      <h3 className={styles.actorTitle}>
        <Glyph name="trailRecord" className={styles.actorGlyph} />
        {t('stage.actor.trail')}
      </h3>
      <Tokens at="trail" shared={shared} empty={t('stage.empty.trail')} />
    </section>
  );
}

/**
 * Save picture: this step's end state as an SVG or PNG file for slides, titled with the step and its caption.
 * The drawing code loads on the first click (savePicture.ts).
 */
function SavePicture({ scene }: { scene: Scene }) {
  const t = useT();
  const lang = useLang();
  const scenario = useScenario((s) => s.scenario);
  const view = useScenario((s) => s.view);
  const [problem, setProblem] = useState<string>();
  const save = (format: PictureFormat) => {
    setProblem(undefined);
    const caption = view?.index === scene.index ? captionText(lang, view.caption) : '';
    const title = t('stage.save.title', { step: scene.index + 1, total: scenario.steps.length, caption });
    import('./savePicture')
      .then((m) =>
        m.savePicture(t, scene, format, m.pictureFileName(scenario, scene.index, format), {
          title,
          narration: true,
        }),
      )
      .catch((error: unknown) =>
        setProblem(
          t('stage.save.failed', { message: error instanceof Error ? error.message : String(error) }),
        ),
      );
  };
  return (
    <div className={styles.save}>
      <span className={styles.saveLabel} aria-hidden="true">
        <Icon name="save" />
        {t('stage.save.label')}
      </span>
      {(['svg', 'png'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className={styles.saveButton}
          aria-label={t(format === 'svg' ? 'stage.save.svgName' : 'stage.save.pngName')}
          title={t(format === 'svg' ? 'stage.save.svgName' : 'stage.save.pngName')}
          data-save-picture={format}
          onClick={() => save(format)}
        >
          {t(format === 'svg' ? 'stage.save.svg' : 'stage.save.png')}
        </button>
      ))}
      {problem && (
        <p className={styles.error} role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/**
 * The stage: the step under the player's cursor drawn as one diagram (the caller with its memory, AWS KMS with
 * the key, its backing-key versions and the key policy gate, storage, CloudTrail), the live call as the arrow
 * between them, and the tokens where the scene puts them. A step forward plays the step's beats; any other move
 * shows its end state, the tokens travelling back or forward to where that step left them. Its SVG twin,
 * drawing.ts, draws the same scene for Save picture and the handout: what one shows, the other should too.
 */
export default function Stage() {
  const t = useT();
  const presenting = useFragmentParam('present') !== null;
  const state = useScene();
  const speed = useScenario((s) => s.speed);
  const reduced = useReducedMotionConfig() ?? false;
  // The stage is what animates: once it has drawn its first picture, the animation features load (never before it).
  const drawn = state !== undefined;
  useEffect(() => {
    if (drawn) requestAnimationFeatures();
  }, [drawn]);
  const entrances = useEntrances();
  const playing = Boolean(state?.forward) && !reduced;
  const beat = useBeat(state?.scene, playing, speed);
  const [open, setOpen] = useState<Token>();
  const opener = useRef<string | undefined>(undefined);
  const onOpen = useCallback((token: Token) => {
    opener.current = token.id;
    setOpen(token);
  }, []);
  const onClose = useCallback(() => {
    setOpen(undefined);
    const id = opener.current;
    // The token may have re-rendered (or moved) meanwhile: find it again by its id.
    requestAnimationFrame(() => {
      const target = id && document.querySelector<HTMLElement>(`[data-token-id="${CSS.escape(id)}"]`);
      (target || document.querySelector<HTMLElement>('[data-stage]'))?.focus();
    });
  }, []);

  if (!state)
    return <section className={styles.stage} aria-label={t('stage.label')} aria-busy="true" data-stage="" />;
  const { scene } = state;
  const frame = scene.frames[beat] ?? (scene.frames[scene.frames.length - 1] as Frame);
  const shared: Shared = {
    frame,
    motion: { travel: reduced || !entrances ? 0 : TRAVEL_S / speed, playing },
    changed: changedTokens(scene, state.previous),
    onOpen,
  };
  return (
    <section
      className={`${styles.stage}${reduced ? ` ${styles.reduced}` : ''}`}
      aria-label={t('stage.label')}
      data-stage=""
      data-step={scene.index}
      data-beat={beat}
      data-beats={scene.frames.length}
      data-playing={playing}
      tabIndex={-1}
    >
      <LayoutGroup id="stage">
        <div className={styles.diagram}>
          <CallerBox scene={scene} shared={shared} />
          <CallArrow
            {...(scene.call ? { call: scene.call } : {})}
            {...(scene.local ? { local: scene.local } : {})}
            shared={shared}
          />
          <KmsBox scene={scene} shared={shared} />
          <StorageBox scene={scene} shared={shared} />
          <TrailBox shared={shared} />
        </div>
      </LayoutGroup>
      <div className={styles.under}>
        <p
          className={styles.narration}
          aria-live="polite"
          aria-atomic="true"
          data-narration={scene.narration.code}
        >
          <RichText text={narrationText(t, scene.narration)} />
        </p>
        {!presenting && <SavePicture scene={scene} />}
      </div>
      {open && (
        <Suspense fallback={null}>
          <TokenDrawer token={open} onClose={onClose} />
        </Suspense>
      )}
    </section>
  );
}
