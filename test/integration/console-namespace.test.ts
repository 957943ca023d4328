import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type {
  ConsoleToServerEvents,
  EmergencyScreenAck,
  ServerToConsoleEvents,
} from '../../schemas/events.ts';
import type { ApprovalSummary, Manifest, ScreenStatus } from '../../schemas/types.ts';
import { publisherOf } from '../support/approval.ts';
import { factory } from '../support/factory.ts';
import {
  Api,
  connectPlayer,
  nextEvent,
  startTestServer,
  type PlayerSocket,
  type TestServer,
} from '../support/server.ts';

type ConsoleSocket = Socket<ServerToConsoleEvents, ConsoleToServerEvents>;
const password = 'mật khẩu đủ dài 2026';

function connectConsole(url: string, cookie: string | undefined): ConsoleSocket {
  return connect(`${url}/console`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    ...(cookie ? { extraHeaders: { cookie } } : {}),
  });
}

/** Collects every event of one name, so a test can say an event never came without waiting on a clock. */
function collect<T>(socket: ConsoleSocket, event: keyof ServerToConsoleEvents): T[] {
  const seen: T[] = [];
  socket.on(event, (payload: unknown) => seen.push(payload as T));
  return seen;
}

describe('/console namespace', () => {
  let server: TestServer;
  const sockets: { close(): unknown }[] = [];
  const gateIn = factory.gate({ province: 'An Giang', languages: ['vi', 'km'] });
  const gateOut = factory.gate({ province: 'Thanh Hóa', languages: ['vi', 'lo'] });
  const screenIn = factory.screen(gateIn.id!);
  const screenOut = factory.screen(gateOut.id!);
  let scoped: Api;
  let national: Api;

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    const { api } = server;
    for (const [path, body] of [
      ['/api/v1/gates', gateIn],
      ['/api/v1/gates', gateOut],
      ['/api/v1/screens', screenIn],
      ['/api/v1/screens', screenOut],
    ] as const)
      expect((await api.post(path, body)).status).toBe(201);
    for (const [username, scope] of [
      ['bien-tap-an-giang', { provinces: ['An Giang'] }],
      ['dieu-hanh-quoc-gia', { global: true }],
    ] as const) {
      const made = await api.post('/api/v1/users', {
        username,
        displayName: username,
        roles: ['editor', 'approver'],
        scope,
        password,
      });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
    }
    scoped = new Api(server.url, undefined);
    national = new Api(server.url, undefined);
    expect((await scoped.login('bien-tap-an-giang', password)).status).toBe(200);
    expect((await national.login('dieu-hanh-quoc-gia', password)).status).toBe(200);
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server.stop();
  });

  const open = async (cookie: string | undefined): Promise<ConsoleSocket> => {
    const socket = connectConsole(server.url, cookie);
    sockets.push(socket);
    await nextEvent(socket, 'connect');
    return socket;
  };

  it('refuses a handshake without a session, or with one that was signed out', async () => {
    const anonymous = connectConsole(server.url, undefined);
    sockets.push(anonymous);
    const refused = await nextEvent<Error & { data?: { code: string } }>(anonymous, 'connect_error');
    expect(refused.data?.code).toBe('unauthorized');

    const gone = new Api(server.url, undefined);
    expect((await gone.login('bien-tap-an-giang', password)).status).toBe(200);
    const cookie = gone.sessionCookie;
    expect((await gone.post('/api/v1/auth/logout')).status).toBe(204);
    const stale = connectConsole(server.url, cookie);
    sockets.push(stale);
    expect((await nextEvent<Error>(stale, 'connect_error')).message).toMatch(/sign in/);
  });

  it('tells a user when a screen in scope applies a manifest, and not about screens out of scope', async () => {
    const scopedSocket = await open(scoped.sessionCookie);
    const nationalSocket = await open(national.sessionCookie);
    const scopedSaw = collect<ScreenStatus>(scopedSocket, 'screen:status');
    const publish = publisherOf(server);
    const message = factory.message();
    const playlist = factory.playlist([message.id!]);
    await publish.create('/api/v1/messages', message);
    await publish.create('/api/v1/playlists', playlist);
    await publish.create(
      '/api/v1/schedules',
      factory.schedule(playlist.id!, { gates: [gateIn.id!, gateOut.id!] }),
    );

    const apply = async (screenId: string): Promise<PlayerSocket> => {
      const made = await server.api.post<{ token: string }>(`/api/v1/screens/${screenId}/tokens`, {});
      const player = connectPlayer(server.url, made.body.token);
      sockets.push(player);
      const manifest = await nextEvent<Manifest>(player, 'manifest');
      const ack = (await player.timeout(5000).emitWithAck('manifest:ack', { version: manifest.version })) as {
        ok: boolean;
      };
      expect(ack.ok).toBe(true);
      return player;
    };

    // The out-of-scope screen applies first: the national user hears of it, the provincial user does not.
    const outSeen = nextEvent<ScreenStatus>(nationalSocket, 'screen:status');
    await apply(screenOut.id!);
    expect((await outSeen).screenId).toBe(screenOut.id);
    const inSeen = nextEvent<ScreenStatus>(scopedSocket, 'screen:status');
    await apply(screenIn.id!);
    const status = await inSeen;
    expect(status).toMatchObject({ screenId: screenIn.id, connected: true });
    expect(status.appliedVersion).toBe(status.currentVersion);
    // Socket.IO delivers in order on one connection: had the first been sent, it would have come first.
    expect(scopedSaw.map((s) => s.screenId)).toEqual([screenIn.id]);
  });

  it('pushes approval transitions to users who can see the item, with the rejection reason', async () => {
    const scopedSocket = await open(scoped.sessionCookie);
    const nationalSocket = await open(national.sessionCookie);
    const scopedSaw = collect<ApprovalSummary>(scopedSocket, 'approval:changed');
    const outside = factory.message({ gateId: gateOut.id!, name: 'Thông báo Na Mèo' });
    const inside = factory.message({ gateId: gateIn.id!, name: 'Thông báo Tịnh Biên' });
    expect((await national.post('/api/v1/messages', outside)).status).toBe(201);
    expect((await scoped.post('/api/v1/messages', inside)).status).toBe(201);

    const outsideSubmitted = nextEvent<ApprovalSummary>(nationalSocket, 'approval:changed');
    // Na Mèo's screens show Lao, which the message lacks: its author says so (issue 14's acknowledgement).
    const acknowledged = { acknowledgedMissing: ['lo'] };
    expect((await national.post(`/api/v1/messages/${outside.id}/submit`, acknowledged)).status).toBe(200);
    expect(await outsideSubmitted).toMatchObject({ id: outside.id, state: 'submitted' });

    const submitted = nextEvent<ApprovalSummary>(scopedSocket, 'approval:changed');
    expect((await scoped.post(`/api/v1/messages/${inside.id}/submit`)).status).toBe(200);
    expect(await submitted).toMatchObject({ id: inside.id, state: 'submitted' });

    const rejected = nextEvent<ApprovalSummary>(scopedSocket, 'approval:changed');
    const reason = 'Thiếu bản tiếng Khmer chính xác';
    expect((await national.post(`/api/v1/messages/${inside.id}/reject`, { reason })).status).toBe(200);
    const outcome = await rejected;
    expect(outcome.state).toBe('draft');
    expect(outcome.rejection?.reason).toBe(reason);
    expect(scopedSaw.map((s) => s.id)).toEqual([inside.id, inside.id]);
  });

  it('pushes emergency acknowledgements only to users who can see the emergency', async () => {
    const scopedSocket = await open(scoped.sessionCookie);
    const nationalSocket = await open(national.sessionCookie);
    const scopedSaw = collect<EmergencyScreenAck>(scopedSocket, 'emergency:ack');
    const sendTo = async (gateId: string) => {
      const sent = await server.api.post<{ id: string; state: string }>('/api/v1/emergencies', {
        variants: { vi: { title: 'Tạm dừng xuất nhập cảnh' } },
        targets: { gates: [gateId] },
        ttlMinutes: 30,
      });
      expect(sent.status, JSON.stringify(sent.body)).toBe(201);
      // A second approver puts it on the screens: only then may a player acknowledge it.
      const approved = await national.post(`/api/v1/emergencies/${sent.body.id}/approve`);
      expect(approved.status, JSON.stringify(approved.body)).toBe(200);
      return sent.body.id;
    };
    const ackAs = async (screenId: string, id: string) => {
      const made = await server.api.post<{ token: string }>(`/api/v1/screens/${screenId}/tokens`, {});
      const player = connectPlayer(server.url, made.body.token);
      sockets.push(player);
      await nextEvent(player, 'connect');
      const ack = (await player.timeout(5000).emitWithAck('emergency:ack', { id })) as { ok: boolean };
      expect(ack.ok).toBe(true);
    };
    const outId = await sendTo(gateOut.id!);
    const outSeen = nextEvent<EmergencyScreenAck>(nationalSocket, 'emergency:ack');
    await ackAs(screenOut.id!, outId);
    expect(await outSeen).toMatchObject({ id: outId, screenId: screenOut.id });

    const inId = await sendTo(gateIn.id!);
    const inSeen = nextEvent<EmergencyScreenAck>(scopedSocket, 'emergency:ack');
    await ackAs(screenIn.id!, inId);
    expect(await inSeen).toMatchObject({ id: inId, screenId: screenIn.id });
    expect(scopedSaw.map((a) => a.id)).toEqual([inId]);
  });
});
