import { useId, useRef } from 'react';
import { formatUsd } from '../keys/format';
import { variant } from '../shell/cssModule';
import { useBoxSize } from '../shell/useBoxSize';
import { useLang, useT } from '../shell/useT';
import styles from './cost.module.css';
import { COST_PARTS, layoutCostChart, type MonthCost } from './costModel';

/**
 * Cost over time: one stacked bar per month (key fees, rotation surcharges, request charges; each with its own
 * pattern, not only its own colour) on the left axis, and the running total as a line on the right axis.
 *
 * Laid out in CSS pixels at the width it is shown (its figure's), not drawn at a fixed size and scaled by a
 * viewBox: scaled, its 24 px projector labels shrank to 20 px on a 1024 px screen, and to 5 px on a phone. Its
 * padding and label spacing follow the theme's font size.
 */
export function CostChart({ months }: { months: readonly MonthCost[] }) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const figure = useRef<HTMLElement>(null);
  const { width, fontPx: font } = useBoxSize(figure, { width: 900, fontPx: 13 });
  // Room for a dollar label ("$12.50") on each side and a month label under the axis.
  const pad = { left: font * 5.5, right: font * 5.5, top: font, bottom: font * 2.5 };
  // About 3:10, between 13 lines of text (room for five dollar ticks) and 20.
  const height = Math.round(Math.max(font * 13, Math.min(width * 0.3, font * 20)));
  const innerW = Math.max(1, width - pad.left - pad.right);
  const innerH = height - pad.top - pad.bottom;
  const chart = layoutCostChart(months, innerW, innerH);
  // A month label ("2026-01") is about 4.5 em wide with its gap: label every n-th month so none touch.
  const labelEvery = Math.max(1, Math.ceil(months.length / Math.max(1, Math.floor(innerW / (font * 4.5)))));
  const total = months.at(-1)?.cumulativeUsd ?? 0;
  return (
    <figure className={styles.costChart} ref={figure}>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
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
        <g transform={`translate(${pad.left},${pad.top})`}>
          {chart.monthlyTicks.map((tick) => (
            <g key={`m${tick.y}`} className={styles.costTick}>
              <line x1={0} x2={innerW} y1={tick.y} y2={tick.y} />
              <text x={-font / 2} y={tick.y + font / 3} textAnchor="end">
                {formatUsd(lang, tick.usd)}
              </text>
            </g>
          ))}
          {chart.cumulativeTicks.map((tick) => (
            <text
              key={`c${tick.y}`}
              className={styles.costTickRight}
              x={innerW + font / 2}
              y={tick.y + font / 3}
            >
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
                  y={innerH + font * 1.4}
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
