import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, DeviceTokenCreated } from '../../schemas/types.ts';
import { factory } from '../support/factory.ts';
import { type Api, connectPlayer, nextEvent, startTestServer, type TestServer } from '../support/server.ts';

// Contract A: every refusal carries, beside its coarse code, a closed `reason` and the `params` its sentence
// names, at the field's pointer, so the console can say in Vietnamese what is wrong where. And a refused
// write stores nothing.
interface ErrorBody {
  error: ApiError;
}

interface Refusal {
  what: string;
  path: string;
  body: () => unknown;
  pointer: string;
  code?: string;
  reason: string;
  params?: object;
}

const password = 'lý do từ chối rõ ràng 2026';

describe('error replies name their reason (Contract A)', () => {
  let server: TestServer;
  const gate = factory.gate({ province: 'Gia Lai' });
  const otherGate = factory.gate({ name: 'Cửa khẩu Tịnh Biên', province: 'An Giang' });
  const message = factory.message({ gateId: gate.id! });
  const otherMessage = factory.message({ gateId: otherGate.id! });
  const playlist = factory.playlist([message.id!], { gateId: gate.id! });
  let viewer: Api;
  let outsider: Api;

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    for (const [path, body] of [
      ['/api/v1/gates', gate],
      ['/api/v1/gates', otherGate],
      ['/api/v1/messages', message],
      ['/api/v1/messages', otherMessage],
      ['/api/v1/playlists', playlist],
    ] as const) {
      const res = await server.api.post(path, body);
      expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBe(201);
    }
    viewer = await server.api.newUser('nguoi-xem', ['viewer'], { global: true }, password);
    outsider = await server.api.newUser(
      'quan-tri-an-giang',
      ['admin'],
      { provinces: ['An Giang'] },
      password,
    );
  });
  afterAll(async () => {
    await server.stop();
  });

  const count = async (path: string) => (await server.api.get<{ total: number }>(path)).body.total;

  it.each([
    {
      what: 'an empty name',
      path: '/api/v1/messages',
      body: () => factory.message({ name: '' }),
      pointer: '/name',
      reason: 'too_short',
      params: { limit: 1 },
    },
    {
      what: 'an unknown field',
      path: '/api/v1/gates',
      body: () => ({ ...factory.gate(), colour: 'red' }),
      pointer: '/colour',
      reason: 'unknown_field',
      params: { field: 'colour' },
    },
    {
      what: 'a missing field',
      path: '/api/v1/messages',
      body: () => ({ ...factory.message(), name: undefined }),
      pointer: '/name',
      reason: 'required',
      params: { field: 'name' },
    },
    {
      what: 'a schedule without targets',
      path: '/api/v1/schedules',
      body: () => factory.schedule(playlist.id!, {}),
      pointer: '/targets',
      reason: 'needs_target',
      params: undefined,
    },
    {
      what: 'a playlist item lasting 0 seconds',
      path: '/api/v1/playlists',
      body: () =>
        factory.playlist([message.id!], {
          items: [{ type: 'message', messageId: message.id!, duration: 0 }],
        }),
      pointer: '/items/0/duration',
      reason: 'too_small',
      params: { limit: 1 },
    },
    {
      what: 'a playlist naming a message that does not exist',
      path: '/api/v1/playlists',
      body: () => factory.playlist(['ghost']),
      pointer: '/items/0/messageId',
      code: 'unknown_reference',
      reason: 'unknown_reference',
      params: { noun: 'message', id: 'ghost' },
    },
    {
      what: 'a schedule ending before it starts',
      path: '/api/v1/schedules',
      body: () =>
        factory.schedule(playlist.id!, { gates: [gate.id!] }, { from: '2026-12-02', until: '2026-12-01' }),
      pointer: '/until',
      reason: 'until_before_from',
      params: { from: '2026-12-02' },
    },
    {
      what: 'a cron recurrence lasting 0 minutes',
      path: '/api/v1/schedules',
      body: () =>
        factory.schedule(
          playlist.id!,
          { gates: [gate.id!] },
          { recurrence: { type: 'cron', cron: '0 6 * * *', durationMinutes: 0 } },
        ),
      pointer: '/recurrence/durationMinutes',
      reason: 'too_small',
      params: { limit: 1 },
    },
    {
      what: 'an emergency lasting 0 minutes',
      path: '/api/v1/emergencies',
      body: () => ({ variants: { vi: { title: 'Khẩn cấp' } }, targets: { gates: [gate.id] }, ttlMinutes: 0 }),
      pointer: '/ttlMinutes',
      reason: 'too_small',
      params: { limit: 1 },
    },
    {
      what: 'an emergency aimed at no screen',
      path: '/api/v1/emergencies',
      body: () => ({ variants: { vi: { title: 'Khẩn cấp' } }, targets: {}, ttlMinutes: 5 }),
      pointer: '/targets',
      reason: 'needs_target',
      params: undefined,
    },
    {
      what: 'a message of a bad level',
      path: '/api/v1/messages',
      body: () => ({ ...factory.message(), level: 'loud' }),
      pointer: '/level',
      reason: 'not_a_choice',
      params: undefined,
    },
  ] as Refusal[])(
    'refuses $what: 400 $reason at $pointer, nothing stored',
    async ({ path, body, pointer, code, reason, params }) => {
      const before = await count(path);
      const res = await server.api.post<ErrorBody>(path, body());
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe(code ?? 'validation_failed');
      expect(res.body.error.reason).toBe(reason);
      expect(res.body.error.path).toBe(pointer);
      expect(res.body.error.params).toEqual(params);
      expect(await count(path)).toBe(before);
    },
  );

  it('refuses an edit by someone without the editor role: 403 needs_role naming the roles, nothing changed', async () => {
    const res = await viewer.put<ErrorBody>(`/api/v1/messages/${message.id}`, {
      ...message,
      name: 'Đổi tên',
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect(res.body.error.reason).toBe('needs_role');
    expect(res.body.error.params?.roles).toEqual(expect.arrayContaining(['editor']));
    expect((await server.api.get<{ name: string }>(`/api/v1/messages/${message.id}`)).body.name).toBe(
      message.name,
    );
  });

  it('refuses an editor of another province: the message answers as missing, a gate of theirs as outside_scope', async () => {
    const edit = await outsider.put<ErrorBody>(`/api/v1/messages/${message.id}`, {
      ...message,
      name: 'Đổi tên',
    });
    expect(edit.status).toBe(404);
    expect(edit.body.error.code).toBe('not_found');
    expect((await server.api.get<{ name: string }>(`/api/v1/messages/${message.id}`)).body.name).toBe(
      message.name,
    );
    // Moving their own gate into a province they do not hold is refused at the field.
    const move = await outsider.put<ErrorBody>(`/api/v1/gates/${otherGate.id}`, {
      ...otherGate,
      province: 'Gia Lai',
    });
    expect(move.status, JSON.stringify(move.body)).toBe(403);
    expect(move.body.error.reason).toBe('outside_scope');
    expect(move.body.error.path).toBe('/province');
    expect((await server.api.get<{ province: string }>(`/api/v1/gates/${otherGate.id}`)).body.province).toBe(
      'An Giang',
    );
  });

  it('refuses to delete a message a playlist uses: 409 in_use naming the playlist, the message stays', async () => {
    const res = await server.api.delete<ErrorBody>(`/api/v1/messages/${message.id}`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('conflict');
    expect(res.body.error.reason).toBe('in_use');
    expect(res.body.error.params).toEqual({ by: 'playlist', ids: [playlist.id] });
    expect((await server.api.get(`/api/v1/messages/${message.id}`)).status).toBe(200);
  });

  it('refuses a duplicate id: 409 taken at /id', async () => {
    const res = await server.api.post<ErrorBody>('/api/v1/gates', gate);
    expect(res.status).toBe(409);
    expect(res.body.error.reason).toBe('taken');
    expect(res.body.error.path).toBe('/id');
  });

  it('a refused socket payload carries its reason too', async () => {
    const screen = factory.screen(gate.id!);
    expect((await server.api.post('/api/v1/screens', screen)).status).toBe(201);
    const token = await server.api.post<DeviceTokenCreated>(`/api/v1/screens/${screen.id}/tokens`, {});
    const socket = connectPlayer(server.url, token.body.token);
    try {
      await nextEvent(socket, 'config');
      const extra = await socket.emitWithAck('time:sync', { clientTime: 1, sneaky: true } as never);
      expect(extra).toEqual({
        ok: false,
        error: expect.objectContaining({
          code: 'validation_failed',
          path: '/sneaky',
          reason: 'unknown_field',
          params: { field: 'sneaky' },
        }) as unknown,
      });
    } finally {
      socket.close();
    }
  });
});
