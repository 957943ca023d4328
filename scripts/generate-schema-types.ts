// Derives schemas/types.ts from the JSON Schemas in schemas/, so no wire type is ever copied by hand.
// `npm run schemas:types` writes it; test/unit/schema-types.test.ts fails when the committed file drifts.
import { writeFile } from 'node:fs/promises';
import { renderSchemaTypes } from '../schemas/render-types.ts';

const out = new URL('../schemas/types.ts', import.meta.url);
await writeFile(out, await renderSchemaTypes());
console.log(`wrote ${out.pathname}`);
