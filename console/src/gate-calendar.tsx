import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PageProps } from './app.tsx';
import { formatInstant, timeZoneLabel } from './format.ts';
import { calendarApi, type CalendarRecord } from './gate-calendar-api.ts';
import { CalendarStatus } from './gate-calendar-days.tsx';
import { CalendarEditor } from './gate-calendar-editor.tsx';
import { localDate } from './gate-calendar.form.ts';
import { GateSelect } from './gate-select.tsx';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';
import './gate-calendar.css';

/** The clock of the page, a tick a minute: the status line and the days ahead follow it. */
function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 30_000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  return now;
}

/**
 * A gate's calendar (Lịch cửa khẩu): when the crossing is open, per lane, with its exceptions and both
 * countries' holidays. Shows the approved calendar the screens use and the draft waiting for approval, what
 * the screens say now and when that changes, and the editor.
 */
export function CalendarPage({ api, me }: PageProps) {
  const calendars = useMemo(() => calendarApi(api), [api]);
  const gates = useLoad(async () => (await api.gates()).items, [api]);
  // Unset: the first gate; null: none chosen.
  const [gateId, setGateId] = useState<string | null | undefined>(undefined);
  const chosen = gateId === undefined ? (gates.data?.[0]?.id ?? null) : gateId;
  const gate = gates.data?.find((g) => g.id === chosen);
  const [record, setRecord] = useState<CalendarRecord | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const now = useNow();

  useEffect(() => {
    setRecord(undefined);
    setError(undefined);
    if (!chosen) return;
    let current = true;
    calendars.record(chosen).then(
      (r) => {
        if (current) setRecord(r);
      },
      (err: unknown) => {
        if (current) setError(err);
      },
    );
    return () => {
      current = false;
    };
  }, [calendars, chosen]);

  const timeZone = record?.timeZone ?? gate?.timeZone ?? 'Asia/Ho_Chi_Minh';
  const failure = gates.error ?? error;
  return (
    <section aria-labelledby="calendar-heading" class="calendar-page">
      <div class="toolbar">
        <h2 id="calendar-heading">{t('calHeading')}</h2>
      </div>
      <p class="hint">{t('calIntro')}</p>
      <p class="error" role="alert" hidden={!failure}>
        {failure ? errorText(failure) : ''}
      </p>
      {gates.data && gates.data.length === 0 && <p class="hint">{t('calNoGates')}</p>}
      {gates.data && gates.data.length > 0 && (
        <div class="row calendar-gate">
          <GateSelect
            label={t('calGate')}
            name="calendar-gate"
            gates={gates.data}
            value={chosen}
            emptyLabel={t('calChooseGate')}
            onChange={setGateId}
          />
        </div>
      )}
      {(!gates.data || (chosen && !record)) && !failure && <p class="hint">{t('loading')}</p>}
      {gate && record && (
        <>
          <Versions record={record} timeZone={timeZone} />
          <CalendarEditor
            key={gate.id}
            gate={gate}
            record={record}
            calendars={calendars}
            me={me}
            today={localDate(now, timeZone)}
            onRecord={setRecord}
            status={
              record.approved ? (
                <CalendarStatus
                  calendar={record.approved.calendar}
                  timeZone={timeZone}
                  digits={gate.digits}
                  now={now}
                />
              ) : (
                <p class="hint calendar-status" data-no-approved>
                  {t('calNoApproved')}
                </p>
              )
            }
          />
        </>
      )}
    </section>
  );
}

/** The approved calendar and the draft: their state, who saved them and when (on the gate's clock). */
function Versions({ record, timeZone }: { record: CalendarRecord; timeZone: string }) {
  return (
    <section class="calendar-versions" aria-labelledby="calendar-versions-heading">
      <h3 id="calendar-versions-heading" class="visually-hidden">
        {t('calVersions')}
      </h3>
      <p class="small">
        {t('calTimeZone', { zone: '' })}
        <span translate={false}>{timeZoneLabel(timeZone)}</span>
      </p>
      <ul>
        {record.approved && (
          <li data-version="approved">
            <span class="badge badge-ok">{t('stateApproved')}</span>{' '}
            {t('calApprovedBy', {
              by: record.approved.by.name,
              at: formatInstant(record.approved.at, timeZone),
            })}
          </li>
        )}
        {record.draft && (
          <li data-version="draft">
            <span class="badge badge-muted">{t('stateDraft')}</span>{' '}
            {t('calDraftBy', { by: record.draft.by.name, at: formatInstant(record.draft.at, timeZone) })}
          </li>
        )}
      </ul>
    </section>
  );
}
