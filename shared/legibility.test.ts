import { describe, expect, it } from 'vitest';
import { legibleFloorPx, screenFloorPx, type LegibilityScreen } from './legibility.ts';

// Expected floors worked out by hand from the rule (capital = distance/250, font = capital / pitch / 0.7,
// rounded up; never below the script's minimum), not from the module's constants.
const cases: [string, LegibilityScreen, string, number][] = [
  ['the 576×192 LED board of the issue, nothing set', { kind: 'led' }, 'vi', 16],
  ['LED default, Khmer', { kind: 'led' }, 'km', 16],
  ['indoor default', { kind: 'indoor' }, 'vi', 20],
  ['kiosk default, Tai Viet', { kind: 'kiosk' }, 'blt', 24],
  ['set 10 px, English', { kind: 'led', minTextPx: 10 }, 'en', 10],
  ['set 10 px, Vietnamese (stacked marks: 12)', { kind: 'led', minTextPx: 10 }, 'vi', 12],
  ['set 10 px, Jrai', { kind: 'led', minTextPx: 10 }, 'jra', 12],
  ['set 10 px, Lao', { kind: 'led', minTextPx: 10 }, 'lo', 14],
  ['set 10 px, Tai Viet by script subtag', { kind: 'led', minTextPx: 10 }, 'tmm-Tavt', 14],
  ['set 10 px, Khmer', { kind: 'led', minTextPx: 10 }, 'km', 16],
  ['set 10 px, Chinese', { kind: 'led', minTextPx: 10 }, 'zh-Hans', 16],
  [
    '30 m on P10: 120 mm / 10 / 0.7 = 17.1',
    { kind: 'led', viewingDistanceM: 30, pixelPitchMm: 10 },
    'vi',
    18,
  ],
  ['20 m on P10: 80 mm / 10 / 0.7 = 11.4', { kind: 'led', viewingDistanceM: 20, pixelPitchMm: 10 }, 'en', 12],
  ['20 m on P10, Chinese', { kind: 'led', viewingDistanceM: 20, pixelPitchMm: 10 }, 'zh', 16],
  ['35 m on P10: exactly 20', { kind: 'led', viewingDistanceM: 35, pixelPitchMm: 10 }, 'vi', 20],
  ['14 m on P8: exactly 10, English', { kind: 'led', viewingDistanceM: 14, pixelPitchMm: 8 }, 'en', 10],
  ['60 m on P16: 240 / 16 / 0.7 = 21.4', { kind: 'led', viewingDistanceM: 60, pixelPitchMm: 16 }, 'km', 22],
  ['LED distance without pitch: P10', { kind: 'led', viewingDistanceM: 30 }, 'vi', 18],
  ['hall screen at 5 m: 20 / 0.63 / 0.7 = 45.4', { kind: 'indoor', viewingDistanceM: 5 }, 'vi', 46],
  ['kiosk at arm’s length: 7 px, Vietnamese minimum', { kind: 'kiosk', viewingDistanceM: 0.6 }, 'vi', 12],
  ['kiosk at arm’s length, Khmer', { kind: 'kiosk', viewingDistanceM: 0.6 }, 'km', 16],
  ['a set floor wins over the distance', { kind: 'led', minTextPx: 14, viewingDistanceM: 30 }, 'vi', 14],
];

describe('legibleFloorPx', () => {
  it.each(cases)('%s', (_name, screen, lang, expected) => {
    expect(legibleFloorPx(screen, lang)).toBe(expected);
  });

  it('keeps a 576×192 LED board with nothing set well above the 10 px the issue saw', () => {
    expect(screenFloorPx({ kind: 'led' })).toBeGreaterThan(10);
  });
});
