import { useId, useState } from 'react';
import { viaServiceName } from '../../kms/policy';
import { castMember } from '../../scenario/cast';
import {
  type ParamSpec,
  type ParamValue,
  SERVICES,
  type ServiceId,
  serviceDeclaration,
} from '../../services/index';
import { useActor } from '../../state/actor';
import { useScenario } from '../../state/scenario';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { useTimeline } from '../trail/useTimeline';
import { BucketKeys } from './BucketKeys';
import { CallResult } from './CallResult';
import { KeyChoicePanel } from './KeyChoicePanel';
import { Resources } from './Resources';
import styles from './services.module.css';
import { customerKeys, formActions, isFormParam, type KeySelection, serviceCallStep, withKey } from './steps';

/** What the forms start with: names a learner can read in CloudTrail (`prod/db-password`, `hello.txt`). */
const DEFAULTS: Record<ServiceId, Record<string, Record<string, ParamValue>>> = {
  s3: {
    PutObject: { Bucket: 'kms-lab-demo', Key: 'hello.txt', Body: 'Hello, KMS!' },
    GetObject: { Bucket: 'kms-lab-demo', Key: 'hello.txt' },
  },
  ebs: { CreateVolume: { Size: 8 }, AttachVolume: { InstanceId: 'i-0123456789abcdef0', Device: '/dev/sdf' } },
  rds: {
    CreateDBInstance: { DBInstanceIdentifier: 'orders-db' },
    RebootDBInstance: { DBInstanceIdentifier: 'orders-db' },
  },
  elasticfilesystem: { CreateFileSystem: { CreationToken: 'shared-files' }, ClientMount: {} },
  lambda: {
    CreateFunction: { FunctionName: 'hello', Variables: { DB_HOST: 'db.internal' } },
    UpdateFunctionConfiguration: { FunctionName: 'hello', Variables: { DB_HOST: 'db2.internal' } },
    Invoke: { FunctionName: 'hello' },
  },
  secretsmanager: {
    CreateSecret: { Name: 'prod/db-password', SecretString: 'hunter2' },
    PutSecretValue: { SecretId: 'prod/db-password', SecretString: 'correct horse battery staple' },
    GetSecretValue: { SecretId: 'prod/db-password' },
  },
  ssm: {
    PutParameter: { Name: '/app/db-password', Value: 's3cr3t', Tier: 'Standard' },
    GetParameter: { Name: '/app/db-password', WithDecryption: true },
  },
};

/** Text parameters long enough for a textarea. */
const LONG = ['Body', 'SecretString', 'Value'];

/** Maps are edited as `key=value` lines; the text is kept as typed and read at submit. */
const mapToText = (map: Record<string, string>) =>
  Object.entries(map)
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');
function textToMap(text: string): Record<string, string> {
  // Null prototype: a `__proto__` line is an ordinary key (an encryption context's, say), not a prototype.
  const out: Record<string, string> = Object.create(null);
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const at = trimmed.indexOf('=');
    out[at < 0 ? trimmed : trimmed.slice(0, at)] = at < 0 ? '' : trimmed.slice(at + 1);
  }
  return out;
}

/** The form's starting values: the defaults, maps as text, the role as the account's Admin role. */
function initialValues(
  service: ServiceId,
  action: string,
  accountId: string,
): Record<string, ParamValue | undefined> {
  const specs = SERVICES[service].actions[action]?.params ?? {};
  const values: Record<string, ParamValue | undefined> = {};
  for (const [name, value] of Object.entries(DEFAULTS[service][action] ?? {}))
    values[name] = typeof value === 'object' ? mapToText(value) : value;
  if ('Role' in specs) values.Role = `arn:aws:iam::${accountId}:role/Admin`;
  return values;
}

/** One service: what it does with KMS, the key it uses, its operations, its resources and the last call. */
export function ServicePanel({ service }: { service: ServiceId }) {
  const t = useT();
  const declaration = serviceDeclaration(service);
  const settings = useScenario((s) => s.scenario.settings);
  const member = useActor((s) => s.member);
  const principal = castMember(member, settings.accountId, settings.region).arn;
  const [picked, setKey] = useState<KeySelection>({ choice: 'aws-managed' });
  const keys = customerKeys(useScenario((s) => s.view)?.keys ?? [], settings.region);
  // A customer managed key the learner picked, else the newest one (a key just created is the one meant).
  const cmk = (keys.find((k) => k.metadata.Arn === picked.keyArn) ?? keys.at(-1))?.metadata.Arn;
  const key: KeySelection =
    picked.choice === 'customer-managed'
      ? { choice: 'customer-managed', ...(cmk ? { keyArn: cmk } : {}) }
      : picked;
  const keyMissing = key.choice === 'customer-managed' && !key.keyArn;
  const { timeline } = useTimeline();
  const via = viaServiceName(declaration.managedKey, settings.region);

  return (
    <div className={styles.service}>
      <section className="service__about" aria-labelledby={`${service}-about`}>
        <h2 id={`${service}-about`}>{t('services.facts.title', { service: declaration.name })}</h2>
        <p>
          <RichText text={t(`services.about.${service}`)} />
        </p>
        <dl className={styles.serviceFacts}>
          <dt>{t('services.facts.context')}</dt>
          <dd>
            {declaration.encryptionContextKeys.map((k) => (
              <code key={k}>{k}</code>
            ))}
          </dd>
          <dt>
            <RichText text={t('services.facts.viaService')} />
          </dt>
          <dd>
            <code>{via}</code>
          </dd>
          <dt>{t('services.facts.managedKey')}</dt>
          <dd>
            <code>alias/aws/{declaration.managedKey.alias}</code>
          </dd>
          <dt>{t('services.facts.calls')}</dt>
          <dd>
            <ul className={styles.serviceCalls}>
              {Object.entries(declaration.actions).map(([action, a]) => (
                <li key={action}>
                  <code>{action}</code> →{' '}
                  {a.kmsCalls.map((op) => (
                    <code key={op}>{op}</code>
                  ))}
                </li>
              ))}
            </ul>
          </dd>
          <dt>{t('services.facts.fidelity')}</dt>
          <dd>{t(`services.fidelity.${declaration.fidelity}`)}</dd>
        </dl>
      </section>

      <KeyChoicePanel service={service} value={key} onChange={setKey} />

      <p className={styles.serviceActor}>
        <RichText text={t('services.actor', { principal })} />
      </p>
      <div className={styles.serviceForms}>
        {formActions(service).map((action) => (
          <ActionForm
            key={action}
            service={service}
            action={action}
            keySelection={key}
            disabled={keyMissing}
            principal={member === 'admin' ? undefined : principal}
            resources={timeline?.services}
          />
        ))}
      </div>

      <CallResult service={service} />
      <Resources service={service} world={timeline?.services} />
      {service === 's3' && !keyMissing && (
        <BucketKeys keySelection={key} principal={member === 'admin' ? undefined : principal} />
      )}
    </div>
  );
}

/** Parameters that name an existing resource: chosen from a list of what the scenario has. */
const RESOURCE_PARAMS: Record<
  string,
  (world: NonNullable<ReturnType<typeof useTimeline>['timeline']>['services']) => string[]
> = {
  VolumeId: (world) => Object.keys(world?.ebs.volumes ?? {}),
  FileSystemId: (world) => Object.keys(world?.elasticfilesystem.fileSystems ?? {}),
};

function ActionForm(props: {
  service: ServiceId;
  action: string;
  keySelection: KeySelection;
  disabled: boolean;
  principal: string | undefined;
  resources: Parameters<(typeof RESOURCE_PARAMS)['VolumeId']>[0];
}) {
  const { service, action } = props;
  const t = useT();
  const id = useId();
  const specs = SERVICES[service].actions[action]?.params ?? {};
  const accountId = useScenario((s) => s.scenario.settings.accountId);
  const [values, setValues] = useState(() => initialValues(service, action, accountId));
  const [rejected, setRejected] = useState<string>();
  const appendStep = useScenario((s) => s.appendStep);
  const steps = useScenario((s) => s.scenario.steps);
  const loading = useScenario((s) => s.loading);
  const fields = Object.entries(specs).filter(([name]) => isFormParam(name));

  const choices = (name: string) => RESOURCE_PARAMS[name]?.(props.resources);
  const currentValue = (name: string) => values[name] ?? choices(name)?.at(-1);
  const missing = fields.some(([name, spec]) => !spec.optional && choices(name)?.length === 0);

  const submit = () => {
    const filled = Object.fromEntries(
      fields.map(([name, spec]) => {
        const value = currentValue(name);
        return [name, spec.type === 'map' ? textToMap(String(value ?? '')) : value];
      }),
    );
    const step = serviceCallStep(steps, {
      service,
      action,
      params: withKey(service, action, filled, props.keySelection),
      ...(props.principal ? { principal: props.principal } : {}),
    });
    const change = appendStep(step);
    setRejected(change.ok ? undefined : change.detail);
  };

  return (
    <form
      className={styles.serviceForm}
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3 id={`${id}-title`}>
        <code>{action}</code>
      </h3>
      {fields.map(([name, spec]) => (
        <Field
          key={name}
          id={`${id}-${name}`}
          name={name}
          spec={spec}
          value={currentValue(name)}
          choices={choices(name)}
          onChange={(value) => setValues((v) => ({ ...v, [name]: value }))}
        />
      ))}
      <button type="submit" className="button" disabled={loading || missing || props.disabled}>
        <RichText text={t('services.run', { action })} />
      </button>
      {rejected && (
        <p className={styles.serviceRejected} role="alert">
          {t('services.rejected', { detail: '' })}
          <code>{rejected}</code>
        </p>
      )}
    </form>
  );
}

function Field(props: {
  id: string;
  name: string;
  spec: ParamSpec;
  value: ParamValue | undefined;
  choices: string[] | undefined;
  onChange(value: ParamValue | undefined): void;
}) {
  const t = useT();
  const { id, name, spec, value, choices, onChange } = props;
  const label = (
    <label htmlFor={id}>
      <code>{name}</code>
    </label>
  );
  if (choices)
    return (
      <div className={styles.serviceField}>
        {label}
        <select id={id} value={String(value ?? '')} onChange={(e) => onChange(e.target.value)}>
          {choices.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
    );
  switch (spec.type) {
    case 'boolean':
      return (
        <div className={`${styles.serviceField} ${styles.serviceFieldCheck}`}>
          <input
            id={id}
            type="checkbox"
            checked={value === true}
            onChange={(e) => onChange(e.target.checked)}
          />
          {label}
        </div>
      );
    case 'enum':
      return (
        <div className={styles.serviceField}>
          {label}
          <select id={id} value={String(value ?? spec.values[0])} onChange={(e) => onChange(e.target.value)}>
            {spec.values.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </div>
      );
    case 'integer':
      return (
        <div className={styles.serviceField}>
          {label}
          <input
            id={id}
            type="number"
            min={spec.min}
            max={spec.max}
            value={typeof value === 'number' ? value : ''}
            onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
          />
        </div>
      );
    case 'map':
      return (
        <div className={styles.serviceField}>
          {label}
          <textarea
            id={id}
            rows={3}
            aria-describedby={`${id}-hint`}
            value={String(value ?? '')}
            onChange={(e) => onChange(e.target.value)}
          />
          <small id={`${id}-hint`}>
            <RichText text={t('services.mapHint')} />
          </small>
        </div>
      );
    default:
      return (
        <div className={styles.serviceField}>
          {label}
          {LONG.includes(name) ? (
            <textarea
              id={id}
              rows={2}
              value={String(value ?? '')}
              onChange={(e) => onChange(e.target.value)}
            />
          ) : (
            <input
              id={id}
              type="text"
              value={String(value ?? '')}
              onChange={(e) => onChange(e.target.value)}
            />
          )}
        </div>
      );
  }
}
