import { describe, expect, it } from 'vitest';
import { daysText, describeSchedule, slotText } from './describe.schedule.ts';

const names = {
  gates: [{ id: 'le-thanh', name: 'Lệ Thanh' }],
  screens: [{ id: 'kiosk', name: 'Ki-ốt sảnh' }],
};

describe('schedule sentences', () => {
  it('reads as the issue writes it', () => {
    const weekly = { type: 'weekly' as const, days: [1, 2, 3, 4, 5], start: '06:30', end: '08:30' };
    expect(
      describeSchedule({ recurrence: weekly, targets: { gates: ['le-thanh'] }, priority: 10 }, names, 'vi'),
    ).toBe('Thứ 2–6, 06:30–08:30, Lệ Thanh, ưu tiên 10');
    expect(
      describeSchedule({ recurrence: weekly, targets: { gates: ['le-thanh'] }, priority: 10 }, names, 'en'),
    ).toBe('Mon–Fri, 06:30–08:30, Lệ Thanh, priority 10');
  });

  it('names weekdays, Sunday, every day and no day', () => {
    expect(daysText([1, 3, 5], 'vi')).toBe('Thứ 2, 4, 6');
    expect(daysText([7, 6], 'vi')).toBe('Thứ 7, Chủ nhật');
    expect(daysText([5, 6, 7], 'vi')).toBe('Thứ 6, 7, Chủ nhật');
    expect(daysText([1, 2, 3, 4, 5, 6, 7], 'vi')).toBe('Hằng ngày');
    expect(daysText([], 'vi')).toBe('Không ngày nào');
  });

  it('says overnight, a plain cron as its slot, an expert cron as cron, always as always', () => {
    expect(slotText({ type: 'weekly', days: [5], start: '22:00', end: '06:00', overnight: true }, 'vi')).toBe(
      'Thứ 6, 22:00–06:00 (qua đêm)',
    );
    expect(slotText({ type: 'cron', cron: '0 6 * * 1-5', durationMinutes: 180 }, 'vi')).toBe(
      'Thứ 2–6, 06:00–09:00',
    );
    expect(slotText({ type: 'cron', cron: '*/15 * * * *', durationMinutes: 5 }, 'vi')).toBe(
      'cron */15 * * * *, mỗi lần 5 phút',
    );
    expect(slotText({ type: 'always' }, 'vi')).toBe('Luôn phát');
  });

  it('names screens and groups, and never shows an id it cannot name', () => {
    const text = describeSchedule(
      {
        recurrence: { type: 'always' },
        targets: { gates: ['elsewhere'], screens: ['kiosk'], groups: ['ngoai-troi'] },
        from: '2026-03-01',
      },
      names,
      'vi',
    );
    expect(text).toBe(
      'Luôn phát, một cổng ngoài phạm vi, Ki-ốt sảnh, nhóm “ngoai-troi”, ưu tiên 0, từ 01/03/2026',
    );
  });
});
