import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Asset, Gate, Screen } from '../../console/src/api.ts';
import * as assetForm from '../../console/src/forms/asset.form.ts';
import * as gateForm from '../../console/src/forms/gate.form.ts';
import * as screenForm from '../../console/src/forms/screen.form.ts';
import { openApiDocument } from '../../server/http/openapi.ts';
import { validatorFor } from '../../server/validation/schema.validator.ts';
import { arbitraryOf } from '../support/schema-arbitrary.ts';

// Stored gates, screens and assets as the API answers them: drawn from each stored schema (every optional
// field present or absent), through JSON as a reply arrives, and kept only when that schema's validator
// agrees (on a copy: the validator fills in defaults, which would hide an entity stored without them).
const doc = openApiDocument('test') as { components: { schemas: Record<string, unknown> } };
function stored<T>(noun: string): fc.Arbitrary<T> {
  const isStored = validatorFor(`${noun}.stored.json`);
  return arbitraryOf(doc.components.schemas[`${noun}.stored`], doc)
    .map((x): unknown => JSON.parse(JSON.stringify(x)))
    .filter((x): x is T => isStored(structuredClone(x)));
}
const omit = (x: object, keys: readonly string[]) =>
  Object.fromEntries(Object.entries(x).filter(([key]) => !keys.includes(key)));
const serverSet = ['id', 'createdAt', 'updatedAt', 'owner'];

/** Every top-level key the drawn values carried, so a test can show the generator reaches each field. */
function keysSeen<T extends object>(arb: fc.Arbitrary<T>): Set<string> {
  const seen = new Set<string>();
  fc.assert(
    fc.property(arb, (x) => {
      for (const key of Object.keys(x)) seen.add(key);
    }),
    { numRuns: 300 },
  );
  return seen;
}

describe('form models send back exactly what was stored when nothing is changed', () => {
  const gates = stored<Gate>('gate');
  const screens = stored<Screen>('screen');
  const assets = stored<Asset>('asset');

  it('gates', () => {
    fc.assert(
      fc.property(gates, (g) => {
        expect(gateForm.bodyOf(gateForm.formOf(g), g)).toStrictEqual(omit(g, serverSet));
      }),
      { numRuns: 300 },
    );
    for (const key of ['borderRegion', 'emergencyPolicy', 'quietHours', 'defaultPlaylistId'])
      expect(keysSeen(gates)).toContain(key);
  });

  it('screens', () => {
    fc.assert(
      fc.property(screens, (s) => {
        expect(screenForm.bodyOf(screenForm.formOf(s, 'other-gate'), s)).toStrictEqual(omit(s, serverSet));
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
    ])
      expect(keysSeen(screens)).toContain(key);
  });

  it('assets (their name and tags: the bytes never change)', () => {
    fc.assert(
      fc.property(assets, (a) => {
        const fields = Object.fromEntries(
          Object.entries(a).filter(([key]) => key === 'name' || key === 'tags'),
        );
        expect(assetForm.bodyOf(assetForm.formOf(a), a)).toStrictEqual(fields);
      }),
      { numRuns: 300 },
    );
  });
});

describe('what the old forms lost', () => {
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

  it('a kiosk keeps its offsets, rotation, layout and empty lists', () => {
    expect(screenForm.bodyOf(screenForm.formOf(kiosk, 'le-thanh'), kiosk)).toStrictEqual(
      omit(kiosk, serverSet),
    );
  });

  it('an empty number field is sent as typed for the server to refuse, never as 0', () => {
    const form = { ...screenForm.formOf(kiosk, 'le-thanh'), width: '' };
    expect(screenForm.bodyOf(form, kiosk).width).not.toBe(0);
    const gate = gateForm.formOf(undefined);
    expect(gateForm.bodyOf(gate, undefined).location.lat).not.toBe(0);
  });
});
