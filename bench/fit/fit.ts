// Fitting a message on the board: the player's own prepare() (ink-measured fit at or above the screen's
// legibility floor, in pages when needed) against the baseline of one layout of the same text in the same
// box, fonts and stylesheet, in Chromium, in the same run. What it guards: a long text must not freeze the
// page (a 4,000-character kiosk message once took 8 s: 855 pages of a word each).
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { build } from 'vite';
import { launchChromium } from '../../test/support/browser.ts';

/** A case as player/src/fit.bench.ts takes it (not imported: that file is a page, typed with the player). */
interface FitCase {
  lang: string;
  title?: string;
  body?: string;
  width: number;
  height: number;
  minPx: number;
  family: string;
}

declare global {
  interface Window {
    __fitBench: {
      fit(c: FitCase): Promise<{ ms: number; pages: number; px: number; fits: boolean }>;
      layoutOnce(c: FitCase): Promise<{ ms: number }>;
    };
  }
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const here = import.meta.dirname;

const sentence =
  'Hành khách xuất cảnh qua cửa khẩu phải xuất trình hộ chiếu còn hạn ít nhất sáu tháng và tờ khai hải quan. ';
const cases: (FitCase & { name: string })[] = [
  {
    name: 'short title and body, 576×192 LED',
    lang: 'vi',
    title: 'Chào mừng',
    body: 'Cửa khẩu mở cửa 7:00–17:00',
    width: 576,
    height: 192,
    minPx: 16,
    family: 'Noto Sans',
  },
  {
    name: '600-character notice, 576×192 LED (pages)',
    lang: 'vi',
    title: 'Thông báo',
    body: sentence.repeat(6).trim(),
    width: 576,
    height: 192,
    minPx: 16,
    family: 'Noto Sans',
  },
  {
    name: '4,000-character message, 1080×1773 kiosk, 32 px floor (pages)',
    lang: 'vi',
    title: 'Khai báo hải quan',
    body: sentence.repeat(40).slice(0, 4000).trim(),
    width: 1080,
    height: 1773,
    minPx: 32,
    family: 'Noto Sans',
  },
  {
    name: 'Khmer notice, 1000×625 LED',
    lang: 'km',
    title: 'សេចក្តីជូនដំណឹង',
    body: 'ច្រកទ្វារព្រំដែនបើកពីម៉ោង ៧ ព្រឹក ដល់ម៉ោង ៥ ល្ងាច រៀងរាល់ថ្ងៃ។ '.repeat(8).trim(),
    width: 1000,
    height: 625,
    minPx: 16,
    family: 'Noto Sans Khmer',
  },
  {
    name: 'Tai Viet title, 1080×1920 kiosk',
    lang: 'blt',
    title: 'ꪎꪱꪚꪱꪥ ꪒꪲ',
    width: 1080,
    height: 1920,
    minPx: 24,
    family: 'Noto Sans Tai Viet',
  },
];

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

const out = await mkdtemp(join(tmpdir(), 'gatecast-fit-bench-'));
await build({
  root: here,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: out,
    emptyOutDir: true,
    target: 'chrome100',
    rolldownOptions: { input: join(here, 'page.html') },
  },
});
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  const file = join(out, path === '/' ? 'page.html' : path);
  res.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream');
  createReadStream(file)
    .on('error', () => res.writeHead(404).end())
    .pipe(res);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await launchChromium();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const runs = [];
try {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 }, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/page.html`);
  await page.waitForFunction(() => '__fitBench' in window);
  for (const c of cases) {
    const fit: number[] = [];
    const layout: number[] = [];
    let shape = { pages: 0, px: 0, fits: false };
    // One round first, not counted: the font files load and Chromium warms its shaping caches.
    await page.evaluate((x) => window.__fitBench.fit(x), c);
    for (let r = 0; r < ROUNDS; r++) {
      const f = await page.evaluate((x) => window.__fitBench.fit(x), c);
      fit.push(f.ms);
      shape = { pages: f.pages, px: f.px, fits: f.fits };
      layout.push((await page.evaluate((x) => window.__fitBench.layoutOnce(x), c)).ms);
    }
    const run = {
      case: c.name,
      characters: `${c.title ?? ''}${c.body ?? ''}`.length,
      ...shape,
      fitMedianMs: median(fit),
      fitMaxMs: Math.max(...fit),
      layoutBaselineMs: median(layout),
      layouts: median(fit) / Math.max(0.01, median(layout)),
    };
    runs.push(run);
    console.log(
      `fit: ${c.name}: ${run.fitMedianMs.toFixed(1)} ms (max ${run.fitMaxMs.toFixed(1)}), ${run.pages} page(s) at ${run.px} px` +
        `${run.fits ? '' : ' (clipped)'}; one layout ${run.layoutBaselineMs.toFixed(2)} ms → ${run.layouts.toFixed(0)} layouts' worth`,
    );
  }
} finally {
  await browser.close();
  server.close();
  await rm(out, { recursive: true, force: true });
}
const result = {
  benchmark: 'fit',
  rounds: ROUNDS,
  runs,
  node: process.version,
  at: new Date().toISOString(),
};
await mkdir(new URL('../results/', import.meta.url), { recursive: true });
await writeFile(new URL('../results/fit.json', import.meta.url), JSON.stringify(result, null, 2) + '\n');
