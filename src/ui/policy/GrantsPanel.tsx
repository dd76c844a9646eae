import { useId, useState } from 'react';
import type { GrantListEntry } from '../../kms';
import { ENCRYPTION_CONTEXT_GRANT_OPERATIONS, GRANT_OPERATIONS } from '../../kms/policy';
import { castOf } from '../../scenario/cast';
import type { ScenarioSettings } from '../../scenario/schema';
import type { Caller } from '../../scenario/steps/fields';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { PrincipalName, principalShortName } from './labels';
import { parsePairs } from './pairs';
import styles from './policy.module.css';
import { createGrantStep, retireGrantStep, revokeGrantStep } from './steps';
import { useStepOutcome } from './useStepOutcome';

/** Grant operations a symmetric encryption key supports (the rest are for asymmetric or HMAC keys). */
const SYMMETRIC_OPERATIONS = GRANT_OPERATIONS.filter((op) =>
  [...ENCRYPTION_CONTEXT_GRANT_OPERATIONS, 'DescribeKey', 'CreateGrant', 'RetireGrant'].includes(op),
).filter((op) => !op.startsWith('GenerateDataKeyPair'));

type ConstraintType = '' | 'EncryptionContextEquals' | 'EncryptionContextSubset';

/** Create, list, retire and revoke grants, each as a `kms.call` step made as the actor. */
export function GrantsPanel(props: {
  keyArn: string;
  grants: readonly GrantListEntry[];
  settings: ScenarioSettings;
  actor: { arn: string; caller?: Caller };
}) {
  const t = useT();
  const id = useId();
  const cast = castOf(props.settings.accountId, props.settings.region);
  const [grantee, setGrantee] = useState(cast[1]?.arn ?? '');
  const [operations, setOperations] = useState<string[]>(['Decrypt']);
  const [constraint, setConstraint] = useState<ConstraintType>('');
  const [pairsText, setPairsText] = useState('');
  const [retiring, setRetiring] = useState('');
  const [name, setName] = useState('');
  const [outcome, append] = useStepOutcome();
  const pairs = parsePairs(pairsText);
  const actorName = `\`${principalShortName(props.actor.arn)}\``;
  const valid = operations.length > 0 && (constraint === '' || pairs !== undefined);
  const grants = props.grants.filter((g) => g.KeyId === props.keyArn);

  return (
    <section className="grants" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('policy.grants.heading')}</h2>
      <p className={styles.policyLead}>{t('policy.grants.lead')}</p>
      <form
        className={styles.grantForm}
        aria-labelledby={`${id}-create`}
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid) return;
          append([
            createGrantStep(
              props.keyArn,
              {
                granteePrincipal: grantee,
                operations,
                ...(retiring ? { retiringPrincipal: retiring } : {}),
                ...(name.trim() ? { name: name.trim() } : {}),
                ...(constraint && pairs ? { constraint: { type: constraint, pairs } } : {}),
              },
              props.actor.caller,
            ),
          ]);
        }}
      >
        <h3 id={`${id}-create`}>{t('policy.grants.create')}</h3>
        <label className={styles.field}>
          <span>{t('policy.grants.grantee')}</span>
          <select value={grantee} onChange={(e) => setGrantee(e.target.value)}>
            {cast.map((m) => (
              <option key={m.id} value={m.arn}>
                {`${m.kind}/${m.name} (${m.accountId})`}
              </option>
            ))}
          </select>
        </label>
        <fieldset className={styles.grantFormOperations}>
          <legend>{t('policy.grants.operations')}</legend>
          {SYMMETRIC_OPERATIONS.map((op) => (
            <label key={op} className={styles.check}>
              <input
                type="checkbox"
                checked={operations.includes(op)}
                onChange={(e) =>
                  setOperations((all) => (e.target.checked ? [...all, op] : all.filter((x) => x !== op)))
                }
              />
              <code>{op}</code>
            </label>
          ))}
          {operations.length === 0 && <p className={styles.fieldHint}>{t('policy.grants.needsOperation')}</p>}
        </fieldset>
        <fieldset className="grant-form__constraint">
          <legend>{t('policy.grants.constraint')}</legend>
          {(['', 'EncryptionContextEquals', 'EncryptionContextSubset'] as const).map((c) => (
            <label key={c} className={styles.check}>
              <input
                type="radio"
                name={`${id}-constraint`}
                checked={constraint === c}
                onChange={() => setConstraint(c)}
              />
              {c === '' ? t('policy.grants.constraintNone') : <code>{c}</code>}
            </label>
          ))}
          {constraint !== '' && (
            <label className={`${styles.field} ${styles.fieldWide}`}>
              <span>{t('policy.grants.pairs')}</span>
              <input
                type="text"
                value={pairsText}
                spellCheck={false}
                aria-invalid={pairs === undefined}
                onChange={(e) => setPairsText(e.target.value)}
              />
            </label>
          )}
        </fieldset>
        <label className={styles.field}>
          <span>{t('policy.grants.retiring')}</span>
          <select value={retiring} onChange={(e) => setRetiring(e.target.value)}>
            <option value="">{t('policy.grants.retiringNone')}</option>
            {cast.map((m) => (
              <option key={m.id} value={m.arn}>
                {`${m.kind}/${m.name} (${m.accountId})`}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          <span>{t('policy.grants.name')}</span>
          <input type="text" value={name} spellCheck={false} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={!valid}>
          <RichText text={t('policy.grants.submit', { principal: actorName })} />
        </button>
      </form>
      {outcome && !outcome.ok && (
        <p className={`${styles.notice} ${styles.noticeError}`} role="alert">
          <RichText
            text={t('policy.stepFailed', {
              step: outcome.stepNumber,
              name: outcome.errorName ?? '',
              message: outcome.message ?? '',
            })}
          />
        </p>
      )}
      <table className={styles.policyTable}>
        <caption>
          <RichText text={t('policy.grants.caption', { key: `\`${props.keyArn}\`` })} />
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('policy.grants.columns.name')}</th>
            <th scope="col">{t('policy.grants.columns.grantee')}</th>
            <th scope="col">{t('policy.grants.columns.operations')}</th>
            <th scope="col">{t('policy.grants.columns.constraints')}</th>
            <th scope="col">{t('policy.grants.columns.retiring')}</th>
            <th scope="col">{t('policy.grants.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {grants.length === 0 && (
            <tr>
              <td colSpan={6}>{t('policy.grants.empty')}</td>
            </tr>
          )}
          {grants.map((g) => {
            const label = g.Name ?? g.GrantId.slice(0, 12);
            return (
              <tr key={g.GrantId}>
                <th scope="row">
                  <code>{label}</code>
                </th>
                <td>
                  <PrincipalName arn={g.GranteePrincipal} />
                </td>
                <td>
                  {g.Operations.map((op) => (
                    <code key={op} className={styles.grantsOp}>
                      {op}
                    </code>
                  ))}
                </td>
                <td>
                  {g.Constraints
                    ? Object.entries(g.Constraints).map(([type, map]) => (
                        <div key={type}>
                          <code>{type}</code>{' '}
                          <code>
                            {Object.entries(map ?? {})
                              .map(([k, v]) => `${k}=${v}`)
                              .join(', ')}
                          </code>
                        </div>
                      ))
                    : t('policy.explain.none')}
                </td>
                <td>
                  {g.RetiringPrincipal ? (
                    <PrincipalName arn={g.RetiringPrincipal} />
                  ) : (
                    t('policy.explain.none')
                  )}
                </td>
                <td className={styles.grantsActions}>
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t('policy.grants.retireLabel', {
                      grant: label,
                      principal: principalShortName(props.actor.arn),
                    })}
                    onClick={() => append([retireGrantStep(props.keyArn, g.GrantId, props.actor.caller)])}
                  >
                    {t('policy.grants.retire')}
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t('policy.grants.revokeLabel', {
                      grant: label,
                      principal: principalShortName(props.actor.arn),
                    })}
                    onClick={() => append([revokeGrantStep(props.keyArn, g.GrantId, props.actor.caller)])}
                  >
                    {t('policy.grants.revoke')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
