import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyOf, formOf } from '../../console/src/forms/person.form.ts';
import type { Person } from '../../console/src/people-api.ts';
import { keysSeen, omitKeys, serverSet, storedArbitrary } from '../support/stored-arbitrary.ts';

const people = storedArbitrary<Person>('user');

describe('the person form model', () => {
  it('sends back exactly what was stored when nothing is changed', () => {
    fc.assert(
      fc.property(people, (p) => {
        expect(bodyOf(formOf(p), p)).toStrictEqual(omitKeys(p, [...serverSet, 'secondFactor']));
      }),
      { numRuns: 300 },
    );
    for (const key of ['disabled', 'scope']) expect(keysSeen(people)).toContain(key);
  });

  it('sends a password only when one is typed, and a changed scope as chosen', () => {
    const stored = fc.sample(people, 1)[0]!;
    expect(bodyOf(formOf(stored), stored)).not.toHaveProperty('password');
    const moved = { ...formOf(stored), wholeCountry: false, provinces: [], gates: ['tinh-bien'] };
    expect(bodyOf(moved, stored).scope).toEqual({ provinces: [], gates: ['tinh-bien'] });
    expect(bodyOf({ ...formOf(stored), password: 'mật khẩu mới đủ dài' }, stored).password).toBe(
      'mật khẩu mới đủ dài',
    );
  });
});
