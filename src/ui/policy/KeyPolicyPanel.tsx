import { useId, useState } from 'react';
import type { World } from '../../kms';
import { principalExists } from '../../kms/callers';
import {
  apiDefaultKeyPolicy,
  consoleDefaultKeyPolicy,
  crossAccountKeyPolicy,
  encryptionContextKeyPolicy,
  type PolicyProblem,
  serviceOnlyKeyPolicy,
  wouldLockOut,
} from '../../kms/policy';
import { identityArn } from '../../kms/policy/principal';
import { castMember, PARTNER_ACCOUNT_ID, viaServiceOf } from '../../scenario/cast';
import type { ScenarioSettings } from '../../scenario/schema';
import type { Caller } from '../../scenario/steps/fields';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { principalShortName } from './labels';
import { PolicyEditor, type PolicyTemplate } from './PolicyEditor';
import styles from './policy.module.css';
import { putKeyPolicyStep } from './steps';
import { useStepOutcome } from './useStepOutcome';

/** The key policy: the current document, and the editor that saves it with PutKeyPolicy as the actor. */
export function KeyPolicyPanel(props: {
  world: World;
  keyArn: string;
  current: string | undefined;
  settings: ScenarioSettings;
  actor: { arn: string; caller?: Caller };
}) {
  const t = useT();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [outcome, append] = useStepOutcome();
  const { settings, world } = props;
  const keyAccount = props.keyArn.split(':')[4] ?? settings.accountId;
  const member = (m: Parameters<typeof castMember>[0]) =>
    castMember(m, settings.accountId, settings.region).arn;
  const templates: PolicyTemplate[] = [
    {
      id: 'default',
      label: t('policy.editor.template.default'),
      document: () => apiDefaultKeyPolicy(keyAccount),
    },
    {
      id: 'console',
      label: t('policy.editor.template.console'),
      document: () =>
        consoleDefaultKeyPolicy({
          accountId: keyAccount,
          keyAdministrators: [member('admin')],
          keyUsers: [member('dev'), member('app')],
        }),
    },
    {
      id: 'cross-account',
      label: t('policy.editor.template.crossAccount'),
      document: () =>
        crossAccountKeyPolicy({ accountId: keyAccount, externalAccounts: [PARTNER_ACCOUNT_ID] }),
    },
    {
      id: 'encryption-context',
      label: t('policy.editor.template.encryptionContext'),
      document: () =>
        encryptionContextKeyPolicy({
          accountId: keyAccount,
          principals: [member('app')],
          encryptionContext: { project: 'alpha' },
        }),
    },
    {
      id: 'service-only',
      label: t('policy.editor.template.serviceOnly'),
      document: () =>
        serviceOnlyKeyPolicy({
          accountId: keyAccount,
          principals: [member('dev')],
          viaService: viaServiceOf('s3', settings.region) ?? '',
        }),
    },
  ];
  const actorName = `\`${principalShortName(props.actor.arn)}\``;
  // Only for documents KMS would otherwise accept: a malformed one fails before the lockout check.
  const lockoutWarning = (draft: string, problems: readonly PolicyProblem[]) => {
    if (problems.some((p) => p.severity === 'error')) return undefined;
    const policies = Object.entries(world.principals[identityArn(props.actor.arn)]?.policies ?? {}).map(
      ([name, document]) => ({ name, document }),
    );
    const account = props.actor.arn.split(':')[4] ?? settings.accountId;
    return wouldLockOut(draft, props.actor.arn, account, policies, { keyArn: props.keyArn })
      ? t('policy.editor.lockout', { principal: actorName })
      : undefined;
  };

  return (
    <section className="key-policy" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        <RichText text={t('policy.editor.keyHeading', { key: `\`${props.keyArn}\`` })} />
      </h2>
      {props.current === undefined ? (
        <p className={`${styles.notice} ${styles.noticeWarning}`}>
          <RichText text={t('policy.editor.unreadable')} />
        </p>
      ) : editing ? (
        <PolicyEditor
          draftId={`key:${props.keyArn}`}
          heading={t('policy.editor.keyHeading', { key: `\`${props.keyArn.split('/').pop()}\`` })}
          current={props.current}
          kind="key"
          principalExists={(arn) => principalExists(world, arn)}
          templates={templates}
          warning={lockoutWarning}
          saveLabel={t('policy.editor.save', { principal: actorName })}
          onSave={(draft) => append([putKeyPolicyStep(props.keyArn, draft, props.actor.caller)])}
          outcome={outcome}
          onClose={() => setEditing(false)}
        />
      ) : (
        <>
          <h3>{t('policy.editor.current')}</h3>
          <pre className={styles.policyDocument} data-testid="policy-document">
            {props.current}
          </pre>
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('policy.editor.open')}
          </button>
        </>
      )}
    </section>
  );
}
