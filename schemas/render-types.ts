import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

const dir = fileURLToPath(new URL('.', import.meta.url));

/** Renders the TypeScript types of every schema in schemas/ as one module's source text. */
export async function renderSchemaTypes(): Promise<string> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const $defs: Record<string, JSONSchema> = {};
  for (const file of files) {
    const schema = JSON.parse(await readFile(`${dir}/${file}`, 'utf8')) as JSONSchema & { $defs?: object };
    // Pull each file's $defs up as their own roots so that every titled definition becomes a named type.
    for (const name of Object.keys(schema.$defs ?? {})) {
      $defs[`${file}#${name}`] = { $ref: `${file}#/$defs/${name}` };
    }
    if (schema.type) $defs[file] = { $ref: file };
  }
  const root: JSONSchema = {
    title: 'SchemaIndex',
    type: 'object',
    additionalProperties: false,
    properties: $defs,
  };
  const banner = '/* Generated from schemas/*.json by `npm run schemas:types`. Do not edit by hand. */';
  return compile(root, 'SchemaIndex', {
    cwd: dir,
    bannerComment: banner,
    additionalProperties: false,
    declareExternallyReferenced: true,
    strictIndexSignatures: true,
    format: true,
    ignoreMinAndMaxItems: true,
    style: { singleQuote: true, printWidth: 110, trailingComma: 'all' },
  });
}
