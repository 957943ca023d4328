// A load process of the data benchmark: simulated players, driven by one-line commands on stdin, answering
// each with one JSON line on stdout. Times are epoch milliseconds with sub-millisecond resolution
// (performance.timeOrigin + performance.now()): one clock for all processes on the machine.
//
// Usage: players.ts <url> <tokensFile>
//   socket.io-client to <url>/player over WebSocket with a device token each; acks every manifest with
//   'manifest:ack' { version } as the player does; listens for 'data' updates (the player sends nothing back
//   for those). No reconnection: a dropped player stays missing and is counted.
// Commands:
//   connect <total>          open this process's share of the players (each once its first manifest is acked)
//   arm-data <path> <value>  watch for the first 'data' update carrying that value of that path
//   arm-manifest             watch for the next new manifest and its ack
//   collect <timeoutMs>      wait until every player has it (or the timeout), reply with the times and the
//                            size of the event's Socket.IO frame as the server writes it
//   close
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { io, type Socket } from 'socket.io-client';
import type { Ack, PlayerToServerEvents, ServerToPlayerEvents } from '../../schemas/events.ts';
import type { ManifestAckReply, PlayerDataUpdate } from '../../schemas/types.ts';

const [url = '', tokensFile = ''] = process.argv.slice(2);
const tokens = readFileSync(tokensFile, 'utf8').trim().split('\n');
const now = () => performance.timeOrigin + performance.now();

type PlayerSocket = Socket<ServerToPlayerEvents, PlayerToServerEvents>;

interface Player {
  /** Last manifest version whose ack the server answered ok. */
  version: string | null;
  recvAt?: number;
  ackAt?: number;
  failed: boolean;
}

/** What the players are watching for now. */
type Watch =
  | { kind: 'none' }
  | { kind: 'data'; path: string; value: number }
  | { kind: 'manifest'; base: (string | null)[] };

const players: Player[] = [];
const closers: (() => void)[] = [];
let watch: Watch = { kind: 'none' };
/** The Socket.IO frame of the watched event, in bytes (the same for every player: one broadcast). */
let frameBytes: number | undefined;
let disconnects = 0;
let connectFailures = 0;

/** The bytes Socket.IO writes for a plain (non-binary) event on /player: `42/player,["event",payload]`. */
const frameOf = (event: string, payload: unknown) =>
  Buffer.byteLength('42/player,' + JSON.stringify([event, payload]));

function carries(update: PlayerDataUpdate, path: string, value: number): boolean {
  return update.values.some((v) => v.path === path && v.value === value);
}

/** Opens one player; resolves once its first manifest is acked (or rejects on failure). */
function openPlayer(token: string): Promise<void> {
  const index = players.length;
  const p: Player = { version: null, failed: false };
  players.push(p);
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const socket: PlayerSocket = io(`${url}/player`, {
      transports: ['websocket'],
      auth: { token },
      forceNew: true,
      reconnection: false,
    });
    closers.push(() => socket.disconnect());
    socket.on('data', (update) => {
      const w = watch;
      if (w.kind !== 'data' || p.recvAt !== undefined || !carries(update, w.path, w.value)) return;
      p.recvAt = now();
      frameBytes ??= frameOf('data', update);
    });
    socket.on('manifest', (manifest) => {
      const w = watch;
      const watched = w.kind === 'manifest' && p.recvAt === undefined && manifest.version !== w.base[index];
      if (watched) {
        p.recvAt = now();
        frameBytes ??= frameOf('manifest', manifest);
      }
      socket
        .timeout(30_000)
        .emit(
          'manifest:ack',
          { version: manifest.version },
          (err: Error | null, reply: Ack<ManifestAckReply>) => {
            const ok = !err && reply.ok;
            if (ok) p.version = manifest.version;
            if (watched) {
              if (ok) p.ackAt = now();
              else p.failed = true;
            }
            if (!settled) {
              settled = true;
              resolve();
            }
          },
        );
    });
    socket.on('disconnect', (reason) => {
      if (reason !== 'io client disconnect') disconnects++;
    });
    socket.on('connect_error', (err) => {
      if (!settled) {
        settled = true;
        reject(err);
      }
    });
  });
}

async function connect(total: number): Promise<void> {
  const start = now();
  let next = players.length;
  const end = Math.min(total, tokens.length);
  // A bounded number of handshakes in flight, as a fleet powering up would not all start in one tick.
  const worker = async () => {
    while (next < end) {
      try {
        await openPlayer(tokens[next++]!);
      } catch {
        connectFailures++;
      }
    }
  };
  await Promise.all(Array.from({ length: 100 }, worker));
  reply({ connected: players.length - connectFailures, failures: connectFailures, ms: now() - start });
}

function arm(next: Watch): void {
  for (const p of players) {
    delete p.recvAt;
    delete p.ackAt;
    p.failed = false;
  }
  frameBytes = undefined;
  watch = next;
  reply({ armed: players.length });
}

async function until(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = now() + timeoutMs;
  while (!done() && now() < deadline) await new Promise((r) => setTimeout(r, 5));
}

async function collect(timeoutMs: number): Promise<void> {
  const manifest = watch.kind === 'manifest';
  const done = (p: Player) => (manifest ? p.ackAt !== undefined || p.failed : p.recvAt !== undefined);
  await until(() => players.every(done), timeoutMs);
  watch = { kind: 'none' };
  reply({
    recv: players.flatMap((p) => (p.recvAt === undefined ? [] : [p.recvAt])),
    ack: players.flatMap((p) => (p.ackAt === undefined ? [] : [p.ackAt])),
    missing: players.filter((p) => !done(p)).length,
    failed: players.filter((p) => p.failed).length,
    frameBytes: frameBytes ?? null,
    disconnects,
  });
}

function reply(msg: unknown): void {
  process.stdout.write(JSON.stringify(msg) + '\n');
}

// One command at a time, in order.
let chain = Promise.resolve();
createInterface({ input: process.stdin }).on('line', (line) => {
  const [cmd = '', ...args] = line.trim().split(/\s+/);
  chain = chain.then(async () => {
    if (cmd === 'connect') await connect(Number(args[0]));
    else if (cmd === 'arm-data') arm({ kind: 'data', path: args[0] ?? '', value: Number(args[1]) });
    else if (cmd === 'arm-manifest') arm({ kind: 'manifest', base: players.map((p) => p.version) });
    else if (cmd === 'collect') await collect(Number(args[0]));
    else if (cmd === 'close') {
      for (const close of closers) close();
      process.exit(0);
    }
  });
});
