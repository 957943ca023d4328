import type { ApiTokenService } from '../services/api-token.service.ts';
import type { AuditService } from '../services/audit.service.ts';
import type { UserService } from '../services/user.service.ts';
import { actorOf, type GuardedRouter } from './route.table.ts';
import { pageOf } from './page.ts';
import { validate } from '../validation/schema.validator.ts';
import type { LocalDate } from '../../schemas/types.ts';

/** /api/v1/users: people, managed by admins. */
export function userRoutes(router: GuardedRouter, users: UserService): void {
  router.get('/', { signedIn: true }, async (_req, res) => {
    const items = await users.list(actorOf(res));
    res.json({ items, total: items.length, limit: items.length, offset: 0 });
  });
  router.get('/:id', { signedIn: true }, async (req, res) => {
    res.json(await users.get(actorOf(res), String(req.params.id)));
  });
  router.post('/', { signedIn: true }, async (req, res) => {
    res.status(201).json(await users.create(actorOf(res), req.body));
  });
  router.put('/:id', { signedIn: true }, async (req, res) => {
    res.json(await users.update(actorOf(res), String(req.params.id), req.body));
  });
  router.delete('/:id', { signedIn: true }, async (req, res) => {
    await users.remove(actorOf(res), String(req.params.id));
    res.status(204).end();
  });
  // A lost authenticator: an admin turns the person's second factor off (they then enrol again).
  router.delete('/:id/totp', { signedIn: true }, async (req, res) => {
    await users.disableSecondFactor(actorOf(res), String(req.params.id));
    res.status(204).end();
  });
}

/** /api/v1/tokens: API tokens for automation (the secret is shown once, on creation). */
export function apiTokenRoutes(router: GuardedRouter, tokens: ApiTokenService): void {
  router.get('/', { signedIn: true }, async (_req, res) => {
    const items = await tokens.list(actorOf(res));
    res.json({ items, total: items.length, limit: items.length, offset: 0 });
  });
  router.post('/', { signedIn: true }, async (req, res) => {
    res.status(201).json(await tokens.create(actorOf(res), req.body));
  });
  router.delete('/:id', { signedIn: true }, async (req, res) => {
    await tokens.revoke(actorOf(res), String(req.params.id));
    res.status(204).end();
  });
}

function period(query: Record<string, unknown>) {
  const from =
    typeof query.from === 'string'
      ? validate<LocalDate>('common.json#/$defs/localDate', query.from)
      : undefined;
  const until =
    typeof query.until === 'string'
      ? validate<LocalDate>('common.json#/$defs/localDate', query.until)
      : undefined;
  const action = typeof query.action === 'string' ? query.action.slice(0, 64) : undefined;
  return { from, until, action };
}

/** /api/v1/audit: the append-only log, newest first, as JSON pages or a CSV export. No route changes it. */
export function auditRoutes(router: GuardedRouter, audit: AuditService): void {
  router.get('/', { signedIn: true }, async (req, res) => {
    const { limit, offset } = pageOf({ query: { limit: req.query.limit, offset: req.query.offset } });
    res.json({ ...(await audit.list(actorOf(res), { ...period(req.query), limit, offset })), limit, offset });
  });
  router.get('/export.csv', { signedIn: true }, async (req, res) => {
    res.type('text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="gatecast-audit.csv"');
    res.send(await audit.csv(actorOf(res), period(req.query)));
  });
}
