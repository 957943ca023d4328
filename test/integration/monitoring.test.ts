import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '../../schemas/events.ts';
import type {
  DeviceTokenCreated,
  FleetScreen,
  Heartbeat,
  Manifest,
  PlayBatchReply,
  PlayRecord,
  ScreenAlert,
} from '../../schemas/types.ts';
import { Publisher } from '../support/approval.ts';
import { factory } from '../support/factory.ts';
import { parseViCsv } from '../support/csv.ts';
import { playsOf } from '../support/plays.ts';
import {
  connectPlayer,
  dialects,
  nextEvent,
  startTestServer,
  type PlayerSocket,
  type TestServer,
} from '../support/server.ts';

const heartbeat = (sentAt: number): Heartbeat =>
  factory.heartbeat({ sentAt, onScreen: { type: 'clock' }, errors: [] });

function emit<T>(socket: PlayerSocket, event: string, payload: unknown): Promise<Ack<T>> {
  return socket.timeout(5000).emitWithAck(event as 'heartbeat', payload as never) as Promise<Ack<T>>;
}

/** A webhook receiver on loopback that records what it is sent. */
async function receiver(): Promise<{ server: Server; url: string; alerts: ScreenAlert[] }> {
  const alerts: ScreenAlert[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      alerts.push(JSON.parse(body) as ScreenAlert);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, alerts };
}

/** Parses the report CSV (UTF-8 with a BOM, quoted cells, CRLF). */
describe.each(dialects)('monitoring: status, alerts, reports, metrics (%s)', (dialect) => {
  let server: TestServer;
  let now = Date.parse('2026-11-23T03:00:00Z'); // a Monday, 10:00 at the gates
  const clock = { now: () => now };
  const gate = factory.gate({ name: 'Cửa khẩu Tịnh Biên', province: 'An Giang' });
  // Quiet from 22:00 to 06:00 local time.
  const quietGate = factory.gate({ name: 'Cửa khẩu Lệ Thanh', quietHours: { start: '22:00', end: '06:00' } });
  const screen = factory.screen(gate.id!, { name: 'Bảng LED 40 m²' });
  const quietScreen = factory.screen(quietGate.id!);
  let hook: Awaited<ReturnType<typeof receiver>>;
  const sockets: PlayerSocket[] = [];
  let player: PlayerSocket;
  let quietPlayer: PlayerSocket;

  const fleet = async () =>
    (await server.api.get<{ items: FleetScreen[] }>('/api/v1/fleet')).body.items.find(
      (s) => s.screenId === screen.id,
    );
  const beat = async (socket: PlayerSocket) => {
    const reply = await emit(socket, 'heartbeat', heartbeat(now));
    expect(reply.ok).toBe(true);
  };
  const tick = async (ms: number) => {
    now += ms;
    const alerts = await server.app.monitor.check();
    await server.app.webhooks.deliverDue();
    return alerts;
  };

  beforeAll(async () => {
    hook = await receiver();
    server = await startTestServer(dialect, {
      clock,
      env: {
        HEARTBEAT_SECONDS: '30',
        OFFLINE_AFTER_SECONDS: '120',
        FLAP_WINDOW_MINUTES: '15',
        // The webhook receiver of this test listens on loopback, which only an allow-listed host may be.
        WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      },
    });
    for (const [path, body] of [
      ['/api/v1/gates', gate],
      ['/api/v1/gates', quietGate],
      ['/api/v1/screens', screen],
      ['/api/v1/screens', quietScreen],
    ] as const)
      expect((await server.api.post(path, body)).status).toBe(201);
    await server.api.post('/api/v1/webhooks', {
      url: hook.url,
      secret: 'bí mật của sở thông tin',
      scope: { global: true },
      events: ['screen.offline', 'screen.online'],
    });
    for (const s of [screen, quietScreen]) {
      const token = await server.api.post<DeviceTokenCreated>(`/api/v1/screens/${s.id}/tokens`, {});
      const socket = connectPlayer(server.url, token.body.token);
      await nextEvent(socket, 'config');
      sockets.push(socket);
    }
    [player, quietPlayer] = sockets as [PlayerSocket, PlayerSocket];
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    hook.server.close();
    await server.stop();
  });

  it('goes stale, then offline at the threshold, with exactly one webhook, and one "back online"', async () => {
    expect((await fleet())?.connectivity).toBe('never');
    await beat(player);
    await beat(quietPlayer);
    expect(await tick(0)).toEqual([]); // online: nothing to announce
    expect((await fleet())?.connectivity).toBe('online');

    expect(await tick(40_000)).toEqual([]);
    expect((await fleet())?.connectivity).toBe('stale');
    expect(await tick(60_000)).toEqual([]); // 100 s of silence: still stale
    const down = await tick(21_000); // 121 s: offline
    expect(down.map((a) => [a.event, a.screen.id])).toContainEqual(['screen.offline', screen.id]);
    expect((await fleet())?.connectivity).toBe('offline');
    await tick(60_000);
    await tick(600_000);
    const offline = hook.alerts.filter((a) => a.screen.id === screen.id);
    expect(offline.map((a) => a.event)).toEqual(['screen.offline']);
    expect(offline[0]?.text).toContain('Bảng LED 40 m²');
    // The same words as the dashboard's: status "offline", said "Mất kết nối".
    expect(offline[0]).toMatchObject({ status: 'offline' });
    expect(offline[0]?.text).toContain('Mất kết nối');

    await beat(player);
    const up = await tick(1_000);
    expect(up.map((a) => a.event)).toEqual(['screen.online']);
    expect(up[0]).toMatchObject({ status: 'online' });
    expect(up[0]?.text).toContain('Đang hoạt động');
    await tick(1_000);
    expect(hook.alerts.filter((a) => a.screen.id === screen.id).map((a) => a.event)).toEqual([
      'screen.offline',
      'screen.online',
    ]);
  });

  it('does not repeat alerts for a flapping screen', async () => {
    const before = hook.alerts.length;
    // Back online a moment ago; silent again: offline within the flap window is held.
    await tick(125_000);
    expect((await fleet())?.connectivity).toBe('offline');
    expect(hook.alerts.filter((a) => a.screen.id === screen.id)).toHaveLength(2);
    // Still down once a whole window has passed since it came back: now it is announced, once.
    await tick(15 * 60_000);
    await tick(60_000);
    const latest = hook.alerts.slice(before).filter((a) => a.screen.id === screen.id);
    expect(latest.map((a) => a.event)).toEqual(['screen.offline']);
    await beat(player);
    await tick(1_000);
  });

  it('holds alerts in a gate’s quiet hours and announces what still holds when they end', async () => {
    // A board of the quiet gate, heard from at 21:00 local (14:00 UTC), silent from then on.
    const board = factory.screen(quietGate.id!, { name: 'Kiosk Lệ Thanh' });
    await server.api.post('/api/v1/screens', board);
    const token = await server.api.post<DeviceTokenCreated>(`/api/v1/screens/${board.id}/tokens`, {});
    const socket = connectPlayer(server.url, token.body.token);
    sockets.push(socket);
    await nextEvent(socket, 'config');
    const boardAlerts = () => hook.alerts.filter((a) => a.screen.id === board.id).map((a) => a.event);
    now = Date.parse('2026-11-23T14:00:00Z');
    await beat(socket);
    await tick(0);
    now = Date.parse('2026-11-23T16:00:00Z'); // 23:00 local: offline, but quiet
    await tick(0);
    await tick(3 * 60 * 60_000); // 02:00
    expect(boardAlerts()).toEqual([]);
    now = Date.parse('2026-11-23T23:01:00Z'); // 06:01 local: still down, so it is announced now
    await tick(0);
    await tick(60_000);
    expect(boardAlerts()).toEqual(['screen.offline']);
  });

  it('counts a replayed proof-of-play batch once, and the CSV report matches the records', async () => {
    // The board plays a customs notice in three languages (8 s each) and a clock (10 s); its player reports
    // what it showed, as the player makes the records (from the manifest's own timeline).
    const publish = new Publisher(
      server,
      await server.api.newUser(`editor-${dialect}`, ['editor'], { global: true }, 'báo cáo phát sóng 2026'),
    );
    const message = factory.message({ name: 'Quy định hải quan', gateId: gate.id! });
    await publish.create('/api/v1/messages', message);
    const playlist = factory.playlist([], {
      gateId: gate.id!,
      items: [
        { type: 'message', messageId: message.id!, duration: 8 },
        { type: 'clock', duration: 10 },
      ],
    });
    await publish.create('/api/v1/playlists', playlist);
    await publish.create('/api/v1/schedules', factory.schedule(playlist.id!, { screens: [screen.id!] }));
    const manifest = (await server.api.get<Manifest>(`/api/v1/screens/${screen.id}/manifest`)).body;
    /** The first records (after the one the player started in) of each kind wanted, in the order played. */
    const played = (from: number, wanted: Record<string, number>) =>
      playsOf(manifest, from, from + 10 * 60_000)
        .slice(1)
        .filter((r) => {
          const kind = r.lang ?? r.type;
          if (!wanted[kind]) return false;
          wanted[kind] -= 1;
          return true;
        });
    const start = Date.parse('2026-11-24T01:00:00Z'); // 08:00 local, Tuesday 24
    const records: PlayRecord[] = played(start, { vi: 3, km: 2, en: 1 });
    // A record just before local midnight belongs to the 23rd at the gate, though it is the 23rd in UTC too;
    // one at 23:30 UTC is the 24th at the gate.
    records.push(...played(Date.parse('2026-11-23T23:30:00Z'), { clock: 1 }));
    expect(records).toHaveLength(7);
    now = Date.parse('2026-11-24T02:00:00Z');
    const first = await emit<PlayBatchReply>(player, 'proof-of-play', { records });
    expect(first).toEqual({
      ok: true,
      data: { received: 7, stored: 7, duplicates: 0, refused: 0, refusals: [] },
    });
    const again = await emit<PlayBatchReply>(player, 'proof-of-play', { records });
    expect(again).toEqual({
      ok: true,
      data: { received: 7, stored: 0, duplicates: 7, refused: 0, refusals: [] },
    });

    const res = await fetch(
      `${server.url}/api/v1/reports/plays.csv?from=2026-11-24&until=2026-11-24&gateId=${gate.id}`,
      {
        headers: { authorization: 'Bearer test-admin-token-0123456789abcdef' },
      },
    );
    expect(res.headers.get('content-type')).toContain('text/csv');
    const [header, ...rows] = parseViCsv(new Uint8Array(await res.arrayBuffer()));
    expect(header?.slice(0, 3)).toEqual(['Từ ngày', 'Đến ngày', 'Ngày']);
    const byLang = Object.fromEntries(
      rows
        .filter((r) => r[6] === 'Quy định hải quan')
        .map((r): [string, string[]] => [r[8] ?? '', [r[9] ?? '', r[10] ?? '']]),
    );
    expect(byLang).toEqual({
      'Tiếng Việt (vi)': ['3', '24'],
      'Tiếng Khmer (km)': ['2', '16'],
      'Tiếng Anh (en)': ['1', '8'],
    });
    const clockRow = rows.find((r) => r[7] === 'Đồng hồ');
    expect(clockRow?.slice(0, 7)).toEqual([
      '24/11/2026',
      '24/11/2026',
      '24/11/2026',
      'An Giang',
      'Cửa khẩu Tịnh Biên',
      'Bảng LED 40 m²',
      'Đồng hồ',
    ]);
    expect(rows.every((r) => r[3] === 'An Giang' && r[4] === 'Cửa khẩu Tịnh Biên')).toBe(true);
    expect(rows.reduce((n, r) => n + Number(r[9]), 0)).toBe(7);

    // A late upload from a player that was offline for days is counted in its own day's row.
    now += 3 * 86_400_000;
    await emit(player, 'proof-of-play', { records: played(start + 86_400_000, { vi: 1 }) });
    const later = await server.api.get<{ items: { day: string; plays: number; lang: string }[] }>(
      `/api/v1/reports/plays?from=2026-11-24&until=2026-11-25&gateId=${gate.id}`,
    );
    expect(later.body.items.filter((r) => r.day === '2026-11-25').map((r) => [r.lang, r.plays])).toEqual([
      ['vi', 1],
    ]);
    expect(later.body.items.filter((r) => r.day === '2026-11-24').reduce((n, r) => n + r.plays, 0)).toBe(7);
  });

  it('refuses a report without a proper period, naming the parameter', async () => {
    const res = await server.api.get<{ error: { path: string } }>(
      '/api/v1/reports/plays?from=2026-13-01&until=2026-11-24',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.path).toBe('/from');
    const backwards = await server.api.get<{ error: { path: string } }>(
      '/api/v1/reports/plays?from=2026-11-24&until=2026-11-01',
    );
    expect(backwards.body.error.path).toBe('/until');
  });

  it('serves Prometheus metrics to technicians and admins only', async () => {
    const anonymous = await fetch(`${server.url}/metrics`);
    expect(anonymous.status).toBe(401);
    const res = await fetch(`${server.url}/metrics`, {
      headers: { authorization: 'Bearer test-admin-token-0123456789abcdef' },
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain(`\ngatecast_connected_players ${sockets.filter((x) => x.connected).length}\n`);
    expect(text).toMatch(/^gatecast_heartbeats_total [1-9]\d*$/m);
    expect(text).toMatch(/^gatecast_screens\{status="online"\} \d+$/m);
    expect(text).toContain('gatecast_nodejs_eventloop_lag_seconds');
    expect(text).toContain('gatecast_publish_ack_seconds_bucket');
  });
});
