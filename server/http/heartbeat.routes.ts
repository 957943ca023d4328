import type { HeartbeatHistoryQuery, ScreenInput } from '../../schemas/types.ts';
import type { Screen } from '../domain/entities.ts';
import type { EntityService } from '../services/entity.service.ts';
import type { HeartbeatService } from '../services/heartbeat.service.ts';
import { validate } from '../validation/schema.validator.ts';
import { actorOf, type GuardedRouter } from './route.table.ts';

/** Query strings are text: digits become numbers before the schema sees them. */
export function queryOf(req: { query: Record<string, unknown> }): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(req.query)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : v]),
  );
}

/** /api/v1/screens/:id/heartbeat (latest) and /heartbeats (per-minute history, default the last 24 h). */
export function heartbeatRoutes(
  router: GuardedRouter,
  screens: EntityService<ScreenInput, Screen>,
  heartbeats: HeartbeatService,
): void {
  router.get('/:id/heartbeat', { permission: 'read' }, async (req, res) => {
    const screen = await screens.get(actorOf(res), String(req.params.id));
    res.json(await heartbeats.latest(screen.id));
  });
  router.get('/:id/heartbeats', { permission: 'read' }, async (req, res) => {
    const query = validate<HeartbeatHistoryQuery>('report.json#/$defs/historyQuery', queryOf(req));
    const screen = await screens.get(actorOf(res), String(req.params.id));
    const until = query.until ? new Date(query.until) : new Date();
    const from = query.from ? new Date(query.from) : new Date(until.getTime() - 24 * 3_600_000);
    const items = await heartbeats.history(screen.id, from.toISOString(), until.toISOString());
    res.json({ items, total: items.length, limit: items.length, offset: 0 });
  });
}
