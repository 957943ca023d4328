import { useMemo, useState } from 'preact/hooks';
import type { PageProps } from './app.tsx';
import { dataApi, type DataSource, type DataSourceWithToken } from './data-api.ts';
import { SourceDetail } from './data-detail.tsx';
import { HeldValues } from './data-held.tsx';
import { DataSourceEditor } from './data-source-editor.tsx';
import { DataTokenDialog } from './data-token.tsx';
import { dataErrorText, kindWord, lastErrorText } from './data-words.ts';
import { EntityList, RowActions, type ListColumn, type ListFilter } from './entity-list.tsx';
import { formatInstant } from './format.ts';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';
import { scopeText } from './people-parts.tsx';
import './data.css';

type Editing = { kind: 'edit'; id: string } | { kind: 'new'; seq: number };

/** Who may register and change sources: data:manage, which only administrators hold. */
export const mayManageData = (roles: readonly string[]): boolean => roles.includes('admin');
/** Who may enter values by hand (content:write). */
export const mayEnterValues = (roles: readonly string[]): boolean =>
  roles.includes('admin') || roles.includes('editor');
/** Who may let a held value through or turn it down (content:approve). */
export const mayDecideValues = (roles: readonly string[]): boolean =>
  roles.includes('admin') || roles.includes('approver');

/** A source's health in a few words: its newest value's time, "Quá hạn" when too old, a failed read. */
function Health({ s }: { s: DataSource }) {
  const { health } = s;
  return (
    <span class="data-health" data-stale={health.stale ? 'true' : 'false'}>
      {health.stale ? (
        <span class="badge badge-bad" data-badge="stale">
          {t('dataStale')}
        </span>
      ) : (
        <span class="badge badge-ok">{t('dataFresh')}</span>
      )}{' '}
      <span class="nowrap small">
        {health.lastValueAt ? formatInstant(health.lastValueAt) : t('dataNoValueYet')}
      </span>
      {health.lastError !== undefined && (
        <span class="data-last-error" data-last-error>
          {' '}
          <span class="badge badge-warn">{t('dataReadFailed')}</span>{' '}
          <span class="small">{lastErrorText(health.lastError, health.lastErrorCode).text}</span>
        </span>
      )}
    </span>
  );
}

/**
 * Live data (#data): the values waiting for a look, every source the person may see with its health, one
 * source open with its current values, their history and the form to enter one by hand; administrators
 * register, change, renew, read and remove sources.
 */
export function DataPage({ api, me }: PageProps) {
  const data = useMemo(() => dataApi(api), [api]);
  const admin = mayManageData(me.roles);
  const all = useLoad(async () => {
    const [gates, sources, held] = await Promise.all([api.gates(), data.sources(), data.held()]);
    return { gates: gates.items, sources: sources.items, held: held.items };
  }, [api, data]);
  const [openId, setOpenId] = useState<string | undefined>(undefined);
  const [editing, setEditing] = useState<Editing | undefined>(undefined);
  const [seq, setSeq] = useState(0);
  const [made, setMade] = useState<DataSourceWithToken | undefined>(undefined);
  const [listError, setListError] = useState('');
  // Bumped when a held value is decided: an open source reads its current values again.
  const [decided, setDecided] = useState(0);
  const loaded = all.data;

  const columns = useMemo((): ListColumn<DataSource>[] => {
    const gates = loaded?.gates ?? [];
    return [
      { key: 'name', label: t('colName'), render: (s) => s.name, sortValue: (s) => s.name },
      {
        key: 'kind',
        label: t('dataColKind'),
        render: (s) => kindWord(s.kind),
        sortValue: (s) => s.kind,
      },
      {
        key: 'health',
        label: t('dataColHealth'),
        render: (s) => <Health s={s} />,
        sortValue: (s) => `${s.health.stale ? 0 : 1}${s.health.lastValueAt ?? ''}`,
      },
      { key: 'scope', label: t('pScope'), render: (s) => scopeText(s.scope, gates) },
      {
        key: 'enabled',
        label: t('state'),
        render: (s) =>
          s.enabled ? (
            <span class="badge badge-ok">{t('dataEnabled')}</span>
          ) : (
            <span class="badge badge-muted">{t('dataPaused')}</span>
          ),
        sortValue: (s) => (s.enabled ? 0 : 1),
      },
    ];
  }, [loaded]);
  const filters = useMemo(
    (): ListFilter<DataSource>[] => [
      {
        key: 'kind',
        label: t('dataColKind'),
        options: [
          { value: 'pull', label: t('dataKindPull') },
          { value: 'push', label: t('dataKindPush') },
        ],
        test: (s, v) => s.kind === v,
      },
      {
        key: 'health',
        label: t('dataColHealth'),
        options: [
          { value: 'stale', label: t('dataStale') },
          { value: 'fresh', label: t('dataFresh') },
        ],
        test: (s, v) => s.health.stale === (v === 'stale'),
      },
    ],
    [],
  );

  const renew = (s: DataSource) => {
    if (!confirm(t('dataConfirmRenew', { name: s.name }))) return;
    data.renewToken(s.id).then(
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
  const remove = (s: DataSource) => {
    if (!confirm(t('dataConfirmDelete', { name: s.name }))) return;
    data.removeSource(s.id).then(
      () => {
        if (editing?.kind === 'edit' && editing.id === s.id) setEditing(undefined);
        if (openId === s.id) setOpenId(undefined);
        setListError('');
        all.reload();
      },
      (err: unknown) => {
        setListError(t('deleteRefused', { name: s.name, reason: errorText(err) }));
      },
    );
  };
  const opened = loaded?.sources.find((s) => s.id === openId);
  const stored = editing?.kind === 'edit' ? loaded?.sources.find((s) => s.id === editing.id) : undefined;

  return (
    <section aria-labelledby="data-heading" class="data-page">
      <div class="toolbar">
        <h2 id="data-heading">{t('dataHeading')}</h2>
        {admin && (
          <button
            type="button"
            class="primary"
            disabled={!loaded}
            onClick={() => {
              setSeq((n) => n + 1);
              setEditing({ kind: 'new', seq: seq + 1 });
            }}
          >
            {t('dataNew')}
          </button>
        )}
      </div>
      <p class="hint">{t('dataIntro')}</p>
      <p class="error" role="alert" hidden={!all.error}>
        {all.error ? dataErrorText(all.error) : ''}
      </p>
      {loaded ? (
        <>
          <HeldValues
            data={data}
            me={me}
            held={loaded.held}
            sources={loaded.sources}
            gates={loaded.gates}
            mayDecide={mayDecideValues(me.roles)}
            onDecided={() => {
              setDecided((n) => n + 1);
              all.reload();
            }}
          />
          <h3 id="data-sources-heading">{t('dataSourcesHeading')}</h3>
          <p class="error" role="alert" data-list-error>
            {listError}
          </p>
          <EntityList
            name="data-sources"
            label={t('dataSourcesHeading')}
            rows={loaded.sources}
            rowKey={(s) => s.id}
            columns={columns}
            filters={filters}
            searchTexts={(s) => [s.name, s.pull?.url ?? '']}
            empty={admin ? t('dataEmptyAdmin') : t('dataEmpty')}
            initialSort={{ key: 'name', direction: 'ascending' }}
            current={openId}
            actions={(s) => (
              <span class="actions">
                <RowActions
                  name={s.name}
                  onOpen={() => {
                    setOpenId(s.id);
                  }}
                />
                {admin && (
                  <>
                    <button
                      type="button"
                      data-action="edit"
                      aria-label={t('dataEditFor', { name: s.name })}
                      onClick={() => {
                        setEditing({ kind: 'edit', id: s.id });
                      }}
                    >
                      {t('edit')}
                    </button>
                    {s.kind === 'push' && (
                      <button
                        type="button"
                        data-action="renew"
                        aria-label={t('dataRenewFor', { name: s.name })}
                        onClick={() => {
                          renew(s);
                        }}
                      >
                        {t('dataRenew')}
                      </button>
                    )}
                    <RowActions
                      name={s.name}
                      onDelete={() => {
                        remove(s);
                      }}
                    />
                  </>
                )}
              </span>
            )}
          />
        </>
      ) : (
        !all.error && <p class="hint">{t('loading')}</p>
      )}
      {loaded && opened && (
        <SourceDetail
          key={opened.id}
          data={data}
          source={opened}
          gates={loaded.gates}
          refresh={decided}
          mayEnter={mayEnterValues(me.roles)}
          mayPoll={admin}
          onChanged={all.reload}
          onClose={() => {
            setOpenId(undefined);
          }}
        />
      )}
      {loaded && editing && (editing.kind === 'new' || stored) && (
        <DataSourceEditor
          key={editing.kind === 'edit' ? editing.id : `new-${editing.seq}`}
          data={data}
          gates={loaded.gates}
          stored={stored}
          onSaved={all.reload}
          onCreated={(created) => {
            if (created.source.kind === 'push') setMade(created);
          }}
          onClose={() => {
            setEditing(undefined);
          }}
        />
      )}
      {made && (
        <DataTokenDialog
          made={made}
          onClose={() => {
            setMade(undefined);
          }}
        />
      )}
    </section>
  );
}
