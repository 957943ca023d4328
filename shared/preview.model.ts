// The console's live preview (preview.html): what the console sends by postMessage, and the in-memory
// manifest the player's own renderer draws it from. Pure, so that the loop it builds can be tested.
import type { Level, LoopEntry, Manifest, MessageVariant } from '../schemas/types.ts';
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
