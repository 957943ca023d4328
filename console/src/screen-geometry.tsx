import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiClient, Screen } from './api.ts';
import { Dialog } from './dialog.tsx';
import { fieldErrors, useFocusInvalid } from './field-error.tsx';
import { formatInstant } from './format.ts';
import {
  geometryApi,
  geometryText,
  type Geometry,
  type GeometryApi,
  type GeometryPreview,
} from './geometry-api.ts';
import { Field } from './gate-form.tsx';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';

const pointers = ['/width', '/height', '/offsetX', '/offsetY'];

/**
 * The region of an LED board on its screen page: what it is, the one restore brings back, recent changes,
 * and "Change region…", which previews the new region on the board before anything is stored.
 */
export function ScreenGeometry({
  api,
  screen,
  allowed,
  zone,
}: {
  api: ApiClient;
  screen: Screen;
  allowed: boolean;
  zone: string | undefined;
}) {
  const geo = geometryApi(api);
  const state = useLoad(() => geo.state(screen.id), [screen.id]);
  const [open, setOpen] = useState<'change' | 'restore' | undefined>(undefined);
  const [note, setNote] = useState('');
  const data = state.data;
  const previous = data?.previous ?? null;
  const act = (run: () => void) => {
    if (allowed) run();
  };
  return (
    <section aria-labelledby="geometry-heading" data-geometry={data && geometryText(data.current)}>
      <h3 id="geometry-heading">{t('geoHeading')}</h3>
      <p class="hint">{t('geoHint')}</p>
      {state.error !== undefined && (
        <p class="error" role="alert">
          {errorText(state.error)}
        </p>
      )}
      {data && <p>{t('geoCurrent', { region: geometryText(data.current) })}</p>}
      {!allowed && (
        <p id="geometry-reason" class="note">
          {t('geoNeedsPermission')}
        </p>
      )}
      <div class="toolbar">
        <button
          type="button"
          id="geometry-change"
          aria-disabled={!allowed || !data}
          aria-describedby={allowed ? undefined : 'geometry-reason'}
          onClick={() => {
            act(() => {
              setNote('');
              setOpen('change');
            });
          }}
        >
          {t('geoChange')}
        </button>
        {previous ? (
          <button
            type="button"
            id="geometry-restore"
            aria-disabled={!allowed}
            aria-describedby={allowed ? undefined : 'geometry-reason'}
            onClick={() => {
              act(() => {
                setNote('');
                setOpen('restore');
              });
            }}
          >
            {t('geoRestore', { region: geometryText(previous) })}
          </button>
        ) : (
          data && <span class="note">{t('geoNoPrevious')}</span>
        )}
      </div>
      <p role="status" data-geometry-result>
        {note}
      </p>
      {data && data.changes.length > 0 && (
        <div class="table-wrap">
          <table>
            <caption>{t('geoChangesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colAt')}</th>
                <th scope="col">{t('geoColFrom')}</th>
                <th scope="col">{t('geoColTo')}</th>
                <th scope="col">{t('geoColHow')}</th>
                <th scope="col">{t('colRequestedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {data.changes.map((c) => (
                <tr key={c.id}>
                  <td>{formatInstant(c.changedAt, zone)}</td>
                  <td>{geometryText(c.before)}</td>
                  <td>{geometryText(c.after)}</td>
                  <td>{t(c.via === 'apply' ? 'geoViaApply' : 'geoViaRestore')}</td>
                  <td>{c.changedBy.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open === 'change' && data && (
        <GeometryDialog
          geo={geo}
          screen={screen}
          current={data.current}
          onClose={(text) => {
            setOpen(undefined);
            if (text) setNote(text);
            state.reload();
            document.getElementById('geometry-change')?.focus();
          }}
        />
      )}
      {open === 'restore' && data && previous && (
        <RestoreDialog
          geo={geo}
          screen={screen}
          from={data.current}
          to={previous}
          onClose={(text) => {
            setOpen(undefined);
            if (text) setNote(text);
            state.reload();
          }}
        />
      )}
    </section>
  );
}

type Step = { kind: 'form' } | { kind: 'asking'; preview: GeometryPreview };

/**
 * Proposes a region: the player shows the test pattern there (nothing stored), the person looking at the
 * board confirms (apply) or not (cancel: the board goes back at once). Closing the dialog cancels too.
 */
function GeometryDialog({
  geo,
  screen,
  current,
  onClose,
}: {
  geo: GeometryApi;
  screen: Screen;
  current: Geometry;
  onClose: (note: string) => void;
}) {
  const [form, setForm] = useState({
    width: String(current.width),
    height: String(current.height),
    offsetX: String(current.offsetX),
    offsetY: String(current.offsetY),
  });
  const [step, setStep] = useState<Step>({ kind: 'form' });
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [left, setLeft] = useState(0);
  const note = useRef('');
  const ref = useRef<HTMLFormElement>(null);
  useFocusInvalid(ref, error);
  const errors = fieldErrors('geometry-form', error);
  const preview = step.kind === 'asking' ? step.preview : undefined;

  // The seconds the board still shows the preview; at zero it has gone back by itself.
  useEffect(() => {
    if (!preview) return;
    const tick = () => {
      const seconds = Math.max(0, Math.ceil((Date.parse(preview.expiresAt) - Date.now()) / 1000));
      setLeft(seconds);
      if (seconds === 0) {
        setStep({ kind: 'form' });
        setError(undefined);
        note.current = t('geoExpired');
        setLeft(-1);
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => {
      clearInterval(timer);
    };
  }, [preview]);

  const close = () => document.querySelector<HTMLDialogElement>('dialog[open]')?.close();
  const number = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : Number.NaN);
  const submit = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    note.current = '';
    geo
      .preview(screen.id, {
        width: number(form.width),
        height: number(form.height),
        offsetX: number(form.offsetX),
        offsetY: number(form.offsetY),
      })
      .then(
        (shown) => {
          setStep({ kind: 'asking', preview: shown });
        },
        (err: unknown) => {
          setError(err);
        },
      )
      .finally(() => {
        setBusy(false);
      });
  };
  const decide = (apply: boolean) => {
    if (!preview || busy) return;
    setBusy(true);
    const region = geometryText(apply ? preview.geometry : current);
    const done = apply ? geo.apply(screen.id, preview.id) : geo.cancel(screen.id, preview.id);
    done.then(
      () => {
        note.current = t(apply ? 'geoApplied' : 'geoCancelled', { region });
        setStep({ kind: 'form' });
        setBusy(false);
        close();
      },
      (err: unknown) => {
        setError(err);
        setStep({ kind: 'form' });
        setBusy(false);
      },
    );
  };
  const set = (key: keyof typeof form) => (value: string) => {
    setForm((was) => ({ ...was, [key]: value }));
  };
  return (
    <Dialog
      labelledBy="geometry-dialog-heading"
      onClose={() => {
        // Closed while the board shows the preview (Escape, or the page going): the board goes back now.
        if (preview && !note.current) {
          void geo.cancel(screen.id, preview.id).catch(() => undefined);
          note.current = t('geoCancelled', { region: geometryText(current) });
        }
        onClose(note.current);
      }}
    >
      <form ref={ref} class="dialog-form" noValidate onSubmit={submit}>
        <h2 id="geometry-dialog-heading">{t('geoDialogHeading', { name: screen.name })}</h2>
        <p>{t('geoCurrent', { region: geometryText(current) })}</p>
        <fieldset disabled={step.kind === 'asking'}>
          <legend>{t('ledRegion')}</legend>
          <div class="row">
            <Field
              label={t('widthPx')}
              value={form.width}
              set={set('width')}
              name="geometry-width"
              type="number"
              errors={errors}
              pointer="/width"
            />
            <Field
              label={t('heightPx')}
              value={form.height}
              set={set('height')}
              name="geometry-height"
              type="number"
              errors={errors}
              pointer="/height"
            />
          </div>
          <div class="row">
            <Field
              label={t('offsetXPx')}
              value={form.offsetX}
              set={set('offsetX')}
              name="geometry-x"
              type="number"
              errors={errors}
              pointer="/offsetX"
            />
            <Field
              label={t('offsetYPx')}
              value={form.offsetY}
              set={set('offsetY')}
              name="geometry-y"
              type="number"
              errors={errors}
              pointer="/offsetY"
            />
          </div>
        </fieldset>
        <p class="error" role="alert">
          {errors.unplaced(pointers) ?? ''}
        </p>
        {preview ? (
          <>
            <p role="status" data-geometry-ask={preview.id}>
              {t('geoAsk', { region: geometryText(preview.geometry), seconds: Math.max(left, 0) })}
            </p>
            <div class="dialog-actions">
              <button
                type="button"
                class="primary"
                data-geometry-apply
                aria-disabled={busy}
                onClick={() => {
                  decide(true);
                }}
              >
                {t('geoApply')}
              </button>
              <button
                type="button"
                data-geometry-cancel
                aria-disabled={busy}
                onClick={() => {
                  decide(false);
                }}
              >
                {t('geoGoBack')}
              </button>
            </div>
          </>
        ) : (
          <>
            {left < 0 && <p role="status">{t('geoExpired')}</p>}
            <div class="dialog-actions">
              <button type="submit" class="primary" data-geometry-preview aria-disabled={busy}>
                {busy ? t('geoSending') : t('geoPreview')}
              </button>
              <button type="button" onClick={close}>
                {t('cancel')}
              </button>
            </div>
          </>
        )}
      </form>
    </Dialog>
  );
}

/** Restore asks first: it moves what a public board shows at once, and says from where to where. */
function RestoreDialog({
  geo,
  screen,
  from,
  to,
  onClose,
}: {
  geo: GeometryApi;
  screen: Screen;
  from: Geometry;
  to: Geometry;
  onClose: (note: string) => void;
}) {
  const [error, setError] = useState<unknown>(undefined);
  const note = useRef('');
  const close = () => document.querySelector<HTMLDialogElement>('dialog[open]')?.close();
  return (
    <Dialog
      labelledBy="geometry-restore-heading"
      onClose={() => {
        onClose(note.current);
      }}
    >
      <div class="dialog-form">
        <h2 id="geometry-restore-heading">{t('geoRestoreHeading')}</h2>
        <p>{t('geoRestoreAsk', { name: screen.name, from: geometryText(from), to: geometryText(to) })}</p>
        {error !== undefined && (
          <p class="error" role="alert">
            {errorText(error)}
          </p>
        )}
        <div class="dialog-actions">
          <button
            type="button"
            class="primary"
            data-geometry-restore-confirm
            onClick={() => {
              geo.restore(screen.id).then(
                (state) => {
                  note.current = t('geoRestored', { region: geometryText(state.current) });
                  close();
                },
                (err: unknown) => {
                  setError(err);
                },
              );
            }}
          >
            {t('geoRestoreConfirm')}
          </button>
          <button type="button" onClick={close}>
            {t('cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

/**
 * Whether the screen form must show this screen's region read-only: a live LED board (paired, has
 * reported), whose region changes only through the preview on its page.
 */
export function useGeometryLocked(api: ApiClient, screen: Screen | undefined): boolean {
  const id = screen?.kind === 'led' ? screen.id : undefined;
  const state = useLoad(() => (id ? geometryApi(api).state(id) : Promise.resolve(undefined)), [id]);
  return state.data?.needsPreview === true;
}

/** The region of a live board in its form: read-only, with the way to change it safely. */
export function LockedGeometry({ screen }: { screen: Screen }) {
  const region = {
    width: screen.width,
    height: screen.height,
    offsetX: screen.offsetX ?? 0,
    offsetY: screen.offsetY ?? 0,
  };
  return (
    <fieldset data-geometry-locked>
      <legend>{t('ledRegion')}</legend>
      <p>{t('geoLocked', { region: geometryText(region) })}</p>
      <a href={`#screen/${encodeURIComponent(screen.id)}`} id="geometry-locked-link">
        {t('geoChange')}
      </a>
    </fieldset>
  );
}
