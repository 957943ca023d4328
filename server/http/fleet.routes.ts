import type { MonitorService } from '../services/monitor.service.ts';
import { json, page, reads } from './contract.ts';
import { pageOf } from './page.ts';
import { actorOf, type GuardedRouter } from './route.table.ts';

const counts = {
  description: 'How many screens in scope are in each connectivity state.',
  type: 'object',
  propertyNames: { $ref: 'webhook.json#/$defs/connectivity' },
  additionalProperties: { type: 'integer', minimum: 0 },
};

/** /api/v1/fleet: every screen in scope with its status at a glance (the technicians' dashboard). */
export function fleetRoutes(router: GuardedRouter, monitor: MonitorService): void {
  router.get(
    '/',
    {
      signedIn: true,
      summary: 'Every screen in scope with its status at a glance, and how many are in each state',
      responses: {
        200: json(page('webhook.json#/$defs/fleetScreen', { properties: { counts }, required: ['counts'] })),
        ...reads,
      },
    },
    async (_req, res) => {
      const { items, counts } = await monitor.fleet(actorOf(res));
      res.json({ ...pageOf(items), counts });
    },
  );
}
