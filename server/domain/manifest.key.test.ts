// Which screens share one compiled manifest: every field of a screen does what screenFields says it does.
import { describe, expect, it } from 'vitest';
import type { ScreenInput } from '../../schemas/types.ts';
import type { Gate, Message, Schedule, Screen } from './entities.ts';
import {
  audienceKey,
  manifestFor,
  screenConfig,
  screenFields,
  type ScreenFieldRole,
} from './manifest.builder.ts';

const meta = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
const NOW = Date.UTC(2026, 10, 23, 3, 0);
const gateOf = (id: string, languages: string[]): Gate => ({
  id,
  name: id,
  province: 'Gia Lai',
  borderCountry: 'KH',
  timeZone: 'Asia/Ho_Chi_Minh',
  location: { lat: 13.9, lon: 107.5 },
  languages,
  ...meta,
});
const gates = new Map([
  ['le-thanh', gateOf('le-thanh', ['vi', 'km'])],
  ['na-meo', gateOf('na-meo', ['vi', 'lo'])],
]);
const kiosk: Screen = {
  gateId: 'le-thanh',
  name: 'Kiosk',
  kind: 'kiosk',
  width: 1080,
  height: 1920,
  offsetX: 0,
  offsetY: 0,
  rotation: 0,
  layout: 'full',
  kioskIdleSeconds: 60,
  viewingDistanceM: 0.6,
  imageFormat: 'webp',
  languages: ['vi', 'km'],
  groups: ['arrivals'],
  ...meta,
  id: 'lt-kiosk',
};
/** Another value for every field (a new field of Screen must be given one here too). */
const other: { [F in keyof ScreenInput]-?: Exclude<ScreenInput[F], undefined> } = {
  id: 'lt-kiosk-2',
  gateId: 'na-meo',
  name: 'Kiosk 2',
  kind: 'led',
  width: 800,
  height: 500,
  offsetX: 16,
  offsetY: 8,
  rotation: 90,
  exercises: true,
  layout: 'ticker',
  kioskIdleSeconds: 20,
  viewingDistanceM: 30,
  pixelPitchMm: 8,
  minTextPx: 40,
  imageFormat: 'jpeg',
  languages: ['en'],
  groups: ['departures'],
};
const message: Message = {
  id: 'welcome',
  name: 'welcome',
  variants: { vi: { title: 'Chào mừng' }, km: { title: 'សូមស្វាគមន៍' }, en: { title: 'Welcome' } },
  ...meta,
};
const schedule = (targets: Schedule['targets']): Schedule => ({
  id: 's',
  name: 's',
  playlistId: 'loop',
  targets,
  recurrence: { type: 'always' },
  ...meta,
});
// Names the kiosk by id, targets one of its tags, and reaches both gates.
const schedules = [schedule({ gates: ['le-thanh', 'na-meo'], screens: ['lt-kiosk'], groups: ['arrivals'] })];
const content = {
  schedules,
  playlists: new Map([
    [
      'loop',
      {
        id: 'loop',
        name: 'loop',
        items: [{ type: 'message' as const, messageId: 'welcome', duration: 5 }],
        ...meta,
      },
    ],
  ]),
  messages: new Map([['welcome', message]]),
  assets: new Map(),
};
const gateFor = (s: Screen) => gates.get(s.gateId)!;
const key = (s: Screen, among: readonly Schedule[] = schedules) => audienceKey(s, gateFor(s), among);
const version = (s: Screen) => manifestFor(s, gateFor(s), content, NOW, 1).version;

describe('the fields that decide which screens share a manifest', () => {
  it.each(Object.entries(screenFields) as [string, ScreenFieldRole][])(
    '%s does what screenFields says',
    (field, role) => {
      const changed = { ...kiosk, [field]: other[field as keyof ScreenInput] } as Screen;
      if (typeof role === 'object') {
        expect(key(changed), 'a shared-key field must separate screens').not.toBe(key(kiosk));
        return;
      }
      expect(key(changed), 'screens differing only here share a manifest').toBe(key(kiosk));
      expect(version(changed), 'so their manifests must be the same').toBe(version(kiosk));
      if (role === 'config-only')
        expect(screenConfig(changed, gateFor(changed))).not.toEqual(screenConfig(kiosk, gateFor(kiosk)));
      else expect(screenConfig(changed, gateFor(changed))).toEqual(screenConfig(kiosk, gateFor(kiosk)));
    },
  );

  it('ignores what no schedule looks at: an id nobody names, tags nobody targets, languages equal to the gate’s', () => {
    const unnamed = [schedule({ gates: ['le-thanh'], groups: ['arrivals'] })];
    expect(key({ ...kiosk, id: 'lt-kiosk-2' }, unnamed)).toBe(key(kiosk, unnamed));
    expect(key({ ...kiosk, groups: ['arrivals', 'vip'] })).toBe(key({ ...kiosk, groups: ['arrivals'] }));
    expect(key({ ...kiosk, languages: [] })).toBe(key(kiosk));
  });
});
