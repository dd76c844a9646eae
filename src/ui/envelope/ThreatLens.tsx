import { useId, useState } from 'react';
import type { StepView } from '../../scenario/replay';
import { useScenario } from '../../state/scenario';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { groupedHex } from './bytes';
import { LockIcon, Note } from './common';
import { type FlowSteps, flowAt } from './flow';
import { generatedDataKey } from './GenerateStage';
import styles from './studio.module.css';
import { usePeekView, useView } from './studioState';
import {
  dataKeyLifetime,
  exposure,
  LOOT,
  type Loot,
  PUBLIC_BY_DESIGN,
  SECRETS,
  type Secret,
} from './threats';

/** The real values of the flow, for the rows the attacker can read (undefined: not produced yet). */
function useFlowValues(flow: FlowSteps, view: StepView): Partial<Record<Secret, string>> {
  const steps = useScenario((s) => s.scenario.steps);
  const generateView = usePeekView(
    flow.generate !== undefined && flow.generate <= view.index ? flow.generate : undefined,
  );
  const generated = generateView && generatedDataKey(generateView);
  const dataKey = view.client.dataKeys[flow.dataKey];
  const envelope = Object.values(view.client.envelopes).find((e) => e.dataKey === flow.dataKey);
  const encrypt = flow.encrypt === undefined ? undefined : steps[flow.encrypt];
  const out: Partial<Record<Secret, string>> = {};
  if (envelope && encrypt?.kind === 'envelope.encrypt')
    out.data = encrypt.text ?? `${encrypt.file?.name ?? ''} (${encrypt.file?.size ?? 0} B)`;
  if (generated) out.dataKey = groupedHex(generated.plaintext);
  if (dataKey) {
    out.encryptedDataKey = groupedHex(dataKey.ciphertextBlob);
    out.keyArn = dataKey.keyId;
    out.encryptionContext = Object.entries(envelope?.encryptionContext ?? dataKey.encryptionContext)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ');
  }
  return out;
}

function Lifetime({ flow }: { flow: FlowSteps }) {
  const t = useT();
  const generated = usePeekView(flow.generate);
  const discarded = usePeekView(flow.discard);
  if (!generated) return null;
  const life = dataKeyLifetime(generated, discarded && { index: discarded.index, now: discarded.now });
  const time = (iso: string) => iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  return (
    <section className="lifetime" aria-labelledby="lifetime-title">
      <h3 id="lifetime-title">{t('envelope.threats.lifetimeTitle')}</h3>
      <p>
        <RichText
          text={`${t('envelope.threats.generated', { step: life.generatedAt.step, time: time(life.generatedAt.time) })} ${
            life.discardedAt
              ? t('envelope.threats.discarded', {
                  step: life.discardedAt.step,
                  time: time(life.discardedAt.time),
                  steps: life.steps ?? 0,
                  seconds: (life.ms ?? 0) / 1000,
                })
              : t('envelope.threats.neverDiscarded')
          }`}
        />
      </p>
      <Note>{t('envelope.threats.lifetimeNote')}</Note>
    </section>
  );
}

/** Threat lens: what an attacker can read, given what they obtained. */
export function ThreatLens() {
  const t = useT();
  const id = useId();
  const view = useView();
  const steps = useScenario((s) => s.scenario.steps);
  const [loot, setLoot] = useState<ReadonlySet<Loot>>(new Set(['envelope']));
  const flow = view ? flowAt(steps, view.index) : undefined;
  return (
    <section className={styles.threats} aria-labelledby="threats-title">
      <h2 id="threats-title">{t('envelope.threats.title')}</h2>
      <p>{t('envelope.threats.lead')}</p>
      <fieldset className={styles.loot}>
        <legend>{t('envelope.threats.obtained')}</legend>
        {LOOT.map((item) => (
          <label key={item} className={styles.check}>
            <input
              type="checkbox"
              checked={loot.has(item)}
              onChange={(event) => {
                const next = new Set(loot);
                if (event.currentTarget.checked) next.add(item);
                else next.delete(item);
                setLoot(next);
              }}
            />
            <span>{t(`envelope.threats.loot.${item}`)}</span>
          </label>
        ))}
      </fieldset>
      {view && flow ? (
        <Exposure loot={loot} flow={flow} view={view} captionId={id} />
      ) : (
        <Note>{t('envelope.flow.none')}</Note>
      )}
      {flow && <Lifetime flow={flow} />}
    </section>
  );
}

function Exposure({
  loot,
  flow,
  view,
  captionId,
}: {
  loot: ReadonlySet<Loot>;
  flow: FlowSteps;
  view: StepView;
  captionId: string;
}) {
  const t = useT();
  const values = useFlowValues(flow, view);
  const exposed = exposure(loot);
  return (
    <table className={styles.exposure} aria-describedby={captionId}>
      <caption id={captionId}>{t('envelope.threats.caption', { step: view.index + 1 })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('envelope.threats.value')}</th>
          <th scope="col">{t('envelope.threats.readable')}</th>
          <th scope="col">{t('envelope.threats.what')}</th>
        </tr>
      </thead>
      <tbody>
        {SECRETS.map((secret) => {
          const { readable, via } = exposed[secret];
          const value = values[secret];
          const publicByDesign = PUBLIC_BY_DESIGN.has(secret);
          return (
            <tr
              key={secret}
              className={readable ? (publicByDesign ? styles.isPublic : styles.isExposed) : styles.isSafe}
            >
              <th scope="row">{t(`envelope.threats.secret.${secret}`)}</th>
              <td>
                <span className={styles.verdict}>
                  <LockIcon open={readable} />{' '}
                  {readable
                    ? t(publicByDesign ? 'envelope.threats.public' : 'envelope.threats.yes', {
                        via: via.map((v) => t(`envelope.threats.loot.${v}`)).join(' + '),
                      })
                    : t('envelope.threats.no')}
                </span>
              </td>
              <td>
                {secret === 'backingKey' ? (
                  t('envelope.threats.backingKey')
                ) : readable && value !== undefined ? (
                  <code className={styles.exposedValue}>{value}</code>
                ) : readable ? (
                  t('envelope.threats.notYet')
                ) : (
                  <span className={styles.redacted}>{t('envelope.threats.hidden')}</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
