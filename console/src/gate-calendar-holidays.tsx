import { useState } from 'preact/hooks';
import { FieldError } from './field-error.tsx';
import {
  addHoliday,
  groupProposals,
  removeHoliday,
  takeIn,
  takenDates,
  textIn,
  updateHoliday,
  withEffect,
  type CalendarHoliday,
  type GateCalendar,
  type HolidayEffect,
  type HolidayProposal,
  type ProposedDay,
} from './gate-calendar.form.ts';
import { TextEditor } from './gate-calendar-text.tsx';
import { PartError, PeriodsEditor, type CalendarErrors } from './gate-calendar-weekly.tsx';
import { countryName, datesText, holidayEffectKey, shortDate } from './gate-calendar-words.ts';
import { errorText, t } from './i18n.ts';

const effects = ['closed', 'open', 'hours'] as const;
const countries = ['VN', 'KH', 'LA', 'CN'] as const;
const effectOf = (value: string): HolidayEffect => (value === 'open' || value === 'hours' ? value : 'closed');

/** A select of what a holiday does to the crossing. */
function EffectSelect({
  name,
  value,
  set,
  of,
}: {
  name: string;
  value: HolidayEffect;
  set: (effect: HolidayEffect) => void;
  /** Which holiday, read out after the label. */
  of: string;
}) {
  return (
    <label>
      <span>
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
 * The public holidays in the calendar, and the year's computed holidays of Vietnam and of the country across
 * the border to take in (each with what it does to the crossing: closed, open as usual, special hours), then
 * edit or remove day by day.
 */
export function HolidaysEditor({
  calendar,
  set,
  errors,
  languages,
  thisYear,
  firstDate,
  proposalsOf,
}: {
  calendar: GateCalendar;
  set: (calendar: GateCalendar) => void;
  errors: CalendarErrors;
  languages: readonly string[];
  /** The year it is at the gate. */
  thisYear: number;
  /** The date a holiday added by hand starts on. */
  firstDate: string;
  /** The computed holidays of a year for the gate (the server's proposals). */
  proposalsOf: (year: number) => Promise<ProposedDay[]>;
}) {
  const [year, setYear] = useState(thisYear);
  const [proposals, setProposals] = useState<{ year: number; groups: HolidayProposal[] } | undefined>();
  const [effects, setEffects] = useState<Record<string, HolidayEffect>>({});
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState('');
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const holidays = calendar.holidays ?? [];

  const load = () => {
    setLoading(true);
    setLoadError('');
    proposalsOf(year).then(
      (list) => {
        setLoading(false);
        setProposals({ year, groups: groupProposals(list) });
      },
      (err: unknown) => {
        setLoading(false);
        setLoadError(errorText(err));
      },
    );
  };
  const expand = (i: number, on: boolean) => {
    setOpen((was) => {
      const next = new Set(was);
      if (on) next.add(i);
      else next.delete(i);
      return next;
    });
  };
  const change = (i: number, f: (h: CalendarHoliday) => CalendarHoliday) => {
    set(updateHoliday(calendar, i, f));
  };
  const remove = (i: number) => {
    set(removeHoliday(calendar, i));
    setOpen((was) => new Set([...was].filter((j) => j !== i).map((j) => (j > i ? j - 1 : j))));
  };
  const addOwn = () => {
    const holiday: CalendarHoliday = { date: firstDate, country: 'VN', name: { vi: '' }, effect: 'closed' };
    const next = addHoliday(calendar, holiday);
    const at = (next.holidays ?? []).indexOf(holiday);
    // Entries after the new one move down by one.
    setOpen((was) => new Set([...[...was].map((j) => (j >= at ? j + 1 : j)), at]));
    set(next);
  };

  return (
    <fieldset class="calendar-section" data-section="holidays">
      <legend>{t('calHolidays')}</legend>
      <p class="hint">{t('calHolidaysHint')}</p>
      <div class="row calendar-fetch">
        <label>
          {t('calYear')}
          <select
            name="holiday-year"
            value={String(year)}
            onChange={(e) => {
              setYear(Number(e.currentTarget.value));
            }}
          >
            {[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={load} disabled={loading}>
          {t('calFetchHolidays', { year })}
        </button>
      </div>
      <p role="status" class="hint">
        {loading ? t('loading') : ''}
      </p>
      <p class="error" role="alert">
        {loadError}
      </p>
      {proposals && (
        <section class="calendar-proposals" aria-labelledby="calendar-proposals-heading" data-proposals>
          <div class="toolbar">
            <h4 id="calendar-proposals-heading">{t('calProposalsHeading', { year: proposals.year })}</h4>
            <button
              type="button"
              onClick={() => {
                setProposals(undefined);
              }}
            >
              {t('calProposalsHide')}
            </button>
          </div>
          <p class="hint">{t('calProposalsHint')}</p>
          <ul>
            {proposals.groups.map((p) => {
              const id = `${p.country}/${p.key}`;
              const taken = takenDates(calendar, p).length;
              const name = textIn(p.name);
              const effect = effects[id] ?? 'closed';
              return (
                <li key={id} data-proposal={id} class="card">
                  <span class="calendar-holiday-name" lang="vi">
                    {name}
                  </span>
                  <span class="small">
                    {countryName(p.country)} · {datesText(p.dates)}
                    {p.dates.length > 1 ? ` · ${t('calDays', { count: p.dates.length })}` : ''}
                  </span>
                  {taken === p.dates.length ? (
                    <span class="badge badge-ok" data-taken>
                      {t('calTaken')}
                    </span>
                  ) : (
                    <span class="row calendar-take">
                      <EffectSelect
                        name={`proposal-${p.country}-${p.key}-effect`}
                        value={effect}
                        set={(e) => {
                          setEffects((was) => ({ ...was, [id]: e }));
                        }}
                        of={name}
                      />
                      <button
                        type="button"
                        onClick={() => {
                          set(takeIn(calendar, p, effect));
                        }}
                      >
                        {t('calTakeIn')}
                        <span class="visually-hidden">
                          {' '}
                          {t('calTakeInWhat', { name, country: countryName(p.country) })}
                        </span>
                      </button>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <h4>{t('calHolidaysIn', { count: holidays.length })}</h4>
      {holidays.length === 0 && <p class="hint">{t('calNoHolidays')}</p>}
      <ul class="calendar-entries calendar-holidays">
        {holidays.map((h, i) => {
          const at = `/holidays/${i}`;
          const name = textIn(h.name) || t('calHolidayUnnamed');
          const what = t('calHolidayWhat', { name, date: shortDate(h.date) });
          const expanded = open.has(i) || (errors.at(at) !== undefined && errors.exact(at) === undefined);
          const detailsId = `calendar-holiday-${i}`;
          return (
            <li key={i} data-holiday={i} data-holiday-key={h.key} data-date={h.date}>
              <div class="calendar-holiday-line">
                <span class="nowrap">{shortDate(h.date)}</span>
                <span class="calendar-holiday-name" lang="vi">
                  {name}
                </span>
                <span class="small">{countryName(h.country)}</span>
              </div>
              <div class="row calendar-holiday-actions">
                <EffectSelect
                  name={`holiday-${i}-effect`}
                  value={h.effect}
                  set={(effect) => {
                    change(i, (x) => withEffect(x, effect));
                  }}
                  of={what}
                />
                <button
                  type="button"
                  aria-expanded={expanded}
                  aria-controls={detailsId}
                  onClick={() => {
                    expand(i, !expanded);
                  }}
                >
                  {t('edit')}
                  <span class="visually-hidden"> {what}</span>
                </button>
                <button
                  type="button"
                  onClick={() => {
                    remove(i);
                  }}
                >
                  {t('remove')}
                  <span class="visually-hidden"> {what}</span>
                </button>
              </div>
              {h.effect === 'hours' && (
                <PeriodsEditor
                  periods={h.periods ?? []}
                  set={(periods) => {
                    change(i, (x) => ({ ...x, periods }));
                  }}
                  errors={errors}
                  pointer={`${at}/periods`}
                  name={`holiday-${i}-period`}
                  label={what}
                />
              )}
              <PartError errors={errors} pointer={at} />
              <div id={detailsId} class="calendar-holiday-edit" hidden={!expanded}>
                {expanded && (
                  <>
                    <div class="row">
                      <label>
                        {t('calDate')}
                        <input
                          type="date"
                          name={`holiday-${i}-date`}
                          value={h.date}
                          {...errors.input(`${at}/date`)}
                          onInput={(e) => {
                            const date = e.currentTarget.value;
                            change(i, (x) => ({ ...x, date }));
                          }}
                        />
                        <FieldError errors={errors} pointer={`${at}/date`} />
                      </label>
                      <label>
                        {t('calCountry')}
                        <select
                          name={`holiday-${i}-country`}
                          value={h.country}
                          onChange={(e) => {
                            const country = countries.find((c) => c === e.currentTarget.value) ?? 'VN';
                            change(i, (x) => ({ ...x, country }));
                          }}
                        >
                          {countries.map((c) => (
                            <option key={c} value={c}>
                              {countryName(c)}
                            </option>
                          ))}
                        </select>
                      </label>
                    </div>
                    <TextEditor
                      text={h.name}
                      set={(text) => {
                        change(i, (x) => ({ ...x, name: text }));
                      }}
                      languages={languages}
                      label={t('calHolidayName')}
                      name={`holiday-${i}-name`}
                      errors={errors}
                      pointer={`${at}/name`}
                    />
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <PartError errors={errors} pointer="/holidays" />
      <button type="button" onClick={addOwn}>
        {t('calHolidayAdd')}
      </button>
    </fieldset>
  );
}
