import { describe, expect, it } from 'vitest';
import type { Emergency } from '../../schemas/types.ts';
import { ConflictError } from './errors.ts';
import {
  blackoutAfter,
  blackoutEvents,
  effectiveEmergency,
  emergencyAfter,
  emergencyEvents,
  type OverrideEvent,
} from './override.ts';

const NOW = Date.parse('2026-12-06T01:00:00Z');
const emergency = (over: Partial<Emergency>): Emergency => ({
  id: 'flood',
  variants: { vi: { title: 'Lũ quét' } },
  targets: { gates: ['tinh-bien'] },
  ttlMinutes: 30,
  state: 'active',
  gateIds: ['tinh-bien'],
  secondApproval: 'given',
  createdBy: { kind: 'user', id: 'a', name: 'a' },
  createdAt: '2026-12-06T00:40:00Z',
  activatedAt: '2026-12-06T00:45:00Z',
  expiresAt: '2026-12-06T01:15:00Z',
  ...over,
});
const events: OverrideEvent[] = ['approve', 'clear', 'expire', 'lift'];

describe('the life of an override', () => {
  it('takes an emergency from waiting to on screen to cleared or expired, and nowhere else', () => {
    const table = (['pending', 'active', 'cleared', 'expired'] as const).map((from) =>
      events.map((event) => {
        try {
          return emergencyAfter(from, event, 'flood');
        } catch (err) {
          expect(err).toBeInstanceOf(ConflictError);
          expect(err).toMatchObject({ reason: 'wrong_state', params: { state: from } });
          return '-';
        }
      }),
    );
    expect(table).toEqual([
      // approve   clear      expire     lift
      ['active', 'cleared', 'expired', '-'], // pending (a CAP alert's own expiry)
      ['-', 'cleared', 'expired', '-'], // active
      ['-', '-', '-', '-'], // cleared
      ['-', '-', '-', '-'], // expired
    ]);
  });

  it('lifts a blackout once', () => {
    expect(blackoutAfter('active', 'lift', 'dark')).toBe('lifted');
    expect(() => blackoutAfter('lifted', 'lift', 'dark')).toThrow(ConflictError);
    expect(() => blackoutAfter('active', 'clear', 'dark')).toThrow(ConflictError);
  });

  it('offers people only the events that apply, never the expiry', () => {
    expect(emergencyEvents('pending')).toEqual(['approve', 'clear']);
    expect(emergencyEvents('active')).toEqual(['clear']);
    expect(emergencyEvents('expired')).toEqual([]);
    expect(blackoutEvents('active')).toEqual(['lift']);
    expect(blackoutEvents('lifted')).toEqual([]);
  });

  it('answers an emergency whose minutes are up as expired before the job writes it', () => {
    expect(effectiveEmergency(emergency({}), NOW).state).toBe('active');
    expect(effectiveEmergency(emergency({}), Date.parse('2026-12-06T01:15:00Z')).state).toBe('expired');
    expect(effectiveEmergency(emergency({ state: 'pending' }), NOW + 86_400_000).state).toBe('pending');
  });

  it('expires a CAP alert that waited for an approver past the expiry its authority gave, not before', () => {
    const waiting = emergency({
      state: 'pending',
      origin: { kind: 'cap', alertId: 'a1', sourceId: 's1', texts: { vi: 'original' } },
    });
    expect(effectiveEmergency(waiting, Date.parse('2026-12-06T01:14:59Z')).state).toBe('pending');
    expect(effectiveEmergency(waiting, Date.parse('2026-12-06T01:15:00Z')).state).toBe('expired');
  });
});
