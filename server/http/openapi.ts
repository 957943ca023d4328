import { derivedDocuments, schemaDocuments, validatorFor } from '../validation/schema.validator.ts';
import type { Schema } from './contract.ts';
import type { Method, RouteRecord } from './route.table.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const componentName = (file: string) => file.replace(/\.json$/, '');

/** A schemas/ ref (`gate.json#/$defs/x`, or `#/$defs/x` inside `file`) as a ref to its embedded component. */
const componentRef = (ref: string, file = '') => {
  const [target = '', pointer = ''] = ref.split('#');
  return `#/components/schemas/${componentName(target || file)}${pointer}`;
};

// Embeds a schema (a file of schemas/, or one written inline in a contract) with every $ref pointing at
// the embedded copy of its target.
function embed(node: Json, file = ''): Json {
  if (Array.isArray(node)) return node.map((n) => embed(n, file));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$id' || key === '$schema') continue;
    out[key] = key === '$ref' && typeof value === 'string' ? componentRef(value, file) : embed(value, file);
  }
  return out;
}

const schemaOf = (schema: Schema): Json =>
  typeof schema === 'string' ? { $ref: componentRef(schema) } : embed(schema as Json);

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

const operationId = (method: Method, path: string) =>
  method +
  path
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w && w !== 'api' && w !== 'v1')
    .map(capital)
    .join('');

const whoMay = (route: RouteRecord) =>
  'public' in route.rule
    ? 'Public.'
    : 'deviceOrSignedIn' in route.rule
      ? "Any signed-in user, or a device (for its own screen's media and screenshots)."
      : 'alertSource' in route.rule
        ? 'Only an alert source, with its own token (Authorization: Bearer gcs_…).'
        : 'dataSource' in route.rule
          ? 'Only a data source, with its own token (Authorization: Bearer gcv_…).'
          : 'Any signed-in user; the roles and scope it needs are checked on the entities it names.';

/** Query parameters: the properties of the object schemas the query is validated with. */
function queryParameters(schemas: readonly Schema[]) {
  return schemas.flatMap((ref) => {
    const schema = validatorFor(ref).schema as { properties?: Record<string, Json>; required?: string[] };
    return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
      name,
      in: 'query',
      ...(schema.required?.includes(name) ? { required: true } : {}),
      schema: typeof ref === 'string' ? { $ref: `${componentRef(ref)}/properties/${name}` } : embed(property),
    }));
  });
}

const pathParameterSchema: Record<string, string> = {
  id: 'common.json#/$defs/id',
  tokenId: 'common.json#/$defs/id',
  sha256: 'common.json#/$defs/sha256',
};

/** The operation object of one route, from its declaration alone. */
function operation(route: RouteRecord, path: string): JsonObject {
  const { contract } = route;
  const parameters = [
    ...[...path.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map(([, name = '']) => ({
      name,
      in: 'path',
      required: true,
      schema: schemaOf(contract.params?.[name] ?? pathParameterSchema[name] ?? { type: 'string' }),
    })),
    ...queryParameters([
      ...(contract.query ?? []),
      ...(contract.serviceQuery ? [contract.serviceQuery] : []),
    ]),
  ];
  const body = contract.body;
  const requestBody =
    body === undefined
      ? undefined
      : {
          required: contract.bodyOptional !== true,
          content:
            typeof body === 'string'
              ? { 'application/json': { schema: schemaOf(body) } }
              : Object.fromEntries(
                  body.raw.map((type) => [
                    type,
                    {
                      schema: {
                        type: 'string',
                        contentMediaType: type.includes('*') ? 'application/octet-stream' : type,
                      },
                    },
                  ]),
                ),
        };
  const responses = Object.fromEntries(
    Object.entries(route.responses).map(([status, reply]) => [
      status,
      {
        description: reply.description,
        ...(reply.content
          ? {
              content: Object.fromEntries(
                Object.entries(reply.content).map(([type, schema]) => [type, { schema: schemaOf(schema) }]),
              ),
            }
          : {}),
      },
    ]),
  );
  return {
    tags: [path.split('/')[3] ?? (path.split('/')[1] || 'console')],
    summary: contract.summary,
    operationId: operationId(route.method, path),
    description: whoMay(route),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...('public' in route.rule ? { security: [] } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of the REST API: the schemas of schemas/ and each route's declared contract. */
export function openApiDocument(version: string, routes: readonly RouteRecord[] = []): object {
  const schemas = Object.fromEntries(
    Object.entries({ ...schemaDocuments, ...derivedDocuments }).map(([file, doc]) => [
      componentName(file),
      embed(doc as Json, file),
    ]),
  );
  const paths: Record<string, JsonObject> = {};
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const item = (paths[path] ??= {});
    item[route.method] ??= operation(route, path);
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Gatecast controller API', version },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
