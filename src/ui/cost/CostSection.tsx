import { useMemo } from 'react';
import { FREE_REQUESTS_PER_MONTH } from '../../kms/billing';
import { useScenario } from '../../state/scenario';
import { formatDate, keyIdOfArn, keyName } from '../keys/format';
import { LastCall } from '../keys/LastCall';
import panelStyles from '../keys/panel.module.css';
import type { ScenarioHistory } from '../rotation/history';
import { useScenarioHistory } from '../rotation/useScenarioHistory';
import { RichText } from '../shell/RichText';
import { ScrollRegion } from '../shell/ScrollRegion';
import { SectionLink } from '../shell/SectionLink';
import { useLang, useT } from '../shell/useT';
import { CostChart } from './CostChart';
import { CostColumns, CostRow, CostTable } from './CostRow';
import styles from './cost.module.css';
import { type KeyCost, summariseBill } from './costModel';

/** Why a key's fee is what it is: deleted keys stop billing when deletion was scheduled; cancelled waits count. */
function keyNote(
  history: ScenarioHistory | undefined,
  row: KeyCost,
): 'deleted' | 'pending' | 'cancelled' | undefined {
  const lifetime = history?.keys.get(row.keyArn);
  if (!history || !lifetime) return undefined;
  if (lifetime.deletedMs !== undefined) return 'deleted';
  if (lifetime.view.metadata.KeyState === 'PendingDeletion') return 'pending';
  const cancelled = history.transitions.some(
    (t) => t.keyArn === row.keyArn && t.cause === 'CancelKeyDeletion',
  );
  return cancelled ? 'cancelled' : undefined;
}

/** The kinds of KMS key compared, in the table's order, each with its figure in the comparison. */
const comparedKinds = [
  { kind: 'customer', usd: 'customerManagedUsd' },
  { kind: 'awsManaged', usd: 'awsManagedUsd' },
  { kind: 'awsOwned', usd: 'awsOwnedUsd' },
] as const;

/** Cost: the live bill of the scenario so far, per key and per month, compared with the other kinds of key. */
export default function CostSection() {
  const t = useT();
  const lang = useLang();
  const bill = useScenario((s) => s.view?.bill);
  const { history } = useScenarioHistory();
  const cost = useMemo(() => (bill ? summariseBill(bill) : undefined), [bill]);

  return (
    <article className={`${panelStyles.klab} cost`} aria-labelledby="cost-title">
      <header className={panelStyles.klabHeader}>
        <h1 id="cost-title">{t('cost.title')}</h1>
        <p className={panelStyles.klabLead}>{t('cost.lead')}</p>
      </header>
      <LastCall idle={t('cost.idle')} />
      {!bill || !cost ? (
        <p role="status">{t('cost.loading')}</p>
      ) : (
        <>
          <section className={panelStyles.klabCard} aria-labelledby="cost-total-title">
            <h2 id="cost-total-title">
              {t('cost.total.title', { from: formatDate(lang, bill.from), to: formatDate(lang, bill.to) })}
            </h2>
            {bill.to.getTime() <= bill.from.getTime() && (
              <p className={`${panelStyles.klabNote} ${panelStyles.klabNoteWarn}`}>
                {t('cost.total.noTime', { free: FREE_REQUESTS_PER_MONTH })}{' '}
                <SectionLink view="rotation">{t('cost.total.clockLink')}</SectionLink>
              </p>
            )}
            <table className={`${panelStyles.klabTable} ${styles.costTotal}`}>
              <caption className="visually-hidden">{t('cost.total.caption')}</caption>
              <tbody>
                <CostRow head={t('cost.parts.keyFeesUsd')} cells={[{ usd: cost.keyFeesUsd }]} />
                <CostRow head={t('cost.parts.rotationFeesUsd')} cells={[{ usd: cost.rotationFeesUsd }]} />
                <CostRow
                  head={
                    <>
                      {t('cost.parts.requestFeesUsd')}
                      <span className={panelStyles.klabSub}>
                        {t('cost.total.requests', {
                          requests: cost.requests,
                          free: cost.freeRequests,
                          billable: cost.billableRequests,
                        })}
                      </span>
                    </>
                  }
                  cells={[{ usd: cost.requestFeesUsd }]}
                />
                <CostRow
                  className={styles.costTotalSum}
                  head={t('cost.total.sum')}
                  cells={[{ usd: cost.totalUsd, testId: 'cost-total' }]}
                />
              </tbody>
            </table>
          </section>

          <CostTable
            id="keys"
            title={t('cost.keys.title')}
            columns={[
              { label: t('cost.keys.key') },
              { label: t('cost.keys.kind') },
              { label: t('cost.keys.hours'), numeric: true },
              { label: t('cost.parts.keyFeesUsd'), numeric: true },
              { label: t('cost.parts.rotationFeesUsd'), numeric: true },
              { label: t('cost.keys.requests'), numeric: true },
            ]}
          >
            {cost.keys.length === 0 && (
              <tr>
                <td colSpan={6} className={panelStyles.klabEmpty}>
                  {t('cost.keys.empty')}
                </td>
              </tr>
            )}
            {cost.keys.map((row) => {
              const lifetime = history?.keys.get(row.keyArn);
              const note = keyNote(history, row);
              return (
                <CostRow
                  key={row.keyArn}
                  head={
                    <>
                      <code>{lifetime ? keyName(lifetime.view) : keyIdOfArn(row.keyArn)}</code>
                      <span className={panelStyles.klabSub}>
                        <code>{row.region}</code>
                      </span>
                      {note && (
                        <span className={`${panelStyles.klabSub} ${styles.costNote}`}>
                          {t(`cost.keys.note.${note}`)}
                        </span>
                      )}
                    </>
                  }
                  cells={[
                    {
                      text: row.keyManager === 'AWS' ? t('cost.kinds.awsManaged') : t('cost.kinds.customer'),
                    },
                    { count: row.billedHours },
                    { usd: row.keyFeeUsd },
                    { usd: row.rotationFeeUsd },
                    { count: row.requests },
                  ]}
                />
              );
            })}
          </CostTable>

          <section className={panelStyles.klabCard} aria-labelledby="cost-chart-title">
            <h2 id="cost-chart-title">{t('cost.chart.heading')}</h2>
            <CostChart months={cost.months} />
            <details className={styles.costMonths}>
              <summary>{t('cost.chart.showTable')}</summary>
              <ScrollRegion labelledBy={'cost-months-caption'}>
                <table className={panelStyles.klabTable}>
                  <caption id="cost-months-caption">{t('cost.chart.tableCaption')}</caption>
                  <CostColumns
                    columns={[
                      { label: t('cost.chart.month') },
                      { label: t('cost.parts.keyFeesUsd'), numeric: true },
                      { label: t('cost.parts.rotationFeesUsd'), numeric: true },
                      { label: t('cost.parts.requestFeesUsd'), numeric: true },
                      { label: t('cost.chart.cumulative'), numeric: true },
                    ]}
                  />
                  <tbody>
                    {cost.months.map((m) => (
                      <CostRow
                        key={m.month}
                        head={m.month}
                        cells={[
                          { usd: m.keyFeesUsd },
                          { usd: m.rotationFeesUsd },
                          { usd: m.requestFeesUsd },
                          { usd: m.cumulativeUsd },
                        ]}
                      />
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            </details>
          </section>

          <CostTable
            id="compare"
            title={t('cost.compare.title')}
            columns={[
              { label: t('cost.compare.kind') },
              { label: t('cost.compare.cost'), numeric: true },
              { label: t('cost.compare.why') },
            ]}
          >
            {comparedKinds.map(({ kind, usd }) => (
              <CostRow
                key={kind}
                head={t(`cost.kinds.${kind}`)}
                cells={[{ usd: cost.comparison[usd] }, { text: t(`cost.compare.${kind}`) }]}
              />
            ))}
          </CostTable>

          <section className={panelStyles.klabCard} aria-labelledby="cost-honest-title">
            <h2 id="cost-honest-title">{t('cost.honest.title')}</h2>
            <ul className={styles.costHonest}>
              <li>{t('cost.honest.prices', { free: FREE_REQUESTS_PER_MONTH })}</li>
              <li>{t('cost.honest.rotation')}</li>
              <li>
                <RichText text={t('cost.honest.requests')} />
              </li>
              <li>{t('cost.honest.deletion')}</li>
              <li>
                <RichText text={t('cost.honest.source')} />
              </li>
            </ul>
          </section>
        </>
      )}
    </article>
  );
}
