import { describe, expect, it } from 'vitest';
import { zonedFormat } from './date.format.ts';

describe('zonedFormat', () => {
  const at = Date.UTC(2026, 10, 23, 3, 5);
  const hhmm = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

  it('formats in the zone it is given', () => {
    expect(zonedFormat('vi-VN', { ...hhmm, timeZone: 'Asia/Ho_Chi_Minh' }).format(at)).toBe('10:05');
    expect(zonedFormat('vi-VN', { ...hhmm, timeZone: 'UTC' }).format(at)).toBe('03:05');
  });

  it('falls back to the runtime’s own zone for a zone name it does not know', () => {
    const own = new Intl.DateTimeFormat('vi-VN', hhmm).format(at);
    expect(zonedFormat('vi-VN', { ...hhmm, timeZone: 'Asia/Atlantis' }).format(at)).toBe(own);
  });
});
