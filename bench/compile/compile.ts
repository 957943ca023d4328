// Benchmark: compiling manifests for a fleet. Screens with the same inputs share one compile (the
// audience key); the baseline, measured in the same run, compiles every screen on its own.
import { writeFile, mkdir } from 'node:fs/promises';
import type { Gate, Message, Playlist, Schedule, Screen } from '../../server/domain/entities.ts';
import { audienceKey, manifestFor } from '../../server/domain/manifest.builder.ts';

const GATES = Number(process.env.BENCH_GATES ?? 10);
const SCREENS_PER_GATE = Number(process.env.BENCH_SCREENS_PER_GATE ?? 100);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const now = Date.UTC(2026, 10, 23, 3, 0);
const stamp = new Date(now).toISOString();
const meta = (id: string) => ({ id, createdAt: stamp, updatedAt: stamp });

const langs = ['vi', 'km', 'en', 'zh-Hans'];
const messages = new Map<string, Message>();
for (let i = 0; i < 40; i++) {
  const id = `m${i}`;
  messages.set(id, {
    ...meta(id),
    name: id,
    variants: Object.fromEntries(langs.map((l) => [l, { title: `${l} ${i}` }])),
  });
}
const gates: Gate[] = [];
const screens: Screen[] = [];
const playlists = new Map<string, Playlist>();
const schedules: Schedule[] = [];
for (let g = 0; g < GATES; g++) {
  const gateId = `g${g}`;
  gates.push({
    ...meta(gateId),
    name: gateId,
    province: 'P',
    borderCountry: 'KH',
    timeZone: 'Asia/Ho_Chi_Minh',
    location: { lat: 10, lon: 105 },
    languages: langs,
    defaultPlaylistId: `p${g}-0`,
  });
  for (let p = 0; p < 5; p++) {
    const id = `p${g}-${p}`;
    const items = Array.from({ length: 8 }, (_, k) => ({
      type: 'message' as const,
      messageId: `m${(g * 5 + p + k) % 40}`,
      duration: 10,
    }));
    playlists.set(id, { ...meta(id), name: id, gateId, items });
  }
  schedules.push(
    {
      ...meta(`s${g}-a`),
      name: 'always',
      playlistId: `p${g}-0`,
      targets: { gates: [gateId] },
      recurrence: { type: 'always' },
    },
    {
      ...meta(`s${g}-m`),
      name: 'morning',
      playlistId: `p${g}-1`,
      targets: { gates: [gateId] },
      recurrence: { type: 'cron', cron: '30 6 * * 1-5', durationMinutes: 120 },
      priority: 10,
    },
    {
      ...meta(`s${g}-h`),
      name: 'hourly',
      playlistId: `p${g}-2`,
      targets: { groups: ['led'] },
      recurrence: { type: 'cron', cron: '0 * * * *', durationMinutes: 10 },
      priority: 20,
    },
    {
      ...meta(`s${g}-k`),
      name: 'kiosk',
      playlistId: `p${g}-3`,
      targets: { groups: ['kiosk'] },
      recurrence: { type: 'cron', cron: '0 12 * * *', durationMinutes: 60 },
      priority: 10,
    },
  );
  for (let s = 0; s < SCREENS_PER_GATE; s++) {
    const id = `g${g}-s${s}`;
    screens.push({
      ...meta(id),
      gateId,
      name: id,
      kind: s % 2 ? 'led' : 'kiosk',
      width: 800,
      height: 500,
      groups: [s % 2 ? 'led' : 'kiosk', `row-${s % 7}`],
    });
  }
}
const gateById = new Map(gates.map((g) => [g.id, g]));

const content = { schedules, playlists, messages, assets: new Map() };
const compileFor = (screen: Screen) => manifestFor(screen, gateById.get(screen.gateId)!, content, now, 7);

function shared(): { manifests: number; bytes: number } {
  const byKey = new Map<string, string>();
  let bytes = 0;
  for (const screen of screens) {
    const key = audienceKey(screen, gateById.get(screen.gateId)!, schedules);
    if (byKey.has(key)) continue;
    const m = compileFor(screen);
    byKey.set(key, m.version);
    bytes += JSON.stringify(m).length;
  }
  return { manifests: byKey.size, bytes };
}

function perScreen(): { manifests: number; versions: number } {
  const versions = new Set<string>();
  for (const screen of screens) versions.add(compileFor(screen).version);
  return { manifests: screens.length, versions: versions.size };
}

function time<T>(fn: () => T): { ms: number[]; result: T } {
  const ms: number[] = [];
  let result!: T;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    result = fn();
    ms.push(performance.now() - t0);
  }
  return { ms, result };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const a = time(shared);
const b = time(perScreen);
// Sharing must not change what any screen gets: the per-screen run finds exactly the shared versions.
if (b.result.versions !== a.result.manifests) throw new Error('audience sharing changed the manifests');
const result = {
  benchmark: 'compile',
  screens: screens.length,
  schedules: schedules.length,
  rounds: ROUNDS,
  shared: { medianMs: median(a.ms), manifests: a.result.manifests, totalBytes: a.result.bytes },
  baselinePerScreen: { medianMs: median(b.ms), manifests: b.result.manifests },
  speedup: median(b.ms) / median(a.ms),
  node: process.version,
  at: new Date().toISOString(),
};
await mkdir(new URL('../results/', import.meta.url), { recursive: true });
await writeFile(new URL('../results/compile.json', import.meta.url), JSON.stringify(result, null, 2) + '\n');
console.log(
  `compile: ${result.screens} screens → ${result.shared.manifests} manifests in ${result.shared.medianMs.toFixed(1)} ms ` +
    `(per-screen baseline ${result.baselinePerScreen.medianMs.toFixed(1)} ms, ${result.speedup.toFixed(1)}× faster)`,
);
