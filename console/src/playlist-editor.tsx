import Sortable from 'sortablejs';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  mediaHref,
  thumbnailHref,
  type ApprovalSummary,
  type Asset,
  type Gate,
  type Me,
  type Message,
  type Screen,
} from './api.ts';
import { errorPointer, FieldError, fieldErrors, useFocusInvalid } from './field-error.tsx';
import { useFormFocus } from './form-focus.ts';
import {
  bodyOf,
  formOf,
  move,
  newItem,
  secondsOf,
  type Fit,
  type ItemForm,
  type ItemType,
  type LanguageMode,
  type Layout,
  type PlaylistForm,
  type StoredPlaylist,
} from './forms/playlist.form.ts';
import { errorText, t } from './i18n.ts';
import type { PlaylistApi } from './playlist-api.ts';
import { defaultOwner, offers, offersAsset } from './playlist-library.ts';
import { OwnerPicker } from './owner-picker.tsx';
import { PreviewPanel, type PreviewItem } from './preview.tsx';
import { StateBadge } from './state-badge.tsx';
import './playlists.css';

/** A message as listed; `province` is Contract C's owner (until the regenerated types carry it). */
export type OwnedMessage = Message & { province?: string | null };

export interface EditorContext {
  gates: Gate[];
  screens: Screen[];
  messages: OwnedMessage[];
  assets: Asset[];
}

/** Where the editor starts: a stored playlist, a copy of one (saved as new), or an empty one. */
export type Opening =
  { kind: 'new' } | { kind: 'edit'; stored: StoredPlaylist } | { kind: 'copy'; stored: StoredPlaylist };

interface EditorProps {
  playlists: PlaylistApi;
  /** Who edits: a new playlist is theirs (their one gate or province) at first. */
  me: Me;
  opening: Opening;
  context: EditorContext;
  /** Where a saved playlist stands in review (kept live by the page). */
  stateOf: (id: string) => ApprovalSummary | undefined;
  /** After a save (and its submit, if asked) is over. */
  onSaved: () => void;
  onClose: () => void;
}

const formId = 'playlist-editor';

/** Only Enter on a button acts: Enter in a field (a duration, a date) never submits the whole playlist. */
function keepEnterInField(event: KeyboardEvent) {
  const target = event.target;
  if (event.key !== 'Enter' || !(target instanceof HTMLElement)) return;
  if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) event.preventDefault();
}

/**
 * Opens a playlist (or a new or copied one) for editing: name, owner, languages, layout and the loop. Items
 * come from the library its owner's screens may show; they move by drag and drop (SortableJS) or by the
 * up/down buttons, which keep focus on the moved item. Saves a draft, or saves and submits it for review;
 * every refusal is shown beside its field in the interface's language.
 */
export function PlaylistEditor({ playlists, me, opening, context, stateOf, onSaved, onClose }: EditorProps) {
  const initial = opening.kind === 'new' ? undefined : opening.stored;
  const [id, setId] = useState(opening.kind === 'edit' ? opening.stored.id : undefined);
  const [stored, setStored] = useState<StoredPlaylist | undefined>(
    opening.kind === 'edit' ? initial : undefined,
  );
  const [form, setForm] = useState<PlaylistForm>(() => {
    const start = initial ? formOf(initial) : { ...formOf(undefined), ...defaultOwner(me, context.gates) };
    return opening.kind === 'copy' ? { ...start, name: t('plCopyName', { name: start.name }) } : start;
  });
  const [languagesText, setLanguagesText] = useState(form.languages.join(', '));
  const [error, setError] = useState<unknown>(undefined);
  const [note, setNote] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const [announce, setAnnounce] = useState('');
  const [previewing, setPreviewing] = useState(false);
  const nextKey = useRef(0);
  const wasSaved = useRef(false);
  const pendingFocus = useRef<{ key: string; button: 'up' | 'down' } | undefined>(undefined);
  const formRef = useRef<HTMLFormElement>(null);
  const list = useRef<HTMLOListElement>(null);

  useFormFocus(formRef, opening.kind === 'new' ? 'new' : `${opening.kind}-${opening.stored.id}`);
  useFocusInvalid(formRef, error);
  const errors = fieldErrors(formId, error);

  // SortableJS moves DOM nodes itself; they are put back and the state reordered, so Preact owns the DOM.
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
        setForm((was) => ({ ...was, items: move(was.items, oldIndex, newIndex) }));
      },
    });
    return () => {
      sortable.destroy();
    };
  }, []);

  // After a keyboard move, focus follows the moved item to the same button (or the other one at an end),
  // before the browser paints: moving the focused node blurs it.
  useLayoutEffect(() => {
    const want = pendingFocus.current;
    if (!want || !list.current) return;
    pendingFocus.current = undefined;
    const item = list.current.querySelector(`[data-key="${want.key}"]`);
    const same = item?.querySelector<HTMLButtonElement>(`[data-move="${want.button}"]`);
    const other = item?.querySelector<HTMLButtonElement>(
      `[data-move="${want.button === 'up' ? 'down' : 'up'}"]`,
    );
    (same && !same.disabled ? same : other)?.focus();
  }, [form.items]);

  const messageOf = (ref: string) => context.messages.find((m) => m.id === ref);
  const assetOf = (ref: string) => context.assets.find((a) => a.id === ref);
  const nameOf = (it: ItemForm): string => {
    if (it.type === 'clock') return t('plKind_clock');
    const found = it.type === 'message' ? messageOf(it.ref) : assetOf(it.ref);
    return found?.name ?? t('plMissing');
  };

  const setItem = (key: string, patch: Partial<ItemForm>) => {
    setForm((was) => ({ ...was, items: was.items.map((it) => (it.key === key ? { ...it, ...patch } : it)) }));
  };
  const add = (type: ItemType, ref: string, seconds: number) => {
    nextKey.current += 1;
    const item = newItem(type, ref, seconds, `new-${nextKey.current}`);
    setForm((was) => ({ ...was, items: [...was.items, item] }));
  };
  const moveItem = (index: number, by: -1 | 1) => {
    const it = form.items[index];
    if (!it) return;
    pendingFocus.current = { key: it.key, button: by < 0 ? 'up' : 'down' };
    setForm((was) => ({ ...was, items: move(was.items, index, index + by) }));
    setAnnounce(t('plMoved', { name: nameOf(it), n: index + by + 1 }));
  };

  const gate = context.gates.find((g) => g.id === form.gateId);
  const ownerName =
    form.owner === 'gate'
      ? (gate?.name ?? t('plChooseGate'))
      : form.owner === 'province'
        ? t('plOwnerProvince', { province: form.province })
        : t('plOwnerNational');
  const messages = context.messages.filter((m) => offers(form, context.gates, m));
  const assets = context.assets.filter((a) => offersAsset(form, context.gates, a));
  const ownerScreens = context.screens.filter((s) =>
    form.owner === 'gate'
      ? s.gateId === form.gateId
      : form.owner === 'province'
        ? context.gates.some((g) => g.id === s.gateId && g.province === form.province)
        : true,
  );

  // The whole loop as a screen plays it (messages in each of their languages, library images and videos).
  const preview = useMemo(
    (): PreviewItem[] =>
      form.items.flatMap((it): PreviewItem[] => {
        const duration = secondsOf(it.duration) || 1;
        if (it.type === 'message') {
          const m = messageOf(it.ref);
          return m
            ? [{ type: 'message', name: m.name, level: m.level ?? 'normal', variants: m.variants, duration }]
            : [];
        }
        if (it.type === 'clock') return [];
        const a = assetOf(it.ref);
        return a ? [{ type: it.type, name: a.name, url: mediaHref(a.sha256), duration }] : [];
      }),
    [form.items, context],
  );

  const save = async (): Promise<StoredPlaylist> => {
    // A copy writes its "no gate" and empty languages as the original did.
    const saved: StoredPlaylist = await playlists.save(bodyOf(form, stored ?? initial), id);
    setId(saved.id);
    setStored(saved);
    wasSaved.current = true;
    return saved;
  };
  // The list reloads once the whole action is over (saved, or saved and submitted): a reload still in flight
  // during the submit would answer the state from before it, after the live push of the new one.
  const run = (what: () => Promise<string>) => {
    setError(undefined);
    what()
      .then(
        (text) => {
          setNote({ ok: true, text });
        },
        (err: unknown) => {
          setError(err);
          setNote({ ok: false, text: errorPointer(err) === undefined ? errorText(err) : t('plNotSaved') });
        },
      )
      .finally(() => {
        if (wasSaved.current) onSaved();
        wasSaved.current = false;
      });
  };
  const submit = (event: Event) => {
    event.preventDefault();
    run(async () => {
      await playlists.submit((await save()).id);
      return t('submitted');
    });
  };

  const itemPointers = form.items.flatMap((_, i) =>
    ['duration', 'messageId', 'assetId', 'languages', 'fit', 'background', 'validFrom', 'validUntil'].map(
      (f) => `/items/${i}/${f}`,
    ),
  );
  const unplaced = errors.unplaced([
    '/name',
    '/gateId',
    '/province',
    '/languages',
    '/layout',
    ...itemPointers,
  ]);
  const heading =
    opening.kind === 'edit'
      ? t('plEditHeading', { name: opening.stored.name })
      : opening.kind === 'copy'
        ? t('plCopyHeading', { name: opening.stored.name })
        : t('newPlaylist');

  return (
    <form
      id={formId}
      ref={formRef}
      class="editor"
      noValidate
      onSubmit={submit}
      onKeyDown={keepEnterInField}
      aria-labelledby="playlist-editor-heading"
      data-playlist={id ?? ''}
    >
      <div class="toolbar">
        <h3 id="playlist-editor-heading">{heading}</h3>
        <StateBadge summary={id ? stateOf(id) : undefined} />
        <button type="button" onClick={onClose}>
          {t('plClose')}
        </button>
      </div>
      <div class="row">
        <label>
          {t('playlistName')}
          <input
            name="playlist-name"
            required
            value={form.name}
            {...errors.input('/name')}
            onInput={(e) => {
              const name = e.currentTarget.value;
              setForm((was) => ({ ...was, name }));
            }}
          />
          <FieldError errors={errors} pointer="/name" />
        </label>
        <OwnerPicker
          formId={formId}
          value={form}
          stored={stored ? formOf(stored) : undefined}
          gates={context.gates}
          scope={me.scope}
          errors={errors}
          onChange={(owner) => {
            setForm((was) => ({ ...was, ...owner }));
          }}
        />
      </div>
      <div class="row">
        <label>
          {t('plLanguages')}
          <input
            name="playlist-languages"
            value={languagesText}
            aria-describedby="playlist-languages-hint"
            {...errors.input('/languages')}
            onInput={(e) => {
              const text = e.currentTarget.value;
              setLanguagesText(text);
              setForm((was) => ({ ...was, languages: text.split(/[\s,;]+/).filter(Boolean) }));
            }}
          />
          <span id="playlist-languages-hint" class="hint">
            {t('plLanguagesHint')}
          </span>
          <FieldError errors={errors} pointer="/languages" />
        </label>
        <label>
          {t('plLayout')}
          <select
            name="playlist-layout"
            value={form.layout ?? ''}
            {...errors.input('/layout')}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setForm(({ layout: _was, ...rest }) =>
                value === 'full' || value === 'ticker' ? { ...rest, layout: value satisfies Layout } : rest,
              );
            }}
          >
            <option value="">{t('plLayoutScreen')}</option>
            <option value="full">{t('plLayoutFull')}</option>
            <option value="ticker">{t('plLayoutTicker')}</option>
          </select>
          <FieldError errors={errors} pointer="/layout" />
        </label>
      </div>
      <div class="two-columns">
        <section aria-labelledby="library-heading">
          <h4 id="library-heading">{t('library')}</h4>
          <p class="hint">{t('plLibraryHint', { owner: ownerName })}</p>
          {messages.length === 0 && <p class="empty">{t('plNoMessages')}</p>}
          <ul class="cards" aria-labelledby="library-heading" data-library="messages">
            {messages.map((m) => (
              <li key={m.id} class="card" data-offer={m.id}>
                {m.name}
                <button
                  type="button"
                  aria-label={t('addToLoop', { name: m.name })}
                  onClick={() => {
                    add('message', m.id, 10);
                  }}
                >
                  {t('add')}
                </button>
              </li>
            ))}
          </ul>
          <h4 id="media-heading">{t('mediaHeading')}</h4>
          {assets.length === 0 && <p class="empty">{t('plNoMedia')}</p>}
          <ul class="cards" aria-labelledby="media-heading" data-library="media">
            {assets.map((a) => (
              <li key={a.id} class="card" data-offer={a.id}>
                <img src={thumbnailHref(a.id)} alt="" width={48} height={36} loading="lazy" /> {a.name}{' '}
                <span class="small">({a.type === 'video' ? t('typeVideo') : t('typeImage')})</span>
                <button
                  type="button"
                  aria-label={t('addAssetToLoop', { name: a.name })}
                  onClick={() => {
                    // A video plays its own length; ten seconds is only the start for an unknown one.
                    add(a.type, a.id, a.type === 'video' && a.duration ? Math.ceil(a.duration) : 10);
                  }}
                >
                  {t('add')}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() => {
              add('clock', '', 5);
            }}
          >
            {t('plAddClock')}
          </button>
        </section>
        <section aria-labelledby="loop-heading">
          <h4 id="loop-heading">{t('loop')}</h4>
          {form.items.length === 0 && <p class="empty">{t('emptyLoop')}</p>}
          {errorPointer(error) === '/items' && (
            <p class="error field-error" data-error-for="/items">
              {errorText(error)}
            </p>
          )}
          <ol ref={list} class="loop" aria-labelledby="loop-heading">
            {form.items.map((it, i) => (
              <LoopItem
                key={it.key}
                item={it}
                index={i}
                count={form.items.length}
                name={nameOf(it)}
                errors={errors}
                onChange={(patch) => {
                  setItem(it.key, patch);
                }}
                onMove={(by) => {
                  moveItem(i, by);
                }}
                onRemove={() => {
                  setForm((was) => ({ ...was, items: was.items.filter((x) => x.key !== it.key) }));
                }}
              />
            ))}
          </ol>
          <p class="visually-hidden" aria-live="polite">
            {announce}
          </p>
        </section>
      </div>
      <section class="checks" aria-labelledby="loop-preview-heading">
        <h4 id="loop-preview-heading">{t('previewHeading')}</h4>
        <button
          type="button"
          aria-expanded={previewing}
          disabled={preview.length === 0}
          onClick={() => {
            setPreviewing((was) => !was);
          }}
        >
          {previewing ? t('previewLoopClose') : t('previewLoop')}
        </button>
        {previewing && (
          <PreviewPanel
            screens={ownerScreens.length > 0 ? ownerScreens : context.screens}
            gates={context.gates}
            items={preview}
          />
        )}
      </section>
      <p class={note?.ok ? 'success' : 'error'} role="status" data-note>
        {note?.text ?? ''}
        {unplaced !== undefined && note && !note.ok && unplaced !== note.text ? ` ${unplaced}` : ''}
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

// Validity is shown and written as Vietnam's calendar days (UTC+7, the gates' time): a day starts at
// 00:00:00+07:00 and ends at 23:59:59+07:00; a stored instant in another offset shows its Vietnamese day.
const VIETNAM_MS = 7 * 3_600_000;
function dateOf(instant: string | undefined): string {
  if (instant === undefined) return '';
  const at = Date.parse(instant);
  return Number.isNaN(at) ? instant.slice(0, 10) : new Date(at + VIETNAM_MS).toISOString().slice(0, 10);
}

/** One item of the loop: its duration and validity, its kind's own choices, and its move buttons. */
function LoopItem(props: {
  item: ItemForm;
  index: number;
  count: number;
  name: string;
  errors: ReturnType<typeof fieldErrors>;
  onChange: (patch: Partial<ItemForm>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { item: it, index: i, name, errors, onChange } = props;
  const at = (field: string) => `/items/${i}/${field}`;
  const refPointer = at(it.type === 'message' ? 'messageId' : 'assetId');
  return (
    <li class="card" data-key={it.key} data-item={it.ref} data-item-type={it.type}>
      <span class="drag-handle" aria-hidden="true">
        ⠿
      </span>
      <fieldset class="item-fields">
        <legend>{t('plItemLegend', { n: i + 1, name })}</legend>
        <span class="small">{t(`plKind_${it.type}`)}</span>
        {it.type !== 'clock' && <FieldError errors={errors} pointer={refPointer} />}
        <label>
          {t('duration')}
          <input
            type="number"
            inputMode="decimal"
            name={`item-${i}-duration`}
            aria-label={t('durationOf', { name })}
            value={it.duration}
            {...errors.input(at('duration'))}
            onInput={(e) => {
              onChange({ duration: e.currentTarget.value });
            }}
          />
          <FieldError errors={errors} pointer={at('duration')} />
        </label>
        {it.type === 'message' && (
          <label>
            {t('plLangMode')}
            <select
              name={`item-${i}-languages`}
              value={it.languages ?? 'rotate'}
              {...errors.input(at('languages'))}
              onChange={(e) => {
                const mode: LanguageMode =
                  e.currentTarget.value === 'side-by-side' ? 'side-by-side' : 'rotate';
                onChange({ languages: mode });
              }}
            >
              <option value="rotate">{t('plLangRotate')}</option>
              <option value="side-by-side">{t('plLangSideBySide')}</option>
            </select>
            <FieldError errors={errors} pointer={at('languages')} />
          </label>
        )}
        {it.type === 'image' && (
          <>
            <label>
              {t('plFit')}
              <select
                name={`item-${i}-fit`}
                value={it.fit ?? 'contain'}
                {...errors.input(at('fit'))}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  const fit: Fit = v === 'cover' || v === 'fill' ? v : 'contain';
                  onChange({ fit });
                }}
              >
                <option value="contain">{t('plFitContain')}</option>
                <option value="cover">{t('plFitCover')}</option>
                <option value="fill">{t('plFitFill')}</option>
              </select>
              <FieldError errors={errors} pointer={at('fit')} />
            </label>
            <label>
              {t('plBackground')}
              <input
                type="color"
                name={`item-${i}-background`}
                value={(it.background ?? '#000000').toLowerCase()}
                {...errors.input(at('background'))}
                onChange={(e) => {
                  onChange({ background: e.currentTarget.value });
                }}
              />
              <FieldError errors={errors} pointer={at('background')} />
            </label>
          </>
        )}
        <label>
          {t('validFrom')}
          <input
            type="date"
            name={`item-${i}-valid-from`}
            value={dateOf(it.validFrom)}
            {...errors.input(at('validFrom'))}
            onInput={(e) => {
              const v = e.currentTarget.value;
              onChange({ validFrom: v ? `${v}T00:00:00+07:00` : undefined });
            }}
          />
          <FieldError errors={errors} pointer={at('validFrom')} />
        </label>
        <label>
          {t('validUntil')}
          <input
            type="date"
            name={`item-${i}-valid-until`}
            value={dateOf(it.validUntil)}
            {...errors.input(at('validUntil'))}
            onInput={(e) => {
              const v = e.currentTarget.value;
              onChange({ validUntil: v ? `${v}T23:59:59+07:00` : undefined });
            }}
          />
          <FieldError errors={errors} pointer={at('validUntil')} />
        </label>
      </fieldset>
      <button
        type="button"
        data-move="up"
        aria-label={t('moveUp', { name })}
        disabled={i === 0}
        onClick={() => {
          props.onMove(-1);
        }}
      >
        ↑
      </button>
      <button
        type="button"
        data-move="down"
        aria-label={t('moveDown', { name })}
        disabled={i === props.count - 1}
        onClick={() => {
          props.onMove(1);
        }}
      >
        ↓
      </button>
      <button type="button" aria-label={t('removeFrom', { name })} onClick={props.onRemove}>
        {t('remove')}
      </button>
    </li>
  );
}
