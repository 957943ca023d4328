import { useState } from 'preact/hooks';
import type { ApiClient, Screen } from './api.ts';
import { formatInstant } from './format.ts';
import { geometryApi, geometryText } from './geometry-api.ts';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';
import { GeometryDialog, RestoreDialog } from './screen-geometry-dialogs.tsx';

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
