import { useState } from 'preact/hooks';
import { availabilityBuckets, availabilityOver } from './availability.ts';
import { Chart } from './chart.tsx';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';
import type { MonitorApi } from './monitor-api.ts';

const periods = {
  day: { ms: 24 * 3_600_000, bucket: 3_600_000 },
  week: { ms: 7 * 24 * 3_600_000, bucket: 6 * 3_600_000 },
};
const percent = (share: number) =>
  new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(share);

/**
 * Availability of one screen over the last 24 h or 7 days, from its per-minute heartbeat history, counted
 * from `since` (the screen's creation) when that is later: a screen made an hour ago is not down for the
 * 23 hours before it existed.
 */
export function AvailabilityChart({
  mon,
  screenId,
  since,
}: {
  mon: MonitorApi;
  screenId: string;
  since?: string | undefined;
}) {
  const [period, setPeriod] = useState<keyof typeof periods>('day');
  const history = useLoad(async () => {
    const until = Date.now();
    const from = until - periods[period].ms;
    const { items } = await mon.history(screenId, new Date(from), new Date(until));
    return { items, from, until };
  }, [screenId, period]);
  const name = period === 'day' ? t('last24h') : t('last7d');
  const h = history.data;
  const created = since === undefined ? undefined : Date.parse(since);
  const buckets = h ? availabilityBuckets(h.items, h.from, h.until, periods[period].bucket, created) : [];
  const share = h ? availabilityOver(h.items, h.from, h.until, created) : null;
  return (
    <section aria-labelledby="availability-heading">
      <h3 id="availability-heading">{t('availabilityHeading')}</h3>
      <div class="toolbar" role="group" aria-label={t('availabilityHeading')}>
        {(['day', 'week'] as const).map((p) => (
          <button
            key={p}
            type="button"
            aria-pressed={period === p}
            onClick={() => {
              setPeriod(p);
            }}
          >
            {p === 'day' ? t('last24h') : t('last7d')}
          </button>
        ))}
      </div>
      {history.error !== undefined && <p class="error">{errorText(history.error)}</p>}
      {h && (
        <>
          <p data-availability={period}>
            {t('availabilityShare', {
              period: name,
              share: share === null ? '—' : percent(share),
            })}
          </p>
          <Chart
            label={t('availabilityChart', { period: name })}
            xLabel={t('chartTime')}
            x={buckets.map((b) => b.start / 1000)}
            series={[
              { label: t('availabilityHeading'), values: buckets.map((b) => b.share), color: '#1a7f37' },
            ]}
            yMax={1}
            yFormat={percent}
          />
        </>
      )}
    </section>
  );
}
