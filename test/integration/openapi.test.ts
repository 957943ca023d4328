import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server.ts';

interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, unknown> };
}

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
