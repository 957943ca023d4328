import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '../../schemas/events.ts';
import type {
  DeviceTokenCreated,
  Manifest,
  ManifestAckReply,
  ScreenConfig,
  ScreenStatus,
} from '../../schemas/types.ts';
import { Publisher } from '../support/approval.ts';
import { factory } from '../support/factory.ts';
import {
  connectPlayer,
  dialects,
  nextEvent,
  startTestServer,
  type PlayerSocket,
  type TestServer,
} from '../support/server.ts';

describe.each(dialects)('publish → player → ack (%s)', (dialect) => {
  let server: TestServer;
  let socket: PlayerSocket | undefined;
  // Content reaches players only once approved: the admin token writes and submits, a second principal approves.
  let publish: Publisher;
  const gate = factory.gate();
  const led = factory.screen(gate.id!, { groups: ['led'] });
  const kiosk = factory.screen(gate.id!, { kind: 'kiosk', width: 1080, height: 1920 });
  const welcome = factory.message();
  const customs = factory.message({
    name: 'Khai báo hải quan',
    variants: { vi: { title: 'Khai báo hải quan' }, en: { title: 'Customs declaration' } },
  });

  beforeAll(async () => {
    server = await startTestServer(dialect);
    publish = new Publisher(server);
    const { api } = server;
    for (const [path, body] of [
      ['/api/v1/gates', gate],
      ['/api/v1/screens', led],
      ['/api/v1/screens', kiosk],
    ] as const) {
      expect((await api.post(path, body)).status).toBe(201);
    }
    for (const message of [welcome, customs]) await publish.create('/api/v1/messages', message);
  });

  afterAll(async () => {
    socket?.close();
    await server.stop();
  });

  it('pushes a new manifest when a schedule changes, and records the ack', async () => {
    const { api } = server;
    const main = factory.playlist([welcome.id!]);
    await publish.create('/api/v1/playlists', main);
    const token = await api.post<DeviceTokenCreated>(`/api/v1/screens/${led.id}/tokens`, { label: 'test' });
    expect(token.status).toBe(201);
    expect(token.body.token).not.toContain(led.id);

    socket = connectPlayer(server.url, token.body.token);
    const config = await nextEvent<ScreenConfig>(socket, 'config');
    expect(config).toMatchObject({
      screenId: led.id,
      width: 800,
      height: 500,
      languages: ['vi', 'km', 'en'],
    });

    // Nothing scheduled and no default playlist: the screen has a manifest of idle segments.
    const schedule = factory.schedule(main.id!, { gates: [gate.id!] });
    const arriving = nextEvent<Manifest>(socket, 'manifest');
    await publish.create('/api/v1/schedules', schedule);
    let manifest = await arriving;
    const loopKey = manifest.segments[0]?.loop;
    expect(loopKey).toBeTruthy();
    expect(manifest.loops[loopKey!]?.map((e) => e.lang)).toEqual(['vi', 'km', 'en']);
    expect(manifest.messages[welcome.id!]?.variants.km?.title).toBe('សូមស្វាគមន៍');
    expect(manifest.fonts).toContainEqual({ lang: 'km', family: 'Noto Sans Khmer' });

    // A higher-priority schedule for the LED group replaces the loop on the LED board only.
    const rush = factory.playlist([customs.id!]);
    await publish.create('/api/v1/playlists', rush);
    const next = nextEvent<Manifest>(socket, 'manifest');
    const urgent = factory.schedule(rush.id!, { groups: ['led'] }, { priority: 10 });
    await publish.create('/api/v1/schedules', urgent);
    manifest = await next;
    const entries = manifest.loops[manifest.segments[0]!.loop!]!;
    expect(entries.map((e) => [e.messageId, e.lang])).toEqual([
      [customs.id, 'vi'],
      [customs.id, 'en'],
    ]);
    const kioskManifest = await api.get<Manifest>(`/api/v1/screens/${kiosk.id}/manifest`);
    expect(kioskManifest.body.version).not.toBe(manifest.version);

    const reply = await socket.emitWithAck('manifest:ack', { version: manifest.version });
    expect(reply).toEqual({
      ok: true,
      data: { version: manifest.version, current: true },
    } satisfies Ack<ManifestAckReply>);
    const status = await api.get<ScreenStatus>(`/api/v1/screens/${led.id}/status`);
    expect(status.body).toMatchObject({
      currentVersion: manifest.version,
      appliedVersion: manifest.version,
      connected: true,
    });

    // Editing the schedule to end yesterday takes the urgent loop off the board again.
    const back = nextEvent<Manifest>(socket, 'manifest');
    await publish.update('/api/v1/schedules', urgent.id!, { ...urgent, until: '2000-01-01' });
    const restored = await back;
    expect(restored.loops[restored.segments[0]!.loop!]!.map((e) => e.messageId)).toEqual([
      welcome.id,
      welcome.id,
      welcome.id,
    ]);
  });

  it('sends the current manifest to a player that connects later, and nothing to other screens', async () => {
    const { api } = server;
    const token = await api.post<DeviceTokenCreated>(`/api/v1/screens/${kiosk.id}/tokens`, {});
    const late = connectPlayer(server.url, token.body.token);
    try {
      const [config, manifest] = await Promise.all([
        nextEvent<ScreenConfig>(late, 'config'),
        nextEvent<Manifest>(late, 'manifest'),
      ]);
      expect(config.screenId).toBe(kiosk.id);
      const status = await api.get<ScreenStatus>(`/api/v1/screens/${kiosk.id}/status`);
      expect(status.body.currentVersion).toBe(manifest.version);
      expect(status.body.appliedVersion).toBeNull();

      // A change that only affects the LED board reaches no kiosk.
      let kioskGotOne = false;
      late.on('manifest', () => (kioskGotOne = true));
      const ledNext = nextEvent<Manifest>(socket!, 'manifest');
      const only = factory.playlist([customs.id!]);
      await publish.create('/api/v1/playlists', only);
      await publish.create(
        '/api/v1/schedules',
        factory.schedule(only.id!, { screens: [led.id!] }, { priority: 50 }),
      );
      await ledNext;
      // Frames on one socket arrive in order: a manifest sent to the kiosk would precede this reply.
      await late.emitWithAck('time:sync', { clientTime: Date.now() });
      expect(kioskGotOne).toBe(false);
    } finally {
      late.close();
    }
  });
});
