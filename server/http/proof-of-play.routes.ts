import type { PlayQuery } from '../../schemas/types.ts';
import type { ProofOfPlayService } from '../services/proof-of-play.service.ts';
import { validate } from '../validation/schema.validator.ts';
import { queryOf } from './heartbeat.routes.ts';
import { actorOf, type GuardedRouter } from './route.table.ts';

/** /api/v1/screens/:id/plays: the proof-of-play records of a screen (?from, ?until, paged). */
export function proofOfPlayRoutes(router: GuardedRouter, plays: ProofOfPlayService): void {
  router.get('/:id/plays', { signedIn: true }, async (req, res) => {
    const query = validate<PlayQuery>('report.json#/$defs/playQuery', queryOf(req));
    const limit = query.limit ?? 500;
    const offset = query.offset ?? 0;
    const from = query.from ? new Date(query.from).toISOString() : undefined;
    const until = query.until ? new Date(query.until).toISOString() : undefined;
    const page = await plays.list(actorOf(res), String(req.params.id), { from, until, limit, offset });
    res.json({ ...page, limit, offset });
  });
}
