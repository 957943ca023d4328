import type { DataDigits } from '../../schemas/types.ts';
import { nextChanges } from '../../shared/gate.calendar.ts';
import { gateFieldValue } from '../../shared/gate.fields.ts';
import { hasGoodsLane, notableDays, type GateCalendar } from './gate-calendar.form.ts';
import { dateText, dayText, instantText } from './gate-calendar-words.ts';
import { lang, t } from './i18n.ts';

/**
 * What the screens say of the gate now, from the approved calendar, as the player writes it ({{gate.status}},
 * {{gate.hours}}), and when it next opens or closes.
 */
export function CalendarStatus({
  calendar,
  timeZone,
  digits,
  now,
}: {
  calendar: GateCalendar;
  timeZone: string;
  digits: DataDigits | undefined;
  now: number;
}) {
  const context = { calendar, timeZone, lang: lang(), digits, now };
  const goods = hasGoodsLane(calendar);
  const line = (path: string) => gateFieldValue(path, context)?.text ?? '';
  const changes = nextChanges(calendar, timeZone, now, 6);
  return (
    <section class="calendar-status" aria-labelledby="calendar-status-heading" data-calendar-status>
      <h3 id="calendar-status-heading">{t('calStatusHeading')}</h3>
      <dl class="facts">
        <dt>{goods ? t('calLanePassengers') : t('calStatusNow')}</dt>
        <dd data-status="passengers">
          <strong>{line('gate.status')}</strong>
          <br />
          <span class="small">{line('gate.hours')}</span>
        </dd>
        {goods && (
          <>
            <dt>{t('calLaneGoods')}</dt>
            <dd data-status="goods">
              <strong>{line('gate.status.goods')}</strong>
              <br />
              <span class="small">{line('gate.hours.goods')}</span>
            </dd>
          </>
        )}
      </dl>
      {changes.length > 0 && (
        <>
          <h4>{goods ? t('calNextChangesPassengers') : t('calNextChanges')}</h4>
          <ul class="calendar-changes" data-changes>
            {changes.map((c) => (
              <li key={c.at}>
                {c.open
                  ? t('calOpensAt', { when: instantText(c.at, timeZone) })
                  : t('calClosesAt', { when: instantText(c.at, timeZone) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The days ahead on which the gate is closed or keeps other hours than every week, and why. */
export function NotableDays({
  calendar,
  from,
  count,
  heading,
}: {
  calendar: GateCalendar;
  /** The first date, 'YYYY-MM-DD' (today at the gate). */
  from: string;
  count: number;
  heading: string;
}) {
  const days = notableDays(calendar, from, count);
  return (
    <section class="calendar-days" aria-labelledby="calendar-days-heading" data-notable-days>
      <h3 id="calendar-days-heading">{heading}</h3>
      {days.length === 0 ? (
        <p class="hint">{t('calNoNotableDays', { count })}</p>
      ) : (
        <ul>
          {days.map((d) => (
            <li
              key={d.date}
              data-date={d.date}
              data-closed={d.passengers.day.periods.length === 0 ? 'true' : 'false'}
            >
              <span class="calendar-day-date">{dateText(d.date)}</span>
              <span>
                {d.goods && `${t('calLanePassengers')}: `}
                {dayText(d.passengers.day, d.passengers.usual)}
              </span>
              {d.goods && (
                <span>
                  {t('calLaneGoods')}: {dayText(d.goods.day, d.goods.usual)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
