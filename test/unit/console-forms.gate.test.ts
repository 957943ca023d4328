import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Gate } from '../../console/src/api.ts';
import { bodyOf, formOf } from '../../console/src/forms/gate.form.ts';
import { keysSeen, omitKeys, serverSet, storedArbitrary } from '../support/stored-arbitrary.ts';

const gates = storedArbitrary<Gate>('gate');

describe('the gate form model', () => {
  it('sends back exactly what was stored when nothing is changed', () => {
    fc.assert(
      fc.property(gates, (g) => {
        expect(bodyOf(formOf(g), g)).toStrictEqual(omitKeys(g, serverSet));
      }),
      { numRuns: 300 },
    );
    for (const key of [
      'borderRegion',
      'emergencyPolicy',
      'quietHours',
      'digits',
      'hours',
      'defaultPlaylistId',
    ])
      expect(keysSeen(gates)).toContain(key);
  });

  it('sends an empty position as typed for the server to refuse, never as 0', () => {
    expect(bodyOf(formOf(undefined), undefined).location.lat).not.toBe(0);
  });
});
