import type { MonitorService } from '../services/monitor.service.ts';
import { reads, text } from './contract.ts';
import { actorOf, type GuardedRouter } from './route.table.ts';

/** GET /metrics in Prometheus text format: for a scraper with an API token of a technician or admin. */
export function metricsRoutes(router: GuardedRouter, monitor: MonitorService): void {
  router.get(
    '/',
    {
      signedIn: true,
      summary: 'Metrics for Prometheus',
      responses: { 200: text('text/plain', 'Prometheus text format'), ...reads },
    },
    async (_req, res) => {
      const { contentType, body } = await monitor.prometheus(actorOf(res));
      res.type(contentType).send(body);
    },
  );
}
