import { useId } from 'react';
import { viaServiceName } from '../../kms/policy';
import { type KeyChoice, SERVICES, type ServiceId } from '../../services/index';
import { useScenario } from '../../state/scenario';
import { appendCall, calls } from '../keys/calls';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import trailStyles from '../trail/trail.module.css';
import styles from './services.module.css';
import { customerKeys, isServiceDenied, type KeySelection, keyPolicyDenying } from './steps';

/**
 * Which key protects the service's data (the choices the service offers), and — for a customer managed key —
 * the changes that break the service: disable the key, or deny the service in the key policy. Each is a
 * `kms.call` step made as the "acting as" principal, so a principal without permission is refused, as in AWS.
 */
export function KeyChoicePanel(props: {
  service: ServiceId;
  value: KeySelection;
  onChange(value: KeySelection): void;
}) {
  const { service, value, onChange } = props;
  const t = useT();
  const id = useId();
  const declaration = SERVICES[service];
  const view = useScenario((s) => s.view);
  const steps = useScenario((s) => s.scenario.steps);
  const settings = useScenario((s) => s.scenario.settings);
  const loading = useScenario((s) => s.loading);
  const keys = customerKeys(view?.keys ?? [], settings.region);
  const chosen = keys.find((k) => k.metadata.Arn === value.keyArn);
  const alias = `alias/aws/${declaration.managedKey.alias}`;
  const via = viaServiceName(declaration.managedKey, settings.region);

  const label: Record<KeyChoice, string> = {
    'aws-owned': t('services.key.awsOwned'),
    'aws-managed': t('services.key.awsManaged', { alias, service: declaration.name }),
    'customer-managed': t('services.key.customer'),
  };

  const choose = (choice: KeyChoice) => onChange({ choice });

  const denied = chosen ? isServiceDenied(steps, chosen.metadata.Arn, service) : false;
  const putPolicy = (deny: boolean) =>
    chosen &&
    appendCall(
      {
        op: 'PutKeyPolicy',
        request: {
          KeyId: chosen.metadata.Arn,
          PolicyName: 'default',
          Policy: keyPolicyDenying(service, settings.accountId, settings.region, deny),
        },
      },
      settings.region,
    );

  return (
    <fieldset className={styles.serviceKey}>
      <legend>{t('services.key.legend')}</legend>
      <div className={styles.serviceKeyChoices}>
        {declaration.keyChoices.map((choice) => (
          <label key={choice} className={styles.serviceRadio}>
            <input
              type="radio"
              name={`${id}-choice`}
              value={choice}
              checked={value.choice === choice}
              onChange={() => choose(choice)}
            />
            <span>
              <RichText text={label[choice]} />
            </span>
          </label>
        ))}
      </div>
      {value.choice === 'customer-managed' && (
        <div className={styles.serviceCmk}>
          {keys.length > 0 && chosen ? (
            <>
              <label htmlFor={`${id}-key`}>{t('services.key.select')}</label>
              <select
                id={`${id}-key`}
                value={chosen.metadata.Arn}
                onChange={(e) => onChange({ choice: 'customer-managed', keyArn: e.target.value })}
              >
                {keys.map((k) => (
                  <option key={k.metadata.Arn} value={k.metadata.Arn}>
                    {k.aliases[0] ? `${k.aliases[0]} · ` : ''}
                    {k.metadata.KeyId}
                  </option>
                ))}
              </select>
              <p className={styles.serviceState}>
                <span
                  className={`${trailStyles.badge} ${chosen.metadata.KeyState === 'Enabled' ? trailStyles.badgeOk : trailStyles.badgeFailed}`}
                >
                  {t('services.key.state', { state: chosen.metadata.KeyState })}
                </span>
              </p>
              <div className={styles.serviceButtons}>
                {chosen.metadata.KeyState === 'Enabled' ? (
                  <button
                    type="button"
                    className="button"
                    disabled={loading}
                    onClick={() => appendCall(calls.disableKey(chosen.metadata.Arn), settings.region)}
                  >
                    {t('services.key.disable')}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button"
                    disabled={loading}
                    onClick={() => appendCall(calls.enableKey(chosen.metadata.Arn), settings.region)}
                  >
                    {t('services.key.enable')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={loading}
                  onClick={() => putPolicy(!denied)}
                >
                  {denied
                    ? t('services.key.undeny', { service: declaration.name })
                    : t('services.key.deny', { service: declaration.name })}
                </button>
              </div>
              {denied && (
                <p>
                  <RichText text={t('services.key.denied', { via })} />
                </p>
              )}
            </>
          ) : (
            <p>{t('services.key.none')}</p>
          )}
          <button
            type="button"
            className="button button--quiet"
            disabled={loading}
            onClick={() =>
              appendCall(
                calls.createKey({
                  keySpec: 'SYMMETRIC_DEFAULT',
                  multiRegion: false,
                  description: `Key for ${declaration.name}`,
                }),
                settings.region,
              )
            }
          >
            {t('services.key.create')}
          </button>
        </div>
      )}
      {value.choice === 'aws-managed' && (
        <p className={styles.serviceNote}>{t('services.key.managedNote')}</p>
      )}
    </fieldset>
  );
}
