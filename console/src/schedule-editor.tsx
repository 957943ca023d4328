import { useRef, useState } from 'preact/hooks';
import type { ApprovalSummary, Gate, Playlist, Screen } from './api.ts';
import { describeSchedule } from './describe.schedule.ts';
import { FieldError, fieldErrors, useFocusInvalid } from './field-error.tsx';
import { useFormFocus } from './form-focus.ts';
import {
  bodyOf,
  editSlot,
  formOf,
  isoWeek,
  setTarget,
  toggleDay,
  weeklyCron,
  type IsoDay,
  type ScheduleForm,
  type StoredSchedule,
} from './forms/schedule.form.ts';
import { lang, t } from './i18n.ts';
import type { ScheduleApi } from './schedule-api.ts';
import { StateBadge } from './state-badge.tsx';

export interface EditorContext {
  gates: Gate[];
  screens: Screen[];
  playlists: Playlist[];
}

/** Where the editor starts: a stored schedule, a copy of one (saved as new), or an empty one. */
export type Opening =
  { kind: 'new' } | { kind: 'edit'; stored: StoredSchedule } | { kind: 'copy'; stored: StoredSchedule };

interface EditorProps {
  schedules: ScheduleApi;
  opening: Opening;
  context: EditorContext;
  stateOf: (id: string) => ApprovalSummary | undefined;
  onSaved: (saved: StoredSchedule) => void;
  onClose: () => void;
}

const formId = 'schedule-editor';
const pointers = [
  '/name',
  '/playlistId',
  '/targets',
  '/recurrence/days',
  '/recurrence/start',
  '/recurrence/end',
  '/recurrence/overnight',
  '/from',
  '/until',
  '/priority',
  '/enabled',
];

/** The long weekday name ("Thứ Hai"): it reads unambiguously to a screen reader, "T2" does not. */
export function dayName(day: IsoDay, width: 'short' | 'long' = 'long'): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(lang() === 'vi' ? 'vi-VN' : 'en-GB', {
    weekday: width,
    timeZone: 'UTC',
  }).format(Date.UTC(2024, 0, day));
}

/** Only Enter on a button acts: Enter in a field never submits the whole schedule. */
function keepEnterInField(event: KeyboardEvent) {
  const target = event.target;
  if (event.key !== 'Enter' || !(target instanceof HTMLElement)) return;
  if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) event.preventDefault();
}

/**
 * Opens a schedule (or a new or copied one): playlist, targets (gates, single screens, group tags), the weekly
 * slot with an explicit "overnight" box, dates, priority. A stored cron or "always" is kept as it is until the
 * slot is changed. Saves a draft, or saves and submits it; each refusal is shown beside its field.
 */
export function ScheduleEditor({ schedules, opening, context, stateOf, onSaved, onClose }: EditorProps) {
  const initial = opening.kind === 'new' ? undefined : opening.stored;
  const [id, setId] = useState(opening.kind === 'edit' ? opening.stored.id : undefined);
  const [stored, setStored] = useState<StoredSchedule | undefined>(
    opening.kind === 'edit' ? initial : undefined,
  );
  const [form, setForm] = useState<ScheduleForm>(() => {
    const start = formOf(initial);
    if (opening.kind === 'copy') return { ...start, name: t('schCopyOf', { name: start.name }) };
    // An editor of one gate writes for that gate unless they choose otherwise.
    const only = context.gates.length === 1 ? context.gates[0] : undefined;
    return opening.kind === 'new' && only ? setTarget(start, 'gates', only.id, true) : start;
  });
  const [groupText, setGroupText] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [note, setNote] = useState<{ text: string } | undefined>(undefined);
  const formRef = useRef<HTMLFormElement>(null);

  useFormFocus(formRef, opening.kind === 'new' ? 'new' : `${opening.kind}-${opening.stored.id}`);
  useFocusInvalid(formRef, error);
  const errors = fieldErrors(formId, error);
  const update = (change: (was: ScheduleForm) => ScheduleForm) => {
    setForm(change);
  };

  // A copy starts from the original's fields (a stored cron stays a cron) and is saved as a new schedule.
  const base = stored ?? (opening.kind === 'copy' ? opening.stored : undefined);
  const save = async (): Promise<StoredSchedule> => {
    const saved = await schedules.save(bodyOf(form, base), id);
    setId(saved.id);
    setStored(saved);
    onSaved(saved);
    return saved;
  };
  const run = (what: () => Promise<string>) => {
    setError(undefined);
    setNote(undefined);
    what().then(
      (text) => {
        setNote({ text });
      },
      (err: unknown) => {
        setError(err);
      },
    );
  };
  const submit = (event: Event) => {
    event.preventDefault();
    run(async () => {
      const saved = await save();
      await schedules.submit(saved.id);
      // Once more after the submit: a list reloaded by the save may have read the state before it.
      onSaved(saved);
      return t('schSubmitted');
    });
  };
  const addGroup = () => {
    const tag = groupText.trim();
    if (tag === '') return;
    update((was) => setTarget(was, 'groups', tag, true));
    setGroupText('');
  };

  const heading =
    opening.kind === 'edit'
      ? t('schEditing', { name: opening.stored.name })
      : opening.kind === 'copy'
        ? t('schCopyOf', { name: opening.stored.name })
        : t('schNew');
  const cron = weeklyCron(form);
  const unplaced = errors.unplaced(pointers);
  const gateName = (gateId: string) => context.gates.find((g) => g.id === gateId)?.name ?? '';
  const tags = [...new Set(context.screens.flatMap((s) => s.groups ?? []))].sort();
  const sentence = describeSchedule(
    { ...bodyOf(form, base), priority: Number(form.priority) || 0 },
    context,
    lang(),
  );

  return (
    <form
      id={formId}
      ref={formRef}
      class="editor schedule-editor"
      noValidate
      onSubmit={submit}
      onKeyDown={keepEnterInField}
      aria-labelledby="schedule-editor-heading"
      data-schedule={id ?? ''}
    >
      <div class="toolbar">
        <h3 id="schedule-editor-heading">{heading}</h3>
        <StateBadge summary={id ? stateOf(id) : undefined} />
        <button type="button" onClick={onClose}>
          {t('schClose')}
        </button>
      </div>
      <p class="hint" data-sentence>
        {sentence}
      </p>
      <div class="row">
        <label>
          {t('schName')}
          <input
            name="schedule-name"
            required
            value={form.name}
            {...errors.input('/name')}
            onInput={(e) => {
              const name = e.currentTarget.value;
              update((was) => ({ ...was, name }));
            }}
          />
          <FieldError errors={errors} pointer="/name" />
        </label>
        <label>
          {t('schPlaylist')}
          <select
            name="schedule-playlist"
            value={form.playlistId}
            {...errors.input('/playlistId')}
            onChange={(e) => {
              const playlistId = e.currentTarget.value;
              update((was) => ({ ...was, playlistId }));
            }}
          >
            <option value="">{t('schChoosePlaylist')}</option>
            {context.playlists.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <FieldError errors={errors} pointer="/playlistId" />
        </label>
      </div>

      <fieldset class="targets" aria-describedby="schedule-targets-hint">
        <legend>{t('schTargets')}</legend>
        <p id="schedule-targets-hint" class="hint">
          {t('schTargetsHint')}
        </p>
        <FieldError errors={errors} pointer="/targets" />
        <div class="target-columns">
          <fieldset>
            <legend>{t('schTargetGates')}</legend>
            {context.gates.map((g) => (
              <label key={g.id} class="check">
                <input
                  type="checkbox"
                  name="target-gate"
                  value={g.id}
                  checked={form.targets.gates.includes(g.id)}
                  {...errors.input('/targets')}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    update((was) => setTarget(was, 'gates', g.id, on));
                  }}
                />
                {g.name}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('schTargetScreens')}</legend>
            {context.screens.map((s) => (
              <label key={s.id} class="check">
                <input
                  type="checkbox"
                  name="target-screen"
                  value={s.id}
                  checked={form.targets.screens.includes(s.id)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    update((was) => setTarget(was, 'screens', s.id, on));
                  }}
                />
                {s.name} <span class="hint">({gateName(s.gateId)})</span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('schTargetGroups')}</legend>
            <ul class="chips">
              {form.targets.groups.map((tag) => (
                <li key={tag}>
                  {tag}{' '}
                  <button
                    type="button"
                    aria-label={t('schRemoveGroup', { tag })}
                    onClick={() => {
                      update((was) => setTarget(was, 'groups', tag, false));
                    }}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
            <div class="row">
              <label>
                {t('schGroupTag')}
                <input
                  name="target-group"
                  list="schedule-group-tags"
                  value={groupText}
                  onInput={(e) => {
                    setGroupText(e.currentTarget.value);
                  }}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') addGroup();
                  }}
                />
              </label>
              <button type="button" onClick={addGroup}>
                {t('schAddGroup')}
              </button>
            </div>
            <datalist id="schedule-group-tags">
              {tags.map((tag) => (
                <option key={tag} value={tag} />
              ))}
            </datalist>
          </fieldset>
        </div>
      </fieldset>

      <fieldset class="slot-fields">
        <legend>{t('schWeekdays')}</legend>
        {base && form.slot === 'stored' && (
          <p class="hint" data-stored-recurrence>
            {base.recurrence.type === 'cron'
              ? t('schStoredCron', {
                  cron: base.recurrence.cron,
                  minutes: base.recurrence.durationMinutes,
                })
              : t('schStoredAlways')}
          </p>
        )}
        {base && base.recurrence.type !== 'weekly' && form.slot === 'weekly' && (
          <p class="hint">
            {t('schReplacingStored')}{' '}
            <button
              type="button"
              onClick={() => {
                update((was) => ({ ...was, ...formOf(base), ...pick(was) }));
              }}
            >
              {t('schKeepStored')}
            </button>
          </p>
        )}
        <div class="weekdays">
          {isoWeek.map((d) => (
            <label key={d} class="check">
              <input
                type="checkbox"
                name="weekday"
                value={d}
                checked={form.days.includes(d)}
                {...errors.input('/recurrence/days')}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  update((was) => toggleDay(was, d, on));
                }}
              />
              {dayName(d)}
            </label>
          ))}
        </div>
        <FieldError errors={errors} pointer="/recurrence/days" />
        <div class="row">
          <label>
            {t('schStart')}
            <input
              type="time"
              name="start"
              value={form.start}
              {...errors.input('/recurrence/start')}
              onInput={(e) => {
                const start = e.currentTarget.value;
                update((was) => editSlot(was, { start }));
              }}
            />
            <FieldError errors={errors} pointer="/recurrence/start" />
          </label>
          <label>
            {t('schEnd')}
            <input
              type="time"
              name="end"
              value={form.end}
              {...errors.input('/recurrence/end')}
              onInput={(e) => {
                const end = e.currentTarget.value;
                update((was) => editSlot(was, { end }));
              }}
            />
            <FieldError errors={errors} pointer="/recurrence/end" />
          </label>
          <div class="overnight">
            <label class="check">
              <input
                type="checkbox"
                name="overnight"
                checked={form.overnight}
                aria-describedby="schedule-overnight-hint"
                {...errors.input('/recurrence/overnight')}
                onChange={(e) => {
                  const overnight = e.currentTarget.checked;
                  update((was) => editSlot(was, { overnight }));
                }}
              />
              {t('schOvernight')}
            </label>
            <span id="schedule-overnight-hint" class="hint">
              {t('schOvernightHint')}
            </span>
            <FieldError errors={errors} pointer="/recurrence/overnight" />
          </div>
        </div>
        <p class="small">
          {t('schCronForExperts')}:{' '}
          {form.slot === 'stored' && base?.recurrence.type === 'cron' ? (
            <code data-cron>{base.recurrence.cron}</code>
          ) : cron ? (
            <>
              <code data-cron>{cron.cron}</code> ({t('schMinutes', { n: cron.durationMinutes })})
            </>
          ) : (
            <span data-cron-none>{t('schCronNone')}</span>
          )}
        </p>
      </fieldset>

      <div class="row">
        <label>
          {t('schFromDate')}
          <input
            type="date"
            name="from"
            value={form.from}
            {...errors.input('/from')}
            onInput={(e) => {
              const from = e.currentTarget.value;
              update((was) => ({ ...was, from }));
            }}
          />
          <FieldError errors={errors} pointer="/from" />
        </label>
        <label>
          {t('schUntilDate')}
          <input
            type="date"
            name="until"
            value={form.until}
            {...errors.input('/until')}
            onInput={(e) => {
              const until = e.currentTarget.value;
              update((was) => ({ ...was, until }));
            }}
          />
          <FieldError errors={errors} pointer="/until" />
        </label>
        <label>
          {t('schPriority')}
          <input
            type="number"
            name="priority"
            inputMode="numeric"
            value={form.priority}
            aria-describedby="schedule-priority-hint"
            {...errors.input('/priority')}
            onInput={(e) => {
              const priority = e.currentTarget.value;
              update((was) => ({ ...was, priority }));
            }}
          />
          <span id="schedule-priority-hint" class="hint">
            {t('schPriorityHint')}
          </span>
          <FieldError errors={errors} pointer="/priority" />
        </label>
        <label class="check">
          <input
            type="checkbox"
            name="enabled"
            checked={form.enabled}
            onChange={(e) => {
              const enabled = e.currentTarget.checked;
              update((was) => ({ ...was, enabled }));
            }}
          />
          {t('schEnabled')}
        </label>
      </div>

      <p class="hint">{t('schDraftNote')}</p>
      <p class={error === undefined ? 'success' : 'error'} role="status" data-note>
        {error === undefined ? (note?.text ?? '') : (unplaced ?? t('schNotSaved'))}
      </p>
      <div class="actions">
        <button
          type="button"
          data-action="save-draft"
          onClick={() => {
            run(async () => {
              await save();
              return t('schSaved');
            });
          }}
        >
          {t('schSaveDraft')}
        </button>
        <button type="submit" class="primary">
          {t('schSubmit')}
        </button>
      </div>
    </form>
  );
}

// What the person changed outside the slot survives "keep the old recurrence".
function pick(form: ScheduleForm): Partial<ScheduleForm> {
  const { name, playlistId, targets, from, until, priority, enabled } = form;
  return { name, playlistId, targets, from, until, priority, enabled };
}
