import type { HeartbeatHistoryQuery } from '../../schemas/types.ts';
import type { HeartbeatService } from '../services/heartbeat.service.ts';
import { json, orNull, page, readsOne } from './contract.ts';
import { pageOf } from './page.ts';
import { actorOf, queryOf, type GuardedRouter } from './route.table.ts';

/** /api/v1/screens/:id/heartbeat (latest) and /heartbeats (per-minute history, default the last 24 h). */
export function heartbeatRoutes(router: GuardedRouter, heartbeats: HeartbeatService): void {
  router.get(
    '/:id/heartbeat',
    {
      signedIn: true,
      summary: "A screen's latest heartbeat (null before the first)",
      responses: { 200: json(orNull('report.json#/$defs/screenHeartbeat')), ...readsOne },
    },
    async (req, res) => {
      res.json(await heartbeats.latest(actorOf(res), String(req.params.id)));
    },
  );
  router.get(
    '/:id/heartbeats',
    {
      signedIn: true,
      summary: "A screen's heartbeats per minute (by default the last 24 hours)",
      query: ['report.json#/$defs/historyQuery'],
      responses: { 200: json(page('report.json#/$defs/heartbeatMinute')), ...readsOne },
    },
    async (req, res) => {
      const query = queryOf<HeartbeatHistoryQuery>(res);
      res.json(pageOf(await heartbeats.history(actorOf(res), String(req.params.id), query)));
    },
  );
}
