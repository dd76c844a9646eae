import { CAST_SERVICES, castOf } from '../../scenario/cast';
import { useActor } from '../../state/actor';
import { useScenario } from '../../state/scenario';
import { RichText } from '../shell/RichText';
import { SectionLink } from '../shell/SectionLink';
import { useT } from '../shell/useT';
import styles from './ActingAsNote.module.css';
import { CastIcon } from './CastIcon';

/**
 * Who the calls of the buttons beside it are made as: the "acting as" choice of Policies & access and AWS
 * services applies to every section, so each place that makes a call says who acts (issue #13: after choosing
 * `role/App` in Policies, the studio's Decrypt was denied and nothing in the studio said why). Acting as anyone
 * but the administrator directly, it offers the way back, and a link to the full choice.
 */
export function ActingAsNote() {
  const t = useT();
  const settings = useScenario((s) => s.scenario.settings);
  const { member, service, setActor } = useActor((s) => s);
  const cast = castOf(settings.accountId, settings.region);
  const current = cast.find((m) => m.id === member) ?? cast[0];
  const admin = cast.find((m) => m.id === 'admin');
  if (!current || !admin) return null;
  const serviceName = CAST_SERVICES.find((s) => s.alias === service)?.displayName;
  const name = `\`${current.kind}/${current.name}\``;
  const params = { name, kind: t(`cast.kind.${current.kind}`), account: current.accountId };
  const isDefault = member === 'admin' && serviceName === undefined;
  return (
    <p className={`${styles.note}${isDefault ? '' : ` ${styles.notDefault}`}`} data-testid="acting-as-note">
      <CastIcon name={current.kind} />
      <span className={styles.who}>
        <RichText
          text={
            serviceName
              ? t('cast.callsAsVia', { ...params, service: serviceName })
              : t('cast.callsAs', params)
          }
        />
      </span>
      {!isDefault && (
        <button type="button" className="quiet-button" onClick={() => setActor({ member: 'admin' })}>
          <RichText text={t('cast.backToAdmin', { name: `\`${admin.kind}/${admin.name}\`` })} />
        </button>
      )}
      <SectionLink view="policy">{t('cast.choose')}</SectionLink>
    </p>
  );
}
