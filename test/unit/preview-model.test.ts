import { describe, expect, it } from 'vitest';
import { previewManifest, type PreviewItem } from '../../shared/preview.model.ts';

const message: PreviewItem = {
  type: 'message',
  name: 'Giờ mở cửa',
  level: 'normal',
  duration: 4,
  variants: {
    lo: { title: 'ເວລາເປີດ' },
    km: { title: 'ម៉ោងបើក' },
    vi: { title: 'Giờ mở cửa' },
    en: { title: '  ' },
  },
};

describe('the preview loop', () => {
  it('shows a message only in the languages the screen shows, in the screen’s order', () => {
    const { entries, manifest } = previewManifest({ languages: ['vi', 'km', 'en'], items: [message] });
    // Lao has text, but this screen never shows Lao; English is blank.
    expect(entries.map((e) => e.lang)).toEqual(['vi', 'km']);
    expect(manifest.fonts.map((f) => f.lang)).toEqual(['vi', 'km']);
  });

  it('shows nothing of a message whose languages the screen does not show, but still the images', () => {
    const image: PreviewItem = { type: 'image', name: 'ban-do.png', url: '/media/x', duration: 5 };
    const { entries, items } = previewManifest({ languages: ['zh-Hans'], items: [message, image] });
    expect(entries.map((e) => e.type)).toEqual(['image']);
    expect(items).toEqual([1]);
  });
});
