// Benchmark: a live value pushed by a data source (PUT /api/v1/data/values with its gcv_ token) until every
// one of N players has the `data` update carrying it, against a full manifest publish (the approval path, as
// bench/fanout measures it) to the same N players, in the same run and interleaved. The players are
// socket.io-client sockets with device tokens in separate load processes (players.ts), loopback only.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataSourceWithToken } from '../../schemas/types.ts';
import {
  ADMIN_TOKEN,
  api,
  killChildren,
  lines,
  makeContent,
  makeFleet,
  now,
  quantile,
  root,
  startController,
} from '../fanout/fleet.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const PLAYERS = Number(process.env.BENCH_PLAYERS ?? 1000);
const LOADERS = Number(process.env.BENCH_LOADERS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 50);
const WARMUP = 3;
const TIMEOUT_MS = 30_000;
/** The value the lane system sends: waiting minutes for travellers (docs/DATA.md's example). */
const PATH = 'queue.passengers.minutes';

type Kind = 'data' | 'manifest';

interface Collected {
  recv: number[];
  ack: number[];
  missing: number;
  failed: number;
  frameBytes: number | null;
  disconnects: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** p50/p95/p99/max in ms, rounded to 0.1 ms. */
function stats(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  const r = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  return {
    count: s.length,
    p50: r(quantile(s, 0.5)),
    p95: r(quantile(s, 0.95)),
    p99: r(quantile(s, 0.99)),
    max: r(quantile(s, 1)),
  };
}

const loaders = new Set<ChildProcess>();
/** A load process holding a share of the simulated players (players.ts), driven over stdin/stdout. */
class Loader {
  private readonly child: ChildProcess;
  private readonly waiting: ((msg: unknown) => void)[] = [];

  constructor(url: string, tokens: string) {
    this.child = spawn(process.execPath, [join(here, 'players.ts'), url, tokens], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    loaders.add(this.child);
    lines(this.child, (line) => {
      this.waiting.shift()?.(JSON.parse(line));
    });
  }

  /** Sends a command and resolves with the process's one-line reply. */
  send<T = Record<string, unknown>>(cmd: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const onExit = (code: number | null) => {
        reject(new Error(`players process exited ${String(code)} during "${cmd}"`));
      };
      this.child.once('exit', onExit);
      this.waiting.push((msg) => {
        this.child.off('exit', onExit);
        resolve(msg as T);
      });
      this.child.stdin?.write(cmd + '\n');
    });
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.stdin?.write('close\n');
    await exited;
  }
}
const killLoaders = () => {
  for (const c of loaders) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
};
process.once('exit', killLoaders);

const dir = await mkdtemp(join(tmpdir(), 'gatecast-bench-data-'));
try {
  // One gate of N screens with a device token each (bench/fanout/setup.ts), the controller as `npm start`
  // runs it, and the fanout's content: nine three-language messages in a playlist on an always-on schedule.
  const files = await makeFleet(join(dir, 'data'), PLAYERS, LOADERS, dir);
  const controller = await startController(join(dir, 'data'));
  const { url } = controller;
  const content = await makeContent(url);
  // A lane system's push source whose scope is the gate: every value it sends reaches the gate's screens.
  const source = await api<DataSourceWithToken>(url, 'POST', '/api/v1/data-sources', {
    name: 'Hệ thống làn xuất nhập cảnh',
    kind: 'push',
    scope: { gates: ['bench-gate'] },
    maxAgeSeconds: 3600,
  });

  const group = files.map((tokens) => new Loader(url, tokens));
  const connected = await Promise.all(
    group.map((l) => l.send<{ connected: number; failures: number }>(`connect ${PLAYERS}`)),
  );
  const online = connected.reduce((n, c) => n + c.connected, 0);
  if (online !== PLAYERS) throw new Error(`only ${online} of ${PLAYERS} players connected`);
  await sleep(1000);

  /** The controller's event-loop lag p99 since the last call (reading its /metrics resets it). */
  const lagP99 = async () => {
    const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    const m = /^gatecast_nodejs_eventloop_lag_p99_seconds (\S+)$/m.exec(await res.text());
    return Number(m?.[1] ?? NaN) * 1000;
  };

  let serial = 0;
  /** One value pushed as the lane system does; its minutes are the round's own number, so each is new. */
  const push = async (value: number) => {
    const res = await fetch(`${url}/api/v1/data/values`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${source.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ values: [{ path: PATH, type: 'number', unit: 'minute', value }] }),
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`push: ${res.status} ${text}`);
    const stored = (JSON.parse(text) as { values: { state: string }[] }).values;
    if (stored[0]?.state !== 'accepted') throw new Error(`push: ${text}`);
  };

  interface Round {
    /** Per player, from just before the request: the event received / (manifest) its ack answered. */
    recv: number[];
    ack: number[];
    /** When the last player had it; the request's own duration. */
    last: number;
    requestMs: number;
    lagMs: number;
    missing: number;
    failed: number;
    frameBytes: number | null;
    disconnects: number;
  }
  const rounds: Record<Kind, Round[]> = { data: [], manifest: [] };

  const round = async (kind: Kind, record: boolean) => {
    const n = ++serial;
    if (kind === 'manifest') await content.prepare(n);
    await Promise.all(group.map((l) => l.send(kind === 'data' ? `arm-data ${PATH} ${n}` : 'arm-manifest')));
    await lagP99();
    const t0 = now();
    if (kind === 'data') await push(n);
    else await content.approve();
    const requestMs = now() - t0;
    const parts = await Promise.all(group.map((l) => l.send<Collected>(`collect ${TIMEOUT_MS}`)));
    const lagMs = await lagP99();
    const recv = parts.flatMap((c) => c.recv.map((t) => t - t0));
    const r: Round = {
      recv,
      ack: parts.flatMap((c) => c.ack.map((t) => t - t0)),
      last: recv.length > 0 ? Math.max(...recv) : NaN,
      requestMs,
      lagMs,
      missing: parts.reduce((k, c) => k + c.missing, 0),
      failed: parts.reduce((k, c) => k + c.failed, 0),
      frameBytes: parts.find((c) => c.frameBytes !== null)?.frameBytes ?? null,
      disconnects: parts.reduce((k, c) => k + c.disconnects, 0),
    };
    if (r.missing > 0) console.error(`data: ${kind} round ${n}: ${r.missing} players missing`);
    if (record) rounds[kind].push(r);
    await sleep(20);
  };

  // Warm-up (not recorded): JIT, the first compile, socket buffers, the prepared statements.
  for (let i = 0; i < WARMUP; i++) {
    await round('data', false);
    await round('manifest', false);
  }
  for (let i = 0; i < ROUNDS; i++) {
    // A/B, and which goes first alternates too, so drift and other load weigh on both alike.
    const order: Kind[] = i % 2 === 0 ? ['data', 'manifest'] : ['manifest', 'data'];
    for (const kind of order) await round(kind, true);
  }

  await Promise.all(group.map((l) => l.close()));
  await controller.stop();

  const summarise = (kind: Kind) => {
    const rs = rounds[kind];
    const bytes = rs.map((r) => r.frameBytes).filter((b): b is number => b !== null);
    return {
      received: stats(rs.flatMap((r) => r.recv)),
      lastPlayer: stats(rs.map((r) => r.last)),
      ...(kind === 'manifest' ? { acked: stats(rs.flatMap((r) => r.ack)) } : {}),
      request: stats(rs.map((r) => r.requestMs)),
      eventLoopLagP99Ms: stats(rs.map((r) => r.lagMs)).max,
      frameBytes: { min: Math.min(...bytes), max: Math.max(...bytes) },
      missing: rs.reduce((k, r) => k + r.missing, 0),
      failed: rs.reduce((k, r) => k + r.failed, 0),
      disconnects: Math.max(0, ...rs.map((r) => r.disconnects)),
    };
  };
  const data = summarise('data');
  const manifest = summarise('manifest');
  const ratio = (a: number | null, b: number | null) =>
    a === null || b === null ? null : Math.round((a / b) * 100) / 100;
  for (const [kind, s] of [
    ['value   ', data],
    ['manifest', manifest],
  ] as const)
    console.log(
      `data: ${kind} → ${PLAYERS} players received p50/p95/p99/max ` +
        `${s.received.p50}/${s.received.p95}/${s.received.p99}/${s.received.max} ms, ` +
        `last player p50/p99 ${s.lastPlayer.p50}/${s.lastPlayer.p99} ms, ` +
        `request p50 ${s.request.p50} ms, frame ${s.frameBytes.max} B, missing ${s.missing}`,
    );

  const result = {
    benchmark: 'data',
    players: PLAYERS,
    loaders: LOADERS,
    rounds: ROUNDS,
    warmup: WARMUP,
    measured:
      'per player, from just before the request (PUT /api/v1/data/values with the source’s gcv_ token; or ' +
      'POST /api/v1/messages/:id/approve by an approver token, after the edit was saved and submitted) to the ' +
      'moment its `data` update carrying the round’s value / its new `manifest` arrived, epoch ms on one clock; ' +
      'pooled over rounds (received), and per round the last of the players (lastPlayer); manifest acked = its ' +
      'manifest:ack answered; frameBytes = the Socket.IO frame `42/player,["event",payload]`; rounds interleaved',
    value: { path: PATH, type: 'number', unit: 'minute', valuesPerUpdate: 1 },
    data,
    manifest,
    p99RatioDataToManifest: ratio(data.received.p99, manifest.received.p99),
    lastPlayerP99RatioDataToManifest: ratio(data.lastPlayer.p99, manifest.lastPlayer.p99),
    frameRatioManifestToData: ratio(manifest.frameBytes.max, data.frameBytes.max),
    cpus: cpus().length,
    loadAverage: loadavg(),
    node: process.version,
    at: new Date().toISOString(),
  };
  await mkdir(join(root, 'bench/results'), { recursive: true });
  await writeFile(join(root, 'bench/results/data.json'), JSON.stringify(result, null, 2) + '\n');
} finally {
  killLoaders();
  killChildren();
  await rm(dir, { recursive: true, force: true });
}
