import { useId, useMemo, useState } from 'react';
import type { World } from '../../kms';
import { type AuthorizationRequest, type AuthorizationResult, accessDeniedMessage } from '../../kms/policy';
import { CAST_SERVICES, castOf, viaServiceOf } from '../../scenario/cast';
import type { ScenarioSettings } from '../../scenario/schema';
import { RichText } from '../shell/RichText';
import { ScrollRegion } from '../shell/ScrollRegion';
import { useT } from '../shell/useT';
import { Explanation } from './Explanation';
import { Fixes } from './Fixes';
import { PrincipalName, principalShortName, Verdict } from './labels';
import { accessMatrix, MATRIX_OPERATIONS, type MatrixCell, matrixTotals } from './matrix';
import { parsePairs } from './pairs';
import styles from './policy.module.css';
import { operationNamed, operations } from './usePolicyWorld';
import { whatIf } from './whatIf';

/** Who changes a key's policy when a fix needs it: the Admin role of the key's account. */
export function keyAdministratorOf(keyArn: string, settings: Pick<ScenarioSettings, 'accountId'>) {
  const account = keyArn.split(':')[4] ?? settings.accountId;
  const arn = `arn:aws:iam::${account}:role/Admin`;
  // The scenario's own Admin is the engine's default caller: steps leave it out.
  return account === settings.accountId ? { arn } : { arn, caller: { principal: arn } };
}

/** An explanation with its heading, the answer KMS gives, and (when denied) the fixes. */
export function ExplanationCard(props: {
  principal: string;
  operation: string;
  result: AuthorizationResult;
  /** For fixes and the AWS message; absent when not known. */
  request?: AuthorizationRequest;
  /** The real error of a recorded call. */
  recorded?: { stepNumber: number; errorName: string; message: string };
  keyArn: string;
  settings: ScenarioSettings;
  onClose?: () => void;
}) {
  const t = useT();
  const id = useId();
  const message =
    props.recorded?.message ??
    (props.request && !props.result.allowed ? accessDeniedMessage(props.request, props.result) : undefined);
  return (
    <section className={styles.explainCard} aria-labelledby={id} tabIndex={-1}>
      <div className={styles.explainCardHead}>
        <h3 id={id}>
          <RichText
            text={t('policy.explain.heading', {
              operation: `\`${props.operation}\``,
              principal: `\`${principalShortName(props.principal)}\``,
            })}
          />
        </h3>
        {props.onClose && (
          <button type="button" className="button button--quiet" onClick={props.onClose}>
            {t('policy.explain.close')}
          </button>
        )}
      </div>
      <p className={styles.explainCardSource}>
        {props.recorded
          ? t('policy.explain.fromStep', { step: props.recorded.stepNumber })
          : t('policy.explain.whatIf')}
      </p>
      {message !== undefined && (
        <div className={styles.awsError}>
          <span className={styles.awsErrorLabel}>{t('policy.explain.awsAnswer')}</span>
          <code className={styles.awsErrorName}>{props.recorded?.errorName ?? 'AccessDeniedException'}</code>
          <code className="aws-error__message">{message}</code>
        </div>
      )}
      <Explanation result={props.result} />
      {!props.result.allowed && props.request && (
        <Fixes
          request={props.request}
          result={props.result}
          keyArn={props.keyArn}
          keyAdministrator={keyAdministratorOf(props.keyArn, props.settings)}
        />
      )}
    </section>
  );
}

/** The matrix of principals × operations on one key, and the explanation of the chosen cell. */
export function AccessPanel(props: { world: World; keyArn: string; settings: ScenarioSettings }) {
  const t = useT();
  const id = useId();
  const [via, setVia] = useState('');
  const [ecText, setEcText] = useState('');
  const [selected, setSelected] = useState<{ principal: string; operation: string }>();
  const encryptionContext = useMemo(() => parsePairs(ecText), [ecText]);
  const viaService = via ? viaServiceOf(via, props.settings.region) : undefined;
  const principals = useMemo(
    () => castOf(props.settings.accountId, props.settings.region).map((m) => m.arn),
    [props.settings],
  );
  const matrixOperations = useMemo(
    () => MATRIX_OPERATIONS.map((name) => operationNamed(name)).filter((o) => o !== undefined),
    [],
  );
  const rows = useMemo(
    () =>
      accessMatrix(props.world, {
        keyArn: props.keyArn,
        principals,
        operations: matrixOperations,
        ...(viaService ? { viaService } : {}),
        ...(encryptionContext && Object.keys(encryptionContext).length > 0 ? { encryptionContext } : {}),
      }),
    [props.world, props.keyArn, principals, matrixOperations, viaService, encryptionContext],
  );
  const totals = matrixTotals(rows);
  const chosen =
    selected &&
    rows
      .find((r) => r.principal === selected.principal)
      ?.cells.find((c) => c.operation === selected.operation);
  const cellLabel = (cell: MatrixCell) =>
    cell.answer.kind === 'not-cross-account'
      ? t('policy.access.notCrossAccount')
      : t(cell.allowed ? 'policy.access.allowed' : 'policy.access.denied');

  return (
    <section className="access" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('policy.access.heading')}</h2>
      <p className={styles.policyLead}>{t('policy.access.lead')}</p>
      <div className={styles.accessControls}>
        <label className={styles.field}>
          <span>{t('policy.access.via')}</span>
          <select value={via} onChange={(e) => setVia(e.target.value)}>
            <option value="">{t('policy.access.direct')}</option>
            {CAST_SERVICES.map((s) => (
              <option key={s.alias} value={s.alias}>
                {s.displayName}
              </option>
            ))}
          </select>
        </label>
        <label className={`${styles.field} ${styles.fieldWide}`}>
          <span>{t('policy.access.ec')}</span>
          <input
            type="text"
            value={ecText}
            spellCheck={false}
            aria-describedby={`${id}-ec-hint`}
            aria-invalid={encryptionContext === undefined}
            onChange={(e) => setEcText(e.target.value)}
          />
          <span className={styles.fieldHint} id={`${id}-ec-hint`}>
            {encryptionContext === undefined ? (
              t('policy.access.ecInvalid')
            ) : (
              <RichText text={t('policy.access.ecHint')} />
            )}
          </span>
        </label>
      </div>
      <ScrollRegion labelledBy={`${id}-matrix-caption`}>
        <table className={styles.matrix}>
          <caption id={`${id}-matrix-caption`}>
            <RichText text={t('policy.access.caption', { key: `\`${props.keyArn}\`` })} />{' '}
            {t('policy.access.totals', totals)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('policy.access.principal')}</th>
              {matrixOperations.map((o) => (
                <th scope="col" key={o.name}>
                  <code>{o.name}</code>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.principal}>
                <th scope="row">
                  <PrincipalName arn={row.principal} />
                </th>
                {row.cells.map((cell) => {
                  const pressed =
                    selected?.principal === cell.principal && selected.operation === cell.operation;
                  return (
                    <td key={cell.operation}>
                      <button
                        type="button"
                        className={`${styles.matrixCell} ${cell.allowed ? styles.matrixCellYes : styles.matrixCellNo}`}
                        aria-pressed={pressed}
                        aria-label={t('policy.access.cellLabel', {
                          principal: principalShortName(cell.principal),
                          operation: cell.operation,
                          decision: cellLabel(cell),
                        })}
                        onClick={() =>
                          setSelected(
                            pressed ? undefined : { principal: cell.principal, operation: cell.operation },
                          )
                        }
                      >
                        <Verdict ok={cell.allowed} label={cellLabel(cell)} />
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {chosen && chosen.answer.kind === 'evaluated' && (
        <ExplanationCard
          key={`${chosen.principal}/${chosen.operation}`}
          principal={chosen.principal}
          operation={chosen.operation}
          result={chosen.answer.result}
          request={chosen.answer.request}
          keyArn={props.keyArn}
          settings={props.settings}
          onClose={() => setSelected(undefined)}
        />
      )}
      {chosen && chosen.answer.kind === 'not-cross-account' && (
        <p className={`${styles.notice} ${styles.noticeInfo}`}>
          <RichText text={t('policy.explain.notCrossAccount', { operation: chosen.operation })} />
        </p>
      )}
    </section>
  );
}

/** The what-if answer for a recorded call (same principal, operation, key, context), for its fixes. */
export function whatIfForCall(
  world: World,
  call: {
    principal: string;
    operation: string;
    resourceArn: string;
    viaService?: string;
    encryptionContext?: Record<string, string>;
  },
) {
  const operation = operations.find((o) => o.name === call.operation);
  if (!operation) return undefined;
  const answer = whatIf(world, {
    principal: call.principal,
    operation,
    keyArn: call.resourceArn,
    ...(call.viaService ? { viaService: call.viaService } : {}),
    ...(call.encryptionContext ? { encryptionContext: call.encryptionContext } : {}),
  });
  return answer.kind === 'evaluated' ? answer : undefined;
}
