// Which layout the screen has at a slot, and what its ticker zone scrolls.
import type { Manifest, ScreenConfig } from '../../schemas/types.ts';
import type { Slot } from '../../shared/timeline.ts';
import { fontStack } from './fonts.ts';

/** One language's ticker text, with the font stack to draw it in. */
export interface TickerText {
  lang: string;
  text: string;
  fontFamily: string;
}

export type Layout = { kind: 'full' } | { kind: 'ticker'; texts: TickerText[] };

/** The playlist's own layout while it plays, else the screen's (carried in the manifest), else full. */
export function layoutKind(manifest: Manifest | null, slot: Slot): 'full' | 'ticker' {
  const playlistId = slot.kind === 'entry' ? slot.entry.playlistId : undefined;
  return (playlistId ? manifest?.layouts?.[playlistId] : undefined) ?? manifest?.layout ?? 'full';
}

/**
 * The layout at a slot. The ticker zone scrolls the ticker text (else the title) of every message in
 * the slot's loop, in loop order, each in every screen language it has.
 */
export function layoutFor(manifest: Manifest | null, config: ScreenConfig | null, slot: Slot): Layout {
  if (!manifest || layoutKind(manifest, slot) === 'full') return { kind: 'full' };
  const loop = slot.segment?.loop == null ? [] : (manifest.loops[slot.segment.loop] ?? []);
  const messageIds = [...new Set(loop.flatMap((e) => (e.messageId ? [e.messageId] : [])))];
  const screenLangs = config?.languages ?? manifest.fonts.map((f) => f.lang);
  const texts: TickerText[] = [];
  for (const id of messageIds) {
    const variants = manifest.messages[id]?.variants ?? {};
    for (const lang of screenLangs) {
      const variant = variants[lang];
      const text = (variant?.ticker ?? variant?.title)?.trim();
      if (text) texts.push({ lang, text, fontFamily: fontStack(manifest, lang) });
    }
  }
  return { kind: 'ticker', texts };
}
