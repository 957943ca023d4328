// Writes console/src/api.contract.ts from the OpenAPI document the controller serves
// (scripts/console-api-types.ts), or from a saved copy of it given as the argument.
import { readFile, writeFile } from 'node:fs/promises';
import type { OpenAPI3 } from 'openapi-typescript';
import { contractFile, renderConsoleApiTypes, servedOpenApiDocument } from './console-api-types.ts';

const [saved] = process.argv.slice(2);
const document = saved
  ? (JSON.parse(await readFile(saved, 'utf8')) as OpenAPI3)
  : await servedOpenApiDocument();
await writeFile(contractFile, await renderConsoleApiTypes(document));
console.log(`wrote ${contractFile.pathname}`);
