import { useId, useState } from 'react';
import { scenarioStore } from '../../state/scenario';
import { Icon } from '../shell/icons';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { appendCall, calls } from './calls';
import styles from './panel.module.css';

const HOME = 'us-east-1';
const AWAY = 'eu-west-1';
/** A replica leaves `Creating` once ReplicateKey completes (the engine takes a minute, reference §8). */
const REPLICA_WAIT_MS = 60_000;

type Stage = 'single' | 'crossRegion' | 'multiRegion' | 'replicaDecrypt';
const STAGES: readonly Stage[] = ['single', 'crossRegion', 'multiRegion', 'replicaDecrypt'];

/** What a stage does, and what the learner should expect. */
function stageText(t: ReturnType<typeof useT>, stage: Stage): [string, string] {
  const regions = { home: HOME, away: AWAY };
  switch (stage) {
    case 'single':
      return [t('keys.demo.single', { home: HOME }), t('keys.demo.singleExpect', { home: HOME })];
    case 'crossRegion':
      return [t('keys.demo.crossRegion', { away: AWAY }), t('keys.demo.crossRegionExpect', regions)];
    case 'multiRegion':
      return [t('keys.demo.multiRegion', regions), t('keys.demo.multiRegionExpect', { away: AWAY })];
    case 'replicaDecrypt':
      return [
        t('keys.demo.replicaDecrypt', { away: AWAY }),
        t('keys.demo.replicaDecryptExpect', { away: AWAY }),
      ];
  }
}

/**
 * The guided "keys are regional" demo (reference §8): a blob made under a single-Region key in us-east-1 cannot
 * be decrypted in eu-west-1 (the key does not exist there), while a multi-Region key and its replica decrypt
 * each other's ciphertexts. Each stage appends ordinary steps, so the player replays and shares it.
 */
export function RegionDemo() {
  const t = useT();
  const id = useId();
  const [done, setDone] = useState<Partial<Record<Stage, string>>>({});
  const [problem, setProblem] = useState<string>();
  const next = STAGES.find((s) => !done[s]);

  const run = (stage: Stage) => {
    const ids: string[] = [];
    const add = (change: ReturnType<typeof appendCall>) => {
      if (!change.ok) throw new Error(change.detail);
      ids.push(change.id);
      return change.id;
    };
    try {
      if (stage === 'single') {
        const key = add(
          appendCall(
            calls.createKey({
              keySpec: 'SYMMETRIC_DEFAULT',
              multiRegion: false,
              description: 'us-east-1 only',
            }),
            HOME,
          ),
        );
        add(appendCall(calls.encrypt({ stepId: key }, 'regional secret'), HOME));
      } else if (stage === 'crossRegion') {
        add(appendCall(calls.decrypt(done.single as string), AWAY));
      } else if (stage === 'multiRegion') {
        const key = add(
          appendCall(
            calls.createKey({ keySpec: 'SYMMETRIC_DEFAULT', multiRegion: true, description: 'multi-Region' }),
            HOME,
          ),
        );
        add(appendCall(calls.replicateKey({ stepId: key }, AWAY), HOME));
        add(scenarioStore.getState().appendStep({ kind: 'clock.advance', ms: REPLICA_WAIT_MS }));
        add(appendCall(calls.encrypt({ stepId: key }, 'shared secret'), HOME));
      } else {
        add(appendCall(calls.decrypt(done.multiRegion as string), AWAY));
      }
      setProblem(undefined);
      // The stage remembers its last step: the ciphertext the next stage decrypts.
      setDone((d) => ({ ...d, [stage]: ids.at(-1) }));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className={`${styles.klabCard} klab-demo`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('keys.demo.title')}</h2>
      <p>
        <RichText text={t('keys.demo.body', { home: HOME, away: AWAY })} />
      </p>
      <ol className={styles.klabDemoStages}>
        {STAGES.map((stage) => (
          <li
            key={stage}
            className={done[stage] ? 'is-done' : stage === next ? styles.isNext : styles.isWaiting}
          >
            <span className={styles.klabDemoStatus}>
              {done[stage] ? <Icon name="check" /> : <span aria-hidden="true">○</span>}
              <span className="visually-hidden">
                {done[stage] ? t('keys.demo.done') : t('keys.demo.notYet')}
              </span>
            </span>
            <div>
              {stageText(t, stage).map((text, i) => (
                <p key={text} className={i === 0 ? 'klab-demo__what' : styles.klabDemoExpect}>
                  <RichText text={text} />
                </p>
              ))}
            </div>
            {stage === next && (
              <button
                type="button"
                className={`${styles.klabButton} ${styles.klabButtonPrimary}`}
                onClick={() => run(stage)}
              >
                {t('keys.demo.run')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {!next && (
        <button type="button" className={styles.klabButton} onClick={() => setDone({})}>
          {t('keys.demo.again')}
        </button>
      )}
      {problem && (
        <p className={styles.klabProblem} role="alert">
          {t('keys.create.invalid', { detail: problem })}
        </p>
      )}
    </section>
  );
}
