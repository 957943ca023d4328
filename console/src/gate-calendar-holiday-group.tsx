import { FieldError } from './field-error.tsx';
import {
  removeHolidays,
  textIn,
  updateHolidays,
  withEffect,
  type CalendarHoliday,
  type GateCalendar,
  type HolidayEffect,
  type HolidayGroup,
} from './gate-calendar.form.ts';
import { TextEditor } from './gate-calendar-text.tsx';
import { PartError, PeriodsEditor, type CalendarErrors } from './gate-calendar-weekly.tsx';
import { countryName, datesText, holidayEffectKey, shortDate } from './gate-calendar-words.ts';
import { t } from './i18n.ts';

const effects = ['closed', 'open', 'hours'] as const;
const countries = ['VN', 'KH', 'LA', 'CN'] as const;
const effectOf = (value: string): HolidayEffect => (value === 'open' || value === 'hours' ? value : 'closed');

/** A select of what a holiday does to the crossing, labelled for a screen reader with which holiday it is. */
export function EffectSelect({
  name,
  value,
  set,
  of,
  quiet = false,
}: {
  name: string;
  value: HolidayEffect;
  set: (effect: HolidayEffect) => void;
  /** Which holiday, read out after the label. */
  of: string;
  /** The label for screen readers only (a list whose heading says what the selects are). */
  quiet?: boolean;
}) {
  return (
    <label>
      <span class={quiet ? 'visually-hidden' : undefined}>
        {t('calEffect')}
        <span class="visually-hidden"> ({of})</span>
      </span>
      <select
        name={name}
        value={value}
        onChange={(e) => {
          set(effectOf(e.currentTarget.value));
        }}
      >
        {effects.map((k) => (
          <option key={k} value={k}>
            {t(holidayEffectKey[k])}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * One holiday in the calendar: its days together (the five days of Tết), what they do to the crossing and
 * their special hours, changed for all of them at once; opened, its names in each language and each day on
 * its own (its date, its effect, removed alone).
 */
export function HolidayGroupRow({
  calendar,
  group,
  set,
  errors,
  languages,
  expanded,
  expand,
  n,
}: {
  calendar: GateCalendar;
  group: HolidayGroup;
  set: (calendar: GateCalendar) => void;
  errors: CalendarErrors;
  languages: readonly string[];
  expanded: boolean;
  expand: (on: boolean) => void;
  /** The group's place in the list (for the inputs' names). */
  n: number;
}) {
  const name = textIn(group.name) || t('calHolidayUnnamed');
  const what = t('calHolidayWhat', { name, date: datesText(group.dates) });
  const all = (f: (h: CalendarHoliday) => CalendarHoliday) => {
    set(updateHolidays(calendar, group.indices, f));
  };
  const first = group.indices[0] ?? 0;
  // A field of the group shows the error of whichever day has it.
  const at = (part: string) =>
    `/holidays/${group.indices.find((i) => errors.at(`/holidays/${i}/${part}`) !== undefined) ?? first}/${part}`;
  const detailsId = `calendar-holiday-${n}`;
  return (
    <li data-holiday-group={group.id} data-dates={group.dates.join(' ')} data-effect={group.effect}>
      <div class="calendar-holiday-line">
        <span class="calendar-holiday-name" lang="vi">
          {name}
        </span>
        <span class="small">
          {countryName(group.country)} · {datesText(group.dates)}
          {group.dates.length > 1 ? ` · ${t('calDays', { count: group.dates.length })}` : ''}
        </span>
      </div>
      <div class="row calendar-holiday-actions">
        <EffectSelect
          name={`holiday-group-${n}-effect`}
          value={group.effect}
          set={(effect) => {
            all((h) => withEffect(h, effect));
          }}
          of={what}
          quiet
        />
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={detailsId}
          onClick={() => {
            expand(!expanded);
          }}
        >
          {t('edit')}
          <span class="visually-hidden"> {what}</span>
        </button>
        <button
          type="button"
          onClick={() => {
            set(removeHolidays(calendar, group.indices));
          }}
        >
          {t('remove')}
          <span class="visually-hidden"> {what}</span>
        </button>
      </div>
      {group.effect === 'hours' && (
        <PeriodsEditor
          periods={group.periods ?? []}
          set={(periods) => {
            all((h) => ({ ...h, periods }));
          }}
          errors={errors}
          pointer={at('periods')}
          name={`holiday-group-${n}-period`}
          label={what}
        />
      )}
      <div id={detailsId} class="calendar-holiday-edit" hidden={!expanded}>
        {expanded && (
          <>
            <TextEditor
              text={group.name}
              set={(text) => {
                all((h) => ({ ...h, name: text }));
              }}
              languages={languages}
              label={t('calHolidayName')}
              name={`holiday-group-${n}-name`}
              errors={errors}
              pointer={at('name')}
            />
            <label>
              {t('calCountry')}
              <select
                name={`holiday-group-${n}-country`}
                value={group.country}
                onChange={(e) => {
                  const country = countries.find((c) => c === e.currentTarget.value) ?? 'VN';
                  all((h) => ({ ...h, country }));
                }}
              >
                {countries.map((c) => (
                  <option key={c} value={c}>
                    {countryName(c)}
                  </option>
                ))}
              </select>
            </label>
            <ul class="calendar-holiday-days">
              {group.indices.map((i) => {
                const day = calendar.holidays?.[i];
                if (!day) return null;
                const dayWhat = t('calHolidayWhat', { name, date: shortDate(day.date) });
                const one = (f: (h: CalendarHoliday) => CalendarHoliday) => {
                  set(updateHolidays(calendar, [i], f));
                };
                return (
                  <li key={i} data-holiday={i} data-date={day.date} class="row">
                    <label>
                      {t('calDate')}
                      <input
                        type="date"
                        name={`holiday-${i}-date`}
                        value={day.date}
                        {...errors.input(`/holidays/${i}/date`)}
                        onInput={(e) => {
                          const date = e.currentTarget.value;
                          one((h) => ({ ...h, date }));
                        }}
                      />
                      <FieldError errors={errors} pointer={`/holidays/${i}/date`} />
                    </label>
                    <EffectSelect
                      name={`holiday-${i}-effect`}
                      value={day.effect}
                      set={(effect) => {
                        one((h) => withEffect(h, effect));
                      }}
                      of={dayWhat}
                    />
                    {group.indices.length > 1 && (
                      <button
                        type="button"
                        onClick={() => {
                          set(removeHolidays(calendar, [i]));
                        }}
                      >
                        {t('calRemoveDay')}
                        <span class="visually-hidden"> {dayWhat}</span>
                      </button>
                    )}
                    <PartError errors={errors} pointer={`/holidays/${i}`} />
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>
    </li>
  );
}
