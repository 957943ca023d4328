import type { AuditQuery, LimitQuery, PageQuery } from '../../schemas/types.ts';
import type { ApiTokenService } from '../services/api-token.service.ts';
import type { AuditService } from '../services/audit.service.ts';
import type { UserService } from '../services/user.service.ts';
import { acts, changes, created, empty, json, page, reads, readsOne, stored, text } from './contract.ts';
import { pageOf } from './page.ts';
import { sendCsv } from './report.routes.ts';
import { actorOf, queryOf, type GuardedRouter } from './route.table.ts';

/** /api/v1/users: people, managed by admins. */
export function userRoutes(router: GuardedRouter, users: UserService): void {
  const user = stored('user');
  router.get(
    '/',
    { signedIn: true, summary: 'List people', responses: { 200: json(page(user)), ...reads } },
    async (_req, res) => {
      res.json(pageOf(await users.list(actorOf(res))));
    },
  );
  router.get(
    '/:id',
    { signedIn: true, summary: 'Read a person', responses: { 200: json(user), ...readsOne } },
    async (req, res) => {
      res.json(await users.get(actorOf(res), String(req.params.id)));
    },
  );
  router.post(
    '/',
    {
      signedIn: true,
      summary: 'Add a person',
      body: 'user.json',
      responses: { 201: created(user), ...changes },
    },
    async (req, res) => {
      res.status(201).json(await users.create(actorOf(res), req.body));
    },
  );
  router.put(
    '/:id',
    {
      signedIn: true,
      summary: 'Replace a person (a password resets theirs)',
      body: 'user.json',
      responses: { 200: json(user), ...changes },
    },
    async (req, res) => {
      res.json(await users.update(actorOf(res), String(req.params.id), req.body));
    },
  );
  router.delete(
    '/:id',
    { signedIn: true, summary: 'Remove a person', responses: { 204: empty('Removed'), ...acts } },
    async (req, res) => {
      await users.remove(actorOf(res), String(req.params.id));
      res.status(204).end();
    },
  );
  router.get(
    '/:id/audit',
    {
      signedIn: true,
      summary: "A person's recent audit entries: what they did and what was done to their account",
      query: ['common.json#/$defs/limitQuery'],
      responses: { 200: json(page('report.json#/$defs/auditEntry')), ...readsOne },
    },
    async (req, res) => {
      const { limit = 20 } = queryOf<LimitQuery>(res);
      const found = await users.recentAudit(actorOf(res), String(req.params.id), limit);
      res.json(pageOf(found.items, { total: found.total, limit }));
    },
  );
  // A lost authenticator: an admin turns the person's second factor off (they then enrol again).
  router.delete(
    '/:id/totp',
    {
      signedIn: true,
      summary: "Turn a person's second factor off (a lost authenticator)",
      responses: { 204: empty('The second factor is off'), ...acts },
    },
    async (req, res) => {
      await users.disableSecondFactor(actorOf(res), String(req.params.id));
      res.status(204).end();
    },
  );
}

/** /api/v1/tokens: API tokens for automation (the secret is shown once, on creation). */
export function apiTokenRoutes(router: GuardedRouter, tokens: ApiTokenService): void {
  router.get(
    '/',
    {
      signedIn: true,
      summary: "List my API tokens (an admin's: also those in its scope)",
      responses: { 200: json(page('user.json#/$defs/apiToken')), ...reads },
    },
    async (_req, res) => {
      res.json(pageOf(await tokens.list(actorOf(res))));
    },
  );
  router.post(
    '/',
    {
      signedIn: true,
      summary: 'Create an API token acting for me, at most my roles and scope (the secret is shown once)',
      body: 'user.json#/$defs/apiTokenInput',
      responses: { 201: created('user.json#/$defs/apiTokenCreated'), ...changes },
    },
    async (req, res) => {
      res.status(201).json(await tokens.create(actorOf(res), req.body));
    },
  );
  router.delete(
    '/:id',
    { signedIn: true, summary: 'Revoke an API token', responses: { 204: empty('Revoked'), ...acts } },
    async (req, res) => {
      await tokens.revoke(actorOf(res), String(req.params.id));
      res.status(204).end();
    },
  );
}

const filter = (query: AuditQuery) => ({ ...query, action: query.action?.slice(0, 64) });

/** /api/v1/audit: the append-only log, newest first, as JSON pages or a CSV export. No route changes it. */
export function auditRoutes(router: GuardedRouter, audit: AuditService): void {
  router.get(
    '/',
    {
      signedIn: true,
      summary: 'The audit log, newest first',
      query: ['common.json#/$defs/auditQuery', 'common.json#/$defs/pageQuery'],
      responses: { 200: json(page('report.json#/$defs/auditEntry')), ...reads },
    },
    async (_req, res) => {
      const { limit = 50, offset = 0, ...query } = queryOf<AuditQuery & PageQuery>(res);
      const found = await audit.list(actorOf(res), { ...filter(query), limit, offset });
      res.json(pageOf(found.items, { total: found.total, limit, offset }));
    },
  );
  router.get(
    '/export.csv',
    {
      signedIn: true,
      summary: 'The audit log as CSV',
      query: ['common.json#/$defs/auditQuery'],
      responses: { 200: text('text/csv', 'The audit log as CSV (UTF-8 with BOM)'), ...reads },
    },
    async (_req, res) => {
      sendCsv(res, 'gatecast-audit.csv', await audit.csv(actorOf(res), filter(queryOf<AuditQuery>(res))));
    },
  );
}
