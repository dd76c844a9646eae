import { useId } from 'react';
import { CAST_SERVICES, type CastId, castOf } from '../../scenario/cast';
import { useActor } from '../../state/actor';
import { useScenario } from '../../state/scenario';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { CastIcon } from './CastIcon';
import styles from './cast.module.css';

/**
 * "Acting as": who makes the KMS calls every panel appends, and through which AWS service (kms:ViaService).
 * Two native selects (keyboard and screen-reader friendly), with the type icon and account shown beside them.
 */
export function ActingAs() {
  const t = useT();
  const id = useId();
  const settings = useScenario((s) => s.scenario.settings);
  const { member, service, setActor } = useActor((s) => s);
  const cast = castOf(settings.accountId, settings.region);
  const current = cast.find((m) => m.id === member) ?? cast[0];
  const serviceName = CAST_SERVICES.find((s) => s.alias === service)?.displayName;
  const accounts = [...new Set(cast.map((m) => m.accountId))];
  if (!current) return null;
  return (
    <fieldset className={styles.actingAs}>
      <legend className="visually-hidden">{t('cast.actingAs')}</legend>
      <span className={styles.actingAsWho}>
        <CastIcon name={current.kind} />
        <span className={styles.actingAsField}>
          <label htmlFor={`${id}-member`}>{t('cast.actingAs')}</label>
          <select
            id={`${id}-member`}
            value={member}
            onChange={(e) => setActor({ member: e.target.value as CastId, service })}
            aria-describedby={`${id}-summary`}
          >
            {accounts.map((account) => (
              <optgroup
                key={account}
                label={`${t('cast.account', { account })} (${t(
                  account === settings.accountId ? 'cast.homeAccount' : 'cast.partnerAccount',
                )})`}
              >
                {cast
                  .filter((m) => m.accountId === account)
                  .map((m) => (
                    <option key={m.id} value={m.id}>
                      {`${m.kind}/${m.name} — ${t(`cast.kind.${m.kind}`)}`}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </span>
      </span>
      <span className={styles.actingAsField}>
        <label htmlFor={`${id}-via`}>{t('cast.through')}</label>
        <select
          id={`${id}-via`}
          value={service ?? ''}
          onChange={(e) => setActor({ member, ...(e.target.value ? { service: e.target.value } : {}) })}
        >
          <option value="">{t('cast.directly')}</option>
          {CAST_SERVICES.map((s) => (
            <option key={s.alias} value={s.alias}>
              {s.displayName}
            </option>
          ))}
        </select>
      </span>
      <p className={styles.actingAsSummary} id={`${id}-summary`}>
        <RichText
          text={
            serviceName
              ? t('cast.summaryVia', {
                  name: `\`${current.kind}/${current.name}\``,
                  kind: t(`cast.kind.${current.kind}`),
                  account: current.accountId,
                  service: serviceName,
                })
              : t('cast.summary', {
                  name: `\`${current.kind}/${current.name}\``,
                  kind: t(`cast.kind.${current.kind}`),
                  account: current.accountId,
                })
          }
        />
      </p>
    </fieldset>
  );
}
