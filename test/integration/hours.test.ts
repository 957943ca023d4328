// Operating hours end to end on the controller: the player is told them, monitoring calls a board dark by
// schedule "scheduled-off" (no alert), and availability counts only the scheduled minutes.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '../../schemas/events.ts';
import type {
  AvailabilityRow,
  DeviceTokenCreated,
  FleetScreen,
  GateHours,
  ScreenAlert,
  ScreenConfig,
} from '../../schemas/types.ts';
import type { ApiError } from '../../schemas/types.ts';
import { factory } from '../support/factory.ts';
import {
  connectPlayer,
  dialects,
  nextEvent,
  startTestServer,
  type PlayerSocket,
  type TestServer,
} from '../support/server.ts';

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

// Open 06:00–22:00 every day (Asia/Ho_Chi_Minh, UTC+7: 23:00–15:00 UTC), the night template outside.
const hours: GateHours = {
  weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '06:00', close: '22:00' }],
  outside: 'night',
  dimming: [
    { from: '06:00', level: 1 },
    { from: '19:00', level: 0.5 },
  ],
};

describe.each(dialects)('operating hours: config, scheduled off, availability (%s)', (dialect) => {
  let server: TestServer;
  let now = Date.parse('2026-11-20T03:00:00Z');
  const clock = { now: () => now };
  const gate = factory.gate({ name: 'Cửa khẩu Na Mèo', province: 'Thanh Hóa', hours });
  const plain = factory.gate({ name: 'Cửa khẩu Tịnh Biên', province: 'An Giang' });
  const board = factory.screen(gate.id!, { name: 'Bảng LED Na Mèo' });
  const other = factory.screen(plain.id!, { name: 'Bảng LED Tịnh Biên' });
  let hook: Awaited<ReturnType<typeof receiver>>;
  const sockets: PlayerSocket[] = [];
  let player: PlayerSocket;
  let otherPlayer: PlayerSocket;
  let firstConfig: ScreenConfig;

  const emit = <T>(socket: PlayerSocket, event: string, payload: unknown) =>
    socket.timeout(5000).emitWithAck(event as 'heartbeat', payload as never) as Promise<Ack<T>>;
  const beat = async (socket: PlayerSocket) => {
    expect((await emit(socket, 'heartbeat', factory.heartbeat({ sentAt: now }))).ok).toBe(true);
  };
  const fleet = async () => {
    const reply = await server.api.get<{ items: FleetScreen[]; counts: Record<string, number> }>(
      '/api/v1/fleet',
    );
    const of = (id: string | undefined) => reply.body.items.find((s) => s.screenId === id)?.connectivity;
    return { board: of(board.id), other: of(other.id), counts: reply.body.counts };
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
        HEARTBEAT_FLUSH_MS: '600000',
        WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      },
    });
    for (const [path, body] of [
      ['/api/v1/gates', gate],
      ['/api/v1/gates', plain],
      ['/api/v1/screens', board],
      ['/api/v1/screens', other],
    ] as const)
      expect((await server.api.post(path, body)).status, path).toBe(201);
    await server.api.post('/api/v1/webhooks', {
      url: hook.url,
      secret: 'bí mật của sở thông tin',
      scope: { global: true },
      events: ['screen.offline', 'screen.online'],
    });
    for (const s of [board, other]) {
      const token = await server.api.post<DeviceTokenCreated>(`/api/v1/screens/${s.id}/tokens`, {});
      const socket = connectPlayer(server.url, token.body.token);
      const config = nextEvent(socket, 'config');
      sockets.push(socket);
      if (s === board) firstConfig = (await config) as ScreenConfig;
      else await config;
    }
    [player, otherPlayer] = sockets as [PlayerSocket, PlayerSocket];
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    hook.server.close();
    await server.stop();
  });

  it('sends the gate’s hours to its players, and sends them again when they change', async () => {
    expect(firstConfig.gate.hours).toEqual(hours);
    const changed: GateHours = { ...hours, outside: 'black' };
    const next = nextEvent(player, 'config');
    expect((await server.api.put(`/api/v1/gates/${gate.id}`, { ...gate, hours: changed })).status).toBe(200);
    expect(((await next) as ScreenConfig).gate.hours).toEqual(changed);
    expect((await server.api.put(`/api/v1/gates/${gate.id}`, gate)).status).toBe(200);
  });

  it('refuses hours it cannot read, naming the field, and keeps what was stored', async () => {
    const twice = await server.api.put<{ error: ApiError }>(`/api/v1/gates/${gate.id}`, {
      ...gate,
      hours: { ...hours, dimming: [...(hours.dimming ?? []), { from: '19:00', level: 0.3 }] },
    });
    expect(twice.status).toBe(400);
    expect(twice.body.error.path).toBe('/hours/dimming/2/from');
    const late = await server.api.put<{ error: ApiError }>(`/api/v1/gates/${gate.id}`, {
      ...gate,
      hours: { ...hours, weekly: [{ days: [1], open: '06:00', close: '24:00' }] },
    });
    expect(late.status).toBe(400);
    expect(late.body.error.path).toBe('/hours/weekly/0/close');
    const stored = await server.api.get<{ hours?: GateHours }>(`/api/v1/gates/${gate.id}`);
    expect(stored.body.hours).toEqual(hours);
  });

  it('a board dark by schedule is scheduled off, without an alert; silence at night is not an outage', async () => {
    now = Date.parse('2026-11-23T14:59:50Z'); // Monday 21:59:50 at the gates: open
    await beat(player);
    await beat(otherPlayer);
    await tick(0);
    expect(await fleet()).toMatchObject({ board: 'online', other: 'online' });

    // 22:00: closing. The board goes quiet (its PC sleeps) and the other gate's board too.
    now = Date.parse('2026-11-23T15:00:00Z');
    await tick(0);
    const night = await tick(5 * 60_000); // 22:05
    const state = await fleet();
    expect(state).toMatchObject({ board: 'scheduled-off', other: 'offline' });
    expect(state.counts['scheduled-off']).toBeGreaterThanOrEqual(1);
    expect(night.map((a) => a.screen.id)).not.toContain(board.id);
    await tick(7 * 60 * 60_000); // 05:05: still off by schedule, nothing sent for it
    expect(hook.alerts.filter((a) => a.screen.id === board.id)).toEqual([]);

    // 06:00 opening: the board speaks within a minute; 8 h of night silence was never an outage (10 s
    // before closing and 20 s after opening are).
    now = Date.parse('2026-11-23T23:00:20Z');
    await tick(0);
    expect((await fleet()).board).toBe('online');
    await beat(player);
    await tick(30_000);
    expect((await fleet()).board).toBe('online');
    expect(hook.alerts.filter((a) => a.screen.id === board.id)).toEqual([]);
    // Silent after opening: offline once the threshold passes in open time, and announced.
    await tick(125_000);
    expect((await fleet()).board).toBe('offline');
    expect(hook.alerts.filter((a) => a.screen.id === board.id).map((a) => a.event)).toEqual([
      'screen.offline',
    ]);
  });

  it('availability over a day with hours counts only those hours, up and total', async () => {
    // Tuesday 2026-11-24 at the gate: heartbeats 05:00–06:59 (one hour before opening, one after) and
    // 21:30–22:29 (half an hour before closing, half after).
    const local = (hhmm: string) => Date.parse(`2026-11-24T${hhmm}:00+07:00`);
    for (const [start, minutes] of [
      [local('05:00'), 120],
      [local('21:30'), 60],
    ] as const)
      for (let m = 0; m < minutes; m++) {
        now = start + m * 60_000 + 5_000;
        await beat(player);
        await beat(otherPlayer);
      }
    await server.app.heartbeats.flush();
    now = Date.parse('2026-11-25T12:00:00Z');
    const report = await server.api.get<{ items: AvailabilityRow[] }>(
      '/api/v1/reports/availability?from=2026-11-24&until=2026-11-24',
    );
    expect(report.status).toBe(200);
    const row = (id: string | null, gateId: string) =>
      report.body.items.find((r) => r.screenId === id && r.gateId === gateId);
    // 16 scheduled hours; up for 60 + 30 of their minutes.
    expect(row(board.id!, gate.id!)).toMatchObject({ minutes: 960, minutesUp: 90, availability: 90 / 960 });
    expect(row(null, gate.id!)).toMatchObject({ minutes: 960, minutesUp: 90 });
    // A gate without hours counts the whole day and every minute heard, as before.
    expect(row(other.id!, plain.id!)).toMatchObject({ minutes: 1440, minutesUp: 180 });
  });
});
