import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '../../schemas/events.ts';
import type {
  Command,
  DeviceTokenCreated,
  HeartbeatMinute,
  HeartbeatReply,
  Manifest,
  Play,
  PlayBatchReply,
  PlayRecord,
  PlayerOverride,
  Screenshot,
  ScreenHeartbeat,
} from '../../schemas/types.ts';
import { Publisher } from '../support/approval.ts';
import { factory } from '../support/factory.ts';
import { playsOf } from '../support/plays.ts';
import {
  ADMIN_TOKEN,
  Api,
  connectPlayer,
  dialects,
  nextEvent,
  startTestServer,
  type PlayerSocket,
  type TestServer,
} from '../support/server.ts';

const heartbeat = factory.heartbeat;

const record = (start: number, over: Partial<PlayRecord> = {}): PlayRecord => ({
  id: randomUUID(),
  type: 'message',
  playlistId: 'main',
  messageId: 'welcome',
  lang: 'vi',
  start,
  end: start + 8000,
  clockTrusted: true,
  ...over,
});

function emit<T>(socket: PlayerSocket, event: string, payload: unknown): Promise<Ack<T>> {
  return socket.timeout(5000).emitWithAck(event as 'heartbeat', payload as never) as Promise<Ack<T>>;
}

describe.each(dialects)('reporting: heartbeats, proof of play, remote commands (%s)', (dialect) => {
  let server: TestServer;
  let now = Date.parse('2026-11-22T03:00:10Z');
  const clock = { now: () => now };
  const giaLai = factory.gate({ province: 'Gia Lai' });
  const anGiang = factory.gate({ name: 'Cửa khẩu Tịnh Biên', province: 'An Giang' });
  const screens = [factory.screen(giaLai.id!), factory.screen(giaLai.id!), factory.screen(anGiang.id!)];
  const sockets: PlayerSocket[] = [];
  const deviceTokens: string[] = [];
  const roleApi = new Map<string, Api>();

  beforeAll(async () => {
    // Flushes only when asked (or when 1,000 screen-minutes wait): the test counts transactions exactly.
    server = await startTestServer(dialect, {
      clock,
      env: { HEARTBEAT_FLUSH_MS: '600000', HEARTBEAT_SECONDS: '20' },
    });
    const admin = server.api;
    for (const gate of [giaLai, anGiang]) expect((await admin.post('/api/v1/gates', gate)).status).toBe(201);
    for (const screen of screens) {
      expect((await admin.post('/api/v1/screens', screen)).status).toBe(201);
      const token = await admin.post<DeviceTokenCreated>(`/api/v1/screens/${screen.id}/tokens`, {});
      deviceTokens.push(token.body.token);
      const socket = connectPlayer(server.url, token.body.token);
      sockets.push(socket);
      await nextEvent(socket, 'config');
    }
    for (const [name, roles, scope] of [
      ['technician', ['technician'], { global: true }],
      ['viewer', ['viewer'], { global: true }],
      ['editor', ['editor'], { global: true }],
      ['technician-an-giang', ['technician'], { provinces: ['An Giang'] }],
    ] as const) {
      const made = await admin.post<{ token: string }>('/api/v1/tokens', { label: name, roles, scope });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      roleApi.set(name, new Api(server.url, made.body.token));
    }
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server.stop();
  });

  it('ingests many heartbeats in one transaction, and keeps the latest and a per-minute history', async () => {
    const before = server.app.heartbeats.stats();
    const replies = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        emit<HeartbeatReply>(sockets[i % 3]!, 'heartbeat', heartbeat({ uptimeSeconds: 100 + i })),
      ),
    );
    for (const reply of replies)
      expect(reply).toEqual({ ok: true, data: { receivedAt: now, intervalSeconds: 20 } });
    // Acked from memory: nothing was written per heartbeat, and the latest is queryable already.
    expect(server.app.heartbeats.stats().transactions).toBe(before.transactions);
    const early = await server.api.get<ScreenHeartbeat>(`/api/v1/screens/${screens[0]!.id}/heartbeat`);
    expect(early.body.heartbeat.uptimeSeconds).toBe(157);

    await server.app.heartbeats.flush();
    expect(server.app.heartbeats.stats().transactions).toBe(before.transactions + 1);
    const rows = await server.app.db.selectFrom('heartbeat_minutes').selectAll().execute();
    expect(rows.reduce((sum, r) => sum + r.heartbeats, 0)).toBe(60);
    expect(rows).toHaveLength(3);

    // The next minute makes a new history row; the latest moves on.
    now += 60_000;
    await emit(
      sockets[0]!,
      'heartbeat',
      heartbeat({ uptimeSeconds: 400, clock: { offsetMs: 5, trusted: false } }),
    );
    await server.app.heartbeats.flush();
    const latest = await server.api.get<ScreenHeartbeat>(`/api/v1/screens/${screens[0]!.id}/heartbeat`);
    expect(latest.status).toBe(200);
    expect(latest.body).toMatchObject({ screenId: screens[0]!.id, receivedAt: now, intervalSeconds: 20 });
    expect(latest.body.heartbeat.clock).toEqual({ offsetMs: 5, trusted: false });
    expect(latest.body.heartbeat.onScreen).toEqual(heartbeat().onScreen);
    const history = await server.api.get<{ items: HeartbeatMinute[] }>(
      `/api/v1/screens/${screens[0]!.id}/heartbeats?from=2026-11-22T00:00:00Z&until=2026-11-23T00:00:00Z`,
    );
    expect(history.body.items.map((m) => [m.minute, m.heartbeats, m.clockTrusted])).toEqual([
      ['2026-11-22T03:00:00.000Z', 20, true],
      ['2026-11-22T03:01:00.000Z', 1, false],
    ]);
    // A screen that never reported answers null, not an error.
    const none = factory.screen(giaLai.id!);
    await server.api.post('/api/v1/screens', none);
    expect((await server.api.get(`/api/v1/screens/${none.id}/heartbeat`)).body).toBeNull();
  });

  it('tells listeners of every heartbeat (the hook the status model builds on)', async () => {
    const seen: string[] = [];
    const stop = server.app.heartbeats.onHeartbeat((h) => seen.push(h.screenId));
    await emit(sockets[1]!, 'heartbeat', heartbeat());
    stop();
    await emit(sockets[1]!, 'heartbeat', heartbeat());
    expect(seen).toEqual([screens[1]!.id]);
  });

  it('answers malformed heartbeats and batches with an error ack naming the field, and stores nothing', async () => {
    const bad = await emit(sockets[0]!, 'heartbeat', { ...heartbeat(), errors: 'none' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation_failed', path: '/errors' } });
    const backwards = await emit(sockets[0]!, 'proof-of-play', {
      records: [record(now, { end: now - 1 })],
    });
    expect(backwards).toMatchObject({ ok: false, error: { path: '/records/0/end' } });
    const plays = await server.api.get<{ total: number }>(`/api/v1/screens/${screens[0]!.id}/plays`);
    expect(plays.body.total).toBe(0);
  });

  it('stores a proof-of-play batch once: a replayed batch is acked but not counted again', async () => {
    // The screen plays a message in Vietnamese and Khmer and a clock, 8 s each; its player reports them.
    const publish = new Publisher(
      server,
      await server.api.newUser(`editor-${dialect}`, ['editor'], { global: true }, 'bản tin cửa khẩu 2026'),
    );
    const message = factory.message({ gateId: giaLai.id! });
    await publish.create('/api/v1/messages', message);
    const playlist = factory.playlist([], {
      gateId: giaLai.id!,
      languages: ['vi', 'km'],
      items: [
        { type: 'message', messageId: message.id!, duration: 8 },
        { type: 'clock', duration: 8 },
      ],
    });
    await publish.create('/api/v1/playlists', playlist);
    await publish.create('/api/v1/schedules', factory.schedule(playlist.id!, { screens: [screens[1]!.id!] }));
    const manifest = (await server.api.get<Manifest>(`/api/v1/screens/${screens[1]!.id}/manifest`)).body;
    const played = playsOf(manifest, now + 60_000, now + 120_000);
    const first = played.findIndex((r, i) => i > 0 && r.lang === 'vi');
    const records = played.slice(first, first + 4);
    now += 10 * 60_000;

    const reply = await emit<PlayBatchReply>(sockets[1]!, 'proof-of-play', { records: records.slice(0, 3) });
    expect(reply).toEqual({
      ok: true,
      data: { received: 3, stored: 3, duplicates: 0, refused: 0, refusals: [] },
    });
    // The ack was lost and the player sends the same batch again, with one new record.
    const again = await emit<PlayBatchReply>(sockets[1]!, 'proof-of-play', { records });
    expect(again).toEqual({
      ok: true,
      data: { received: 4, stored: 1, duplicates: 3, refused: 0, refusals: [] },
    });
    const plays = await server.api.get<{ items: Play[]; total: number }>(
      `/api/v1/screens/${screens[1]!.id}/plays?from=2026-11-22T00:00:00Z`,
    );
    expect(plays.body.total).toBe(4);
    expect(plays.body.items.map((p) => [p.lang ?? null, p.durationMs, p.gateId])).toEqual([
      ['vi', 8000, giaLai.id],
      ['km', 8000, giaLai.id],
      [null, 8000, giaLai.id],
      ['vi', 8000, giaLai.id],
    ]);
    expect(plays.body.items[0]!.start).toBe(new Date(records[0]!.start).toISOString());
    // Another screen may not see them through its own records: they are per screen.
    const other = await server.api.get<{ total: number }>(`/api/v1/screens/${screens[2]!.id}/plays`);
    expect(other.body.total).toBe(0);
  });

  it('round-trips identify, test pattern and reload through the player, with results, audited', async () => {
    const received: { type: string; durationMs?: number }[] = [];
    sockets[0]!.on('command', (command, ack) => {
      received.push(command);
      if (command.type === 'screenshot') return; // handled by the screenshot test's listener
      ack({ ok: true, data: { done: true, detail: `did ${command.type}` } });
    });
    const tech = roleApi.get('technician')!;
    for (const type of ['identify', 'test-pattern', 'reload'] as const) {
      now += 1000;
      const res = await tech.post<Command>(`/api/v1/screens/${screens[0]!.id}/commands`, {
        type,
        seconds: 5,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({ type, state: 'done', result: { done: true, detail: `did ${type}` } });
    }
    expect(received.map((c) => [c.type, c.durationMs])).toEqual([
      ['identify', 5000],
      ['test-pattern', 5000],
      ['reload', 5000],
    ]);
    const listed = await server.api.get<{ items: Command[] }>(`/api/v1/screens/${screens[0]!.id}/commands`);
    expect(listed.body.items.map((c) => c.type)).toEqual(['reload', 'test-pattern', 'identify']);
    const audit = await server.api.get<{
      items: { action: string; entityId: string; actor: { name: string } }[];
    }>('/api/v1/audit?limit=20');
    const commandEntries = audit.body.items.filter((e) => e.action.startsWith('screen.command'));
    expect(commandEntries.length).toBeGreaterThanOrEqual(6);
    expect(commandEntries.every((e) => e.entityId === screens[0]!.id && e.actor.name === 'technician')).toBe(
      true,
    );
  });

  it('records a refusal by the player as failed, and a screen with no player as 409', async () => {
    sockets[2]!.on('command', (_command, ack) => {
      ack({ ok: false, error: { code: 'command_failed', message: 'no screen geometry yet' } });
    });
    const failed = await server.api.post<Command>(`/api/v1/screens/${screens[2]!.id}/commands`, {
      type: 'test-pattern',
    });
    expect(failed.body).toMatchObject({ state: 'failed', error: { message: 'no screen geometry yet' } });
    const lonely = factory.screen(giaLai.id!);
    await server.api.post('/api/v1/screens', lonely);
    const res = await server.api.post(`/api/v1/screens/${lonely.id}/commands`, { type: 'identify' });
    expect(res.status).toBe(409);
  });

  it('takes a screenshot: the player uploads the PNG, the operator gets its facts and bytes', async () => {
    const png = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#204080' } })
      .png()
      .toBuffer();
    sockets[0]!.on('command', (command, ack) => {
      if (command.type !== 'screenshot') return;
      void fetch(server.url + command.uploadUrl!, {
        method: 'POST',
        headers: { authorization: `Bearer ${deviceTokens[0]}`, 'content-type': 'image/png' },
        body: png,
      })
        .then((r) => r.json() as Promise<Screenshot>)
        .then((shot) => {
          ack({
            ok: true,
            data: { done: true, screenshotId: shot.id, width: shot.width, height: shot.height },
          });
        });
    });
    expect((await server.api.get(`/api/v1/screens/${screens[0]!.id}/screenshot/latest`)).body).toBeNull();
    const res = await roleApi.get('technician')!.post<Command>(`/api/v1/screens/${screens[0]!.id}/commands`, {
      type: 'screenshot',
    });
    expect(res.body.state, JSON.stringify(res.body)).toBe('done');
    const shot = (res.body.result as { screenshot: Screenshot }).screenshot;
    expect(shot).toMatchObject({ screenId: screens[0]!.id, width: 800, height: 500, bytes: png.length });
    const meta = await roleApi
      .get('viewer')!
      .get<Screenshot>(`/api/v1/screens/${screens[0]!.id}/screenshot/latest`);
    expect(meta.body).toEqual(shot);
    const bytes = await fetch(`${server.url}${shot.imageUrl}`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(bytes.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await bytes.arrayBuffer()).equals(png)).toBe(true);

    // The same command cannot be answered twice, nor by an operator, nor by another screen's player.
    const replay = await fetch(
      server.url + `/api/v1/screens/${screens[0]!.id}/screenshots?command=${shot.commandId}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${deviceTokens[0]}`, 'content-type': 'image/png' },
        body: png,
      },
    );
    expect(replay.status).toBe(409);
    const foreign = await fetch(
      server.url + `/api/v1/screens/${screens[0]!.id}/screenshots?command=${shot.commandId}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${deviceTokens[1]}`, 'content-type': 'image/png' },
        body: png,
      },
    );
    expect(foreign.status).toBe(403);
    const operator = await server.api.request(
      'POST',
      `/api/v1/screens/${screens[0]!.id}/screenshots?command=x`,
      'x',
      {
        'content-type': 'image/png',
      },
    );
    expect(operator.status).toBe(403);
  });

  it('blacks out and unblanks one screen through the blackouts, which reach the player as overrides', async () => {
    const tech = roleApi.get('technician')!;
    const path = `/api/v1/screens/${screens[1]!.id}/commands`;
    const dark = nextEvent<PlayerOverride>(sockets[1]!, 'override');
    const black = await tech.post<Command>(path, { type: 'blackout', reason: 'bảo trì' });
    expect(black.status).toBe(201);
    expect((await dark).blackout).toBe(true);
    const blackoutId = (black.body.result as { blackoutId: string }).blackoutId;
    const stored = await server.api.get<{ targets: unknown; active: boolean }>(
      `/api/v1/blackouts/${blackoutId}`,
    );
    expect(stored.body).toMatchObject({ targets: { screens: [screens[1]!.id] }, active: true });

    const light = nextEvent<PlayerOverride>(sockets[1]!, 'override');
    const unblank = await tech.post<Command>(path, { type: 'unblank' });
    expect(unblank.body).toMatchObject({ state: 'done', result: { lifted: [blackoutId] } });
    expect((await light).blackout).toBe(false);
    expect((await tech.post(path, { type: 'unblank' })).status).toBe(409);
  });

  it('refuses commands to the wrong roles and outside the scope, and sends nothing', async () => {
    let delivered = 0;
    sockets[1]!.on('command', (_c, ack) => {
      delivered += 1;
      ack({ ok: true, data: { done: true } });
    });
    const path = `/api/v1/screens/${screens[1]!.id}/commands`;
    for (const role of ['viewer', 'editor']) {
      const res = await roleApi.get(role)!.post(path, { type: 'identify' });
      expect(res.status, role).toBe(403);
    }
    const outside = await roleApi.get('technician-an-giang')!.post(path, { type: 'identify' });
    expect([403, 404]).toContain(outside.status);
    expect(
      (await roleApi.get('technician-an-giang')!.get(`/api/v1/screens/${screens[1]!.id}/heartbeat`)).status,
    ).toBe(404);
    const bad = await roleApi.get('technician')!.post(path, { type: 'self-destruct' });
    expect(bad.status).toBe(400);
    expect(delivered).toBe(0);
    // In scope, the same technician role reaches the screen.
    const inside = await roleApi
      .get('technician-an-giang')!
      .post<Command>(`/api/v1/screens/${screens[2]!.id}/commands`, {
        type: 'identify',
      });
    expect(inside.status).toBe(201);
  });
});
