// A line chart drawn on the server as SVG: labelled axes, a legend when there are several series
// (told apart by dash as well as colour), role="img" named by the figure's title and a summary.
import { formatNumber, labelIndexes, niceMax, ticks } from './scale';

export interface Series {
  name: string;
  values: number[];
}

const W = 480;
const H = 220;
const M = { top: 12, right: 12, bottom: 44, left: 44 };
const STYLES = [
  { className: 'stroke-accent', dash: undefined },
  { className: 'stroke-ink', dash: '5 4' },
  { className: 'stroke-muted', dash: '2 3' },
];

export function LineChart({
  id,
  labels,
  series,
  xTitle,
  yTitle,
  summary,
}: {
  /** The figure's id: the chart is named by `${id}-title` (ChartFigure) and `${id}-desc`. */
  id: string;
  labels: string[];
  series: Series[];
  xTitle: string;
  yTitle: string;
  summary: string;
}) {
  const top = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const x = (i: number) =>
    M.left + (labels.length < 2 ? plotW / 2 : (i * plotW) / (labels.length - 1));
  const y = (v: number) => M.top + plotH - (v / top) * plotH;
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="h-auto w-full text-[12px]"
    >
      <desc id={`${id}-desc`}>{summary}</desc>
      {ticks(top).map((tick) => (
        <g key={tick}>
          <line x1={M.left} x2={W - M.right} y1={y(tick)} y2={y(tick)} className="stroke-rule" />
          <text x={M.left - 6} y={y(tick) + 4} textAnchor="end" className="fill-muted">
            {formatNumber(tick)}
          </text>
        </g>
      ))}
      {labelIndexes(labels.length).map((i) => (
        <text key={i} x={x(i)} y={H - M.bottom + 16} textAnchor="middle" className="fill-muted">
          {labels[i]}
        </text>
      ))}
      <text x={M.left + plotW / 2} y={H - 6} textAnchor="middle" className="fill-ink">
        {xTitle}
      </text>
      <text
        transform={`translate(12 ${M.top + plotH / 2}) rotate(-90)`}
        textAnchor="middle"
        className="fill-ink"
      >
        {yTitle}
      </text>
      {series.map((s, index) => {
        const style = STYLES[index % STYLES.length]!;
        return (
          <polyline
            key={s.name}
            points={s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}
            fill="none"
            strokeWidth={2}
            strokeDasharray={style.dash}
            className={style.className}
          />
        );
      })}
      {series.length > 1
        ? series.map((s, index) => {
            const style = STYLES[index % STYLES.length]!;
            const lx = M.left + 8 + index * 120;
            return (
              <g key={s.name}>
                <line
                  x1={lx}
                  x2={lx + 20}
                  y1={M.top + 6}
                  y2={M.top + 6}
                  strokeWidth={2}
                  strokeDasharray={style.dash}
                  className={style.className}
                />
                <text x={lx + 24} y={M.top + 10} className="fill-ink">
                  {s.name}
                </text>
              </g>
            );
          })
        : null}
    </svg>
  );
}
