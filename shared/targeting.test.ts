import { describe, expect, it } from 'vitest';
import { gatesReached, targetsScreen } from './targeting.ts';

describe('targetsScreen', () => {
  const screen = { id: 'lt-board', gateId: 'le-thanh', groups: ['outdoor'], province: 'Gia Lai' };
  it('matches a screen by id, by gate or by group tag, and nothing else', () => {
    expect(targetsScreen({ targets: { screens: ['lt-board'] } }, screen)).toBe(true);
    expect(targetsScreen({ targets: { gates: ['le-thanh'] } }, screen)).toBe(true);
    expect(targetsScreen({ targets: { groups: ['outdoor'] } }, screen)).toBe(true);
    expect(
      targetsScreen({ targets: { screens: ['tb-board'], gates: ['tinh-bien'], groups: ['kiosk'] } }, screen),
    ).toBe(false);
    expect(targetsScreen({ targets: { groups: ['outdoor'] } }, { id: 'x', gateId: 'y' })).toBe(false);
  });

  it('reaches tagged screens only within the scope of whoever wrote the schedule', () => {
    const tagged = { targets: { groups: ['outdoor'] } };
    expect(targetsScreen({ ...tagged, owner: { provinces: ['Gia Lai'] } }, screen)).toBe(true);
    expect(targetsScreen({ ...tagged, owner: { gates: ['le-thanh'] } }, screen)).toBe(true);
    expect(targetsScreen({ ...tagged, owner: { provinces: ['An Giang'] } }, screen)).toBe(false);
    expect(targetsScreen({ ...tagged, owner: { gates: ['tinh-bien'] } }, screen)).toBe(false);
    expect(
      targetsScreen({ ...tagged, owner: { provinces: ['Gia Lai'] } }, { ...screen, province: undefined }),
    ).toBe(false);
    // A screen or gate named outright is reached whoever wrote the schedule (the names were checked on save).
    expect(
      targetsScreen({ targets: { screens: ['lt-board'] }, owner: { provinces: ['An Giang'] } }, screen),
    ).toBe(true);
  });
});

describe('gatesReached', () => {
  const gates = [
    { id: 'le-thanh', province: 'Gia Lai' },
    { id: 'tinh-bien', province: 'An Giang' },
    { id: 'na-meo', province: 'Thanh Hóa' },
  ];
  const screens = [
    { id: 'lt-board', gateId: 'le-thanh', groups: ['outdoor'] },
    { id: 'tb-kiosk', gateId: 'tinh-bien', groups: ['outdoor', 'kiosk'] },
    { id: 'nm-board', gateId: 'na-meo' },
  ];
  const reached = (schedule: Parameters<typeof gatesReached>[0]) =>
    [...gatesReached(schedule, screens, gates)].sort();

  it('names the gates a schedule lists, and those of the screens it reaches by id or tag', () => {
    expect(reached({ targets: { gates: ['na-meo'] } })).toEqual(['na-meo']);
    expect(reached({ targets: { screens: ['tb-kiosk'] } })).toEqual(['tinh-bien']);
    expect(reached({ targets: { groups: ['outdoor'] } })).toEqual(['le-thanh', 'tinh-bien']);
    expect(reached({ targets: { groups: ['lobby'] } })).toEqual([]);
  });

  it('keeps a provincial schedule’s tags within its province', () => {
    expect(reached({ targets: { groups: ['outdoor'] }, owner: { provinces: ['An Giang'] } })).toEqual([
      'tinh-bien',
    ]);
  });
});
