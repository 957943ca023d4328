import { describe, expect, it } from 'vitest';
import type { FleetScreen } from '../../schemas/types.ts';
import { countByStatus, filterFleet, groupByPlace } from './fleet-status.ts';

const screen = (name: string, over: Partial<FleetScreen>): FleetScreen => ({
  screenId: name,
  name,
  gateId: 'g1',
  gate: 'Cửa khẩu Tịnh Biên',
  province: 'An Giang',
  connectivity: 'online',
  outdated: false,
  clockUntrusted: false,
  lastHeartbeatAt: '2026-11-23T03:00:00.000Z',
  appliedVersion: null,
  currentVersion: null,
  ...over,
});
const fleet = [
  screen('Bảng LED', { connectivity: 'offline', lastHeartbeatAt: '2026-11-23T02:00:00.000Z' }),
  screen('Kiosk sảnh', {}),
  screen('Màn hình Na Mèo', { gateId: 'g2', gate: 'Cửa khẩu Na Mèo', province: 'Thanh Hóa', outdated: true }),
  screen('Màn hình mới', { connectivity: 'never', lastHeartbeatAt: null }),
];
const all = { status: 'all', place: '', text: '' } as const;

describe('the dashboard filter, sort and counts', () => {
  it('puts the worst status first and counts each status', () => {
    expect(filterFleet(fleet, all, 'status').map((s) => s.name)).toEqual([
      'Bảng LED',
      'Màn hình mới',
      'Màn hình Na Mèo', // same status: by gate, and Na Mèo sorts before Tịnh Biên
      'Kiosk sảnh',
    ]);
    expect(countByStatus(fleet)).toEqual({ online: 2, stale: 0, offline: 1, never: 1, 'scheduled-off': 0 });
  });

  it('filters by status, by province or gate, and by text without regard to case', () => {
    expect(filterFleet(fleet, { ...all, status: 'offline' }, 'name').map((s) => s.name)).toEqual([
      'Bảng LED',
    ]);
    expect(filterFleet(fleet, { ...all, status: 'attention' }, 'name').map((s) => s.name)).toEqual([
      'Bảng LED',
      'Màn hình mới',
      'Màn hình Na Mèo',
    ]);
    expect(filterFleet(fleet, { ...all, place: 'p:Thanh Hóa' }, 'name').map((s) => s.name)).toEqual([
      'Màn hình Na Mèo',
    ]);
    expect(filterFleet(fleet, { ...all, place: 'g:g1', text: 'KIOSK' }, 'name').map((s) => s.name)).toEqual([
      'Kiosk sảnh',
    ]);
  });

  it('sorts by the longest silence, a screen never heard from first', () => {
    expect(filterFleet(fleet, all, 'lastHeartbeat')[0]?.name).toBe('Màn hình mới');
  });

  it('groups by province, then gate', () => {
    expect(groupByPlace(fleet).map((p) => [p.province, p.gates.map((g) => g.screens.length)])).toEqual([
      ['An Giang', [3]],
      ['Thanh Hóa', [1]],
    ]);
  });

  it('counts a board dark by its gate’s hours on its own, after the faults and not as needing a look', () => {
    const night = screen('Bảng LED Na Mèo', { connectivity: 'scheduled-off', gate: 'Cửa khẩu Na Mèo' });
    const withNight = [...fleet, night];
    expect(countByStatus(withNight)['scheduled-off']).toBe(1);
    expect(filterFleet(withNight, all, 'status').map((s) => s.name)).toEqual([
      'Bảng LED',
      'Màn hình mới',
      'Bảng LED Na Mèo',
      'Màn hình Na Mèo',
      'Kiosk sảnh',
    ]);
    expect(filterFleet(withNight, { ...all, status: 'attention' }, 'name').map((s) => s.name)).not.toContain(
      'Bảng LED Na Mèo',
    );
    expect(filterFleet(withNight, { ...all, status: 'scheduled-off' }, 'name').map((s) => s.name)).toEqual([
      'Bảng LED Na Mèo',
    ]);
  });
});
