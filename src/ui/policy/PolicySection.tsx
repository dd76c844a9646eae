import { m } from 'framer-motion';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { World } from '../../kms';
import { castOf, castSteps } from '../../scenario/cast';
import type { StepView } from '../../scenario/replay';
import { callerFor, useActor } from '../../state/actor';
import { updateFragment, useFragmentParam } from '../../state/location';
import { scenarioStore } from '../../state/scenario';
import { ActingAs } from '../cast/ActingAs';
import { useEntrances } from '../shell/Animations';
import { useT } from '../shell/useT';
import { AccessPanel, ExplanationCard, whatIfForCall } from './AccessPanel';
import { DeniedCallout } from './DeniedCallout';
import { deniedCallOf } from './deniedCall';
import type { PolicyFacts } from './facts';
import { GrantsPanel } from './GrantsPanel';
import { IamPanel } from './IamPanel';
import { KeyPolicyPanel } from './KeyPolicyPanel';
import styles from './policy.module.css';
import { type PolicyWorldState, usePolicyWorld } from './usePolicyWorld';

const TABS = ['access', 'keyPolicy', 'iam', 'grants'] as const;
type Tab = (typeof TABS)[number];

/** Key policies, IAM policies and grants: who may do what, why, and what would fix a denial. */
export default function PolicySection() {
  const t = useT();
  const entrances = useEntrances();
  const id = useId();
  const state = usePolicyWorld();
  return (
    <m.article
      className={`section ${styles.policy}`}
      aria-labelledby={`${id}-title`}
      aria-busy={state.stale || !state.world}
      initial={entrances ? { opacity: 0, y: 8 } : false}
      animate={{ opacity: 1, y: 0 }}
      transition={{ duration: 0.25 }}
    >
      <header className={styles.policyHeader}>
        <h1 id={`${id}-title`}>{t('policy.title')}</h1>
        <p className={styles.policyLead}>{t('policy.lead')}</p>
      </header>
      {state.view && state.world && state.facts ? (
        <PolicyLab {...state} view={state.view} world={state.world} facts={state.facts} />
      ) : (
        <p className="section-loading" role="status">
          {t('policy.loading')}
        </p>
      )}
    </m.article>
  );
}

function PolicyLab({
  scenario,
  view,
  facts,
  world,
  stale,
}: PolicyWorldState & {
  view: StepView;
  world: World;
  facts: PolicyFacts;
}) {
  const t = useT();
  const id = useId();
  const settings = scenario.settings;
  const actor = useActor((s) => s);
  const explainId = useFragmentParam('explain');
  const [tab, setTab] = useState<Tab>('access');
  const [chosenKey, setChosenKey] = useState<string>();
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({
    access: null,
    keyPolicy: null,
    iam: null,
    grants: null,
  });

  // A link to the explanation of a step's call: show that step.
  useEffect(() => {
    if (!explainId) return;
    const index = scenarioStore.getState().scenario.steps.findIndex((s) => s.id === explainId);
    if (index >= 0 && scenarioStore.getState().cursor !== index) scenarioStore.getState().goTo(index);
    setTab('access');
  }, [explainId]);

  const cast = castOf(settings.accountId, settings.region);
  const actorMember = cast.find((member) => member.id === actor.member) ?? cast[0];
  const actorCaller = callerFor(actor, settings);
  const actorInfo = { arn: actorMember?.arn ?? '', ...(actorCaller ? { caller: actorCaller } : {}) };

  const keys = view.keys;
  const customerKeys = keys.filter((k) => k.metadata.KeyManager === 'CUSTOMER');
  const denied = deniedCallOf(view);
  const explained = denied && denied.stepId === explainId ? denied : undefined;
  const keyArn =
    (explained && keys.some((k) => k.metadata.Arn === explained.resourceArn)
      ? explained.resourceArn
      : undefined) ??
    (chosenKey && keys.some((k) => k.metadata.Arn === chosenKey) ? chosenKey : undefined) ??
    customerKeys[customerKeys.length - 1]?.metadata.Arn ??
    keys[0]?.metadata.Arn;
  const castPresent = cast.every((member) => view.principals.some((p) => p.arn === member.arn));

  const setUp = () => {
    const { appendStep } = scenarioStore.getState();
    const present = new Set(view.principals.flatMap((p) => p.policies.map((x) => `${p.arn}/${x.name}`)));
    for (const step of castSteps(settings.accountId, settings.region)) {
      if (present.has(`${step.principal}/${step.policyName}`)) continue;
      const { id: _ignored, ...withoutId } = step;
      if (!appendStep(withoutId).ok) return;
    }
    if (customerKeys.length === 0)
      appendStep({ kind: 'kms.call', op: 'CreateKey', request: { Description: 'KMS Lab policy key' } });
  };

  const onTabKey = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const target =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? TABS.length - 1
          : step
            ? (index + step + TABS.length) % TABS.length
            : -1;
    if (target < 0) return;
    event.preventDefault();
    const next = TABS[target] as Tab;
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  const recorded = explained && whatIfForCall(world, explained);

  return (
    <>
      <div className={styles.policyToolbar}>
        <ActingAs />
        {keys.length > 0 && (
          <label className={styles.field}>
            <span>{t('policy.keyPicker.label')}</span>
            <select value={keyArn} onChange={(e) => setChosenKey(e.target.value)}>
              {keys.map((k) => (
                <option key={k.metadata.Arn} value={k.metadata.Arn}>
                  {`${k.aliases[0] ?? k.metadata.KeyId}${
                    k.metadata.KeyManager === 'AWS' ? ` (${t('policy.keyPicker.awsManaged')})` : ''
                  }`}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {stale && (
        <p className={styles.policyStale} role="status">
          {t('policy.loading')}
        </p>
      )}
      {(!castPresent || customerKeys.length === 0) && (
        <section className={styles.setup} aria-labelledby={`${id}-setup`}>
          <h2 id={`${id}-setup`}>{t('policy.setup.title')}</h2>
          <p>{castPresent ? t('policy.setup.noKeyBody') : t('policy.setup.body')}</p>
          <button type="button" className="button" onClick={setUp}>
            {castPresent ? t('policy.setup.addKey') : t('policy.setup.button')}
          </button>
        </section>
      )}
      {!explained && <DeniedCallout view={view} />}
      {explained && keyArn && (
        <ExplanationCard
          principal={explained.principal}
          operation={explained.operation}
          result={explained.result}
          {...(recorded ? { request: recorded.request } : {})}
          recorded={{
            stepNumber: explained.index + 1,
            errorName: explained.errorName,
            message: explained.message,
          }}
          keyArn={explained.resourceArn}
          settings={settings}
          onClose={() => updateFragment({ explain: null })}
        />
      )}
      {keyArn && (
        <>
          <div className={styles.tabs} role="tablist" aria-label={t('policy.tabs.label')}>
            {TABS.map((name, index) => (
              <button
                key={name}
                ref={(el) => {
                  tabRefs.current[name] = el;
                }}
                type="button"
                role="tab"
                id={`${id}-tab-${name}`}
                aria-selected={tab === name}
                aria-controls={`${id}-panel-${name}`}
                tabIndex={tab === name ? 0 : -1}
                className={styles.tab}
                onClick={() => setTab(name)}
                onKeyDown={(e) => onTabKey(e, index)}
              >
                {t(`policy.tabs.${name}`)}
              </button>
            ))}
          </div>
          <div
            className={styles.tabPanel}
            role="tabpanel"
            id={`${id}-panel-${tab}`}
            aria-labelledby={`${id}-tab-${tab}`}
          >
            {tab === 'access' && <AccessPanel world={world} keyArn={keyArn} settings={settings} />}
            {tab === 'keyPolicy' && (
              <KeyPolicyPanel
                key={keyArn}
                world={world}
                keyArn={keyArn}
                current={facts.keyPolicies[keyArn]}
                settings={settings}
                actor={actorInfo}
              />
            )}
            {tab === 'iam' && (
              <IamPanel world={world} principals={view.principals} keyArn={keyArn} settings={settings} />
            )}
            {tab === 'grants' && (
              <GrantsPanel keyArn={keyArn} grants={facts.grants} settings={settings} actor={actorInfo} />
            )}
          </div>
        </>
      )}
    </>
  );
}
