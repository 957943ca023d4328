import { describe, expect, it } from 'vitest';
import type { Blackout, Emergency } from './overrides-api.ts';
import { mergeOverrides } from './overrides-merge.ts';

const actor = { kind: 'user' as const, id: 'u1', name: 'truc-dem', person: 'user:u1' };
const emergency = (over: Partial<Emergency> = {}): Emergency => ({
  id: 'e1',
  variants: { vi: { title: 'Đường sạt lở' } },
  targets: { gates: ['tinh-bien'] },
  ttlMinutes: 30,
  state: 'active',
  gateIds: ['tinh-bien'],
  createdBy: actor,
  createdAt: '2026-12-06T07:00:00.000Z',
  secondApproval: 'waived-by-gate-policy',
  ...over,
});
const blackout = (over: Partial<Blackout> = {}): Blackout => ({
  id: 'b1',
  targets: { screens: ['s1'] },
  reason: 'chập điện',
  gateIds: ['tinh-bien'],
  active: true,
  createdBy: actor,
  createdAt: '2026-12-06T07:00:00.000Z',
  ...over,
});
const ack = (screenId: string, at = '2026-12-06T07:00:05.000Z') => ({ screenId, at });

describe('the emergency page: a read that arrives after live events does not take the page back', () => {
  it('keeps an acknowledgement that came live while the read was under way', () => {
    const held = { emergencies: [emergency({ acks: [ack('led')] })], blackouts: [] };
    const stale = { emergencies: [emergency({ acks: [] })], blackouts: [] };
    expect(mergeOverrides(stale, held).emergencies[0]?.acks).toEqual([ack('led')]);
  });

  it('keeps the later state: a cleared emergency and a lifted blackout stay so', () => {
    const held = {
      emergencies: [emergency({ state: 'cleared', clearedBy: actor })],
      blackouts: [blackout({ active: false, liftedBy: actor })],
    };
    const stale = { emergencies: [emergency()], blackouts: [blackout()] };
    const merged = mergeOverrides(stale, held);
    expect(merged.emergencies.map((e) => e.state)).toEqual(['cleared']);
    expect(merged.blackouts.map((b) => b.active)).toEqual([false]);
  });

  it('takes what the read knows that the page did not: a newer state, more acknowledgements', () => {
    const held = { emergencies: [emergency({ state: 'pending' })], blackouts: [blackout()] };
    const fresh = {
      emergencies: [emergency({ acks: [ack('kiosk')] })],
      blackouts: [blackout({ active: false })],
    };
    const merged = mergeOverrides(fresh, held);
    expect(merged.emergencies[0]).toMatchObject({ state: 'active', acks: [ack('kiosk')] });
    expect(merged.blackouts[0]?.active).toBe(false);
  });

  it('keeps an item pushed while the read was under way, and the earliest time of an acknowledgement', () => {
    const held = {
      emergencies: [emergency({ id: 'e2' }), emergency({ acks: [ack('led', '2026-12-06T07:00:01.000Z')] })],
      blackouts: [],
    };
    const fresh = { emergencies: [emergency({ acks: [ack('led')] })], blackouts: [] };
    const merged = mergeOverrides(fresh, held);
    expect(merged.emergencies.map((e) => e.id)).toEqual(['e2', 'e1']);
    expect(merged.emergencies[1]?.acks).toEqual([ack('led', '2026-12-06T07:00:01.000Z')]);
  });
});
