import type { Cron } from 'croner';
import type { JobLock } from '../repositories/cluster.repository.ts';
import { clusterCron } from './cluster.job.ts';
import type { Logger } from 'pino';
import type { Clock } from '../repositories/clock.repository.ts';
import type { ReportRepository } from '../repositories/report.repository.ts';
import type { ReportService } from '../services/report.service.ts';

/** Every 5 minutes: roll up the proof of play received since the last run (reports also do it on demand). */
export function rollupJob(lock: JobLock, reports: ReportService, log: Logger): Cron {
  return clusterCron(lock, '0 */5 * * * *', async () => {
    try {
      await reports.rollup();
    } catch (err) {
      log.error({ err, job: 'plays-rollup' }, 'proof-of-play rollup failed');
    }
  });
}

/** Daily at 03:17: heartbeat history past its retention is deleted. Proof of play is never deleted. */
export function retentionJob(
  lock: JobLock,
  repo: ReportRepository,
  clock: Clock,
  retentionMs: number,
  log: Logger,
): Cron {
  return clusterCron(lock, '0 17 3 * * *', async () => {
    try {
      const before = new Date(clock.now() - retentionMs).toISOString();
      const deleted = await repo.pruneHeartbeatMinutes(before);
      log.info({ job: 'retention', before, deleted }, 'heartbeat history past retention deleted');
    } catch (err) {
      log.error({ err, job: 'retention' }, 'retention failed');
    }
  });
}
