import { useState } from 'preact/hooks';
import type { PageProps } from './app.tsx';
import { zonedFormat } from '../../shared/date.format.ts';
import { Chart } from './chart.tsx';
import { languageName } from './format.ts';
import { GateSelect } from './gate-select.tsx';
import { useLoad } from './hooks.ts';
import { errorText, t, type MessageKey } from './i18n.ts';
import { monitorApi, type AvailabilityRow, type Period, type PlayReportRow } from './monitor-api.ts';
import { localMidnight, playsPerDayByLang } from './report-series.ts';
import { reportHref, type ReportName } from './reports-api.ts';

const palette = ['#0b57d0', '#b3261e', '#1a7f37', '#8a5a00', '#6f2dbd', '#00707a', '#444'];
const percent = (share: number) =>
  new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(share);
const number = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
/** A local date N days before today, as the date inputs and the API write it. */
const daysAgo = (n: number) => {
  const d = new Date(Date.now() - n * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
/** A calendar day as Vietnamese write it: dd/MM/yyyy. */
const dayText = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
/** An instant as dd/MM/yyyy HH:mm (24-hour) at the gate, as the exports write it (vi-VN puts the time first). */
const wallText = (instant: string, timeZone: string | undefined) => {
  const parts = zonedFormat('en-GB', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
};
const kindKeys: Record<string, MessageKey> = {
  message: 'plKind_message',
  image: 'plKind_image',
  video: 'plKind_video',
  clock: 'plKind_clock',
};
/** What played, by name; an item without one (a clock) by its kind. */
const itemText = (r: PlayReportRow) => {
  const kind = kindKeys[r.type];
  return r.itemName || (kind ? t(kind) : r.item);
};
const duration = (s: number) =>
  `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;

/** Proof of play and availability for a period: tables, a chart per day and language, CSV downloads. */
export function ReportsPage({ api }: PageProps) {
  const mon = monitorApi(api);
  const gates = useLoad(() => api.gates().then((g) => g.items), [api]);
  const [form, setForm] = useState<Period>({ from: daysAgo(6), until: daysAgo(0), gateId: undefined });
  const [period, setPeriod] = useState<Period>(form);
  const report = useLoad(async () => {
    const [plays, availability] = await Promise.all([mon.plays(period), mon.availability(period)]);
    return { plays: plays.items, availability: availability.items };
  }, [period.from, period.until, period.gateId]);
  return (
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">{t('reportsHeading')}</h2>
      <form
        class="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          setPeriod(form);
        }}
      >
        <label>
          {t('fromDate')}
          <input
            type="date"
            name="from"
            required
            value={form.from}
            max={form.until}
            onInput={(e) => {
              const from = e.currentTarget.value;
              setForm((was) => ({ ...was, from }));
            }}
          />
        </label>
        <label>
          {t('untilDate')}
          <input
            type="date"
            name="until"
            required
            value={form.until}
            min={form.from}
            onInput={(e) => {
              const until = e.currentTarget.value;
              setForm((was) => ({ ...was, until }));
            }}
          />
        </label>
        <GateSelect
          label={t('colGate')}
          name="gate"
          gates={gates.data ?? []}
          value={form.gateId}
          onChange={(gateId) => {
            setForm((was) => ({ ...was, gateId: gateId ?? undefined }));
          }}
        />
        <button type="submit" class="primary">
          {t('showReport')}
        </button>
      </form>
      {report.error !== undefined && (
        <p class="error" role="alert">
          {errorText(report.error)}
        </p>
      )}
      {!report.data && report.error === undefined && <p role="status">{t('loading')}</p>}
      {report.data && (
        <>
          <p data-period>{t('reportPeriod', { from: dayText(period.from), until: dayText(period.until) })}</p>
          <p class="hint">{t('reportFilesHint')}</p>
          <PlaysSection rows={report.data.plays} period={period} />
          <AvailabilitySection
            rows={report.data.availability}
            period={period}
            zoneOf={(id) => gates.data?.find((g) => g.id === id)?.timeZone}
          />
          <AlertsSection period={period} />
        </>
      )}
    </section>
  );
}

/** The two downloads of a report for the period shown: CSV and .xlsx. */
const downloadWords: Record<ReportName, { csv: MessageKey; xlsx: MessageKey }> = {
  plays: { csv: 'downloadPlaysCsv', xlsx: 'downloadPlaysXlsx' },
  availability: { csv: 'downloadAvailabilityCsv', xlsx: 'downloadAvailabilityXlsx' },
  alerts: { csv: 'downloadAlertsCsv', xlsx: 'downloadAlertsXlsx' },
};

function Downloads({ report, period }: { report: ReportName; period: Period }) {
  return (
    <p class="downloads">
      <a href={reportHref(report, 'csv', period)} download data-csv={report}>
        {t(downloadWords[report].csv)}
      </a>{' '}
      <a href={reportHref(report, 'xlsx', period)} download data-xlsx={report}>
        {t(downloadWords[report].xlsx)}
      </a>
    </p>
  );
}

/** The alert report (which screens showed which alert from the authorities, when, for how long): files only. */
function AlertsSection({ period }: { period: Period }) {
  return (
    <section aria-labelledby="alert-report-heading">
      <h3 id="alert-report-heading">{t('alertReportHeading')}</h3>
      <p class="hint">{t('alertReportHint')}</p>
      <Downloads report="alerts" period={period} />
    </section>
  );
}

function PlaysSection({ rows, period }: { rows: PlayReportRow[]; period: Period }) {
  const series = playsPerDayByLang(rows, period.from, period.until);
  return (
    <section aria-labelledby="plays-heading">
      <h3 id="plays-heading">{t('playsHeading')}</h3>
      <Downloads report="plays" period={period} />
      {rows.length === 0 ? (
        <p class="empty">{t('noPlays')}</p>
      ) : (
        <>
          <Chart
            label={t('playsChart')}
            xLabel={t('colDay')}
            days
            x={series.days.map((d) => localMidnight(d) / 1000)}
            series={series.langs.map((l, i) => ({
              label: l.lang ? languageName(l.lang) : t('noLang'),
              values: l.plays,
              color: palette[i % palette.length] ?? '#444',
            }))}
          />
          <div class="table-wrap">
            <table data-report="plays">
              <caption>{t('playsHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colDay')}</th>
                  <th scope="col">{t('colGate')}</th>
                  <th scope="col">{t('colScreen')}</th>
                  <th scope="col">{t('colItem')}</th>
                  <th scope="col">{t('colLang')}</th>
                  <th scope="col">{t('colPlays')}</th>
                  <th scope="col">{t('colOnScreen')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.day}|${r.screenId}|${r.item}|${r.lang}`}>
                    <td class="nowrap">{dayText(r.day)}</td>
                    <td>{r.gate}</td>
                    <td>{r.screen}</td>
                    <th scope="row">{itemText(r)}</th>
                    <td>{r.lang ? languageName(r.lang) : '—'}</td>
                    <td class="num">{number(r.plays)}</td>
                    <td class="num">{duration(r.onScreenSeconds)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function AvailabilitySection({
  rows,
  period,
  zoneOf,
}: {
  rows: AvailabilityRow[];
  period: Period;
  zoneOf: (gateId: string) => string | undefined;
}) {
  // Each gate's own row first, then its screens.
  const sorted = [...rows].sort(
    (a, b) =>
      a.gate.localeCompare(b.gate, 'vi') ||
      (a.screenId === null
        ? -1
        : b.screenId === null
          ? 1
          : (a.screen ?? '').localeCompare(b.screen ?? '', 'vi')),
  );
  return (
    <section aria-labelledby="availability-report-heading">
      <h3 id="availability-report-heading">{t('availabilityPerGate')}</h3>
      <Downloads report="availability" period={period} />
      <p class="hint">{t('countedFromHint')}</p>
      <div class="table-wrap">
        <table data-report="availability">
          <caption>{t('availabilityPerGate')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colGate')}</th>
              <th scope="col">{t('colScreen')}</th>
              <th scope="col">{t('colCountedFrom')}</th>
              <th scope="col">{t('colAvailability')}</th>
              <th scope="col">{t('colMinutesUp')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr
                key={`${r.gateId}|${r.screenId ?? ''}`}
                class={r.screenId === null ? 'gate-row' : undefined}
              >
                <th scope="row">{r.gate}</th>
                <td>{r.screen ?? t('wholeGate')}</td>
                <td class="nowrap" data-counted-from>
                  {wallText(r.countedFrom, zoneOf(r.gateId))}
                </td>
                <td class="num">{percent(r.availability)}</td>
                <td class="num">
                  {number(r.minutesUp)} / {number(r.minutes)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
