// Builds the element for what plays now: a message, an image, a video, a clock, or the idle screen.
import type { LoopEntry, Manifest, ManifestMessage, ScreenConfig } from '../../schemas/types.ts';
import { entryDuration, type Slot } from '../../shared/timeline.ts';
import { renderClock, renderIdle, type ClockSource } from './clockface.ts';
import type { FieldFiller, FilledVariant } from './fields.ts';
import { fontStack } from './fonts.ts';
import { messageElement } from './message.ts';
import type { PageTiming } from './pages.ts';
import type { Rendered } from './stage.ts';

export { messageElement, type MessageBlock } from './message.ts';

/** What rendering reads: the applied manifest, the screen, its media and the corrected clock. */
export interface RenderContext {
  manifest: Manifest | null;
  config: ScreenConfig | null;
  stage: { width: number; height: number };
  assetUrl(assetId: string | undefined): string | undefined;
  now(): number;
  /** Fills messages' fields with live values; without it, texts are drawn as written. */
  fields?: Pick<FieldFiller, 'fill'>;
  /** Entries the loop plays without now (as slotAt was told). */
  skip?: (entry: LoopEntry) => boolean;
}

const mediaReadyTimeoutMs = 5_000;

/** The element for a slot; an entry that cannot be drawn (missing text or media) shows the idle screen. */
export function renderSlot(slot: Slot, ctx: RenderContext): Rendered {
  const clock: ClockSource = {
    now: () => ctx.now(),
    timeZone: ctx.config?.gate.timeZone ?? ctx.manifest?.timeZone,
    stageHeight: ctx.stage.height,
  };
  if (slot.kind === 'idle') return renderIdle(clock);
  const { entry } = slot;
  switch (entry.type) {
    case 'message': {
      const message = entry.messageId ? ctx.manifest?.messages[entry.messageId] : undefined;
      if (message && entry.langs && entry.langs.length > 1)
        return renderSideBySide(entry, message, ctx, slotTiming(slot, ctx));
      const filled = message && entry.lang ? fillVariant(message, entry.lang, ctx) : undefined;
      return message && filled && !filled.hidden
        ? renderMessage(entry, message, filled, ctx, slotTiming(slot, ctx))
        : renderIdle(clock);
    }
    case 'image': {
      // `media` names the rendition made for this screen's exact pixels: shown 1:1, never resampled.
      const url = ctx.assetUrl(entry.media ?? entry.assetId);
      return url ? tagged(renderImage(url, entry.fit ?? 'contain'), entry) : renderIdle(clock);
    }
    case 'video': {
      const url = ctx.assetUrl(entry.assetId);
      return url ? tagged(renderVideo(url), entry) : renderIdle(clock);
    }
    case 'clock':
      return renderClock(clock);
  }
}

function tagged(rendered: Rendered, entry: LoopEntry): Rendered {
  rendered.element.dataset['entryType'] = entry.type;
  if (entry.assetId) rendered.element.dataset['assetId'] = entry.assetId;
  return rendered;
}

/**
 * When the entry started and how long it lasts, derived from its segment like its position: the pages
 * of a long text flip at the same instants on every board playing the loop.
 */
function slotTiming(slot: Extract<Slot, { kind: 'entry' }>, ctx: RenderContext): PageTiming {
  const entries = (slot.segment.loop == null ? undefined : ctx.manifest?.loops[slot.segment.loop]) ?? [];
  const durations = entries.map((e) => entryDuration(e, ctx.skip));
  const total = durations.reduce((sum, d) => sum + d, 0);
  const before = durations.slice(0, slot.index).reduce((sum, d) => sum + d, 0);
  return {
    start: slot.segment.start + slot.cycle * total + before,
    duration: Math.max(0, slot.entry.duration),
    now: () => ctx.now(),
  };
}

/** The screen's floor, when the config (from an older controller, or none in a preview) has one. */
function minPxOf(ctx: RenderContext): { minPx?: number } {
  const minPx = ctx.config?.minTextPx;
  return minPx ? { minPx } : {};
}

/** A language of a message with its fields filled at the clock's now (as written without a filler). */
function fillVariant(message: ManifestMessage, lang: string, ctx: RenderContext): FilledVariant | undefined {
  if (ctx.fields) return ctx.fields.fill(message, lang, ctx.now());
  const variant = message.variants[lang];
  return variant ? { variant, hidden: false, changesAt: Infinity } : undefined;
}

function renderMessage(
  entry: LoopEntry,
  message: ManifestMessage,
  filled: FilledVariant,
  ctx: RenderContext,
  timing: PageTiming,
): Rendered {
  const rendered = messageElement({
    timing,
    lang: entry.lang ?? '',
    level: message.level,
    variant: filled.variant,
    ...(filled.asOf ? { asOf: filled.asOf } : {}),
    fontFamily: fontStack(ctx.manifest, entry.lang),
    ...ctx.stage,
    ...minPxOf(ctx),
  });
  rendered.element.dataset['entryType'] = 'message';
  rendered.element.dataset['messageId'] = entry.messageId ?? '';
  return rendered;
}

/** A message in all of its languages at once: one column per language, each fitted on its own. */
function renderSideBySide(
  entry: LoopEntry,
  message: ManifestMessage,
  ctx: RenderContext,
  timing: PageTiming,
): Rendered {
  const row = document.createElement('div');
  row.className = 'message-row';
  row.dataset['entryType'] = 'message';
  row.dataset['messageId'] = entry.messageId ?? '';
  row.dataset['langs'] = (entry.langs ?? []).join(' ');
  const filled = (entry.langs ?? []).flatMap((lang) => {
    const one = fillVariant(message, lang, ctx);
    return one ? [{ lang, ...one }] : [];
  });
  const width = Math.floor(ctx.stage.width / Math.max(1, filled.length));
  const blocks = filled.map(({ lang, variant, asOf }) =>
    messageElement({
      lang,
      level: message.level,
      variant,
      ...(asOf ? { asOf } : {}),
      fontFamily: fontStack(ctx.manifest, lang),
      width,
      height: ctx.stage.height,
      ...minPxOf(ctx),
      timing,
    }),
  );
  for (const block of blocks) row.append(block.element);
  return {
    element: row,
    prepare: async () => {
      await Promise.all(blocks.map((b) => b.prepare()));
    },
    dispose: () => {
      for (const b of blocks) b.dispose();
    },
  };
}

function renderImage(url: string, fit: 'cover' | 'contain' | 'fill'): Rendered {
  const img = document.createElement('img');
  img.className = 'media';
  img.alt = '';
  img.style.objectFit = fit;
  img.src = url;
  return { element: img, prepare: () => img.decode(), dispose: () => undefined };
}

function renderVideo(url: string): Rendered {
  const video = document.createElement('video');
  video.className = 'media';
  // Muted is what lets Chromium autoplay without a user gesture.
  video.muted = video.defaultMuted = true;
  video.setAttribute('muted', '');
  video.playsInline = video.autoplay = video.loop = true;
  video.preload = 'auto';
  video.style.objectFit = 'contain';
  video.src = url;
  return {
    element: video,
    // Gapless: the video has its first frame decoded and is already playing (still hidden) before the
    // previous item leaves, so the swap shows a moving picture at once, never a black or frozen frame.
    prepare: async () => {
      await mediaReady(video);
      await video.play().catch(() => undefined); // an undecodable file still shows its poster/black
    },
    dispose: () => {
      // Release the decoder now rather than whenever the element is collected.
      video.pause();
      video.removeAttribute('src');
      video.load();
    },
  };
}

function mediaReady(video: HTMLVideoElement): Promise<void> {
  if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, mediaReadyTimeoutMs);
    video.addEventListener('loadeddata', done, { once: true });
    video.addEventListener('error', done, { once: true });
  });
}
