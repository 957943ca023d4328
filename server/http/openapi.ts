import { schemaDocuments } from '../validation/schema.validator.ts';
import type { RouteRecord } from './route.table.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };
type Method = RouteRecord['method'];

const componentName = (file: string) => file.replace(/\.json$/, '');

// Embeds each schema file as a component and points every $ref at the embedded copy.
function rewriteRefs(node: Json, file: string): Json {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, file));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
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
const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });
const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: { error: ref('common/$defs/apiError') },
};
const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: errorSchema } },
});
const json = (schema: object, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});
const text = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: { type: 'string' } } },
});
const binary = (description: string) => ({
  description,
  content: { '*/*': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } },
});
/** A page of a list: every list answers `items` and `total`; paged ones also `limit` and `offset`. */
const list = (item: object, paged = true) => ({
  type: 'object',
  required: paged ? ['items', 'total', 'limit', 'offset'] : ['items', 'total'],
  properties: {
    items: { type: 'array', items: item },
    total: { type: 'integer', minimum: 0 },
    ...(paged ? { limit: { type: 'integer', minimum: 0 }, offset: { type: 'integer', minimum: 0 } } : {}),
  },
});

/** Content resources with the common routes: plural in the URL, input schema, stored schema. */
const resources = [
  ['gates', 'gate'],
  ['screens', 'screen'],
  ['messages', 'message'],
  ['playlists', 'playlist'],
  ['schedules', 'schedule'],
  ['assets', 'asset'],
] as const;
const stored = (input: string) => ref(`${input}.stored`);

/**
 * An input schema as the server stores and answers it (`Stored<T>` in server/domain/entities.ts): its
 * properties plus the server-set ones of common.json#/$defs/meta (and of `extra`), id now required, and
 * `omit` (write-only fields) left out. Input schemas refuse unknown fields, so this cannot be an allOf.
 */
function storedSchema(schemas: Record<string, Json>, input: string, extra?: string, omit: string[] = []) {
  const pick = (path: string) =>
    path.split('/').reduce<Json>((node, key) => (node as JsonObject)[key] ?? null, schemas) as JsonObject;
  const parts = [pick(input), pick('common/$defs/meta'), ...(extra ? [pick(extra)] : [])];
  const properties: JsonObject = {};
  const required = new Set<string>();
  for (const part of parts) {
    Object.assign(properties, part.properties as JsonObject);
    for (const name of (part.required as string[] | undefined) ?? []) required.add(name);
  }
  for (const name of omit) required.delete(name);
  const { title, description } = parts[0] as { title?: string; description?: string };
  return {
    title: `${title ?? input} (stored)`,
    ...(description ? { description } : {}),
    type: 'object',
    additionalProperties: false,
    required: [...required],
    properties: Object.fromEntries(Object.entries(properties).filter(([name]) => !omit.includes(name))),
  };
}

/** Query parameters from the properties of the schema the server validates the query with. */
function queryFrom(component: string, only?: string[]) {
  const [file = '', ...rest] = component.split('/');
  let schema = schemaDocuments[`${file}.json`] as Record<string, unknown>;
  for (const key of rest) schema = schema[key] as Record<string, unknown>;
  const required = (schema.required as string[] | undefined) ?? [];
  return Object.keys(schema.properties as object)
    .filter((name) => !only || only.includes(name))
    .map((name) => ({
      name,
      in: 'query',
      ...(required.includes(name) ? { required: true } : {}),
      schema: ref(`${component}/properties/${name}`),
    }));
}
const query = (name: string, schema: object, required = false) => ({
  name,
  in: 'query',
  ...(required ? { required: true } : {}),
  schema,
});
const pageQuery = () => queryFrom('common/$defs/pageQuery');
const limitQuery = () => queryFrom('common/$defs/pageQuery', ['limit']);
const period = (required: boolean) => [
  query('from', ref('common/$defs/localDate'), required),
  query('until', ref('common/$defs/localDate'), required),
];

/** Query parameters, by "method path" (path in OpenAPI form). */
const queries: Record<string, object[]> = {
  'get /api/v1/emergencies': limitQuery(),
  'get /api/v1/blackouts': limitQuery(),
  'get /api/v1/approvals': [...queryFrom('approval/$defs/filter'), ...pageQuery()],
  'get /api/v1/audit': [...period(false), query('action', { type: 'string' }), ...pageQuery()],
  'get /api/v1/audit/export.csv': [...period(false), query('action', { type: 'string' })],
  ...Object.fromEntries(
    ['plays', 'plays.csv', 'availability', 'availability.csv'].map((r) => [
      `get /api/v1/reports/${r}`,
      [...period(true), query('gateId', ref('common/$defs/id'))],
    ]),
  ),
  'get /api/v1/screens/{id}/commands': limitQuery(),
  'get /api/v1/screens/{id}/heartbeats': queryFrom('report/$defs/historyQuery'),
  'get /api/v1/screens/{id}/plays': queryFrom('report/$defs/playQuery'),
  'get /api/v1/screens/{id}/screenshot/latest': [
    query('format', { type: 'string', enum: ['png'], description: 'png: the image itself' }),
  ],
  'post /api/v1/screens/{id}/screenshots': [query('command', ref('common/$defs/id'), true)],
};

/** JSON request bodies of routes outside the resource pattern, by "method path". */
const bodies: Record<string, string> = {
  'post /api/v1/auth/login': 'user/$defs/login',
  'post /api/v1/auth/password': 'user/$defs/passwordChange',
  'post /api/v1/auth/totp': 'user/$defs/totpStart',
  'post /api/v1/auth/totp/confirm': 'user/$defs/totpConfirm',
  'post /api/v1/auth/totp/disable': 'user/$defs/totpConfirm',
  'post /api/v1/users': 'user',
  'put /api/v1/users/{id}': 'user',
  'post /api/v1/tokens': 'user/$defs/apiTokenInput',
  'post /api/v1/webhooks': 'webhook',
  'post /api/v1/emergencies': 'override/$defs/emergencyInput',
  'post /api/v1/blackouts': 'override/$defs/blackoutInput',
  'post /api/v1/screens/{id}/pair': 'pairing',
  'post /api/v1/screens/{id}/tokens': 'device-token',
  'post /api/v1/screens/{id}/enrolments': 'enrolment',
  'post /api/v1/screens/{id}/commands': 'report/$defs/commandInput',
  ...Object.fromEntries(
    ['messages', 'playlists', 'schedules'].flatMap((p) => [
      [`post /api/v1/${p}/{id}/submit`, 'approval'],
      [`post /api/v1/${p}/{id}/approve`, 'approval'],
      [`post /api/v1/${p}/{id}/reject`, 'approval/$defs/rejection'],
    ]),
  ),
};

/** Bodies of a successful reply, by "method path". */
const replies: Record<string, object> = {
  'get /api/openapi.json': { type: 'object' },
  'get /healthz': { type: 'object' },
  'post /api/v1/auth/login': ref('user/$defs/me'),
  'get /api/v1/auth/me': ref('user/$defs/me'),
  'post /api/v1/auth/totp': ref('user/$defs/totpSetup'),
  'get /api/v1/users': list(ref('user.stored')),
  'get /api/v1/users/{id}': ref('user.stored'),
  'post /api/v1/users': ref('user.stored'),
  'put /api/v1/users/{id}': ref('user.stored'),
  'get /api/v1/webhooks': list(ref('webhook/$defs/webhook')),
  'post /api/v1/webhooks': ref('webhook/$defs/webhook'),
  'get /api/v1/webhooks/{id}/deliveries': list(ref('webhook/$defs/delivery')),
  'get /api/v1/fleet': {
    type: 'object',
    required: ['items', 'total', 'counts'],
    properties: {
      items: { type: 'array', items: ref('webhook/$defs/fleetScreen') },
      total: { type: 'integer', minimum: 0 },
      counts: {
        description: 'How many screens in scope are in each connectivity state.',
        type: 'object',
        propertyNames: ref('webhook/$defs/connectivity'),
        additionalProperties: { type: 'integer', minimum: 0 },
      },
    },
  },
  'get /api/v1/approvals': list(ref('approval/$defs/summary')),
  'get /api/v1/emergencies': list(ref('override/$defs/emergency')),
  'get /api/v1/emergencies/{id}': ref('override/$defs/emergency'),
  'post /api/v1/emergencies': ref('override/$defs/emergency'),
  'post /api/v1/emergencies/{id}/approve': ref('override/$defs/emergency'),
  'post /api/v1/emergencies/{id}/clear': ref('override/$defs/emergency'),
  'get /api/v1/blackouts': list(ref('override/$defs/blackout')),
  'get /api/v1/blackouts/{id}': ref('override/$defs/blackout'),
  'post /api/v1/blackouts': ref('override/$defs/blackout'),
  'post /api/v1/blackouts/{id}/lift': ref('override/$defs/blackout'),
  'get /api/v1/reports/plays': list(ref('report/$defs/playReportRow'), false),
  'get /api/v1/reports/availability': list(ref('report/$defs/availabilityRow'), false),
  'post /api/v1/screens/{id}/pair': ref('pairing/$defs/paired'),
  'get /api/v1/screens/{id}/tokens': list(ref('device-token/$defs/token')),
  'post /api/v1/screens/{id}/tokens': ref('device-token/$defs/created'),
  'post /api/v1/screens/{id}/enrolments': ref('enrolment/$defs/created'),
  'get /api/v1/screens/{id}/status': ref('device-token/$defs/screenStatus'),
  'get /api/v1/screens/{id}/manifest': nullable(ref('manifest')),
  'get /api/v1/screens/{id}/heartbeat': nullable(ref('report/$defs/screenHeartbeat')),
  'get /api/v1/screens/{id}/heartbeats': list(ref('report/$defs/heartbeatMinute')),
  'get /api/v1/screens/{id}/plays': list(ref('report/$defs/play')),
  'get /api/v1/screens/{id}/commands': list(ref('report/$defs/command')),
  'post /api/v1/screens/{id}/commands': ref('report/$defs/command'),
  'post /api/v1/screens/{id}/screenshots': ref('report/$defs/screenshot'),
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

/** Successful replies that are not JSON (or not only), by "method path". */
const otherReplies: Record<string, Record<string, object>> = {
  'get /': { '302': { description: 'To the console' } },
  'get /metrics': { '200': text('text/plain', 'Prometheus text format') },
  'get /api/v1/audit/export.csv': { '200': text('text/csv', 'The audit log as CSV (UTF-8 with BOM)') },
  'get /api/v1/reports/plays.csv': { '200': text('text/csv', 'Proof of play as CSV') },
  'get /api/v1/reports/availability.csv': { '200': text('text/csv', 'Availability as CSV') },
  'get /api/v1/screens/{id}/screenshot/latest': {
    '200': {
      description: 'The newest screenshot (null before the first); with ?format=png, its bytes',
      content: {
        'application/json': { schema: nullable(ref('report/$defs/screenshot')) },
        'image/png': { schema: { type: 'string', contentMediaType: 'image/png' } },
      },
    },
  },
  // Blobs are sent with Range, If-Range and ETag (If-None-Match) support.
  ...Object.fromEntries(
    ['/media/{sha256}', '/api/v1/assets/{id}/thumbnail'].map((path) => [
      `get ${path}`,
      {
        '200': binary('The bytes'),
        '206': binary('The requested byte range'),
        '304': { description: 'Not modified (If-None-Match)' },
        '416': errorResponse('The requested byte range lies outside the file'),
      },
    ]),
  ),
};

/** Where the success status is not 201 for a POST to a collection, 204 for DELETE, 200 otherwise. */
const successStatus: Record<string, string> = {
  'post /api/v1/auth/logout': '204',
  'post /api/v1/auth/totp/confirm': '204',
  'post /api/v1/auth/totp/disable': '204',
  'post /api/v1/auth/password': '204',
  'post /api/v1/screens/{id}/tokens': '201',
  'post /api/v1/screens/{id}/commands': '201',
  'post /api/v1/screens/{id}/enrolments': '201',
  'post /api/v1/screens/{id}/screenshots': '201',
};

/** Routes that count guesses (passwords, second-factor and pairing codes) and pause the caller: 429. */
const guessLimited = new Set([
  'post /api/v1/auth/login',
  'post /api/v1/auth/password',
  'post /api/v1/auth/totp',
  'post /api/v1/auth/totp/confirm',
  'post /api/v1/auth/totp/disable',
  'post /api/v1/screens/{id}/pair',
]);

const isWrite = (method: Method) => method !== 'get';

function successOf(method: Method, path: string): string {
  const explicit = successStatus[`${method} ${path}`];
  if (explicit) return explicit;
  if (method === 'delete') return '204';
  if (method === 'post' && /^\/api\/v1\/[a-z-]+$/.test(path)) return '201';
  return '200';
}

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const actions = new Set(['approve', 'reject', 'submit', 'clear', 'lift', 'pair']);

function summaryOf(method: Method, path: string): string {
  const words = path.split('/').filter((w) => w && w !== 'api' && w !== 'v1');
  const last = words.at(-1) ?? '';
  const nouns = words.filter((w) => !w.startsWith('{'));
  const subject = nouns.join(' ') || 'home';
  const one = last.startsWith('{') ? 'one of ' : '';
  switch (method) {
    case 'get':
      return `Read ${one}${subject}`;
    case 'put':
      return `Replace one of ${subject}`;
    case 'delete':
      return `Delete ${one}${subject}`;
    case 'post':
      if (actions.has(last)) return `${capital(last)} one of ${nouns.slice(0, -1).join(' ')}`;
      if (words.length === 1 || path.includes('}')) return `Create in ${subject}`;
      return `${capital(nouns[0] ?? '')}: ${nouns.slice(1).join(' ')}`;
  }
}

const operationId = (method: Method, path: string) =>
  method +
  path
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w && w !== 'api' && w !== 'v1')
    .map(capital)
    .join('');

/**
 * The statuses an operation can answer besides its success, by rule (these are what the fuzz test in
 * test/security/openapi.fuzz.test.ts holds the server to):
 * - every route: 401 (a credential presented that is not valid is refused, even on public routes);
 * - every signed-in route: 401, 403 (roles and scope are checked by the services);
 * - every write: 403 (a write made with a session needs its CSRF token);
 * - every write under /api/v1 reads a JSON body if one is sent: 400, 413 (over 1 MB), 415 (charset or
 *   encoding not supported); writes that change state: 409 (in use, already exists, wrong approval state);
 * - input (parameters or a body): 400; a path id: 404, as does naming an entity the caller cannot see;
 * - routes that count guesses: 429; uploads: 413, 415, 422.
 */
function statusesOf(method: Method, path: string, signedIn: boolean, hasInput: boolean) {
  const key = `${method} ${path}`;
  const api = path.startsWith('/api/v1/');
  const out: Record<string, object> = {};
  if (hasInput || (api && isWrite(method)))
    out['400'] = errorResponse('Invalid input (the message and path name the field)');
  out['401'] = errorResponse(
    signedIn ? 'No valid credential' : 'A credential was presented and is not valid',
  );
  if (signedIn || isWrite(method))
    out['403'] = errorResponse(
      signedIn ? 'Not allowed for this role or scope' : 'A write with a session lacks its CSRF token',
    );
  if (path.includes('{') || (api && isWrite(method) && hasInput && !path.startsWith('/api/v1/auth/')))
    out['404'] = errorResponse('No such entity (or not in the caller’s scope)');
  if (api && isWrite(method) && !['post /api/v1/auth/login', 'post /api/v1/auth/logout'].includes(key))
    out['409'] = errorResponse('Conflicts with the current state (in use, already exists, already done)');
  if (api && isWrite(method)) {
    out['413'] = errorResponse('The body is too large');
    out['415'] = errorResponse('The body’s type, charset or encoding is not supported');
  }
  if (key === 'post /api/v1/assets')
    out['422'] = errorResponse('The image is larger than the decoded-pixel limit');
  if (guessLimited.has(key)) out['429'] = errorResponse('Too many attempts: wait and try again');
  return out;
}

/** The full operation object of one route. */
function operation(route: RouteRecord, path: string, method: Method, extra: Record<string, unknown>) {
  const key = `${method} ${path}`;
  const rule = route.rule;
  const isPublic = 'public' in rule;
  // Rules that still name a permission say so (services check roles and scope either way).
  const permission = (rule as { permission?: unknown }).permission;
  const who = isPublic
    ? 'Public.'
    : typeof permission === 'string'
      ? `Needs the permission \`${permission}\`.`
      : 'deviceOrSignedIn' in rule
        ? "Any signed-in user, or a device (for its own screen's media and screenshots)."
        : 'Any signed-in user; the roles and scope it needs are checked on the entities it names.';
  const parameters = [
    ...[...path.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: name === 'sha256' ? ref('common/$defs/sha256') : { type: 'string' },
    })),
    ...((extra.query as object[] | undefined) ?? queries[key] ?? []),
  ];
  const body = (extra.requestBody as object | undefined) ?? bodyOf(key);
  const success = successOf(method, path);
  const reply = (extra.reply as object | undefined) ?? replies[key];
  return {
    tags: [path.split('/')[3] ?? (path.split('/')[1] || 'console')],
    summary: summaryOf(method, path),
    operationId: operationId(method, path),
    description: who,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(isPublic ? { security: [] } : {}),
    ...(body ? { requestBody: body } : {}),
    responses: {
      ...(otherReplies[key] ??
        (success === '204'
          ? { '204': { description: 'Done' } }
          : {
              [success]: reply ? json(reply, success === '201' ? 'Created' : 'OK') : { description: 'OK' },
            })),
      ...statusesOf(method, path, !isPublic, parameters.length > 0 || body !== undefined),
    },
  };
}

function bodyOf(key: string) {
  const [method = '', path = ''] = key.split(' ');
  const resource = resources.find(
    ([plural]) => path === `/api/v1/${plural}` || path === `/api/v1/${plural}/{id}`,
  );
  const schema =
    bodies[key] ??
    (resource && (method === 'put' || (method === 'post' && !path.includes('}'))) ? resource[1] : undefined);
  if (key === 'post /api/v1/assets') {
    return {
      required: true,
      content: {
        'application/octet-stream': {
          schema: { type: 'string', contentMediaType: 'application/octet-stream' },
        },
      },
    };
  }
  return schema ? { required: true, content: { 'application/json': { schema: ref(schema) } } } : undefined;
}

/** Replies of the common resource routes (GET /, GET /:id, POST /, PUT /:id; DELETE answers 204). */
function resourceReply(method: Method, path: string): object | undefined {
  const resource = resources.find(([plural]) => path.startsWith(`/api/v1/${plural}`));
  if (!resource) return undefined;
  const [plural, schema] = resource;
  if (path === `/api/v1/${plural}`) return method === 'get' ? list(stored(schema)) : stored(schema);
  if (path === `/api/v1/${plural}/{id}` && method !== 'delete') return stored(schema);
  return undefined;
}

/** The OpenAPI 3.1 document of the REST API, generated from schemas/ and the route table. */
export function openApiDocument(version: string, routes: readonly RouteRecord[] = []): object {
  const schemas: Record<string, Json> = Object.fromEntries(
    Object.entries(schemaDocuments).map(([file, doc]) => [
      componentName(file),
      rewriteRefs(doc as Json, file),
    ]),
  );
  for (const [, input] of resources)
    schemas[`${input}.stored`] = storedSchema(
      schemas,
      input,
      input === 'asset' ? 'asset/$defs/file' : undefined,
    );
  schemas['user.stored'] = storedSchema(schemas, 'user', undefined, ['password']);

  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const item = (paths[path] ??= {});
    if (item[route.method]) continue;
    const extra: Record<string, unknown> = {};
    const reply = resourceReply(route.method, path);
    if (reply) extra.reply = reply;
    if (path === '/api/v1/assets' && route.method === 'post') {
      extra.query = queryFrom('asset/$defs/uploadQuery');
    } else if (resources.some(([plural]) => path === `/api/v1/${plural}`) && route.method === 'get') {
      extra.query = pageQuery();
    }
    item[route.method] = operation(route, path, route.method, extra);
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
