import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { screenLanguages } from '../../shared/languages.ts';
import {
  previewNextType,
  previewReadyType,
  previewRequestType,
  previewShowingType,
  type PreviewItem,
  type PreviewRequest,
  type PreviewShowing,
} from '../../shared/preview.model.ts';
import type { Gate, Screen } from './api.ts';
import { languageName } from './format.ts';
import { t } from './i18n.ts';

export type { PreviewItem };

interface PreviewProps {
  screens: Screen[];
  gates: Gate[];
  items: PreviewItem[];
  /** Starts on this screen when it is in the list. */
  screenId?: string;
}

/**
 * The player's own preview page (/player/preview.html) in a frame of the chosen screen's exact W×H, scaled
 * down (CSS transform only) to fit the panel; the items go to it by postMessage, on this origin only.
 */
export function PreviewPanel({ screens, gates, items, screenId: initial }: PreviewProps) {
  const [screenId, setScreenId] = useState(screens.some((s) => s.id === initial) ? initial : screens[0]?.id);
  const screen = screens.find((s) => s.id === screenId) ?? screens[0];
  const frame = useRef<HTMLIFrameElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [room, setRoom] = useState(640);
  const [showing, setShowing] = useState<PreviewShowing | undefined>(undefined);

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
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, []);

  const request = useMemo((): PreviewRequest | undefined => {
    if (!screen) return undefined;
    return {
      type: previewRequestType,
      width: screen.width,
      height: screen.height,
      kind: screen.kind,
      languages: screenLanguages(screen, gates.find((g) => g.id === screen.gateId) ?? { languages: [] }),
      items,
    };
  }, [screen, gates, items]);
  const sent = request ? JSON.stringify(request) : '';
  useEffect(() => {
    if (!ready || !request) return;
    setShowing(undefined);
    frame.current?.contentWindow?.postMessage(request, location.origin);
    // `sent` (the request's content) stands for the request: a new array with the same items sends nothing.
  }, [ready, sent]);

  if (screens.length === 0) return <p class="hint">{t('previewNoScreens')}</p>;
  const scale = screen ? Math.min(1, room / screen.width) : 1;
  const size = screen ? `${screen.width}×${screen.height}` : '';
  return (
    <div class="preview">
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
      </p>
      <div ref={box} class="preview-box">
        {screen && (
          <div
            class="preview-scaler"
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
