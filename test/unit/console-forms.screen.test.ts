import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Screen } from '../../console/src/api.ts';
import { bodyOf, formOf } from '../../console/src/forms/screen.form.ts';
import { keysSeen, omitKeys, serverSet, storedArbitrary } from '../support/stored-arbitrary.ts';

const screens = storedArbitrary<Screen>('screen');
const kiosk: Screen = {
  id: 'kiosk-1',
  createdAt: '2026-01-05T01:00:00.000Z',
  updatedAt: '2026-01-05T01:00:00.000Z',
  gateId: 'le-thanh',
  name: 'Ki-ốt sảnh',
  kind: 'kiosk',
  width: 1080,
  height: 1920,
  offsetX: 0,
  offsetY: 0,
  rotation: 90,
  layout: 'ticker',
  kioskIdleSeconds: 45,
  imageFormat: 'jpeg',
  languages: [],
  groups: [],
};

describe('the screen form model', () => {
  it('sends back exactly what was stored when nothing is changed', () => {
    fc.assert(
      fc.property(screens, (s) => {
        expect(bodyOf(formOf(s, 'other-gate'), s)).toStrictEqual(omitKeys(s, serverSet));
      }),
      { numRuns: 300 },
    );
    for (const key of [
      'offsetX',
      'rotation',
      'layout',
      'kioskIdleSeconds',
      'imageFormat',
      'languages',
      'groups',
      'exercises',
    ])
      expect(keysSeen(screens)).toContain(key);
  });

  it('turns drills on and off, and leaves a screen that never said without the field', () => {
    expect(bodyOf({ ...formOf(kiosk, 'le-thanh'), exercises: true }, kiosk).exercises).toBe(true);
    expect(bodyOf(formOf(kiosk, 'le-thanh'), kiosk)).not.toHaveProperty('exercises');
    const drills = { ...kiosk, exercises: true };
    expect(bodyOf({ ...formOf(drills, 'le-thanh'), exercises: false }, drills).exercises).toBe(false);
  });

  it('keeps a kiosk’s offsets, rotation, layout and empty lists (the old form dropped them)', () => {
    expect(bodyOf(formOf(kiosk, 'le-thanh'), kiosk)).toStrictEqual(omitKeys(kiosk, serverSet));
  });

  it('sends an empty width as typed for the server to refuse, never as 0', () => {
    expect(bodyOf({ ...formOf(kiosk, 'le-thanh'), width: '' }, kiosk).width).not.toBe(0);
  });
});
