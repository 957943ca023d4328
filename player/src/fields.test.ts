import { describe, expect, it } from 'vitest';
import type { DataValue, LoopEntry, Manifest, ManifestMessage, ScreenConfig } from '../../schemas/types.ts';
import { FieldFiller, LiveValues } from './fields.ts';

// Expected texts are written by hand (Vietnamese grouping is '.', Khmer digits U+17E0–U+17E9).
const MIN = 60_000;
/** 14:05 on 6 Dec 2026 in Lệ Thanh (UTC+7). */
const T = Date.UTC(2026, 11, 6, 7, 5);
const at7 = (h: number, mi = 0) => Date.UTC(2026, 11, 6, h - 7, mi);

const usd = (value: number, observedAt = T): DataValue => ({
  path: 'rates.USD.sell',
  type: 'money',
  currency: 'VND',
  value,
  observedAt,
});
const wait = (minutes: number, observedAt = T): DataValue => ({
  path: 'queue.passengers.minutes',
  type: 'number',
  unit: 'minute',
  value: minutes,
  observedAt,
});

const config = (extra: Partial<ScreenConfig['gate']> = {}): ScreenConfig => ({
  screenId: 's1',
  name: 'Bảng LED',
  kind: 'led',
  width: 384,
  height: 192,
  offsetX: 0,
  offsetY: 0,
  rotation: 0,
  languages: ['vi', 'km'],
  minTextPx: 16,
  gate: { id: 'le-thanh', name: 'Lệ Thanh', timeZone: 'Asia/Ho_Chi_Minh', ...extra },
});

const rates: ManifestMessage = {
  level: 'normal',
  fieldOptions: { stale: 'hide', maxAgeSeconds: 3600 },
  variants: {
    vi: { title: 'Tỷ giá', body: 'Bán USD: {{rates.USD.sell}}' },
    km: { body: 'លក់ USD: {{rates.USD.sell}}' },
  },
};
const queue: ManifestMessage = {
  level: 'normal',
  fieldOptions: { stale: 'as-of', maxAgeSeconds: 600 },
  variants: { vi: { body: 'Thời gian chờ: {{queue.passengers.minutes}}' } },
};
const plain: ManifestMessage = {
  level: 'normal',
  variants: { vi: { body: 'Chào mừng {{ không phải trường' } },
};

function filler(values: DataValue[], gate: Partial<ScreenConfig['gate']> = {}) {
  const live = new LiveValues();
  live.apply({ full: true, values });
  return new FieldFiller(live, () => config(gate));
}

describe('LiveValues', () => {
  it('keeps the newest observation of a path; a full update replaces everything', () => {
    const live = new LiveValues();
    let changes = 0;
    live.onChange(() => changes++);
    expect(live.apply({ full: true, values: [usd(26_370), wait(25)] })).toBe(true);
    // A late delivery of an older observation does not replace the newer one.
    expect(live.apply({ full: false, values: [usd(26_000, T - MIN)] })).toBe(false);
    expect(live.get('rates.USD.sell')?.value).toBe(26_370);
    expect(live.apply({ full: false, values: [usd(26_400, T + MIN)] })).toBe(true);
    expect(live.get('rates.USD.sell')?.value).toBe(26_400);
    // The same value again changes nothing (and tells nobody).
    expect(live.apply({ full: false, values: [usd(26_400, T + MIN)] })).toBe(false);
    // A full update without the waiting time: it leaves (its source was removed).
    expect(live.apply({ full: true, values: [usd(26_400, T + MIN)] })).toBe(true);
    expect(live.get('queue.passengers.minutes')).toBeUndefined();
    expect(changes).toBe(3);
  });
});

describe('FieldFiller.fill', () => {
  it('writes the value per language and the gate digits', () => {
    const f = filler([usd(26_370)], { digits: 'native' });
    expect(f.fill(rates, 'vi', T)?.variant).toEqual({ title: 'Tỷ giá', body: 'Bán USD: 26.370\u00a0₫' });
    expect(f.fill(rates, 'km', T)?.variant.body).toBe('លក់ USD: ២៦.៣៧០₫');
    expect(f.fill(rates, 'km', T)?.hidden).toBe(false);
  });

  it('hides an item past its maximum age with stale "hide", exactly after the age', () => {
    const f = filler([usd(26_370)]);
    const fresh = f.fill(rates, 'vi', T + 3600_000);
    expect(fresh?.hidden).toBe(false);
    // Stale from the first millisecond past the hour: the player wakes then.
    expect(fresh?.changesAt).toBe(T + 3600_001);
    expect(f.fill(rates, 'vi', T + 3600_001)?.hidden).toBe(true);
  });

  it("takes the source's maximum age when it is shorter than the message's", () => {
    // The message allows an hour; the lane system's values are good for ten minutes.
    const f = filler([{ ...usd(26_370), maxAgeSeconds: 600 }]);
    expect(f.fill(rates, 'vi', T + 600_000)?.hidden).toBe(false);
    expect(f.fill(rates, 'vi', T)?.changesAt).toBe(T + 600_001);
    expect(f.fill(rates, 'vi', T + 600_001)?.hidden).toBe(true);
    // A longer one does not stretch the message's hour.
    expect(filler([{ ...usd(26_370), maxAgeSeconds: 7200 }]).fill(rates, 'vi', T + 3600_001)?.hidden).toBe(
      true,
    );
  });

  it('shows a stale value with "cập nhật lúc …" with stale "as-of"', () => {
    const f = filler([wait(25)]);
    expect(f.fill(queue, 'vi', T + 5 * MIN)).toMatchObject({
      hidden: false,
      variant: { body: 'Thời gian chờ: 25 phút' },
    });
    expect(f.fill(queue, 'vi', T + 5 * MIN)?.asOf).toBeUndefined();
    const late = f.fill(queue, 'vi', T + 11 * MIN);
    expect(late).toMatchObject({ hidden: false, asOf: 'cập nhật lúc 14:05 06/12' });
    expect(late?.changesAt).toBe(Infinity);
  });

  it('hides an item whose value never came', () => {
    expect(filler([]).fill(rates, 'vi', T)?.hidden).toBe(true);
  });

  it('draws a text without fields as written', () => {
    expect(filler([]).fill(plain, 'vi', T)).toEqual({
      variant: { body: 'Chào mừng {{ không phải trường' },
      hidden: false,
      changesAt: Infinity,
    });
  });

  it('works out the gate status from the calendar, and when it flips', () => {
    const status: ManifestMessage = { level: 'normal', variants: { vi: { body: '{{gate.status}}' } } };
    const calendar = {
      weekly: { passengers: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '07:00', close: '22:00' }] },
    };
    const f = filler([], { calendar });
    const open = f.fill(status, 'vi', at7(21, 59));
    expect(open?.variant.body).toBe('Đang mở cửa — đóng lúc 22:00');
    expect(open?.changesAt).toBe(at7(22));
    expect(f.fill(status, 'vi', at7(22))?.variant.body).toBe('Đã đóng cửa — mở lại 7:00 ngày mai');
    // Without an approved calendar the item has nothing to say: it is left out.
    expect(filler([]).fill(status, 'vi', at7(12))?.hidden).toBe(true);
  });
});

describe('FieldFiller.hidden', () => {
  const manifest = { messages: { rates, plain } } as unknown as Manifest;
  const entry = (messageId: string, langs?: string[]): LoopEntry => ({
    type: 'message',
    duration: 10_000,
    playlistId: 'p',
    messageId,
    lang: 'vi',
    ...(langs ? { langs } : {}),
  });

  it('leaves out a message with a stale value, never one without fields', () => {
    const f = filler([usd(26_370, T - 2 * 3600_000)]);
    expect(f.hidden(manifest, entry('rates'), T)).toBe(true);
    expect(f.hidden(manifest, entry('plain'), T)).toBe(false);
    expect(filler([usd(26_370)]).hidden(manifest, entry('rates', ['vi', 'km']), T)).toBe(false);
  });
});
