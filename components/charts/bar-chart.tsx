// A horizontal bar chart drawn on the server as SVG, for ranked figures (stories, sections,
// people): each bar under its label, the value at its end, a labelled value axis beneath;
// role="img" named by the figure's title and a summary.
import { formatNumber, niceMax, ticks } from './scale';

export interface Bar {
  label: string;
  value: number;
}

const W = 480;
const ROW = 34;
const M = { top: 4, right: 48, bottom: 40, left: 8 };
const LABEL_CHARS = 64;

const shorten = (text: string) =>
  text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text;

export function BarChart({
  id,
  bars,
  valueTitle,
  summary,
}: {
  id: string;
  bars: Bar[];
  valueTitle: string;
  summary: string;
}) {
  const top = niceMax(Math.max(0, ...bars.map((b) => b.value)));
  const plotW = W - M.left - M.right;
  const h = M.top + Math.max(1, bars.length) * ROW + M.bottom;
  const x = (v: number) => M.left + (v / top) * plotW;
  const axisY = h - M.bottom + 4;
  return (
    <svg
      viewBox={`0 0 ${W} ${h}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="h-auto w-full text-[12px]"
    >
      <desc id={`${id}-desc`}>{summary}</desc>
      {bars.map((bar, i) => {
        const rowY = M.top + i * ROW;
        return (
          <g key={`${bar.label}-${i}`}>
            <text x={M.left} y={rowY + 12} className="fill-ink">
              {shorten(bar.label)}
            </text>
            <rect
              x={M.left}
              y={rowY + 17}
              width={Math.max(1, x(bar.value) - M.left)}
              height={12}
              className="fill-accent"
            />
            <text x={x(bar.value) + 4} y={rowY + 27} className="fill-muted">
              {formatNumber(bar.value)}
            </text>
          </g>
        );
      })}
      <line x1={M.left} x2={M.left + plotW} y1={axisY} y2={axisY} className="stroke-rule" />
      {ticks(top).map((tick) => (
        <text key={tick} x={x(tick)} y={axisY + 14} textAnchor="middle" className="fill-muted">
          {formatNumber(tick)}
        </text>
      ))}
      <text x={M.left + plotW / 2} y={h - 6} textAnchor="middle" className="fill-ink">
        {valueTitle}
      </text>
    </svg>
  );
}
