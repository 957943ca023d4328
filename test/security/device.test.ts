// A device token is a credential left on a PC at a border gate: whoever holds it must not be able to flood
// the controller with events, write proof of play that no screen showed, or acknowledge what another
// screen was sent. Black-box: a real controller, real socket.io-client players, the REST API and /metrics.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '../../schemas/events.ts';
import type {
  DeviceTokenCreated,
  Emergency,
  Manifest,
  ManifestAckReply,
  Play,
  PlayBatchReply,
  PlayRecord,
  ScreenStatus,
} from '../../schemas/types.ts';
import { Publisher } from '../support/approval.ts';
import { factory } from '../support/factory.ts';
import { batches, playsOf } from '../support/plays.ts';
import {
  ADMIN_TOKEN,
  connectPlayer,
  nextEvent,
  startTestServer,
  type PlayerSocket,
  type TestServer,
} from '../support/server.ts';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

function emit<T>(socket: PlayerSocket, event: string, payload: unknown): Promise<Ack<T>> {
  return socket.timeout(10_000).emitWithAck(event as 'heartbeat', payload as never) as Promise<Ack<T>>;
}

describe('a device token can neither flood nor forge', () => {
  let server: TestServer;
  const published = Date.parse('2026-11-22T03:00:00Z');
  let now = published;
  const clock = { now: () => now };
  const giaLai = factory.gate({ province: 'Gia Lai', languages: ['vi', 'km'] });
  const anGiang = factory.gate({ name: 'Cửa khẩu Tịnh Biên', province: 'An Giang', languages: ['vi', 'km'] });
  const ownScreen = factory.screen(giaLai.id!);
  const otherScreen = factory.screen(anGiang.id!);
  const ownMessage = factory.message({ gateId: giaLai.id! });
  const otherMessage = factory.message({ name: 'Tịnh Biên', gateId: anGiang.id! });
  const sockets: PlayerSocket[] = [];
  let own: PlayerSocket; // the honest player of ownScreen
  let other: PlayerSocket; // the honest player of otherScreen (another province)
  let ownManifest: Manifest;
  let otherManifest: Manifest;

  const token = async (screenId: string) =>
    (await server.api.post<DeviceTokenCreated>(`/api/v1/screens/${screenId}/tokens`, {})).body.token;
  const connect = async (deviceToken: string) => {
    const socket = connectPlayer(server.url, deviceToken);
    sockets.push(socket);
    await nextEvent(socket, 'config');
    return socket;
  };
  const plays = async (screenId: string, from: number, until: number) =>
    (
      await server.api.get<{ items: Play[]; total: number }>(
        `/api/v1/screens/${screenId}/plays?from=${new Date(from).toISOString()}&until=${new Date(until).toISOString()}&limit=5000`,
      )
    ).body;
  const send = async (socket: PlayerSocket, records: PlayRecord[]) => {
    const reply = await emit<PlayBatchReply>(socket, 'proof-of-play', { records });
    expect(reply.ok, JSON.stringify(reply)).toBe(true);
    return (reply as { data: PlayBatchReply }).data;
  };
  const metrics = async () =>
    (await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).text();
  const counter = (text: string, pattern: RegExp) =>
    text
      .split('\n')
      .filter((line) => pattern.test(line))
      .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);

  beforeAll(async () => {
    server = await startTestServer('sqlite', { clock });
    const { api } = server;
    for (const [path, body] of [
      ['/api/v1/gates', giaLai],
      ['/api/v1/gates', anGiang],
      ['/api/v1/screens', ownScreen],
      ['/api/v1/screens', otherScreen],
    ] as const)
      expect((await api.post(path, body)).status).toBe(201);
    // Each province plays its own message, ten seconds per language.
    // Written by an editor, approved by a second person (an approver token the admin made).
    const editor = await api.newUser(
      'bien-tap-vien',
      ['editor'],
      { global: true },
      'nội dung biên giới 2026',
    );
    const publish = new Publisher(server, editor);
    for (const [gate, message] of [
      [giaLai, ownMessage],
      [anGiang, otherMessage],
    ] as const) {
      await publish.create('/api/v1/messages', message);
      const playlist = factory.playlist([message.id!], { gateId: gate.id! });
      await publish.create('/api/v1/playlists', playlist);
      await publish.create('/api/v1/schedules', factory.schedule(playlist.id!, { gates: [gate.id!] }));
    }
    own = await connect(await token(ownScreen.id!));
    other = await connect(await token(otherScreen.id!));
    ownManifest = (await api.get<Manifest>(`/api/v1/screens/${ownScreen.id}/manifest`)).body;
    otherManifest = (await api.get<Manifest>(`/api/v1/screens/${otherScreen.id}/manifest`)).body;
    expect(ownManifest.version).not.toBe(otherManifest.version);
    // Three days and a bit later: the players have been offline and come back with what they played.
    now = published + 3 * day + 2 * hour;
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server.stop();
  });

  it('takes a three-day offline backlog in the batches the player really sends, refusing none', async () => {
    const records = playsOf(ownManifest, published + hour, published + 3 * day + hour);
    expect(records.length).toBeGreaterThan(25_000); // 10 s items for three days
    let stored = 0;
    for (const batch of batches(records)) {
      const reply = await send(own, batch);
      expect(reply.refused, JSON.stringify(reply.refusals.slice(0, 3))).toBe(0);
      stored += reply.stored;
      now += 1000; // the player sends at most one batch a second while it drains its queue
    }
    expect(stored).toBe(records.length);
    expect((await plays(ownScreen.id!, published, now)).total).toBe(records.length);
  });

  it('refuses thousands of plays claimed for one 10-second window (20,000 s on screen in 10 s)', async () => {
    // A window the screen did play (after the backlog) that nobody has reported yet: its Vietnamese slot.
    const slot = playsOf(
      ownManifest,
      published + 3 * day + hour + 30 * minute,
      published + 3 * day + hour + 31 * minute,
    ).filter((r) => r.lang === 'vi')[1]!;
    const forged = Array.from({ length: 2000 }, (_, i): PlayRecord => ({
      ...slot,
      id: randomUUID(),
      start: slot.start + (i % 200) * 50,
      end: slot.start + (i % 200) * 50 + 10_000,
    }));
    let refused = 0;
    for (const batch of batches(forged)) refused += (await send(own, batch)).refused;
    expect(refused).toBeGreaterThanOrEqual(1999);
    const stored = await plays(ownScreen.id!, slot.start - 20_000, slot.start + 20_000);
    expect(stored.total).toBeLessThanOrEqual(1);
    expect(stored.items.reduce((ms, p) => ms + p.durationMs, 0)).toBeLessThanOrEqual(15_000);
  });

  it('refuses implausible records one by one, stores the honest ones beside them, and says which', async () => {
    const from = published + 3 * day + hour + 40 * minute;
    const honest = playsOf(ownManifest, from, from + 60_000);
    const [first, second] = honest as [PlayRecord, PlayRecord];
    const later = (ms: number, over: Partial<PlayRecord>): PlayRecord => ({
      ...first,
      id: randomUUID(),
      start: first.start + ms,
      end: first.end + ms,
      ...over,
    });
    const bad: Record<string, PlayRecord> = {
      // On screen far longer than its 10-second slot.
      tooLong: later(5 * minute, { end: first.start + 5 * minute + 20 * minute }),
      // Played in an hour that has not come yet.
      future: later(now - first.start + hour, {}),
      // Played before the screen was ever sent this manifest (before it existed, even).
      beforeSent: later(-4 * day, {}),
      // Another province's message, under this screen's manifest.
      foreignMessage: later(10 * minute, { messageId: otherMessage.id! }),
      // Another screen's manifest version, with its message.
      foreignManifest: later(11 * minute, {
        messageId: otherMessage.id!,
        manifestVersion: otherManifest.version,
      }),
      // A version that was never compiled.
      unknownManifest: later(12 * minute, { manifestVersion: 'f'.repeat(64) }),
      // The same moment as an honest record, under another id.
      overlap: { ...second, id: randomUUID() },
    };
    const reply = await send(own, [...honest, ...Object.values(bad)]);
    expect(reply).toMatchObject({
      received: honest.length + Object.keys(bad).length,
      stored: honest.length,
      duplicates: 0,
      refused: Object.keys(bad).length,
    });
    expect(new Set(reply.refusals.map((r) => r.id))).toEqual(new Set(Object.values(bad).map((r) => r.id)));
    const storedAround = async (r: PlayRecord) =>
      new Set((await plays(ownScreen.id!, r.start - 60_000, r.start + 60_000)).items.map((p) => p.id));
    for (const [name, record] of Object.entries(bad))
      expect((await storedAround(record)).has(record.id), name).toBe(false);
    const storedHonest = await storedAround(first);
    for (const record of honest) expect(storedHonest.has(record.id)).toBe(true);
    // A resent batch (its ack was lost) is acked again, the refused records refused again, nothing doubled.
    const again = await send(own, [...honest, ...Object.values(bad)]);
    expect(again).toMatchObject({ stored: 0, duplicates: honest.length, refused: Object.keys(bad).length });
  });

  it('acknowledges only manifest versions sent to its own screen', async () => {
    const mine = await emit<ManifestAckReply>(own, 'manifest:ack', { version: ownManifest.version });
    expect(mine).toEqual({ ok: true, data: { version: ownManifest.version, current: true } });
    const foreign = await emit<ManifestAckReply>(own, 'manifest:ack', { version: otherManifest.version });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'not_found', path: '/version' } });
    const status = await server.api.get<ScreenStatus>(`/api/v1/screens/${ownScreen.id}/status`);
    expect(status.body).toMatchObject({
      currentVersion: ownManifest.version,
      appliedVersion: ownManifest.version,
    });
    const theirs = await server.api.get<ScreenStatus>(`/api/v1/screens/${otherScreen.id}/status`);
    expect(theirs.body.appliedVersion).toBeNull();
  });

  it('acknowledges only emergencies that went out to its screen', async () => {
    // Gia Lai needs a second approver: until then the emergency is on no screen, and no player has shown it.
    const sent = await server.api.post<Emergency>('/api/v1/emergencies', {
      variants: { vi: { title: 'Cảnh báo lũ quét' } },
      targets: { gates: [giaLai.id] },
      ttlMinutes: 30,
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body.state).toBe('pending');
    const ack = await emit(own, 'emergency:ack', { id: sent.body.id });
    expect(ack).toMatchObject({ ok: false, error: { code: 'not_found', path: '/id' } });
    const detail = await server.api.get<Emergency>(`/api/v1/emergencies/${sent.body.id}`);
    expect(detail.body.acks ?? []).toEqual([]);
  });

  it('answers a flood with rate_limited, cuts off a device that keeps on, and other players are unaffected', async () => {
    const flooding = await connect(await token(ownScreen.id!));
    const heartbeat = factory.heartbeat();
    const wave = await Promise.all(
      Array.from({ length: 120 }, () => emit(flooding, 'heartbeat', heartbeat).catch(() => null)),
    );
    expect(wave.filter((r) => r && !r.ok && r.error.code === 'rate_limited').length).toBeGreaterThan(10);
    expect(wave.filter((r) => r?.ok).length).toBeGreaterThan(10);
    expect(flooding.connected).toBe(true);
    // The honest players of the same screen and of another are served as ever.
    expect(await emit(own, 'heartbeat', heartbeat)).toMatchObject({ ok: true });
    expect(await emit(other, 'heartbeat', heartbeat)).toMatchObject({ ok: true });
    expect(await emit(own, 'time:sync', { clientTime: 1 })).toMatchObject({ ok: true });

    // It goes on regardless: the controller closes its connection, and does not take it back at once.
    const closed = new Promise<void>((resolve) =>
      flooding.once('disconnect', () => {
        resolve();
      }),
    );
    for (let i = 0; i < 1000 && flooding.connected; i++) {
      await Promise.race([emit(flooding, 'heartbeat', heartbeat).catch(() => null), closed]);
    }
    await closed;
    flooding.connect();
    const refused = await nextEvent<Error & { data?: { code?: string } }>(flooding, 'connect_error');
    expect(refused.data?.code).toBe('rate_limited');
    expect(await emit(own, 'heartbeat', heartbeat)).toMatchObject({ ok: true });
  });

  it('counts every refusal in /metrics, by reason', async () => {
    const text = await metrics();
    expect(counter(text, /^gatecast_player_events_dropped_total\{.*reason="rate_limited"/)).toBeGreaterThan(
      10,
    );
    expect(
      counter(text, /^gatecast_player_events_dropped_total\{event="manifest:ack",reason="not_found"\}/),
    ).toBe(1);
    expect(
      counter(text, /^gatecast_player_events_dropped_total\{event="emergency:ack",reason="not_found"\}/),
    ).toBe(1);
    for (const reason of ['overlap', 'too_long', 'future', 'before_sent', 'unknown_item', 'unknown_manifest'])
      expect(
        counter(text, new RegExp(`^gatecast_plays_refused_total\\{reason="${reason}"\\}`)),
        reason,
      ).toBeGreaterThan(0);
    expect(counter(text, /^gatecast_player_flood_disconnects_total/)).toBe(1);
  });
});
