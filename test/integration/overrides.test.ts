import { io as connectSocket, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleToServerEvents, ServerToConsoleEvents } from '../../schemas/events.ts';
import type {
  ApiError,
  Blackout,
  DeviceTokenCreated,
  Emergency,
  OverrideChange,
  OverridePreview,
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

type ConsoleSocket = Socket<ServerToConsoleEvents, ConsoleToServerEvents>;

/** Every override:changed a console receives, and a way to wait for the next one about a given item. */
function watch(socket: ConsoleSocket) {
  const seen: OverrideChange[] = [];
  const waiting: { match: (c: OverrideChange) => boolean; resolve: (c: OverrideChange) => void }[] = [];
  socket.on('override:changed', (change) => {
    seen.push(change);
    for (const w of [...waiting])
      if (w.match(change)) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(change);
      }
  });
  const idOf = (c: OverrideChange) => c.emergency?.id ?? c.blackout?.id;
  return {
    seen,
    ids: () => seen.map(idOf),
    /** The next change about `id` (or one already received) in the given state. */
    next: (id: string, state: string) =>
      new Promise<OverrideChange>((resolve, reject) => {
        const match = (c: OverrideChange) =>
          idOf(c) === id &&
          (c.emergency?.state ?? (c.blackout ? (c.blackout.active ? 'active' : 'lifted') : '')) === state;
        const already = seen.find(match);
        if (already) {
          resolve(already);
          return;
        }
        const timer = setTimeout(() => {
          reject(new Error(`no override:changed for ${id} (${state})`));
        }, 5000);
        waiting.push({
          match,
          resolve: (c) => {
            clearTimeout(timer);
            resolve(c);
          },
        });
      }),
  };
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
  const sockets: { close(): unknown }[] = [];

  const openConsole = async (who: string): Promise<ConsoleSocket> => {
    const socket: ConsoleSocket = connectSocket(`${server.url}/console`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { cookie: as(who).sessionCookie ?? '' },
    });
    sockets.push(socket);
    await nextEvent(socket, 'connect');
    return socket;
  };

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

  it('previews what an emergency or a blackout would reach, by name, and who could approve it; changes nothing', async () => {
    const before = await server.api.get<{ items: unknown[] }>('/api/v1/audit?limit=500');
    // Gia Lai asks for a second approver: the national approvers and the admin, never the one asking.
    const national = await as('approver-1').post<OverridePreview>('/api/v1/overrides/preview', {
      kind: 'emergency',
      targets: { gates: [giaLai.id] },
    });
    expect(national.status, JSON.stringify(national.body)).toBe(200);
    expect(national.body).toMatchObject({
      kind: 'emergency',
      secondApproval: 'needed',
      gates: [{ id: giaLai.id, name: giaLai.name, screens: 1 }],
      screens: [{ id: giaLaiLed.id, name: giaLaiLed.name, gateId: giaLai.id }],
    });
    const names = national.body.approvers?.map((a) => a.name) ?? [];
    expect(names).toContain('approver-2');
    expect(names).toContain('Quản trị viên');
    for (const not of ['approver-1', 'approver-an-giang', 'editor', 'viewer', 'tech-an-giang'])
      expect(names).not.toContain(not);
    // An Giang's policy waives it: one approver sends alone.
    const waived = await as('approver-an-giang').post<OverridePreview>('/api/v1/overrides/preview', {
      kind: 'emergency',
      targets: { gates: [anGiang.id] },
    });
    expect(waived.body).toEqual({
      kind: 'emergency',
      secondApproval: 'waived',
      gates: [{ id: anGiang.id, name: 'Cửa khẩu Tịnh Biên', screens: 1 }],
      screens: [{ id: anGiangLed.id, name: anGiangLed.name, gateId: anGiang.id }],
    });
    // Everything: every gate, every screen.
    const all = await as('approver-1').post<OverridePreview>('/api/v1/overrides/preview', {
      kind: 'blackout',
      targets: { all: true },
    });
    expect(all.body.screens.map((x) => x.id).sort()).toEqual([anGiangLed.id, giaLaiLed.id].sort());
    expect(all.body.secondApproval).toBeUndefined();
    // The same refusals as sending.
    const refusals: [string, object, number, string?][] = [
      ['editor', { kind: 'emergency', targets: { gates: [anGiang.id] } }, 403],
      ['tech-an-giang', { kind: 'emergency', targets: { gates: [anGiang.id] } }, 403],
      ['tech-an-giang', { kind: 'blackout', targets: { all: true } }, 403],
      ['tech-an-giang', { kind: 'blackout', targets: { gates: [giaLai.id] } }, 400, '/targets/gates/0'],
      ['approver-1', { kind: 'rainbow', targets: { gates: [giaLai.id] } }, 400, '/kind'],
      ['approver-1', { kind: 'blackout', targets: {} }, 400, '/targets'],
    ];
    for (const [who, body, status, path] of refusals) {
      const res = await as(who).post<ErrorBody>('/api/v1/overrides/preview', body);
      expect(res.status, `${who} ${JSON.stringify(body)}`).toBe(status);
      if (path) expect(res.body.error.path).toBe(path);
    }
    expect(
      (
        await as('tech-an-giang').post('/api/v1/overrides/preview', {
          kind: 'blackout',
          targets: { screens: [anGiangLed.id] },
        })
      ).status,
    ).toBe(200);
    const after = await server.api.get<{ items: unknown[] }>('/api/v1/audit?limit=500');
    expect(after.body.items.length).toBe(before.body.items.length);
    expect((await as('approver-1').get<{ items: Emergency[] }>('/api/v1/emergencies')).body.items).toEqual(
      [],
    );
    expect((await as('approver-1').get<{ items: Blackout[] }>('/api/v1/blackouts')).body.items).toEqual([]);
  });

  it('pushes every override change live, as each console may see it, and only to consoles that see its gates', async () => {
    const nationalConsole = watch(await openConsole('approver-1'));
    const scopedConsole = watch(await openConsole('approver-an-giang'));
    const viewerConsole = watch(await openConsole('viewer'));

    // Gia Lai (a second approver needed): the national consoles hear it, An Giang's does not.
    const sent = await as('approver-1').post<Emergency>('/api/v1/emergencies', {
      variants,
      targets: { gates: [giaLai.id] },
      ttlMinutes: 20,
    });
    const pending = await nationalConsole.next(sent.body.id, 'pending');
    expect(pending.kind).toBe('emergency');
    // The sender may withdraw it but not approve it; the approvers are named.
    expect(pending.emergency?.actions).toEqual(['clear']);
    expect(pending.emergency?.approvers?.map((a) => a.name)).toContain('approver-2');
    expect((await viewerConsole.next(sent.body.id, 'pending')).emergency?.actions).toEqual([]);
    await as('approver-2').post(`/api/v1/emergencies/${sent.body.id}/approve`);
    const active = await nationalConsole.next(sent.body.id, 'active');
    expect(active.emergency).toMatchObject({
      approvedBy: { name: 'approver-2' },
      screenIds: [giaLaiLed.id],
      actions: ['clear'],
    });
    await as('approver-2').post(`/api/v1/emergencies/${sent.body.id}/clear`);
    expect((await nationalConsole.next(sent.body.id, 'cleared')).emergency?.clearedBy?.name).toBe(
      'approver-2',
    );

    // An Giang: a blackout and an emergency that expires; everyone in scope hears them.
    const dark = await as('tech-an-giang').post<Blackout>('/api/v1/blackouts', {
      targets: { screens: [anGiangLed.id] },
      reason: 'Kiểm tra',
    });
    const started = await scopedConsole.next(dark.body.id, 'active');
    expect(started.blackout).toMatchObject({ screenIds: [anGiangLed.id], actions: ['lift'] });
    await nationalConsole.next(dark.body.id, 'active');
    await as('approver-an-giang').post(`/api/v1/blackouts/${dark.body.id}/lift`);
    expect((await nationalConsole.next(dark.body.id, 'lifted')).blackout?.liftedBy?.name).toBe(
      'approver-an-giang',
    );
    const brief = await as('approver-an-giang').post<Emergency>('/api/v1/emergencies', {
      variants,
      targets: { gates: [anGiang.id] },
      ttlMinutes: 1,
    });
    await scopedConsole.next(brief.body.id, 'active');
    now += 61_000;
    expect(await server.app.emergencies.expireDue()).toBe(1);
    expect((await scopedConsole.next(brief.body.id, 'expired')).emergency?.actions).toEqual([]);
    await nationalConsole.next(brief.body.id, 'expired');
    await viewerConsole.next(brief.body.id, 'expired');

    expect(new Set(scopedConsole.ids())).toEqual(new Set([dark.body.id, brief.body.id]));
    expect(new Set(nationalConsole.ids())).toEqual(new Set([sent.body.id, dark.body.id, brief.body.id]));
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
