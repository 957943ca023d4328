import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Asset } from '../../console/src/api.ts';
import { bodyOf, formOf } from '../../console/src/forms/asset.form.ts';
import { keysSeen, storedArbitrary } from '../support/stored-arbitrary.ts';

const assets = storedArbitrary<Asset>('asset');

describe('the asset form model', () => {
  it('sends back exactly the stored name and tags when nothing is changed (the bytes never change)', () => {
    fc.assert(
      fc.property(assets, (a) => {
        const fields = Object.fromEntries(
          Object.entries(a).filter(([key]) => key === 'name' || key === 'tags'),
        );
        expect(bodyOf(formOf(a), a)).toStrictEqual(fields);
      }),
      { numRuns: 300 },
    );
    expect(keysSeen(assets)).toContain('tags');
  });
});
