// Builds the element for what plays now: a message, an image, a video, a clock, or the idle screen.
import type {
  LoopEntry,
  Manifest,
  ManifestMessage,
  MessageVariant,
  ScreenConfig,
} from '../../schemas/types.ts';
import type { Slot } from '../../shared/timeline.ts';
import { renderClock, renderIdle, type ClockSource } from './clockface.ts';
import { floorPx, kindFloorPx } from '../../shared/legibility.ts';
import { fitText } from './fit.ts';
import { fontStack } from './fonts.ts';
import type { Rendered } from './stage.ts';

/** What rendering reads: the applied manifest, the screen, its media and the corrected clock. */
export interface RenderContext {
  manifest: Manifest | null;
  config: ScreenConfig | null;
  stage: { width: number; height: number };
  assetUrl(assetId: string | undefined): string | undefined;
  now(): number;
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
      if (message && entry.langs && entry.langs.length > 1) return renderSideBySide(entry, message, ctx);
      const variant = entry.lang ? message?.variants[entry.lang] : undefined;
      return message && variant ? renderMessage(entry, message, variant, ctx) : renderIdle(clock);
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

function child(parent: HTMLElement, className: string, text?: string): HTMLElement {
  const element = parent.appendChild(document.createElement('div'));
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** What a message block shows: one language's text, its level, the font to draw it with, the box. */
export interface MessageBlock {
  lang: string;
  level: ManifestMessage['level'];
  variant: MessageVariant;
  fontFamily: string;
  width: number;
  height: number;
  /**
   * The screen's legibility floor (ScreenConfig.minTextPx), in px: text is never fitted below it (nor
   * below the minimum of the block's script); a text too long for it is shown in pages. Without it,
   * the floor of an LED board.
   */
  minPx?: number;
}

/**
 * A message in one language: title (in a band coloured by level), body, and ticker text in a bottom
 * band, all auto-fitted to the stage. `lang` makes the browser pick the right line-breaking dictionary
 * (Khmer and Lao have no spaces between words) and the right glyph variants. Also used for emergencies.
 */
export function messageElement(m: MessageBlock): Rendered {
  const block = document.createElement('div');
  block.className = 'message';
  block.lang = m.lang;
  block.dir = 'auto';
  block.dataset['lang'] = m.lang;
  block.dataset['level'] = m.level;
  block.style.fontFamily = m.fontFamily;
  block.style.setProperty('--pad', `${Math.max(4, Math.round(Math.min(m.width, m.height) * 0.04))}px`);

  // Priority and emergency titles sit in a coloured band across the top (shown even without a title);
  // a normal title is centred with the body.
  const banded = m.level !== 'normal';
  if (banded) child(block, 'message-title message-band', m.variant.title ?? '');
  const main = child(block, 'message-main');
  if (!banded && m.variant.title) child(main, 'message-title', m.variant.title);
  if (m.variant.body) child(main, 'message-body', m.variant.body);
  if (m.variant.ticker) child(block, 'message-ticker', m.variant.ticker);
  return {
    element: block,
    prepare: () => {
      fitText(block, m.height / 4, floorPx(m.minPx ?? kindFloorPx.led, m.lang));
      return Promise.resolve();
    },
    dispose: () => undefined,
  };
}

/** The screen's floor, when the config (from an older controller, or none in a preview) has one. */
function minPxOf(ctx: RenderContext): { minPx?: number } {
  const minPx = ctx.config?.minTextPx;
  return minPx ? { minPx } : {};
}

function renderMessage(
  entry: LoopEntry,
  message: ManifestMessage,
  variant: MessageVariant,
  ctx: RenderContext,
): Rendered {
  const rendered = messageElement({
    lang: entry.lang ?? '',
    level: message.level,
    variant,
    fontFamily: fontStack(ctx.manifest, entry.lang),
    ...ctx.stage,
    ...minPxOf(ctx),
  });
  rendered.element.dataset['entryType'] = 'message';
  rendered.element.dataset['messageId'] = entry.messageId ?? '';
  return rendered;
}

/** A message in all of its languages at once: one column per language, each fitted on its own. */
function renderSideBySide(entry: LoopEntry, message: ManifestMessage, ctx: RenderContext): Rendered {
  const row = document.createElement('div');
  row.className = 'message-row';
  row.dataset['entryType'] = 'message';
  row.dataset['messageId'] = entry.messageId ?? '';
  row.dataset['langs'] = (entry.langs ?? []).join(' ');
  const langs = (entry.langs ?? []).filter((lang) => message.variants[lang]);
  const width = Math.floor(ctx.stage.width / Math.max(1, langs.length));
  const blocks = langs.map((lang) =>
    messageElement({
      lang,
      level: message.level,
      variant: message.variants[lang] ?? {},
      fontFamily: fontStack(ctx.manifest, lang),
      width,
      height: ctx.stage.height,
      ...minPxOf(ctx),
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
