import type { PlayQuery } from '../../schemas/types.ts';
import type { ProofOfPlayService } from '../services/proof-of-play.service.ts';
import { json, page, readsOne } from './contract.ts';
import { pageOf } from './page.ts';
import { actorOf, queryOf, type GuardedRouter } from './route.table.ts';

/** /api/v1/screens/:id/plays: the proof-of-play records of a screen (?from, ?until, paged). */
export function proofOfPlayRoutes(router: GuardedRouter, plays: ProofOfPlayService): void {
  router.get(
    '/:id/plays',
    {
      signedIn: true,
      summary: "A screen's proof-of-play records",
      query: ['report.json#/$defs/playQuery'],
      responses: { 200: json(page('report.json#/$defs/play')), ...readsOne },
    },
    async (req, res) => {
      const query = queryOf<PlayQuery>(res);
      const limit = query.limit ?? 500;
      const offset = query.offset ?? 0;
      const from = query.from ? new Date(query.from).toISOString() : undefined;
      const until = query.until ? new Date(query.until).toISOString() : undefined;
      const found = await plays.list(actorOf(res), String(req.params.id), { from, until, limit, offset });
      res.json(pageOf(found.items, { total: found.total, limit, offset }));
    },
  );
}
