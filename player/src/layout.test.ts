import { describe, expect, it } from 'vitest';
import type { Manifest, ScreenConfig } from '../../schemas/types.ts';
import { slotAt } from '../../shared/timeline.ts';
import { layoutFor } from './layout.ts';

const manifest = (over: Partial<Manifest> = {}): Manifest => ({
  version: '0123456789abcdef',
  generatedAt: 0,
  timeZone: 'Asia/Ho_Chi_Minh',
  horizon: { from: 0, until: 100_000 },
  segments: [
    { start: 0, end: 50_000, loop: 'a' },
    { start: 50_000, end: 100_000, loop: 'b' },
  ],
  loops: {
    a: [
      { type: 'message', duration: 1000, playlistId: 'news', messageId: 'm1', lang: 'vi' },
      { type: 'message', duration: 1000, playlistId: 'news', messageId: 'm1', lang: 'km' },
      { type: 'clock', duration: 1000, playlistId: 'news' },
      { type: 'message', duration: 1000, playlistId: 'news', messageId: 'm2', lang: 'vi' },
    ],
    b: [{ type: 'clock', duration: 1000, playlistId: 'clock-only' }],
  },
  messages: {
    m1: { level: 'normal', variants: { vi: { title: 'Chào', ticker: 'Mở cửa 7:00' }, km: { title: 'សួស្តី' } } },
    m2: { level: 'normal', variants: { vi: { title: 'Thông báo' } } },
  },
  assets: {},
  fonts: [
    { lang: 'km', family: 'Noto Sans Khmer' },
    { lang: 'vi', family: 'Noto Sans' },
  ],
  ...over,
});
const config = { languages: ['vi', 'km'] } as ScreenConfig;

describe('layoutFor', () => {
  it('is full screen unless the screen or the playing playlist asks for a ticker', () => {
    expect(layoutFor(manifest(), config, slotAt(manifest(), 0))).toEqual({ kind: 'full' });
    const own = manifest({ layout: 'ticker', layouts: { 'clock-only': 'full' } });
    expect(layoutFor(own, config, slotAt(own, 0)).kind).toBe('ticker');
    expect(layoutFor(own, config, slotAt(own, 60_000)).kind).toBe('full'); // the playlist's own wins
  });

  it("scrolls every loop message's ticker text (else its title) in each screen language, in loop order", () => {
    const m = manifest({ layout: 'ticker' });
    // The band is the same whichever entry of the loop plays, even the clock.
    for (const t of [0, 2_500]) {
      const layout = layoutFor(m, config, slotAt(m, t));
      expect(layout.kind === 'ticker' ? layout.texts.map((x) => [x.lang, x.text]) : null).toEqual([
        ['vi', 'Mở cửa 7:00'],
        ['km', 'សួស្តី'],
        ['vi', 'Thông báo'],
      ]);
    }
    const layout = layoutFor(m, config, slotAt(m, 0));
    expect(layout.kind === 'ticker' && layout.texts[1]?.fontFamily.startsWith('"Noto Sans Khmer"')).toBe(
      true,
    );
  });
});
