import type { MonitorService } from '../services/monitor.service.ts';
import { actorOf, type GuardedRouter } from './route.table.ts';

/** /api/v1/fleet: every screen in scope with its status at a glance (the technicians' dashboard). */
export function fleetRoutes(router: GuardedRouter, monitor: MonitorService): void {
  router.get('/', { signedIn: true }, async (_req, res) => {
    const { items, counts } = await monitor.fleet(actorOf(res));
    res.json({ items, total: items.length, counts });
  });
}
