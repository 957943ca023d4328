import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ApprovalSummary, Message } from './api.ts';
import type { PageProps } from './app.tsx';
import { codePointLabel, uncoveredCharacters } from './coverage.ts';
import { languageName } from './format.ts';
import { GateSelect } from './gate-select.tsx';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';
import { gatesOfMessage, languagesNeeded, missingLanguages } from './languages.ts';
import { PreviewPanel, type PreviewItem } from './preview.tsx';
import { StateBadge } from './state-badge.tsx';

type Variants = Message['variants'];

/** The messages in scope with where each stands in approval, and the editor. */
export function MessagesPage({ api, live }: PageProps) {
  const all = useLoad(async () => {
    const [gates, screens, messages, playlists, schedules, approvals] = await Promise.all([
      api.gates(),
      api.screens(),
      api.messages(),
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
  const [editing, setEditing] = useState<Message | 'new' | undefined>(undefined);

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
  return (
    <section aria-labelledby="messages-heading">
      <div class="toolbar">
        <h2 id="messages-heading">{t('messagesHeading')}</h2>
        <button
          type="button"
          class="primary"
          onClick={() => {
            setEditing('new');
          }}
        >
          {t('newMessage')}
        </button>
      </div>
      <p class="error" role="alert" hidden={!all.error}>
        {all.error ? errorText(all.error) : ''}
      </p>
      {data && (
        <ul class="cards">
          {data.messages.map((m) => (
            <li key={m.id} class="card" data-message={m.id}>
              <strong>{m.name}</strong> <StateBadge summary={data.states.get(m.id)} />
              <button
                type="button"
                aria-label={t('editFor', { name: m.name })}
                onClick={() => {
                  setEditing(m);
                }}
              >
                {t('edit')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {data && editing && (
        <MessageEditor
          key={editing === 'new' ? 'new' : editing.id}
          {...{ api, live }}
          initial={editing === 'new' ? undefined : editing}
          context={data}
          onDone={() => {
            all.reload();
          }}
        />
      )}
    </section>
  );
}

interface EditorProps extends Pick<PageProps, 'api' | 'live'> {
  initial: Message | undefined;
  context: {
    gates: import('./api.ts').Gate[];
    screens: import('./api.ts').Screen[];
    playlists: import('./api.ts').Playlist[];
    schedules: import('./api.ts').Schedule[];
  };
  onDone: () => void;
}

function MessageEditor({ api, initial, context, onDone }: EditorProps) {
  const [id, setId] = useState(initial?.id);
  const [name, setName] = useState(initial?.name ?? '');
  const [gateId, setGateId] = useState<string | null>(initial?.gateId ?? context.gates[0]?.id ?? null);
  const [variants, setVariants] = useState<Variants>(initial?.variants ?? { vi: {} });
  const [extra, setExtra] = useState('');
  const [note, setNote] = useState<{ ok: boolean; text: string } | undefined>(undefined);

  const needed = useMemo(
    () =>
      languagesNeeded(
        gatesOfMessage(
          { ...(id ? { id } : {}), gateId },
          context.playlists,
          context.schedules,
          context.screens,
          context.gates,
        ),
        context.gates,
        context.screens,
      ),
    [id, gateId, context],
  );
  const missing = missingLanguages(variants, needed);
  const uncovered = uncoveredCharacters(
    Object.values(variants)
      .flatMap((v) => [v.title ?? '', v.body ?? ''])
      .join('\n'),
  );
  const langs = [...new Set(['vi', ...needed.keys(), ...Object.keys(variants)])];
  // The draft as it stands, each language for a few seconds, on the screen chosen in the preview panel.
  const level = initial?.level ?? 'normal';
  const preview = useMemo(
    (): PreviewItem[] => [{ type: 'message', name: name || t('newMessage'), level, variants, duration: 4 }],
    [name, level, variants],
  );
  const previewScreens = useMemo(
    () => (gateId ? context.screens.filter((s) => s.gateId === gateId) : context.screens),
    [gateId, context.screens],
  );

  const setField = (lang: string, field: 'title' | 'body', value: string) => {
    setVariants((was) => ({ ...was, [lang]: { ...was[lang], [field]: value } }));
  };
  const body = () => {
    const clean: Variants = {};
    for (const [lang, v] of Object.entries(variants)) {
      const title = v.title?.trim();
      const text = v.body?.trim();
      if (title || text) clean[lang] = { ...(title ? { title } : {}), ...(text ? { body: text } : {}) };
    }
    return { name: name.trim(), gateId, variants: clean };
  };
  const save = async (): Promise<string> => {
    const saved = await api.saveMessage(body(), id);
    setId(saved.id);
    return saved.id;
  };
  const run = (what: () => Promise<string>) => {
    what().then(
      (text) => {
        setNote({ ok: true, text });
        onDone();
      },
      (err: unknown) => {
        setNote({ ok: false, text: errorText(err) });
      },
    );
  };
  const submit = (event: Event) => {
    event.preventDefault();
    // Submitting is where a missing translation or an unrenderable character is stopped, not on the board.
    if (missing.length > 0 || uncovered.length > 0) {
      setNote({ ok: false, text: t('submitBlocked') });
      return;
    }
    run(async () => {
      await api.submit('message', await save());
      return t('submitted');
    });
  };

  return (
    <form class="editor" noValidate onSubmit={submit} aria-labelledby="message-editor-heading">
      <h3 id="message-editor-heading">{initial ? t('editFor', { name: initial.name }) : t('newMessage')}</h3>
      <div class="row">
        <label>
          {t('messageName')}
          <input
            name="name"
            required
            value={name}
            onInput={(e) => {
              setName(e.currentTarget.value);
            }}
          />
        </label>
        <GateSelect label={t('gate')} name="gate" gates={context.gates} value={gateId} onChange={setGateId} />
      </div>
      <div class="languages">
        {langs.map((lang) => (
          <fieldset key={lang} class="variant" data-lang={lang}>
            <legend>{languageName(lang)}</legend>
            <label>
              {t('titleIn', { lang })}
              <input
                lang={lang}
                name={`title-${lang}`}
                value={variants[lang]?.title ?? ''}
                onInput={(e) => {
                  setField(lang, 'title', e.currentTarget.value);
                }}
              />
            </label>
            <label>
              {t('bodyIn', { lang })}
              <textarea
                lang={lang}
                name={`body-${lang}`}
                rows={3}
                value={variants[lang]?.body ?? ''}
                onInput={(e) => {
                  setField(lang, 'body', e.currentTarget.value);
                }}
              />
            </label>
          </fieldset>
        ))}
      </div>
      <div class="row">
        <label>
          {t('addLanguage')}
          <input
            name="add-language"
            placeholder="lo, zh-Hans, jra…"
            value={extra}
            onInput={(e) => {
              setExtra(e.currentTarget.value);
            }}
          />
        </label>
        <button
          type="button"
          onClick={() => {
            const tag = extra.trim();
            if (tag) setVariants((was) => ({ [tag]: {}, ...was }));
            setExtra('');
          }}
        >
          {t('add')}
        </button>
      </div>
      <section class="checks" aria-label={t('missingLanguages')} data-check="languages">
        <h4>{t('missingLanguages')}</h4>
        {missing.length === 0 ? (
          <p class="success">{t('noMissing')}</p>
        ) : (
          <ul class="warning">
            {missing.map(([lang, gates]) => (
              <li key={lang} data-missing={lang}>
                {t('missingLanguage', { lang: languageName(lang), gates: gates.join(', ') })}
              </li>
            ))}
          </ul>
        )}
      </section>
      {uncovered.length > 0 && (
        <section class="checks" aria-label={t('uncovered')} data-check="coverage">
          <h4>{t('uncovered')}</h4>
          <p class="hint">{t('uncoveredHint')}</p>
          <ul class="warning">
            {uncovered.map((c) => (
              <li key={c} data-uncovered={codePointLabel(c)}>{`${c} ${codePointLabel(c)}`}</li>
            ))}
          </ul>
        </section>
      )}
      <section class="checks" aria-labelledby="message-preview-heading" data-check="preview">
        <h4 id="message-preview-heading">{t('previewHeading')}</h4>
        <PreviewPanel
          screens={previewScreens.length > 0 ? previewScreens : context.screens}
          gates={context.gates}
          items={preview}
        />
      </section>
      <p class={note?.ok ? 'success' : 'error'} role="status">
        {note?.text ?? ''}
      </p>
      <div class="actions">
        <button
          type="button"
          onClick={() => {
            run(async () => {
              await save();
              return t('saved');
            });
          }}
        >
          {t('save')}
        </button>
        <button type="submit" class="primary">
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
