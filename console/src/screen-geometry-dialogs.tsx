// The dialogs of an LED board's region: propose a region (previewed on the board, then applied or
// cancelled) and restore the previous one.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Screen } from './api.ts';
import { Dialog } from './dialog.tsx';
import { fieldErrors, useFocusInvalid } from './field-error.tsx';
import { geometryText, type Geometry, type GeometryApi, type GeometryPreview } from './geometry-api.ts';
import { errorText, t } from './i18n.ts';
import { OffsetRow, SizeRow } from './region-fields.tsx';

/** The fields of a region, as the server's errors point at them. */
export const geometryPointers = ['/width', '/height', '/offsetX', '/offsetY'];

type Step = { kind: 'form' } | { kind: 'asking'; preview: GeometryPreview };

/**
 * Proposes a region: the player shows the test pattern there (nothing stored), the person looking at the
 * board confirms (apply) or not (cancel: the board goes back at once). Closing the dialog cancels too.
 */
export function GeometryDialog({
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
          <SizeRow form={form} set={set} errors={errors} name="geometry" />
          <OffsetRow form={form} set={set} errors={errors} name="geometry" />
        </fieldset>
        <p class="error" role="alert">
          {errors.unplaced(geometryPointers) ?? ''}
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
export function RestoreDialog({
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
