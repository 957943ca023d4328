import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, DeviceTokenCreated } from '../../schemas/types.ts';
import { factory } from '../support/factory.ts';
import { storedRows } from '../support/snapshot.ts';
import {
  connectPlayer,
  nextEvent,
  startTestServer,
  type PlayerSocket,
  type TestServer,
} from '../support/server.ts';

// Bodies an attacker or a broken client might send: any JSON, objects with prototype keys, deep nesting,
// long and odd strings, and text that is not JSON at all.
const hostileJson = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'name', 'items', 'variants', '$ref'),
    fc.jsonValue(),
  ),
  fc.letrec((tie) => ({
    deep: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.array(tie('deep'), { maxLength: 2 })),
  })).deep,
  fc.record({
    name: fc.string({ unit: 'grapheme', maxLength: 300 }),
    items: fc.array(fc.jsonValue(), { maxLength: 4 }),
  }),
);
const notJson = fc.string({ maxLength: 200 }).filter((s) => {
  try {
    JSON.parse(s);
    return false;
  } catch {
    return true;
  }
});

describe('hostile input', () => {
  let server: TestServer;
  let socket: PlayerSocket;
  const gate = factory.gate();
  const screen = factory.screen(gate.id!);
  const message = factory.message();

  const snapshot = () => storedRows(server.app.db);

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    await server.api.post('/api/v1/gates', gate);
    await server.api.post('/api/v1/screens', screen);
    await server.api.post('/api/v1/messages', message);
    await server.api.post('/api/v1/playlists', factory.playlist([message.id!], { id: 'loop' }));
    await server.api.post(
      '/api/v1/schedules',
      factory.schedule('loop', { gates: [gate.id!] }, { id: 'always' }),
    );
    const token = await server.api.post<DeviceTokenCreated>(`/api/v1/screens/${screen.id}/tokens`, {});
    socket = connectPlayer(server.url, token.body.token);
    await nextEvent(socket, 'manifest');
  });
  afterAll(async () => {
    socket.close();
    await server.stop();
  });

  it('answers every JSON body route with a 4xx naming the problem, never a 5xx, and changes nothing', async () => {
    const before = await snapshot();
    // Routes whose body is optional or ignored succeed on purpose; they are checked for "never 5xx" only.
    const bodyOptional = [
      '/api/v1/auth/totp',
      '/api/v1/auth/logout',
      '/api/v1/screens/:id/tokens',
      '/api/v1/screens/:id/enrolments',
    ];
    const routes = server.app.routes.routes.filter(
      (r) =>
        (r.method === 'post' || r.method === 'put') &&
        r.path.startsWith('/api/v1/') &&
        r.path !== '/api/v1/assets',
    );
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes) {
      const path = route.path.replace(
        ':id',
        route.path.startsWith('/api/v1/screens') ? screen.id! : gate.id!,
      );
      const method = route.method.toUpperCase();
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            hostileJson.map((v) => JSON.stringify(v)),
            notJson,
          ),
          async (body) => {
            const res = await server.api.request<{ error?: ApiError }>(method, path, body, {
              'content-type': 'application/json',
            });
            expect(res.status, `${method} ${path} ${body.slice(0, 80)}`).toBeLessThan(500);
            if (!bodyOptional.includes(route.path)) {
              expect(res.status, `${method} ${path} ${body.slice(0, 80)}`).toBeGreaterThanOrEqual(400);
              expect(res.body.error?.message, `${method} ${path}`).toMatch(/\S/);
            }
          },
        ),
        { numRuns: 15 },
      );
    }
    const after = JSON.parse(await snapshot()) as Record<string, unknown[]>;
    // Optional-body routes may add device tokens; everything else must be exactly as before.
    delete after.device_tokens;
    const expected = JSON.parse(before) as Record<string, unknown[]>;
    delete expected.device_tokens;
    expect(after).toEqual(expected);
  });

  it('acks every malformed socket payload with an error and keeps the player connected', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('manifest:ack', 'time:sync', 'emergency:ack', 'heartbeat', 'proof-of-play'),
        hostileJson,
        async (event, payload) => {
          const reply = (await socket.timeout(5000).emitWithAck(event as 'time:sync', payload as never)) as {
            ok: boolean;
            error?: ApiError;
          };
          const validTimeSync =
            event === 'time:sync' &&
            typeof payload === 'object' &&
            payload !== null &&
            Object.keys(payload).join() === 'clientTime' &&
            Number.isInteger((payload as { clientTime: unknown }).clientTime) &&
            (payload as { clientTime: number }).clientTime >= 0;
          if (!validTimeSync) {
            expect(reply.ok).toBe(false);
            expect(reply.error?.message).toMatch(/\S/);
          }
        },
      ),
      { numRuns: 100 },
    );
    expect(socket.connected).toBe(true);
    const status = await server.api.get<{ appliedVersion: string | null }>(
      `/api/v1/screens/${screen.id}/status`,
    );
    expect(status.body.appliedVersion).toBeNull();
  });
});
