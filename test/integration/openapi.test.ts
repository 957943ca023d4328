import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capBytes, shiftSoSent } from '../support/cap.ts';
import { solidPng, uploadBytes } from '../support/media.ts';
import { operationsOf, responseChecker, type OpenApi, type OperationObject } from '../support/openapi.ts';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server.ts';

type OpenApiDoc = OpenApi;

function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refs(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

function resolve(doc: unknown, ref: string): unknown {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>(
      (node, key) =>
        (node as Record<string, unknown> | undefined)?.[key.replaceAll('~1', '/').replaceAll('~0', '~')],
      doc,
    );
}

describe('GET /api/openapi.json', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(async () => {
    await server.stop();
  });

  it('is an OpenAPI 3.1 document of every resource, built from schemas/, with no dangling $ref', async () => {
    expect((await fetch(`${server.url}/api/openapi.json`)).status).toBe(401);
    const res = await fetch(`${server.url}/api/openapi.json`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(res.status).toBe(200);
    const doc = (await res.json()) as OpenApiDoc;
    expect(doc.openapi).toBe('3.1.0');
    for (const noun of ['gates', 'screens', 'messages', 'playlists', 'schedules', 'assets']) {
      expect(Object.keys(doc.paths)).toContain(`/api/v1/${noun}`);
    }
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['gate', 'screen', 'manifest', 'schedule']),
    );
    // Every route the server has is in the document, with the method it answers.
    const missing = server.app.routes.routes
      .map((r) => ({ method: r.method, path: r.path.replace(/:([A-Za-z]+)/g, '{$1}') }))
      .filter((r) => r.path.startsWith('/api/v1') && !doc.paths[r.path]?.[r.method]);
    expect(missing).toEqual([]);
    expect(doc.paths['/api/v1/emergencies']?.post).toMatchObject({
      requestBody: {
        content: {
          'application/json': { schema: { $ref: '#/components/schemas/override/$defs/emergencyInput' } },
        },
      },
    });
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(50);
    for (const ref of all) expect(resolve(doc, ref), ref).toBeDefined();
    expect(resolve(doc, '#/components/schemas/gate/properties/timeZone')).toEqual({
      $ref: '#/components/schemas/common/$defs/timeZone',
    });
  });

  it('names every path parameter whole and gives every operation a summary and a unique operationId', async () => {
    const res = await fetch(`${server.url}/api/openapi.json`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    const doc = (await res.json()) as OpenApiDoc;
    // A parameter such as :sha256 once came out as {sha}256.
    expect(doc.paths['/media/{sha256}']?.get).toBeDefined();
    expect(Object.keys(doc.paths).filter((p) => /\}[^/]/.test(p))).toEqual([]);
    const operations = Object.values(doc.paths).flatMap((item) => Object.values(item)) as {
      summary?: string;
      operationId?: string;
    }[];
    expect(operations.filter((op) => !op.summary || !op.operationId)).toEqual([]);
    const ids = operations.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('a client generated from the document', () => {
  let server: TestServer;
  const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
  beforeAll(async () => {
    server = await startTestServer('sqlite', { seedDemo: true, env: { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } });
    const api = server.api;
    const made = await Promise.all([
      uploadBytes(server, 'smoke', await solidPng(64, 36, '#1a5276')),
      api.post('/api/v1/webhooks', {
        url: 'https://127.0.0.1/hook',
        secret: 'a webhook secret of 32 characters!',
        scope: { global: true },
        events: ['screen.offline'],
      }),
      api.post('/api/v1/tokens', { label: 'smoke', roles: ['viewer'], scope: { global: true } }),
    ]);
    for (const reply of made) expect(reply.status).toBe(201);
    const [screen] = (await api.get<{ items: { id: string }[] }>('/api/v1/screens')).body.items;
    const [gate] = (await api.get<{ items: { id: string; languages: string[] }[] }>('/api/v1/gates')).body
      .items;
    const sent = await Promise.all([
      api.post('/api/v1/emergencies', {
        variants: { vi: { title: 'Thử nghiệm' } },
        targets: { screens: [screen!.id] },
        ttlMinutes: 5,
      }),
      api.post('/api/v1/blackouts', { targets: { screens: [screen!.id] }, reason: 'smoke' }),
      api.post(`/api/v1/screens/${screen!.id}/tokens`, { label: 'smoke' }),
      api.post('/api/v1/alert-templates', {
        gateId: gate!.id,
        event: 'Flood',
        lang: gate!.languages[0],
        title: '{event}: {severity}',
      }),
      api.post('/api/v1/users', {
        username: 'smoke-user',
        displayName: 'Smoke',
        roles: ['viewer'],
        scope: { global: true },
        password: 'a long enough smoke password',
      }),
    ]);
    for (const reply of sent) expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    // A draft calendar of the first gate, so its calendar answers with one.
    const calendar = await api.put(`/api/v1/gates/${gate!.id}/calendar`, {
      weekly: { passengers: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '07:00', close: '22:00' }] },
      holidays: [
        { date: '2026-02-17', country: 'VN', key: 'tet', name: { vi: 'Tết Nguyên Đán' }, effect: 'closed' },
      ],
    });
    expect(calendar.status, JSON.stringify(calendar.body)).toBe(200);
    // An alert source, and a flood warning it sent a minute ago (it reaches the demo's Tịnh Biên).
    const source = await api.post<{ token: string }>('/api/v1/alert-sources', {
      name: 'smoke',
      kind: 'push',
      scope: { global: true },
      immediate: [{}],
    });
    expect(source.status).toBe(201);
    const pushed = await fetch(`${server.url}/api/v1/cap`, {
      method: 'POST',
      headers: { authorization: `Bearer ${source.body.token}`, 'content-type': 'application/cap+xml' },
      body: new Uint8Array(
        capBytes('flood-warning.xml', shiftSoSent('2026-09-14T06:30:00+07:00', Date.now())),
      ),
    });
    expect(pushed.status).toBe(201);
    // A data source and a waiting time it sent with its token.
    const data = await api.post<{ token: string }>('/api/v1/data-sources', {
      name: 'smoke',
      kind: 'push',
      scope: { global: true },
      maxAgeSeconds: 600,
    });
    expect(data.status).toBe(201);
    const values = await fetch(`${server.url}/api/v1/data/values`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${data.body.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ values: [{ path: 'queue.passengers.minutes', type: 'number', value: 25 }] }),
    });
    expect(values.status).toBe(200);
    // The first listed emergency's proof screenshot, sent by the player of a screen it reaches.
    const [first] = (await api.get<{ items: { id: string; screenIds: string[] }[] }>('/api/v1/emergencies'))
      .body.items;
    const device = await api.post<{ token: string }>(`/api/v1/screens/${first!.screenIds[0]}/tokens`, {});
    const proof = await fetch(
      `${server.url}/api/v1/screens/${first!.screenIds[0]}/emergency-proofs?emergency=${first!.id}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${device.body.token}`, 'content-type': 'image/png' },
        body: new Uint8Array(await solidPng(64, 36, '#d0021b')),
      },
    );
    expect(proof.status).toBe(201);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('calls every read operation as admin, with real ids, and each answer is what the document says', async () => {
    const res = await fetch(`${server.url}/api/openapi.json`, { headers: admin });
    const doc = (await res.json()) as OpenApi;
    const check = responseChecker(doc);
    const reads = operationsOf(doc).filter((o) => o.method === 'get');
    expect(reads.length).toBeGreaterThan(40);
    // Lists first: the ids of the operations that name one come from them, as a client's would.
    const ids: Record<string, string> = {};
    const ordered = [...reads].sort((a, b) => Number(a.path.includes('{')) - Number(b.path.includes('{')));
    const today = new Date().toISOString().slice(0, 10);
    const now = new Date().toISOString();
    const failures: string[] = [];
    /** A valid value for a query parameter, from its schema in the document (undefined: none known). */
    const example = (name: string, ref: unknown): string | undefined => {
      let schema = ref as { $ref?: string; format?: string; enum?: unknown[]; type?: string } & Record<
        string,
        unknown
      >;
      while (schema.$ref) schema = resolve(doc, schema.$ref) as typeof schema;
      if (name === 'gateId') return ids.gates;
      if (schema.format === 'date') return today;
      if (schema.format === 'date-time') return now;
      if (schema.enum) return String(schema.enum[0]);
      if (schema.type === 'integer') return String(Number(schema.default ?? schema.minimum ?? 1));
      if (schema.type === 'string' && !schema.pattern && !schema.format) return 'x';
      return undefined;
    };
    for (const { path, op } of ordered) {
      const parameters = op.parameters ?? [];
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
        const segments = path.split('/');
        const collection = name === 'sha256' ? 'media' : segments.at(segments.indexOf(`{${name}}`) - 1);
        return ids[collection ?? ''] ?? `no-${collection ?? name}`;
      });
      // Once with the required query parameters only, once with every documented one that has a value
      // (but format=png, which asks for the bytes of a screenshot this server has none of).
      const query = parameters.filter((p) => p.in === 'query');
      const required = query.filter((p) => p.required);
      const all = query.filter((p) => p.name !== 'format');
      const queries = [required, ...(all.length > required.length ? [all] : [])].map((chosen) =>
        new URLSearchParams(
          chosen.flatMap((p) => {
            const value = example(p.name, p.schema);
            return value === undefined ? [] : [[p.name, value]];
          }),
        ).toString(),
      );
      for (const q of queries) await call(path, op, q ? `${url}?${q}` : url);
    }
    expect(failures).toEqual([]);
    // Every operation that names an id got a real one.
    expect(Object.keys(ids)).toEqual(
      expect.arrayContaining([
        ...['gates', 'screens', 'messages', 'playlists', 'schedules', 'assets', 'media'],
        ...['emergencies', 'blackouts', 'users', 'webhooks'],
        ...['data-sources', 'data-values'],
      ]),
    );

    async function call(path: string, op: OperationObject, url: string) {
      const reply = await fetch(server.url + url, { headers: admin, redirect: 'manual' });
      const text = await reply.text();
      const type = reply.headers.get('content-type') ?? '';
      if (reply.status >= 300 && !(path === '/' && reply.status === 302))
        failures.push(`GET ${url}: ${reply.status} ${text.slice(0, 200)}`);
      for (const problem of check(op, reply.status, type, text)) failures.push(`GET ${url}: ${problem}`);
      // Remember the first id of every list (and the file of the first asset).
      if (/json/.test(type) && reply.status === 200) {
        const body = JSON.parse(text) as { items?: { id?: string; sha256?: string }[] } | null;
        const collection = path.split('/').at(-1) ?? '';
        const first = body?.items?.find((i) => i.id);
        if (first?.id && !path.includes('{')) ids[collection] ??= first.id;
        if (collection === 'assets' && first?.sha256) ids.media = first.sha256;
        // An emergency names the screens that sent its proof screenshot.
        const proof = (body as { proofs?: { screenId: string }[] } | null)?.proofs?.[0];
        if (proof && !('proofs' in ids)) ids.proofs = proof.screenId;
      }
    }
  });
});
