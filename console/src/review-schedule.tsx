import type { Schedule } from './api.ts';
import { daysText, describeSchedule } from './describe.schedule.ts';
import { cronAsWeekly, isoWeek, minuteOf, type StoredRecurrence } from './forms/schedule.form.ts';
import { lang, t } from './i18n.ts';
import type { ReviewNames } from './review-api.ts';
import { ChangeList, changeOf } from './review-parts.tsx';

const dayMinutes = 24 * 60;

/** Minutes [from, until) of one weekday (1 = Monday) that a slot covers. */
type Slot = { day: number; from: number; until: number };

/** The weekly slots of a recurrence, an overnight slot split at midnight; undefined when a cron is not weekly. */
export function weekSlots(r: StoredRecurrence): Slot[] | undefined {
  const spread = (days: readonly number[], start: number, minutes: number): Slot[] =>
    days.flatMap((day) => {
      const end = start + Math.min(minutes, dayMinutes);
      const first = { day, from: start, until: Math.min(end, dayMinutes) };
      return end > dayMinutes ? [first, { day: (day % 7) + 1, from: 0, until: end - dayMinutes }] : [first];
    });
  switch (r.type) {
    case 'always':
      return isoWeek.map((day) => ({ day, from: 0, until: dayMinutes }));
    case 'weekly': {
      const start = minuteOf(r.start);
      const end = minuteOf(r.end);
      if (start === undefined || end === undefined) return undefined;
      // Overnight or not, the slot lasts from start round the clock to end (the server refuses an unclear one).
      return spread(r.days, start, (end - start + dayMinutes) % dayMinutes || dayMinutes);
    }
    case 'cron': {
      const plain = cronAsWeekly(r.cron);
      return plain ? spread(plain.days, plain.start, r.durationMinutes) : undefined;
    }
  }
}

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const span = (s: Slot) => t('rvSlotTimes', { from: hhmm(s.from), until: hhmm(s.until) });

/** A week drawn as seven bars (Monday first), the old slots outlined and the new ones filled; times also in words. */
function WeekTimeline({ before, after }: { before: Slot[] | undefined; after: Slot[] }) {
  return (
    <table class="review-week">
      <caption>{t('rvTimelineCaption')}</caption>
      <thead aria-hidden="true">
        <tr>
          <td />
          <td class="week-hours">
            {[0, 6, 12, 18, 24].map((h) => (
              <span key={h} style={{ left: `${(h / 24) * 100}%` }}>
                {`${h}h`}
              </span>
            ))}
          </td>
        </tr>
      </thead>
      <tbody>
        {isoWeek.map((day) => {
          const now = after.filter((s) => s.day === day);
          const old = (before ?? []).filter((s) => s.day === day);
          return (
            <tr key={day} data-day={day}>
              <th scope="row">{daysText([day], lang())}</th>
              <td>
                <div class="week-bar" aria-hidden="true">
                  {old.map((s, i) => (
                    <span
                      key={`b${i}`}
                      class="slot-before"
                      style={{
                        left: `${(s.from / dayMinutes) * 100}%`,
                        width: `${((s.until - s.from) / dayMinutes) * 100}%`,
                      }}
                    />
                  ))}
                  {now.map((s, i) => (
                    <span
                      key={`a${i}`}
                      class="slot-after"
                      style={{
                        left: `${(s.from / dayMinutes) * 100}%`,
                        width: `${((s.until - s.from) / dayMinutes) * 100}%`,
                      }}
                    />
                  ))}
                </div>
                <span class="small">
                  {before && (
                    <span data-slots="before">{`${t('rvTimelineBefore')}: ${old.map(span).join(', ') || '—'}; `}</span>
                  )}
                  <span data-slots="after">{`${t('rvTimelineAfter')}: ${now.map(span).join(', ') || '—'}`}</span>
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A schedule under review: a sentence and a week timeline, before and after, and which parts changed. */
export function ScheduleReview({
  draft,
  approved,
  names,
}: {
  draft: Schedule;
  approved: Schedule | null;
  names: ReviewNames;
}) {
  const sentence = (s: Schedule) => describeSchedule(s, names, lang());
  const playlistName = (s: Schedule) =>
    names.playlists.find((p) => p.id === s.playlistId)?.name ?? t('rvUnknown');
  const enabled = (s: Schedule) => t(s.enabled === false ? 'rvOff' : 'rvOn');
  const changes = approved
    ? [
        ...changeOf(t('rvName'), approved.name, draft.name),
        ...changeOf(t('rvWhenHeading'), sentence(approved), sentence(draft)),
        ...changeOf(t('rvPlaylist'), playlistName(approved), playlistName(draft)),
        ...changeOf(t('rvEnabled'), enabled(approved), enabled(draft)),
      ]
    : [];
  const after = weekSlots(draft.recurrence);
  return (
    <>
      <ChangeList changes={changes} isNew={!approved} />
      <dl class="facts">
        <dt>{t('rvWhenHeading')}</dt>
        <dd data-sentence>{sentence(draft)}</dd>
        <dt>{t('rvPlaylist')}</dt>
        <dd>{playlistName(draft)}</dd>
        <dt>{t('rvEnabled')}</dt>
        <dd>{enabled(draft)}</dd>
      </dl>
      {after ? (
        <WeekTimeline before={approved ? weekSlots(approved.recurrence) : undefined} after={after} />
      ) : (
        <p class="hint">{t('rvTimelineUnknown')}</p>
      )}
    </>
  );
}
