import type { MetricsRepository } from '../repositories/metrics.repository.ts';
import type { GuardedRouter } from './route.table.ts';

/** GET /metrics in Prometheus text format: for a scraper with an API token of a technician or admin. */
export function metricsRoutes(router: GuardedRouter, metrics: MetricsRepository): void {
  router.get('/', { permission: 'metrics:read' }, async (_req, res) => {
    res.type(metrics.contentType).send(await metrics.render());
  });
}
