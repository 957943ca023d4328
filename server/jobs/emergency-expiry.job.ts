import type { Cron } from 'croner';
import type { JobLock } from '../repositories/cluster.repository.ts';
import { clusterCron } from './cluster.job.ts';
import type { Logger } from 'pino';
import type { EmergencyService } from '../services/emergency.service.ts';

/**
 * Every 15 s: emergencies past their TTL are marked expired and their screens told. Players also take an
 * expired message down on their own clock, so a player cut off from the controller does not keep it up.
 */
export function emergencyExpiryJob(lock: JobLock, emergencies: EmergencyService, log: Logger): Cron {
  return clusterCron(lock, '*/15 * * * * *', async () => {
    try {
      const expired = await emergencies.expireDue();
      if (expired > 0) log.info({ job: 'emergency-expiry', expired }, 'emergency messages expired');
    } catch (err) {
      log.error({ err, job: 'emergency-expiry' }, 'emergency expiry failed');
    }
  });
}
