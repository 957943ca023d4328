import { schemaDocuments } from '../validation/schema.validator.ts';
import type { RouteRecord } from './route.table.ts';

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

/** Request bodies of routes outside the resource pattern, by "METHOD path". */
const bodies: Record<string, string> = {
  'post /api/v1/emergencies': 'override/$defs/emergencyInput',
  'post /api/v1/blackouts': 'override/$defs/blackoutInput',
  ...Object.fromEntries(
    ['messages', 'playlists', 'schedules'].map((p) => [
      `post /api/v1/${p}/{id}/reject`,
      'approval/$defs/rejection',
    ]),
  ),
};
const responses: Record<string, object> = {
  'get /api/v1/emergencies/{id}': ref('override/$defs/emergency'),
  'post /api/v1/emergencies': ref('override/$defs/emergency'),
  'post /api/v1/emergencies/{id}/approve': ref('override/$defs/emergency'),
  'post /api/v1/emergencies/{id}/clear': ref('override/$defs/emergency'),
  'get /api/v1/blackouts/{id}': ref('override/$defs/blackout'),
  'post /api/v1/blackouts': ref('override/$defs/blackout'),
  'post /api/v1/blackouts/{id}/lift': ref('override/$defs/blackout'),
  // Every approval route answers where the item stands now.
  ...Object.fromEntries(
    ['messages', 'playlists', 'schedules'].flatMap((p) =>
      ['get approval', 'post submit', 'post approve', 'post reject'].map((r) => {
        const [method = '', action = ''] = r.split(' ');
        return [`${method} /api/v1/${p}/{id}/${action}`, ref('approval/$defs/status')];
      }),
    ),
  ),
};

/**
 * Adds every route of the table that the hand-written part does not describe: its path parameters, who
 * may call it, and its body and reply where known. So the document never lacks a route the server has.
 */
function addRoutes(paths: Record<string, Record<string, unknown>>, routes: readonly RouteRecord[]): void {
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const key = `${route.method} ${path}`;
    const item = (paths[path] ??= {});
    if (item[route.method]) continue;
    const rule = route.rule;
    const who =
      'public' in rule
        ? 'Public.'
        : 'permission' in rule
          ? `Needs the permission \`${rule.permission}\`.`
          : 'Any signed-in user (or, for media, a device).';
    const parameters = [...path.matchAll(/\{([A-Za-z]+)\}/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const body = bodies[key];
    const reply = responses[key];
    item[route.method] = {
      tags: [path.split('/')[3] ?? path.split('/')[1] ?? ''],
      description: who,
      ...(parameters.length > 0 ? { parameters } : {}),
      ...('public' in rule ? { security: [] } : {}),
      ...(body
        ? { requestBody: { required: true, content: { 'application/json': { schema: ref(body) } } } }
        : {}),
      responses: {
        [route.method === 'post' && !path.includes('}/') ? '201' : '200']: reply
          ? json(reply)
          : { description: 'OK' },
        '400': errorResponse('Invalid input (the message and path name the field)'),
        '401': errorResponse('No valid credential'),
        '403': errorResponse('Not allowed for this role or scope'),
      },
    };
  }
}

/** The OpenAPI 3.1 document of the REST API, generated from schemas/ and the route table. */
export function openApiDocument(version: string, routes: readonly RouteRecord[] = []): object {
  const schemas = Object.fromEntries(
    Object.entries(schemaDocuments).map(([file, doc]) => [
      componentName(file),
      rewriteRefs(doc as Json, file),
    ]),
  );
  const paths: Record<string, Record<string, unknown>> = {
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
  addRoutes(paths, routes);
  return {
    openapi: '3.1.0',
    info: { title: 'Gatecast controller API', version },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    security: [{ bearer: [] }],
    components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
