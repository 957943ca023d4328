import type { PlayQuery, ScreenInput } from '../../schemas/types.ts';
import type { Screen } from '../domain/entities.ts';
import type { EntityService } from '../services/entity.service.ts';
import type { ProofOfPlayService } from '../services/proof-of-play.service.ts';
import { validate } from '../validation/schema.validator.ts';
import { queryOf } from './heartbeat.routes.ts';
import { actorOf, type GuardedRouter } from './route.table.ts';

/** /api/v1/screens/:id/plays: the proof-of-play records of a screen (?from, ?until, paged). */
export function proofOfPlayRoutes(
  router: GuardedRouter,
  screens: EntityService<ScreenInput, Screen>,
  plays: ProofOfPlayService,
): void {
  router.get('/:id/plays', { permission: 'read' }, async (req, res) => {
    const query = validate<PlayQuery>('report.json#/$defs/playQuery', queryOf(req));
    const screen = await screens.get(actorOf(res), String(req.params.id));
    const limit = query.limit ?? 500;
    const offset = query.offset ?? 0;
    const from = query.from ? new Date(query.from).toISOString() : undefined;
    const until = query.until ? new Date(query.until).toISOString() : undefined;
    const page = await plays.list(screen.id, { from, until, limit, offset });
    res.json({ ...page, limit, offset });
  });
}
