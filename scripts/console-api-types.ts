// The console's REST types are derived from the controller's own OpenAPI document (GET /api/openapi.json),
// which the server generates from its route table and schemas/: no hand-written copy of the contract.
// `npm run console:api-types` writes console/src/api.contract.ts; test/integration/console-api-types.test.ts
// fails when the committed file drifts from what the server documents.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { startApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';

/** Where the generated `paths` and `components` types are committed. */
export const contractFile = new URL('../console/src/api.contract.ts', import.meta.url);

/**
 * The OpenAPI document exactly as the controller serves it: a controller on 127.0.0.1:0 over a throwaway
 * SQLite database (nothing else to start, nothing from the network), asked once, then stopped.
 */
export async function servedOpenApiDocument(): Promise<OpenAPI3> {
  const dataDir = await mkdtemp(join(tmpdir(), 'gatecast-openapi-'));
  const token = randomBytes(24).toString('hex');
  try {
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      SEED_DEMO: '0',
      ADMIN_TOKEN: token,
    });
    const app = await startApp(config, { jobs: false });
    try {
      const res = await fetch(`${app.url}/api/openapi.json`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (!res.ok) throw new Error(`GET /api/openapi.json answered ${res.status}`);
      return (await res.json()) as OpenAPI3;
    } finally {
      await app.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
const isObject = (node: Json | undefined): node is JsonObject =>
  typeof node === 'object' && node !== null && !Array.isArray(node);

/**
 * The document with each component's `$defs` hoisted to components of their own (`user/$defs/me` becomes
 * `user.me`) and every $ref following. openapi-typescript 7 types `$defs` as a required property of the
 * schema that holds it (openapi-ts/openapi-typescript#2664), so a request body typed by `pairing` would
 * have to carry one. The served document is not changed; only what the types are generated from.
 */
export function hoistDefs(document: OpenAPI3): OpenAPI3 {
  const copy = structuredClone(document) as unknown as JsonObject;
  const components = copy.components;
  const schemas = isObject(components) ? components.schemas : undefined;
  if (!isObject(schemas)) return document;
  const queue = Object.keys(schemas);
  while (queue.length > 0) {
    const name = queue.shift() ?? '';
    const schema: Json | undefined = schemas[name];
    const defs: Json | undefined = isObject(schema) ? schema.$defs : undefined;
    if (!isObject(schema) || !isObject(defs)) continue;
    for (const [def, sub] of Object.entries(defs)) {
      const hoisted: string = `${name}.${def}`;
      if (hoisted in schemas) throw new Error(`cannot hoist ${name}/$defs/${def}: ${hoisted} exists`);
      schemas[hoisted] = sub;
      queue.push(hoisted);
    }
    delete schema.$defs;
  }
  const prefix = '#/components/schemas/';
  const retarget = (ref: string): string => {
    if (!ref.startsWith(prefix)) return ref;
    const [first = '', ...rest] = ref.slice(prefix.length).split('/');
    let name = first;
    while (rest[0] === '$defs' && rest[1] !== undefined) {
      name = `${name}.${rest[1]}`;
      rest.splice(0, 2);
    }
    return prefix + [name, ...rest].join('/');
  };
  const walk = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isObject(node)) return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        key === '$ref' && typeof value === 'string' ? retarget(value) : walk(value),
      ]),
    );
  };
  return walk(copy) as unknown as OpenAPI3;
}

/** The schema a local $ref points at (`#/components/schemas/…`, JSON pointer escapes undone). */
function resolveRef(root: JsonObject, ref: string): Json | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: Json | undefined = root;
  for (const part of ref.slice(2).split('/')) {
    const key = part.replaceAll('~1', '/').replaceAll('~0', '~');
    node = isObject(node) ? node[key] : undefined;
  }
  return node;
}

// Keywords that may stand beside a $ref and be merged into its target; annotations are kept as they are.
const annotations = new Set(['title', 'description', 'default', 'examples', 'deprecated']);
const mergeable = new Set([
  'properties',
  'required',
  'type',
  'unevaluatedProperties',
  'additionalProperties',
]);

/**
 * The document with each `$ref` that has assertions beside it (`{ $ref: page, properties: { items: … } }`,
 * `{ $ref: apiToken, required: [token] }`) replaced by its target with those merged in: the sibling's
 * properties over the target's, `required` joined. JSON Schema 2020-12 applies both, and for these the
 * sibling narrows the target; openapi-typescript 7 ignores $ref siblings, which would type every list's
 * items as unknown. Any other sibling keyword stops the generation rather than be dropped silently.
 */
export function mergeRefSiblings(document: OpenAPI3): OpenAPI3 {
  const copy = structuredClone(document) as unknown as JsonObject;
  const merge = (node: JsonObject, ref: string, where: string): JsonObject => {
    const target = resolveRef(copy, ref);
    if (!isObject(target) || 'allOf' in target || 'oneOf' in target || 'anyOf' in target)
      throw new Error(`${where}: cannot merge beside ${ref}, which is not a plain object schema`);
    const out: JsonObject = { ...(visit(target, ref) as JsonObject) };
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref') continue;
      if (annotations.has(key)) out[key] = value;
      else if (!mergeable.has(key)) throw new Error(`${where}: no rule to merge "${key}" beside ${ref}`);
      else if (key === 'type' && out.type !== undefined && out.type !== value)
        throw new Error(`${where}: type ${JSON.stringify(value)} beside ${ref} of another type`);
      else if (key === 'properties' && isObject(value))
        out.properties = { ...(isObject(out.properties) ? out.properties : {}), ...value };
      else if (key === 'required' && Array.isArray(value))
        out.required = [...new Set([...(Array.isArray(out.required) ? out.required : []), ...value])];
      else out[key] = value;
    }
    return out;
  };
  const visit = (node: Json, where: string): Json => {
    if (Array.isArray(node)) return node.map((n, i) => visit(n, `${where}/${i}`));
    if (!isObject(node)) return node;
    const ref = node.$ref;
    const keys = Object.keys(node);
    if (typeof ref === 'string' && keys.some((k) => k !== '$ref' && !annotations.has(k)))
      return merge(node, ref, where);
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, visit(v, `${where}/${k}`)]));
  };
  return visit(copy, '#') as unknown as OpenAPI3;
}

/**
 * The document with a `mapping` on each discriminator that has none, from the `const` each member gives the
 * property. Without one, OpenAPI (and openapi-typescript) take the member's schema name as the value
 * (`type: "messageItem"`) where our schemas mean their const (`type: "message"`).
 */
export function mapDiscriminators(document: OpenAPI3): OpenAPI3 {
  const copy = structuredClone(document) as unknown as JsonObject;
  const schemas = isObject(copy.components) ? copy.components.schemas : undefined;
  const resolve = (ref: string) =>
    isObject(schemas) ? schemas[ref.replace('#/components/schemas/', '')] : undefined;
  const visit = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(visit);
    if (!isObject(node)) return;
    const { discriminator, oneOf } = node;
    if (isObject(discriminator) && !discriminator.mapping && Array.isArray(oneOf)) {
      const property = typeof discriminator.propertyName === 'string' ? discriminator.propertyName : '';
      const mapping: JsonObject = {};
      for (const member of oneOf) {
        const ref = isObject(member) && typeof member.$ref === 'string' ? member.$ref : '';
        const target = resolve(ref);
        const value =
          isObject(target) && isObject(target.properties) && isObject(target.properties[property])
            ? target.properties[property].const
            : undefined;
        if (typeof value !== 'string') throw new Error(`${ref || 'a oneOf member'} has no const ${property}`);
        mapping[value] = ref;
      }
      discriminator.mapping = mapping;
    }
    Object.values(node).forEach(visit);
  };
  visit(copy);
  return copy as unknown as OpenAPI3;
}

/** The TypeScript module (openapi-typescript's `paths` and `components`) of a document, Prettier-formatted. */
export async function renderConsoleApiTypes(document: OpenAPI3): Promise<string> {
  // defaultNonNullable off: a property with a default is still optional where `required` does not list it
  // (a body may leave it out), as in schemas/types.ts.
  const ast = await openapiTS(mapDiscriminators(mergeRefSiblings(hoistDefs(document))), {
    alphabetize: true,
    defaultNonNullable: false,
  });
  const banner =
    '/* Generated from GET /api/openapi.json by `npm run console:api-types`. Do not edit by hand. */\n';
  const options = await resolveConfig(contractFile);
  return format(banner + astToString(ast), { ...options, parser: 'typescript' });
}
