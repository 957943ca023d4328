// A load process (helper of the fanout, memory and reconnect benchmarks): simulated players, driven by
// one-line commands on stdin, answering each with one JSON line on stdout. Times are epoch milliseconds
// with sub-millisecond resolution (performance.timeOrigin + performance.now()): one clock for all processes.
//
// Usage: players.ts <sio|ws> <url> <tokensFile> <none|jitter|default>
//   sio: socket.io-client to <url>/player over WebSocket with a device token; acks every manifest with
//        'manifest:ack' { version } as the player does. Reconnection: none; jitter = the player's own
//        schedule (player/src/connection.ts, mirrored below, with its Backoff class); default =
//        socket.io-client's built-in reconnection.
//   ws:  a bare `ws` client of the floor server (floor.ts); acks each manifest frame with a small frame.
// Commands: connect <total> | arm | collect <timeoutMs> | arm-reconnect | collect-reconnect <timeoutMs> | close
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { Backoff } from '../../player/src/backoff.ts';
import type { Ack, PlayerToServerEvents, ServerToPlayerEvents } from '../../schemas/events.ts';
import type { ManifestAckReply } from '../../schemas/types.ts';

const [mode = 'sio', url = '', tokensFile = '', strategy = 'none'] = process.argv.slice(2);
const tokens = readFileSync(tokensFile, 'utf8').trim().split('\n');
const now = () => performance.timeOrigin + performance.now();

interface Player {
  /** Last version whose ack the server answered ok. */
  version: string | null;
  /** Armed for the next new manifest: the version it had when armed. */
  armed: boolean;
  base: string | null;
  recvAt?: number;
  ackAt?: number;
  failed: boolean;
  /** Reconnect watch: first disconnect, next connect, next acked manifest after it, retries. */
  watch: boolean;
  discAt?: number;
  connAt?: number;
  reAckAt?: number;
  retries: number;
}

const players: Player[] = [];
const closers: (() => void)[] = [];
/** Failed connection attempts while watching (refused TCP or handshake), for the attempt histogram. */
let errorsAt: number[] = [];
let connectFailures = 0;

function newPlayer(): Player {
  return { version: null, armed: false, base: null, failed: false, watch: false, retries: 0 };
}

function onManifestAcked(p: Player, version: string, ok: boolean): void {
  const t = now();
  if (ok) p.version = version;
  if (p.armed && p.recvAt !== undefined && p.ackAt === undefined) {
    if (ok) p.ackAt = t;
    else p.failed = true;
  }
  if (ok && p.watch && p.connAt !== undefined && p.reAckAt === undefined) p.reAckAt = t;
}

function onManifestReceived(p: Player, version: string): void {
  if (p.armed && p.recvAt === undefined && version !== p.base) p.recvAt = now();
}

type PlayerSocket = Socket<ServerToPlayerEvents, PlayerToServerEvents>;

/** Opens one socket.io player; resolves once its first manifest is acked (or rejects on failure). */
function sioPlayer(token: string): Promise<void> {
  const p = newPlayer();
  players.push(p);
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    let connectedOnce = false;
    const socket: PlayerSocket = io(`${url}/player`, {
      transports: ['websocket'],
      auth: { token },
      forceNew: true,
      reconnection: strategy === 'default',
    });
    closers.push(() => socket.disconnect());
    socket.on('manifest', (manifest) => {
      onManifestReceived(p, manifest.version);
      socket
        .timeout(30_000)
        .emit(
          'manifest:ack',
          { version: manifest.version },
          (err: Error | null, reply: Ack<ManifestAckReply>) => {
            onManifestAcked(p, manifest.version, !err && reply.ok);
            if (!settled) {
              settled = true;
              resolve();
            }
          },
        );
    });
    socket.on('connect', () => {
      connectedOnce = true;
      if (p.watch && p.discAt !== undefined && p.connAt === undefined) p.connAt = now();
    });
    socket.on('disconnect', () => {
      if (p.watch) p.discAt ??= now();
    });
    socket.on('connect_error', (err) => {
      if (p.watch) errorsAt.push(now());
      if (!settled) {
        settled = true;
        reject(err);
      }
    });
    if (strategy === 'jitter') {
      // As player/src/connection.ts openConnection(): retry after Backoff.next() on a failed attempt or a
      // dropped link, saturate after a refused handshake, reset on connect. (openConnection itself opens a
      // relative '/player' URL in the browser, so the logic is mirrored here around the same Backoff.)
      const backoff = new Backoff();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const retry = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (!socket.connected) {
            if (p.watch) p.retries++;
            socket.connect();
          }
        }, backoff.next());
      };
      closers.push(() => {
        clearTimeout(timer);
      });
      socket.on('connect', () => {
        clearTimeout(timer);
        backoff.reset();
      });
      socket.on('connect_error', (err) => {
        if ('data' in err) backoff.saturate();
        if (connectedOnce) retry();
      });
      socket.on('disconnect', (reason) => {
        if (reason !== 'io client disconnect') retry();
      });
    } else if (strategy === 'default') {
      // socket.io-client never reconnects by itself after the server closed the socket ('io server
      // disconnect', which a controller shutting down sends); the documented answer is to call connect(),
      // after which the Manager's own backoff (1 s doubling to 5 s, ±50 %) takes over on failed attempts.
      socket.io.on('reconnect_attempt', () => {
        if (p.watch) p.retries++;
      });
      socket.on('disconnect', (reason) => {
        if (reason === 'io server disconnect') socket.connect();
      });
    }
  });
}

/** Opens one floor client; resolves once open. */
function wsPlayer(): Promise<void> {
  const p = newPlayer();
  players.push(p);
  return new Promise<void>((resolve, reject) => {
    const ws = new WebSocket(url);
    closers.push(() => {
      ws.close();
    });
    ws.on('open', () => {
      resolve();
    });
    ws.on('error', reject);
    ws.on('message', (data: Buffer) => {
      const text = data.toString();
      if (text.startsWith('{')) {
        // The server's answer to our ack.
        onManifestAcked(p, (JSON.parse(text) as { version: string }).version, true);
        return;
      }
      // The same Socket.IO frame bytes the controller sends: 42/player,["manifest",{…}]
      const [, manifest] = JSON.parse(text.slice(text.indexOf('['))) as [string, { version: string }];
      onManifestReceived(p, manifest.version);
      ws.send(JSON.stringify({ ack: manifest.version }));
    });
  });
}

async function connect(total: number): Promise<void> {
  const start = now();
  const todo = Math.min(total, tokens.length) - players.length;
  let next = players.length;
  const end = next + todo;
  // A bounded number of handshakes in flight, as a fleet powering up would not all start in one tick.
  const worker = async () => {
    while (next < end) {
      const token = tokens[next++]!;
      try {
        await (mode === 'ws' ? wsPlayer() : sioPlayer(token));
      } catch {
        connectFailures++;
      }
    }
  };
  await Promise.all(Array.from({ length: 100 }, worker));
  reply({ connected: players.length - connectFailures, failures: connectFailures, ms: now() - start });
}

function arm(): void {
  for (const p of players) {
    p.armed = true;
    p.base = p.version;
    delete p.recvAt;
    delete p.ackAt;
    p.failed = false;
  }
  reply({ armed: players.length });
}

async function until(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = now() + timeoutMs;
  while (!done() && now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

async function collect(timeoutMs: number): Promise<void> {
  await until(() => players.every((p) => p.ackAt !== undefined || p.failed), timeoutMs);
  for (const p of players) p.armed = false;
  reply({
    recv: players.flatMap((p) => (p.recvAt === undefined ? [] : [p.recvAt])),
    ack: players.flatMap((p) => (p.ackAt === undefined ? [] : [p.ackAt])),
    missing: players.filter((p) => p.ackAt === undefined).length,
    failed: players.filter((p) => p.failed).length,
  });
}

function armReconnect(): void {
  errorsAt = [];
  for (const p of players) {
    p.watch = true;
    delete p.discAt;
    delete p.connAt;
    delete p.reAckAt;
    p.retries = 0;
  }
  reply({ watching: players.length });
}

async function collectReconnect(timeoutMs: number): Promise<void> {
  await until(() => players.every((p) => p.reAckAt !== undefined), timeoutMs);
  reply({
    disc: players.flatMap((p) => (p.discAt === undefined ? [] : [p.discAt])),
    conn: players.flatMap((p) => (p.connAt === undefined ? [] : [p.connAt])),
    ack: players.flatMap((p) => (p.reAckAt === undefined ? [] : [p.reAckAt])),
    retries: players.reduce((n, p) => n + p.retries, 0),
    errors: errorsAt,
    missing: players.filter((p) => p.reAckAt === undefined).length,
  });
}

function reply(msg: unknown): void {
  process.stdout.write(JSON.stringify(msg) + '\n');
}

// One command at a time, in order.
let chain = Promise.resolve();
createInterface({ input: process.stdin }).on('line', (line) => {
  const [cmd = '', arg] = line.trim().split(/\s+/);
  chain = chain.then(async () => {
    if (cmd === 'connect') await connect(Number(arg));
    else if (cmd === 'arm') arm();
    else if (cmd === 'collect') await collect(Number(arg));
    else if (cmd === 'arm-reconnect') armReconnect();
    else if (cmd === 'collect-reconnect') await collectReconnect(Number(arg));
    else if (cmd === 'close') {
      for (const close of closers) close();
      process.exit(0);
    }
  });
});
