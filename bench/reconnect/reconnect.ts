// Benchmark: 10,000 connected players; the controller restarts (SIGTERM, started again on the same
// DATA_DIR and port); the time until 99 % have reconnected and acked their manifest, and the handshakes
// per second, with the player's full-jitter backoff against socket.io-client's default reconnection (the
// baseline that re-synchronises), in the same run.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  killChildren,
  makeContent,
  makeFleet,
  now,
  Players,
  quantile,
  root,
  startController,
  type Controller,
} from '../fanout/fleet.ts';

const PLAYERS = Number(process.env.BENCH_PLAYERS ?? 10_000);
const LOADERS = Number(process.env.BENCH_LOADERS ?? 4);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 120_000);
const STRATEGIES = (process.env.BENCH_STRATEGIES ?? 'jitter,default').split(',');
const TARGET_MS = 60_000;
/** A wave: a 1 s bucket with more than this many times the mean rate of the reconnect window. */
const WAVE_FACTOR = 3;

interface Collected {
  disc: number[];
  conn: number[];
  ack: number[];
  errors: number[];
  retries: number;
  missing: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Counts per 1 s bucket from `from`, up to the last value. */
function histogram(times: number[], from: number): number[] {
  const buckets: number[] = [];
  for (const t of times) {
    const i = Math.max(0, Math.floor((t - from) / 1000));
    while (buckets.length <= i) buckets.push(0);
    buckets[i]!++;
  }
  return buckets;
}

const dir = await mkdtemp(join(tmpdir(), 'gatecast-bench-reconnect-'));
try {
  const dataDir = join(dir, 'data');
  const files = await makeFleet(dataDir, PLAYERS, LOADERS, dir);
  let controller: Controller = await startController(dataDir);
  const { url, port } = controller;
  await makeContent(url);

  const phases = [];
  for (const strategy of STRATEGIES) {
    const players = files.map((tokens) => new Players({ mode: 'sio', url, tokens, strategy }));
    const replies = await Promise.all(
      players.map((p) => p.send<{ connected: number }>(`connect ${Math.ceil(PLAYERS / LOADERS)}`)),
    );
    const connected = replies.reduce((k, r) => k + r.connected, 0);
    await sleep(3000);
    await Promise.all(players.map((p) => p.send('arm-reconnect')));

    const t0 = now();
    await controller.stop();
    const downMs = now() - t0;
    controller = await startController(dataDir, { port });
    const upMs = now() - t0;
    const parts = await Promise.all(players.map((p) => p.send<Collected>(`collect-reconnect ${TIMEOUT_MS}`)));
    await Promise.all(players.map((p) => p.close()));

    const acks = parts.flatMap((c) => c.ack.map((t) => t - t0)).sort((a, b) => a - b);
    const conns = parts.flatMap((c) => c.conn);
    const missing = parts.reduce((k, c) => k + c.missing, 0);
    // With more than 1 % missing, the 99 % point was never reached.
    const at = (p: number) =>
      acks.length >= Math.ceil(p * connected) ? acks[Math.ceil(p * connected) - 1]! : null;
    const t99 = at(0.99);
    const handshakes = histogram(conns, t0);
    const refused = histogram(
      parts.flatMap((c) => c.errors),
      t0,
    );
    // The reconnect window: from the controller listening again to the 99 % point.
    const window = handshakes.slice(
      Math.floor(upMs / 1000),
      t99 === null ? undefined : Math.ceil(t99 / 1000),
    );
    const mean = window.reduce((a, b) => a + b, 0) / Math.max(1, window.length);
    const peak = Math.max(...handshakes);
    const waves = window.filter((c) => c > WAVE_FACTOR * mean).length;
    const phase = {
      strategy,
      players: connected,
      controllerDownMs: Math.round(downMs),
      controllerListeningAgainMs: Math.round(upMs),
      reconnectedAndAckedMs: {
        p50: at(0.5) === null ? null : Math.round(at(0.5)!),
        p99: t99 === null ? null : Math.round(t99),
        max: acks.length === connected ? Math.round(quantile(acks, 1)!) : null,
      },
      missing,
      retries: parts.reduce((k, c) => k + c.retries, 0),
      refusedAttempts: refused.reduce((a, b) => a + b, 0),
      peakHandshakesPerSecond: peak,
      meanHandshakesPerSecond: Math.round(mean),
      peakToMean: Math.round((peak / Math.max(1, mean)) * 100) / 100,
      waves,
      handshakesPerSecond: handshakes,
      refusedPerSecond: refused,
      withinTarget: t99 !== null && t99 <= TARGET_MS && waves === 0,
    };
    phases.push(phase);
    console.log(
      `reconnect (${strategy}): ${connected} players, controller back after ${(upMs / 1000).toFixed(1)} s → ` +
        `99 % reconnected and acked at ${t99 === null ? 'never' : `${(t99 / 1000).toFixed(1)} s`} ` +
        `(missing ${missing}); peak ${peak} handshakes/s, mean ${Math.round(mean)}/s, ${waves} wave seconds ` +
        `(> ${WAVE_FACTOR}× mean); per second: ${handshakes.join(' ')}`,
    );
  }
  await controller.stop();

  const ours = phases.find((p) => p.strategy === 'jitter');
  const result = {
    benchmark: 'reconnect',
    loaders: LOADERS,
    measured:
      'times from SIGTERM to the controller: each player’s first connect after its disconnect (handshakes, ' +
      'bucketed per second) and the ack reply of the first manifest after that connect (reconnected and applied)',
    phases,
    target: { p99Ms: TARGET_MS, waves: 0, waveFactor: WAVE_FACTOR },
    withinTarget: ours?.withinTarget ?? false,
    cpus: cpus().length,
    loadAverage: loadavg(),
    node: process.version,
    at: new Date().toISOString(),
  };
  await writeFile(join(root, 'bench/results/reconnect.json'), JSON.stringify(result, null, 2) + '\n');
} finally {
  killChildren();
  await rm(dir, { recursive: true, force: true });
}
