import { useId, useState } from 'react';
import type { PrincipalView, World } from '../../kms';
import { principalExists } from '../../kms/callers';
import { crossAccountIdentityPolicy } from '../../kms/policy';
import { castOf } from '../../scenario/cast';
import type { ScenarioSettings } from '../../scenario/schema';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { PrincipalName, principalShortName } from './labels';
import { PolicyEditor, type PolicyTemplate } from './PolicyEditor';
import styles from './policy.module.css';
import { putPrincipalPolicyStep } from './steps';
import { useStepOutcome } from './useStepOutcome';

/** IAM policy names: 1–128 of [\w+=,.@-] (IAM API Reference, PutRolePolicy PolicyName). */
const POLICY_NAME = /^[\w+=,.@-]{1,128}$/;

/** The cast with their inline IAM policies; each policy opens in the editor and saves as a step. */
export function IamPanel(props: {
  world: World;
  principals: readonly PrincipalView[];
  keyArn: string | undefined;
  settings: ScenarioSettings;
}) {
  const t = useT();
  const id = useId();
  const [editing, setEditing] = useState<{ principal: string; name: string }>();
  const [newNames, setNewNames] = useState<Record<string, string>>({});
  const [outcome, append] = useStepOutcome();
  const cast = castOf(props.settings.accountId, props.settings.region);
  const policiesOf = (arn: string) => props.principals.find((p) => p.arn === arn)?.policies;
  const current = editing
    ? (policiesOf(editing.principal)?.find((p) => p.name === editing.name)?.document ?? '')
    : '';
  const templates: PolicyTemplate[] = props.keyArn
    ? [
        {
          id: 'cross-account-identity',
          label: t('policy.editor.template.crossAccountIdentity'),
          document: () => crossAccountIdentityPolicy({ keyArn: props.keyArn as string }),
        },
      ]
    : [];

  return (
    <section className="iam" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('policy.iam.heading')}</h2>
      <p className={styles.policyLead}>
        <RichText text={t('policy.iam.lead')} />
      </p>
      <table className={styles.policyTable}>
        <caption>{t('policy.iam.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('policy.iam.principal')}</th>
            <th scope="col">{t('policy.iam.policies')}</th>
          </tr>
        </thead>
        <tbody>
          {cast.map((m) => {
            const policies = policiesOf(m.arn);
            const newName = newNames[m.arn] ?? '';
            const nameOk = POLICY_NAME.test(newName);
            return (
              <tr key={m.id}>
                <th scope="row">
                  <PrincipalName arn={m.arn} />
                  <p className={styles.iamAbout}>
                    <RichText text={t(`cast.members.${m.id}`)} />
                  </p>
                </th>
                <td>
                  {policies === undefined ? (
                    <p>{t('policy.iam.missing')}</p>
                  ) : (
                    <ul className={styles.iamPolicies}>
                      {policies.length === 0 && <li>{t('policy.iam.none')}</li>}
                      {policies.map((p) => (
                        <li key={p.name}>
                          <button
                            type="button"
                            className="button button--quiet"
                            aria-pressed={editing?.principal === m.arn && editing.name === p.name}
                            onClick={() => setEditing({ principal: m.arn, name: p.name })}
                          >
                            <RichText text={t('policy.iam.edit', { name: p.name })} />
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                  <form
                    className={styles.iamAdd}
                    onSubmit={(e) => {
                      e.preventDefault();
                      if (nameOk) setEditing({ principal: m.arn, name: newName });
                    }}
                  >
                    <label className={styles.field}>
                      <span>{t('policy.editor.newPolicy')}</span>
                      <input
                        type="text"
                        value={newName}
                        spellCheck={false}
                        aria-invalid={newName !== '' && !nameOk}
                        onChange={(e) => setNewNames((all) => ({ ...all, [m.arn]: e.target.value }))}
                      />
                      {newName !== '' && !nameOk && (
                        <span className={styles.fieldHint}>{t('policy.editor.nameInvalid')}</span>
                      )}
                    </label>
                    <button type="submit" className="button button--quiet" disabled={!nameOk}>
                      {t('policy.editor.addPolicy')}
                    </button>
                  </form>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {editing && (
        <PolicyEditor
          key={`${editing.principal}/${editing.name}`}
          draftId={`iam:${editing.principal}:${editing.name}`}
          heading={t('policy.editor.iamHeading', {
            name: editing.name,
            principal: `\`${principalShortName(editing.principal)}\``,
          })}
          current={current}
          kind="identity"
          principalExists={(arn) => principalExists(props.world, arn)}
          templates={templates}
          saveLabel={t('policy.editor.saveIam')}
          canSave={(problems) => problems.every((p) => p.severity !== 'error')}
          blockedMessage={t('policy.editor.blockedIam')}
          onSave={(draft) => append([putPrincipalPolicyStep(editing.principal, editing.name, draft)])}
          outcome={outcome}
          onClose={() => setEditing(undefined)}
        />
      )}
    </section>
  );
}
