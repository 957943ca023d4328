// Benchmark: sustained heartbeats per second into the real controller (validation, batched persistence
// in SQLite, the status hook), from separate load processes over WebSocket, against a bare Socket.IO
// server that acks without validating or storing (the transport floor), same clients and rates, same run.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const SCREENS = Number(process.env.BENCH_SCREENS ?? 1000);
const LOADERS = Number(process.env.BENCH_LOADERS ?? 2);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const RATES = (process.env.BENCH_RATES ?? '2000,4000').split(',').map(Number);
const TOKEN = 'bench-admin-token-0123456789abcdef';

interface LoadResult {
  sent: number;
  acked: number;
  failed: number;
  elapsed: number;
  p50: number | null;
  p99: number | null;
  max: number | null;
}

function lines(child: ChildProcess, onLine: (line: string) => void): void {
  let buf = '';
  child.stdout?.on('data', (d: Buffer) => {
    buf += d.toString();
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      onLine(buf.slice(0, i));
      buf = buf.slice(i + 1);
    }
  });
}

async function startController(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: '0',
      ADMIN_TOKEN: TOKEN,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The controller says where it listens on stderr (the rest of stderr is passed through).
  const url = await new Promise<string>((resolve) => {
    let buf = '';
    child.stderr.on('data', (d: Buffer) => {
      buf += d.toString();
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        const m = /Gatecast controller: (http:\/\/\S+)/.exec(line);
        if (m?.[1]) resolve(m[1].replace('localhost', '127.0.0.1'));
        else process.stderr.write(line + '\n');
      }
    });
  });
  return { child, url };
}

async function api(url: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(url + path, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** A gate with SCREENS screens and one device token each, written to files (one per loader). */
async function makeFleet(url: string, dir: string): Promise<string[]> {
  await api(url, 'POST', '/api/v1/gates', {
    id: 'bench-gate',
    name: 'Bench gate',
    province: 'Gia Lai',
    borderCountry: 'KH',
    timeZone: 'Asia/Ho_Chi_Minh',
    location: { lat: 13.9, lon: 107.5 },
    languages: ['vi'],
  });
  const tokens: string[] = [];
  for (let i = 0; i < SCREENS; i += 25) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(25, SCREENS - i) }, async (_, k) => {
        const id = `bench-screen-${i + k}`;
        await api(url, 'POST', '/api/v1/screens', {
          id,
          gateId: 'bench-gate',
          name: id,
          kind: 'led',
          width: 800,
          height: 500,
        });
        return ((await api(url, 'POST', `/api/v1/screens/${id}/tokens`, {})) as { token: string }).token;
      }),
    );
    tokens.push(...batch);
  }
  const files: string[] = [];
  for (let l = 0; l < LOADERS; l++) {
    const file = join(dir, `tokens-${l}.txt`);
    await writeFile(file, tokens.filter((_, i) => i % LOADERS === l).join('\n'));
    files.push(file);
  }
  return files;
}

async function load(url: string, files: string[], rate: number, seconds = SECONDS): Promise<LoadResult> {
  const results = await Promise.all(
    files.map(
      (file) =>
        new Promise<LoadResult>((resolve, reject) => {
          const child = spawn(
            process.execPath,
            [join(here, 'load.ts'), url, file, String(rate / files.length), String(seconds)],
            {
              stdio: ['ignore', 'pipe', 'inherit'],
            },
          );
          lines(child, (line) => {
            resolve(JSON.parse(line) as LoadResult);
          });
          child.on('exit', (code) => {
            if (code !== 0) reject(new Error(`loader exited ${code}`));
          });
        }),
    ),
  );
  const sum = (k: 'sent' | 'acked' | 'failed') => results.reduce((n, r) => n + r[k], 0);
  const worst = (k: 'p50' | 'p99' | 'max') => Math.max(...results.map((r) => r[k] ?? 0));
  const elapsed = Math.max(...results.map((r) => r.elapsed));
  return {
    sent: sum('sent'),
    acked: sum('acked'),
    failed: sum('failed'),
    elapsed,
    p50: worst('p50'),
    p99: worst('p99'),
    max: worst('max'),
  };
}

async function controllerLag(url: string): Promise<number> {
  const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  const m = /^gatecast_nodejs_eventloop_lag_p99_seconds (\S+)$/m.exec(await res.text());
  return Number(m?.[1] ?? NaN) * 1000;
}

const dir = await mkdtemp(join(tmpdir(), 'gatecast-bench-hb-'));
const runs: Record<string, unknown>[] = [];
try {
  const controller = await startController(join(dir, 'data'));
  const files = await makeFleet(controller.url, dir);
  const floor = spawn(process.execPath, [join(here, 'floor.ts')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const floorLines: string[] = [];
  const floorPort = await new Promise<number>((resolve) => {
    lines(floor, (line) => {
      floorLines.push(line);
      if (floorLines.length === 1) resolve((JSON.parse(line) as { port: number }).port);
    });
  });
  const floorUrl = `http://127.0.0.1:${floorPort}`;
  floor.stdin.write('start\n');

  // Warm-up (not recorded): JIT, the database's first batches, socket buffers.
  await load(controller.url, files, 1000, 5);
  await load(floorUrl, files, 1000, 5);

  for (const rate of RATES) {
    await controllerLag(controller.url); // resets the controller's lag histogram
    const ours = await load(controller.url, files, rate);
    const oursLagP99 = await controllerLag(controller.url);
    floor.stdin.write('reset\n');
    const bare = await load(floorUrl, files, rate);
    const run = {
      offeredPerSecond: rate,
      ours: { ...ours, ackedPerSecond: ours.acked / ours.elapsed, eventLoopLagP99Ms: oursLagP99 },
      floor: { ...bare, ackedPerSecond: bare.acked / bare.elapsed },
    };
    runs.push(run);
    console.log(
      `heartbeats: offered ${rate}/s → controller acked ${(ours.acked / ours.elapsed).toFixed(0)}/s ` +
        `(ack p99 ${ours.p99?.toFixed(1)} ms, event-loop lag p99 ${oursLagP99.toFixed(1)} ms, failed ${ours.failed}); ` +
        `bare socket.io ${(bare.acked / bare.elapsed).toFixed(0)}/s (ack p99 ${bare.p99?.toFixed(1)} ms)`,
    );
  }
  floor.stdin.write('stop\n');
  controller.child.kill('SIGTERM');
  await new Promise((r) => controller.child.once('exit', r));

  const target = runs.find((r) => (r as { offeredPerSecond: number }).offeredPerSecond >= 2000) as
    { ours: { ackedPerSecond: number; eventLoopLagP99Ms: number; failed: number } } | undefined;
  const result = {
    benchmark: 'heartbeats',
    screens: SCREENS,
    loaders: LOADERS,
    secondsPerRun: SECONDS,
    runs,
    target: { heartbeatsPerSecond: 2000, eventLoopLagP99Ms: 100 },
    withinTarget: target
      ? target.ours.ackedPerSecond >= 1900 && target.ours.eventLoopLagP99Ms < 100 && target.ours.failed === 0
      : false,
    node: process.version,
    at: new Date().toISOString(),
  };
  await writeFile(join(root, 'bench/results/heartbeats.json'), JSON.stringify(result, null, 2) + '\n');
} finally {
  await rm(dir, { recursive: true, force: true });
}
