import { describe, expect, it } from 'vitest';
import type { GateCalendar } from '../schemas/types.ts';
import {
  gateFieldPaths,
  gateFieldValue,
  gateHoursTitle,
  weeklyHoursText,
  type GateFieldContext,
} from './gate.fields.ts';
import { holidaysOf } from './holidays.ts';

// Expected strings are written by hand. Khmer digits are U+17E0–U+17E9 (០…៩), Lao U+0ED0–U+0ED9 (໐…໙).
const HCM = 'Asia/Ho_Chi_Minh'; // UTC+7, no DST
const SHANGHAI = 'Asia/Shanghai'; // UTC+8, no DST
const HOUR = 3_600_000;
/** A wall-clock instant in UTC+7 (Lệ Thanh's zone). */
const at7 = (y: number, mo: number, d: number, h: number, mi = 0) => Date.UTC(y, mo - 1, d, h - 7, mi);

// Lệ Thanh (Gia Lai, facing O Yadav in Cambodia): 7:00–22:00 every day; closed for the first three days
// of Tết 2026 (16–18 Feb), open as usual on the two after.
const tet = holidaysOf('VN', 2026).filter((h) => h.key === 'tet');
const leThanh: GateCalendar = {
  weekly: { passengers: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '07:00', close: '22:00' }] },
  holidays: tet.map((h, i) => ({
    date: h.date,
    country: 'VN',
    key: h.key,
    name: { ...h.name, km: 'បុណ្យចូលឆ្នាំចិន' },
    effect: i < 3 ? 'closed' : 'open',
  })),
};
const ctx = (now: number, lang = 'vi', extra: Partial<GateFieldContext> = {}): GateFieldContext => ({
  calendar: leThanh,
  timeZone: HCM,
  lang,
  now,
  ...extra,
});

describe('gate.status', () => {
  it('is open until 22:00 at 21:59 and changes at 22:00', () => {
    const now = at7(2026, 6, 12, 21, 59);
    expect(gateFieldValue('gate.status', ctx(now))).toEqual({
      text: 'Đang mở cửa — đóng lúc 22:00',
      until: at7(2026, 6, 12, 22),
    });
    expect(gateFieldValue('gate.status', ctx(now, 'en'))?.text).toBe('Open — closes at 22:00');
  });

  it('at 22:00 is closed until 7:00 tomorrow, and its text changes at midnight', () => {
    const now = at7(2026, 6, 12, 22);
    expect(gateFieldValue('gate.status', ctx(now))).toEqual({
      text: 'Đã đóng cửa — mở lại 7:00 ngày mai',
      until: at7(2026, 6, 13, 0),
    });
    expect(gateFieldValue('gate.status', ctx(now, 'en'))?.text).toBe('Closed — reopens at 7:00 tomorrow');
    expect(gateFieldValue('gate.status', ctx(now, 'zh-Hans'))?.text).toBe('已关闭，明天7:00重新开放');
    expect(gateFieldValue('gate.status', ctx(now, 'km'))?.text).toBe('បានបិទ — បើកវិញនៅម៉ោង 7:00 ថ្ងៃស្អែក');
    expect(gateFieldValue('gate.status', ctx(now, 'lo'))?.text).toBe('ປິດແລ້ວ — ເປີດຄືນເວລາ 7:00 ມື້ອື່ນ');
  });

  it('after midnight says it reopens today, until the 7:00 opening', () => {
    const now = at7(2026, 6, 13, 0, 30);
    expect(gateFieldValue('gate.status', ctx(now))).toEqual({
      text: 'Đã đóng cửa — mở lại 7:00 hôm nay',
      until: at7(2026, 6, 13, 7),
    });
    expect(gateFieldValue('gate.status', ctx(now, 'en'))?.text).toBe('Closed — reopens at 7:00 today');
    expect(gateFieldValue('gate.status', ctx(now, 'zh-Hans'))?.text).toBe('已关闭，今天7:00重新开放');
  });

  it('over Tết names the holiday that closes it and the date it reopens', () => {
    // The evening before Tết is an ordinary Sunday: no reason, but the reopening is three days away.
    expect(gateFieldValue('gate.status', ctx(at7(2026, 2, 15, 22, 30)))?.text).toBe(
      'Đã đóng cửa — mở lại 7:00 ngày 19/02',
    );
    const now = at7(2026, 2, 17, 10);
    expect(gateFieldValue('gate.status', ctx(now))).toEqual({
      text: 'Đã đóng cửa (Tết Nguyên Đán) — mở lại 7:00 ngày 19/02',
      until: at7(2026, 2, 18, 0),
    });
    expect(gateFieldValue('gate.status', ctx(now, 'en'))?.text).toBe(
      'Closed (Lunar New Year (Tết)) — reopens at 7:00 on 19 Feb',
    );
    expect(gateFieldValue('gate.status', ctx(now, 'km'))?.text).toBe(
      'បានបិទ (បុណ្យចូលឆ្នាំចិន) — បើកវិញនៅម៉ោង 7:00 ថ្ងៃទី 19/02',
    );
    // No Lao name: the status goes without a reason rather than in another language.
    expect(gateFieldValue('gate.status', ctx(now, 'lo'))?.text).toBe('ປິດແລ້ວ — ເປີດຄືນເວລາ 7:00 ວັນທີ 19/02');
    expect(gateFieldValue('gate.status', ctx(at7(2026, 2, 19, 10)))?.text).toBe(
      'Đang mở cửa (Tết Nguyên Đán) — đóng lúc 22:00',
    );
  });

  it('reads the calendar on a gate in UTC+8', () => {
    const dongxing: GateCalendar = {
      weekly: { passengers: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '08:00', close: '18:00' }] },
    };
    // 17:30 in Vietnam is 18:30 in Shanghai: closed there.
    const now = at7(2026, 6, 12, 17, 30);
    const there = { calendar: dongxing, timeZone: SHANGHAI, lang: 'zh-Hans', now };
    expect(gateFieldValue('gate.status', there)).toEqual({
      text: '已关闭，明天8:00重新开放',
      until: Date.UTC(2026, 5, 12, 16), // midnight in Shanghai
    });
    expect(gateFieldValue('gate.status', { ...there, now: now - HOUR })).toEqual({
      text: '开放中，18:00关闭',
      until: Date.UTC(2026, 5, 12, 10),
    });
    expect(gateFieldValue('gate.hours', { ...there, lang: 'vi' })?.text).toBe('Hôm nay: 8:00–18:00');
  });

  it('says when it closes after midnight, and just "open" when nothing changes within two weeks', () => {
    const night: GateCalendar = {
      weekly: { passengers: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '18:00', close: '02:00' }] },
    };
    expect(
      gateFieldValue('gate.status', { calendar: night, timeZone: HCM, lang: 'vi', now: at7(2026, 6, 12, 20) })
        ?.text,
    ).toBe('Đang mở cửa — đóng lúc 2:00 ngày mai');
    const always: GateCalendar = {
      weekly: { passengers: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '00:00' }] },
    };
    const now = at7(2026, 6, 12, 12);
    expect(gateFieldValue('gate.status', { calendar: always, timeZone: HCM, lang: 'vi', now })).toEqual({
      text: 'Đang mở cửa',
      until: at7(2026, 6, 13, 0),
    });
  });

  it('writes Khmer and Lao digits when the gate asks for them', () => {
    const now = at7(2026, 6, 12, 21, 59);
    expect(gateFieldValue('gate.status', ctx(now, 'km', { digits: 'native' }))?.text).toBe(
      'កំពុងបើក — បិទនៅម៉ោង ២២:០០',
    );
    expect(gateFieldValue('gate.status', ctx(now, 'lo', { digits: 'native' }))?.text).toBe(
      'ເປີດຢູ່ — ປິດເວລາ ໒໒:໐໐',
    );
    expect(gateFieldValue('gate.status', ctx(now, 'km', { digits: 'latn' }))?.text).toBe(
      'កំពុងបើក — បិទនៅម៉ោង 22:00',
    );
    // Native digits are Khmer and Lao only.
    expect(gateFieldValue('gate.status', ctx(now, 'vi', { digits: 'native' }))?.text).toBe(
      'Đang mở cửa — đóng lúc 22:00',
    );
  });

  it('follows the Vietnamese words for Jrai and the English ones for a language without its own', () => {
    const now = at7(2026, 6, 12, 22);
    expect(gateFieldValue('gate.status', ctx(now, 'jra'))?.text).toBe('Đã đóng cửa — mở lại 7:00 ngày mai');
    expect(gateFieldValue('gate.status', ctx(now, 'th'))?.text).toBe('Closed — reopens at 7:00 tomorrow');
  });

  it('reads the goods lane from its own table', () => {
    const calendar: GateCalendar = {
      ...leThanh,
      weekly: { ...leThanh.weekly, goods: [{ days: [1, 2, 3, 4, 5], open: '07:30', close: '17:00' }] },
    };
    const now = at7(2026, 6, 12, 18); // a Friday
    expect(gateFieldValue('gate.status', { ...ctx(now), calendar })?.text).toBe(
      'Đang mở cửa — đóng lúc 22:00',
    );
    expect(gateFieldValue('gate.status.goods', { ...ctx(now), calendar })?.text).toBe(
      'Đã đóng cửa — mở lại 7:30 ngày 15/06',
    );
    expect(gateFieldValue('gate.hours.goods', { ...ctx(now), calendar })?.text).toBe('Hôm nay: 7:30–17:00');
  });
});

describe('gate.hours', () => {
  it("gives today's periods, until midnight", () => {
    const now = at7(2026, 6, 12, 9);
    expect(gateFieldValue('gate.hours', ctx(now))).toEqual({
      text: 'Hôm nay: 7:00–22:00',
      until: at7(2026, 6, 13, 0),
    });
    expect(gateFieldValue('gate.hours', ctx(now, 'en'))?.text).toBe('Today: 7:00–22:00');
    expect(gateFieldValue('gate.hours', ctx(now, 'zh-Hans'))?.text).toBe('今天：7:00–22:00');
    expect(gateFieldValue('gate.hours', ctx(now, 'lo', { digits: 'native' }))?.text).toBe('ມື້ນີ້: ໗:໐໐–໒໒:໐໐');
  });

  it('says the gate is closed today and why', () => {
    const now = at7(2026, 2, 17, 10);
    expect(gateFieldValue('gate.hours', ctx(now))?.text).toBe('Hôm nay đóng cửa (Tết Nguyên Đán)');
    expect(gateFieldValue('gate.hours', ctx(now, 'km'))?.text).toBe('ថ្ងៃនេះបិទ (បុណ្យចូលឆ្នាំចិន)');
    const special: GateCalendar = {
      ...leThanh,
      exceptions: [
        {
          date: '2026-09-02',
          effect: 'hours',
          periods: [
            { open: '13:30', close: '00:00' },
            { open: '07:00', close: '11:30' },
          ],
          reason: { vi: 'Quốc khánh' },
        },
      ],
    };
    expect(gateFieldValue('gate.hours', { ...ctx(at7(2026, 9, 2, 8)), calendar: special })?.text).toBe(
      'Hôm nay: 7:00–11:30, 13:30–24:00 (Quốc khánh)',
    );
  });

  it('is undefined for a field that is not a gate field', () => {
    expect(gateFieldPaths).toContain('gate.hours.goods');
    expect(gateFieldValue('rates.USD.sell', ctx(0))).toBeUndefined();
    expect(gateFieldValue('gate.statuses', ctx(0))).toBeUndefined();
  });
});

describe('weeklyHoursText', () => {
  it('writes one line for a gate open the same hours every day', () => {
    expect(weeklyHoursText(leThanh, 'vi')).toBe('Hằng ngày: 7:00–22:00');
    expect(weeklyHoursText(leThanh, 'en')).toBe('Every day: 7:00–22:00');
    expect(weeklyHoursText(leThanh, 'km', 'native')).toBe('រៀងរាល់ថ្ងៃ: ៧:០០–២២:០០');
    expect(weeklyHoursText(leThanh, 'lo')).toBe('ທຸກມື້: 7:00–22:00');
    expect(weeklyHoursText(leThanh, 'zh-Hans')).toBe('每天：7:00–22:00');
  });

  it('writes a line per distinct set of periods, with the closed days', () => {
    const calendar: GateCalendar = {
      weekly: {
        passengers: [
          { days: [1, 2, 3, 4, 5], open: '07:00', close: '11:30' },
          { days: [1, 2, 3, 4, 5], open: '13:30', close: '17:00' },
          { days: [6], open: '07:00', close: '11:30' },
        ],
        goods: [{ days: [1, 3, 5], open: '08:00', close: '16:00' }],
      },
    };
    expect(weeklyHoursText(calendar, 'vi')).toBe(
      'Thứ Hai – Thứ Sáu: 7:00–11:30, 13:30–17:00\nThứ Bảy: 7:00–11:30\nChủ Nhật: đóng cửa',
    );
    expect(weeklyHoursText(calendar, 'zh-Hans')).toBe(
      '周一至周五：7:00–11:30、13:30–17:00\n周六：7:00–11:30\n周日：关闭',
    );
    expect(weeklyHoursText(calendar, 'en', undefined, 'goods')).toBe(
      'Monday, Wednesday, Friday: 8:00–16:00\nTuesday, Thursday, Saturday, Sunday: closed',
    );
  });
});

describe('gateHoursTitle', () => {
  it('names the opening hours in each language', () => {
    expect(gateHoursTitle('vi')).toBe('Giờ mở cửa');
    expect(gateHoursTitle('en')).toBe('Opening hours');
    expect(gateHoursTitle('km')).toBe('ម៉ោងបើកទ្វារ');
    expect(gateHoursTitle('lo')).toBe('ເວລາເປີດ-ປິດ');
    expect(gateHoursTitle('zh-Hans')).toBe('开放时间');
    expect(gateHoursTitle('bdq')).toBe('Giờ mở cửa');
  });
});
