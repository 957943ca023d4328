import { Calendar, type EventInput, type EventSourceFuncInfo } from 'fullcalendar';
import interactionPlugin from 'fullcalendar/interaction';
import viLocale from 'fullcalendar/locales/vi';
import classicTheme from 'fullcalendar/themes/classic';
import timeGridPlugin from 'fullcalendar/timegrid';
import 'fullcalendar/skeleton.css';
import 'fullcalendar/themes/classic/theme.css';
import 'fullcalendar/themes/classic/palette.css';
import './week-view.css';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { gatesReached, targetsScreen } from '../../shared/targeting.ts';
import type { ApprovalSummary, Gate, Screen } from './api.ts';
import { daysText, describeSchedule } from './describe.schedule.ts';
import { Dialog } from './dialog.tsx';
import type { IsoDay, StoredSchedule } from './forms/schedule.form.ts';
import { errorText, lang, t } from './i18n.ts';
import { dayName } from './schedule-editor.tsx';
import {
  clock,
  conflictsOf,
  DAY,
  movedSlot,
  occurrencesInWeek,
  wallTime,
  type Conflict,
  type Occurrence,
} from './week.model.ts';

export type Slot = { days: number[]; start: string; end: string; overnight: boolean };

interface WeekViewProps {
  schedules: readonly StoredSchedule[];
  gates: readonly Gate[];
  screens: readonly Screen[];
  stateOf: (id: string) => ApprovalSummary | undefined;
  /** Saves the schedule as a draft with the new weekly slot (after the person confirmed it). */
  onMove: (schedule: StoredSchedule, slot: Slot) => Promise<void>;
}

interface Place {
  key: string;
  label: string;
  gate: Gate;
  /** The screens whose air time this view shows (one, or all of the gate's). */
  screens: Screen[];
  reaches: (s: StoredSchedule) => boolean;
}

// Light fills with dark text: readable, and distinct enough side by side.
const palette = ['#dbeafe', '#dcfce7', '#fef3c7', '#fce7f3', '#e0e7ff', '#ccfbf1', '#ffedd5', '#f3e8ff'];

interface Pending {
  schedule: StoredSchedule;
  slot: Slot;
  revert: () => void;
}

/**
 * A week of one gate or one screen on the gate's wall clock (FullCalendar's time grid, Monday first, the
 * interface's language): every enabled schedule that reaches it by the compiler's own targeting rule, equal
 * priorities that overlap on a shared screen marked and explained in words, and weekly slots that can be
 * dragged or stretched (saved as a draft after a confirmation; it must be submitted again).
 */
export function WeekView(props: WeekViewProps) {
  const { gates, screens } = props;
  const places = useMemo((): Place[] => {
    const provinceOf = (gateId: string) => gates.find((g) => g.id === gateId)?.province;
    const out: Place[] = [];
    for (const gate of gates) {
      const own = screens.filter((s) => s.gateId === gate.id);
      out.push({
        key: `gate:${gate.id}`,
        label: t('schWeekGate', { name: gate.name }),
        gate,
        screens: own,
        reaches: (s) => gatesReached(s, screens, gates).has(gate.id),
      });
      for (const screen of own)
        out.push({
          key: `screen:${screen.id}`,
          label: t('schWeekScreen', { name: screen.name, gate: gate.name }),
          gate,
          screens: [screen],
          reaches: (s) => targetsScreen(s, { ...screen, province: provinceOf(screen.gateId) }),
        });
    }
    return out;
  }, [gates, screens]);
  const [placeKey, setPlaceKey] = useState('');
  const place = places.find((p) => p.key === placeKey) ?? places[0];
  const [monday, setMonday] = useState<string | undefined>(undefined);
  const [pending, setPending] = useState<Pending | undefined>(undefined);
  const [note, setNote] = useState<{ ok: boolean; text: string } | undefined>(undefined);

  const reached = useMemo(
    () => (place ? props.schedules.filter((s) => s.enabled !== false && place.reaches(s)) : []),
    [place, props.schedules],
  );
  const colours = useMemo(
    () => new Map(props.schedules.map((s, i) => [s.id, palette[i % palette.length] ?? '#eee'])),
    [props.schedules],
  );
  // Where two schedules both play: the screens of this view both reach (the gate itself if it has none).
  const sharedPlaces = useMemo(() => {
    if (!place) return () => [];
    return (a: StoredSchedule, b: StoredSchedule): string[] => {
      if (place.screens.length === 0) return [place.gate.name];
      const province = place.gate.province;
      return place.screens
        .filter((s) => targetsScreen(a, { ...s, province }) && targetsScreen(b, { ...s, province }))
        .map((s) => s.name);
    };
  }, [place]);
  const week = useMemo(() => {
    if (!monday) return { occurrences: [] as Occurrence[], conflicts: [] as Conflict[] };
    const occurrences = occurrencesInWeek(reached, monday);
    return { occurrences, conflicts: conflictsOf(occurrences, sharedPlaces) };
  }, [reached, monday, sharedPlaces]);

  // The calendar reads the latest inputs through a ref; a change asks it to fetch its events again.
  const latest = useRef({ reached, sharedPlaces, colours });
  latest.current = { reached, sharedPlaces, colours };
  const onPending = useRef(setPending);
  const host = useRef<HTMLDivElement>(null);
  const calendar = useRef<Calendar | undefined>(undefined);

  useEffect(() => {
    if (!host.current) return;
    const cal = new Calendar(host.current, {
      plugins: [timeGridPlugin, interactionPlugin, classicTheme],
      initialView: 'timeGridWeek',
      locale: lang() === 'vi' ? viLocale : 'en',
      firstDay: 1,
      timeZone: place?.gate.timeZone ?? 'local',
      headerToolbar: { start: 'prev,today,next', center: 'title', end: '' },
      // The whole day on the page, no scroller inside the grid: an inner scroller is one a keyboard cannot
      // reach, and making it focusable breaks the grid's ARIA structure.
      height: 'auto',
      slotDuration: '00:30:00',
      // An hour is tall enough for a two-line name and its time.
      slotMinHeight: 24,
      snapDuration: '00:15:00',
      eventTimeFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
      slotHeaderFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
      // Side by side, never on top of each other: every title stays readable.
      slotEventOverlap: false,
      eventMinHeight: 22,
      nowIndicator: true,
      editable: true,
      events: (info: EventSourceFuncInfo, success: (events: EventInput[]) => void) => {
        const first = info.startStr.slice(0, 10);
        const { reached: list, sharedPlaces: shared, colours: fill } = latest.current;
        const occurrences = occurrencesInWeek(list, first);
        const clashing = new Set(conflictsOf(occurrences, shared).flatMap((c) => [c.a.id, c.b.id]));
        success(occurrences.flatMap((o, i) => eventsOf(o, i, first, clashing, fill)));
      },
      datesSet: (info) => {
        setMonday(info.startStr.slice(0, 10));
      },
      eventContent: (arg) => ({
        domNodes: contentOf(arg.event.title, arg.event.extendedProps, arg.timeText),
      }),
      eventDrop: (info) => {
        confirmMove(info.event, info.oldEvent, info.revert);
      },
      eventResize: (info) => {
        confirmMove(info.event, info.oldEvent, info.revert);
      },
    });
    const confirmMove = (
      event: { startStr: string; endStr: string; extendedProps: Record<string, unknown> },
      old: { startStr: string },
      revert: () => void,
    ) => {
      const schedule = latest.current.reached.find((s) => s.id === event.extendedProps.scheduleId);
      if (schedule?.recurrence.type !== 'weekly') {
        revert();
        setNote({ ok: false, text: t('schWeekNotWeekly', { name: schedule?.name ?? '' }) });
        return;
      }
      const slot = movedSlot(schedule.recurrence, old.startStr.slice(0, 10), event.startStr, event.endStr);
      if (!slot) {
        revert();
        setNote({ ok: false, text: t('schWeekOneDay') });
        return;
      }
      onPending.current({ schedule, slot, revert });
    };
    cal.render();
    calendar.current = cal;
    return () => {
      cal.destroy();
      calendar.current = undefined;
    };
  }, []);

  // Another place (maybe another gate's time zone), other schedules or the other language: redrawn.
  const uiLang = lang();
  useEffect(() => {
    const cal = calendar.current;
    if (!cal) return;
    if (place) cal.setOption('timeZone', place.gate.timeZone);
    cal.setOption('locale', uiLang === 'vi' ? viLocale : 'en');
    cal.refetchEvents();
  }, [place, reached, sharedPlaces, colours, uiLang]);

  const confirm = (yes: boolean) => {
    const was = pending;
    setPending(undefined);
    if (!was) return;
    if (!yes) {
      was.revert();
      return;
    }
    props.onMove(was.schedule, was.slot).then(
      () => {
        setNote({ ok: true, text: t('schWeekMoved', { name: was.schedule.name }) });
      },
      (err: unknown) => {
        was.revert();
        setNote({ ok: false, text: errorText(err) });
      },
    );
  };

  const names = { gates, screens };
  const spanText = (span: [number, number]): string => {
    if (!monday) return '';
    const [s, e] = span;
    const day = (m: number) => dayName(((Math.floor(m / DAY) % 7) + 1) as IsoDay);
    const sameDay = Math.floor(s / DAY) === Math.floor((e - 1) / DAY);
    return sameDay
      ? `${day(s)} ${clock(s)}–${e % DAY === 0 ? '24:00' : clock(e)}`
      : `${day(s)} ${clock(s)} – ${day(e)} ${clock(e)}`;
  };

  return (
    <section class="week-view" aria-labelledby="week-heading" data-place={place?.key ?? ''}>
      <h3 id="week-heading">{t('schWeekHeading')}</h3>
      <div class="row">
        <label>
          {t('schWeekOf')}
          <select
            name="week-place"
            value={place?.key ?? ''}
            onChange={(e) => {
              setPlaceKey(e.currentTarget.value);
            }}
          >
            {places.map((p) => (
              <option key={p.key} value={p.key}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {place && <p class="hint">{t('schWeekZone', { zone: place.gate.timeZone })}</p>}
      <p class="hint">{t('schWeekDrag')}</p>
      <p class={note?.ok ? 'success' : 'error'} role="status" data-week-note>
        {note?.text ?? ''}
      </p>
      <section class="conflicts" aria-labelledby="week-conflicts-heading">
        <h4 id="week-conflicts-heading">{t('schConflicts')}</h4>
        {week.conflicts.length === 0 ? (
          <p data-no-conflicts>{t('schNoConflicts')}</p>
        ) : (
          <ul>
            {week.conflicts.map((c) => (
              <li key={`${c.a.id} ${c.b.id}`} class="clash" data-conflict={`${c.a.id} ${c.b.id}`}>
                <span class="badge badge-warn">⚠ {t('schConflictBadge')}</span>{' '}
                {t('schConflict', {
                  a: c.a.name,
                  b: c.b.name,
                  priority: c.priority,
                  when: c.spans.map(spanText).join('; '),
                  screens: c.where.join(', '),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <div class="calendar-host" ref={host} data-calendar />
      <details class="week-list">
        <summary>{t('schWeekList')}</summary>
        {reached.length === 0 ? (
          <p>{t('schWeekNothing')}</p>
        ) : (
          <ul>
            {reached.map((s) => (
              <li key={s.id} data-week-schedule={s.id}>
                <strong>{s.name}</strong>: {describeSchedule(s, names, lang())}
              </li>
            ))}
          </ul>
        )}
      </details>
      {pending && (
        <Dialog
          labelledBy="week-move-question"
          onClose={() => {
            confirm(false);
          }}
        >
          <p id="week-move-question">
            {t('schWeekMoveConfirm', {
              name: pending.schedule.name,
              days: daysText(pending.slot.days, lang()),
              time: `${pending.slot.start}–${pending.slot.end}${pending.slot.overnight ? ` (${t('schOvernight').toLowerCase()})` : ''}`,
            })}
          </p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() => {
                confirm(true);
              }}
            >
              {t('schSaveDraft')}
            </button>
            <button
              type="button"
              onClick={() => {
                confirm(false);
              }}
            >
              {t('schWeekCancel')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}

/** The calendar events of one occurrence: a timed block for a slot, all-day marks for always and expert crons. */
function eventsOf(
  o: Occurrence,
  index: number,
  monday: string,
  clashing: ReadonlySet<string>,
  fill: ReadonlyMap<string, string>,
): EventInput[] {
  const s = o.schedule;
  const common = {
    groupId: s.id,
    title: s.name,
    // FullCalendar 7's event colours: the fill and the text drawn on it (dark on light: readable).
    color: fill.get(s.id) ?? '#eee',
    contrastColor: '#111827',
    extendedProps: { scheduleId: s.id, priority: s.priority ?? 0, clash: clashing.has(s.id), kind: o.kind },
  };
  if (o.kind === 'slot')
    return [
      {
        ...common,
        id: `${s.id}:${index}`,
        start: wallTime(monday, o.start),
        end: wallTime(monday, o.end),
        editable: s.recurrence.type === 'weekly',
      },
    ];
  // Whole days: one all-day mark per day, never draggable.
  const out: EventInput[] = [];
  for (let day = Math.floor(o.start / DAY); day * DAY < o.end; day++)
    out.push({
      ...common,
      id: `${s.id}:${index}:${day}`,
      allDay: true,
      start: wallTime(monday, day * DAY).slice(0, 10),
      editable: false,
    });
  return out;
}

/**
 * What an event shows: its name, then time, priority and a conflict mark, as text nodes (no HTML); the whole
 * text is also its tooltip, for a slot too short to show it all.
 */
function contentOf(title: string, props: Record<string, unknown>, timeText: string): Node[] {
  const body = document.createElement('div');
  body.className = 'slot-body';
  body.dataset.slot = String(props.scheduleId);
  if (props.clash === true) body.dataset.clash = 'true';
  const name = document.createElement('div');
  name.className = 'slot-title';
  name.textContent = props.clash === true ? `⚠ ${title}` : title;
  const meta = document.createElement('div');
  meta.className = 'slot-meta';
  const kind = props.kind === 'always' ? t('schAlways') : props.kind === 'expert' ? 'cron' : timeText;
  meta.textContent = `${kind} · ${t('schPrioritySentenceShort', { n: String(props.priority) })}`;
  if (props.clash === true) {
    const mark = document.createElement('strong');
    mark.className = 'slot-clash';
    mark.textContent = ` ⚠ ${t('schConflictBadge')}`;
    meta.append(mark);
  }
  body.append(name, meta);
  body.title = `${title} · ${meta.textContent}`;
  return [body];
}
