import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  contractFile,
  renderConsoleApiTypes,
  servedOpenApiDocument,
} from '../../scripts/console-api-types.ts';

describe('console/src/api.contract.ts', () => {
  it('is exactly what the served OpenAPI document derives (run `npm run console:api-types` after changing a route or a schema)', async () => {
    const committed = await readFile(contractFile, 'utf8');
    expect(committed).toBe(await renderConsoleApiTypes(await servedOpenApiDocument()));
  });
});
