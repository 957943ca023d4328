import type { CalendarPeriods, WeeklyHours } from '../../schemas/types.ts';
import { errorPointer, FieldError, fieldErrors, type FieldErrors } from './field-error.tsx';
import { t, type MessageKey } from './i18n.ts';

/** A form's field errors, and the error of a part (a period, an exception) that names the part itself. */
export interface CalendarErrors extends FieldErrors {
  /** The error text when the error names exactly `pointer` (not a field inside it). */
  exact: (pointer: string) => string | undefined;
}

/** Field errors that may also tell a part's own error (the calendar's do, the gate form's do not). */
export type PartErrors = FieldErrors & Partial<Pick<CalendarErrors, 'exact'>>;

/** The field errors of the calendar form for the last failure (undefined: none). */
export function calendarErrors(formId: string, error: unknown): CalendarErrors {
  const errors = fieldErrors(formId, error);
  const path = errorPointer(error);
  return { ...errors, exact: (pointer) => (path === pointer ? errors.at(pointer) : undefined) };
}

/**
 * The error of a part as a whole (not of one of its fields), after the part's fields; none where the form's
 * errors do not tell a part's own from its fields' (no `exact`).
 */
export function PartError({ errors, pointer }: { errors: PartErrors; pointer: string }) {
  const text = errors.exact?.(pointer);
  return text === undefined ? null : (
    <span class="error field-error" data-error-for={pointer}>
      {text}
    </span>
  );
}

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
/** ISO weekday → its short name (T2 ... CN). */
export const dayKey: Record<(typeof weekdays)[number], MessageKey> = {
  1: 'weekdayMon',
  2: 'weekdayTue',
  3: 'weekdayWed',
  4: 'weekdayThu',
  5: 'weekdayFri',
  6: 'weekdaySat',
  7: 'weekdaySun',
};

/** A labelled 24-hour time input (HH:MM), its error beside it. */
export function TimeInput({
  label,
  name,
  value,
  set,
  errors,
  pointer,
}: {
  label: string;
  name: string;
  value: string;
  set: (v: string) => void;
  errors: FieldErrors;
  pointer: string;
}) {
  return (
    <label>
      {label}
      <input
        type="time"
        name={name}
        value={value}
        {...errors.input(pointer)}
        onInput={(e) => {
          set(e.currentTarget.value);
        }}
      />
      <FieldError errors={errors} pointer={pointer} />
    </label>
  );
}

/**
 * A weekly table of opening periods, each with its days and its opening and closing time: a lane's on the
 * gate calendar, the screens' operating hours on the gate form (gate-hours.tsx). `name` prefixes the inputs'
 * names, `pointer` is the table's own; `added` is the period the add button appends.
 */
export function WeeklyEditor({
  weekly,
  set,
  errors,
  pointer,
  name,
  added,
  listClass,
}: {
  weekly: WeeklyHours;
  set: (weekly: WeeklyHours) => void;
  errors: PartErrors;
  pointer: string;
  name: string;
  added: WeeklyHours[number];
  /** The list's class (the calendar's stylesheet lays out `calendar-periods`). */
  listClass: string;
}) {
  const period = (i: number, patch: Partial<WeeklyHours[number]>) => {
    set(weekly.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  };
  return (
    <>
      <ol class={listClass}>
        {weekly.map((p, i) => {
          const at = `${pointer}/${i}`;
          const n = String(i + 1);
          return (
            <li key={i} data-period={i}>
              <fieldset>
                <legend>{t('hoursPeriod', { n })}</legend>
                <div class="hours-days" role="group" aria-label={t('hoursDays')}>
                  {weekdays.map((d) => (
                    <label key={d} class="check">
                      <input
                        type="checkbox"
                        name={`${name}-${i}-day-${d}`}
                        checked={p.days.includes(d)}
                        onChange={(e) => {
                          const on = e.currentTarget.checked;
                          period(i, {
                            days: on ? [...p.days, d].sort((a, b) => a - b) : p.days.filter((x) => x !== d),
                          });
                        }}
                      />
                      {t(dayKey[d])}
                    </label>
                  ))}
                </div>
                <FieldError errors={errors} pointer={`${at}/days`} />
                <PartError errors={errors} pointer={at} />
                <div class="row">
                  <TimeInput
                    label={t('hoursOpen')}
                    name={`${name}-${i}-open`}
                    value={p.open}
                    set={(open) => {
                      period(i, { open });
                    }}
                    errors={errors}
                    pointer={`${at}/open`}
                  />
                  <TimeInput
                    label={t('hoursClose')}
                    name={`${name}-${i}-close`}
                    value={p.close}
                    set={(close) => {
                      period(i, { close });
                    }}
                    errors={errors}
                    pointer={`${at}/close`}
                  />
                </div>
                {weekly.length > 1 && (
                  <button
                    type="button"
                    onClick={() => {
                      set(weekly.filter((_, j) => j !== i));
                    }}
                  >
                    {t('hoursRemovePeriod', { n })}
                  </button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <PartError errors={errors} pointer={pointer} />
      <button
        type="button"
        onClick={() => {
          set([...weekly, added]);
        }}
      >
        {t('hoursAddPeriod')}
      </button>
    </>
  );
}

/** The opening periods of one date (special hours): up to four, each an opening and a closing time. */
export function PeriodsEditor({
  periods,
  set,
  errors,
  pointer,
  name,
  label,
}: {
  periods: CalendarPeriods;
  set: (periods: CalendarPeriods) => void;
  errors: CalendarErrors;
  pointer: string;
  name: string;
  /** What the periods are for, read out with each period's number. */
  label: string;
}) {
  const change = (i: number, patch: Partial<CalendarPeriods[number]>) => {
    set(periods.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  };
  return (
    <div class="calendar-special">
      {periods.map((p, i) => {
        const n = String(i + 1);
        return (
          <div key={i} class="row" role="group" aria-label={t('calPeriodOf', { n, what: label })}>
            <TimeInput
              label={t('hoursOpen')}
              name={`${name}-${i}-open`}
              value={p.open}
              set={(open) => {
                change(i, { open });
              }}
              errors={errors}
              pointer={`${pointer}/${i}/open`}
            />
            <TimeInput
              label={t('hoursClose')}
              name={`${name}-${i}-close`}
              value={p.close}
              set={(close) => {
                change(i, { close });
              }}
              errors={errors}
              pointer={`${pointer}/${i}/close`}
            />
            {periods.length > 1 && (
              <button
                type="button"
                onClick={() => {
                  set(periods.filter((_, j) => j !== i));
                }}
              >
                {t('hoursRemovePeriod', { n })}
              </button>
            )}
          </div>
        );
      })}
      <PartError errors={errors} pointer={pointer} />
      {periods.length < 4 && (
        <button
          type="button"
          onClick={() => {
            set([...periods, { open: '13:00', close: '17:00' }]);
          }}
        >
          {t('hoursAddPeriod')}
        </button>
      )}
    </div>
  );
}
