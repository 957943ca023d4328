// Benchmark: the controller's heap and RSS per connected idle player. The same controller process is
// sampled with 0 players (the baseline), then with 1,000 and 10,000 connected players that have acked
// their manifest. Each sample is taken after a full GC, forced through the V8 inspector (the controller
// runs with --inspect on loopback; no bench-only code in the server), the median of three.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { killChildren, makeContent, makeFleet, Players, root, startController } from '../fanout/fleet.ts';
import { heapKinds, perPlayer, type HeapKind } from './heap.ts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const LOADERS = Number(process.env.BENCH_LOADERS ?? 4);
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 5000);
const TARGET_HEAP_PER_PLAYER = 10 * 1024;
/** Heap snapshots (for the attribution by object kind) at these sizes; 0 players is always included. */
/** Where to keep the snapshots with players, for Chrome DevTools' Memory tab (`<prefix>-<N>.heapsnapshot`). */
const HEAP_FILE = process.env.BENCH_HEAP_FILE;
const SNAPSHOT_AT = new Set(
  (process.env.BENCH_HEAP_SNAPSHOT ?? '1000').split(',').filter(Boolean).map(Number),
);

interface Usage {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A Chrome DevTools Protocol session on the controller's inspector. */
async function inspect(wsUrl: string) {
  const ws = new WebSocket(wsUrl);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  let id = 0;
  const pending = new Map<number, (m: { result?: unknown }) => void>();
  let chunks: string[] = [];
  ws.on('message', (d: Buffer) => {
    const m = JSON.parse(d.toString()) as {
      id?: number;
      result?: unknown;
      method?: string;
      params?: { chunk?: string };
    };
    if (m.id !== undefined) pending.get(m.id)?.(m);
    else if (m.method === 'HeapProfiler.addHeapSnapshotChunk') chunks.push(m.params?.chunk ?? '');
  });
  const call = (method: string, params: object = {}) =>
    new Promise<{ result?: unknown }>((resolve) => {
      pending.set(++id, resolve);
      ws.send(JSON.stringify({ id, method, params }));
    });
  return {
    /** Full GC, then process.memoryUsage(); the median of three by heapUsed. */
    async sample(): Promise<Usage> {
      const samples: Usage[] = [];
      for (let i = 0; i < 3; i++) {
        await call('HeapProfiler.collectGarbage');
        const r = (await call('Runtime.evaluate', {
          expression: 'JSON.stringify(process.memoryUsage())',
          returnByValue: true,
        })) as { result: { result: { value: string } } };
        samples.push(JSON.parse(r.result.result.value) as Usage);
        await sleep(500);
      }
      samples.sort((a, b) => a.heapUsed - b.heapUsed);
      return samples[1]!;
    },
    /** A full heap snapshot, summed by object kind. */
    async kinds(saveAs?: string): Promise<Map<string, HeapKind>> {
      chunks = [];
      await call('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      const text = chunks.join('');
      if (saveAs) await writeFile(saveAs, text);
      chunks = [];
      return heapKinds(text);
    },
    close: () => {
      ws.close();
    },
  };
}

const dir = await mkdtemp(join(tmpdir(), 'gatecast-bench-memory-'));
try {
  const dataDir = join(dir, 'data');
  const files = await makeFleet(dataDir, Math.max(...SIZES), LOADERS, dir);
  const controller = await startController(dataDir, { nodeArgs: ['--inspect=127.0.0.1:0'] });
  if (!controller.inspector) throw new Error('the controller printed no inspector URL');
  await makeContent(controller.url);
  const session = await inspect(controller.inspector);
  await sleep(SETTLE_MS);
  const baseline = await session.sample();
  const players = files.map((tokens) => new Players({ mode: 'sio', url: controller.url, tokens }));
  const sizes = [];
  let previous: { players: number; usage: Usage } | undefined;
  for (const n of SIZES) {
    const replies = await Promise.all(
      players.map((p) =>
        p.send<{ connected: number; failures: number }>(`connect ${Math.ceil(n / LOADERS)}`),
      ),
    );
    const connected = replies.reduce((k, r) => k + r.connected, 0);
    await sleep(SETTLE_MS);
    const usage = await session.sample();
    const per = (k: keyof Usage) => Math.round((usage[k] - baseline[k]) / connected);
    const entry = {
      players: connected,
      failures: replies.reduce((k, r) => k + r.failures, 0),
      usage,
      perPlayerBytes: {
        heapUsed: per('heapUsed'),
        rss: per('rss'),
        external: per('external'),
        arrayBuffers: per('arrayBuffers'),
      },
      withinTarget: per('heapUsed') <= TARGET_HEAP_PER_PLAYER,
      // The slope from the size before: what one more player costs, without the one-off costs (code
      // compiled and tables grown for the first connections) that the figure above spreads over N.
      ...(previous
        ? {
            marginalPerPlayerBytes: {
              heapUsed: Math.round(
                (usage.heapUsed - previous.usage.heapUsed) / (connected - previous.players),
              ),
              rss: Math.round((usage.rss - previous.usage.rss) / (connected - previous.players)),
            },
          }
        : {}),
    };
    previous = entry;
    sizes.push(entry);
    console.log(
      `memory: ${connected} idle players → heap ${(entry.perPlayerBytes.heapUsed / 1024).toFixed(1)} KB/player, ` +
        `RSS ${(entry.perPlayerBytes.rss / 1024).toFixed(1)} KB/player (heap ${(usage.heapUsed / 2 ** 20).toFixed(0)} MB, ` +
        `RSS ${(usage.rss / 2 ** 20).toFixed(0)} MB; 0 players: heap ${(baseline.heapUsed / 2 ** 20).toFixed(0)} MB, ` +
        `RSS ${(baseline.rss / 2 ** 20).toFixed(0)} MB); target ≤ 10 KB heap/player` +
        (entry.marginalPerPlayerBytes
          ? `; each player beyond the previous size: heap ${(entry.marginalPerPlayerBytes.heapUsed / 1024).toFixed(1)} KB`
          : ''),
    );
  }
  session.close();
  await Promise.all(players.map((p) => p.close()));
  await controller.stop();

  // Attribution, in a fresh controller so the snapshots (large native allocations) do not touch the
  // figures above: a heap snapshot with 0 players and one with N, summed by object kind, diffed per player.
  const attribution = [];
  for (const n of SNAPSHOT_AT) {
    const fresh = await startController(dataDir, { nodeArgs: ['--inspect=127.0.0.1:0'] });
    if (!fresh.inspector) throw new Error('the controller printed no inspector URL');
    const s2 = await inspect(fresh.inspector);
    await sleep(SETTLE_MS);
    const before = await s2.kinds();
    const group = files.map((tokens) => new Players({ mode: 'sio', url: fresh.url, tokens }));
    const replies = await Promise.all(
      group.map((p) => p.send<{ connected: number }>(`connect ${Math.ceil(n / LOADERS)}`)),
    );
    const connected = replies.reduce((k, r) => k + r.connected, 0);
    await sleep(SETTLE_MS);
    const kinds = perPlayer(
      before,
      await s2.kinds(HEAP_FILE && `${HEAP_FILE}-${String(n)}.heapsnapshot`),
      connected,
    );
    attribution.push({ players: connected, heapKindsPerPlayer: kinds });
    console.log(
      `memory: heap snapshot diff at ${connected} players, the kinds that grew most (bytes per player):`,
    );
    for (const k of kinds.slice(0, 15))
      console.log(`  ${k.bytesPerPlayer.toFixed(0).padStart(6)} B  ${k.objectsPerPlayer} × ${k.kind}`);
    s2.close();
    await Promise.all(group.map((p) => p.close()));
    await fresh.stop();
  }
  const result = {
    benchmark: 'memory',
    loaders: LOADERS,
    measured:
      'process.memoryUsage() of the controller after a full GC (inspector HeapProfiler.collectGarbage), ' +
      'median of 3; per player = (with N players − with 0 players, same process) ÷ N',
    baseline,
    sizes,
    // Self size of heap objects by kind (with the object that holds them), from heap snapshots.
    attribution,
    target: { heapBytesPerPlayer: TARGET_HEAP_PER_PLAYER },
    withinTarget: sizes.every((s) => s.withinTarget),
    cpus: cpus().length,
    loadAverage: loadavg(),
    node: process.version,
    at: new Date().toISOString(),
  };
  await writeFile(join(root, 'bench/results/memory.json'), JSON.stringify(result, null, 2) + '\n');
} finally {
  killChildren();
  await rm(dir, { recursive: true, force: true });
}
