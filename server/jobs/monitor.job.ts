import type { Cron } from 'croner';
import type { JobLock } from '../repositories/cluster.repository.ts';
import { clusterCron } from './cluster.job.ts';
import type { Logger } from 'pino';
import type { MonitorService } from '../services/monitor.service.ts';
import type { WebhookService } from '../services/webhook.service.ts';

/** Every 10 s: offline detection and alerts; then the webhook deliveries that are due. */
export function monitorJob(
  lock: JobLock,
  monitor: MonitorService,
  webhooks: WebhookService,
  log: Logger,
): Cron {
  return clusterCron(lock, '*/10 * * * * *', async () => {
    try {
      const alerts = await monitor.check();
      const delivered = await webhooks.deliverDue();
      if (alerts.length > 0 || delivered > 0)
        log.info(
          { job: 'monitor', alerts: alerts.length, delivered },
          'monitor: alerts announced, webhooks delivered',
        );
    } catch (err) {
      log.error({ err, job: 'monitor' }, 'monitor job failed');
    }
  });
}
