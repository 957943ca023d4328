import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, ScreenAlert, Webhook, WebhookDelivery } from '../../schemas/types.ts';
import { factory } from '../support/factory.ts';
import { Api, dialects, startTestServer, type TestServer } from '../support/server.ts';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver on loopback that answers with the statuses it is given, in turn, then 200. */
async function receiver(statuses: number[]): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = statuses.shift() ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received };
}

const secret = 'bí-mật-chung-0123456789';

describe.each(dialects)('outgoing webhooks (%s)', (dialect) => {
  let server: TestServer;
  let now = Date.parse('2026-11-22T03:00:00Z');
  const clock = { now: () => now };
  const gate = factory.gate({ province: 'An Giang', name: 'Cửa khẩu Tịnh Biên' });
  const alert = (event: ScreenAlert['event']): ScreenAlert => ({
    event,
    screen: { id: 'led-1', name: 'Bảng LED 40 m²' },
    gate: { id: gate.id!, name: gate.name, province: gate.province },
    at: new Date(now).toISOString(),
    since: null,
    text: 'Màn hình «Bảng LED 40 m²» tại Cửa khẩu Tịnh Biên (An Giang) mất kết nối.',
  });

  beforeAll(async () => {
    // The receivers listen on loopback, which webhooks may reach only when listed (docs/OPERATIONS.md).
    server = await startTestServer(dialect, { clock, env: { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } });
    await server.api.post('/api/v1/gates', gate);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('refuses bad webhooks with the field named, and keeps the secret out of every answer', async () => {
    const bad: [object, string][] = [
      [{ url: 'ftp://example.org', secret, scope: { global: true }, events: ['screen.offline'] }, '/url'],
      [
        { url: 'http://127.0.0.1/x', secret: 'short', scope: { global: true }, events: ['screen.offline'] },
        '/secret',
      ],
      [{ url: 'http://127.0.0.1/x', secret, scope: { global: true }, events: [] }, '/events'],
    ];
    for (const [body, path] of bad) {
      const res = await server.api.post<{ error: ApiError }>('/api/v1/webhooks', body);
      expect(res.status).toBe(400);
      expect(res.body.error.path).toBe(path);
    }
    const made = await server.api.post<Webhook>('/api/v1/webhooks', {
      url: 'http://127.0.0.1:9/never',
      secret,
      scope: { provinces: ['Gia Lai'] },
      events: ['screen.offline'],
    });
    expect(made.status).toBe(201);
    expect(JSON.stringify(made.body)).not.toContain(secret);
    const list = await server.api.get<{ items: Webhook[] }>('/api/v1/webhooks');
    expect(JSON.stringify(list.body)).not.toContain(secret);
    const stored = await server.app.db.selectFrom('webhooks').select(['data', 'secret']).execute();
    expect(JSON.stringify(stored)).not.toContain(secret);
    const audit = await server.api.get('/api/v1/audit?action=webhook.create');
    expect(JSON.stringify(audit.body)).not.toContain(secret);
    expect((await server.api.delete(`/api/v1/webhooks/${made.body.id}`)).status).toBe(204);
  });

  it('is for admins only, and never reaches beyond its creator’s scope', async () => {
    await server.api.post('/api/v1/users', {
      username: 'editor-hooks',
      displayName: 'editor',
      roles: ['editor'],
      scope: { global: true },
      password: 'biên tập viên 2026 ok',
    });
    await server.api.post('/api/v1/users', {
      username: 'admin-an-giang-hooks',
      displayName: 'admin An Giang',
      roles: ['admin'],
      scope: { provinces: ['An Giang'] },
      password: 'quản trị An Giang 2026',
    });
    const editor = new Api(server.url, undefined);
    await editor.login('editor-hooks', 'biên tập viên 2026 ok');
    const body = { url: 'http://127.0.0.1:9/x', secret, scope: { global: true }, events: ['screen.offline'] };
    expect((await editor.post('/api/v1/webhooks', body)).status).toBe(403);
    const scoped = new Api(server.url, undefined);
    await scoped.login('admin-an-giang-hooks', 'quản trị An Giang 2026');
    expect((await scoped.post('/api/v1/webhooks', body)).status).toBe(403);
    expect(
      (await scoped.post('/api/v1/webhooks', { ...body, scope: { provinces: ['An Giang'] } })).status,
    ).toBe(201);
  });

  it('signs each delivery, retries a failing receiver with backoff, and logs every attempt', async () => {
    const hook = await receiver([500, 503]);
    try {
      const made = await server.api.post<Webhook>('/api/v1/webhooks', {
        url: hook.url,
        secret,
        scope: { provinces: ['An Giang'] },
        events: ['screen.offline', 'screen.online'],
      });
      // Only webhooks whose scope reaches the gate get it (the Gia Lai one above was deleted; add one).
      await server.api.post('/api/v1/webhooks', {
        url: 'http://127.0.0.1:9/gia-lai',
        secret,
        scope: { provinces: ['Gia Lai'] },
        events: ['screen.offline'],
      });
      expect(await server.app.webhooks.notify(alert('screen.offline'), gate as never)).toBeGreaterThanOrEqual(
        1,
      );

      expect(await server.app.webhooks.deliverDue()).toBe(0); // 500
      expect(hook.received).toHaveLength(1);
      expect(await server.app.webhooks.deliverDue()).toBe(0); // not due yet: backing off
      expect(hook.received).toHaveLength(1);
      now += 60 * 60_000;
      expect(await server.app.webhooks.deliverDue()).toBe(0); // 503
      now += 60 * 60_000;
      expect(await server.app.webhooks.deliverDue()).toBe(1); // 200
      expect(hook.received).toHaveLength(3);

      const { headers, body } = hook.received[2]!;
      const expected = createHmac('sha256', secret)
        .update(`${String(headers['x-gatecast-timestamp'])}.${body}`)
        .digest('hex');
      expect(headers['x-gatecast-signature']).toBe(`sha256=${expected}`);
      expect(headers['x-gatecast-event']).toBe('screen.offline');
      expect(JSON.parse(body)).toMatchObject({ event: 'screen.offline', gate: { id: gate.id } });
      // The same delivery id on every attempt, so a receiver can drop duplicates.
      expect(new Set(hook.received.map((r) => r.headers['x-gatecast-delivery'])).size).toBe(1);

      const log = await server.api.get<{ items: WebhookDelivery[] }>(
        `/api/v1/webhooks/${made.body.id}/deliveries`,
      );
      expect(log.body.items).toHaveLength(1);
      expect(log.body.items[0]).toMatchObject({
        state: 'delivered',
        attempts: 3,
        lastStatus: 200,
        lastError: null,
      });
    } finally {
      hook.server.close();
    }
  });
});
