// The console's live preview (/player/preview.html, framed by the console on the same origin): draws a
// draft message or a playlist's loop exactly as a player does — the player's own stage, renderer and
// bundled fonts — at a chosen screen's W×H. No device token, no socket, no storage: everything it shows
// comes from the console by postMessage, and media from the operator's session.
import './style.css';
import {
  isMeasureRequest,
  isPreviewRequest,
  measuredType,
  previewManifest,
  previewNextType,
  previewReadyType,
  previewShowingType,
  type MeasureReply,
  type MeasureRequest,
  type PreviewRequest,
  type PreviewShowing,
} from '../../shared/preview.model.ts';
import type { ScreenConfig, ScreenLiveData } from '../../schemas/types.ts';
import { FieldFiller, LiveValues } from './fields.ts';
import { kindFloorPx } from '../../shared/legibility.ts';
import { loadManifestFonts } from './fonts.ts';
import { measure } from './measure.ts';
import { renderSlot } from './render.ts';
import { Stage } from './stage.ts';

const found = document.getElementById('stage');
if (!found) throw new Error('preview page without #stage');
const stageElement: HTMLElement = found;
const stage = new Stage(stageElement);
let timer: ReturnType<typeof setTimeout> | undefined;
let generation = 0;
let advance: () => void = () => undefined;

function post(message: object): void {
  if (window.parent !== window) window.parent.postMessage(message, location.origin);
}

async function play(request: PreviewRequest): Promise<void> {
  const run = ++generation;
  clearTimeout(timer);
  const config: ScreenConfig = {
    screenId: 'preview',
    name: 'preview',
    kind: request.kind,
    width: request.width,
    height: request.height,
    offsetX: 0,
    offsetY: 0,
    rotation: 0,
    languages: request.languages,
    minTextPx: request.minTextPx ?? kindFloorPx[request.kind],
    gate: request.live?.gate ?? { id: 'preview', name: 'preview', timeZone: 'Asia/Ho_Chi_Minh' },
  };
  const fields = request.live ? previewFiller(request.live, config) : undefined;
  stage.configure(config);
  const { manifest, entries, items, urls } = previewManifest(request);
  // Fitting measures the text: the fonts must be there before the first slide is drawn.
  await loadManifestFonts(manifest).catch(() => undefined);
  if (run !== generation) return;
  let index = 0;
  const show = (): void => {
    clearTimeout(timer);
    const entry = entries[index];
    if (!entry) {
      void stage.show(renderSlot({ kind: 'idle', segment: null, remaining: Infinity }, context()));
      return;
    }
    const slide = index;
    // The slide starts now: pages of a long text take their turns from here.
    const before = entries.slice(0, index).reduce((sum, e) => sum + e.duration, 0);
    const segment = { start: Date.now() - before, end: Infinity, loop: 'preview' };
    const slot = { kind: 'entry' as const, entry, index, cycle: 0, segment, remaining: entry.duration };
    void stage.show(renderSlot(slot, context())).then(() => {
      if (run !== generation) return;
      const item = request.items[items[slide] ?? 0];
      const showing: PreviewShowing = {
        type: previewShowingType,
        item: items[slide] ?? 0,
        slide,
        slides: entries.length,
        name: item?.name ?? '',
        lang: entry.lang ?? null,
      };
      stageElement.dataset['slide'] = String(slide);
      post(showing);
    });
    timer = setTimeout(advance, entry.duration);
  };
  const context = () => ({
    manifest,
    config,
    stage: stage.size,
    assetUrl: (id: string | undefined) => (id ? urls.get(id) : undefined),
    now: () => Date.now(),
    ...(fields ? { fields } : {}),
  });
  advance = () => {
    if (run !== generation || entries.length === 0) return;
    index = (index + 1) % entries.length;
    show();
  };
  show();
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  // Only the console of this controller, framing this page, may drive it.
  if (event.origin !== location.origin || event.source !== window.parent) return;
  if (isPreviewRequest(event.data)) void play(event.data);
  else if (isMeasureRequest(event.data)) void answerMeasure(event.data);
  else if ((event.data as { type?: unknown } | null)?.type === previewNextType) advance();
});
/** Measures one request at a time, in order: each lays out its blocks on this page. */
let measuring: Promise<void> = Promise.resolve();
function answerMeasure(request: MeasureRequest): Promise<void> {
  measuring = measuring.then(async () => {
    const results = await measure(request).catch(() => []);
    const reply: MeasureReply = { type: measuredType, id: request.id, results };
    post(reply);
  });
  return measuring;
}

post({ type: previewReadyType });

/**
 * Fields filled as the chosen screen's board fills them now; a message its board would leave out (a value
 * missing or stale) is shown as written, so the operator sees which field it is rather than an empty stage.
 */
function previewFiller(live: ScreenLiveData, config: ScreenConfig): Pick<FieldFiller, 'fill'> {
  const values = new LiveValues();
  values.apply({ full: true, values: live.values });
  const filler = new FieldFiller(values, () => config);
  return {
    fill: (message, lang, now) => {
      const filled = filler.fill(message, lang, now);
      const variant = message.variants[lang];
      return filled?.hidden && variant ? { variant, hidden: false, changesAt: Infinity } : filled;
    },
  };
}
