import { FieldError } from './field-error.tsx';
import {
  addException,
  newException,
  removeException,
  updateException,
  withEffect,
  withLane,
  type CalendarException,
  type GateCalendar,
} from './gate-calendar.form.ts';
import { TextEditor } from './gate-calendar-text.tsx';
import { PartError, PeriodsEditor, type CalendarErrors } from './gate-calendar-weekly.tsx';
import { dateText, exceptionEffectKey } from './gate-calendar-words.ts';
import { t } from './i18n.ts';

/**
 * The dated exceptions: a date, the lane (or every lane), closed all day or special hours, and the reason in
 * Vietnamese (and, optionally, the gate's other languages: screens show it beside the status).
 */
export function ExceptionsEditor({
  calendar,
  set,
  errors,
  languages,
  firstDate,
}: {
  calendar: GateCalendar;
  set: (calendar: GateCalendar) => void;
  errors: CalendarErrors;
  languages: readonly string[];
  /** The date a new exception starts on (tomorrow at the gate). */
  firstDate: string;
}) {
  const exceptions = calendar.exceptions ?? [];
  const change = (i: number, f: (e: CalendarException) => CalendarException) => {
    set(updateException(calendar, i, f));
  };
  return (
    <fieldset class="calendar-section" data-section="exceptions">
      <legend>{t('calExceptions')}</legend>
      <p class="hint">{t('calExceptionsHint')}</p>
      {exceptions.length === 0 && <p class="hint">{t('calNoExceptions')}</p>}
      <ol class="calendar-entries">
        {exceptions.map((e, i) => {
          const at = `/exceptions/${i}`;
          const n = String(i + 1);
          const what = e.date ? dateText(e.date) : t('calExceptionN', { n });
          return (
            <li key={i} data-exception={i}>
              <fieldset>
                <legend>{t('calExceptionOf', { n, date: what })}</legend>
                <div class="row">
                  <label>
                    {t('calDate')}
                    <input
                      type="date"
                      name={`exception-${i}-date`}
                      value={e.date}
                      {...errors.input(`${at}/date`)}
                      onInput={(ev) => {
                        const date = ev.currentTarget.value;
                        change(i, (x) => ({ ...x, date }));
                      }}
                    />
                    <FieldError errors={errors} pointer={`${at}/date`} />
                  </label>
                  <label>
                    {t('calLane')}
                    <select
                      name={`exception-${i}-lane`}
                      value={e.lane ?? ''}
                      {...errors.input(`${at}/lane`)}
                      onChange={(ev) => {
                        const lane = ev.currentTarget.value;
                        change(i, (x) => withLane(x, lane === 'passengers' || lane === 'goods' ? lane : ''));
                      }}
                    >
                      <option value="">{t('calLaneAll')}</option>
                      <option value="passengers">{t('calLanePassengers')}</option>
                      <option value="goods">{t('calLaneGoods')}</option>
                    </select>
                    <FieldError errors={errors} pointer={`${at}/lane`} />
                  </label>
                  <label>
                    {t('calEffect')}
                    <select
                      name={`exception-${i}-effect`}
                      value={e.effect}
                      onChange={(ev) => {
                        const effect = ev.currentTarget.value === 'hours' ? 'hours' : 'closed';
                        change(i, (x) => withEffect(x, effect));
                      }}
                    >
                      {(['closed', 'hours'] as const).map((k) => (
                        <option key={k} value={k}>
                          {t(exceptionEffectKey[k])}
                        </option>
                      ))}
                    </select>
                  </label>
                </div>
                {e.effect === 'hours' && (
                  <PeriodsEditor
                    periods={e.periods ?? []}
                    set={(periods) => {
                      change(i, (x) => ({ ...x, periods }));
                    }}
                    errors={errors}
                    pointer={`${at}/periods`}
                    name={`exception-${i}-period`}
                    label={what}
                  />
                )}
                <TextEditor
                  text={e.reason}
                  set={(reason) => {
                    change(i, (x) => ({ ...x, reason }));
                  }}
                  languages={languages}
                  label={t('calReason')}
                  name={`exception-${i}-reason`}
                  errors={errors}
                  pointer={`${at}/reason`}
                />
                <PartError errors={errors} pointer={at} />
                <button
                  type="button"
                  onClick={() => {
                    set(removeException(calendar, i));
                  }}
                >
                  {t('calExceptionRemove', { date: what })}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <PartError errors={errors} pointer="/exceptions" />
      <button
        type="button"
        onClick={() => {
          set(addException(calendar, newException(firstDate)));
        }}
      >
        {t('calExceptionAdd')}
      </button>
    </fieldset>
  );
}
