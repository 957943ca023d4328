// The response check that tests run with (VALIDATE_RESPONSES=1): a reply outside its route's contract is
// answered 500 contract_violation instead, naming the route and the problem. Proven on a small app whose
// routes break their contracts on purpose, and on the real controller that every test starts.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../server/domain/errors.ts';
import { checkResponses } from '../../server/http/contract.check.ts';
import { created, empty, json, page, text } from '../../server/http/contract.ts';
import { errorHandler } from '../../server/http/error.middleware.ts';
import { RouteTable } from '../../server/http/route.table.ts';
import { validate } from '../../server/validation/schema.validator.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const log = pino({ level: 'silent' });

/** An app whose routes answer what they declare, or not; `checked` as with VALIDATE_RESPONSES=1. */
function brokenApp(checked: boolean, table = new RouteTable({ checked })) {
  const app = express();
  if (checked) app.use(checkResponses(table, log));
  const r = table.router('/t', { json: { parser: express.json(), methods: ['post'] } });
  const error = json('common.json#/$defs/apiError');
  r.get(
    '/good',
    { public: true, summary: 'good', responses: { 200: json(page('common.json#/$defs/id')) } },
    (_q, s) => {
      s.json({ items: ['a-1'], total: 1, limit: 1, offset: 0 });
    },
  );
  r.get('/wrong-body', { public: true, summary: 'wrong body', responses: { 200: error } }, (_q, s) => {
    s.json({ code: 'x', nope: 1 });
  });
  r.get('/wrong-status', { public: true, summary: 'wrong status', responses: { 200: error } }, (_q, s) => {
    s.status(418).json({ code: 'x', message: 'teapot' });
  });
  r.get('/undeclared-error', { public: true, summary: 'no 404', responses: { 200: error } }, () => {
    throw new NotFoundError('nothing here');
  });
  r.get(
    '/wrong-type',
    { public: true, summary: 'csv', responses: { 200: text('text/csv', 'CSV') } },
    (_q, s) => {
      s.json({ a: 1 });
    },
  );
  r.get('/stream', { public: true, summary: 'csv', responses: { 200: text('text/csv', 'CSV') } }, (_q, s) => {
    s.type('text/html');
    s.write('<p>');
    s.end('hi</p>');
  });
  const body = 'common.json#/$defs/pageQuery';
  r.post(
    '/unvalidated',
    { public: true, summary: 'body', body, responses: { 201: created(body) } },
    (q, s) => {
      s.status(201).json(q.body);
    },
  );
  r.post('/validated', { public: true, summary: 'body', body, responses: { 201: created(body) } }, (q, s) => {
    s.status(201).json(validate(body, q.body));
  });
  r.get('/empty', { public: true, summary: 'empty', responses: { 204: empty() } }, (_q, s) => {
    s.status(204).end();
  });
  app.use('/t', r.express);
  app.use(errorHandler(log));
  return app;
}

// The type checker refuses a route that does not declare its responses, or declares no success (never run).
export function undeclared(r: ReturnType<RouteTable['router']>): void {
  // @ts-expect-error responses are required
  r.get('/none', { public: true, summary: 'no responses' }, () => undefined);
  const errorsOnly = { public: true, summary: 'only errors', responses: { 404: empty() } } as const;
  // @ts-expect-error at least one success (200, 201, 204 or 302)
  r.get('/errors-only', errorsOnly, () => undefined);
}

async function listen(app: express.Express): Promise<{ url: string; server: Server }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function call(url: string, init?: RequestInit) {
  const res = await fetch(url, init);
  const type = res.headers.get('content-type') ?? '';
  const raw = await res.text();
  const body = type.includes('json')
    ? (JSON.parse(raw) as { error?: { code: string; message: string } })
    : raw;
  return { status: res.status, type, body };
}

describe('response check (VALIDATE_RESPONSES=1)', () => {
  const servers: Server[] = [];
  let checked = '';
  let unchecked = '';
  const table = new RouteTable({ checked: true });
  beforeAll(async () => {
    for (const on of [true, false]) {
      const { url, server } = await listen(on ? brokenApp(on, table) : brokenApp(on));
      servers.push(server);
      if (on) checked = url;
      else unchecked = url;
    }
  });
  afterAll(() => {
    for (const server of servers) server.close();
  });

  const post = (data: unknown): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(data),
  });

  it('lets through what the contract declares', async () => {
    expect((await call(`${checked}/t/good`)).status).toBe(200);
    expect((await call(`${checked}/t/validated`, post({ limit: 5 }))).status).toBe(201);
    expect((await call(`${checked}/t/empty`)).status).toBe(204);
  });

  it.each([
    ['a body its schema refuses', '/t/wrong-body', undefined, /GET \/t\/wrong-body.*nope/],
    ['an undeclared status', '/t/wrong-status', undefined, /status 418 is not in the contract/],
    ['an undeclared error status', '/t/undeclared-error', undefined, /status 404 is not in the contract/],
    [
      'an undeclared content type',
      '/t/wrong-type',
      undefined,
      /content type "application\/json.*not in the contract/,
    ],
    ['a streamed body of an undeclared type', '/t/stream', undefined, /content type "text\/html/],
    [
      'a body the handler never validated',
      '/t/unvalidated',
      post({ limit: 5 }),
      /not validated with common\.json/,
    ],
  ])('answers %s with 500 contract_violation', async (_what, path, init, message) => {
    const res = await call(checked + path, init);
    expect(res).toMatchObject({ status: 500, body: { error: { code: 'contract_violation' } } });
    expect((res.body as { error: { message: string } }).error.message).toMatch(message);
    expect(table.violations.at(-1)).toMatch(message);
  });

  it('is not installed without the setting: the same routes answer what they answer', async () => {
    expect(await call(`${unchecked}/t/wrong-body`)).toMatchObject({ status: 200, body: { nope: 1 } });
    expect((await call(`${unchecked}/t/wrong-status`)).status).toBe(418);
    expect((await call(`${unchecked}/t/unvalidated`, post({ limit: 5 }))).status).toBe(201);
  });
});

describe('the controller every test starts', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(async () => {
    await server.stop();
  });

  it('checks its responses against the route table’s contracts', () => {
    expect(server.app.routes.checked).toBe(true);
  });
});
