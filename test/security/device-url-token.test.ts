// Hole 12 of issue 12: a device token in the player URL (/player/?token=gcd_…) stays in the browser's
// history and in a reverse proxy's access log. What a link carries now is a single-use, short-lived
// enrolment token, exchanged once (over the /pairing socket, not a URL) for the player's own device token.
import fc from 'fast-check';
import { io as connect } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '../../schemas/events.ts';
import type { DeviceToken, EnrolmentExchanged, ScreenConfig } from '../../schemas/types.ts';
import { connectPairing, exchangeEnrolment, issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import { connectPlayer, dialects, nextEvent, startTestServer, type TestServer } from '../support/server.ts';

interface AuditPage {
  items: {
    action: string;
    outcome: string;
    entityId: string | null;
    ip: string | null;
    detail: Record<string, unknown>;
  }[];
}

/** Whether a device token opens the /player namespace (its screen's config arrives) or is refused. */
async function opensPlayer(url: string, token: string): Promise<boolean> {
  const socket = connectPlayer(url, token);
  try {
    return await Promise.race([
      nextEvent<ScreenConfig>(socket, 'config', 10_000).then(() => true),
      nextEvent<Error>(socket, 'connect_error', 10_000).then(() => false),
    ]);
  } finally {
    socket.close();
  }
}

const tokenOf = (playerUrl: string) => new URL(playerUrl, 'http://x').searchParams.get('token') ?? '';

describe.each(dialects)('device tokens never travel in a URL (%s)', (dialect) => {
  let server: TestServer;
  const clock = { shift: 0, now: () => Date.now() + clock.shift };
  const gate = factory.gate();
  const screen = factory.screen(gate.id!);

  beforeAll(async () => {
    server = await startTestServer(dialect, { clock, env: { ENROLMENT_LINK_HOURS: '2' } });
    expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await server.api.post('/api/v1/screens', screen)).status).toBe(201);
  });
  afterAll(async () => {
    await server.stop();
  });

  const audit = async (action: string) =>
    (await server.api.get<AuditPage>(`/api/v1/audit?action=${action}&limit=500`)).body.items;
  const liveTokens = async () =>
    (await server.api.get<{ items: DeviceToken[] }>(`/api/v1/screens/${screen.id}/tokens`)).body.items.filter(
      (t) => t.revokedAt === null,
    );

  it('hands out no URL with a device credential in it: a link carries a token that does not open /player', async () => {
    // A device token made through the API (for automation) comes without a player URL...
    const device = await server.api.post<Record<string, unknown>>(`/api/v1/screens/${screen.id}/tokens`, {});
    expect(device.status).toBe(201);
    expect(device.body).not.toHaveProperty('playerUrl');
    // ...and the URL operators are given carries an enrolment token, which is no device credential.
    const link = await issuePlayerLink(server.api, screen.id!);
    expect(link.playerUrl).toBe(`/player/?token=${link.token}`);
    expect(link.token).toMatch(/^gce_[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(link.expiresAt) - Date.parse(link.createdAt)).toBe(2 * 3_600_000);
    expect(await opensPlayer(server.url, tokenOf(link.playerUrl))).toBe(false);
  });

  it('exchanges a link once for a device token that plays; a second use is refused, and the audit log says so', async () => {
    const link = await issuePlayerLink(server.api, screen.id!);
    const first = await exchangeEnrolment(server.url, { token: tokenOf(link.playerUrl) });
    if (!first.ok) throw new Error(JSON.stringify(first.error));
    expect(first.data.screenId).toBe(screen.id);
    expect(first.data.token).toMatch(/^gcd_/);
    expect(await opensPlayer(server.url, first.data.token)).toBe(true);

    const again = await exchangeEnrolment(server.url, { token: link.token });
    expect(!again.ok && [again.error.code, again.error.message]).toEqual([
      'enrolment_used',
      'this link was already used: pair the player again or ask for a new link',
    ]);
    // The first use's device token keeps working; nobody got a second one.
    expect(await opensPlayer(server.url, first.data.token)).toBe(true);

    const issued = (await audit('device.enrolment.issue')).filter((e) => e.detail.enrolmentId === link.id);
    expect(issued).toMatchObject([
      { outcome: 'ok', entityId: screen.id, detail: { expiresAt: link.expiresAt } },
    ]);
    const exchanges = (await audit('device.enrolment.exchange')).filter(
      (e) => e.detail.enrolmentId === link.id,
    );
    // Newest first: the refusal names the token the link was exchanged for, so an admin can revoke it.
    expect(exchanges).toMatchObject([
      { outcome: 'denied', entityId: screen.id, detail: { reason: 'already used' } },
      { outcome: 'ok', entityId: screen.id },
    ]);
    const tokenId = exchanges[1]?.detail.tokenId;
    expect(typeof tokenId).toBe('string');
    expect(exchanges[0]?.detail.tokenId).toBe(tokenId);
    expect((await liveTokens()).map((t) => t.id)).toContain(tokenId);
    // No secret in the log.
    expect(JSON.stringify(await audit('device.enrolment.exchange'))).not.toMatch(/gc[ed]_/);
  });

  it('refuses a link after ENROLMENT_LINK_HOURS, and says it expired', async () => {
    const [early, link] = [
      await issuePlayerLink(server.api, screen.id!),
      await issuePlayerLink(server.api, screen.id!),
    ];
    const hours = 2 * 3_600_000;
    clock.shift += hours - 60_000;
    try {
      expect(await exchangeEnrolment(server.url, { token: early.token })).toMatchObject({ ok: true });
    } finally {
      clock.shift -= hours - 60_000;
    }
    clock.shift += hours + 1000;
    try {
      const late = await exchangeEnrolment(server.url, { token: link.token });
      expect(!late.ok && [late.error.code, late.error.message]).toEqual([
        'enrolment_expired',
        'this link has expired: pair the player or ask for a new link',
      ]);
    } finally {
      clock.shift -= hours + 1000;
    }
    const refusals = (await audit('device.enrolment.exchange')).filter(
      (e) => e.detail.enrolmentId === link.id,
    );
    expect(refusals.map((e) => [e.outcome, e.detail.reason])).toEqual([['denied', 'expired']]);
  });

  it('refuses an unknown token, and a device token sent where a link token goes', async () => {
    const unknown = await exchangeEnrolment(server.url, { token: `gce_${'A'.repeat(43)}` });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'enrolment_unknown' } });
    const device = await server.api.post<{ token: string }>(`/api/v1/screens/${screen.id}/tokens`, {});
    const wrongKind = await exchangeEnrolment(server.url, { token: device.body.token });
    expect(wrongKind).toMatchObject({ ok: false, error: { code: 'validation_failed', path: '/token' } });
  });

  it('answers any malformed exchange with an error naming the problem, and creates nothing', async () => {
    const before = (await liveTokens()).length;
    const socket = connectPairing(server.url);
    try {
      await nextEvent(socket, 'connect');
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.jsonValue(), fc.record({ token: fc.jsonValue() }), fc.record({ token: fc.string() })),
          async (payload) => {
            const reply = (await socket
              .timeout(5000)
              .emitWithAck('pairing:enrol', payload as { token: string })) as Ack<EnrolmentExchanged>;
            expect(reply.ok).toBe(false);
            if (!reply.ok) expect(reply.error.message).toMatch(/\S/);
          },
        ),
        { numRuns: 60 },
      );
      expect(socket.connected).toBe(true);
    } finally {
      socket.close();
    }
    expect((await liveTokens()).length).toBe(before);
  });

  it('gives exactly one device token when two players race with the same link', async () => {
    const link = await issuePlayerLink(server.api, screen.id!);
    const before = (await liveTokens()).length;
    const sockets = [connectPairing(server.url), connectPairing(server.url)];
    try {
      await Promise.all(sockets.map((s) => nextEvent(s, 'connect')));
      const replies = await Promise.all(
        sockets.map(
          async (s) =>
            (await s
              .timeout(10_000)
              .emitWithAck('pairing:enrol', { token: link.token })) as Ack<EnrolmentExchanged>,
        ),
      );
      expect(replies.filter((r) => r.ok)).toHaveLength(1);
      expect(replies.filter((r) => !r.ok)).toMatchObject([{ error: { code: 'enrolment_used' } }]);
    } finally {
      for (const s of sockets) s.close();
    }
    expect((await liveTokens()).length).toBe(before + 1);
  });

  it('refuses a device token given in the handshake query (or the URL) instead of auth', async () => {
    const link = await issuePlayerLink(server.api, screen.id!);
    const exchanged = await exchangeEnrolment(server.url, { token: link.token });
    if (!exchanged.ok) throw new Error(JSON.stringify(exchanged.error));
    const token = exchanged.data.token;
    for (const socket of [
      connect(`${server.url}/player`, {
        transports: ['websocket'],
        query: { token },
        forceNew: true,
        reconnection: false,
      }),
      connect(`${server.url}/player?token=${encodeURIComponent(token)}`, {
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
      }),
    ]) {
      try {
        const error = await nextEvent<Error & { data?: { code?: string } }>(socket, 'connect_error');
        expect(error.data?.code).toBe('unauthorized');
      } finally {
        socket.close();
      }
    }
    // Nor does a device token in a media URL's query stand for the Authorization header.
    expect(
      (await fetch(`${server.url}/media/${'0'.repeat(64)}?token=${encodeURIComponent(token)}`)).status,
    ).toBe(401);
    expect(await opensPlayer(server.url, token)).toBe(true);
  });
});

describe('exchanging links is rate-limited per address', () => {
  let server: TestServer;
  const gate = factory.gate();
  const screen = factory.screen(gate.id!);

  beforeAll(async () => {
    // Behind one proxy, so that the test can speak from two addresses.
    server = await startTestServer('sqlite', { env: { TRUST_PROXY: '1' } });
    expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await server.api.post('/api/v1/screens', screen)).status).toBe(201);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('pauses an address after 20 refused tokens, without using up the link it then sends', async () => {
    const guesser = { 'x-forwarded-for': '198.51.100.7' };
    for (let i = 0; i < 20; i++) {
      const reply = await exchangeEnrolment(
        server.url,
        { token: `gce_${String(i).padStart(43, 'x')}` },
        guesser,
      );
      expect(reply, `attempt ${i + 1}`).toMatchObject({ ok: false, error: { code: 'enrolment_unknown' } });
    }
    const link = await issuePlayerLink(server.api, screen.id!);
    expect(await exchangeEnrolment(server.url, { token: link.token }, guesser)).toMatchObject({
      ok: false,
      error: { code: 'rate_limited' },
    });
    // Another address is not paused, and the link was not used by the refused attempt.
    const other = await exchangeEnrolment(
      server.url,
      { token: link.token },
      { 'x-forwarded-for': '203.0.113.9' },
    );
    expect(other).toMatchObject({ ok: true, data: { screenId: screen.id } });
    const log = (await server.api.get<AuditPage>('/api/v1/audit?action=device.enrolment.exchange&limit=500'))
      .body.items;
    expect(log.filter((e) => e.outcome === 'denied' && e.ip === '198.51.100.7')).toHaveLength(20);
    expect(log.filter((e) => e.outcome === 'ok').map((e) => e.ip)).toEqual(['203.0.113.9']);
  });
});
