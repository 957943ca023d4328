import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** One line (or set of bars) of a chart. */
export interface ChartSeries {
  label: string;
  values: (number | null)[];
  color: string;
}

/**
 * A uPlot chart over time. The canvas is hidden from screen readers: the page shows the same numbers as
 * text or a table next to it, and the chart carries a label saying what it shows.
 */
export function Chart({
  label,
  x,
  series,
  bars = false,
  yMax,
  yFormat = (v) => String(v),
  height = 200,
}: {
  label: string;
  /** Seconds since the epoch (uPlot's time scale). */
  x: number[];
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
  const data = JSON.stringify([x, series, bars, yMax, height]);
  useEffect(() => {
    const target = box.current;
    if (!target) return;
    const bar = uPlot.paths.bars?.({ size: [0.8 / Math.max(series.length, 1), 60] });
    const plot = new uPlot(
      {
        width: Math.max(target.clientWidth, 320),
        height,
        scales: { x: { time: true }, y: yMax === undefined ? {} : { range: [0, yMax] } },
        axes: [{}, { values: (_u, ticks) => ticks.map((v) => format.current(v)) }],
        series: [
          {},
          ...series.map((s) => ({
            label: s.label,
            stroke: s.color,
            fill: bars ? s.color : `${s.color}33`,
            ...(bars && bar ? { paths: bar } : {}),
            points: { show: !bars && x.length < 60 },
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
