import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ConnectivityChange,
  DeviceTokenCreated,
  Heartbeat,
  Manifest,
  ScreenStatus,
} from '../../schemas/types.ts';
import { Publisher } from '../support/approval.ts';
import { factory } from '../support/factory.ts';
import { createPgDatabase } from '../support/pg.ts';
import {
  ADMIN_PASSWORD,
  ADMIN_TOKEN,
  Api,
  connectPlayer,
  nextEvent,
  type PlayerSocket,
} from '../support/server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

interface Controller {
  child: ChildProcess;
  url: string;
  api: Api;
  output: () => string;
}

/** Starts `node server/main.ts` as one controller of the cluster, and waits until it listens. */
async function startController(env: Record<string, string>): Promise<Controller> {
  const child = spawn(process.execPath, ['server/main.ts'], {
    cwd: root,
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', SEED_DEMO: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const until = Date.now() + 30_000;
  let match = /Gatecast controller: (http:\/\/\S+)/.exec(out);
  while (!match) {
    if (Date.now() > until || child.exitCode !== null) throw new Error(`controller did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
    match = /Gatecast controller: (http:\/\/\S+)/.exec(out);
  }
  const url = match[1]!.replace('localhost', '127.0.0.1');
  return { child, url, api: new Api(url, ADMIN_TOKEN), output: () => out };
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const LOGINS_PER_MINUTE = 6;

const heartbeat = (): Heartbeat => factory.heartbeat({ sentAt: Date.now(), playerVersion: 'cluster-test' });

describe('two controllers on one PostgreSQL and one Redis', () => {
  let a: Controller;
  let b: Controller;
  let dataDir: string;
  let drop: () => Promise<void>;
  const sockets: Socket[] = [];
  const gate = factory.gate({ name: 'Cửa khẩu Na Mèo', province: 'Thanh Hóa', languages: ['vi', 'lo'] });
  const screen = factory.screen(gate.id!);

  beforeAll(async () => {
    const pg = await createPgDatabase();
    drop = pg.drop;
    dataDir = await mkdtemp(join(tmpdir(), 'gatecast-cluster-'));
    const env = {
      DATABASE_URL: pg.url,
      REDIS_URL: redisUrl,
      // Each run its own keys, so runs (and CI) never see each other's packets.
      REDIS_PREFIX: `gatecast-test-${randomBytes(4).toString('hex')}:`,
      DATA_DIR: dataDir, // the media directory the controllers share
      ADMIN_TOKEN,
      ADMIN_PASSWORD,
      HEARTBEAT_FLUSH_MS: '100',
      // A small sign-in budget, and the client's address from X-Forwarded-For (as behind a load balancer).
      LOGIN_RATE_PER_MINUTE: String(LOGINS_PER_MINUTE),
      TRUST_PROXY: '1',
    };
    a = await startController(env); // first: takes the job lock
    b = await startController(env);
  }, 90_000);
  afterAll(async () => {
    for (const s of sockets) s.close();
    const stopping = Date.now();
    const running = (c: Controller) => c.child.exitCode === null && c.child.signalCode === null;
    for (const c of [a, b]) if (running(c)) c.child.kill('SIGTERM');
    await Promise.all(
      [a, b].map((c) => (running(c) ? new Promise((r) => c.child.once('exit', r)) : Promise.resolve())),
    );
    // B shuts down cleanly (SIGTERM: close sockets, flush, release the lock, quit Redis), well before
    // main.ts's 10-second safety exit.
    expect(b.child.exitCode).toBe(0);
    expect(Date.now() - stopping).toBeLessThan(10_000);
    await drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  // First: the next case kills A.
  it('counts sign-in attempts from one address on both controllers against one limit', async () => {
    const address = '198.51.100.7'; // this run's own REDIS_PREFIX: no count left from earlier runs
    // A new name each time, so that only the per-address limit counts (not the per-name-and-address one).
    const attempt = async (c: Controller, username: string, from = address) => {
      const res = await fetch(`${c.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
        body: JSON.stringify({ username, password: 'a wrong password, again' }),
      });
      return { status: res.status, code: ((await res.json()) as { error?: { code?: string } }).error?.code };
    };
    const answers = [];
    for (let i = 0; i < LOGINS_PER_MINUTE + 2; i++)
      answers.push(await attempt(i % 2 === 0 ? a : b, `nobody-here-${i}`));
    // Per process each would have seen only half of them, well under the limit.
    expect(answers.slice(0, LOGINS_PER_MINUTE).map((r) => r.status)).toEqual(
      Array<number>(LOGINS_PER_MINUTE).fill(401),
    );
    expect(answers.slice(LOGINS_PER_MINUTE)).toEqual([
      { status: 429, code: 'rate_limited' },
      { status: 429, code: 'rate_limited' },
    ]);
    // Another address still has its whole budget.
    const other = await fetch(`${b.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.1' },
      body: JSON.stringify({ username: 'nobody-here', password: 'a wrong password, again' }),
    });
    expect(other.status).toBe(401);
    // Guesses at one name from one address are counted once for the cluster too: the sixth is refused.
    const guesses = [];
    for (let i = 0; i < 6; i++)
      guesses.push((await attempt(i % 2 === 0 ? a : b, 'one-name', '192.0.2.77')).status);
    expect(guesses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('delivers a publish made through B to a player on A, and shows A’s heartbeats on B, then moves the player to B when A dies', async () => {
    expect((await a.api.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await a.api.post('/api/v1/screens', screen)).status).toBe(201);
    const token = await a.api.post<DeviceTokenCreated>(`/api/v1/screens/${screen.id}/tokens`, {});

    // The console on B (a signed-in session) listens for status changes.
    const operator = new Api(b.url, undefined);
    expect((await operator.login('admin', ADMIN_PASSWORD)).status).toBe(200);
    const console = connect(`${b.url}/console`, {
      transports: ['websocket'],
      extraHeaders: { cookie: operator.sessionCookie ?? '' },
      reconnection: false,
      forceNew: true,
    });
    sockets.push(console);
    await nextEvent(console, 'connect');
    const online = new Promise<ConnectivityChange>((resolve) => {
      console.on('screen:connectivity', (change: ConnectivityChange) => {
        if (change.screenId === screen.id && change.to === 'online') resolve(change);
      });
    });

    // A player on A.
    const player: PlayerSocket = connectPlayer(a.url, token.body.token);
    sockets.push(player);
    await nextEvent(player, 'config');

    // Content published through B (saved there, approved there by a second principal).
    const message = factory.message({
      variants: { vi: { title: 'Chào mừng đến Na Mèo' }, lo: { title: 'ຍິນດີຕ້ອນຮັບ' } },
    });
    // Each approval may push a manifest; wait for the one that carries the message.
    const arrives = new Promise<Manifest>((resolve) => {
      player.on('manifest', (m: Manifest) => {
        if (m.messages[message.id!]) resolve(m);
      });
    });
    const publish = new Publisher({ api: b.api, url: b.url });
    await publish.create('/api/v1/messages', message);
    const playlist = factory.playlist([message.id!]);
    await publish.create('/api/v1/playlists', playlist);
    await publish.create('/api/v1/schedules', factory.schedule(playlist.id!, { gates: [gate.id!] }));
    const manifest = await arrives;
    expect(manifest.messages[message.id!]?.variants.lo?.title).toBe('ຍິນດີຕ້ອນຮັບ');
    expect(
      await player.timeout(5000).emitWithAck('manifest:ack', { version: manifest.version }),
    ).toMatchObject({ ok: true });
    const applied = await waitFor('the ack recorded', async () => {
      const s = await b.api.get<ScreenStatus>(`/api/v1/screens/${screen.id}/status`);
      return s.body.appliedVersion === manifest.version ? s.body : undefined;
    });
    expect(applied.connected).toBe(true); // the player is on A; B sees it through Redis

    // A heartbeat sent to A is B's to read, and B's console hears the screen come online.
    expect(await player.timeout(5000).emitWithAck('heartbeat', heartbeat())).toMatchObject({ ok: true });
    const seen = await waitFor('the heartbeat on B', async () => {
      const r = await b.api.get<{ heartbeat?: { playerVersion: string } } | null>(
        `/api/v1/screens/${screen.id}/heartbeat`,
      );
      return r.body?.heartbeat?.playerVersion === 'cluster-test' ? r.body : undefined;
    });
    expect(seen).toBeTruthy();
    const change = await Promise.race([
      online,
      new Promise<undefined>((r) =>
        setTimeout(() => {
          r(undefined);
        }, 25_000),
      ),
    ]);
    expect(change?.gateId, 'B’s console hears the screen come online').toBe(gate.id);

    // A dies without a goodbye; the player (as a load balancer would send it) reconnects to B.
    a.child.kill('SIGKILL');
    await new Promise((r) => a.child.once('exit', r));
    const moved = connectPlayer(b.url, token.body.token);
    sockets.push(moved);
    const again = await nextEvent<Manifest>(moved, 'manifest', 15_000);
    expect(again.version).toBe(manifest.version); // same state: nothing new to download
    const status = await b.api.get<ScreenStatus>(`/api/v1/screens/${screen.id}/status`);
    expect(status.body).toMatchObject({
      appliedVersion: manifest.version,
      currentVersion: manifest.version,
      connected: true,
    });
    // And B takes over the periodic jobs once A's lock is gone.
    await waitFor('B to take the job lock', () =>
      Promise.resolve(/now runs the periodic jobs/.test(b.output()) ? true : undefined),
    );
  }, 90_000);
});
