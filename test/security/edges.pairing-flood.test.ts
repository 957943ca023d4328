// A flood of pairing requests from a few dozen addresses must not lock a real new player out of the public
// /pairing namespace. The controller trusts one proxy (TRUST_PROXY=1) here, so each flood socket can come
// "from" its own address through X-Forwarded-For, as it would through a real reverse proxy; all on loopback.
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack, PairingToServerEvents, ServerToPairingEvents } from '../../schemas/events.ts';
import type { ApiError, PairingOffer } from '../../schemas/types.ts';
import { factory } from '../support/factory.ts';
import { dialects, startTestServer, type TestServer } from '../support/server.ts';

type PairingSocket = Socket<ServerToPairingEvents, PairingToServerEvents>;

const ADDRESSES = 40;
const SOCKETS_PER_ADDRESS = 6;
const REQUESTS_PER_SOCKET = 5; // 40 × 6 × 5 = 1,200 requests: more than the 1,000 players allowed to wait
const PER_ADDRESS = 5; // codes one address may have waiting at once (docs/SECURITY.md)
const GRACE_MS = 60_000; // how long a code outlives its player's connection

function connectFrom(url: string, address: string): Promise<PairingSocket> {
  const socket: PairingSocket = connect(`${url}/pairing`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: { 'x-forwarded-for': address },
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => {
      resolve(socket);
    });
    socket.once('connect_error', reject);
  });
}

const ask = async (socket: PairingSocket) =>
  (await socket.timeout(10_000).emitWithAck('pairing:request', {})) as Ack<PairingOffer>;

describe.each(dialects)('a flood of pairing requests (%s)', (dialect) => {
  let server: TestServer;
  const clock = { t: Date.parse('2026-05-04T02:00:00Z'), now: () => clock.t };
  const sockets: PairingSocket[] = [];
  const gate = factory.gate();
  const screen = factory.screen(gate.id!);

  beforeAll(async () => {
    server = await startTestServer(dialect, { clock, env: { TRUST_PROXY: '1' } });
    expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await server.api.post('/api/v1/screens', screen)).status).toBe(201);
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server.stop();
  });

  /** Codes that an operator could still pair, by the address that asked for them. */
  const waitingByAddress = async () => {
    const rows = await server.app.db
      .selectFrom('pairings')
      .select('ip')
      .where('expires_at', '>', new Date(clock.t).toISOString())
      .where('screen_id', 'is', null)
      .execute();
    const counts = new Map<string, number>();
    for (const { ip } of rows) counts.set(ip, (counts.get(ip) ?? 0) + 1);
    return counts;
  };

  const pair = (code: string) =>
    server.api.post<{ error?: ApiError }>(`/api/v1/screens/${screen.id}/pair`, { code });

  it('still gives a real new player a code, and keeps each address to a few waiting codes', async () => {
    const flood: PairingSocket[] = [];
    for (let a = 0; a < ADDRESSES; a++) {
      for (let s = 0; s < SOCKETS_PER_ADDRESS; s++)
        flood.push(await connectFrom(server.url, `198.51.100.${a + 1}`));
    }
    sockets.push(...flood);
    const offers: PairingOffer[] = [];
    await Promise.all(
      flood.map(async (socket) => {
        for (let i = 0; i < REQUESTS_PER_SOCKET; i++) {
          const reply = await ask(socket);
          if (reply.ok) offers.push(reply.data);
        }
      }),
    );
    expect(offers.length).toBeGreaterThan(0);

    const real = await connectFrom(server.url, '192.0.2.77');
    sockets.push(real);
    const reply = await ask(real);
    expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true, data: { code: /^[A-Z0-9]{6}$/ } });

    const counts = await waitingByAddress();
    expect(counts.get('192.0.2.77')).toBe(1);
    for (const [ip, n] of counts) expect(n, ip).toBeLessThanOrEqual(PER_ADDRESS);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(ADDRESSES * PER_ADDRESS + 1);

    // The real player's code works for the operator.
    if (reply.ok) expect((await pair(reply.data.code)).status).toBe(200);
  }, 120_000);

  it('counts an IPv6 /64 as one address', async () => {
    const mine: PairingSocket[] = [];
    for (let i = 1; i <= PER_ADDRESS + 3; i++) mine.push(await connectFrom(server.url, `2001:db8:7:7::${i}`));
    sockets.push(...mine);
    for (const socket of mine) expect((await ask(socket)).ok).toBe(true);
    const counts = await waitingByAddress();
    const inPrefix = [...counts].filter(([ip]) => ip.startsWith('2001:db8:7:7:'));
    expect(inPrefix.reduce((a, [, n]) => a + n, 0)).toBe(PER_ADDRESS);
  });

  it('ends the codes of players that left, after a short grace', async () => {
    const leaving = await connectFrom(server.url, '192.0.2.99');
    const staying = await connectFrom(server.url, '192.0.2.98');
    sockets.push(staying);
    const gone = await ask(leaving);
    const kept = await ask(staying);
    if (!gone.ok || !kept.ok) throw new Error('no code');
    leaving.close();
    for (const s of sockets) if (s !== staying) s.close();
    // The server hears of the disconnections on its own time; each code's grace starts then.
    await expect
      .poll(async () => {
        const rows = await server.app.db
          .selectFrom('pairings')
          .select('ip')
          .where('screen_id', 'is', null)
          .where('expires_at', '>', new Date(clock.t + GRACE_MS).toISOString())
          .execute();
        return rows.map((r) => r.ip);
      })
      .toEqual(['192.0.2.98']);
    clock.t += GRACE_MS + 1000;
    expect((await pair(gone.data.code)).body.error?.code).toBe('invalid_pairing_code');
    const counts = await waitingByAddress();
    expect([...counts.keys()]).toEqual(['192.0.2.98']);
    expect((await pair(kept.data.code)).status).toBe(200);
  });
});
