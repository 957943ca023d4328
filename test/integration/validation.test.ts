import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, DeviceTokenCreated, Manifest } from '../../schemas/types.ts';
import { factory } from '../support/factory.ts';
import {
  Api,
  connectPlayer,
  dialects,
  nextEvent,
  startTestServer,
  type TestServer,
} from '../support/server.ts';

interface ErrorBody {
  error: ApiError;
}

describe.each(dialects)('bad input is refused and changes nothing (%s)', (dialect) => {
  let server: TestServer;
  const gate = factory.gate();
  const screen = factory.screen(gate.id!);
  const message = factory.message();
  const playlist = factory.playlist([message.id!]);

  beforeAll(async () => {
    server = await startTestServer(dialect);
    await server.api.post('/api/v1/gates', gate);
    await server.api.post('/api/v1/screens', screen);
    await server.api.post('/api/v1/messages', message);
    await server.api.post('/api/v1/playlists', playlist);
  });
  afterAll(async () => {
    await server.stop();
  });

  it.each([
    [
      'a gate with an unknown time zone',
      '/api/v1/gates',
      factory.gate({ timeZone: 'Asia/Atlantis' }),
      '/timeZone',
    ],
    ['a gate without languages', '/api/v1/gates', { ...factory.gate(), languages: [] }, '/languages'],
    [
      'a screen with a missing width',
      '/api/v1/screens',
      { ...factory.screen(gate.id!), width: undefined },
      '/width',
    ],
    ['a screen of an unknown gate', '/api/v1/screens', factory.screen('no-such-gate'), '/gateId'],
    [
      'a message keyed by a bad language tag',
      '/api/v1/messages',
      factory.message({ variants: { Khmer: { title: 'x' } } }),
      '/variants/Khmer',
    ],
    [
      'a playlist item of an unknown type',
      '/api/v1/playlists',
      { name: 'p', items: [{ type: 'banner', duration: 5 }] },
      '/items/0',
    ],
    [
      'a playlist naming a missing message',
      '/api/v1/playlists',
      factory.playlist(['ghost']),
      '/items/0/messageId',
    ],
    [
      'a schedule with a bad cron expression',
      '/api/v1/schedules',
      factory.schedule(
        playlist.id!,
        { gates: [gate.id!] },
        { recurrence: { type: 'cron', cron: '0 25 * * *', durationMinutes: 60 } },
      ),
      '/recurrence/cron',
    ],
    ['a schedule without targets', '/api/v1/schedules', factory.schedule(playlist.id!, {}), '/targets'],
    [
      'a schedule ending before it starts',
      '/api/v1/schedules',
      factory.schedule(playlist.id!, { gates: [gate.id!] }, { from: '2026-12-02', until: '2026-12-01' }),
      '/until',
    ],
    ['an unknown field', '/api/v1/gates', { ...factory.gate(), colour: 'red' }, '/colour'],
  ])('refuses %s with 400 naming %s', async (_what, path, body, pointer) => {
    const before = await server.api.get<{ total: number }>(path);
    const res = await server.api.post<ErrorBody>(path, body);
    expect(res.status).toBe(400);
    expect(res.body.error.path).toBe(pointer);
    expect(res.body.error.message).toContain(pointer);
    const after = await server.api.get<{ total: number }>(path);
    expect(after.body.total).toBe(before.body.total);
  });

  it('refuses malformed JSON with a clear 400', async () => {
    const res = await server.api.request<ErrorBody>('POST', '/api/v1/gates', '{"name": "Lệ Thanh",', {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_json');
  });

  it('answers 404 for a missing entity and 409 for a duplicate id or a delete of something in use', async () => {
    expect((await server.api.get('/api/v1/gates/nowhere')).status).toBe(404);
    const dup = await server.api.post<ErrorBody>('/api/v1/gates', gate);
    expect(dup.status).toBe(409);
    expect(dup.body.error.path).toBe('/id');
    const inUse = await server.api.delete<ErrorBody>(`/api/v1/messages/${message.id}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.message).toContain(playlist.id);
    expect((await server.api.get(`/api/v1/messages/${message.id}`)).status).toBe(200);
  });

  it('keeps the stored entity when an update is invalid', async () => {
    const res = await server.api.put<ErrorBody>(`/api/v1/gates/${gate.id}`, {
      ...gate,
      location: { lat: 200, lon: 0 },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.path).toBe('/location/lat');
    const stored = await server.api.get<{ location: { lat: number } }>(`/api/v1/gates/${gate.id}`);
    expect(stored.body.location.lat).toBe(gate.location.lat);
  });

  it('stores text NFC-normalised', async () => {
    const decomposed = 'Le\u0302\u0323 Thanh'; // "Lệ" typed as e + combining circumflex + dot below
    const res = await server.api.post<{ name: string }>('/api/v1/gates', factory.gate({ name: decomposed }));
    expect(res.status).toBe(201);
    expect(res.body.name).toBe('Lệ Thanh');
    expect(res.body.name).toBe(decomposed.normalize('NFC'));
  });

  it('refuses requests without a valid API token', async () => {
    const anonymous = new Api(server.url, undefined);
    expect((await anonymous.get('/api/v1/gates')).status).toBe(401);
    const wrong = new Api(server.url, 'not-a-real-token-at-all-000000');
    expect((await wrong.get('/api/v1/gates')).status).toBe(401);
    expect((await anonymous.post('/api/v1/gates', factory.gate())).status).toBe(401);
    expect((await anonymous.get('/healthz')).status).toBe(200);
  });

  it('refuses a player with a bad token, and rejects invalid socket payloads without changing state', async () => {
    const bad = connectPlayer(server.url, 'gcd_this-token-was-never-issued-0000');
    const err = await nextEvent<Error>(bad, 'connect_error');
    expect(err.message).toContain('invalid or revoked device token');
    bad.close();

    const token = await server.api.post<DeviceTokenCreated>(`/api/v1/screens/${screen.id}/tokens`, {});
    const socket = connectPlayer(server.url, token.body.token);
    try {
      await nextEvent(socket, 'config');
      const malformed = await socket.emitWithAck('manifest:ack', { version: 42 } as never);
      expect(malformed).toMatchObject({ ok: false, error: { code: 'validation_failed', path: '/version' } });
      const unknown = await socket.emitWithAck('manifest:ack', { version: 'f'.repeat(32) });
      expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
      const extra = await socket.emitWithAck('time:sync', { clientTime: 1, sneaky: true } as never);
      expect(extra).toMatchObject({ ok: false, error: { path: '/sneaky' } });
      const status = await server.api.get<{ appliedVersion: string | null }>(
        `/api/v1/screens/${screen.id}/status`,
      );
      expect(status.body.appliedVersion).toBeNull();
    } finally {
      socket.close();
    }
  });

  it('never lets a device token call the operator API', async () => {
    const token = await server.api.post<DeviceTokenCreated>(`/api/v1/screens/${screen.id}/tokens`, {});
    const asDevice = new Api(server.url, token.body.token);
    expect((await asDevice.get('/api/v1/gates')).status).toBe(401);
    expect((await asDevice.get<Manifest>(`/api/v1/screens/${screen.id}/manifest`)).status).toBe(401);
  });
});
