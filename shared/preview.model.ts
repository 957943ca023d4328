// The console's live preview (preview.html): what the console sends by postMessage, and the in-memory
// manifest the player's own renderer draws it from. Pure, so that the loop it builds can be tested.
import type { Level, LoopEntry, Manifest, MessageVariant, ScreenLiveData } from '../schemas/types.ts';
import { fontFamilyFor } from './fonts.ts';
import { hasText } from './languages.ts';

/** The message type of a preview request (console → preview page). */
export const previewRequestType = 'gatecast:preview';
/** Skip to the next slide now (console → preview page): the fast-forward button. */
export const previewNextType = 'gatecast:preview-next';
/** The preview page is listening (preview page → console); the console answers with a request. */
export const previewReadyType = 'gatecast:preview-ready';
/** What is on the preview stage now (preview page → console). */
export const previewShowingType = 'gatecast:preview-showing';

/** One item of the previewed loop: a draft message, or an image or video of the library. */
export type PreviewItem =
  | {
      type: 'message';
      name: string;
      level: Level;
      variants: Record<string, MessageVariant | undefined>;
      /** Seconds each language is on screen. */
      duration: number;
    }
  | { type: 'image' | 'video'; name: string; url: string; duration: number };

export interface PreviewRequest {
  type: typeof previewRequestType;
  /** The chosen screen's exact pixels. */
  width: number;
  height: number;
  kind: 'led' | 'kiosk' | 'indoor';
  /** The screen's legibility floor (ScreenConfig.minTextPx); without it, its kind's default. */
  minTextPx?: number;
  /** The languages the screen shows, in order; a message shows those of them it has text in, no other. */
  languages: string[];
  items: PreviewItem[];
  /** The chosen screen's gate and live values now: messages' {{fields}} are filled as its board fills them. */
  live?: ScreenLiveData;
}

/** Reported to the console each time a slide goes on the preview stage. */
export interface PreviewShowing {
  type: typeof previewShowingType;
  /** Position of the item in the request's items, and of the slide in the loop. */
  item: number;
  slide: number;
  slides: number;
  name: string;
  lang: string | null;
}

const loopKey = 'preview';

/**
 * The manifest the player renders the preview from: one loop in which each message is one entry per
 * language of the screen (the request's, in its order) it has text in, each for the item's duration, and
 * each image or video one entry; each language drawn with its bundled family. A variant in a language the
 * screen does not show is not previewed: the screen would never show it.
 */
export function previewManifest(request: Pick<PreviewRequest, 'languages' | 'items'>): {
  manifest: Manifest;
  entries: LoopEntry[];
  items: number[];
  urls: Map<string, string>;
} {
  const entries: LoopEntry[] = [];
  const items: number[] = [];
  const messages: Manifest['messages'] = {};
  const urls = new Map<string, string>();
  const langs = new Set<string>();
  request.items.forEach((item, i) => {
    const duration = Math.max(1, item.duration) * 1000;
    if (item.type === 'message') {
      const messageId = `m${i}`;
      messages[messageId] = { level: item.level, variants: item.variants };
      for (const lang of new Set(request.languages.filter((l) => hasText(item.variants[l])))) {
        langs.add(lang);
        entries.push({ type: 'message', duration, playlistId: loopKey, messageId, lang });
        items.push(i);
      }
    } else {
      const assetId = `a${i}`;
      urls.set(assetId, item.url);
      entries.push({ type: item.type, duration, playlistId: loopKey, assetId });
      items.push(i);
    }
  });
  const manifest: Manifest = {
    version: loopKey,
    generatedAt: 0,
    timeZone: 'Asia/Ho_Chi_Minh',
    horizon: { from: 0, until: 0 },
    segments: [],
    loops: { [loopKey]: entries },
    messages,
    assets: {},
    fonts: [...langs].map((lang) => ({ lang, family: fontFamilyFor(lang) })),
  };
  return { manifest, entries, items, urls };
}

/** Whether data received by postMessage is a preview request (it comes from another page's script). */
export function isPreviewRequest(data: unknown): data is PreviewRequest {
  if (typeof data !== 'object' || data === null) return false;
  const r = data as Partial<PreviewRequest>;
  return (
    r.type === previewRequestType &&
    Number.isInteger(r.width) &&
    Number.isInteger(r.height) &&
    (r.width ?? 0) > 0 &&
    (r.height ?? 0) > 0 &&
    Array.isArray(r.languages) &&
    Array.isArray(r.items)
  );
}

/** Measure how a message reads on screens (console → preview page), without showing anything. */
export const measureRequestType = 'gatecast:measure';
/** The measurements (preview page → console). */
export const measuredType = 'gatecast:measured';

/** A screen to measure a message on: its pixels, kind, legibility floor and the languages it shows. */
export interface MeasureScreen {
  screenId: string;
  width: number;
  height: number;
  kind: 'led' | 'kiosk' | 'indoor';
  /** The screen's own floor (shared/legibility.ts screenFloorPx), before each script's minimum. */
  minTextPx: number;
  languages: string[];
}

export interface MeasureRequest {
  type: typeof measureRequestType;
  /** Echoed in the reply: a reply to an older request is dropped. */
  id: number;
  message: { level: Level; variants: Record<string, MessageVariant | undefined> };
  screens: MeasureScreen[];
}

/** How one language of the message reads on one screen, as the player draws it. */
export interface Measurement {
  screenId: string;
  lang: string;
  /** The body's size in px (the smallest of its pages), and the floor it was held to. */
  px: number;
  floor: number;
  pages: number;
  /** False when even pages at the floor cannot hold it (a word wider than the screen): text is cut. */
  fits: boolean;
}

export interface MeasureReply {
  type: typeof measuredType;
  id: number;
  results: Measurement[];
}

/** The languages of a screen the message has text in: those the screen would show it in. */
export function measuredLanguages(
  screen: Pick<MeasureScreen, 'languages'>,
  variants: Record<string, MessageVariant | undefined>,
): string[] {
  return [...new Set(screen.languages)].filter((lang) => hasText(variants[lang]));
}

/** Whether data received by postMessage is a measure request. */
export function isMeasureRequest(data: unknown): data is MeasureRequest {
  if (typeof data !== 'object' || data === null) return false;
  const r = data as Partial<MeasureRequest>;
  return (
    r.type === measureRequestType &&
    typeof r.id === 'number' &&
    // From another page's script: typed as the request, but anything may arrive.
    typeof (r.message as unknown) === 'object' &&
    (r.message as unknown) !== null &&
    Array.isArray(r.screens) &&
    r.screens.every(
      (s) => Number.isInteger(s.width) && Number.isInteger(s.height) && s.width > 0 && s.height > 0,
    )
  );
}
