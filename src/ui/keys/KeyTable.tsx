import { useId } from 'react';
import type { KeyView } from '../../kms/index';
import { stateOf } from '../rotation/history';
import { RichText } from '../shell/RichText';
import { ScrollRegion } from '../shell/ScrollRegion';
import { useLang, useT } from '../shell/useT';
import { formatDate, isoDate, keyName } from './format';
import styles from './panel.module.css';
import { StateBadge } from './StateBadge';

export function RotationStatus({ keyView }: { keyView: KeyView }) {
  const t = useT();
  const lang = useLang();
  const rotations = keyView.versions.length - 1;
  if (keyView.metadata.KeySpec !== 'SYMMETRIC_DEFAULT') return <>{t('keys.rotation.unsupported')}</>;
  const { enabled, periodInDays, nextRotationDate } = keyView.rotation;
  return (
    <>
      {enabled ? t('keys.rotation.every', { days: periodInDays }) : t('keys.rotation.off')}
      {enabled && nextRotationDate && keyView.metadata.KeyState === 'Enabled' && (
        <>
          {' · '}
          {t('keys.rotation.next', { date: formatDate(lang, nextRotationDate) })}
        </>
      )}
      {' · '}
      {t('keys.rotation.count', { count: rotations })}
    </>
  );
}

/** The keys of one Region, as a table: a learner scans states, kinds and rotation at a glance. */
export function KeyTable({
  keys,
  region,
  selected,
  onSelect,
}: {
  keys: readonly KeyView[];
  region: string;
  selected: string | undefined;
  onSelect: (arn: string) => void;
}) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  return (
    <ScrollRegion labelledBy={`${id}-caption`}>
      <table className={`${styles.klabTable} klab-keys`}>
        <caption id={`${id}-caption`}>
          <RichText text={t('keys.table.caption', { region, count: keys.length })} />
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('keys.table.key')}</th>
            <th scope="col">{t('keys.table.state')}</th>
            <th scope="col">{t('keys.table.type')}</th>
            <th scope="col">{t('keys.table.keyManager')}</th>
            <th scope="col">{t('keys.table.created')}</th>
            <th scope="col">{t('keys.table.rotation')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('keys.table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.length === 0 && (
            <tr>
              <td colSpan={7} className={styles.klabEmpty}>
                <RichText text={t('keys.table.empty', { region })} />
              </td>
            </tr>
          )}
          {keys.map((key) => {
            const name = keyName(key);
            const mrk = key.metadata.MultiRegionConfiguration?.MultiRegionKeyType;
            return (
              <tr key={key.metadata.Arn} aria-selected={selected === key.metadata.Arn || undefined}>
                <th scope="row">
                  <code className={styles.klabKeyname}>{name}</code>
                  {name !== key.metadata.KeyId && (
                    <code className={styles.klabKeyid}>{key.metadata.KeyId}</code>
                  )}
                  {key.metadata.Description && (
                    <span className={styles.klabDesc}>{key.metadata.Description}</span>
                  )}
                </th>
                <td>
                  <StateBadge state={stateOf(key)} />
                  {key.metadata.DeletionDate && (
                    <span className={styles.klabSub}>
                      {t('keys.table.deletionDate', { date: formatDate(lang, key.metadata.DeletionDate) })}
                    </span>
                  )}
                </td>
                <td>
                  {key.metadata.KeyManager === 'AWS' ? t('keys.kind.awsManaged') : t('keys.kind.customer')}
                  <span className={styles.klabSub}>
                    <code className={styles.klabNowrap}>{key.metadata.KeySpec}</code>
                    {mrk && <> · {t(mrk === 'PRIMARY' ? 'keys.kind.mrkPrimary' : 'keys.kind.mrkReplica')}</>}
                  </span>
                </td>
                <td>
                  <code className={styles.klabNowrap}>{key.metadata.KeyManager}</code>
                </td>
                <td>
                  <time dateTime={isoDate(key.metadata.CreationDate)}>
                    {formatDate(lang, key.metadata.CreationDate)}
                  </time>
                </td>
                <td>
                  <RotationStatus keyView={key} />
                </td>
                <td>
                  <button
                    type="button"
                    className={styles.klabButton}
                    aria-pressed={selected === key.metadata.Arn}
                    onClick={() => onSelect(key.metadata.Arn)}
                  >
                    {t('keys.table.manage')}
                    <code className="visually-hidden"> {name}</code>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
