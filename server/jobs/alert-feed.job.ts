import type { Cron } from 'croner';
import type { Logger } from 'pino';
import type { JobLock } from '../repositories/cluster.repository.ts';
import type { Clock } from '../repositories/clock.repository.ts';
import type { AlertFeedService } from '../services/alert-feed.service.ts';
import { clusterCron } from './cluster.job.ts';

/**
 * Every minute, in one controller of the cluster: each enabled feed source whose poll interval has passed is
 * read, and its new entries become alerts (each entry once and only once, alert-feed.service.ts).
 */
export function alertFeedJob(lock: JobLock, feeds: AlertFeedService, clock: Clock, log: Logger): Cron {
  return clusterCron(lock, '0 * * * * *', async () => {
    try {
      const polls = await feeds.pollDue(clock.now());
      const taken = polls.reduce((sum, p) => sum + p.new, 0);
      const failed = polls.filter((p) => p.errors.length > 0).length;
      if (taken > 0 || failed > 0)
        log.info({ job: 'alert-feed', feeds: polls.length, taken, failed }, 'alert feeds read');
    } catch (err) {
      log.error({ err, job: 'alert-feed' }, 'reading alert feeds failed');
    }
  });
}
