import type { Cron } from 'croner';
import type { JobLock } from '../repositories/cluster.repository.ts';
import { clusterCron } from './cluster.job.ts';
import type { Logger } from 'pino';
import type { BlobGcService } from '../services/blob-gc.service.ts';

/** Collects unreferenced blobs every hour (at minute 37, away from the hourly republish at minute 7). */
export function blobGcJob(lock: JobLock, gc: BlobGcService, log: Logger): Cron {
  return clusterCron(lock, '0 37 * * * *', async () => {
    await gc.collect().catch((err: unknown) => {
      log.error({ err }, 'blob garbage collection failed');
    });
  });
}
