import { useEffect, useMemo, useState } from 'preact/hooks';
import { gatesReached } from '../../shared/targeting.ts';
import type { ApprovalSummary } from './api.ts';
import type { PageProps } from './app.tsx';
import { OnAirWarning } from './delete-warning.tsx';
import { describeSchedule, targetsText } from './describe.schedule.ts';
import { EntityList, RowActions, type ListColumn, type ListFilter } from './entity-list.tsx';
import { bodyOf, formOf, type StoredSchedule } from './forms/schedule.form.ts';
import { useLoad } from './hooks.ts';
import { errorText, lang, t } from './i18n.ts';
import { scheduleApi } from './schedule-api.ts';
import { ScheduleEditor, type Opening } from './schedule-editor.tsx';
import { StateBadge } from './state-badge.tsx';
import type { Slot } from './week-view.tsx';

// The week view brings FullCalendar: loaded with the page that shows it, not with the whole console.
type WeekModule = typeof import('./week-view.tsx');

type State = 'draft' | 'submitted' | 'approved' | 'rejected';
const stateOrder: Record<State, number> = { rejected: 0, draft: 1, submitted: 2, approved: 3 };

function stateOf(summary: ApprovalSummary | undefined): State {
  if (!summary) return 'draft';
  if (summary.state === 'draft' && summary.rejection) return 'rejected';
  return summary.state;
}

/**
 * The schedules in scope: a list (search, filter by gate and by state, sort, pages) whose rows read as
 * sentences, the editor (open, duplicate, save a draft, submit), delete with its reason when refused, and the
 * week view per gate and per screen. Approvals and rejections arrive live.
 */
export function SchedulesPage({ api, live }: PageProps) {
  const schedules = useMemo(() => scheduleApi(api), [api]);
  const all = useLoad(async () => {
    const [gates, screens, playlists, list, approvals] = await Promise.all([
      api.gates(),
      api.screens(),
      api.playlists(),
      schedules.list(),
      api.approvals(),
    ]);
    const states = new Map(approvals.items.filter((a) => a.entity === 'schedule').map((a) => [a.id, a]));
    return {
      gates: gates.items,
      screens: screens.items,
      playlists: playlists.items,
      schedules: list,
      states,
    };
  }, [api]);
  const [opening, setOpening] = useState<Opening | undefined>(undefined);
  const [deleting, setDeleting] = useState<StoredSchedule | undefined>(undefined);
  const [note, setNote] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const [week, setWeek] = useState<WeekModule | undefined>(undefined);
  useEffect(() => {
    import('./week-view.tsx').then(setWeek, (err: unknown) => {
      setNote({ ok: false, text: errorText(err) });
    });
  }, []);

  // The author sees approvals and rejections as they happen, in the list, the editor and the week view.
  useEffect(() => {
    const onChange = (summary: ApprovalSummary) => {
      if (summary.entity !== 'schedule') return;
      all.setData((was) => (was ? { ...was, states: new Map(was.states).set(summary.id, summary) } : was));
    };
    live.on('approval:changed', onChange);
    return () => {
      live.off('approval:changed', onChange);
    };
  }, [live, all]);

  const data = all.data;
  const gates = data?.gates ?? [];
  const screens = data?.screens ?? [];
  const names = useMemo(() => ({ gates, screens }), [gates, screens]);
  const reach = useMemo(
    () => new Map((data?.schedules ?? []).map((s) => [s.id, gatesReached(s, screens, gates)])),
    [data?.schedules, screens, gates],
  );
  const summary = (id: string) => data?.states.get(id);

  const columns = useMemo(
    (): ListColumn<StoredSchedule>[] => [
      { key: 'name', label: t('schColName'), render: (s) => s.name, sortValue: (s) => s.name },
      {
        key: 'when',
        label: t('schColWhen'),
        render: (s) => (
          <span data-sentence>
            {describeSchedule(s, names, lang())}
            {s.enabled === false && <span class="badge badge-muted"> {t('schDisabled')}</span>}
          </span>
        ),
      },
      {
        key: 'priority',
        label: t('schColPriority'),
        render: (s) => s.priority ?? 0,
        sortValue: (s) => s.priority ?? 0,
      },
      {
        key: 'state',
        label: t('schColState'),
        render: (s) => <StateBadge summary={data?.states.get(s.id)} />,
        sortValue: (s) => stateOrder[stateOf(data?.states.get(s.id))],
      },
    ],
    [names, data?.states],
  );
  const filters = useMemo(
    (): ListFilter<StoredSchedule>[] => [
      {
        key: 'gate',
        label: t('schFilterGate'),
        options: gates.map((g) => ({ value: g.id, label: g.name })),
        test: (s, gateId) => reach.get(s.id)?.has(gateId) ?? false,
      },
      {
        key: 'state',
        label: t('schFilterState'),
        options: (['draft', 'submitted', 'approved', 'rejected'] as const).map((value) => ({
          value,
          label: t(
            value === 'draft'
              ? 'schStateDraft'
              : value === 'submitted'
                ? 'schStateSubmitted'
                : value === 'approved'
                  ? 'schStateApproved'
                  : 'schStateRejected',
          ),
        })),
        test: (s, value) => stateOf(data?.states.get(s.id)) === value,
      },
    ],
    [gates, reach, data?.states],
  );
  const searchTexts = useMemo(
    () => (s: StoredSchedule) => [
      s.name,
      describeSchedule(s, names, lang()),
      data?.playlists.find((p) => p.id === s.playlistId)?.name ?? '',
    ],
    [names, data?.playlists],
  );

  const remove = (s: StoredSchedule) => {
    schedules.remove(s.id).then(
      () => {
        setDeleting(undefined);
        setNote({ ok: true, text: t('schDeleted', { name: s.name }) });
        if (opening && opening.kind !== 'new' && opening.stored.id === s.id) setOpening(undefined);
        all.reload();
      },
      (err: unknown) => {
        setDeleting(undefined);
        setNote({ ok: false, text: errorText(err) });
      },
    );
  };
  // A slot dragged in the week view: the schedule as stored with only its slot changed, saved as a draft.
  const move = async (s: StoredSchedule, slot: Slot) => {
    const form = { ...formOf(s), ...slot, slot: 'weekly' as const };
    await schedules.save(bodyOf(form, s), s.id);
    all.reload();
  };

  return (
    <section aria-labelledby="schedules-heading">
      <div class="toolbar">
        <h2 id="schedules-heading">{t('schedulesHeading')}</h2>
        <button
          type="button"
          class="primary"
          data-action="new-schedule"
          onClick={() => {
            setOpening({ kind: 'new' });
          }}
        >
          {t('schNew')}
        </button>
      </div>
      <p class="error" role="alert" hidden={!all.error}>
        {all.error ? errorText(all.error) : ''}
      </p>
      <p class={note?.ok ? 'success' : 'error'} role="status" data-list-note>
        {note?.text ?? ''}
      </p>
      {deleting && (
        <div
          class="confirm"
          role="group"
          aria-labelledby="schedule-delete-question"
          aria-describedby="schedule-delete-on-air"
        >
          <OnAirWarning api={api} noun="schedule" id={deleting.id} elementId="schedule-delete-on-air" />
          <p id="schedule-delete-question">
            {t('schDeleteConfirm', {
              name: deleting.name,
              where: targetsText(deleting.targets, names, lang()),
            })}
          </p>
          <button
            type="button"
            class="danger"
            onClick={() => {
              remove(deleting);
            }}
          >
            {t('listDelete')}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setDeleting(undefined);
            }}
          >
            {t('schCancel')}
          </button>
        </div>
      )}
      {data && opening && (
        <ScheduleEditor
          key={opening.kind === 'new' ? 'new' : `${opening.kind}-${opening.stored.id}`}
          schedules={schedules}
          opening={opening}
          context={{ gates: data.gates, screens: data.screens, playlists: data.playlists }}
          stateOf={summary}
          onSaved={() => {
            all.reload();
          }}
          onClose={() => {
            setOpening(undefined);
          }}
        />
      )}
      {data && (
        <EntityList
          label={t('schList')}
          name="schedules"
          rows={data.schedules}
          rowKey={(s) => s.id}
          columns={columns}
          searchTexts={searchTexts}
          filters={filters}
          empty={t('schEmpty')}
          initialSort={{ key: 'name', direction: 'ascending' }}
          current={opening && opening.kind === 'edit' ? opening.stored.id : undefined}
          actions={(s) => (
            <RowActions
              name={s.name}
              onOpen={() => {
                setOpening({ kind: 'edit', stored: s });
              }}
              onDuplicate={() => {
                setOpening({ kind: 'copy', stored: s });
              }}
              onDelete={() => {
                setDeleting(s);
              }}
            />
          )}
        />
      )}
      {data && week && (
        <week.WeekView
          schedules={data.schedules}
          gates={data.gates}
          screens={data.screens}
          stateOf={summary}
          onMove={move}
        />
      )}
    </section>
  );
}
