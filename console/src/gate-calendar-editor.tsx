import type { ComponentChildren } from 'preact';
import type { WeeklyHours } from '../../schemas/types.ts';
import { useRef, useState } from 'preact/hooks';
import type { Gate, Me } from './api.ts';
import { Dialog } from './dialog.tsx';
import { useFocusInvalid } from './field-error.tsx';
import type { CalendarApi, CalendarRecord } from './gate-calendar-api.ts';
import { NotableDays } from './gate-calendar-days.tsx';
import { ExceptionsEditor } from './gate-calendar-exceptions.tsx';
import { firstCalendar, plusDays, setWeekly, type GateCalendar } from './gate-calendar.form.ts';
import { HolidaysEditor } from './gate-calendar-holidays.tsx';
import { calendarErrors, PartError, WeeklyEditor } from './gate-calendar-weekly.tsx';
import { t } from './i18n.ts';

const FORM = 'calendar-form';
/** The period a lane's Thêm khoảng giờ appends: the weekend's, 8:00–17:00. */
const WEEKEND: WeeklyHours[number] = { days: [6, 7], open: '08:00', close: '17:00' };

/** The calendar the editor starts from: the draft, else the approved one, else open 7:00–22:00 daily. */
export const baseOf = (record: CalendarRecord): GateCalendar | undefined =>
  record.draft?.calendar ?? record.approved?.calendar;

/** Whether the person is the one who saved the draft (the two-person rule compares people, not tokens). */
export const isAuthor = (record: CalendarRecord, me: Me): boolean => {
  const by = record.draft?.by;
  return by !== undefined && (by.person === `user:${me.id}` || (by.kind === me.kind && by.id === me.id));
};

/**
 * Edits a gate's calendar as a draft: the weekly hours of each lane, dated exceptions, public holidays; saves
 * it, and lets another person approve it (the screens then use it at once) or discard it. The days ahead that
 * the calendar being edited closes or changes are listed beside it, for the operator to check.
 */
export function CalendarEditor({
  gate,
  record,
  calendars,
  me,
  today,
  onRecord,
  status: now,
}: {
  gate: Gate;
  record: CalendarRecord;
  calendars: CalendarApi;
  me: Me;
  /** Today's date at the gate, 'YYYY-MM-DD'. */
  today: string;
  onRecord: (record: CalendarRecord) => void;
  /** What the screens say now (from the approved calendar), shown beside the editor with the days ahead. */
  status: ComponentChildren;
}) {
  const stored = baseOf(record);
  const [calendar, setCalendar] = useState<GateCalendar>(stored ?? firstCalendar);
  const [error, setError] = useState<unknown>(undefined);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  useFocusInvalid(ref, error);
  const errors = calendarErrors(FORM, error);
  const actions = record.actions ?? [];
  const mayWrite = actions.includes('save');
  const dirty = stored === undefined || calendar !== stored;
  const languages = [...new Set(['vi', ...gate.languages, 'en'])];
  const tomorrow = today ? plusDays(today, 1) : '';

  const edit = (next: GateCalendar) => {
    setCalendar(next);
    setStatus('');
  };
  const act = (run: () => Promise<CalendarRecord>, said: string) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setStatus('');
    run().then(
      (next) => {
        setBusy(false);
        setCalendar(baseOf(next) ?? firstCalendar);
        setStatus(said);
        onRecord(next);
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };
  const submit = (event: Event) => {
    event.preventDefault();
    act(() => calendars.save(gate.id, calendar), t('calSaved'));
  };
  const unplaced = errors.unplaced(['/weekly', '/exceptions', '/holidays']);

  return (
    <div class="calendar-layout">
      <form
        ref={ref}
        id={FORM}
        class="editor calendar-form"
        noValidate
        onSubmit={submit}
        data-editor="calendar"
      >
        <h3>{record.draft ? t('calEditDraft') : t('calEditNew')}</h3>
        {!stored && <p class="hint">{t('calFirstHint')}</p>}
        <fieldset class="calendar-plain" disabled={!mayWrite}>
          <legend class="visually-hidden">{t('calHeading')}</legend>
          <fieldset class="calendar-section" data-section="weekly">
            <legend>{t('calWeekly')}</legend>
            <p class="hint">{t('calWeeklyHint')}</p>
            <h4>{t('calLanePassengers')}</h4>
            <WeeklyEditor
              weekly={calendar.weekly.passengers}
              set={(weekly) => {
                edit(setWeekly(calendar, 'passengers', weekly));
              }}
              errors={errors}
              pointer="/weekly/passengers"
              name="weekly-passengers"
              added={WEEKEND}
              listClass="calendar-periods"
            />
            <label class="check calendar-goods">
              <input
                type="checkbox"
                name="weekly-goods"
                checked={calendar.weekly.goods !== undefined}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  edit(setWeekly(calendar, 'goods', on ? calendar.weekly.passengers : undefined));
                }}
              />
              {t('calGoodsOwn')}
            </label>
            {calendar.weekly.goods && (
              <>
                <h4>{t('calLaneGoods')}</h4>
                <WeeklyEditor
                  weekly={calendar.weekly.goods}
                  set={(weekly) => {
                    edit(setWeekly(calendar, 'goods', weekly));
                  }}
                  errors={errors}
                  pointer="/weekly/goods"
                  name="weekly-goods"
                  added={WEEKEND}
                  listClass="calendar-periods"
                />
              </>
            )}
            <PartError errors={errors} pointer="/weekly" />
          </fieldset>
          <ExceptionsEditor
            calendar={calendar}
            set={edit}
            errors={errors}
            languages={languages}
            firstDate={tomorrow}
          />
          <HolidaysEditor
            calendar={calendar}
            set={edit}
            errors={errors}
            languages={languages}
            thisYear={Number(today.slice(0, 4)) || new Date().getFullYear()}
            firstDate={tomorrow}
            proposalsOf={(year) => calendars.holidays(gate.id, year)}
          />
        </fieldset>
        <p class="error" role="alert" data-calendar-error>
          {unplaced ?? ''}
        </p>
        <p class="success" role="status" data-calendar-status-line>
          {status}
        </p>
        {record.draft && isAuthor(record, me) && isApprover(me) && <p class="hint">{t('calOwnDraft')}</p>}
        {record.draft && dirty && <p class="hint">{t('calSaveFirst')}</p>}
        <div class="actions">
          {mayWrite && (
            <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined}>
              {t('save')}
            </button>
          )}
          {mayWrite && stored && dirty && (
            <button
              type="button"
              onClick={() => {
                setCalendar(stored);
                setError(undefined);
                setStatus('');
              }}
            >
              {t('calUndo')}
            </button>
          )}
          {record.draft && (actions.includes('approve') || isApprover(me)) && (
            <button
              type="button"
              class="primary"
              disabled={dirty}
              aria-disabled={busy ? 'true' : undefined}
              onClick={() => {
                setConfirming(true);
              }}
            >
              {t('calApprove')}
            </button>
          )}
          {record.draft && actions.includes('discard') && (
            <button
              type="button"
              aria-disabled={busy ? 'true' : undefined}
              onClick={() => {
                if (confirm(t('calDiscardConfirm', { gate: gate.name })))
                  act(() => calendars.discard(gate.id), t('calDiscarded'));
              }}
            >
              {t('calDiscard')}
            </button>
          )}
        </div>
      </form>
      <div class="calendar-now">{now}</div>
      <div class="calendar-ahead">
        <NotableDays
          calendar={calendar}
          from={today}
          count={60}
          heading={t(dirty || record.draft ? 'calDaysAheadDraft' : 'calDaysAhead', { count: 60 })}
        />
      </div>
      {confirming && (
        <Dialog
          labelledBy="calendar-approve-heading"
          onClose={() => {
            setConfirming(false);
          }}
        >
          <form
            method="dialog"
            class="dialog-form"
            onSubmit={() => {
              act(() => calendars.approve(gate.id), t('calApproved', { gate: gate.name }));
            }}
          >
            <h2 id="calendar-approve-heading">{t('calApproveHeading', { gate: gate.name })}</h2>
            <p>{t('calApproveText', { gate: gate.name })}</p>
            <div class="dialog-actions">
              <button type="submit" class="primary">
                {t('calApprove')}
              </button>
              <button
                type="button"
                onClick={() => {
                  document.querySelector<HTMLDialogElement>('dialog[open]')?.close();
                }}
              >
                {t('cancel')}
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </div>
  );
}

/** Whether the person's roles approve content (the server decides; the author of the draft is refused). */
const isApprover = (me: Me): boolean => me.roles.includes('admin') || me.roles.includes('approver');
