import { describe, expect, it } from 'vitest';
import { isPreviewRequest, previewManifest, type PreviewItem } from './preview.model.ts';

describe('the preview loop', () => {
  const message: PreviewItem = {
    type: 'message',
    name: 'Chào mừng',
    level: 'normal',
    variants: {
      en: { title: 'Welcome' },
      km: { body: 'សូមស្វាគមន៍' },
      vi: { title: 'Chào mừng' },
      lo: { title: ' ' },
    },
    duration: 4,
  };

  it('shows a message only in the screen’s languages, in the screen’s order, skipping empty ones', () => {
    // English is written but this screen never shows it; Lao is one of its languages but the text is blank.
    const { entries, manifest, items } = previewManifest({ languages: ['vi', 'km', 'lo'], items: [message] });
    expect(entries.map((e) => [e.type, e.lang, e.duration])).toEqual([
      ['message', 'vi', 4000],
      ['message', 'km', 4000],
    ]);
    expect(items).toEqual([0, 0]);
    expect(manifest.loops['preview']).toBe(entries);
    expect(manifest.fonts).toEqual([
      { lang: 'vi', family: 'Noto Sans' },
      { lang: 'km', family: 'Noto Sans Khmer' },
    ]);
  });

  it('plays a loop of messages and media in order, with their durations and URLs', () => {
    const { entries, items, urls } = previewManifest({
      languages: ['km'],
      items: [
        { type: 'image', name: 'Bản đồ', url: '/media/abc', duration: 8 },
        message,
        { type: 'video', name: 'Giới thiệu', url: '/media/def', duration: 0 },
      ],
    });
    expect(entries.map((e) => [e.type, e.lang ?? e.assetId, e.duration])).toEqual([
      ['image', 'a0', 8000],
      ['message', 'km', 4000],
      ['video', 'a2', 1000],
    ]);
    expect(items).toEqual([0, 1, 2]);
    expect(urls.get('a0')).toBe('/media/abc');
    expect(urls.get('a2')).toBe('/media/def');
  });

  it('accepts only well-formed requests', () => {
    const good = { type: 'gatecast:preview', width: 800, height: 500, kind: 'led', languages: [], items: [] };
    expect(isPreviewRequest(good)).toBe(true);
    expect(isPreviewRequest({ ...good, width: 0 })).toBe(false);
    expect(isPreviewRequest({ ...good, type: 'other' })).toBe(false);
    expect(isPreviewRequest(null)).toBe(false);
    expect(isPreviewRequest('gatecast:preview')).toBe(false);
  });
});
