// Step 8 of startApp: the periodic jobs. Every controller schedules them; only the holder of the job lock
// runs them (one per cluster).
import type { Cron } from 'croner';
import type { Config } from '../config.ts';
import { alertFeedJob } from '../jobs/alert-feed.job.ts';
import { blobGcJob } from '../jobs/blob-gc.job.ts';
import { clusterCron } from '../jobs/cluster.job.ts';
import { dataPullJob } from '../jobs/data-pull.job.ts';
import { emergencyExpiryJob } from '../jobs/emergency-expiry.job.ts';
import { monitorJob } from '../jobs/monitor.job.ts';
import { retentionJob, rollupJob } from '../jobs/report.job.ts';
import type { Observability } from './observability.ts';
import type { Repositories } from './repositories.ts';
import type { Services } from './services.ts';
import type { Storage } from './storage.ts';

/** Schedules the periodic jobs; stop each on shutdown. */
export function startJobs(parts: {
  config: Config;
  base: Observability;
  storage: Storage;
  repos: Repositories;
  services: Services;
}): Cron[] {
  const { config, base, storage, repos, services } = parts;
  const { clock, log } = base;
  const { jobLock } = storage;
  const { manifests, emergencies, monitor, webhooks, reports, alertFeeds, dataPulls } = services.api;
  return [
    // The horizon starts at the gate's local midnight, so recompiling hourly keeps 7 days ahead of every player.
    clusterCron(jobLock, '0 7 * * * *', async () => {
      await manifests.publish();
    }),
    blobGcJob(jobLock, services.blobGc, log),
    emergencyExpiryJob(jobLock, emergencies, log),
    alertFeedJob(jobLock, alertFeeds, clock, log),
    dataPullJob(jobLock, dataPulls, clock, log),
    monitorJob(jobLock, monitor, webhooks, log),
    rollupJob(jobLock, reports, log),
    retentionJob(jobLock, repos.reports, clock, config.heartbeatRetentionMs, log),
  ];
}
