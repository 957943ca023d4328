import { useMemo, useState } from 'preact/hooks';
import type { PageProps } from './app.tsx';
import { SourceEditor } from './alert-sources-editor.tsx';
import { SourceTokenDialog } from './alert-sources-token.tsx';
import { alertsApi, type AlertSource, type AlertSourceWithToken } from './alerts-api.ts';
import { EntityList, RowActions, type ListColumn, type ListFilter } from './entity-list.tsx';
import { formatInstant } from './format.ts';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';
import { scopeText } from './people-parts.tsx';
import './alerts.css';

type Editing = { kind: 'edit'; id: string } | { kind: 'new'; seq: number };

/** Who may register sources: alert:manage, which only administrators hold (server/domain/access.ts). */
export const mayManageSources = (roles: readonly string[]): boolean => roles.includes('admin');

/** How a feed source's last read went, in words: when, and whether it failed. */
function PollState({ s }: { s: AlertSource }) {
  if (s.kind !== 'feed') return <span class="muted">—</span>;
  if (!s.lastPolledAt) return <span class="muted">{t('srcNeverPolled')}</span>;
  return (
    <span>
      <span class="nowrap">{formatInstant(s.lastPolledAt)}</span>
      {s.lastPollError !== undefined && (
        <span class="badge badge-bad" data-poll-error>
          {t('srcPollFailed')}
        </span>
      )}
    </span>
  );
}

/**
 * The authorities whose alerts Gatecast takes (administrators only): each source's way in, scope, rules
 * and state; create one (its token shown once), edit it, renew its token, delete it.
 */
export function AlertSourcesPage({ api, me }: PageProps) {
  const alerts = useMemo(() => alertsApi(api), [api]);
  const allowed = mayManageSources(me.roles);
  const all = useLoad(async () => {
    if (!allowed) return undefined;
    const [gates, sources] = await Promise.all([api.gates(), alerts.sources()]);
    return { gates: gates.items, sources: sources.items };
  }, [api, alerts, allowed]);
  const [editing, setEditing] = useState<Editing | undefined>(undefined);
  const [seq, setSeq] = useState(0);
  const [made, setMade] = useState<AlertSourceWithToken | undefined>(undefined);
  const [listError, setListError] = useState('');
  const data = all.data;

  const columns = useMemo((): ListColumn<AlertSource>[] => {
    const gates = data?.gates ?? [];
    return [
      { key: 'name', label: t('colName'), render: (s) => s.name, sortValue: (s) => s.name },
      {
        key: 'kind',
        label: t('srcColKind'),
        render: (s) => t(s.kind === 'feed' ? 'srcKindFeed' : 'srcKindPush'),
        sortValue: (s) => s.kind,
      },
      { key: 'scope', label: t('pScope'), render: (s) => scopeText(s.scope, gates) },
      {
        key: 'enabled',
        label: t('state'),
        render: (s) =>
          s.enabled ? (
            <span class="badge badge-ok">{t('srcEnabled')}</span>
          ) : (
            <span class="badge badge-muted">{t('srcPaused')}</span>
          ),
        sortValue: (s) => (s.enabled ? 0 : 1),
      },
      {
        key: 'rules',
        label: t('srcColRules'),
        render: (s) =>
          s.immediate.length === 0 ? t('srcNoRulesShort') : t('srcRulesCount', { count: s.immediate.length }),
      },
      {
        key: 'token',
        label: t('srcColToken'),
        render: (s) => (
          <span class="nowrap" translate={false}>
            …{s.tokenHint}
          </span>
        ),
      },
      { key: 'polled', label: t('srcColPolled'), render: (s) => <PollState s={s} /> },
    ];
  }, [data]);
  const filters = useMemo(
    (): ListFilter<AlertSource>[] => [
      {
        key: 'kind',
        label: t('srcColKind'),
        options: [
          { value: 'push', label: t('srcKindPush') },
          { value: 'feed', label: t('srcKindFeed') },
        ],
        test: (s, v) => s.kind === v,
      },
    ],
    [],
  );

  const renew = (s: AlertSource) => {
    if (!confirm(t('srcConfirmRenew', { name: s.name }))) return;
    alerts.renewToken(s.id).then(
      (renewed) => {
        setListError('');
        setMade(renewed);
        all.reload();
      },
      (err: unknown) => {
        setListError(errorText(err));
      },
    );
  };
  const remove = (s: AlertSource) => {
    if (!confirm(t('srcConfirmDelete', { name: s.name }))) return;
    alerts.removeSource(s.id).then(
      () => {
        if (editing?.kind === 'edit' && editing.id === s.id) setEditing(undefined);
        setListError('');
        all.reload();
      },
      (err: unknown) => {
        setListError(t('deleteRefused', { name: s.name, reason: errorText(err) }));
      },
    );
  };
  const stored = editing?.kind === 'edit' ? data?.sources.find((s) => s.id === editing.id) : undefined;

  if (!allowed)
    return (
      <section aria-labelledby="src-heading">
        <h2 id="src-heading">{t('srcHeading')}</h2>
        <p class="empty">{t('srcAdminsOnly')}</p>
      </section>
    );
  return (
    <section aria-labelledby="src-heading" class="cap-page">
      <div class="toolbar">
        <h2 id="src-heading">{t('srcHeading')}</h2>
        <button
          type="button"
          class="primary"
          disabled={!data}
          onClick={() => {
            setSeq((n) => n + 1);
            setEditing({ kind: 'new', seq: seq + 1 });
          }}
        >
          {t('srcNew')}
        </button>
      </div>
      <p class="hint">{t('srcIntro')}</p>
      <p class="error" role="alert" hidden={!all.error}>
        {all.error ? errorText(all.error) : ''}
      </p>
      <p class="error" role="alert" data-list-error>
        {listError}
      </p>
      {data ? (
        <EntityList
          name="alert-sources"
          label={t('srcListLabel')}
          rows={data.sources}
          rowKey={(s) => s.id}
          columns={columns}
          filters={filters}
          searchTexts={(s) => [s.name, s.feed?.url ?? '', s.note ?? '']}
          empty={t('srcEmpty')}
          initialSort={{ key: 'name', direction: 'ascending' }}
          current={editing?.kind === 'edit' ? editing.id : undefined}
          actions={(s) => (
            <span class="actions">
              <RowActions
                name={s.name}
                onOpen={() => {
                  setEditing({ kind: 'edit', id: s.id });
                }}
              />
              <button
                type="button"
                data-action="renew"
                aria-label={t('srcRenewFor', { name: s.name })}
                onClick={() => {
                  renew(s);
                }}
              >
                {t('srcRenew')}
              </button>
              <RowActions
                name={s.name}
                onDelete={() => {
                  remove(s);
                }}
              />
            </span>
          )}
        />
      ) : (
        !all.error && <p class="hint">{t('loading')}</p>
      )}
      {data && editing && (editing.kind === 'new' || stored) && (
        <SourceEditor
          key={editing.kind === 'edit' ? editing.id : `new-${editing.seq}`}
          alerts={alerts}
          gates={data.gates}
          stored={stored}
          onSaved={all.reload}
          onCreated={setMade}
          onClose={() => {
            setEditing(undefined);
          }}
        />
      )}
      {made && (
        <SourceTokenDialog
          made={made}
          onClose={() => {
            setMade(undefined);
          }}
        />
      )}
    </section>
  );
}
