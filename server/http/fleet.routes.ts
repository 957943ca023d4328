import type { MonitorService } from '../services/monitor.service.ts';
import { actorOf, type GuardedRouter } from './route.table.ts';

/** /api/v1/fleet: every screen in scope with its status at a glance (the technicians' dashboard). */
export function fleetRoutes(router: GuardedRouter, monitor: MonitorService): void {
  router.get('/', { permission: 'read' }, async (_req, res) => {
    const items = await monitor.fleet(actorOf(res));
    const counts: Record<string, number> = { online: 0, stale: 0, offline: 0, never: 0 };
    for (const s of items) counts[s.connectivity] = (counts[s.connectivity] ?? 0) + 1;
    res.json({ items, total: items.length, counts });
  });
}
