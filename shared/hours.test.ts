import { describe, expect, it } from 'vitest';
import { hoursAt, scheduledIntervals, scheduledMinutes, type GateHours } from './hours.ts';

const hcm = 'Asia/Ho_Chi_Minh';
const at = (iso: string) => Date.parse(iso);

// Lệ Thanh: open 06:00–22:00 Monday to Saturday, 07:00–12:00 on Sunday; night template outside; dimmed to
// 40 % from 18:30 and to 20 % from 21:00, full again from 06:00.
const leThanh: GateHours = {
  weekly: [
    { days: [1, 2, 3, 4, 5, 6], open: '06:00', close: '22:00' },
    { days: [7], open: '07:00', close: '12:00' },
  ],
  outside: 'night',
  dimming: [
    { from: '21:00', level: 0.2 },
    { from: '06:00', level: 1 },
    { from: '18:30', level: 0.4 },
  ],
};

// A market that runs through the night: 20:00 Friday to 02:00 Saturday (close before open wraps).
const nightMarket: GateHours = { weekly: [{ days: [5], open: '20:00', close: '02:00' }], outside: 'black' };

describe('hoursAt', () => {
  // Written by hand from the tables above (2025-03-03 is a Monday; +07:00 is the gate's local time).
  const cases: [string, GateHours | undefined, string, boolean, string, number, string | null][] = [
    ['no hours: always content', undefined, '2025-03-03T03:00:00+07:00', true, 'content', 1, null],
    [
      'Monday 05:59, before opening',
      leThanh,
      '2025-03-03T05:59:00+07:00',
      false,
      'night',
      0.2,
      '2025-03-03T06:00:00+07:00',
    ],
    [
      'Monday 06:00 sharp: open, full',
      leThanh,
      '2025-03-03T06:00:00+07:00',
      true,
      'content',
      1,
      '2025-03-03T18:30:00+07:00',
    ],
    [
      'Monday 18:45: open, dimmed',
      leThanh,
      '2025-03-03T18:45:00+07:00',
      true,
      'content',
      0.4,
      '2025-03-03T21:00:00+07:00',
    ],
    [
      'Monday 21:30: open, dimmer',
      leThanh,
      '2025-03-03T21:30:00+07:00',
      true,
      'content',
      0.2,
      '2025-03-03T22:00:00+07:00',
    ],
    [
      'Monday 22:00 sharp: closed',
      leThanh,
      '2025-03-03T22:00:00+07:00',
      false,
      'night',
      0.2,
      '2025-03-04T06:00:00+07:00',
    ],
    [
      'Saturday 23:00 → opens Sunday 07:00',
      leThanh,
      '2025-03-08T23:00:00+07:00',
      false,
      'night',
      0.2,
      '2025-03-09T06:00:00+07:00',
    ],
    [
      'Sunday 06:30: full level but still closed',
      leThanh,
      '2025-03-09T06:30:00+07:00',
      false,
      'night',
      1,
      '2025-03-09T07:00:00+07:00',
    ],
    [
      'Sunday 12:00: closed after the morning',
      leThanh,
      '2025-03-09T12:00:00+07:00',
      false,
      'night',
      1,
      '2025-03-09T18:30:00+07:00',
    ],
    [
      'Friday 23:59: open past midnight',
      nightMarket,
      '2025-03-07T23:59:00+07:00',
      true,
      'content',
      1,
      '2025-03-08T02:00:00+07:00',
    ],
    [
      'Saturday 01:59: still open',
      nightMarket,
      '2025-03-08T01:59:00+07:00',
      true,
      'content',
      1,
      '2025-03-08T02:00:00+07:00',
    ],
    [
      'Saturday 02:00: black until next Friday',
      nightMarket,
      '2025-03-08T02:00:00+07:00',
      false,
      'black',
      1,
      '2025-03-14T20:00:00+07:00',
    ],
    [
      'Thursday 02:00: the Thursday is closed',
      nightMarket,
      '2025-03-06T02:00:00+07:00',
      false,
      'black',
      1,
      '2025-03-07T20:00:00+07:00',
    ],
  ];
  it.each(cases)('%s', (_, hours, when, open, show, brightness, next) => {
    const state = hoursAt(hours, hcm, at(when));
    expect(state).toEqual({ open, show, brightness, nextChangeAt: next === null ? null : at(next) });
  });

  it('reads the wall clock of the gate, not of the machine (Beijing is an hour ahead of Hà Nội)', () => {
    const hours: GateHours = {
      weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '08:00', close: '17:00' }],
      outside: 'black',
    };
    // 07:30 in Hà Nội is 08:30 in Beijing.
    expect(hoursAt(hours, hcm, at('2025-03-03T07:30:00+07:00')).open).toBe(false);
    expect(hoursAt(hours, 'Asia/Shanghai', at('2025-03-03T07:30:00+07:00')).open).toBe(true);
  });

  it('keeps the wall-clock times across a DST change (New York, 2025-03-09)', () => {
    const hours: GateHours = {
      weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '08:00', close: '20:00' }],
      outside: 'night',
    };
    // Saturday 20:00 EST (-05:00) closes; Sunday 08:00 is EDT (-04:00).
    expect(hoursAt(hours, 'America/New_York', at('2025-03-08T21:00:00-05:00')).nextChangeAt).toBe(
      at('2025-03-09T08:00:00-04:00'),
    );
  });

  it('a period with close equal to open lasts 24 hours', () => {
    const hours: GateHours = { weekly: [{ days: [1], open: '00:00', close: '00:00' }], outside: 'black' };
    expect(hoursAt(hours, hcm, at('2025-03-03T23:59:00+07:00')).open).toBe(true);
    expect(hoursAt(hours, hcm, at('2025-03-04T00:00:00+07:00')).open).toBe(false);
  });
});

describe('scheduled time', () => {
  const day = [at('2025-03-03T00:00:00+07:00'), at('2025-03-04T00:00:00+07:00')] as const;

  it('a Monday of Lệ Thanh counts its 16 open hours', () => {
    expect(scheduledMinutes(leThanh, hcm, ...day)).toBe(16 * 60);
    expect(scheduledIntervals(leThanh, hcm, ...day)).toEqual([
      [at('2025-03-03T06:00:00+07:00'), at('2025-03-03T22:00:00+07:00')],
    ]);
  });

  it('a whole week: 6 × 16 h + 5 h', () => {
    expect(scheduledMinutes(leThanh, hcm, day[0], day[0] + 7 * 86_400_000)).toBe((6 * 16 + 5) * 60);
  });

  it('a period past midnight counts on both days, cut at the span', () => {
    const saturday = [at('2025-03-08T00:00:00+07:00'), at('2025-03-09T00:00:00+07:00')] as const;
    expect(scheduledMinutes(nightMarket, hcm, ...saturday)).toBe(120);
    expect(scheduledMinutes(nightMarket, hcm, at('2025-03-07T21:30:00+07:00'), saturday[0])).toBe(150);
  });

  it('overlapping periods are counted once', () => {
    const hours: GateHours = {
      weekly: [
        { days: [1], open: '08:00', close: '12:00' },
        { days: [1], open: '10:00', close: '14:00' },
      ],
      outside: 'night',
    };
    expect(scheduledMinutes(hours, hcm, ...day)).toBe(6 * 60);
  });

  it('without hours, or showing content outside them, the whole span is scheduled', () => {
    expect(scheduledMinutes(undefined, hcm, ...day)).toBe(1440);
    expect(scheduledMinutes({ ...leThanh, outside: 'content' }, hcm, ...day)).toBe(1440);
  });
});
