import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderSchemaTypes } from '../../schemas/render-types.ts';

describe('schemas/types.ts', () => {
  it('is exactly what the JSON Schemas derive (run `npm run schemas:types` after changing a schema)', async () => {
    const committed = await readFile(new URL('../../schemas/types.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await renderSchemaTypes());
  });
});
