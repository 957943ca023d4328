import fc from 'fast-check';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack, PairingToServerEvents, ServerToPairingEvents } from '../../schemas/events.ts';
import type {
  ApiError,
  DeviceToken,
  DeviceTokenCreated,
  PairingOffer,
  PairingStatus,
  PairResult,
  ScreenConfig,
} from '../../schemas/types.ts';
import { factory } from '../support/factory.ts';
import {
  ADMIN_PASSWORD,
  Api,
  connectPlayer,
  dialects,
  nextEvent,
  startTestServer,
  type TestServer,
} from '../support/server.ts';

type PairingSocket = Socket<ServerToPairingEvents, PairingToServerEvents>;
interface ErrorBody {
  error: ApiError;
}
interface AuditPage {
  items: { action: string; outcome: string; entityId: string | null; detail: Record<string, unknown> }[];
}

const password = 'ghép nối màn hình 2026';
const TEN_MINUTES = 10 * 60_000;

/** A player without a token, on the public /pairing namespace (WebSocket only, like the player). */
function connectPairing(url: string): PairingSocket {
  return connect(`${url}/pairing`, { transports: ['websocket'], reconnection: false, forceNew: true });
}

async function requestCode(socket: PairingSocket): Promise<PairingOffer> {
  const reply = (await socket.timeout(5000).emitWithAck('pairing:request', {})) as Ack<PairingOffer>;
  if (!reply.ok) throw new Error(`pairing:request refused: ${reply.error.message}`);
  return reply.data;
}

function claim(socket: PairingSocket, secret: unknown): Promise<Ack<PairingStatus>> {
  return socket.timeout(5000).emitWithAck('pairing:claim', secret as { claim: string }) as Promise<
    Ack<PairingStatus>
  >;
}

describe.each(dialects)('pairing and revoking players (%s)', (dialect) => {
  let server: TestServer;
  let admin: Api;
  const clock = { t: Date.parse('2026-03-02T01:00:00Z'), now: () => clock.t };
  const giaLai = factory.gate({ province: 'Gia Lai' });
  const anGiang = factory.gate({ name: 'Cửa khẩu Tịnh Biên', province: 'An Giang' });
  const giaLaiLed = factory.screen(giaLai.id!);
  const giaLaiKiosk = factory.screen(giaLai.id!, { kind: 'kiosk', name: 'Ki-ốt sảnh' });
  const anGiangLed = factory.screen(anGiang.id!);
  const sockets: { close(): unknown }[] = [];
  const track = <S extends { close(): unknown }>(s: S): S => {
    sockets.push(s);
    return s;
  };

  const signIn = (username: string, roles: string[], scope: object): Promise<Api> =>
    admin.newUser(username, roles, scope, password);
  let giaLaiTech: Api;
  let anGiangTech: Api;
  let editor: Api;

  beforeAll(async () => {
    server = await startTestServer(dialect, { clock });
    admin = new Api(server.url, undefined);
    expect((await admin.login('admin', ADMIN_PASSWORD)).status).toBe(200);
    for (const [path, body] of [
      ['/api/v1/gates', giaLai],
      ['/api/v1/gates', anGiang],
      ['/api/v1/screens', giaLaiLed],
      ['/api/v1/screens', giaLaiKiosk],
      ['/api/v1/screens', anGiangLed],
    ] as const) {
      expect((await admin.post(path, body)).status).toBe(201);
    }
    giaLaiTech = await signIn('gia-lai-tech', ['technician'], { provinces: ['Gia Lai'] });
    anGiangTech = await signIn('an-giang-tech', ['technician'], { provinces: ['An Giang'] });
    editor = await signIn('editor', ['editor'], { global: true });
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server.stop();
  });

  it('pairs a waiting player once, and hands its token only to that player', async () => {
    const player = track(connectPairing(server.url));
    const offer = await requestCode(player);
    expect(offer.code).toMatch(/^[ACEFHJKMNPQRTUVWXY3479]{6}$/);
    expect(offer.expiresInSeconds).toBe(600);
    expect(await claim(player, { claim: offer.claim })).toEqual({
      ok: true,
      data: { status: 'waiting', expiresInSeconds: 600 },
    });

    // Someone else who reads the code off the screen is on the same namespace, without the claim secret.
    const bystander = track(connectPairing(server.url));
    await requestCode(bystander);
    let bystanderTold = false;
    bystander.on('pairing:paired', () => {
      bystanderTold = true;
    });

    const told = nextEvent(player, 'pairing:paired');
    // Typed as a person would: lower case, with a space in the middle.
    const typed = `${offer.code.slice(0, 3)} ${offer.code.slice(3)}`.toLowerCase();
    const paired = await giaLaiTech.post<PairResult>(`/api/v1/screens/${giaLaiLed.id}/pair`, { code: typed });
    expect(paired.status).toBe(200);
    expect(paired.body).toEqual({ screenId: giaLaiLed.id, pairedAt: new Date(clock.t).toISOString() });
    await told;
    expect(bystanderTold).toBe(false);
    const guess = await claim(bystander, { claim: `gcp_${'A'.repeat(43)}` });
    expect(guess.ok).toBe(false);

    const status = await claim(player, { claim: offer.claim });
    expect(status.ok && status.data.status).toBe('paired');
    const token = status.ok && status.data.status === 'paired' ? status.data.token : '';
    expect(token).toMatch(/^gcd_/);

    // The token is the player's own credential: it opens /player as that screen, and only that screen.
    const device = track(connectPlayer(server.url, token));
    const config = await nextEvent<ScreenConfig>(device, 'config');
    expect(config.screenId).toBe(giaLaiLed.id);

    // Single use: neither the claim nor the code works a second time.
    const again = await claim(player, { claim: offer.claim });
    expect(again.ok ? again.data : again.error.code).toBe('pairing_unknown');
    const reuse = await giaLaiTech.post<ErrorBody>(`/api/v1/screens/${giaLaiKiosk.id}/pair`, {
      code: offer.code,
    });
    expect(reuse.status).toBe(400);
    expect(reuse.body.error.code).toBe('invalid_pairing_code');

    // Neither the code nor the claim secret is stored, only keyed hashes of them.
    const rows = JSON.stringify(await server.app.db.selectFrom('pairings').selectAll().execute());
    expect(rows).not.toContain(offer.code);
    expect(rows).not.toContain(offer.claim);
    expect(rows).not.toContain(token);

    const audit = await admin.get<AuditPage>('/api/v1/audit?action=device.pair');
    expect(audit.body.items.some((e) => e.outcome === 'ok' && e.entityId === giaLaiLed.id)).toBe(true);
    expect(JSON.stringify(audit.body)).not.toContain(offer.code);
  });

  it('refuses a wrong, a used and an expired code with one answer that reveals nothing, and audits why', async () => {
    const player = track(connectPairing(server.url));
    const offer = await requestCode(player);
    const wrongCode = offer.code === 'AAAAAA' ? 'CCCCCC' : 'AAAAAA';
    const wrong = await giaLaiTech.post<ErrorBody>(`/api/v1/screens/${giaLaiKiosk.id}/pair`, {
      code: wrongCode,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ code: 'invalid_pairing_code', path: '/code' });

    clock.t += TEN_MINUTES + 1000;
    const expired = await giaLaiTech.post<ErrorBody>(`/api/v1/screens/${giaLaiKiosk.id}/pair`, {
      code: offer.code,
    });
    expect(expired.status).toBe(wrong.status);
    expect(expired.body).toEqual(wrong.body);

    // The waiting player learns its code expired and asks for a new one, which works.
    const late = await claim(player, { claim: offer.claim });
    expect(late.ok ? late.data : late.error.code).toBe('pairing_expired');
    const fresh = await requestCode(player);
    expect(
      (await giaLaiTech.post(`/api/v1/screens/${giaLaiKiosk.id}/pair`, { code: fresh.code })).status,
    ).toBe(200);

    const malformed = await giaLaiTech.post<ErrorBody>(`/api/v1/screens/${giaLaiKiosk.id}/pair`, {
      code: 'AB',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.path).toBe('/code');

    const audit = await admin.get<AuditPage>('/api/v1/audit?action=device.pair');
    const reasons = audit.body.items.filter((e) => e.outcome === 'denied').map((e) => e.detail.reason);
    expect(reasons).toEqual(expect.arrayContaining(['unknown code', 'code expired', 'code already used']));
  });

  it('lets only an operator with rights over the screen pair it', async () => {
    const player = track(connectPairing(server.url));
    const offer = await requestCode(player);
    const outOfScope = await anGiangTech.post<ErrorBody>(`/api/v1/screens/${giaLaiLed.id}/pair`, {
      code: offer.code,
    });
    // A screen of another province is not even confirmed to exist.
    expect(outOfScope.status).toBe(404);
    const noRole = await editor.post<ErrorBody>(`/api/v1/screens/${giaLaiLed.id}/pair`, { code: offer.code });
    expect(noRole.status).toBe(403);
    const anonymous = await new Api(server.url, undefined).post(`/api/v1/screens/${giaLaiLed.id}/pair`, {
      code: offer.code,
    });
    expect(anonymous.status).toBe(401);
    // None of that used the code up: the screen's own operator pairs it.
    const told = nextEvent(player, 'pairing:paired');
    expect(
      (await anGiangTech.post(`/api/v1/screens/${anGiangLed.id}/pair`, { code: offer.code })).status,
    ).toBe(200);
    await told;
    const status = await claim(player, { claim: offer.claim });
    expect(status.ok && status.data.status === 'paired' && status.data.screenId).toBe(anGiangLed.id);
  });

  it('pauses an operator who keeps entering wrong codes, even for a right one', async () => {
    const guesser = await signIn('guesser', ['technician'], { provinces: ['Gia Lai'] });
    const player = track(connectPairing(server.url));
    const offer = await requestCode(player);
    const wrong = offer.code.startsWith('A') ? 'CCCCCC' : 'AAAAAA';
    for (let i = 0; i < 10; i++) {
      expect((await guesser.post(`/api/v1/screens/${giaLaiKiosk.id}/pair`, { code: wrong })).status).toBe(
        400,
      );
    }
    const paused = await guesser.post<ErrorBody>(`/api/v1/screens/${giaLaiKiosk.id}/pair`, {
      code: offer.code,
    });
    expect(paused.status).toBe(429);
    expect(paused.body.error.code).toBe('rate_limited');
    // The pause is the guesser's: a colleague pairs with the same code.
    expect(
      (await giaLaiTech.post(`/api/v1/screens/${giaLaiKiosk.id}/pair`, { code: offer.code })).status,
    ).toBe(200);
  });

  it('disconnects a revoked device at once and refuses its reconnection', async () => {
    const created = await giaLaiTech.post<DeviceTokenCreated>(`/api/v1/screens/${giaLaiLed.id}/tokens`, {
      label: 'cũ',
    });
    const other = await giaLaiTech.post<DeviceTokenCreated>(`/api/v1/screens/${giaLaiLed.id}/tokens`, {});
    const device = track(connectPlayer(server.url, created.body.token));
    const sibling = track(connectPlayer(server.url, other.body.token));
    await Promise.all([nextEvent(device, 'config'), nextEvent(sibling, 'config')]);

    // Out of scope or without the role, nobody revokes it.
    const path = `/api/v1/screens/${giaLaiLed.id}/tokens/${created.body.id}`;
    expect((await anGiangTech.delete(path)).status).toBe(404);
    expect((await editor.delete(path)).status).toBe(403);
    expect(device.connected).toBe(true);

    const dropped = nextEvent<string>(device, 'disconnect');
    expect((await giaLaiTech.delete(path)).status).toBe(204);
    expect(await dropped).toBe('io server disconnect');

    const retry = track(connectPlayer(server.url, created.body.token));
    const refused = await nextEvent<Error>(retry, 'connect_error');
    expect(refused.message).toMatch(/revoked/);
    const media = await fetch(`${server.url}/media/${'a'.repeat(64)}`, {
      headers: { authorization: `Bearer ${created.body.token}` },
    });
    expect(media.status).toBe(401);

    // The screen's other device keeps playing.
    expect(sibling.connected).toBe(true);
    const list = await giaLaiTech.get<{ items: DeviceToken[] }>(`/api/v1/screens/${giaLaiLed.id}/tokens`);
    const listed = list.body.items.find((t) => t.id === created.body.id);
    expect(listed?.revokedAt).toBe(new Date(clock.t).toISOString());
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);
    expect((await giaLaiTech.delete(path)).status).toBe(404);

    const audit = await admin.get<AuditPage>('/api/v1/audit?action=device.revoke');
    expect(audit.body.items.some((e) => e.detail.tokenId === created.body.id)).toBe(true);
  });

  it('answers malformed pairing events with an error and issues nothing', async () => {
    const socket = track(connectPairing(server.url));
    await new Promise<void>((resolve) => socket.on('connect', resolve));
    const before = (await server.app.db.selectFrom('pairings').select('id').execute()).length;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('pairing:claim' as const, 'pairing:request' as const),
        fc.jsonValue().filter((v) => JSON.stringify(v) !== '{}'),
        async (event, payload) => {
          const reply = (await socket.timeout(5000).emitWithAck(event, payload as never)) as Ack<unknown>;
          expect(reply.ok).toBe(false);
          if (!reply.ok) expect(reply.error.message).toMatch(/\S/);
        },
      ),
      { numRuns: 60 },
    );
    expect(socket.connected).toBe(true);
    expect((await server.app.db.selectFrom('pairings').select('id').execute()).length).toBe(before);
  });

  it('limits how many codes one address may ask for', async () => {
    const socket = track(connectPairing(server.url));
    const replies: Ack<PairingOffer>[] = [];
    for (let i = 0; i < 31; i++) {
      replies.push((await socket.timeout(5000).emitWithAck('pairing:request', {})) as Ack<PairingOffer>);
    }
    const refused = replies.filter((r) => !r.ok);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]?.ok === false && refused[0].error.code).toBe('rate_limited');
    clock.t += 16 * 60_000;
    expect((await requestCode(socket)).code).toMatch(/^[A-Z0-9]{6}$/);
  });
});
