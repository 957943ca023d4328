import { Cron } from 'croner';
import type { Logger } from 'pino';
import type { BlobGcService } from '../services/blob-gc.service.ts';

/** Collects unreferenced blobs every hour (at minute 37, away from the hourly republish at minute 7). */
export function blobGcJob(gc: BlobGcService, log: Logger): Cron {
  return new Cron('0 37 * * * *', { protect: true }, async () => {
    await gc.collect().catch((err: unknown) => {
      log.error({ err }, 'blob garbage collection failed');
    });
  });
}
