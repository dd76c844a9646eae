import { useId, useState } from 'react';
import type { AliasView, KeyView } from '../../kms/index';
import type { StepRecord } from '../../scenario/stepHistory';
import { stateOf } from '../rotation/history';
import { useT } from '../shell/useT';
import { CallWithNumber } from './CallWithNumber';
import { appendCall, calls, type KmsCall, REGIONS } from './calls';
import { keyName } from './format';
import { ImportMaterial } from './ImportMaterial';
import { RotationStatus } from './KeyTable';
import { PublicKeyPanel } from './PublicKeyPanel';
import styles from './panel.module.css';
import { SignVerify } from './SignVerify';
import { StateBadge } from './StateBadge';

/**
 * Everything a learner can do to one key. Every button sends the call whatever the key's state or kind: when
 * KMS refuses (an AWS managed key, a key pending deletion), the refusal is the lesson, shown with AWS's words.
 */
export function KeyDetail({
  keyView,
  region,
  aliases,
  records,
}: {
  keyView: KeyView;
  region: string;
  aliases: readonly AliasView[];
  /** The scenario's step records up to the cursor, for what earlier calls on this key returned. */
  records: readonly StepRecord[];
}) {
  const t = useT();
  const id = useId();
  const [newAlias, setNewAlias] = useState('');
  const [retarget, setRetarget] = useState('');
  const [replicaRegion, setReplicaRegion] = useState<string>(REGIONS.find((r) => r !== region) ?? REGIONS[0]);
  const { KeyId: keyId, Arn: arn } = keyView.metadata;
  const send = (call: KmsCall) => appendCall(call, region);
  const others = aliases.filter(
    (a) => a.region === region && !a.aliasName.startsWith('alias/aws/') && a.targetKeyArn !== arn,
  );
  const name = keyName(keyView);
  const primary = keyView.metadata.MultiRegionConfiguration?.MultiRegionKeyType === 'PRIMARY';
  const spec = keyView.metadata.KeySpec ?? 'SYMMETRIC_DEFAULT';
  const asymmetric = spec !== 'SYMMETRIC_DEFAULT' && !spec.startsWith('HMAC_');

  return (
    <section className={`${styles.klabCard} klab-detail`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t('keys.detail.title')} <code>{name}</code>
      </h2>
      <dl className={styles.klabFacts}>
        <dt>{t('keys.detail.arn')}</dt>
        <dd>
          <code>{arn}</code>
        </dd>
        <dt>{t('keys.table.state')}</dt>
        <dd>
          <StateBadge state={stateOf(keyView)} />
        </dd>
        <dt>{t('keys.table.rotation')}</dt>
        <dd>
          <RotationStatus keyView={keyView} />
        </dd>
        {keyView.tags.length > 0 && (
          <>
            <dt>{t('keys.detail.tags')}</dt>
            <dd>
              {keyView.tags.map((tag) => (
                <code key={tag.TagKey} className={styles.klabTag}>
                  {tag.TagKey}={tag.TagValue}
                </code>
              ))}
            </dd>
          </>
        )}
      </dl>
      {keyView.metadata.KeyManager === 'AWS' && (
        <p className={`${styles.klabNote} ${styles.klabNoteWarn}`}>{t('keys.detail.awsManaged')}</p>
      )}

      <h3>{t('keys.detail.lifecycle')}</h3>
      <div className={styles.klabActions}>
        <button type="button" className={styles.klabButton} onClick={() => send(calls.enableKey(keyId))}>
          <code>EnableKey</code>
        </button>
        <button type="button" className={styles.klabButton} onClick={() => send(calls.disableKey(keyId))}>
          <code>DisableKey</code>
        </button>
        <CallWithNumber
          label={t('keys.detail.window')}
          operation="ScheduleKeyDeletion"
          min={7}
          max={30}
          initial={30}
          danger
          onCall={(days) => send(calls.scheduleKeyDeletion(keyId, days))}
        />
        <button
          type="button"
          className={styles.klabButton}
          onClick={() => send(calls.cancelKeyDeletion(keyId))}
        >
          <code>CancelKeyDeletion</code>
        </button>
      </div>
      <p className={styles.klabNote}>{t('keys.detail.windowNote')}</p>

      {keyView.metadata.Origin === 'EXTERNAL' && (
        <ImportMaterial keyView={keyView} region={region} records={records} />
      )}
      {asymmetric && <PublicKeyPanel keyView={keyView} region={region} records={records} />}
      {keyView.metadata.KeyUsage === 'SIGN_VERIFY' && (
        <SignVerify keyView={keyView} region={region} records={records} />
      )}

      <h3>{t('keys.detail.aliases')}</h3>
      {keyView.aliases.length === 0 ? (
        <p className={styles.klabEmpty}>{t('keys.detail.noAliases')}</p>
      ) : (
        <ul className={styles.klabAliases}>
          {keyView.aliases.map((alias) => (
            <li key={alias}>
              <code>{alias}</code>
              <button
                type="button"
                className={styles.klabButton}
                onClick={() => send(calls.deleteAlias(alias))}
              >
                {t('keys.detail.deleteAlias', { alias })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.klabActions}>
        <span className={styles.klabInline}>
          <label>
            <span>{t('keys.detail.newAlias')}</span>
            <input
              value={newAlias}
              placeholder="alias/my-key"
              spellCheck={false}
              onChange={(e) => setNewAlias(e.currentTarget.value)}
            />
          </label>
          <button
            type="button"
            className={styles.klabButton}
            onClick={() => send(calls.createAlias(newAlias, keyId))}
          >
            <code>CreateAlias</code>
          </button>
        </span>
        {others.length > 0 && (
          <span className={styles.klabInline}>
            <label>
              <span>{t('keys.detail.retarget')}</span>
              <select value={retarget} onChange={(e) => setRetarget(e.currentTarget.value)}>
                <option value="">{t('keys.detail.pickAlias')}</option>
                {others.map((a) => (
                  <option key={a.aliasArn} value={a.aliasName}>
                    {a.aliasName}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className={styles.klabButton}
              disabled={!retarget}
              onClick={() => send(calls.updateAlias(retarget, keyId))}
            >
              <code>UpdateAlias</code>
            </button>
          </span>
        )}
      </div>

      {keyView.metadata.MultiRegion && (
        <>
          <h3>{t('keys.detail.replicas')}</h3>
          <ul className={styles.klabList}>
            {keyView.metadata.MultiRegionConfiguration?.ReplicaKeys.map((r) => (
              <li key={r.Arn}>
                <code>{r.Region}</code>
              </li>
            ))}
          </ul>
          {primary && (
            <span className={styles.klabInline}>
              <label>
                <span>{t('keys.detail.replicaRegion')}</span>
                <select value={replicaRegion} onChange={(e) => setReplicaRegion(e.currentTarget.value)}>
                  {REGIONS.filter((r) => r !== region).map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className={styles.klabButton}
                onClick={() => send(calls.replicateKey(arn, replicaRegion))}
              >
                <code>ReplicateKey</code>
              </button>
            </span>
          )}
        </>
      )}
    </section>
  );
}
