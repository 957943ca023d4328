import { describe, expect, it } from 'vitest';
import type { PlayerEmergency } from '../../schemas/types.ts';
import { emergencyLanguageMs, emergencySlot } from './override.slot.ts';

const t0 = Date.parse('2026-11-22T03:00:00Z');
const flood: PlayerEmergency = {
  id: 'flood',
  variants: { vi: { title: 'Lũ quét' }, km: { title: 'ទឹកជំនន់' } },
  expiresAt: t0 + 60_000,
  fonts: [],
};
const fire: PlayerEmergency = {
  ...flood,
  id: 'fire',
  variants: { en: { title: 'Fire' } },
  expiresAt: t0 + 20_000,
};

describe('emergencySlot', () => {
  it('shows each language of each live emergency in turn, from the clock alone', () => {
    const seen = [0, 1, 2, 3].map((i) => {
      const slot = emergencySlot(
        [flood, { ...fire, expiresAt: t0 + 60_000 }],
        t0 + i * emergencyLanguageMs + 1,
      );
      return `${slot?.emergency.id}/${slot?.lang}`;
    });
    // Three pages (vi, km, en) rotate; page i is due in window i, the same on every screen.
    expect(new Set(seen).size).toBe(3);
    expect(seen[3]).toBe(seen[0]);
  });

  it('drops an emergency at its expiry, and wakes up no later than that', () => {
    const before = emergencySlot([fire], t0 + 19_000);
    expect(before?.emergency.id).toBe('fire');
    expect(before?.remaining).toBeLessThanOrEqual(1_000);
    expect(emergencySlot([fire], t0 + 20_000)).toBeNull();
    expect(emergencySlot([], t0)).toBeNull();
  });
});
