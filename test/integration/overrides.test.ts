import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApiError,
  Blackout,
  DeviceTokenCreated,
  Emergency,
  PlayerOverride,
} from '../../schemas/types.ts';
import { factory } from '../support/factory.ts';
import {
  Api,
  connectPlayer,
  dialects,
  nextEvent,
  startTestServer,
  type PlayerSocket,
  type TestServer,
} from '../support/server.ts';

interface ErrorBody {
  error: ApiError;
}

const password = 'khẩn cấp biên giới 2026';
const variants = {
  vi: { title: 'Cảnh báo lũ quét', body: 'Tạm dừng xuất nhập cảnh, di chuyển lên vùng cao.' },
  km: { title: 'ការព្រមានទឹកជំនន់', body: 'ផ្អាកការឆ្លងដែន សូមផ្លាស់ទីទៅកន្លែងខ្ពស់។' },
};

describe.each(dialects)('emergency messages and blackouts (%s)', (dialect) => {
  let server: TestServer;
  let now = Date.parse('2026-11-22T03:00:00Z');
  const clock = { now: () => now };
  // Gia Lai keeps the default policy (a second approver); An Giang lets one approver send alone.
  const giaLai = factory.gate({ province: 'Gia Lai' });
  const anGiang = factory.gate({
    name: 'Cửa khẩu Tịnh Biên',
    province: 'An Giang',
    emergencyPolicy: 'single-approver',
  });
  const giaLaiLed = factory.screen(giaLai.id!);
  const anGiangLed = factory.screen(anGiang.id!);
  const apis = new Map<string, Api>();
  const as = (username: string) => apis.get(username)!;
  const players: Record<'giaLai' | 'anGiang', PlayerSocket> = {} as never;
  const tokens: Record<'giaLai' | 'anGiang', string> = {} as never;
  const sockets: PlayerSocket[] = [];

  const connect = async (token: string) => {
    const socket = connectPlayer(server.url, token);
    sockets.push(socket);
    const first = await nextEvent<PlayerOverride>(socket, 'override');
    return { socket, first };
  };

  beforeAll(async () => {
    server = await startTestServer(dialect, { clock });
    const admin = server.api;
    await admin.post('/api/v1/gates', giaLai);
    await admin.post('/api/v1/gates', anGiang);
    await admin.post('/api/v1/screens', giaLaiLed);
    await admin.post('/api/v1/screens', anGiangLed);
    const people: [string, string[], object][] = [
      ['approver-1', ['approver'], { global: true }],
      ['approver-2', ['approver'], { global: true }],
      ['approver-an-giang', ['approver'], { provinces: ['An Giang'] }],
      ['editor', ['editor'], { global: true }],
      ['viewer', ['viewer'], { global: true }],
      ['tech-an-giang', ['technician'], { provinces: ['An Giang'] }],
    ];
    for (const [username, roles, scope] of people) {
      apis.set(username, await admin.newUser(username, roles, scope, password));
    }
    for (const [key, screen] of [
      ['giaLai', giaLaiLed],
      ['anGiang', anGiangLed],
    ] as const) {
      const token = await admin.post<DeviceTokenCreated>(`/api/v1/screens/${screen.id}/tokens`, {});
      tokens[key] = token.body.token;
      const { socket, first } = await connect(token.body.token);
      expect(first).toEqual({ blackout: false, emergencies: [] });
      players[key] = socket;
    }
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await server.stop();
  });

  it('refuses an emergency from an editor, and bad input with the field named, changing nothing', async () => {
    const byEditor = await as('editor').post<ErrorBody>('/api/v1/emergencies', {
      variants,
      targets: { gates: [anGiang.id] },
      ttlMinutes: 30,
    });
    expect(byEditor.status).toBe(403);
    const cases: [object, string][] = [
      [{ variants, targets: { gates: [anGiang.id] }, ttlMinutes: 0 }, '/ttlMinutes'],
      [{ variants, targets: {}, ttlMinutes: 30 }, '/targets'],
      [{ variants, targets: { gates: ['no-such-gate'] }, ttlMinutes: 30 }, '/targets/gates/0'],
      [
        { variants: { Khmer: { title: 'x' } }, targets: { gates: [anGiang.id] }, ttlMinutes: 30 },
        '/variants/Khmer',
      ],
    ];
    for (const [body, path] of cases) {
      const res = await as('approver-1').post<ErrorBody>('/api/v1/emergencies', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.path).toBe(path);
    }
    const list = await as('approver-1').get<{ items: Emergency[] }>('/api/v1/emergencies');
    expect(list.body.items).toEqual([]);
  });

  it('lets only those who may send emergencies write a message of level emergency', async () => {
    const urgent = factory.message({ level: 'emergency', gateId: anGiang.id! });
    const byEditor = await as('editor').post<ErrorBody>('/api/v1/messages', urgent);
    expect(byEditor.status).toBe(403);
    expect(byEditor.body.error.message).toMatch(/level "emergency" needs one of the roles/);
    expect((await as('editor').get(`/api/v1/messages/${urgent.id}`)).status).toBe(404);
    // An editor may not demote one either; the admin (who holds every role) may write it.
    expect((await server.api.post('/api/v1/messages', urgent)).status).toBe(201);
    const demoted = await as('editor').put(`/api/v1/messages/${urgent.id}`, { ...urgent, level: 'normal' });
    expect(demoted.status).toBe(403);
  });

  it('goes live at once where every target gate waives the second approval, is acknowledged and logged', async () => {
    const pushed = nextEvent<PlayerOverride>(players.anGiang, 'override');
    const sent = await as('approver-an-giang').post<Emergency>('/api/v1/emergencies', {
      variants,
      targets: { gates: [anGiang.id] },
      ttlMinutes: 30,
    });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ state: 'active', secondApproval: 'waived-by-gate-policy' });
    const state = await pushed;
    expect(state.emergencies.map((e) => e.id)).toEqual([sent.body.id]);
    expect(state.emergencies[0]?.variants.km?.title).toBe(variants.km.title);
    expect(state.emergencies[0]?.expiresAt).toBe(now + 30 * 60_000);
    expect(state.emergencies[0]?.fonts).toContainEqual({ lang: 'km', family: 'Noto Sans Khmer' });

    const ack = (await players.anGiang
      .timeout(5000)
      .emitWithAck('emergency:ack', { id: sent.body.id })) as unknown;
    expect(ack).toEqual({ ok: true, data: { id: sent.body.id } });
    // Gia Lai's player may not acknowledge what is not for its screen.
    const foreign = (await players.giaLai
      .timeout(5000)
      .emitWithAck('emergency:ack', { id: sent.body.id })) as { ok: boolean };
    expect(foreign.ok).toBe(false);
    const detail = await as('viewer').get<Emergency>(`/api/v1/emergencies/${sent.body.id}`);
    expect(detail.body.screenIds).toEqual([anGiangLed.id]);
    expect(detail.body.acks?.map((a) => a.screenId)).toEqual([anGiangLed.id]);

    const audit = await server.api.get<{ items: { action: string; entityId: string; detail: object }[] }>(
      '/api/v1/audit?action=emergency.send',
    );
    expect(audit.body.items.find((e) => e.entityId === sent.body.id)?.detail).toMatchObject({
      secondApproval: 'waived by the policy of every target gate',
    });
    await as('approver-an-giang').post(`/api/v1/emergencies/${sent.body.id}/clear`);
  });

  it('needs a second, different approver where the gate asks for one; only then reaches the screen', async () => {
    const sent = await as('approver-1').post<Emergency>('/api/v1/emergencies', {
      variants,
      targets: { screens: [giaLaiLed.id] },
      ttlMinutes: 60,
    });
    expect(sent.body).toMatchObject({ state: 'pending', secondApproval: 'awaited' });
    const own = await as('approver-1').post<ErrorBody>(`/api/v1/emergencies/${sent.body.id}/approve`);
    expect(own.status).toBe(403);
    expect(own.body.error.message).toMatch(/another approver/);
    expect((await as('editor').post(`/api/v1/emergencies/${sent.body.id}/approve`)).status).toBe(403);
    expect((await as('tech-an-giang').post(`/api/v1/emergencies/${sent.body.id}/approve`)).status).toBe(403);
    // An approver of An Giang does not even see Gia Lai's emergency.
    expect((await as('approver-an-giang').post(`/api/v1/emergencies/${sent.body.id}/approve`)).status).toBe(
      404,
    );

    const pushed = nextEvent<PlayerOverride>(players.giaLai, 'override');
    const approved = await as('approver-2').post<Emergency>(`/api/v1/emergencies/${sent.body.id}/approve`);
    expect(approved.body).toMatchObject({ state: 'active', secondApproval: 'given' });
    expect(approved.body.approvedBy?.name).toBe('approver-2');
    expect((await pushed).emergencies.map((e) => e.id)).toEqual([sent.body.id]);
    expect((await as('approver-2').post(`/api/v1/emergencies/${sent.body.id}/approve`)).status).toBe(409);

    // A player that (re)connects gets the emergency in force straight away.
    const again = await connect(tokens.giaLai);
    expect(again.first.emergencies.map((e) => e.id)).toEqual([sent.body.id]);
    again.socket.close();

    const cleared = nextEvent<PlayerOverride>(players.giaLai, 'override');
    expect((await as('approver-1').post(`/api/v1/emergencies/${sent.body.id}/clear`)).status).toBe(200);
    expect((await cleared).emergencies).toEqual([]);
    expect((await as('approver-1').post(`/api/v1/emergencies/${sent.body.id}/clear`)).status).toBe(409);
  });

  it('keeps a scoped approver inside their provinces', async () => {
    const outside = await as('approver-an-giang').post<ErrorBody>('/api/v1/emergencies', {
      variants,
      targets: { gates: [giaLai.id] },
      ttlMinutes: 30,
    });
    // A gate outside the scope is named as if it did not exist.
    expect(outside.status).toBe(400);
    expect(outside.body.error.code).toBe('unknown_reference');
    const everything = await as('approver-an-giang').post('/api/v1/emergencies', {
      variants,
      targets: { all: true },
      ttlMinutes: 30,
    });
    expect(everything.status).toBe(403);
  });

  it('takes an emergency down when its TTL runs out', async () => {
    const sent = await as('approver-an-giang').post<Emergency>('/api/v1/emergencies', {
      variants,
      targets: { gates: [anGiang.id] },
      ttlMinutes: 5,
    });
    expect(sent.body.state).toBe('active');
    now += 4 * 60_000;
    expect(await server.app.emergencies.expireDue()).toBe(0);
    const down = nextEvent<PlayerOverride>(players.anGiang, 'override');
    now += 2 * 60_000;
    expect(await server.app.emergencies.expireDue()).toBe(1);
    expect((await down).emergencies).toEqual([]);
    const stored = await as('viewer').get<Emergency>(`/api/v1/emergencies/${sent.body.id}`);
    expect(stored.body.state).toBe('expired');
  });

  it('blacks out one screen, a gate or everything in one logged action, and lifts it', async () => {
    // A technician of An Giang blacks out their own board, but not Gia Lai's, and not everything.
    const dark = nextEvent<PlayerOverride>(players.anGiang, 'override');
    const one = await as('tech-an-giang').post<Blackout>('/api/v1/blackouts', {
      targets: { screens: [anGiangLed.id] },
      reason: 'Bảng LED chập điện, tắt để kiểm tra',
    });
    expect(one.status).toBe(201);
    expect((await dark).blackout).toBe(true);
    expect(
      (await as('tech-an-giang').post('/api/v1/blackouts', { targets: { gates: [giaLai.id] }, reason: 'x' }))
        .status,
    ).toBe(400);
    expect(
      (await as('tech-an-giang').post('/api/v1/blackouts', { targets: { all: true }, reason: 'x' })).status,
    ).toBe(403);
    expect(
      (await as('viewer').post('/api/v1/blackouts', { targets: { screens: [anGiangLed.id] }, reason: 'x' }))
        .status,
    ).toBe(403);
    expect((await as('editor').post(`/api/v1/blackouts/${one.body.id}/lift`)).status).toBe(403);

    const lit = nextEvent<PlayerOverride>(players.anGiang, 'override');
    expect((await as('tech-an-giang').post(`/api/v1/blackouts/${one.body.id}/lift`)).status).toBe(200);
    expect((await lit).blackout).toBe(false);
    expect((await as('tech-an-giang').post(`/api/v1/blackouts/${one.body.id}/lift`)).status).toBe(409);

    // Everything, by a national admin: both boards go black, and come back.
    const bothDark = [players.giaLai, players.anGiang].map((p) => nextEvent<PlayerOverride>(p, 'override'));
    const all = await server.api.post<Blackout>('/api/v1/blackouts', {
      targets: { all: true },
      reason: 'Sự cố an ninh: tắt toàn bộ màn hình',
    });
    expect((await Promise.all(bothDark)).map((s) => s.blackout)).toEqual([true, true]);
    const bothLit = [players.giaLai, players.anGiang].map((p) => nextEvent<PlayerOverride>(p, 'override'));
    await server.api.post(`/api/v1/blackouts/${all.body.id}/lift`);
    expect((await Promise.all(bothLit)).map((s) => s.blackout)).toEqual([false, false]);

    const audit = await server.api.get<{ items: { action: string; entityId: string }[] }>(
      '/api/v1/audit?limit=500',
    );
    const actions = audit.body.items.filter((e) => e.entityId === all.body.id).map((e) => e.action);
    expect(actions.sort()).toEqual(['blackout.lift', 'blackout.start']);
  });
});
