import { useState } from 'preact/hooks';
import { gatesReached } from '../../shared/targeting.ts';
import type { Schedule } from './api.ts';
import type { PageProps } from './app.tsx';
import { dayInterval, intervalText, overlaps, slotToCron, type Weekday } from './cron.ts';
import { useLoad } from './hooks.ts';
import { errorText, lang, t } from './i18n.ts';

// Monday first, as Vietnamese calendars are laid out.
const week: Weekday[] = [1, 2, 3, 4, 5, 6, 0];

function dayName(day: Weekday, width: 'short' | 'long' = 'short'): string {
  // 2024-01-07 was a Sunday.
  return new Intl.DateTimeFormat(lang() === 'vi' ? 'vi-VN' : 'en-GB', {
    weekday: width,
    timeZone: 'UTC',
  }).format(Date.UTC(2024, 0, 7 + day));
}

/** A recurring slot from weekday boxes and two times (the cron is shown, not typed), and each gate's week. */
export function SchedulesPage({ api }: PageProps) {
  const ctx = useLoad(async () => {
    const [gates, screens, playlists, schedules] = await Promise.all([
      api.gates(),
      api.screens(),
      api.playlists(),
      api.schedules(),
    ]);
    // Each schedule with the gates it plays at, by the compiler's own rule (named gates, screens, group tags).
    const reach = schedules.items.map((s) => ({ s, gates: gatesReached(s, screens.items, gates.items) }));
    return { gates: gates.items, playlists: playlists.items, reach };
  }, [api]);
  const [name, setName] = useState('');
  const [playlistId, setPlaylistId] = useState('');
  const [gateId, setGateId] = useState('');
  const [days, setDays] = useState<Weekday[]>([1, 2, 3, 4, 5]);
  const [start, setStart] = useState('06:00');
  const [end, setEnd] = useState('09:00');
  const [priority, setPriority] = useState(10);
  const [note, setNote] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const slot = slotToCron(days, start, end);

  const submit = (event: Event) => {
    event.preventDefault();
    const body = {
      name: name.trim(),
      playlistId: playlistId || ctx.data?.playlists[0]?.id || '',
      targets: { gates: [gateId || ctx.data?.gates[0]?.id || ''] },
      recurrence: { type: 'cron' as const, cron: slot.cron, durationMinutes: slot.durationMinutes },
      priority,
    };
    api.submitNewSchedule(body).then(
      () => {
        setNote({ ok: true, text: t('submitted') });
        ctx.reload();
      },
      (err: unknown) => {
        setNote({ ok: false, text: errorText(err) });
      },
    );
  };
  return (
    <section aria-labelledby="schedules-heading">
      <h2 id="schedules-heading">{t('schedulesHeading')}</h2>
      <form class="editor" noValidate onSubmit={submit}>
        <h3>{t('newSchedule')}</h3>
        <div class="row">
          <label>
            {t('scheduleName')}
            <input
              name="schedule-name"
              value={name}
              onInput={(e) => {
                setName(e.currentTarget.value);
              }}
            />
          </label>
          <label>
            {t('playlist')}
            <select
              name="schedule-playlist"
              // Until one is chosen, the first is shown, and it is what is sent.
              value={playlistId || ctx.data?.playlists[0]?.id || ''}
              onChange={(e) => {
                setPlaylistId(e.currentTarget.value);
              }}
            >
              {ctx.data?.playlists.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('gate')}
            <select
              name="schedule-gate"
              value={gateId || ctx.data?.gates[0]?.id || ''}
              onChange={(e) => {
                setGateId(e.currentTarget.value);
              }}
            >
              {ctx.data?.gates.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <fieldset>
          <legend>{t('weekdays')}</legend>
          {week.map((d) => (
            <label key={d} class="check">
              <input
                type="checkbox"
                name="weekday"
                value={d}
                checked={days.includes(d)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setDays((was) => (on ? [...was, d] : was.filter((x) => x !== d)));
                }}
              />
              {/* The long name: "Thứ Hai" reads unambiguously to a screen reader, "T2" does not. */}
              {dayName(d, 'long')}
            </label>
          ))}
        </fieldset>
        <div class="row">
          <label>
            {t('from')}
            <input
              type="time"
              name="start"
              value={start}
              onInput={(e) => {
                setStart(e.currentTarget.value);
              }}
            />
          </label>
          <label>
            {t('until')}
            <input
              type="time"
              name="end"
              value={end}
              onInput={(e) => {
                setEnd(e.currentTarget.value);
              }}
            />
          </label>
          <label>
            {t('priority')}
            <input
              type="number"
              name="priority"
              value={priority}
              onInput={(e) => {
                setPriority(Number(e.currentTarget.value) || 0);
              }}
            />
          </label>
        </div>
        <p class="small">
          {t('cronForExperts')}: <code data-cron>{slot.cron}</code> ({slot.durationMinutes} min)
        </p>
        <p class={note?.ok ? 'success' : 'error'} role="status">
          {note?.text ?? ''}
        </p>
        <button type="submit" class="primary">
          {t('submit')}
        </button>
      </form>
      {ctx.data?.gates.map((g) => (
        <WeekView
          key={g.id}
          gateName={g.name}
          schedules={ctx.data?.reach.filter((r) => r.gates.has(g.id)).map((r) => r.s) ?? []}
        />
      ))}
    </section>
  );
}

/** What plays when at one gate: each cron slot on its days, by priority; equal priorities overlapping are marked. */
function WeekView({ gateName, schedules }: { gateName: string; schedules: Schedule[] }) {
  const slots = week.map((d) =>
    schedules
      .filter((s) => s.recurrence.type !== 'cron' || cronDays(s.recurrence.cron).includes(d))
      .sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0)),
  );
  return (
    <section class="week" aria-label={t('weekView', { gate: gateName })}>
      <h3>{t('weekView', { gate: gateName })}</h3>
      <table>
        <thead>
          <tr>
            {week.map((d) => (
              <th key={d} scope="col">
                {dayName(d)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {slots.map((list, i) => (
              <td key={i}>
                {list.map((s) => {
                  // A conflict is two slots of equal priority that share time: they interleave item by item.
                  const own = dayInterval(s.recurrence);
                  const clash = list.some(
                    (o) =>
                      o !== s &&
                      (o.priority ?? 0) === (s.priority ?? 0) &&
                      overlaps(own, dayInterval(o.recurrence)),
                  );
                  return (
                    <div key={s.id} class={`slot${clash ? ' clash' : ''}`}>
                      {s.recurrence.type === 'cron' ? `${intervalText(own)} ` : `${t('alwaysOn')} `}
                      {s.name} (P{s.priority ?? 0}){clash && <span class="warning"> ⚠ {t('conflict')}</span>}
                    </div>
                  );
                })}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}

function cronDays(cron: string): Weekday[] {
  const field = cron.split(' ')[4] ?? '*';
  if (field === '*') return week;
  const out: Weekday[] = [];
  for (const part of field.split(',')) {
    const [a, b] = part.split('-').map(Number);
    for (let d = a ?? 0; d <= (b ?? a ?? 0); d++) out.push((d % 7) as Weekday);
  }
  return out;
}
