import fc from 'fast-check';
import { openApiDocument } from '../../server/http/openapi.ts';
import { validatorFor } from '../../server/validation/schema.validator.ts';
import { arbitraryOf } from './schema-arbitrary.ts';

const doc = openApiDocument('test') as { components: { schemas: Record<string, unknown> } };

/**
 * Stored entities of `noun` as the API answers them: drawn from the stored schema (every optional field
 * present or absent), through JSON as a reply arrives, and kept only when that schema's validator agrees
 * (on a copy: the validator fills in defaults, which would hide an entity stored without them).
 */
export function storedArbitrary<T>(noun: string): fc.Arbitrary<T> {
  const isStored = validatorFor(`${noun}.stored.json`);
  return arbitraryOf(doc.components.schemas[`${noun}.stored`], doc)
    .map((x): unknown => JSON.parse(JSON.stringify(x)))
    .filter((x): x is T => isStored(structuredClone(x)));
}

/** `x` without `keys` (the server-set fields a form never sends). */
export const omitKeys = (x: object, keys: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(Object.entries(x).filter(([key]) => !keys.includes(key)));

/** The server-set fields of a stored entity. */
export const serverSet = ['id', 'createdAt', 'updatedAt', 'owner'] as const;

/** Every top-level key the drawn values carried, so a test can show the generator reaches each field. */
export function keysSeen<T extends object>(arb: fc.Arbitrary<T>, numRuns = 300): Set<string> {
  const seen = new Set<string>();
  fc.assert(
    fc.property(arb, (x) => {
      for (const key of Object.keys(x)) seen.add(key);
    }),
    { numRuns },
  );
  return seen;
}
