import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { screenLanguages } from '../../shared/languages.ts';
import { screenFloorPx } from '../../shared/legibility.ts';
import {
  measuredLanguages,
  measuredType,
  measureRequestType,
  previewReadyType,
  type MeasureReply,
  type MeasureRequest,
  type Measurement,
  type PreviewItem,
} from '../../shared/preview.model.ts';
import type { Gate, Screen } from './api.ts';
import { languageName } from './format.ts';
import { t } from './i18n.ts';

/** Typing settles for this long before the draft is measured again. */
const settleMs = 400;

/** The result column of one measurement. */
function verdict(m: Measurement): string {
  if (!m.fits) return t('legibilityCut', { floor: m.floor });
  if (m.pages > 1) return t('legibilityPages', { pages: m.pages, px: m.px, floor: m.floor });
  return t('legibilityReadable', { px: m.px, floor: m.floor });
}

let nextId = 0;

/**
 * Per screen the message reaches, for each language it shows it in: readable or not there, at what
 * text size and in how many pages. Measured by the player's own page (/player/preview.html, out of
 * sight), which lays the message out at each screen's exact pixels with its floor: what the board does.
 */
export function ReadabilityTable({
  screens,
  gates,
  items,
}: {
  screens: Screen[];
  gates: Gate[];
  items: PreviewItem[];
}) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [ready, setReady] = useState(false);
  const [reply, setReply] = useState<MeasureReply | undefined>(undefined);
  const asked = useRef(0);
  const message = items.find((item) => item.type === 'message');

  const request = useMemo((): MeasureRequest | undefined => {
    if (message?.type !== 'message') return undefined;
    return {
      type: measureRequestType,
      id: 0,
      message: { level: message.level, variants: message.variants },
      screens: screens.map((s) => ({
        screenId: s.id,
        width: s.width,
        height: s.height,
        kind: s.kind,
        minTextPx: screenFloorPx(s),
        languages: screenLanguages(s, gates.find((g) => g.id === s.gateId) ?? { languages: [] }),
      })),
    };
  }, [message, screens, gates]);
  const sent = request ? JSON.stringify(request) : '';

  useEffect(() => {
    const onMessage = (event: MessageEvent<unknown>) => {
      if (event.origin !== location.origin || event.source !== frame.current?.contentWindow) return;
      const data = event.data as { type?: unknown; id?: unknown } | null;
      if (data?.type === previewReadyType) setReady(true);
      // Only the answer to the latest question: an older draft's measurements are stale.
      else if (data?.type === measuredType && data.id === asked.current) setReply(data as MeasureReply);
    };
    window.addEventListener('message', onMessage);
    return () => {
      window.removeEventListener('message', onMessage);
    };
  }, []);

  useEffect(() => {
    if (!ready || !request) return;
    const timer = setTimeout(() => {
      asked.current = ++nextId;
      frame.current?.contentWindow?.postMessage({ ...request, id: asked.current }, location.origin);
    }, settleMs);
    return () => {
      clearTimeout(timer);
    };
    // `sent` (the request's content) stands for the request: an equal draft is not measured again.
  }, [ready, sent]);

  const rows = request
    ? request.screens.flatMap((s) =>
        measuredLanguages(s, request.message.variants).map((lang) => ({ screen: s, lang })),
      )
    : [];
  const names = new Map(screens.map((s) => [s.id, s.name]));
  const current = reply?.id === asked.current ? reply : undefined;
  return (
    <div class="readability" data-readability={current ? 'measured' : 'measuring'}>
      <p class="hint">{t('legibilityHint')}</p>
      {rows.length === 0 ? (
        <p class="muted">{t('legibilityNothing')}</p>
      ) : (
        // Focusable: when the table is wider than its column (a phone), the keyboard can scroll it too.
        <div class="table-wrap" tabIndex={0} role="region" aria-label={t('legibilityHeading')}>
          <table>
            <caption>{t('legibilityHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('legibilityScreen')}</th>
                <th scope="col">{t('legibilityLanguage')}</th>
                <th scope="col">{t('legibilityResult')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ screen, lang }) => {
                const m = current?.results.find((r) => r.screenId === screen.screenId && r.lang === lang);
                const state = !m ? 'measuring' : !m.fits ? 'cut' : m.pages > 1 ? 'pages' : 'readable';
                return (
                  <tr
                    key={`${screen.screenId}|${lang}`}
                    data-screen-id={screen.screenId}
                    data-lang={lang}
                    data-legibility={state}
                    {...(m ? { 'data-px': String(m.px), 'data-pages': String(m.pages) } : {})}
                  >
                    <td
                      translate={false}
                    >{`${names.get(screen.screenId) ?? ''} (${screen.width}×${screen.height})`}</td>
                    <td>{languageName(lang)}</td>
                    <td class={state === 'cut' ? 'error' : undefined}>
                      {m ? verdict(m) : t('legibilityMeasuring')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <iframe
        ref={frame}
        class="measure-frame"
        src="/player/preview.html"
        title={t('legibilityHeading')}
        aria-hidden="true"
        tabIndex={-1}
        // Laid out (the player measures in it) but never seen nor reached.
        style={{
          position: 'absolute',
          width: '1px',
          height: '1px',
          opacity: 0,
          border: 0,
          pointerEvents: 'none',
        }}
        onLoad={() => {
          setReady(true);
        }}
      />
    </div>
  );
}
