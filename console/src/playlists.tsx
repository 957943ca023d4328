import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ApprovalSummary, Gate } from './api.ts';
import type { PageProps } from './app.tsx';
import { OnAirWarning } from './delete-warning.tsx';
import { EntityList, RowActions, type ListColumn, type ListFilter } from './entity-list.tsx';
import type { StoredPlaylist } from './forms/playlist.form.ts';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';
import { playlistApi } from './playlist-api.ts';
import { PlaylistEditor, type Opening, type OwnedMessage } from './playlist-editor.tsx';
import { StateBadge } from './state-badge.tsx';

/** Who a playlist belongs to, in words: its gate's name, its province, or national. */
function ownerText(p: StoredPlaylist, gates: readonly Gate[]): string {
  if (p.gateId) return gates.find((g) => g.id === p.gateId)?.name ?? t('plChooseGate');
  if (p.province) return t('plOwnerProvince', { province: p.province });
  return t('plOwnerNational');
}
/** The owner as a filter value: `gate:<id>`, `province:<name>` or `national`. */
const ownerValue = (p: StoredPlaylist) =>
  p.gateId ? `gate:${p.gateId}` : p.province ? `province:${p.province}` : 'national';

const loopSeconds = (p: StoredPlaylist) => p.items.reduce((sum, it) => sum + it.duration, 0);
function lengthText(seconds: number): string {
  const whole = Math.round(seconds);
  return whole < 60
    ? t('plSeconds', { s: whole })
    : t('plMinutes', { m: Math.floor(whole / 60), s: whole % 60 });
}

/**
 * The playlists in the person's scope (search, filter by owner and approval state, sort, paging), each with
 * where it stands in review (live), and the editor to open, copy or start one; delete tells why it was
 * refused (a schedule plays it, a gate falls back to it).
 */
export function PlaylistsPage({ api, live, me }: PageProps) {
  const playlists = useMemo(() => playlistApi(api), [api]);
  const all = useLoad(async () => {
    const [list, messages, gates, assets, screens, approvals] = await Promise.all([
      playlists.list(),
      api.messages(),
      api.gates(),
      api.assets(),
      api.screens(),
      api.approvals(),
    ]);
    const rows: StoredPlaylist[] = list.items;
    const owned: OwnedMessage[] = messages.items;
    const states = new Map(approvals.items.filter((a) => a.entity === 'playlist').map((a) => [a.id, a]));
    return {
      rows,
      messages: owned,
      gates: gates.items,
      assets: assets.items,
      screens: screens.items,
      states,
    };
  }, [api, playlists]);
  const [opening, setOpening] = useState<Opening | undefined>(undefined);
  const [deleting, setDeleting] = useState<StoredPlaylist | undefined>(undefined);
  const [note, setNote] = useState<{ ok: boolean; text: string } | undefined>(undefined);

  // The author sees submissions, approvals and rejections (with the reason) as they happen.
  useEffect(() => {
    const onChange = (summary: ApprovalSummary) => {
      if (summary.entity !== 'playlist') return;
      all.setData((was) => (was ? { ...was, states: new Map(was.states).set(summary.id, summary) } : was));
    };
    live.on('approval:changed', onChange);
    return () => {
      live.off('approval:changed', onChange);
    };
  }, [live, all]);

  const data = all.data;
  const gates = data?.gates ?? [];
  const columns = useMemo(
    (): ListColumn<StoredPlaylist>[] => [
      { key: 'name', label: t('plColName'), render: (p) => p.name, sortValue: (p) => p.name },
      {
        key: 'owner',
        label: t('plColOwner'),
        render: (p) => ownerText(p, gates),
        sortValue: (p) => ownerText(p, gates),
      },
      {
        key: 'items',
        label: t('plColItems'),
        render: (p) => p.items.length,
        sortValue: (p) => p.items.length,
      },
      {
        key: 'length',
        label: t('plColLength'),
        render: (p) => lengthText(loopSeconds(p)),
        sortValue: loopSeconds,
      },
      {
        key: 'state',
        label: t('plColState'),
        render: (p) => {
          const summary = data?.states.get(p.id);
          return summary ? <StateBadge summary={summary} /> : t('plStateNone');
        },
        sortValue: (p) => data?.states.get(p.id)?.state ?? '',
      },
    ],
    [gates, data?.states],
  );
  const filters = useMemo((): ListFilter<StoredPlaylist>[] => {
    const provinces = [...new Set(gates.map((g) => g.province))].sort((a, b) => a.localeCompare(b, 'vi'));
    return [
      {
        key: 'owner',
        label: t('plColOwner'),
        options: [
          { value: 'national', label: t('plOwnerNational') },
          ...provinces.map((p) => ({ value: `province:${p}`, label: t('plOwnerProvince', { province: p }) })),
          ...gates.map((g) => ({ value: `gate:${g.id}`, label: g.name })),
        ],
        test: (p, value) => ownerValue(p) === value,
      },
      {
        key: 'state',
        label: t('plColState'),
        options: [
          { value: 'draft', label: t('stateDraft') },
          { value: 'submitted', label: t('stateSubmitted') },
          { value: 'approved', label: t('stateApproved') },
        ],
        test: (p, value) => (data?.states.get(p.id)?.state ?? 'draft') === value,
      },
    ];
  }, [gates, data?.states]);
  const searchTexts = useMemo(() => (p: StoredPlaylist) => [p.name, ownerText(p, gates)], [gates]);

  const remove = (p: StoredPlaylist) => {
    playlists.remove(p.id).then(
      () => {
        setDeleting(undefined);
        setNote({ ok: true, text: t('plDeleted', { name: p.name }) });
        if (opening && opening.kind !== 'new' && opening.stored.id === p.id) setOpening(undefined);
        all.reload();
      },
      (err: unknown) => {
        setDeleting(undefined);
        setNote({ ok: false, text: t('plNotDeleted', { name: p.name, why: errorText(err) }) });
      },
    );
  };

  return (
    <section aria-labelledby="playlists-heading">
      <div class="toolbar">
        <h2 id="playlists-heading">{t('playlistsHeading')}</h2>
        <button
          type="button"
          class="primary"
          onClick={() => {
            setOpening({ kind: 'new' });
          }}
        >
          {t('newPlaylist')}
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
          aria-labelledby="playlist-delete-question"
          aria-describedby="playlist-delete-on-air"
        >
          <OnAirWarning api={api} noun="playlist" id={deleting.id} elementId="playlist-delete-on-air" />
          <p id="playlist-delete-question">{t('plDeleteConfirm', { name: deleting.name })}</p>
          <button
            type="button"
            class="danger"
            onClick={() => {
              remove(deleting);
            }}
          >
            {t('plDeleteYes')}
          </button>
          <button
            type="button"
            onClick={() => {
              setDeleting(undefined);
            }}
          >
            {t('plDeleteNo')}
          </button>
        </div>
      )}
      {data && (
        <EntityList
          label={t('plListLabel')}
          name="playlists"
          rows={data.rows}
          rowKey={(p) => p.id}
          columns={columns}
          searchTexts={searchTexts}
          filters={filters}
          empty={t('plEmpty')}
          initialSort={{ key: 'name', direction: 'ascending' }}
          current={opening && opening.kind === 'edit' ? opening.stored.id : undefined}
          actions={(p) => (
            <RowActions
              name={p.name}
              onOpen={() => {
                setOpening({ kind: 'edit', stored: p });
              }}
              onDuplicate={() => {
                setOpening({ kind: 'copy', stored: p });
              }}
              onDelete={() => {
                setNote(undefined);
                setDeleting(p);
              }}
            />
          )}
        />
      )}
      {data && opening && (
        <PlaylistEditor
          key={opening.kind === 'new' ? 'new' : `${opening.kind}-${opening.stored.id}`}
          playlists={playlists}
          me={me}
          opening={opening}
          context={data}
          stateOf={(id) => data.states.get(id)}
          onSaved={() => {
            all.reload();
          }}
          onClose={() => {
            setOpening(undefined);
          }}
        />
      )}
    </section>
  );
}
