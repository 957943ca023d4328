import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ApprovalSummary } from './api.ts';
import type { PageProps } from './app.tsx';
import { contentApi } from './content-api.ts';
import { onAirWarning } from './delete-warning.tsx';
import { EntityList, RowActions, type ListColumn, type ListFilter } from './entity-list.tsx';
import { formatInstant, languageName } from './format.ts';
import { formOf, type MessageForm, type StoredMessage } from './forms/message.form.ts';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';
import { MessageEditor } from './message-editor.tsx';
import { ownerLabel, provincesOf } from './owner-picker.tsx';
import { StateBadge } from './state-badge.tsx';

type Editing =
  { kind: 'edit'; message: StoredMessage } | { kind: 'new'; form: MessageForm; heading: string; seq: number };

const stateOf = (s: ApprovalSummary | undefined): string =>
  !s ? 'draft' : s.state === 'draft' && s.rejection ? 'rejected' : s.state;

/** The messages in scope, searchable and filterable, with where each stands in approval, and the editor. */
export function MessagesPage({ api, live, me }: PageProps) {
  const content = useMemo(() => contentApi(api), [api]);
  const all = useLoad(async () => {
    const [gates, screens, messages, playlists, schedules, approvals] = await Promise.all([
      api.gates(),
      api.screens(),
      content.messages(),
      api.playlists(),
      api.schedules(),
      api.approvals(),
    ]);
    const states = new Map(approvals.items.filter((a) => a.entity === 'message').map((a) => [a.id, a]));
    return {
      gates: gates.items,
      screens: screens.items,
      messages: messages.items,
      playlists: playlists.items,
      schedules: schedules.items,
      states,
    };
  }, [api]);
  const [editing, setEditing] = useState<Editing | undefined>(undefined);
  const [listError, setListError] = useState('');
  const [seq, setSeq] = useState(0);

  // The author sees approvals and rejections as they happen.
  useEffect(() => {
    const onChange = (summary: ApprovalSummary) => {
      if (summary.entity !== 'message') return;
      all.setData((was) => (was ? { ...was, states: new Map(was.states).set(summary.id, summary) } : was));
    };
    live.on('approval:changed', onChange);
    return () => {
      live.off('approval:changed', onChange);
    };
  }, [live, all]);

  const data = all.data;
  const columns = useMemo((): ListColumn<StoredMessage>[] => {
    const gates = data?.gates ?? [];
    const states = data?.states ?? new Map<string, ApprovalSummary>();
    return [
      { key: 'name', label: t('colName'), render: (m) => m.name, sortValue: (m) => m.name },
      {
        key: 'owner',
        label: t('ownerLegend'),
        render: (m) => ownerLabel(m, gates),
        sortValue: (m) => ownerLabel(m, gates),
      },
      {
        key: 'languages',
        label: t('colLanguages'),
        render: (m) =>
          Object.keys(m.variants).map((lang) => (
            <span key={lang} class="chip" lang={lang} title={languageName(lang)}>
              {lang}
            </span>
          )),
      },
      {
        key: 'state',
        label: t('state'),
        render: (m) => <StateBadge summary={states.get(m.id)} />,
        sortValue: (m) => stateOf(states.get(m.id)),
      },
      {
        key: 'updated',
        label: t('colUpdated'),
        render: (m) => <span class="nowrap">{formatInstant(m.updatedAt)}</span>,
        sortValue: (m) => m.updatedAt,
      },
    ];
  }, [data]);
  const filters = useMemo((): ListFilter<StoredMessage>[] => {
    if (!data) return [];
    const langs = [
      ...new Set([
        ...data.gates.flatMap((g) => g.languages),
        ...data.messages.flatMap((m) => Object.keys(m.variants)),
      ]),
    ].sort();
    const langOptions = langs.map((l) => ({ value: l, label: languageName(l) }));
    return [
      {
        key: 'owner',
        label: t('ownerLegend'),
        options: [
          { value: 'national', label: t('ownerNational') },
          ...provincesOf(data.gates).map((p) => ({
            value: `province:${p}`,
            label: t('ownerProvinceOf', { province: p }),
          })),
          ...data.gates.map((g) => ({ value: `gate:${g.id}`, label: g.name })),
        ],
        test: (m, v) =>
          v === 'national'
            ? !m.gateId && !m.province
            : v.startsWith('province:')
              ? m.province === v.slice('province:'.length)
              : m.gateId === v.slice('gate:'.length),
      },
      {
        key: 'state',
        label: t('state'),
        options: [
          { value: 'draft', label: t('stateDraft') },
          { value: 'rejected', label: t('stateRejected') },
          { value: 'submitted', label: t('stateSubmitted') },
          { value: 'approved', label: t('stateApproved') },
        ],
        test: (m, v) => stateOf(data.states.get(m.id)) === v,
      },
      {
        key: 'has',
        label: t('filterHasLanguage'),
        options: langOptions,
        test: (m, v) => m.variants[v] !== undefined,
      },
      {
        key: 'lacks',
        label: t('filterLacksLanguage'),
        options: langOptions,
        test: (m, v) => m.variants[v] === undefined,
      },
    ];
  }, [data]);

  const open = (next: Editing) => {
    setListError('');
    setEditing(next);
  };
  const newMessage = () => {
    // A new message starts at a gate of the person's scope; the owner picker offers the others.
    const gateId = me.scope.gates?.[0] ?? data?.gates[0]?.id;
    const province = gateId ? undefined : me.scope.provinces?.[0];
    setSeq((n) => n + 1);
    open({
      kind: 'new',
      form: formOf(undefined, { ...(gateId ? { gateId } : {}), ...(province ? { province } : {}) }),
      heading: t('newMessage'),
      seq: seq + 1,
    });
  };
  const remove = async (m: StoredMessage) => {
    // Approved content: the question also says what the public stops seeing, on which screens.
    const warning = await onAirWarning(api, 'message', m.id);
    const question = t('confirmDeleteMessage', { name: m.name });
    if (!confirm(warning ? `${warning}\n\n${question}` : question)) return;
    content.deleteMessage(m.id).then(
      () => {
        if (editing?.kind === 'edit' && editing.message.id === m.id) setEditing(undefined);
        setListError('');
        all.reload();
      },
      (err: unknown) => {
        setListError(t('deleteRefused', { name: m.name, reason: errorText(err) }));
      },
    );
  };

  return (
    <section aria-labelledby="messages-heading">
      <div class="toolbar">
        <h2 id="messages-heading">{t('messagesHeading')}</h2>
        {/* Until the gates are in, a new message would not know its person's gate: the button waits. */}
        <button type="button" class="primary" onClick={newMessage} disabled={!data}>
          {t('newMessage')}
        </button>
      </div>
      <p class="error" role="alert" hidden={!all.error}>
        {all.error ? errorText(all.error) : ''}
      </p>
      <p class="error" role="alert" data-list-error>
        {listError}
      </p>
      {data && (
        <EntityList
          name="messages"
          label={t('messagesHeading')}
          rows={data.messages}
          rowKey={(m) => m.id}
          columns={columns}
          filters={filters}
          searchTexts={(m) => [
            m.name,
            ...Object.values(m.variants).flatMap((v) => [v.title ?? '', v.body ?? '', v.ticker ?? '']),
          ]}
          empty={t('noMessages')}
          initialSort={{ key: 'name', direction: 'ascending' }}
          current={editing?.kind === 'edit' ? editing.message.id : undefined}
          actions={(m) => (
            <RowActions
              name={m.name}
              onOpen={() => {
                open({ kind: 'edit', message: m });
              }}
              onDuplicate={() => {
                setSeq((n) => n + 1);
                open({
                  kind: 'new',
                  form: { ...formOf(m), name: t('copyName', { name: m.name }) },
                  heading: t('duplicateOf', { name: m.name }),
                  seq: seq + 1,
                });
              }}
              onDelete={() => {
                void remove(m);
              }}
            />
          )}
        />
      )}
      {data && editing && (
        <MessageEditor
          key={editing.kind === 'edit' ? editing.message.id : `new-${editing.seq}`}
          content={content}
          me={me}
          stored={editing.kind === 'edit' ? editing.message : undefined}
          initial={editing.kind === 'edit' ? formOf(editing.message) : editing.form}
          heading={editing.kind === 'edit' ? t('editFor', { name: editing.message.name }) : editing.heading}
          summary={editing.kind === 'edit' ? data.states.get(editing.message.id) : undefined}
          context={data}
          onSaved={() => {
            all.reload();
          }}
          onClose={() => {
            setEditing(undefined);
          }}
        />
      )}
    </section>
  );
}
