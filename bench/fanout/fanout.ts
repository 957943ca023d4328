// Benchmark: publish → every player has acked the new manifest, at N connected players, against a bare `ws`
// server broadcasting the same frame bytes to the same number of clients that ack with a small frame (the
// floor), in the same run. The players are socket.io-client sockets in separate load processes.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ADMIN_TOKEN,
  api,
  killChildren,
  lines,
  makeContent,
  makeFleet,
  now,
  Players,
  root,
  startController,
  summary,
} from './fleet.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,10000').split(',').map(Number);
const LOADERS = Number(process.env.BENCH_LOADERS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TARGETS: Record<number, number> = { 1000: 500, 10000: 1000 };

interface Collected {
  recv: number[];
  ack: number[];
  missing: number;
  failed: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const dir = await mkdtemp(join(tmpdir(), 'gatecast-bench-fanout-'));
try {
  const dataDir = join(dir, 'data');
  const max = Math.max(...SIZES);
  const files = await makeFleet(dataDir, max, LOADERS, dir);
  const controller = await startController(dataDir);
  const { url } = controller;
  const content = await makeContent(url);

  const floor = spawn(process.execPath, [join(here, 'floor.ts')], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const floorWaiting: ((line: string) => void)[] = [];
  const floorPort = await new Promise<number>((resolve) => {
    let first = true;
    lines(floor, (line) => {
      if (first) {
        first = false;
        resolve((JSON.parse(line) as { port: number }).port);
      } else floorWaiting.shift()?.(line);
    });
  });

  const ours = files.map((tokens) => new Players({ mode: 'sio', url, tokens }));
  const bare = files.map((tokens) => new Players({ mode: 'ws', url: `ws://127.0.0.1:${floorPort}`, tokens }));
  const frameFile = join(dir, 'frame.txt');
  let round = 0;

  /** The controller's event-loop lag p99 since the last call (reading its /metrics resets it). */
  const lagP99 = async () => {
    const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    const m = /^gatecast_nodejs_eventloop_lag_p99_seconds (\S+)$/m.exec(await res.text());
    return Number(m?.[1] ?? NaN) * 1000;
  };

  const gather = async (group: Players[], t0: number) => {
    const parts = await Promise.all(group.map((p) => p.send<Collected>('collect 60000')));
    return {
      ack: parts.flatMap((c) => c.ack.map((t) => t - t0)),
      recv: parts.flatMap((c) => c.recv.map((t) => t - t0)),
      missing: parts.reduce((n, c) => n + c.missing, 0),
      failed: parts.reduce((n, c) => n + c.failed, 0),
    };
  };

  /** One publish through the approval path; latencies from just before the approve request is sent. */
  const ourRound = async () => {
    await content.prepare(++round);
    await Promise.all(ours.map((p) => p.send('arm')));
    await lagP99();
    const t0 = now();
    await content.approve();
    const approveMs = now() - t0;
    const got = await gather(ours, t0);
    const lagMs = await lagP99();
    const manifest = await api(url, 'GET', '/api/v1/screens/bench-screen-0/manifest');
    const frame = '42/player,' + JSON.stringify(['manifest', manifest]);
    await writeFile(frameFile, frame);
    return { ...got, approveMs, lagMs, frameBytes: Buffer.byteLength(frame) };
  };

  /** The floor broadcasts the frame our last round sent; latencies from just before it is told to. */
  const floorRound = async () => {
    await Promise.all(bare.map((p) => p.send('arm')));
    const published = new Promise((r) => floorWaiting.push(r));
    const t0 = now();
    floor.stdin.write(`publish ${frameFile}\n`);
    await published;
    return gather(bare, t0);
  };

  const sizes = [];
  let warm = false;
  for (const n of SIZES) {
    const each = Math.ceil(n / LOADERS);
    await Promise.all([...ours, ...bare].map((p) => p.send(`connect ${each}`)));
    await sleep(2000);
    if (!warm) {
      // Warm-up (not recorded): JIT, the first compile, socket buffers.
      await ourRound();
      await floorRound();
      warm = true;
    }
    const oursRounds = [];
    const floorRounds = [];
    for (let i = 0; i < ROUNDS; i++) {
      oursRounds.push(await ourRound());
      floorRounds.push(await floorRound());
    }
    const pool = <T extends { ack: number[]; recv: number[]; missing: number; failed: number }>(rs: T[]) => ({
      ack: summary(rs.flatMap((r) => r.ack)),
      receipt: summary(rs.flatMap((r) => r.recv)),
      roundsAckP99: rs.map((r) => summary(r.ack).p99),
      missing: rs.reduce((k, r) => k + r.missing, 0),
      failed: rs.reduce((k, r) => k + r.failed, 0),
    });
    const o = {
      ...pool(oursRounds),
      approveRequestMs: summary(oursRounds.map((r) => r.approveMs)),
      eventLoopLagP99Ms: summary(oursRounds.map((r) => r.lagMs)).max,
      frameBytes: oursRounds[0]?.frameBytes,
    };
    const f = pool(floorRounds);
    const ratio = (o.ack.p99 ?? NaN) / (f.ack.p99 ?? NaN);
    const target = TARGETS[n];
    const entry = {
      players: n,
      ours: o,
      floor: f,
      p99RatioToFloor: Math.round(ratio * 100) / 100,
      targetP99Ms: target ?? null,
      withinTarget:
        o.missing === 0 &&
        o.failed === 0 &&
        ratio <= 2 &&
        (target === undefined || (o.ack.p99 ?? Infinity) <= target),
    };
    sizes.push(entry);
    console.log(
      `fanout: ${n} players → ack p50/p99/max ${o.ack.p50}/${o.ack.p99}/${o.ack.max} ms ` +
        `(receipt p99 ${o.receipt.p99} ms, missing ${o.missing}); bare ws ${f.ack.p50}/${f.ack.p99}/${f.ack.max} ms; ` +
        `p99 ${ratio.toFixed(2)}× floor${target ? `, target ${target} ms` : ''}`,
    );
  }

  await Promise.all([...ours, ...bare].map((p) => p.close()));
  floor.stdin.write('close\n');
  await controller.stop();
  const result = {
    benchmark: 'fanout',
    loaders: LOADERS,
    roundsPerSize: ROUNDS,
    measured:
      'per player: epoch time its manifest:ack reply arrived (ours) / the floor answered its ack frame, minus ' +
      'the time just before the approve request was sent (ours) / the floor was told to broadcast; pooled over rounds',
    sizes,
    target: { p99Ms: TARGETS, ratioToFloor: 2 },
    withinTarget: sizes.every((s) => s.withinTarget),
    cpus: cpus().length,
    loadAverage: loadavg(),
    node: process.version,
    at: new Date().toISOString(),
  };
  await writeFile(join(root, 'bench/results/fanout.json'), JSON.stringify(result, null, 2) + '\n');
} finally {
  killChildren();
  await rm(dir, { recursive: true, force: true });
}
