// Webhooks must not turn the controller into a proxy into its own network: no target on loopback, a private
// network, link-local (cloud metadata), unique-local, CGNAT, multicast or unspecified addresses, in any
// spelling, unless whoever runs the controller lists the host in WEBHOOK_ALLOWED_HOSTS. Checked when the
// webhook is made, and again at each delivery after DNS.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, ScreenAlert, Webhook, WebhookDelivery } from '../../schemas/types.ts';
import { startApp, type App } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_TOKEN, Api } from '../support/server.ts';

const secret = 'bí-mật-chung-0123456789';

/** A receiver on loopback that counts what reaches it. */
async function receiver(): Promise<{ server: Server; port: number; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    req.resume();
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, hits };
}

describe('webhook targets', () => {
  let dataDir: string;
  let app: App;
  let api: Api;
  let hook: Awaited<ReturnType<typeof receiver>>;
  const gate = factory.gate({ province: 'Lào Cai' });
  const alert: ScreenAlert = {
    event: 'screen.offline',
    screen: { id: 'led-1', name: 'Bảng LED' },
    gate: { id: gate.id!, name: gate.name, province: gate.province },
    at: '2026-06-01T00:00:00.000Z',
    since: null,
  };

  const start = async (env: Record<string, string>) => {
    app = await startApp(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
        SEED_DEMO: '0',
        ADMIN_TOKEN,
        VALIDATE_RESPONSES: '1',
        ...env,
      }),
      { jobs: false },
    );
    api = new Api(app.url, ADMIN_TOKEN);
  };
  const create = (url: string) =>
    api.post<Webhook & { error?: ApiError }>('/api/v1/webhooks', {
      url,
      secret,
      scope: { global: true },
      events: ['screen.offline'],
    });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'gatecast-webhook-targets-'));
    hook = await receiver();
    await start({});
    expect((await api.post('/api/v1/gates', gate)).status).toBe(201);
  });
  afterAll(async () => {
    await app.close();
    hook.server.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses internal targets in every spelling, naming /url, and stores nothing', async () => {
    const port = hook.port;
    for (const url of [
      `http://127.0.0.1:${port}/hook`,
      `http://localhost:${port}/hook`, // a name: resolved, and it is loopback
      `http://2130706433:${port}/`, // 127.0.0.1 in decimal
      `http://0x7f.1:${port}/`, // in hex, short form
      `http://0177.0.0.1:${port}/`, // in octal
      `http://127.1:${port}/`,
      `http://[::1]:${port}/`,
      `http://[::ffff:127.0.0.1]:${port}/`, // IPv4-mapped IPv6
      `http://[::ffff:7f00:1]:${port}/`,
      'http://[64:ff9b::a9fe:a9fe]/', // NAT64 form of 169.254.169.254
      'http://0.0.0.0/',
      'http://[::]/',
      'http://10.1.2.3/',
      'http://172.16.0.1/',
      'http://192.168.1.10/',
      'http://169.254.169.254/latest/meta-data/',
      'http://100.64.0.1/',
      'http://224.0.0.1/',
      'http://[fd12:3456::1]/',
      'http://[fe80::1]/',
      'http://[ff02::1]/',
      'https://[2002:7f00:1::1]/', // 6to4 form of 127.0.0.1
    ]) {
      const res = await create(url);
      expect(res.status, url).toBe(400);
      expect(res.body.error?.path, url).toBe('/url');
      expect(res.body.error?.message, url).toContain('WEBHOOK_ALLOWED_HOSTS');
    }
    expect((await api.get<{ items: Webhook[] }>('/api/v1/webhooks')).body.items).toEqual([]);
    expect(hook.hits).toEqual([]);
  });

  it('accepts a public address', async () => {
    const made = await create('https://93.184.216.34/hook');
    expect(made.status).toBe(201);
    expect((await api.delete(`/api/v1/webhooks/${made.body.id}`)).status).toBe(204);
  });

  it('reaches an internal host only when it is listed, with its port if the entry names one', async () => {
    await app.close();
    await start({ WEBHOOK_ALLOWED_HOSTS: `localhost:${hook.port}, 10.0.0.7` });
    expect((await create(`http://localhost:${hook.port}/listed`)).status).toBe(201);
    const anyPort = await create('http://10.0.0.7:8080/any-port');
    expect(anyPort.status).toBe(201);
    expect((await api.delete(`/api/v1/webhooks/${anyPort.body.id}`)).status).toBe(204);
    expect((await create(`http://localhost:${hook.port + 1}/other-port`)).status).toBe(400);
    expect((await create(`http://127.0.0.1:${hook.port}/same-address-not-listed`)).status).toBe(400);
    await app.webhooks.notify(alert, gate as never);
    await app.webhooks.deliverDue();
    expect(hook.hits).toContain('/listed');
  });

  it('checks again at delivery: a host no longer listed is refused, logged, and not retried', async () => {
    // The operator takes the host off the list; the webhook made while it was listed stays in the database.
    await app.close();
    await start({});
    const [listed] = (await api.get<{ items: Webhook[] }>('/api/v1/webhooks')).body.items.filter((w) =>
      w.url.endsWith('/listed'),
    );
    const before = hook.hits.length;
    await app.webhooks.notify(alert, gate as never);
    await app.webhooks.deliverDue();
    expect(hook.hits.length).toBe(before);
    const log = await api.get<{ items: WebhookDelivery[] }>(`/api/v1/webhooks/${listed!.id}/deliveries`);
    const refused = log.body.items[0]!;
    expect(refused).toMatchObject({ state: 'failed', attempts: 1, lastStatus: null });
    expect(refused.lastError).toMatch(/^refused: localhost resolves to .*internal address \(loopback\)/);
    expect(refused.lastError).toContain('WEBHOOK_ALLOWED_HOSTS');
    await app.webhooks.deliverDue();
    expect(hook.hits.length).toBe(before);
  });
});
