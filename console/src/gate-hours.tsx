import type { GateHours } from '../../schemas/types.ts';
import { FieldError, type FieldErrors } from './field-error.tsx';
import { TimeInput, WeeklyEditor } from './gate-calendar-weekly.tsx';
import { t, type MessageKey } from './i18n.ts';

type Period = GateHours['weekly'][number];
type Level = NonNullable<GateHours['dimming']>[number];

/** What a gate gets when someone first ticks "has operating hours": a day's opening and the night screen. */
export const defaultHours: GateHours = {
  weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '06:00', close: '22:00' }],
  outside: 'night',
};

/** The period Thêm khoảng giờ appends: the working week's, 7:00–17:00. */
const WORKING_WEEK: Period = { days: [1, 2, 3, 4, 5], open: '07:00', close: '17:00' };

const outsideKey: Record<GateHours['outside'], MessageKey> = {
  content: 'hoursOutsideContent',
  night: 'hoursOutsideNight',
  black: 'hoursOutsideBlack',
};

/**
 * The gate's operating hours as a weekly table (periods with their days and times), what its screens show
 * outside them, and dimming levels by time of day. Holds the stored object as it is until a field is changed,
 * so a gate saved unchanged sends its hours back exactly; a level typed as text that is not a number is sent
 * as typed, for the server to refuse beside the field.
 */
export function HoursEditor({
  hours,
  set,
  errors,
}: {
  hours: GateHours | undefined;
  set: (hours: GateHours | undefined) => void;
  errors: FieldErrors;
}) {
  const level = (i: number, patch: Partial<Level>) => {
    if (hours)
      set({ ...hours, dimming: (hours.dimming ?? []).map((l, j) => (j === i ? { ...l, ...patch } : l)) });
  };
  return (
    <fieldset class="gate-hours">
      <legend>{t('hoursLegend')}</legend>
      <label class="check">
        <input
          type="checkbox"
          name="hours-enabled"
          checked={hours !== undefined}
          onChange={(e) => {
            set(e.currentTarget.checked ? defaultHours : undefined);
          }}
        />{' '}
        {t('hoursEnabled')}
      </label>
      {hours && (
        <>
          <p class="hint">{t('hoursHint')}</p>
          <WeeklyEditor
            weekly={hours.weekly}
            set={(weekly) => {
              set({ ...hours, weekly });
            }}
            errors={errors}
            pointer="/hours/weekly"
            name="hours"
            added={WORKING_WEEK}
            listClass="hours-periods"
          />
          <label>
            {t('hoursOutside')}
            <select
              name="hours-outside"
              value={hours.outside}
              onChange={(e) => {
                const outside = e.currentTarget.value;
                if (outside === 'content' || outside === 'night' || outside === 'black')
                  set({ ...hours, outside });
              }}
            >
              {(['night', 'black', 'content'] as const).map((o) => (
                <option key={o} value={o}>
                  {t(outsideKey[o])}
                </option>
              ))}
            </select>
          </label>
          <p class="hint">{t('hoursScheduledOffNote')}</p>
          <fieldset>
            <legend>{t('dimmingLegend')}</legend>
            <p class="hint">{t('dimmingHint')}</p>
            <ol class="hours-levels">
              {(hours.dimming ?? []).map((l, i) => {
                const at = `/hours/dimming/${i}`;
                return (
                  <li key={i} class="row" data-level={i}>
                    <TimeInput
                      label={t('dimmingFrom')}
                      name={`dimming-${i}-from`}
                      value={l.from}
                      set={(from) => {
                        level(i, { from });
                      }}
                      errors={errors}
                      pointer={`${at}/from`}
                    />
                    <label>
                      {t('dimmingLevel')}
                      <input
                        type="number"
                        name={`dimming-${i}-level`}
                        min={10}
                        max={100}
                        step={5}
                        inputMode="numeric"
                        value={percentText(l.level)}
                        {...errors.input(`${at}/level`)}
                        onInput={(e) => {
                          level(i, { level: levelOf(e.currentTarget.value) });
                        }}
                      />
                      <FieldError errors={errors} pointer={`${at}/level`} />
                    </label>
                    <button
                      type="button"
                      onClick={() => {
                        const dimming = (hours.dimming ?? []).filter((_, j) => j !== i);
                        const { dimming: _, ...rest } = hours;
                        set(dimming.length > 0 ? { ...rest, dimming } : rest);
                      }}
                    >
                      {t('dimmingRemove', { n: String(i + 1) })}
                    </button>
                  </li>
                );
              })}
            </ol>
            <button
              type="button"
              onClick={() => {
                set({ ...hours, dimming: [...(hours.dimming ?? []), { from: '19:00', level: 0.5 }] });
              }}
            >
              {t('dimmingAdd')}
            </button>
          </fieldset>
        </>
      )}
    </fieldset>
  );
}

/** A level (0.1 ... 1) as the percent the field shows. */
const percentText = (level: number): string =>
  typeof level === 'number' ? String(Math.round(level * 1000) / 10) : String(level);

/** The level a percent field holds; text that is not a number is kept as typed, for the server to refuse. */
function levelOf(text: string): number {
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) ? n / 100 : (text as unknown as number);
}
