import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** One line (or set of bars) of a chart. */
export interface ChartSeries {
  label: string;
  values: (number | null)[];
  color: string;
}

const DAY = 86_400;
const two = (n: number) => String(n).padStart(2, '0');
/** dd/MM: the one date format of every chart (never uPlot's US month-first or am/pm defaults). */
const dayMonth = (d: Date) => `${two(d.getDate())}/${two(d.getMonth() + 1)}`;
const hourMinute = (d: Date) => `${two(d.getHours())}:${two(d.getMinutes())}`;
const isMidnight = (d: Date) => d.getHours() === 0 && d.getMinutes() === 0;
// Ticks a whole number of days apart, for charts of days (uPlot would otherwise add noon ticks).
const dayIncrs = [1, 2, 7, 14, 28, 56, 91, 182, 364].map((n) => n * DAY);
const vi = new Intl.NumberFormat('vi-VN');

/**
 * A uPlot chart over time, in the browser's local time: `x` of a chart of days are local midnights. The
 * time axis says dd/MM (and HH:mm, 24-hour, between midnights); the legend names the x values with
 * `xLabel` (uPlot's own is the English "Time"). The canvas is hidden from screen readers: the page shows
 * the same numbers as text or a table next to it, and the chart carries a label saying what it shows.
 */
export function Chart({
  label,
  xLabel,
  x,
  days = false,
  series,
  bars = false,
  yMax,
  yFormat = (v) => vi.format(v),
  height = 200,
}: {
  label: string;
  xLabel: string;
  /** Seconds since the epoch (uPlot's time scale). */
  x: number[];
  /** Whether each x is a day (ticks and legend then show dates only). */
  days?: boolean;
  series: ChartSeries[];
  bars?: boolean;
  yMax?: number;
  yFormat?: (v: number) => string;
  height?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const format = useRef(yFormat);
  format.current = yFormat;
  // Callers build their arrays on every render: redraw only when the numbers themselves change.
  const data = JSON.stringify([x, xLabel, days, series, bars, yMax, height]);
  useEffect(() => {
    const target = box.current;
    if (!target) return;
    const bar = uPlot.paths.bars?.({ size: [0.8 / Math.max(series.length, 1), 60] });
    const at = (seconds: number) => new Date(seconds * 1000);
    const plot = new uPlot(
      {
        width: Math.max(target.clientWidth, 320),
        height,
        scales: { x: { time: true }, y: yMax === undefined ? {} : { range: [0, yMax] } },
        axes: [
          {
            ...(days ? { incrs: dayIncrs } : {}),
            values: (_u, ticks, _axis, _space, incr) =>
              ticks.map((v) => {
                const d = at(v);
                return incr >= DAY || isMidnight(d) ? dayMonth(d) : hourMinute(d);
              }),
          },
          { values: (_u, ticks) => ticks.map((v) => format.current(v)) },
        ],
        series: [
          {
            label: xLabel,
            value: (_u, v) => {
              // uPlot passes null while the cursor is off the data, whatever its types say.
              if (!Number.isFinite(v)) return '—';
              const d = at(v);
              return days ? `${dayMonth(d)}/${d.getFullYear()}` : `${dayMonth(d)} ${hourMinute(d)}`;
            },
          },
          ...series.map((s) => ({
            label: s.label,
            stroke: s.color,
            fill: bars ? s.color : `${s.color}33`,
            ...(bars && bar ? { paths: bar } : {}),
            points: { show: !bars && x.length < 60 },
            value: (_u: uPlot, v: number | null) => (v === null ? '—' : format.current(v)),
          })),
        ],
      },
      [x, ...series.map((s) => s.values)],
      target,
    );
    const resize = () => {
      plot.setSize({ width: Math.max(target.clientWidth, 320), height });
    };
    addEventListener('resize', resize);
    return () => {
      removeEventListener('resize', resize);
      plot.destroy();
    };
  }, [data]);
  return <div class="chart" role="img" aria-label={label} ref={box} />;
}
