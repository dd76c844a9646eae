import { useId, useMemo } from 'react';
import type {
  AuthorizationRequest,
  AuthorizationResult,
  BroadeningWarning,
  PolicyEdit,
} from '../../kms/policy';
import { suggestFixes } from '../../kms/policy';
import { identityArn } from '../../kms/policy/principal';
import type { Caller } from '../../scenario/steps/fields';
import { scenarioStore } from '../../state/scenario';
import { variant } from '../shell/cssModule';
import { RichText } from '../shell/RichText';
import { useT } from '../shell/useT';
import { diffStats, foldUnchanged, policyDiff } from './diff';
import { principalShortName } from './labels';
import styles from './policy.module.css';
import { fixSteps } from './steps';

function Diff({ before, after, caption }: { before: string; after: string; caption: string }) {
  const t = useT();
  const lines = policyDiff(before, after);
  const stats = diffStats(lines);
  return (
    <figure className={styles.diff}>
      <figcaption>
        <RichText text={caption} />{' '}
        <span className={styles.diffStats}>{`+${stats.added} −${stats.removed}`}</span>
      </figcaption>
      <pre className={styles.diffBody}>
        <code>
          {foldUnchanged(lines).map((item, i) =>
            item.kind === 'fold' ? (
              // Diff lines have no identity beyond their position.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <span key={i} className={styles.diffFold}>
                {`… ${t('policy.fixes.unchanged', { count: item.count })}\n`}
              </span>
            ) : (
              <span
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                key={i}
                className={`${styles.diffLine} ${variant(styles, 'diffLine', item.line.kind)}`}
                data-testid="diff-line"
                data-kind={item.line.kind}
              >
                <span className={styles.diffSign} aria-hidden="true">
                  {item.line.kind === 'added' ? '+' : item.line.kind === 'removed' ? '−' : ' '}
                </span>
                {item.line.kind !== 'same' && (
                  <span className="visually-hidden">{`${t(`policy.fixes.${item.line.kind}`)}: `}</span>
                )}
                {item.line.text}
                {'\n'}
              </span>
            ),
          )}
        </code>
      </pre>
    </figure>
  );
}

function warningText(t: ReturnType<typeof useT>, w: BroadeningWarning): string {
  switch (w.code) {
    case 'delegates-to-iam':
      return t('policy.fixes.warning.delegates-to-iam', { account: w.account });
    case 'removes-deny':
      return t('policy.fixes.warning.removes-deny');
    case 'condition-value-added':
      return t('policy.fixes.warning.condition-value-added', { key: w.key, value: w.value });
    case 'allows-other-actions':
      return t('policy.fixes.warning.allows-other-actions', {
        actions: w.actions.map((a) => `\`${a}\``).join(', '),
      });
    case 'allows-other-principals':
      return t('policy.fixes.warning.allows-other-principals', {
        principals: w.principals.map((p) => `\`${p}\``).join(', '),
      });
    case 'allows-other-encryption-context':
      return t('policy.fixes.warning.allows-other-encryption-context');
  }
}

/**
 * "Why not, and what fixes it": the engine's fix suggestions for a denied request (smallest first), each edit
 * as a diff, a warning when it allows more than asked, and one click to apply it as scenario steps.
 */
export function Fixes(props: {
  request: AuthorizationRequest;
  result: AuthorizationResult;
  keyArn: string;
  /** Who changes the key policy (a key administrator of the key's account). */
  keyAdministrator: { arn: string; caller?: Caller };
}) {
  const t = useT();
  const headingId = useId();
  const fixes = useMemo(() => suggestFixes(props.request, props.result), [props.request, props.result]);
  const before = (edit: PolicyEdit) =>
    edit.target === 'key-policy'
      ? (props.request.keyPolicy ?? '')
      : (props.request.identityPolicies.find(
          (p) => edit.target !== 'key-policy' && p.name === edit.target.identityPolicy,
        )?.document ?? '');
  const targetLabel = (edit: PolicyEdit) =>
    edit.target === 'key-policy'
      ? t('policy.fixes.target.keyPolicy', { admin: `\`${principalShortName(props.keyAdministrator.arn)}\`` })
      : t('policy.fixes.target.identity', {
          name: edit.target.identityPolicy,
          principal: `\`${principalShortName(identityArn(props.request.principalArn))}\``,
        });
  const apply = (index: number) => {
    const fix = fixes[index];
    if (!fix) return;
    const { appendStep } = scenarioStore.getState();
    for (const step of fixSteps(fix, {
      keyArn: props.keyArn,
      principal: props.request.principalArn,
      ...(props.keyAdministrator.caller ? { keyAdministrator: props.keyAdministrator.caller } : {}),
    }))
      if (!appendStep(step).ok) break;
  };

  return (
    <section className="fixes" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('policy.fixes.title')}</h4>
      <p className="fixes__lead">{t('policy.fixes.lead')}</p>
      {fixes.length === 0 && <p>{t('policy.fixes.none')}</p>}
      <ol className={styles.fixesList}>
        {fixes.map((fix, i) => (
          <li key={JSON.stringify(fix.edits)} className={styles.fix}>
            <h5 className={styles.fixTitle}>
              <RichText text={t(`policy.fixes.kind.${fix.kind}`)} />
              {fix.edits.length > 1 && (
                <span className={styles.fixSteps}>
                  {t('policy.fixes.steps', { count: fix.edits.length })}
                </span>
              )}
            </h5>
            {fix.broadens ? (
              <div className={styles.fixWarning} role="note">
                <strong>⚠ {t('policy.fixes.broadens')}</strong>
                <ul>
                  {fix.broadens.map((w) => (
                    <li key={JSON.stringify(w)}>
                      <RichText text={warningText(t, w)} />
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className={styles.fixExact}>✓ {t('policy.fixes.exact')}</p>
            )}
            {fix.edits.map((edit) => (
              <Diff
                key={JSON.stringify(edit.target)}
                before={before(edit)}
                after={edit.newDocument}
                caption={t('policy.fixes.diff', { target: targetLabel(edit) })}
              />
            ))}
            <button type="button" className="button" onClick={() => apply(i)}>
              {t('policy.fixes.apply')}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

export { Diff };
