import { useId, useMemo, useState } from 'react';
import type { KeyView } from '../../kms/index';
// Not re-exported by src/kms/index.ts (asked of the engine's owner): the on-demand rotation quota.
import { ON_DEMAND_ROTATION_LIMIT } from '../../kms/operations/rotation';
import { scenarioStore, useScenario } from '../../state/scenario';
import { ActingAsNote } from '../cast/ActingAsNote';
import { CallWithNumber } from '../keys/CallWithNumber';
import { appendCall, calls } from '../keys/calls';
import { formatDate, formatDateTime, isoDate, keyIdOfArn, keyName, shortHex } from '../keys/format';
import { RegionSwitch } from '../keys/KeysSection';
import { LastCall } from '../keys/LastCall';
import styles from '../keys/panel.module.css';
import { useRegion } from '../keys/useRegion';
import { Icon } from '../shell/icons';
import { RichText } from '../shell/RichText';
import { ScrollRegion } from '../shell/ScrollRegion';
import { useLang, useT } from '../shell/useT';
import { type CiphertextFact, type KeyLifetime, lastDecryptOf, stateOf } from './history';
import rotationStyles from './rotation.module.css';
import { Timeline } from './Timeline';
import { addMonths, DAY_MS } from './timeline';
import { useScenarioHistory } from './useScenarioHistory';

/** The time-travel presets: a day, a month, a year (months and years follow the calendar, in UTC). */
const ADVANCES = [
  { id: 'day', to: (ms: number) => ms + DAY_MS },
  { id: 'month', to: (ms: number) => addMonths(ms, 1) },
  { id: 'year', to: (ms: number) => addMonths(ms, 12) },
] as const;

const UNITS = ['days', 'months', 'years'] as const;
type Unit = (typeof UNITS)[number];

function advanceMs(nowMs: number, amount: number, unit: Unit): number {
  if (unit === 'days') return amount * DAY_MS;
  return addMonths(nowMs, unit === 'months' ? amount : amount * 12) - nowMs;
}

const clockAdvance = (ms: number) => scenarioStore.getState().appendStep({ kind: 'clock.advance', ms });

/** Rotation over time: the timeline, time travel, rotation controls, old ciphertexts, deletion and shredding. */
export default function RotationSection() {
  const t = useT();
  const lang = useLang();
  const view = useScenario((s) => s.view);
  const startMs = useScenario((s) => Date.parse(s.scenario.settings.startTime));
  const { history, loading } = useScenarioHistory();
  const [region, setRegion] = useRegion();
  const [chosenKey, setChosenKey] = useState<string>();
  const [picked, setPicked] = useState<CiphertextFact>();

  const lanes = useMemo(
    () => (history ? [...history.keys.values()].filter((k) => k.view.region === region) : []),
    [history, region],
  );
  const symmetric = (view?.keys ?? []).filter(
    (k) => k.region === region && k.metadata.KeySpec === 'SYMMETRIC_DEFAULT',
  );
  const selectedKey =
    symmetric.find((k) => k.metadata.Arn === chosenKey) ??
    [...symmetric].reverse().find((k) => k.metadata.KeyManager === 'CUSTOMER');
  const decrypt = history?.decrypts.find((d) => d.stepIndex === view?.index);
  const ciphertexts = (history?.ciphertexts ?? []).filter((c) => c.region === region);
  // Without a pick of the learner's, the ciphertext the step under the cursor decrypted is the one shown.
  const shown = picked ?? history?.ciphertexts.find((c) => c.stepId === decrypt?.ciphertextStepId);
  const shredded = lanes.filter(
    (k) => k.deletedMs !== undefined && history?.ciphertexts.some((c) => c.keyArn === k.arn),
  );

  return (
    <article className={`${styles.klab} rotation`} aria-labelledby="rotation-title">
      <header className={styles.klabHeader}>
        <h1 id="rotation-title">{t('rotation.title')}</h1>
        <p className={styles.klabLead}>{t('rotation.lead')}</p>
      </header>
      <LastCall />
      <ActingAsNote />
      {decrypt?.used && (
        <p className={rotationStyles.rotUsed} role="status">
          <Icon name="check" />{' '}
          <RichText
            text={t('rotation.usedVersion', {
              op: decrypt.op,
              n: decrypt.used.versionIndex,
              id: shortHex(decrypt.used.keyMaterialId, 16),
              rotations: (history?.keys.get(decrypt.used.keyArn)?.view.versions.length ?? 1) - 1,
            })}
          />
        </p>
      )}
      {shredded.map((k) => (
        <Shredded
          key={k.arn}
          lifetime={k}
          count={history?.ciphertexts.filter((c) => c.keyArn === k.arn).length ?? 0}
        />
      ))}
      <RegionSwitch region={region} onChange={setRegion} />

      <section className={styles.klabCard} aria-labelledby="rotation-timeline-title" aria-busy={loading}>
        <h2 id="rotation-timeline-title">
          {t('rotation.timeline.heading', { date: formatDateTime(lang, history?.nowMs ?? startMs) })}
        </h2>
        {history ? (
          <Timeline
            history={history}
            startMs={startMs}
            lanes={lanes}
            {...(shown ? { selected: shown } : {})}
            onSelect={setPicked}
            {...(decrypt?.used ? { used: decrypt.used } : {})}
            onAdvance={clockAdvance}
          />
        ) : (
          <p role="status">{t('rotation.loading')}</p>
        )}
        <TimeTravel nowMs={history?.nowMs ?? startMs} />
      </section>

      <div className={styles.klabColumns}>
        <KeyControls keys={symmetric} selected={selectedKey} onChoose={setChosenKey} region={region} />
        <section className={`${styles.klabCard} rot-note`} aria-labelledby="rotation-note-title">
          <h2 id="rotation-note-title">{t('rotation.note.title')}</h2>
          <p>{t('rotation.note.kept')}</p>
          <p>
            <strong>{t('rotation.note.notReencrypted')}</strong>
          </p>
          <p>
            <RichText text={t('rotation.note.reencrypt')} />
          </p>
        </section>
      </div>

      <Ciphertexts
        facts={ciphertexts}
        history={history}
        picked={picked}
        onPick={setPicked}
        region={region}
        destination={selectedKey}
      />
    </article>
  );
}

function Shredded({ lifetime, count }: { lifetime: KeyLifetime; count: number }) {
  const t = useT();
  const lang = useLang();
  return (
    <div className={rotationStyles.rotShredded} role="alert">
      <span className={rotationStyles.rotShreddedIcon} aria-hidden="true">
        ✕
      </span>
      <div>
        <p className={rotationStyles.rotShreddedTitle}>
          {t('rotation.shredded.title', {
            key: keyName(lifetime.view),
            date: formatDate(lang, lifetime.deletedMs ?? 0),
          })}
        </p>
        <p>{t('rotation.shredded.body', { count })}</p>
      </div>
    </div>
  );
}

function TimeTravel({ nowMs }: { nowMs: number }) {
  const t = useT();
  const [amount, setAmount] = useState('90');
  const [unit, setUnit] = useState<Unit>('days');
  const n = Number.parseInt(amount, 10);
  return (
    <fieldset className={rotationStyles.rotTravel}>
      <legend className={rotationStyles.rotTravelLabel}>{t('rotation.travel.label')}</legend>
      <div className={styles.klabActions}>
        {ADVANCES.map((a) => (
          <button
            key={a.id}
            type="button"
            className={styles.klabButton}
            onClick={() => clockAdvance(a.to(nowMs) - nowMs)}
          >
            {t(`rotation.travel.${a.id}`)}
          </button>
        ))}
        <span className={styles.klabInline}>
          <label>
            <span>{t('rotation.travel.amount')}</span>
            <input type="number" min={1} value={amount} onChange={(e) => setAmount(e.currentTarget.value)} />
          </label>
          <label>
            <span>{t('rotation.travel.unit')}</span>
            <select value={unit} onChange={(e) => setUnit(e.currentTarget.value as Unit)}>
              {UNITS.map((u) => (
                <option key={u} value={u}>
                  {t(`rotation.travel.units.${u}`)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className={`${styles.klabButton} ${styles.klabButtonPrimary}`}
            disabled={!(n > 0)}
            onClick={() => clockAdvance(advanceMs(nowMs, n, unit))}
          >
            {t('rotation.travel.go')}
          </button>
        </span>
      </div>
      <p className={styles.klabNote}>{t('rotation.travel.forwardOnly')}</p>
    </fieldset>
  );
}

function KeyControls({
  keys,
  selected,
  onChoose,
  region,
}: {
  keys: readonly KeyView[];
  selected: KeyView | undefined;
  onChoose: (arn: string) => void;
  region: string;
}) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const [text, setText] = useState('My first secret');
  const [days, setDays] = useState('7');
  if (!selected)
    return (
      <section className={styles.klabCard}>
        <h2>{t('rotation.controls.title')}</h2>
        <p className={styles.klabEmpty}>
          <RichText text={t('rotation.controls.noKey', { region })} />
        </p>
        <button
          type="button"
          className={`${styles.klabButton} ${styles.klabButtonPrimary}`}
          onClick={() =>
            appendCall(
              calls.createKey({
                keySpec: 'SYMMETRIC_DEFAULT',
                multiRegion: false,
                description: 'rotation lesson',
              }),
              region,
            )
          }
        >
          {t('rotation.controls.createKey')}
        </button>
      </section>
    );
  const keyId = selected.metadata.KeyId;
  const send = (call: Parameters<typeof appendCall>[0]) => appendCall(call, region);
  const used = selected.rotation.onDemandRotations;
  return (
    <section className={`${styles.klabCard} ${rotationStyles.rotControls}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('rotation.controls.title')}</h2>
      <label>
        <span>{t('rotation.controls.key')}</span>
        <select value={selected.metadata.Arn} onChange={(e) => onChoose(e.currentTarget.value)}>
          {keys.map((k) => (
            <option key={k.metadata.Arn} value={k.metadata.Arn}>
              {keyName(k)} ({k.metadata.KeyState})
            </option>
          ))}
        </select>
      </label>

      <h3>{t('rotation.controls.encryptTitle')}</h3>
      <span className={styles.klabInline}>
        <label>
          <span>{t('rotation.controls.plaintext')}</span>
          <input value={text} maxLength={4096} onChange={(e) => setText(e.currentTarget.value)} />
        </label>
        <button
          type="button"
          className={`${styles.klabButton} ${styles.klabButtonPrimary}`}
          onClick={() => send(calls.encrypt(keyId, text))}
        >
          <code>Encrypt</code>
        </button>
      </span>

      <h3>{t('rotation.controls.automaticTitle')}</h3>
      <p className={styles.klabSub}>
        {selected.rotation.enabled
          ? t('rotation.controls.automaticOn', {
              days: selected.rotation.periodInDays,
              date: selected.rotation.nextRotationDate
                ? formatDate(lang, selected.rotation.nextRotationDate)
                : '—',
            })
          : t('rotation.controls.automaticOff')}
      </p>
      <div className={styles.klabActions}>
        <CallWithNumber
          label={t('rotation.controls.period')}
          operation="EnableKeyRotation"
          min={90}
          max={2560}
          initial={365}
          onCall={(period) => send(calls.enableKeyRotation(keyId, period))}
        />
        <button
          type="button"
          className={styles.klabButton}
          onClick={() => send(calls.disableKeyRotation(keyId))}
        >
          <code>DisableKeyRotation</code>
        </button>
      </div>

      <h3>{t('rotation.controls.onDemandTitle')}</h3>
      <div className={styles.klabActions}>
        <button
          type="button"
          className={styles.klabButton}
          onClick={() => send(calls.rotateKeyOnDemand(keyId))}
        >
          <code>RotateKeyOnDemand</code>
        </button>
        <meter
          min={0}
          max={ON_DEMAND_ROTATION_LIMIT}
          value={used}
          aria-label={t('rotation.controls.quota', { used, limit: ON_DEMAND_ROTATION_LIMIT })}
        />
        <span>{t('rotation.controls.quota', { used, limit: ON_DEMAND_ROTATION_LIMIT })}</span>
      </div>
      <p className={styles.klabNote}>
        <RichText text={t('rotation.controls.quotaNote', { limit: ON_DEMAND_ROTATION_LIMIT })} />
      </p>

      <h3>{t('rotation.controls.deletionTitle')}</h3>
      <div className={styles.klabActions}>
        <span className={styles.klabInline}>
          <label>
            <span>{t('rotation.controls.window')}</span>
            <input
              type="number"
              min={7}
              max={30}
              value={days}
              onChange={(e) => setDays(e.currentTarget.value)}
            />
          </label>
          <button
            type="button"
            className={`${styles.klabButton} ${styles.klabButtonDanger}`}
            onClick={() => send(calls.scheduleKeyDeletion(keyId, Number.parseInt(days, 10) || 0))}
          >
            <code>ScheduleKeyDeletion</code>
          </button>
        </span>
        <button
          type="button"
          className={styles.klabButton}
          onClick={() => send(calls.cancelKeyDeletion(keyId))}
        >
          <code>CancelKeyDeletion</code>
        </button>
        <button type="button" className={styles.klabButton} onClick={() => send(calls.enableKey(keyId))}>
          <code>EnableKey</code>
        </button>
      </div>
      <p className={styles.klabSub}>
        {t('rotation.controls.state')} <code>{stateOf(selected)}</code>
        {selected.metadata.DeletionDate &&
          ` · ${t('rotation.controls.deletionDate', { date: formatDateTime(lang, selected.metadata.DeletionDate) })}`}
      </p>
      <p className={styles.klabNote}>{t('rotation.controls.cancelNote')}</p>
    </section>
  );
}

function Ciphertexts({
  facts,
  history,
  picked,
  onPick,
  region,
  destination,
}: {
  facts: readonly CiphertextFact[];
  history: ReturnType<typeof useScenarioHistory>['history'];
  picked: CiphertextFact | undefined;
  onPick: (fact: CiphertextFact) => void;
  region: string;
  destination: KeyView | undefined;
}) {
  const t = useT();
  const lang = useLang();
  /** The newest first; a long scenario shows the latest 200 (the timeline shows them all). */
  const shown = [...facts].reverse().slice(0, 200);
  return (
    <section className={styles.klabCard} aria-labelledby="rotation-ciphertexts-title">
      <h2 id="rotation-ciphertexts-title">{t('rotation.ciphertexts.title')}</h2>
      <ScrollRegion labelledBy={'rotation-ciphertexts-caption'}>
        <table className={`${styles.klabTable} ${rotationStyles.rotCiphertexts}`}>
          <caption id="rotation-ciphertexts-caption">
            <RichText
              text={t('rotation.ciphertexts.caption', { region, count: facts.length, shown: shown.length })}
            />
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('rotation.ciphertexts.step')}</th>
              <th scope="col">{t('rotation.ciphertexts.made')}</th>
              <th scope="col">{t('rotation.ciphertexts.key')}</th>
              <th scope="col">{t('rotation.ciphertexts.version')}</th>
              <th scope="col">{t('rotation.ciphertexts.lastDecrypt')}</th>
              <th scope="col">{t('rotation.ciphertexts.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 && (
              <tr>
                <td colSpan={6} className={styles.klabEmpty}>
                  {t('rotation.ciphertexts.empty')}
                </td>
              </tr>
            )}
            {shown.map((fact) => {
              const lifetime = history?.keys.get(fact.keyArn);
              const attempt = history && lastDecryptOf(history, fact.stepId);
              const gone = lifetime?.deletedMs !== undefined;
              return (
                <tr
                  key={fact.stepId}
                  aria-selected={picked === fact || undefined}
                  className={gone ? rotationStyles.isShredded : undefined}
                >
                  <th scope="row">
                    <code>{fact.stepId}</code> <code>{fact.op}</code>
                  </th>
                  <td>
                    <time dateTime={isoDate(fact.timeMs)}>{formatDate(lang, fact.timeMs)}</time>
                  </td>
                  <td>
                    <code>{lifetime ? keyName(lifetime.view) : keyIdOfArn(fact.keyArn)}</code>
                    {gone && (
                      <span className={`${styles.klabSub} ${rotationStyles.rotGone}`}>
                        ✕ {t('rotation.ciphertexts.keyDeleted')}
                      </span>
                    )}
                  </td>
                  <td>
                    <code>v{fact.versionIndex}</code>{' '}
                    <code className={styles.klabSub} title={fact.keyMaterialId}>
                      {shortHex(fact.keyMaterialId, 12)}
                    </code>
                  </td>
                  <td>
                    {!attempt ? (
                      '—'
                    ) : attempt.error ? (
                      <>
                        ✕ <code>{attempt.error.name}</code>
                      </>
                    ) : (
                      <RichText
                        text={t('rotation.ciphertexts.decryptedWith', { n: attempt.used?.versionIndex ?? 0 })}
                      />
                    )}
                  </td>
                  <td>
                    <div className={styles.klabActions}>
                      <button
                        type="button"
                        className={styles.klabButton}
                        aria-pressed={picked === fact}
                        onClick={() => onPick(fact)}
                      >
                        {t('rotation.ciphertexts.show')}
                        <code className="visually-hidden"> {fact.stepId}</code>
                      </button>
                      <button
                        type="button"
                        className={styles.klabButton}
                        onClick={() => {
                          onPick(fact);
                          appendCall(calls.decrypt(fact.stepId), region);
                        }}
                      >
                        <code>Decrypt</code>
                        <code className="visually-hidden"> {fact.stepId}</code>
                      </button>
                      <button
                        type="button"
                        className={styles.klabButton}
                        disabled={!destination}
                        onClick={() =>
                          destination &&
                          appendCall(calls.reEncrypt(fact.stepId, destination.metadata.KeyId), region)
                        }
                      >
                        <code>ReEncrypt</code>
                        <code className="visually-hidden"> {fact.stepId}</code>
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
