// A fuzz run over every operation of the served OpenAPI document: a few requests per operation, each sent
// as the admin, as an anonymous caller and as a signed-in viewer, with real ids and junk in the path,
// documented and junk query parameters, bodies drawn from the operation's schema and hostile variants of
// them. Every answer must be below 500, listed in the operation's responses, and valid against the
// listed schema. All failures are collected and reported at once. FUZZ_SEED=<n> replays another run.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factory } from '../support/factory.ts';
import { solidPng } from '../support/media.ts';
import { hostile, junkSegment, junkValues, type Body } from '../support/hostile-input.ts';
import {
  operationsOf,
  responseChecker,
  type OpenApi,
  type Operation,
  type OperationObject,
} from '../support/openapi.ts';
import { arbitraryOf } from '../support/schema-arbitrary.ts';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_206);
const VALID_DRAWS = 3;
const HOSTILE_DRAWS = 3;

interface Draw {
  params: Record<string, string>;
  query: string;
  body?: Body | undefined;
  /** Send as this caller only (else as every caller). */
  only?: string;
}
interface Caller {
  name: string;
  headers(method: string): Record<string, string>;
}

/** Which pool of ids a path parameter draws from: the collection named just before it. */
function nounOf(path: string, name: string): string {
  if (name === 'sha256') return 'media';
  if (name === 'tokenId') return 'device-tokens';
  const parts = path.split('/');
  return parts[parts.indexOf(`{${name}}`) - 1] ?? '';
}

// Reads first, then writes, then deletions, and the viewer's sign-out last: so no draw removes what a
// later one is meant to reach.
const phaseOf = ({ method, path }: Operation) =>
  path === '/api/v1/auth/logout' ? 3 : method === 'delete' ? 2 : method === 'get' ? 0 : 1;

const excerpt = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

describe('OpenAPI fuzz: every operation answers only what the document lists', () => {
  let server: TestServer;
  let doc: OpenApi;
  let workDir: string;
  const callers: Caller[] = [];
  /** Ids to use in paths, by noun; the delete pools hold throwaway entities only. */
  const pools: Record<string, string[]> = {};
  const deletePools: Record<string, string[]> = {};
  const deviceTokens: { id: string; screenId: string }[] = [];
  let png: Buffer;

  beforeAll(async () => {
    // Webhook receivers here are on the loopback (never contacted: the test runs no jobs).
    server = await startTestServer('sqlite', { seedDemo: true, env: { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } });
    workDir = await mkdtemp(join(tmpdir(), 'gatecast-fuzz-'));
    const api = server.api;
    const ok = async (reply: Promise<{ status: number; body: unknown }>) => {
      const r = await reply;
      expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
      return r.body as { id: string; sha256?: string; items?: { id: string; sha256?: string }[] };
    };
    // Throwaway entities: some to act on, some only to delete (nothing else refers to them).
    const gate = factory.gate({ id: 'fuzz-gate' });
    await ok(api.post('/api/v1/gates', gate));
    await ok(api.post('/api/v1/gates', factory.gate({ id: 'fuzz-drop-gate' })));
    await ok(api.post('/api/v1/screens', factory.screen('fuzz-gate', { id: 'fuzz-screen' })));
    await ok(api.post('/api/v1/screens', factory.screen('fuzz-gate', { id: 'fuzz-drop-screen' })));
    await ok(api.post('/api/v1/messages', factory.message({ id: 'fuzz-msg', gateId: 'fuzz-gate' })));
    await ok(api.post('/api/v1/messages', factory.message({ id: 'fuzz-drop-msg', gateId: 'fuzz-gate' })));
    await ok(
      api.post('/api/v1/playlists', factory.playlist(['fuzz-msg'], { id: 'fuzz-pl', gateId: 'fuzz-gate' })),
    );
    await ok(
      api.post(
        '/api/v1/playlists',
        factory.playlist(['fuzz-msg'], { id: 'fuzz-drop-pl', gateId: 'fuzz-gate' }),
      ),
    );
    await ok(
      api.post(
        '/api/v1/schedules',
        factory.schedule('fuzz-pl', { gates: ['fuzz-gate'] }, { id: 'fuzz-sch' }),
      ),
    );
    await ok(
      api.post(
        '/api/v1/schedules',
        factory.schedule('fuzz-pl', { gates: ['fuzz-gate'] }, { id: 'fuzz-drop-sch' }),
      ),
    );
    png = await solidPng(64, 36, '#c0392b');
    for (const id of ['fuzz-asset', 'fuzz-drop-asset']) {
      const res = await fetch(`${server.url}/api/v1/assets?name=${id}&id=${id}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/octet-stream' },
        body: new Uint8Array(id === 'fuzz-asset' ? png : await solidPng(32, 32, '#123456')),
      });
      expect(res.status).toBe(201);
    }
    const users: string[] = [];
    for (const username of ['fuzz-user-a', 'fuzz-user-b']) {
      const user = await ok(
        api.post('/api/v1/users', {
          username,
          displayName: username,
          roles: ['editor'],
          scope: { gates: ['fuzz-gate'] },
          password: 'a long enough fuzz password 2026',
        }),
      );
      users.push(user.id);
    }
    const tokens: string[] = [];
    for (const label of ['fuzz-token-a', 'fuzz-token-b'])
      tokens.push(
        (await ok(api.post('/api/v1/tokens', { label, roles: ['viewer'], scope: { global: true } }))).id,
      );
    for (const screenId of ['fuzz-screen', 'fuzz-screen']) {
      const created = await ok(api.post(`/api/v1/screens/${screenId}/tokens`, { label: 'fuzz' }));
      deviceTokens.push({ id: created.id, screenId });
    }
    const webhook = await ok(
      api.post('/api/v1/webhooks', {
        url: 'https://127.0.0.1/hook',
        secret: 'a webhook secret of 32 characters!',
        scope: { global: true },
        events: ['screen.offline'],
      }),
    );
    await ok(
      api.post('/api/v1/emergencies', {
        variants: { vi: { title: 'Thử nghiệm' } },
        targets: { screens: ['fuzz-screen'] },
        ttlMinutes: 5,
      }),
    );
    await ok(api.post('/api/v1/blackouts', { targets: { screens: ['fuzz-screen'] }, reason: 'fuzz' }));

    const listed = async (plural: string) =>
      ((await ok(api.get(`/api/v1/${plural}`))).items ?? []).slice(0, 3).map((i) => i.id);
    for (const plural of [
      'gates',
      'screens',
      'messages',
      'playlists',
      'schedules',
      'assets',
      'emergencies',
      'blackouts',
    ])
      pools[plural] = [...new Set([...(await listed(plural)), `fuzz-${plural}`])];
    pools.assets = ['fuzz-asset', 'fuzz-drop-asset'];
    pools.media = ((await ok(api.get('/api/v1/assets'))).items ?? []).map((a) => a.sha256 ?? '');
    // People and tokens: only throwaway ones, so that no draw disables the viewer or revokes ADMIN_TOKEN.
    pools.users = users;
    pools.tokens = tokens;
    pools.webhooks = [webhook.id];
    Object.assign(deletePools, {
      gates: ['fuzz-drop-gate'],
      screens: ['fuzz-drop-screen'],
      messages: ['fuzz-drop-msg'],
      playlists: ['fuzz-drop-pl'],
      schedules: ['fuzz-drop-sch'],
      assets: ['fuzz-drop-asset'],
      users: [users[1]],
      tokens: [tokens[1]],
      webhooks: [webhook.id],
    });

    const viewer = await api.newUser(
      'fuzz-viewer',
      ['viewer'],
      { global: true },
      'a viewer password for 2026',
    );
    callers.push(
      { name: 'admin', headers: () => ({ authorization: `Bearer ${ADMIN_TOKEN}` }) },
      { name: 'anonymous', headers: () => ({}) },
      {
        name: 'viewer',
        headers: (method) => ({
          cookie: viewer.sessionCookie ?? '',
          ...(method === 'GET' ? {} : { 'x-csrf-token': viewer.csrfToken ?? '' }),
        }),
      },
    );
    const res = await fetch(`${server.url}/api/openapi.json`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(res.status).toBe(200);
    doc = (await res.json()) as OpenApi;
  });

  afterAll(async () => {
    await server.stop();
    await rm(workDir, { recursive: true, force: true });
  });

  it('answers every operation, as admin, anonymous and viewer, with a documented status and body, never a 5xx', async () => {
    const check = responseChecker(doc);

    const operations = operationsOf(doc).sort((a, b) => phaseOf(a) - phaseOf(b));
    expect(operations.length).toBeGreaterThan(90);

    // Properties and query parameters that name entities get real ids most of the time, so that
    // valid-looking requests get past "no such gate" and reach the code behind it.
    const some = (noun: string) => fc.constantFrom(...(pools[noun] ?? ['none']));
    const several = (noun: string) => fc.uniqueArray(some(noun), { minLength: 1, maxLength: 2 });
    const named = {
      gateId: some('gates'),
      screenId: some('screens'),
      messageId: some('messages'),
      playlistId: some('playlists'),
      defaultPlaylistId: some('playlists'),
      assetId: some('assets'),
      gates: several('gates'),
      screens: several('screens'),
    };

    const failures: string[] = [];
    let sent = 0;
    for (const operation of operations) {
      const { method, path, op } = operation;
      const key = `${method.toUpperCase()} ${path}`;
      const draws = drawsFor(operation, key);
      for (const draw of draws) {
        for (const caller of callers.filter((c) => !draw.only || c.name === draw.only)) {
          const url = path.replace(/\{(\w+)\}/g, (_, name: string) => draw.params[name] ?? '') + draw.query;
          const problems = await exchange(caller, method.toUpperCase(), url, draw.body, op);
          sent++;
          for (const problem of problems)
            failures.push(
              `${key} as ${caller.name}: ${method.toUpperCase()} ${excerpt(url, 200)}` +
                (draw.body
                  ? ` [${draw.body.label}; ${draw.body.type}] ${excerpt(String(draw.body.data), 120)}`
                  : '') +
                `\n    → ${problem}`,
            );
        }
      }
    }
    expect(sent).toBeGreaterThan(1000);
    expect(
      failures.length === 0
        ? 'none'
        : `${failures.length} failures (FUZZ_SEED=${SEED}):\n${failures.join('\n')}`,
    ).toBe('none');

    function drawsFor({ method, path, op }: Operation, key: string): Draw[] {
      const names = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      const pool = (name: string) => {
        const noun = nounOf(path, name);
        const ids = (method === 'delete' ? deletePools[noun] : undefined) ?? pools[noun] ?? [];
        return ids.length > 0 ? fc.constantFrom(...ids) : junkSegment;
      };
      const realParams: fc.Arbitrary<Record<string, string>> = names.includes('tokenId')
        ? fc.constantFrom(...deviceTokens.map((t) => ({ id: t.screenId, tokenId: t.id })))
        : fc.record(Object.fromEntries(names.map((n) => [n, pool(n)])));
      const mixedParams = fc.record(
        Object.fromEntries(names.map((n) => [n, fc.oneof(pool(n), junkSegment)])),
      );

      const queryParams = (op.parameters ?? []).filter((p) => p.in === 'query');
      const validQuery = fc
        .tuple(
          ...queryParams.map((p) => {
            const value = arbitraryOf(p.schema ?? true, doc, { gateId: named.gateId }).map(
              (v) => [p.name, String(v)] as const,
            );
            return p.required ? value : fc.option(value, { nil: undefined });
          }),
        )
        .map((pairs) => pairs.filter((p) => p !== undefined));
      const junkQuery = fc
        .array(
          fc.tuple(
            fc.oneof(
              fc.constantFrom(
                ...queryParams.map((p) => p.name),
                '__proto__',
                'constructor[prototype]',
                'limit[]',
              ),
              fc.string({ maxLength: 8 }),
            ),
            fc.oneof(fc.constantFrom(...junkValues), fc.string({ maxLength: 20 })),
          ),
          { maxLength: 4 },
        )
        .map((pairs) => [...pairs, ...(pairs.length > 0 ? [pairs[0]!] : [])]);
      const queryString = (pairs: readonly (readonly [string, string])[], raw = '') => {
        const text = new URLSearchParams(pairs.map(([k, v]) => [k, v])).toString();
        return text || raw ? `?${[text, raw].filter(Boolean).join('&')}` : '';
      };

      const media = Object.keys(op.requestBody?.content ?? {})[0];
      const schema = media ? op.requestBody?.content[media]?.schema : undefined;
      let validBody: fc.Arbitrary<Body | undefined> = fc.constant(undefined);
      let hostileBody: fc.Arbitrary<Body | undefined> = fc.constant(undefined);
      if (media === 'application/json' && schema) {
        const value = arbitraryOf(schema, doc, named);
        validBody = value.map((v) => ({ data: JSON.stringify(v), type: media, label: 'valid-looking' }));
        hostileBody = value.chain(hostile);
      } else if (media) {
        const bytes = (label: string, data: Uint8Array | string) => ({ data, type: media, label });
        validBody = fc.constant(bytes('a PNG', png));
        const bomb = Buffer.from(png);
        bomb.writeUInt32BE(60_000, 16);
        bomb.writeUInt32BE(60_000, 20);
        hostileBody = fc.oneof(
          fc.uint8Array({ maxLength: 4096 }).map((b) => bytes('random bytes', b)),
          fc.constant(bytes('truncated PNG', png.subarray(0, 60))),
          fc.constant(bytes('PNG header claiming 60000×60000', bomb)),
          fc.constant(
            bytes('SVG', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
          ),
          fc.constant(bytes('HTML', '<!doctype html><title>x</title>')),
          fc.constant(bytes('empty', '')),
        );
      }

      const valid = fc.record({
        params: realParams,
        query: validQuery.map((pairs) => queryString(pairs)),
        body: validBody,
      });
      const bad = fc.record({
        params: mixedParams,
        query: fc
          .oneof(validQuery, junkQuery)
          .chain((pairs) => fc.constantFrom('', '%zz=%', 'a=%E0%A4%A').map((raw) => queryString(pairs, raw))),
        body: hostileBody,
      });
      let seed = SEED;
      for (let i = 0; i < key.length; i++) seed = (Math.imul(seed, 31) + key.charCodeAt(i)) | 0;
      const draws: Draw[] = [
        ...fc.sample(valid, { seed, numRuns: VALID_DRAWS }),
        ...fc.sample(bad, { seed: seed + 1, numRuns: HOSTILE_DRAWS }),
      ];
      // One body over the 1 MB limit for every JSON body, from a caller with no credentials at all.
      if (media === 'application/json')
        draws.push({
          ...draws[0]!,
          only: 'anonymous',
          body: { data: JSON.stringify({ name: 'x'.repeat(1_100_000) }), type: media, label: 'over 1 MB' },
        });
      return draws;
    }

    async function exchange(
      caller: Caller,
      method: string,
      url: string,
      body: Body | undefined,
      op: OperationObject,
    ): Promise<string[]> {
      let res: Response;
      try {
        res = await fetch(server.url + url, {
          method,
          redirect: 'manual',
          headers: {
            ...caller.headers(method),
            ...(body ? { 'content-type': body.type, ...body.headers } : {}),
          },
          ...(body ? { body: typeof body.data === 'string' ? body.data : new Uint8Array(body.data) } : {}),
        });
      } catch (error) {
        return [`no answer: ${String(error)}`];
      }
      return check(op, res.status, res.headers.get('content-type') ?? '', await res.text());
    }
  }, 240_000);

  it('answers what Express and body-parser refuse with a JSON 4xx, and a failed download with JSON', async () => {
    const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const json = { ...admin, 'content-type': 'application/json' };
    const gate = JSON.stringify(factory.gate({ id: 'fuzz-encoding' }));
    const cases: [string, RequestInit, number, unknown][] = [
      ['/api/v1/gates/%E0%A4%A', { headers: admin }, 400, 'invalid_path'],
      ['/api/v1/gates/%', { method: 'DELETE', headers: {} }, 400, 'invalid_path'],
      [
        '/api/v1/gates',
        { method: 'POST', headers: { ...json, 'content-encoding': 'x-gzip2' }, body: gate },
        415,
        'encoding_unsupported',
      ],
      [
        '/api/v1/gates',
        {
          method: 'POST',
          headers: { ...admin, 'content-type': 'application/json; charset=utf-7' },
          body: gate,
        },
        415,
        expect.stringMatching(/charset/),
      ],
      // Handlers that answer CSV or PNG set those headers before the work that fails.
      ['/api/v1/audit/export.csv?from=yesterday', { headers: admin }, 400, 'validation_failed'],
      ['/api/v1/screens/fuzz-screen/screenshot/latest?format=png', { headers: admin }, 404, 'not_found'],
    ];
    const answers = [];
    for (const [url, init] of cases) {
      const res = await fetch(server.url + url, init);
      const body = (await res.json().catch(() => undefined)) as { error?: { code?: string } } | undefined;
      answers.push({
        url,
        status: res.status,
        type: res.headers.get('content-type')?.split(';')[0],
        disposition: res.headers.get('content-disposition'),
        code: body?.error?.code,
      });
    }
    expect(answers).toEqual(
      cases.map(([url, , status, code]) => ({
        url,
        status,
        type: 'application/json',
        disposition: null,
        code,
      })),
    );
    expect((await server.api.get('/api/v1/gates/fuzz-encoding')).status).toBe(404);
  });

  it('is an OpenAPI document the Redocly linter (recommended rules) finds no error in', async () => {
    const file = join(workDir, 'openapi.json');
    await writeFile(file, JSON.stringify(doc));
    const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
    const run = promisify(execFile);
    const { stdout } = await run(
      process.execPath,
      [cli, 'lint', file, '--format=json', '--max-problems=10000'],
      {
        env: {
          ...process.env,
          REDOCLY_TELEMETRY: 'off',
          REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
          NO_COLOR: '1',
        },
        maxBuffer: 64 * 1024 * 1024,
      },
    ).catch((error: unknown) => ({ stdout: (error as { stdout?: string }).stdout ?? '' }));
    const report = JSON.parse(stdout) as {
      problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
    };
    const errors = report.problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? ''}`);
    expect(errors).toEqual([]);
  });
});
