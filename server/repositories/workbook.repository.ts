import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import type { ExportTable } from '../domain/export.table.ts';
import { packTable } from './workbook.packing.ts';

/**
 * Writes .xlsx workbooks in a worker thread, one at a time: a year of a province's plays (100,000 rows) takes
 * seconds of CPU and hundreds of MB, which on the event loop would hold back every push and heartbeat
 * meanwhile (bench/exports). Each workbook gets a fresh worker, so its memory goes back when it is done.
 */
export class WorkbookRepository {
  private readonly oneAtATime = pLimit(1);

  /** The table as .xlsx bytes. */
  write(table: ExportTable): Promise<Buffer> {
    return this.oneAtATime(
      () =>
        new Promise<Buffer>((resolve, reject) => {
          const worker = new Worker(new URL('./workbook.worker.ts', import.meta.url), {
            workerData: packTable(table),
          });
          let done = false;
          worker.once('message', (bytes: Uint8Array) => {
            done = true;
            resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
          });
          worker.once('error', (error: Error) => {
            done = true;
            reject(error);
          });
          worker.once('exit', (code) => {
            if (!done)
              reject(new Error(`the workbook worker stopped (exit code ${code}) without a workbook`));
          });
        }),
    );
  }
}
