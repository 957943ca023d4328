import type { Cron } from 'croner';
import type { Logger } from 'pino';
import type { JobLock } from '../repositories/cluster.repository.ts';
import type { Clock } from '../repositories/clock.repository.ts';
import type { DataPullService } from '../services/data-pull.service.ts';
import { clusterCron } from './cluster.job.ts';

/**
 * Every minute, in one controller of the cluster: each enabled pull source whose interval has passed is read
 * and its values recorded (data-pull.service.ts).
 */
export function dataPullJob(lock: JobLock, pulls: DataPullService, clock: Clock, log: Logger): Cron {
  return clusterCron(lock, '0 * * * * *', async () => {
    try {
      const polls = await pulls.pollDue(clock.now());
      const stored = polls.reduce((sum, p) => sum + p.stored, 0);
      const failed = polls.filter((p) => p.error !== undefined).length;
      if (stored > 0 || failed > 0)
        log.info({ job: 'data-pull', sources: polls.length, stored, failed }, 'data sources read');
    } catch (err) {
      log.error({ err, job: 'data-pull' }, 'reading data sources failed');
    }
  });
}
