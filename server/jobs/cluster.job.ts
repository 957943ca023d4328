import { Cron } from 'croner';
import type { JobLock } from '../repositories/cluster.repository.ts';

/**
 * A periodic job that runs in one controller of the cluster only: the holder of the job lock. The others
 * tick too but skip, so when the holder dies the next holder carries on at its next tick. `protect`
 * keeps a slow run from overlapping the next one.
 */
export function clusterCron(lock: JobLock, pattern: string, run: () => Promise<void>): Cron {
  return new Cron(pattern, { protect: true }, async () => {
    if (lock.isLeader()) await run();
  });
}
