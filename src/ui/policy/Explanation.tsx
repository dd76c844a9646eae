import { useId } from 'react';
import type { AuthorizationResult, ElementMatch } from '../../kms/policy';
import { variant } from '../shell/cssModule';
import { RichText } from '../shell/RichText';
import { ScrollRegion } from '../shell/ScrollRegion';
import { useT } from '../shell/useT';
import { type DocumentView, explanationView, type GrantRow, type StatementRow } from './explanation';
import { PrincipalName, Verdict } from './labels';
import styles from './policy.module.css';

const list = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(', ');

function ElementCell({
  match,
  implicit,
}: {
  match: ElementMatch | StatementRow['principal'];
  implicit?: string;
}) {
  const t = useT();
  const label = t(match.matched ? 'policy.explain.matched' : 'policy.explain.notMatched');
  const entry = 'patterns' in match ? (match.entry ?? match.patterns[0]) : match.entry;
  return (
    <td>
      <Verdict ok={match.matched} label={label} />
      <div className={styles.explainEntry}>
        {implicit ? implicit : entry !== undefined ? <code>{entry}</code> : null}
        {'patterns' in match && match.element.startsWith('Not') && <code> ({match.element})</code>}
      </div>
    </td>
  );
}

function StatementTable({ document }: { document: DocumentView }) {
  const t = useT();
  const id = useId();
  const title =
    document.source.kind === 'key-policy'
      ? t('policy.explain.keyPolicy')
      : t('policy.explain.identityPolicy', { name: document.source.name });
  return (
    <ScrollRegion labelledBy={id} className={styles.explainDocument}>
      <table className={styles.policyTable}>
        <caption id={id}>
          <RichText text={`${title} — ${t(`policy.explain.outcome.${document.verdict}`)}`} />
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <RichText text={t('policy.explain.columns.statement')} />
            </th>
            <th scope="col">
              <RichText text={t('policy.explain.columns.principal')} />
            </th>
            <th scope="col">
              <RichText text={t('policy.explain.columns.action')} />
            </th>
            <th scope="col">
              <RichText text={t('policy.explain.columns.resource')} />
            </th>
            <th scope="col">
              <RichText text={t('policy.explain.columns.condition')} />
            </th>
            <th scope="col">{t('policy.explain.columns.result')}</th>
          </tr>
        </thead>
        <tbody>
          {!document.parsed && (
            <tr>
              <td colSpan={6}>{t('policy.explain.notParsed')}</td>
            </tr>
          )}
          {document.parsed && document.statements.length === 0 && (
            <tr>
              <td colSpan={6}>{t('policy.explain.noStatements')}</td>
            </tr>
          )}
          {document.statements.map((s) => (
            <tr key={s.id} className={variant(styles, 'explainRow', s.role)}>
              <th scope="row">
                {s.sid ? <code>{s.sid}</code> : t('policy.explain.statementIndex', { index: s.index + 1 })}
                <span className={styles.explainEffect}>
                  <RichText text={t('policy.explain.columns.effect')} />: <code>{s.effect ?? '—'}</code>
                </span>
                {s.role !== 'none' && (
                  <span className={`${styles.explainRole} ${variant(styles, 'explainRole', s.role)}`}>
                    {t(`policy.explain.role.${s.role}`)}
                  </span>
                )}
              </th>
              {s.principal.element === 'implicit' ? (
                <ElementCell match={s.principal} implicit={t('policy.explain.implicitPrincipal')} />
              ) : (
                <ElementCell match={s.principal} />
              )}
              <ElementCell match={s.action} />
              <ElementCell match={s.resource} />
              <td>
                {s.conditions.length === 0 ? (
                  t('policy.explain.noCondition')
                ) : (
                  <ul className={styles.explainConditions}>
                    {s.conditions.map((c) => (
                      <li key={`${c.operator}/${c.key}`}>
                        <Verdict
                          ok={c.matched}
                          label={t(c.matched ? 'policy.explain.matched' : 'policy.explain.notMatched')}
                        />{' '}
                        <code>{c.operator}</code> <code>{c.key}</code>
                        <div className={styles.explainValues}>
                          <RichText
                            text={t('policy.explain.policyValues', { values: list(c.policyValues) })}
                          />
                          <br />
                          {c.requestValue === undefined ? (
                            t('policy.explain.requestMissing')
                          ) : (
                            <RichText
                              text={t('policy.explain.requestValue', { value: `\`${c.requestValue}\`` })}
                            />
                          )}
                          <br />
                          <RichText text={t(`policy.explain.reason.${c.reason}`)} />
                        </div>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                <strong>
                  <RichText text={t(`policy.explain.outcome.${s.outcome}`)} />
                </strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function constraintText(t: ReturnType<typeof useT>, c: GrantRow['constraints'][number]): string {
  if (!c.applicable) return t('policy.explain.constraintNotApplicable', { type: c.type });
  if (c.matched) return t('policy.explain.constraintOk', { type: c.type });
  const none = t('policy.explain.none');
  const keys = (k: readonly string[]) => (k.length > 0 ? k.join(', ') : none);
  return t('policy.explain.constraintFailed', {
    type: c.type,
    missing: keys(c.missingKeys),
    mismatched: keys(c.mismatchedKeys),
    unexpected: keys(c.unexpectedKeys),
  });
}

function GrantsTable({ grants }: { grants: readonly GrantRow[] }) {
  const t = useT();
  if (grants.length === 0) return <p>{t('policy.explain.noGrants')}</p>;
  return (
    <table className={styles.policyTable}>
      <caption>{t('policy.explain.grants')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('policy.explain.grantColumns.grant')}</th>
          <th scope="col">{t('policy.explain.grantColumns.grantee')}</th>
          <th scope="col">{t('policy.explain.grantColumns.operation')}</th>
          <th scope="col">{t('policy.explain.grantColumns.constraints')}</th>
          <th scope="col">{t('policy.explain.grantColumns.result')}</th>
        </tr>
      </thead>
      <tbody>
        {grants.map((g) => (
          <tr key={g.id} className={variant(styles, 'explainRow', g.role)}>
            <th scope="row">
              <code>{g.name ?? g.id.slice('grant:'.length, 'grant:'.length + 12)}</code>
              {g.role !== 'none' && (
                <span className={`${styles.explainRole} ${variant(styles, 'explainRole', g.role)}`}>
                  {t(`policy.explain.role.${g.role}`)}
                </span>
              )}
            </th>
            <td>
              <Verdict
                ok={g.granteeMatched}
                label={t(g.granteeMatched ? 'policy.explain.matched' : 'policy.explain.notMatched')}
              />
              <div className={styles.explainEntry}>
                <PrincipalName arn={g.grantee} />
              </div>
            </td>
            <td>
              <Verdict
                ok={g.operationMatched}
                label={t(g.operationMatched ? 'policy.explain.matched' : 'policy.explain.notMatched')}
              />
              {g.grantOperation && (
                <div className={styles.explainEntry}>
                  <code>{g.grantOperation}</code>
                </div>
              )}
            </td>
            <td>
              {g.constraints.length === 0
                ? t('policy.explain.none')
                : g.constraints.map((c) => (
                    <div key={c.type}>
                      <Verdict ok={c.matched} label={constraintText(t, c)} />
                    </div>
                  ))}
            </td>
            <td>
              <strong>
                {t(g.applies ? 'policy.explain.grantApplies' : 'policy.explain.grantNotApplies')}
              </strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The full explanation of one decision: summary, the three paths, every statement and every grant. */
export function Explanation({ result }: { result: AuthorizationResult }) {
  const t = useT();
  const pathsId = useId();
  const view = explanationView(result);
  return (
    <div className="explain">
      <p
        className={`${styles.explainSummary} ${view.allowed ? styles.explainSummaryYes : styles.explainSummaryNo}`}
      >
        <Verdict ok={view.allowed} label={t(`policy.explain.decision.${view.decision}`)} />{' '}
        <RichText text={t(`policy.explain.summary.${view.summary}`)} />
      </p>
      {view.paths.length > 0 && (
        <section aria-labelledby={pathsId}>
          <h4 id={pathsId}>{t('policy.explain.paths')}</h4>
          <ol className={styles.paths}>
            {view.paths.map((p) => (
              <li
                key={p.path}
                className={`${styles.path} ${p.decided ? styles.pathTaken : ''} ${p.overridden ? styles.pathOverridden : ''}`}
              >
                <span className={styles.pathName}>{t(`policy.explain.path.${p.path}`)}</span>
                <span className={styles.pathState}>
                  {p.decided ? (
                    t('policy.explain.pathTaken')
                  ) : p.overridden ? (
                    <RichText text={t('policy.explain.pathOverridden')} />
                  ) : (
                    t(p.complete ? 'policy.explain.pathOpen' : 'policy.explain.pathMissing')
                  )}
                </span>
                <ul className={styles.pathPieces}>
                  {p.pieces.map((piece) => (
                    <li key={piece.piece}>
                      <Verdict
                        ok={piece.present}
                        label={t(piece.present ? 'policy.explain.present' : 'policy.explain.absent')}
                      />{' '}
                      {t(`policy.explain.piece.${piece.piece}`)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      )}
      <h4>{t('policy.explain.documents')}</h4>
      {view.documents.map((d) => (
        <StatementTable key={d.id} document={d} />
      ))}
      {!result.basis.iamOnly && <GrantsTable grants={view.grants} />}
    </div>
  );
}
