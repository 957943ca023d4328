import Sortable from 'sortablejs';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { mediaHref, thumbnailHref, type Playlist } from './api.ts';
import type { PageProps } from './app.tsx';
import { GateSelect } from './gate-select.tsx';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';
import { PreviewPanel, type PreviewItem } from './preview.tsx';

type Item = Extract<Playlist['items'][number], { type: 'message' | 'image' | 'video' }>;

const idOf = (it: Item) => (it.type === 'message' ? it.messageId : it.assetId);

/** Builds a loop of messages by drag and drop (SortableJS) or by keyboard (up/down buttons), then submits it. */
export function PlaylistsPage({ api }: PageProps) {
  const ctx = useLoad(async () => {
    const [messages, gates, assets, screens] = await Promise.all([
      api.messages(),
      api.gates(),
      api.assets(),
      api.screens(),
    ]);
    return { messages: messages.items, gates: gates.items, assets: assets.items, screens: screens.items };
  }, [api]);
  const [name, setName] = useState('');
  const [gateId, setGateId] = useState<string | null>(null);
  const [items, setItems] = useState<Item[]>([]);
  const [note, setNote] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const [previewing, setPreviewing] = useState(false);
  const list = useRef<HTMLOListElement>(null);

  // SortableJS moves DOM nodes itself; we put them back and reorder state, so Preact stays the owner of the DOM.
  useEffect(() => {
    if (!list.current) return;
    const sortable = Sortable.create(list.current, {
      handle: '.drag-handle',
      animation: 150,
      onEnd: (e) => {
        const { oldIndex, newIndex, item, from } = e;
        if (oldIndex === undefined || newIndex === undefined || oldIndex === newIndex) return;
        from.removeChild(item);
        from.insertBefore(item, from.children[oldIndex] ?? null);
        setItems((was) => move(was, oldIndex, newIndex));
      },
    });
    return () => {
      sortable.destroy();
    };
  }, []);

  const nameOf = (it: Item) =>
    (it.type === 'message'
      ? ctx.data?.messages.find((m) => m.id === it.messageId)?.name
      : ctx.data?.assets.find((a) => a.id === it.assetId)?.name) ?? idOf(it);
  // Only the fields every item kind shares are patched, so the item keeps its kind.
  type Shared = Partial<Pick<Item, 'duration' | 'validFrom' | 'validUntil'>>;
  const update = (i: number, patch: Shared) => {
    setItems((was) => was.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  };
  // The whole loop as a screen plays it: each message in each of its languages, images and videos from the
  // library (fetched with the operator's session), each for its duration.
  const preview = useMemo(
    (): PreviewItem[] =>
      items.flatMap((it): PreviewItem[] => {
        if (it.type === 'message') {
          const m = ctx.data?.messages.find((x) => x.id === it.messageId);
          if (!m) return [];
          return [
            {
              type: 'message',
              name: m.name,
              level: m.level ?? 'normal',
              variants: m.variants,
              duration: it.duration,
            },
          ];
        }
        const a = ctx.data?.assets.find((x) => x.id === it.assetId);
        if (!a) return [];
        return [{ type: it.type, name: a.name, url: mediaHref(a.sha256), duration: it.duration }];
      }),
    [items, ctx.data],
  );
  const previewScreens = (ctx.data?.screens ?? []).filter((s) => !gateId || s.gateId === gateId);
  const submit = (event: Event) => {
    event.preventDefault();
    const body = { name: name.trim(), gateId, items };
    api.submitNewPlaylist(body).then(
      () => {
        setNote({ ok: true, text: t('submitted') });
      },
      (err: unknown) => {
        setNote({ ok: false, text: errorText(err) });
      },
    );
  };
  return (
    <section aria-labelledby="playlists-heading">
      <h2 id="playlists-heading">{t('playlistsHeading')}</h2>
      <form class="editor" noValidate onSubmit={submit}>
        <h3>{t('newPlaylist')}</h3>
        <div class="row">
          <label>
            {t('playlistName')}
            <input
              name="playlist-name"
              value={name}
              onInput={(e) => {
                setName(e.currentTarget.value);
              }}
            />
          </label>
          <GateSelect
            label={t('gate')}
            name="playlist-gate"
            gates={ctx.data?.gates ?? []}
            value={gateId}
            onChange={setGateId}
          />
        </div>
        <div class="two-columns">
          <section aria-labelledby="library-heading">
            <h4 id="library-heading">{t('library')}</h4>
            <ul class="cards">
              {ctx.data?.messages.map((m) => (
                <li key={m.id} class="card">
                  {m.name}
                  <button
                    type="button"
                    aria-label={t('addToLoop', { name: m.name })}
                    onClick={() => {
                      setItems((was) => [...was, { type: 'message', messageId: m.id, duration: 10 }]);
                    }}
                  >
                    {t('add')}
                  </button>
                </li>
              ))}
            </ul>
            <h4 id="media-heading">{t('mediaHeading')}</h4>
            <ul class="cards" aria-labelledby="media-heading">
              {ctx.data?.assets.map((a) => (
                <li key={a.id} class="card">
                  <img src={thumbnailHref(a.id)} alt="" width={48} height={36} loading="lazy" /> {a.name}{' '}
                  <span class="small">({a.type === 'video' ? t('typeVideo') : t('typeImage')})</span>
                  <button
                    type="button"
                    aria-label={t('addAssetToLoop', { name: a.name })}
                    onClick={() => {
                      // A video plays its own length; ten seconds is only the fallback for an unknown one.
                      const duration = a.type === 'video' && a.duration ? Math.ceil(a.duration) : 10;
                      setItems((was) => [...was, { type: a.type, assetId: a.id, duration }]);
                    }}
                  >
                    {t('add')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="loop-heading">
            <h4 id="loop-heading">{t('loop')}</h4>
            {items.length === 0 && <p class="empty">{t('emptyLoop')}</p>}
            <ol ref={list} class="loop">
              {items.map((it, i) => {
                const n = nameOf(it);
                return (
                  <li key={`${idOf(it)}-${i}`} class="card" data-item={idOf(it)} data-item-type={it.type}>
                    <span class="drag-handle" aria-hidden="true">
                      ⠿
                    </span>{' '}
                    {n}
                    <label>
                      {t('duration')}
                      <input
                        type="number"
                        min={1}
                        aria-label={t('durationOf', { name: n })}
                        value={it.duration}
                        onInput={(e) => {
                          update(i, { duration: Number(e.currentTarget.value) || 1 });
                        }}
                      />
                    </label>
                    <label>
                      {t('validFrom')}
                      <input
                        type="date"
                        value={it.validFrom?.slice(0, 10) ?? ''}
                        onInput={(e) => {
                          const v = e.currentTarget.value;
                          update(i, { validFrom: v ? `${v}T00:00:00+07:00` : undefined });
                        }}
                      />
                    </label>
                    <label>
                      {t('validUntil')}
                      <input
                        type="date"
                        value={it.validUntil?.slice(0, 10) ?? ''}
                        onInput={(e) => {
                          const v = e.currentTarget.value;
                          update(i, { validUntil: v ? `${v}T23:59:59+07:00` : undefined });
                        }}
                      />
                    </label>
                    <button
                      type="button"
                      aria-label={t('moveUp', { name: n })}
                      disabled={i === 0}
                      onClick={() => {
                        setItems((was) => move(was, i, i - 1));
                      }}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      aria-label={t('moveDown', { name: n })}
                      disabled={i === items.length - 1}
                      onClick={() => {
                        setItems((was) => move(was, i, i + 1));
                      }}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      aria-label={t('removeFrom', { name: n })}
                      onClick={() => {
                        setItems((was) => was.filter((_, j) => j !== i));
                      }}
                    >
                      {t('remove')}
                    </button>
                  </li>
                );
              })}
            </ol>
          </section>
        </div>
        <section class="checks" aria-labelledby="loop-preview-heading">
          <h4 id="loop-preview-heading">{t('previewHeading')}</h4>
          <button
            type="button"
            aria-expanded={previewing}
            disabled={items.length === 0}
            onClick={() => {
              setPreviewing((was) => !was);
            }}
          >
            {previewing ? t('previewLoopClose') : t('previewLoop')}
          </button>
          {previewing && ctx.data && (
            <PreviewPanel
              screens={previewScreens.length > 0 ? previewScreens : ctx.data.screens}
              gates={ctx.data.gates}
              items={preview}
            />
          )}
        </section>
        <p class={note?.ok ? 'success' : 'error'} role="status">
          {note?.text ?? ''}
        </p>
        <button type="submit" class="primary">
          {t('submit')}
        </button>
      </form>
    </section>
  );
}

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [moved] = out.splice(from, 1);
  if (moved !== undefined) out.splice(to, 0, moved);
  return out;
}
