import { useMemo, useState } from 'preact/hooks';
import type { PageProps } from './app.tsx';
import { TemplateEditor, TemplateState } from './alert-templates-editor.tsx';
import { alertsApi, type AlertTemplate } from './alerts-api.ts';
import { EntityList, RowActions, type ListColumn, type ListFilter } from './entity-list.tsx';
import { formatInstant, languageName } from './format.ts';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';
import './alerts.css';

type Editing = { kind: 'edit'; id: string } | { kind: 'new'; seq: number };

/**
 * The per-gate templates that give an alert the languages it lacks: listed by gate, event and language,
 * with where each stands (a draft is never used), and the editor (write, approve, delete).
 */
export function AlertTemplatesPage({ api, me }: PageProps) {
  const alerts = useMemo(() => alertsApi(api), [api]);
  const all = useLoad(async () => {
    const [gates, templates] = await Promise.all([api.gates(), alerts.templates()]);
    return { gates: gates.items, templates: templates.items };
  }, [api, alerts]);
  const [editing, setEditing] = useState<Editing | undefined>(undefined);
  const [seq, setSeq] = useState(0);
  const [listError, setListError] = useState('');
  const data = all.data;
  const mayWrite = me.roles.includes('admin') || me.roles.includes('editor');
  const gateName = (id: string) => data?.gates.find((g) => g.id === id)?.name ?? id;
  const nameOf = (tp: AlertTemplate) =>
    t('tplName', { event: tp.event, gate: gateName(tp.gateId), lang: tp.lang });

  const columns = useMemo((): ListColumn<AlertTemplate>[] => {
    const name = (id: string) => data?.gates.find((g) => g.id === id)?.name ?? id;
    return [
      {
        key: 'event',
        label: t('tplColEvent'),
        render: (tp) => <span lang={tp.lang}>{tp.event}</span>,
        sortValue: (tp) => tp.event,
      },
      { key: 'gate', label: t('gate'), render: (tp) => name(tp.gateId), sortValue: (tp) => name(tp.gateId) },
      {
        key: 'lang',
        label: t('tplColLanguage'),
        render: (tp) => languageName(tp.lang),
        sortValue: (tp) => languageName(tp.lang),
      },
      {
        key: 'title',
        label: t('tplFieldTitle'),
        render: (tp) => (
          <span lang={tp.lang} class="cap-template-title">
            {tp.title}
          </span>
        ),
      },
      {
        key: 'state',
        label: t('state'),
        render: (tp) => <TemplateState template={tp} />,
        sortValue: (tp) => tp.state,
      },
      {
        key: 'updated',
        label: t('colUpdated'),
        render: (tp) => <span class="nowrap">{formatInstant(tp.updatedAt)}</span>,
        sortValue: (tp) => tp.updatedAt,
      },
    ];
  }, [data]);
  const filters = useMemo((): ListFilter<AlertTemplate>[] => {
    if (!data) return [];
    const langs = [
      ...new Set([...data.gates.flatMap((g) => g.languages), ...data.templates.map((x) => x.lang)]),
    ].sort();
    return [
      {
        key: 'gate',
        label: t('gate'),
        options: data.gates.map((g) => ({ value: g.id, label: g.name })),
        test: (tp, v) => tp.gateId === v,
      },
      {
        key: 'lang',
        label: t('tplColLanguage'),
        options: langs.map((l) => ({ value: l, label: languageName(l) })),
        test: (tp, v) => tp.lang === v,
      },
      {
        key: 'state',
        label: t('state'),
        options: [
          { value: 'draft', label: t('stateDraft') },
          { value: 'approved', label: t('stateApproved') },
        ],
        test: (tp, v) => tp.state === v,
      },
    ];
  }, [data]);

  const remove = (tp: AlertTemplate) => {
    if (!confirm(t('tplConfirmDelete', { name: nameOf(tp) }))) return;
    alerts.removeTemplate(tp.id).then(
      () => {
        if (editing?.kind === 'edit' && editing.id === tp.id) setEditing(undefined);
        setListError('');
        all.reload();
      },
      (err: unknown) => {
        setListError(t('deleteRefused', { name: nameOf(tp), reason: errorText(err) }));
      },
    );
  };
  const stored = editing?.kind === 'edit' ? data?.templates.find((x) => x.id === editing.id) : undefined;

  return (
    <section aria-labelledby="tpl-heading" class="cap-page">
      <div class="toolbar">
        <h2 id="tpl-heading">{t('tplHeading')}</h2>
        {mayWrite && (
          <button
            type="button"
            class="primary"
            disabled={!data || data.gates.length === 0}
            onClick={() => {
              setSeq((n) => n + 1);
              setEditing({ kind: 'new', seq: seq + 1 });
            }}
          >
            {t('tplNew')}
          </button>
        )}
      </div>
      <p class="hint">{t('tplIntro')}</p>
      <p class="error" role="alert" hidden={!all.error}>
        {all.error ? errorText(all.error) : ''}
      </p>
      <p class="error" role="alert" data-list-error>
        {listError}
      </p>
      {data ? (
        <EntityList
          name="alert-templates"
          label={t('tplListLabel')}
          rows={data.templates}
          rowKey={(tp) => tp.id}
          columns={columns}
          filters={filters}
          searchTexts={(tp) => [tp.event, tp.title, tp.body ?? '', gateName(tp.gateId)]}
          empty={t('tplEmpty')}
          initialSort={{ key: 'event', direction: 'ascending' }}
          current={editing?.kind === 'edit' ? editing.id : undefined}
          actions={(tp) => (
            <RowActions
              name={nameOf(tp)}
              onOpen={() => {
                setEditing({ kind: 'edit', id: tp.id });
              }}
              {...((tp.actions ?? []).includes('delete')
                ? {
                    onDelete: () => {
                      remove(tp);
                    },
                  }
                : {})}
            />
          )}
        />
      ) : (
        !all.error && <p class="hint">{t('loading')}</p>
      )}
      {data && editing && (editing.kind === 'new' || stored) && (
        <TemplateEditor
          key={editing.kind === 'edit' ? editing.id : `new-${editing.seq}`}
          alerts={alerts}
          me={me}
          gates={data.gates}
          events={[...new Set(data.templates.map((x) => x.event))]}
          stored={stored}
          onSaved={all.reload}
          onClose={() => {
            setEditing(undefined);
          }}
        />
      )}
    </section>
  );
}
