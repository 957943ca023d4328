import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { hasText, screenLanguages } from '../../shared/languages.ts';
import {
  previewNextType,
  previewReadyType,
  previewRequestType,
  previewShowingType,
  type PreviewItem,
  type PreviewRequest,
  type PreviewShowing,
} from '../../shared/preview.model.ts';
import type { ScreenLiveData } from '../../schemas/types.ts';
import type { Gate, Screen } from './api.ts';
import { languageName } from './format.ts';
import { t } from './i18n.ts';

export type { PreviewItem };

/** How the frame is sized: scaled to fit the panel and the window, or at the screen's real pixels. */
export type PreviewMode = 'fit' | 'actual';

interface PreviewProps {
  /** The screens to offer: those the content will reach (an editor passes its owner's, never all). */
  screens: Screen[];
  gates: Gate[];
  items: PreviewItem[];
  /** Starts on this screen when it is in the list. */
  screenId?: string;
  /** Starts in this mode instead of the one the user last chose (remembered in this browser). */
  mode?: PreviewMode;
  /**
   * A screen's gate and live values now: with it, messages' {{fields}} are filled as that screen's board
   * fills them (without it, or while it loads, they are shown as written).
   */
  liveOf?: (screenId: string) => Promise<ScreenLiveData>;
}

/** Whether any message text of the items names a field ({{…}}): only then are live values fetched. */
const withFields = (items: readonly PreviewItem[]) =>
  items.some(
    (item) =>
      item.type === 'message' &&
      Object.values(item.variants).some((v) =>
        [v?.title, v?.body, v?.ticker].some((text) => text?.includes('{{')),
      ),
  );

const modeKey = 'gatecast.console.preview-mode';
/** Room kept below a fitted frame for the line under it, so that the whole frame shows in the window. */
const windowMargin = 48;

function rememberedMode(): PreviewMode {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(modeKey);
  return stored === 'actual' ? 'actual' : 'fit';
}

/**
 * The languages a preview shows on `screen` (its own, else its gate's), and those of the items' messages
 * that it does not (a screen never shows a variant in a language it does not rotate).
 */
export function previewLanguages(
  screen: Pick<Screen, 'languages' | 'gateId'>,
  gates: Pick<Gate, 'id' | 'languages'>[],
  items: PreviewItem[],
): { shown: string[]; notShown: string[] } {
  const shown = screenLanguages(screen, gates.find((g) => g.id === screen.gateId) ?? { languages: [] });
  const written = items.flatMap((item) =>
    item.type === 'message' ? Object.keys(item.variants).filter((l) => hasText(item.variants[l])) : [],
  );
  return { shown, notShown: [...new Set(written)].filter((l) => !shown.includes(l)) };
}

/**
 * The player's own preview page (/player/preview.html) in a frame of the chosen screen's exact W×H, showing
 * only the languages that screen shows. Fitted, it is scaled down (CSS transform only: the player lays
 * out at the real pixels) to the panel's width and the window's height, so that a portrait kiosk is never
 * taller than the window; at 1:1 it is drawn at its real pixels in a box that scrolls. The choice is
 * remembered. The items go to the frame by postMessage, on this origin only.
 */
export function PreviewPanel({
  screens,
  gates,
  items,
  screenId: initial,
  mode: initialMode,
  liveOf,
}: PreviewProps) {
  const [screenId, setScreenId] = useState(screens.some((s) => s.id === initial) ? initial : screens[0]?.id);
  const screen = screens.find((s) => s.id === screenId) ?? screens[0];
  const frame = useRef<HTMLIFrameElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [room, setRoom] = useState(640);
  const [windowHeight, setWindowHeight] = useState(() =>
    typeof window === 'undefined' ? 768 : window.innerHeight,
  );
  const [mode, setMode] = useState<PreviewMode>(() => initialMode ?? rememberedMode());
  const [showing, setShowing] = useState<PreviewShowing | undefined>(undefined);
  const id = useId();

  useEffect(() => {
    const onMessage = (event: MessageEvent<unknown>) => {
      if (event.origin !== location.origin || event.source !== frame.current?.contentWindow) return;
      const data = event.data as { type?: unknown } | null;
      if (data?.type === previewReadyType) setReady(true);
      else if (data?.type === previewShowingType) setShowing(data as PreviewShowing);
    };
    window.addEventListener('message', onMessage);
    return () => {
      window.removeEventListener('message', onMessage);
    };
  }, []);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      if (element.clientWidth > 0) setRoom(element.clientWidth);
    };
    const onResize = () => {
      setWindowHeight(window.innerHeight);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    window.addEventListener('resize', onResize);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', onResize);
    };
  }, []);

  const languages = useMemo(
    () => (screen ? previewLanguages(screen, gates, items) : { shown: [], notShown: [] }),
    [screen, gates, items],
  );
  // The chosen screen's live values, fetched once per screen while the items name a field.
  const [live, setLive] = useState<{ screenId: string; data: ScreenLiveData } | undefined>(undefined);
  const needsLive = liveOf !== undefined && withFields(items);
  useEffect(() => {
    if (!needsLive || !screen || live?.screenId === screen.id) return;
    let current = true;
    liveOf(screen.id).then(
      (data) => {
        if (current) setLive({ screenId: screen.id, data });
      },
      () => undefined, // the texts are shown as written
    );
    return () => {
      current = false;
    };
  }, [needsLive, screen?.id]);
  const request = useMemo((): PreviewRequest | undefined => {
    if (!screen) return undefined;
    return {
      type: previewRequestType,
      width: screen.width,
      height: screen.height,
      kind: screen.kind,
      languages: languages.shown,
      items,
      ...(needsLive && live?.screenId === screen.id ? { live: live.data } : {}),
    };
  }, [screen, languages, items, live, needsLive]);
  const sent = request ? JSON.stringify(request) : '';
  useEffect(() => {
    if (!ready || !request) return;
    setShowing(undefined);
    frame.current?.contentWindow?.postMessage(request, location.origin);
    // `sent` (the request's content) stands for the request: a new array with the same items sends nothing.
  }, [ready, sent]);

  const choose = (next: PreviewMode) => {
    setMode(next);
    if (typeof localStorage !== 'undefined') localStorage.setItem(modeKey, next);
  };

  if (screens.length === 0) return <p class="hint">{t('previewNoScreens')}</p>;
  const fitted = screen
    ? Math.min(1, room / screen.width, Math.max(80, windowHeight - windowMargin) / screen.height)
    : 1;
  const scale = mode === 'actual' ? 1 : fitted;
  const size = screen ? `${screen.width}×${screen.height}` : '';
  return (
    <div class="preview" data-preview-mode={mode}>
      <p class="hint">{t('previewHint')}</p>
      <div class="row">
        <label>
          {t('previewScreen')}
          <select
            name="preview-screen"
            value={screen?.id ?? ''}
            onChange={(e) => {
              setScreenId(e.currentTarget.value);
            }}
          >
            {screens.map((s) => (
              <option key={s.id} value={s.id}>
                {`${s.name} (${s.width}×${s.height})`}
              </option>
            ))}
          </select>
        </label>
        <fieldset class="preview-mode">
          <legend>{t('previewMode')}</legend>
          {(['fit', 'actual'] as const).map((m) => (
            <label key={m} class="check">
              <input
                type="radio"
                name={`preview-mode-${id}`}
                value={m}
                checked={mode === m}
                onChange={() => {
                  choose(m);
                }}
              />
              {t(m === 'fit' ? 'previewFit' : 'previewActual')}
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          disabled={!showing}
          onClick={() => {
            frame.current?.contentWindow?.postMessage({ type: previewNextType }, location.origin);
          }}
        >
          {t('previewNext')}
        </button>
      </div>
      <p class="small" data-preview-languages={languages.shown.join(' ')}>
        {languages.shown.length > 0
          ? t('previewLanguages', { langs: languages.shown.map(languageName).join(', ') })
          : t('previewNoLanguages')}
        {languages.notShown.length > 0 && (
          <>
            {' '}
            <span data-preview-not-shown={languages.notShown.join(' ')}>
              {t('previewNotShown', { langs: languages.notShown.map(languageName).join(', ') })}
            </span>
          </>
        )}
      </p>
      <p class="small" data-preview-showing={showing ? `${showing.item}:${showing.lang ?? ''}` : ''}>
        {showing
          ? t('previewShowing', {
              n: showing.slide + 1,
              total: showing.slides,
              name: showing.name,
              lang: showing.lang ? languageName(showing.lang) : '—',
            })
          : items.length === 0
            ? t('previewNothing')
            : ''}
        {screen && mode === 'fit' && scale < 1 && (
          <span class="muted"> {t('previewScaled', { percent: Math.round(scale * 100) })}</span>
        )}
      </p>
      <div
        ref={box}
        class={mode === 'actual' ? 'preview-box actual' : 'preview-box'}
        // The 1:1 box scrolls: reachable and scrollable by keyboard, and named for a screen reader.
        {...(mode === 'actual'
          ? { tabIndex: 0, role: 'region', 'aria-label': t('previewActualRegion', { size }) }
          : {})}
        style={mode === 'actual' ? { maxHeight: `${Math.max(200, windowHeight - windowMargin)}px` } : {}}
      >
        {screen && (
          <div
            class="preview-scaler"
            data-preview-scale={String(scale)}
            style={{ width: `${screen.width * scale}px`, height: `${screen.height * scale}px` }}
          >
            <iframe
              ref={frame}
              src="/player/preview.html"
              title={t('previewFrame', { screen: screen.name, size })}
              width={screen.width}
              height={screen.height}
              style={{ transform: `scale(${scale})` }}
              onLoad={() => {
                setReady(true); // its listener is in place once it has loaded
              }}
            />
          </div>
        )}
      </div>
    </div>
  );
}
