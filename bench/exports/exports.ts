// The report exports: a proof-of-play table of N rows as CSV (the baseline: plain text joining) and as .xlsx
// (write-excel-file: a zipped workbook), on the event loop and as the controller does it (a worker thread):
// time, the longest the event loop was held meanwhile, and memory, in the same run.
import { mkdir, writeFile } from 'node:fs/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { WorkbookRepository } from '../../server/repositories/workbook.repository.ts';
import { cell, tableCsv, tableXlsx, type ExportTable } from '../../server/domain/export.table.ts';

const sizes = (process.env.BENCH_ROWS ?? '10000,100000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** A plays table as the report makes it: the period, a day, the place, an item, a language, two counts. */
function table(rows: number): ExportTable {
  const columns = [
    'Từ ngày',
    'Đến ngày',
    'Ngày',
    'Tỉnh',
    'Cửa khẩu',
    'Màn hình',
    'Nội dung',
    'Loại',
    'Ngôn ngữ',
    'Lượt phát',
    'Thời lượng (giây)',
  ];
  return {
    sheet: 'Lượt phát',
    columns: columns.map((header) => ({ header, width: 16 })),
    rows: Array.from({ length: rows }, (_, i) => {
      const day = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      return [
        cell.date('2026-01-01'),
        cell.date('2026-12-31'),
        cell.date(day),
        cell.text('An Giang'),
        cell.text('Cửa khẩu quốc tế Tịnh Biên'),
        cell.text(`Bảng LED ${i % 40}`),
        cell.text(`Thông điệp số ${i % 200}: hướng dẫn thủ tục xuất nhập cảnh`),
        cell.text('Thông điệp'),
        cell.text(['Tiếng Việt (vi)', 'Tiếng Khmer (km)', 'Tiếng Anh (en)'][i % 3] ?? ''),
        cell.integer(i % 97),
        cell.integer((i * 7) % 3600),
      ];
    }),
  };
}

async function measure(make: () => Promise<number> | number) {
  const ms: number[] = [];
  let bytes = 0;
  let peakRssMb = 0;
  let maxLoopDelayMs = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    // Let the monitor tick first: it measures between its own ticks, so it would miss a block at once.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const t0 = performance.now();
    bytes = await make();
    ms.push(performance.now() - t0);
    // A last turn of the loop, so that a block at the very end is recorded too.
    await new Promise((resolve) => setTimeout(resolve, 20));
    loop.disable();
    maxLoopDelayMs = Math.max(maxLoopDelayMs, loop.max / 1e6);
    peakRssMb = Math.max(peakRssMb, process.memoryUsage().rss / 2 ** 20);
  }
  const medianMs = [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)] ?? 0;
  return { medianMs, bytes, maxLoopDelayMs, peakRssMb };
}

const workbooks = new WorkbookRepository();
const runs = [];
for (const rows of sizes) {
  const t = table(rows);
  const csv = await measure(() => Buffer.byteLength(tableCsv(t)));
  const worker = await measure(async () => (await workbooks.write(t)).length);
  const onLoop = await measure(async () => (await tableXlsx(t)).length);
  runs.push({
    rows,
    csvBaseline: csv,
    xlsxWorker: worker,
    xlsxOnLoop: onLoop,
    slowdown: worker.medianMs / csv.medianMs,
  });
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  console.log(
    `exports: ${rows} rows → .xlsx ${worker.medianMs.toFixed(0)} ms in a worker (${mb(worker.bytes)} MB; loop held at most ${worker.maxLoopDelayMs.toFixed(0)} ms), ` +
      `${onLoop.medianMs.toFixed(0)} ms on the loop (held ${onLoop.maxLoopDelayMs.toFixed(0)} ms); ` +
      `CSV baseline ${csv.medianMs.toFixed(0)} ms (${mb(csv.bytes)} MB; held ${csv.maxLoopDelayMs.toFixed(0)} ms); RSS ${onLoop.peakRssMb.toFixed(0)} MB`,
  );
}
const result = {
  benchmark: 'exports',
  rounds: ROUNDS,
  runs,
  node: process.version,
  at: new Date().toISOString(),
};
await mkdir(new URL('../results/', import.meta.url), { recursive: true });
await writeFile(new URL('../results/exports.json', import.meta.url), JSON.stringify(result, null, 2) + '\n');
