import { useState } from 'preact/hooks';
import {
  addHoliday,
  groupProposals,
  holidayGroups,
  takeIn,
  takenDates,
  textIn,
  type CalendarHoliday,
  type GateCalendar,
  type HolidayEffect,
  type HolidayProposal,
  type ProposedDay,
} from './gate-calendar.form.ts';
import { EffectSelect, HolidayGroupRow } from './gate-calendar-holiday-group.tsx';
import { PartError, type CalendarErrors } from './gate-calendar-weekly.tsx';
import { countryName, datesText } from './gate-calendar-words.ts';
import { errorText, t } from './i18n.ts';

/**
 * The public holidays in the calendar, and the year's computed holidays of Vietnam and of the country across
 * the border to take in (each with what it does to the crossing: closed, open as usual, special hours), then
 * change or remove, a holiday at a time or a day at a time.
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
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const groups = holidayGroups(calendar);
  const days = calendar.holidays?.length ?? 0;

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
  const expand = (id: string, on: boolean) => {
    setOpen((was) => {
      const next = new Set(was);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };
  const addOwn = () => {
    const holiday: CalendarHoliday = { date: firstDate, country: 'VN', name: { vi: '' }, effect: 'closed' };
    const next = addHoliday(calendar, holiday);
    const at = (next.holidays ?? []).indexOf(holiday);
    const added = holidayGroups(next).find((g) => g.indices.includes(at));
    if (added) expand(added.id, true);
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
        <button type="button" onClick={load} aria-disabled={loading ? 'true' : undefined}>
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
              const id = `${p.country}/${p.key ?? p.dates[0] ?? ''}`;
              const taken = takenDates(calendar, p).length === p.dates.length;
              const name = textIn(p.name);
              const effect = effects[id] ?? 'closed';
              return (
                <li key={id} data-proposal={id} data-taken-in={taken ? 'true' : 'false'}>
                  <div class="calendar-holiday-line">
                    <span class="calendar-holiday-name" lang="vi">
                      {name}
                    </span>
                    <span class="small">
                      {countryName(p.country)} · {datesText(p.dates)}
                      {p.dates.length > 1 ? ` · ${t('calDays', { count: p.dates.length })}` : ''}
                    </span>
                  </div>
                  {taken ? (
                    <span class="badge badge-ok" data-taken>
                      {t('calTaken')}
                    </span>
                  ) : (
                    <div class="row calendar-take">
                      <EffectSelect
                        name={`proposal-${p.country}-${p.key ?? ''}-effect`}
                        value={effect}
                        set={(e) => {
                          setEffects((was) => ({ ...was, [id]: e }));
                        }}
                        of={name}
                        quiet
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
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <h4>{t('calHolidaysIn', { count: groups.length, days })}</h4>
      {groups.length === 0 && <p class="hint">{t('calNoHolidays')}</p>}
      <ul class="calendar-entries calendar-holidays">
        {groups.map((g, n) => (
          <HolidayGroupRow
            key={g.id + g.effect}
            calendar={calendar}
            group={g}
            set={set}
            errors={errors}
            languages={languages}
            expanded={
              open.has(g.id) ||
              g.indices.some(
                (i) =>
                  errors.at(`/holidays/${i}`) !== undefined && errors.exact(`/holidays/${i}`) === undefined,
              )
            }
            expand={(on) => {
              expand(g.id, on);
            }}
            n={n}
          />
        ))}
      </ul>
      <PartError errors={errors} pointer="/holidays" />
      <button type="button" onClick={addOwn}>
        {t('calHolidayAdd')}
      </button>
    </fieldset>
  );
}
