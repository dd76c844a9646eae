import { useMemo } from 'react';
import { FREE_REQUESTS_PER_MONTH } from '../../kms/billing';
import { useScenario } from '../../state/scenario';
import { formatDate, formatUsd, keyIdOfArn, keyName } from '../keys/format';
import { LastCall } from '../keys/LastCall';
import { ScenarioPlayer } from '../player/ScenarioPlayer';
import type { ScenarioHistory } from '../rotation/history';
import { useScenarioHistory } from '../rotation/useScenarioHistory';
import { RichText } from '../shell/RichText';
import { useLang, useT } from '../shell/useT';
import { CostChart } from './CostChart';
import { type KeyCost, summariseBill } from './costModel';
import '../keys/panel.css';
import './cost.css';

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

/** Cost: the live bill of the scenario so far, per key and per month, compared with the other kinds of key. */
export default function CostSection() {
  const t = useT();
  const lang = useLang();
  const bill = useScenario((s) => s.view?.bill);
  const { history } = useScenarioHistory();
  const cost = useMemo(() => (bill ? summariseBill(bill) : undefined), [bill]);

  return (
    <article className="klab cost" aria-labelledby="cost-title">
      <header className="klab__header">
        <h1 id="cost-title">{t('cost.title')}</h1>
        <p className="klab__lead">{t('cost.lead')}</p>
      </header>
      <ScenarioPlayer />
      <LastCall />
      {!bill || !cost ? (
        <p role="status">{t('cost.loading')}</p>
      ) : (
        <>
          <section className="klab-card" aria-labelledby="cost-total-title">
            <h2 id="cost-total-title">
              {t('cost.total.title', { from: formatDate(lang, bill.from), to: formatDate(lang, bill.to) })}
            </h2>
            {bill.to.getTime() <= bill.from.getTime() && (
              <p className="klab-note klab-note--warn">{t('cost.total.noTime')}</p>
            )}
            <table className="klab-table cost-total">
              <caption className="visually-hidden">{t('cost.total.caption')}</caption>
              <tbody>
                <tr>
                  <th scope="row">{t('cost.parts.keyFeesUsd')}</th>
                  <td className="num">{formatUsd(lang, cost.keyFeesUsd)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('cost.parts.rotationFeesUsd')}</th>
                  <td className="num">{formatUsd(lang, cost.rotationFeesUsd)}</td>
                </tr>
                <tr>
                  <th scope="row">
                    {t('cost.parts.requestFeesUsd')}
                    <span className="klab-sub">
                      {t('cost.total.requests', {
                        requests: cost.requests,
                        free: cost.freeRequests,
                        billable: cost.billableRequests,
                      })}
                    </span>
                  </th>
                  <td className="num">{formatUsd(lang, cost.requestFeesUsd)}</td>
                </tr>
                <tr className="cost-total__sum">
                  <th scope="row">{t('cost.total.sum')}</th>
                  <td className="num" data-testid="cost-total">
                    {formatUsd(lang, cost.totalUsd)}
                  </td>
                </tr>
              </tbody>
            </table>
          </section>

          <section className="klab-card" aria-labelledby="cost-keys-title">
            <h2 id="cost-keys-title">{t('cost.keys.title')}</h2>
            <div className="klab-table-wrap">
              <table className="klab-table">
                <caption className="visually-hidden">{t('cost.keys.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('cost.keys.key')}</th>
                    <th scope="col">{t('cost.keys.kind')}</th>
                    <th scope="col" className="num">
                      {t('cost.keys.hours')}
                    </th>
                    <th scope="col" className="num">
                      {t('cost.parts.keyFeesUsd')}
                    </th>
                    <th scope="col" className="num">
                      {t('cost.parts.rotationFeesUsd')}
                    </th>
                    <th scope="col" className="num">
                      {t('cost.keys.requests')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {cost.keys.length === 0 && (
                    <tr>
                      <td colSpan={6} className="klab-empty">
                        {t('cost.keys.empty')}
                      </td>
                    </tr>
                  )}
                  {cost.keys.map((row) => {
                    const lifetime = history?.keys.get(row.keyArn);
                    const note = keyNote(history, row);
                    return (
                      <tr key={row.keyArn}>
                        <th scope="row">
                          <code>{lifetime ? keyName(lifetime.view) : keyIdOfArn(row.keyArn)}</code>
                          <span className="klab-sub">
                            <code>{row.region}</code>
                          </span>
                          {note && <span className="klab-sub cost-note">{t(`cost.keys.note.${note}`)}</span>}
                        </th>
                        <td>
                          {row.keyManager === 'AWS' ? t('cost.kinds.awsManaged') : t('cost.kinds.customer')}
                        </td>
                        <td className="num">{row.billedHours.toLocaleString(lang)}</td>
                        <td className="num">{formatUsd(lang, row.keyFeeUsd)}</td>
                        <td className="num">{formatUsd(lang, row.rotationFeeUsd)}</td>
                        <td className="num">{row.requests.toLocaleString(lang)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>

          <section className="klab-card" aria-labelledby="cost-chart-title">
            <h2 id="cost-chart-title">{t('cost.chart.heading')}</h2>
            <CostChart months={cost.months} />
            <details className="cost-months">
              <summary>{t('cost.chart.showTable')}</summary>
              <div className="klab-table-wrap">
                <table className="klab-table">
                  <caption>{t('cost.chart.tableCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('cost.chart.month')}</th>
                      <th scope="col" className="num">
                        {t('cost.parts.keyFeesUsd')}
                      </th>
                      <th scope="col" className="num">
                        {t('cost.parts.rotationFeesUsd')}
                      </th>
                      <th scope="col" className="num">
                        {t('cost.parts.requestFeesUsd')}
                      </th>
                      <th scope="col" className="num">
                        {t('cost.chart.cumulative')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {cost.months.map((m) => (
                      <tr key={m.month}>
                        <th scope="row">{m.month}</th>
                        <td className="num">{formatUsd(lang, m.keyFeesUsd)}</td>
                        <td className="num">{formatUsd(lang, m.rotationFeesUsd)}</td>
                        <td className="num">{formatUsd(lang, m.requestFeesUsd)}</td>
                        <td className="num">{formatUsd(lang, m.cumulativeUsd)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </section>

          <section className="klab-card" aria-labelledby="cost-compare-title">
            <h2 id="cost-compare-title">{t('cost.compare.title')}</h2>
            <table className="klab-table">
              <caption className="visually-hidden">{t('cost.compare.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('cost.compare.kind')}</th>
                  <th scope="col" className="num">
                    {t('cost.compare.cost')}
                  </th>
                  <th scope="col">{t('cost.compare.why')}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t('cost.kinds.customer')}</th>
                  <td className="num">{formatUsd(lang, cost.comparison.customerManagedUsd)}</td>
                  <td>{t('cost.compare.customer')}</td>
                </tr>
                <tr>
                  <th scope="row">{t('cost.kinds.awsManaged')}</th>
                  <td className="num">{formatUsd(lang, cost.comparison.awsManagedUsd)}</td>
                  <td>{t('cost.compare.awsManaged')}</td>
                </tr>
                <tr>
                  <th scope="row">{t('cost.kinds.awsOwned')}</th>
                  <td className="num">{formatUsd(lang, cost.comparison.awsOwnedUsd)}</td>
                  <td>{t('cost.compare.awsOwned')}</td>
                </tr>
              </tbody>
            </table>
          </section>

          <section className="klab-card" aria-labelledby="cost-honest-title">
            <h2 id="cost-honest-title">{t('cost.honest.title')}</h2>
            <ul className="cost-honest">
              <li>{t('cost.honest.prices', { free: FREE_REQUESTS_PER_MONTH })}</li>
              <li>{t('cost.honest.rotation')}</li>
              <li>{t('cost.honest.requests')}</li>
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
