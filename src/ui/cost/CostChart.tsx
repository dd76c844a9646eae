import { useId } from 'react';
import { formatUsd } from '../keys/format';
import { variant } from '../shell/cssModule';
import { useLang, useT } from '../shell/useT';
import styles from './cost.module.css';
import { COST_PARTS, layoutCostChart, type MonthCost } from './costModel';

const WIDTH = 900;
const HEIGHT = 260;
/**
 * Month labels under the bars, at most: a label ("2026-01") is about 70 user units wide at the projector's size,
 * so eight fit the plot's width without touching; the monthly table lists every month.
 */
const MAX_MONTH_LABELS = 8;
const PAD = { left: 78, right: 78, top: 16, bottom: 40 };

/**
 * Cost over time: one stacked bar per month (key fees, rotation surcharges, request charges; each with its own
 * pattern, not only its own colour) on the left axis, and the running total as a line on the right axis.
 */
export function CostChart({ months }: { months: readonly MonthCost[] }) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const chart = layoutCostChart(months, innerW, innerH);
  const labelEvery = Math.max(1, Math.ceil(months.length / MAX_MONTH_LABELS));
  const total = months.at(-1)?.cumulativeUsd ?? 0;
  return (
    <figure className={styles.costChart}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>{t('cost.chart.title')}</title>
        <desc id={`${id}-desc`}>
          {t('cost.chart.desc', { months: months.length, total: formatUsd(lang, total) })}
        </desc>
        <defs>
          <pattern
            id={`${id}-rotation`}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" className={styles.costFillRotationFeesUsd} />
            <line x1="0" y1="0" x2="0" y2="6" className={styles.costHatch} />
          </pattern>
          <pattern id={`${id}-requests`} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" className={styles.costFillRequestFeesUsd} />
            <circle cx="3" cy="3" r="1.2" className={styles.costDot} />
          </pattern>
        </defs>
        <g transform={`translate(${PAD.left},${PAD.top})`}>
          {chart.monthlyTicks.map((tick) => (
            <g key={`m${tick.y}`} className={styles.costTick}>
              <line x1={0} x2={innerW} y1={tick.y} y2={tick.y} />
              <text x={-8} y={tick.y + 4} textAnchor="end">
                {formatUsd(lang, tick.usd)}
              </text>
            </g>
          ))}
          {chart.cumulativeTicks.map((tick) => (
            <text key={`c${tick.y}`} className={styles.costTickRight} x={innerW + 8} y={tick.y + 4}>
              {formatUsd(lang, tick.usd)}
            </text>
          ))}
          {chart.bars.map((bar, i) => (
            <g key={bar.month}>
              {bar.parts.map((part) =>
                part.height > 0 ? (
                  <rect
                    key={part.part}
                    className={`${styles.costBar} ${variant(styles, 'costBar', part.part)}`}
                    x={bar.x}
                    y={part.y}
                    width={bar.width}
                    height={part.height}
                    fill={
                      part.part === 'rotationFeesUsd'
                        ? `url(#${id}-rotation)`
                        : part.part === 'requestFeesUsd'
                          ? `url(#${id}-requests)`
                          : undefined
                    }
                  />
                ) : null,
              )}
              {i % labelEvery === 0 && (
                <text
                  className={styles.costMonth}
                  x={bar.x + bar.width / 2}
                  y={innerH + 18}
                  textAnchor="middle"
                >
                  {bar.month}
                </text>
              )}
            </g>
          ))}
          <polyline
            className={styles.costLine}
            points={chart.cumulative.map((p) => `${p.x},${p.y}`).join(' ')}
          />
          {chart.cumulative.map((p) => (
            <rect
              key={p.x}
              className={styles.costLinePoint}
              x={p.x - 3.5}
              y={p.y - 3.5}
              width={7}
              height={7}
            />
          ))}
          <line className={styles.costAxis} x1={0} x2={innerW} y1={innerH} y2={innerH} />
        </g>
      </svg>
      <figcaption>
        <ul className={styles.costLegend}>
          {COST_PARTS.map((part) => (
            <li key={part}>
              <span
                className={`${styles.costSwatch} ${variant(styles, 'costSwatch', part)}`}
                aria-hidden="true"
              />{' '}
              {t(`cost.parts.${part}`)}
            </li>
          ))}
          <li>
            <span className={`${styles.costSwatch} ${styles.costSwatchLine}`} aria-hidden="true" />{' '}
            {t('cost.chart.cumulative')}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
