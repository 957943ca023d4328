import { schemaDocuments } from '../validation/schema.validator.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const componentName = (file: string) => file.replace(/\.json$/, '');

// Embeds each schema file as a component and points every $ref at the embedded copy.
function rewriteRefs(node: Json, file: string): Json {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, file));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$id' || key === '$schema') continue;
    if (key === '$ref' && typeof value === 'string') {
      const [target = '', pointer = ''] = value.split('#');
      out.$ref = `#/components/schemas/${componentName(target || file)}${pointer}`;
    } else {
      out[key] = rewriteRefs(value, file);
    }
  }
  return out;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string) => ({
  description,
  content: {
    'application/json': {
      schema: { type: 'object', required: ['error'], properties: { error: ref('common/$defs/apiError') } },
    },
  },
});
const json = (schema: object, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});
const stored = (input: string) => ({ allOf: [ref(input), ref('common/$defs/meta')] });
const page = (input: string) => ({
  type: 'object',
  required: ['items', 'total', 'limit', 'offset'],
  properties: {
    items: { type: 'array', items: stored(input) },
    total: { type: 'integer' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
  },
});

const resources = [
  ['gates', 'gate'],
  ['screens', 'screen'],
  ['messages', 'message'],
  ['playlists', 'playlist'],
  ['schedules', 'schedule'],
] as const;

function resourcePaths(plural: string, schema: string) {
  const idParam = { name: 'id', in: 'path', required: true, schema: ref('common/$defs/id') };
  const body = { required: true, content: { 'application/json': { schema: ref(schema) } } };
  const common = {
    '400': errorResponse('Invalid input (the message and path name the field)'),
    '401': errorResponse('No valid token'),
  };
  return {
    [`/api/v1/${plural}`]: {
      get: {
        tags: [plural],
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500 } },
          { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0 } },
        ],
        responses: { '200': json(page(schema)), ...common },
      },
      post: {
        tags: [plural],
        requestBody: body,
        responses: {
          '201': json(stored(schema), 'Created'),
          '409': errorResponse('Id already used'),
          ...common,
        },
      },
    },
    [`/api/v1/${plural}/{id}`]: {
      parameters: [idParam],
      get: {
        tags: [plural],
        responses: { '200': json(stored(schema)), '404': errorResponse('Not found'), ...common },
      },
      put: {
        tags: [plural],
        requestBody: body,
        responses: { '200': json(stored(schema)), '404': errorResponse('Not found'), ...common },
      },
      delete: {
        tags: [plural],
        responses: {
          '204': { description: 'Deleted' },
          '404': errorResponse('Not found'),
          '409': errorResponse('Still in use'),
          ...common,
        },
      },
    },
  };
}

/** The OpenAPI 3.1 document of the REST API, generated from schemas/ (built once at start). */
export function openApiDocument(version: string): object {
  const schemas = Object.fromEntries(
    Object.entries(schemaDocuments).map(([file, doc]) => [
      componentName(file),
      rewriteRefs(doc as Json, file),
    ]),
  );
  const paths: Record<string, unknown> = {
    '/healthz': { get: { security: [], responses: { '200': json({ type: 'object' }, 'Healthy') } } },
    '/api/v1/assets': {
      get: { tags: ['assets'], responses: { '200': json({ type: 'object' }) } },
      post: {
        tags: ['assets'],
        parameters: [
          { name: 'name', in: 'query', required: true, schema: ref('common/$defs/name') },
          { name: 'id', in: 'query', schema: ref('common/$defs/id') },
        ],
        requestBody: {
          required: true,
          content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
        },
        responses: {
          '201': json({ allOf: [stored('asset'), ref('asset/$defs/file')] }, 'Stored'),
          '415': errorResponse('Not a supported media type'),
        },
      },
    },
    '/api/v1/screens/{id}/tokens': {
      post: {
        tags: ['screens'],
        parameters: [{ name: 'id', in: 'path', required: true, schema: ref('common/$defs/id') }],
        requestBody: { content: { 'application/json': { schema: ref('device-token') } } },
        responses: { '201': json(ref('device-token/$defs/created'), 'Created; the token is shown only now') },
      },
    },
    '/api/v1/screens/{id}/status': {
      get: {
        tags: ['screens'],
        parameters: [{ name: 'id', in: 'path', required: true, schema: ref('common/$defs/id') }],
        responses: { '200': json(ref('device-token/$defs/screenStatus')) },
      },
    },
    '/media/{sha256}': {
      get: {
        tags: ['assets'],
        parameters: [{ name: 'sha256', in: 'path', required: true, schema: ref('common/$defs/sha256') }],
        responses: {
          '200': { description: 'The bytes (Range supported)' },
          '206': { description: 'Partial content' },
        },
      },
    },
  };
  for (const [plural, schema] of resources) Object.assign(paths, resourcePaths(plural, schema));
  return {
    openapi: '3.1.0',
    info: { title: 'Gatecast controller API', version },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    security: [{ bearer: [] }],
    components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
