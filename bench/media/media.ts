// Benchmark: image renditions through the controller's path (RenditionService: bounded queue, sharp,
// content-addressed store with fsync and rename, the SQLite rendition index) against bare sharp doing the
// same decode, resize and encode on the same photos, in the same run. Event-loop lag is sampled during both.
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pino } from 'pino';
import sharp from 'sharp';
import { renditionKey, type RenditionSpec } from '../../server/domain/rendition.spec.ts';
import { LocalBlobStore } from '../../server/repositories/blob.repository.ts';
import { systemClock } from '../../server/repositories/clock.repository.ts';
import { openDatabase } from '../../server/repositories/database.ts';
import { ImageRepository, renditionPipeline } from '../../server/repositories/image.repository.ts';
import { RenditionRepository } from '../../server/repositories/rendition.repository.ts';
import { RenditionService } from '../../server/services/rendition.service.ts';

const PHOTOS = Number(process.env.BENCH_PHOTOS ?? 8);
const MEGAPIXELS = Number(process.env.BENCH_MEGAPIXELS ?? 24);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
// The controller's defaults (IMAGE_WORKERS, IMAGE_THREADS, MAX_IMAGE_MEGAPIXELS).
const WORKERS = Number(process.env.IMAGE_WORKERS ?? 2);
const THREADS = Number(process.env.IMAGE_THREADS ?? 0);
const MAX_PIXELS = 100_000_000;

// An 800×500 LED board, a 1000×625 board letterboxed on navy, a 1080×1920 kiosk.
const specs: RenditionSpec[] = [
  { width: 800, height: 500, fit: 'cover', background: '#000000', format: 'webp' },
  { width: 1000, height: 625, fit: 'contain', background: '#001f3f', format: 'webp' },
  { width: 1080, height: 1920, fit: 'cover', background: '#000000', format: 'webp' },
];

const work = await mkdtemp(join(tmpdir(), 'gatecast-bench-media-'));
const log = pino({ level: 'silent' });

/** Camera-sized JPEGs of noise over a gradient, each different, so decoder and encoder have real work. */
async function makePhotos(): Promise<string[]> {
  const width = Math.round(Math.sqrt((MEGAPIXELS * 1e6 * 3) / 2));
  const height = Math.round((width * 2) / 3);
  const files: string[] = [];
  for (let i = 0; i < PHOTOS; i++) {
    const noise = sharp({
      create: {
        width,
        height,
        channels: 3,
        background: '#000000',
        noise: { type: 'gaussian', mean: 110 + i * 4, sigma: 25 + i },
      },
    });
    const gradient = await sharp(
      Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
          `<defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="hsl(${i * 40},80%,50%)"/>` +
          `<stop offset="1" stop-color="hsl(${i * 40 + 180},80%,30%)"/></linearGradient></defs>` +
          `<rect width="100%" height="100%" fill="url(#g)"/></svg>`,
      ),
    )
      .png()
      .toBuffer();
    const file = join(work, `photo-${i}.jpg`);
    await noise
      .composite([{ input: gradient, blend: 'soft-light' }])
      .jpeg({ quality: 90 })
      .toFile(file);
    files.push(file);
  }
  return files;
}

interface Phase {
  ms: number;
  lag: { p50: number; p99: number; max: number };
}

const RESOLUTION_MS = 5;

/** Runs `fn` while sampling the event loop's delay (how late a timer due every 5 ms fires). */
async function measure(fn: () => Promise<unknown>): Promise<Phase> {
  const h = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  h.enable();
  const t0 = performance.now();
  await fn();
  const ms = performance.now() - t0;
  h.disable();
  // The histogram records whole intervals between the timer's runs; the lag is what exceeds the interval.
  const toMs = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS);
  return { ms, lag: { p50: toMs(h.percentile(50)), p99: toMs(h.percentile(99)), max: toMs(h.max) } };
}

console.log(`media: generating ${PHOTOS} photos of ${MEGAPIXELS} megapixels…`);
const photos = await makePhotos();
const photoBytes = (await Promise.all(photos.map((p) => stat(p)))).reduce((n, s) => n + s.size, 0);
const jobs = photos.flatMap((file) => specs.map((spec) => ({ file, spec })));

// Bare sharp as a caller would use it: every job at once, sharp's own defaults for threads.
const defaultThreads = sharp.concurrency();
const bare = () =>
  measure(() =>
    Promise.all(jobs.map(({ file, spec }) => renditionPipeline(file, spec, MAX_PIXELS).toBuffer())),
  );

// Ours: the sources are in a fresh store and nothing is cached, so every rendition is made and stored.
async function ours(): Promise<Phase> {
  const dataDir = await mkdtemp(join(work, 'data-'));
  const { db } = await openDatabase({ sqlitePath: join(dataDir, 'gatecast.db') });
  const blobs = new LocalBlobStore(dataDir);
  const sources: string[] = [];
  for (const file of photos)
    sources.push((await blobs.write(createReadStream(file), { maxBytes: 1 << 30 })).sha256);
  const images = new ImageRepository({ maxPixels: MAX_PIXELS, workers: WORKERS, threadsPerImage: THREADS });
  const service = new RenditionService({
    renditions: new RenditionRepository(db),
    blobs,
    images,
    clock: systemClock,
    log,
  });
  const phase = await measure(() =>
    Promise.all(sources.flatMap((source) => specs.map((spec) => service.ensure(source, spec)))),
  );
  const made = await db.selectFrom('renditions').select('key').execute();
  const expected = new Set(sources.flatMap((s) => specs.map((spec) => renditionKey(s, spec))));
  await db.destroy();
  await rm(dataDir, { recursive: true, force: true });
  if (made.length !== expected.size || !made.every((r) => expected.has(r.key)))
    throw new Error('the rendition path did not store every rendition');
  return phase;
}

// Warm-up (file cache, libvips start-up), then alternate so neither side gets the quieter moments.
sharp.concurrency(defaultThreads);
await bare();
const bareRuns: Phase[] = [];
const ourRuns: Phase[] = [];
let ourThreads = 0;
for (let r = 0; r < ROUNDS; r++) {
  sharp.concurrency(defaultThreads);
  bareRuns.push(await bare());
  ourRuns.push(await ours());
  ourThreads = sharp.concurrency();
  console.log(
    `  round ${r + 1}: bare sharp ${bareRuns.at(-1)!.ms.toFixed(0)} ms, ours ${ourRuns.at(-1)!.ms.toFixed(0)} ms`,
  );
}
sharp.concurrency(defaultThreads);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const summary = (runs: Phase[]) => {
  const ms = median(runs.map((r) => r.ms));
  return {
    medianMs: ms,
    renditionsPerSecond: (jobs.length * 1000) / ms,
    eventLoopLagMs: {
      p50: median(runs.map((r) => r.lag.p50)),
      p99: median(runs.map((r) => r.lag.p99)),
      max: Math.max(...runs.map((r) => r.lag.max)),
    },
  };
};
const oursSummary = summary(ourRuns);
const bareSummary = summary(bareRuns);
// Paired by round (the two sides of a round run back to back), so load from elsewhere cancels out.
const ratio = median(ourRuns.map((run, i) => run.ms / bareRuns[i]!.ms));
const result = {
  benchmark: 'media',
  photos: PHOTOS,
  megapixels: MEGAPIXELS,
  photoBytes,
  renditions: specs.map((s) => `${s.width}x${s.height} ${s.fit} ${s.format}`),
  renditionsPerRound: jobs.length,
  rounds: ROUNDS,
  ours: { ...oursSummary, workers: WORKERS, threadsPerImage: ourThreads },
  bareSharp: { ...bareSummary, threadsPerImage: defaultThreads, inFlight: jobs.length },
  // Our time over bare sharp's for the same renditions (median of the rounds): 1.0 is parity, target ≤ 1.2.
  ratio,
  target: 1.2,
  withinTarget: ratio <= 1.2,
  cpus: availableParallelism(),
  uvThreadpoolSize: Number(process.env.UV_THREADPOOL_SIZE ?? 4),
  sharp: { sharp: sharp.versions.sharp, vips: sharp.versions.vips },
  node: process.version,
  at: new Date().toISOString(),
};
await rm(work, { recursive: true, force: true });
await mkdir(new URL('../results/', import.meta.url), { recursive: true });
await writeFile(new URL('../results/media.json', import.meta.url), JSON.stringify(result, null, 2) + '\n');
console.log(
  `media: ${jobs.length} renditions of ${PHOTOS} × ${MEGAPIXELS} MP photos: ours ` +
    `${oursSummary.renditionsPerSecond.toFixed(2)}/s (event-loop lag p99 ${oursSummary.eventLoopLagMs.p99.toFixed(1)} ms), ` +
    `bare sharp ${bareSummary.renditionsPerSecond.toFixed(2)}/s (p99 ${bareSummary.eventLoopLagMs.p99.toFixed(1)} ms); ` +
    `ratio ${ratio.toFixed(2)} (target ≤ 1.2)`,
);
