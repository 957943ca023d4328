// One load-generating process: opens sockets to /player with the given tokens (WebSocket only) and sends
// heartbeats at a fixed total rate for a while, measuring each ack's latency. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { io, type Socket } from 'socket.io-client';

const [url = '', tokensFile = '', rateArg = '1000', secondsArg = '10'] = process.argv.slice(2);
const tokens = readFileSync(tokensFile, 'utf8').trim().split('\n');
const rate = Number(rateArg);
const seconds = Number(secondsArg);

const sockets: Socket[] = await Promise.all(
  tokens.map(
    (token) =>
      new Promise<Socket>((resolve, reject) => {
        const s = io(`${url}/player`, {
          transports: ['websocket'],
          auth: { token },
          reconnection: false,
          forceNew: true,
        });
        s.once('connect', () => {
          resolve(s);
        });
        s.once('connect_error', reject);
      }),
  ),
);

const heartbeat = () => ({
  sentAt: Date.now(),
  uptimeSeconds: 3600,
  playerVersion: 'bench',
  manifestVersion: null,
  onScreen: { type: 'clock' },
  cache: { bytes: 1_000_000, assets: 3, missing: 0 },
  clock: { offsetMs: 3, trusted: true },
  display: { width: 1920, height: 1080, devicePixelRatio: 1, stageWidth: 800, stageHeight: 500 },
  errors: [],
});

const latencies: number[] = [];
let acked = 0;
let failed = 0;
let sent = 0;
const start = performance.now();
const end = start + seconds * 1000;
// Evenly spaced sends in 10 ms ticks, round-robin over the sockets.
await new Promise<void>((resolve) => {
  const tick = setInterval(() => {
    const now = performance.now();
    const due = Math.floor(((Math.min(now, end) - start) / 1000) * rate) - sent;
    for (let i = 0; i < due; i++) {
      const socket = sockets[sent % sockets.length];
      sent++;
      const t0 = performance.now();
      socket?.timeout(10_000).emit('heartbeat', heartbeat(), (err: Error | null, reply?: { ok: boolean }) => {
        if (err || !reply?.ok) failed++;
        else {
          acked++;
          latencies.push(performance.now() - t0);
        }
      });
    }
    if (now >= end) {
      clearInterval(tick);
      resolve();
    }
  }, 10);
});
// Let the last acks arrive.
const drainUntil = performance.now() + 10_000;
while (acked + failed < sent && performance.now() < drainUntil) await new Promise((r) => setTimeout(r, 20));
const elapsed = (performance.now() - start) / 1000;
for (const s of sockets) s.close();
latencies.sort((a, b) => a - b);
const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? null;
console.log(JSON.stringify({ sent, acked, failed, elapsed, p50: q(0.5), p99: q(0.99), max: q(1) }));
process.exit(0);
