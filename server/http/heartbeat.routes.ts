import type { HeartbeatHistoryQuery } from '../../schemas/types.ts';
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
export function heartbeatRoutes(router: GuardedRouter, heartbeats: HeartbeatService): void {
  router.get('/:id/heartbeat', { signedIn: true }, async (req, res) => {
    res.json(await heartbeats.latest(actorOf(res), String(req.params.id)));
  });
  router.get('/:id/heartbeats', { signedIn: true }, async (req, res) => {
    const query = validate<HeartbeatHistoryQuery>('report.json#/$defs/historyQuery', queryOf(req));
    const items = await heartbeats.history(actorOf(res), String(req.params.id), query);
    res.json({ items, total: items.length, limit: items.length, offset: 0 });
  });
}
