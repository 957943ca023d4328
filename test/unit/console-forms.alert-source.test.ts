import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyOf, emptyRule, formOf } from '../../console/src/alert-sources.form.ts';
import type { AlertSource } from '../../console/src/alerts-api.ts';
import { openApiDocument } from '../../server/http/openapi.ts';
import { validatorFor } from '../../server/validation/schema.validator.ts';
import { arbitraryOf, resolvePointer } from '../support/schema-arbitrary.ts';
import { keysSeen, omitKeys } from '../support/stored-arbitrary.ts';

const doc = openApiDocument('test') as { components: { schemas: Record<string, unknown> } };
const isSource = validatorFor('alert.json#/$defs/source');
const isInput = validatorFor('alert.json#/$defs/sourceInput');
const sources = arbitraryOf(resolvePointer(doc, '#/components/schemas/alert/$defs/source'), doc)
  .map((x): unknown => JSON.parse(JSON.stringify(x)))
  .filter((x): x is AlertSource => isSource(structuredClone(x)));
const serverSet = ['id', 'tokenHint', 'createdBy', 'createdAt', 'updatedAt', 'lastPolledAt', 'lastPollError'];

describe('the alert source form model', () => {
  it('sends back exactly what was stored when nothing is changed', () => {
    fc.assert(
      fc.property(sources, (s) => {
        expect(bodyOf(formOf(s), s)).toStrictEqual(omitKeys(s, serverSet));
      }),
      { numRuns: 300 },
    );
    for (const key of ['feed', 'note', 'immediate']) expect(keysSeen(sources)).toContain(key);
  });

  it('makes a valid new source: pushed, nationwide, every alert waiting, a rule left open sent without empty lists', () => {
    const body = bodyOf({ ...formOf(undefined), name: '  Đài KTTV An Giang ' }, undefined);
    expect(body).toEqual({
      name: 'Đài KTTV An Giang',
      kind: 'push',
      scope: { global: true },
      immediate: [],
      defaultTtlMinutes: 720,
      enabled: true,
    });
    expect(isInput(structuredClone(body))).toBe(true);
    const rule = { ...emptyRule(), severities: ['Severe', 'Extreme'] as const, gates: ['tinh-bien'] };
    const ruled = bodyOf(
      { ...formOf(undefined), name: 'x', rules: [{ ...rule, severities: [...rule.severities] }] },
      undefined,
    );
    // Ticked in any order, sent in the order CAP lists them; nothing ticked: left out (any).
    expect(ruled.immediate).toEqual([{ gates: ['tinh-bien'], severities: ['Extreme', 'Severe'] }]);
  });

  it('sends a feed with its address and minutes, and no feed for a pushed source', () => {
    const feed = bodyOf(
      {
        ...formOf(undefined),
        name: 'x',
        kind: 'feed',
        url: 'https://kttv.example/cap.atom',
        pollMinutes: '3',
      },
      undefined,
    );
    expect(feed.feed).toEqual({ url: 'https://kttv.example/cap.atom', pollMinutes: 3 });
    expect(
      bodyOf({ ...formOf(undefined), name: 'x', url: 'https://a.example/f' }, undefined),
    ).not.toHaveProperty('feed');
  });
});
