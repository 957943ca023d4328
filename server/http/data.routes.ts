import type { DataHistoryQuery, DataValueQuery } from '../../schemas/types.ts';
import type { DataPullService } from '../services/data-pull.service.ts';
import type { DataSourceService } from '../services/data-source.service.ts';
import type { DataValueService } from '../services/data-value.service.ts';
import { acts, changes, created, empty, json, page, reads, readsOne, type InlineSchema } from './contract.ts';
import { pageOf } from './page.ts';
import { actorOf, dataSourceOf, queryOf, type GuardedRouter } from './route.table.ts';

const source = 'data.json#/$defs/source';
const withToken = 'data.json#/$defs/sourceWithToken';
const value = 'data.json#/$defs/storedValue';
const valuesReply = 'data.json#/$defs/valuesReply';

/** What one read of a pull source did (DataPullService DataPoll). */
const dataPoll: InlineSchema = {
  title: 'DataPoll',
  description:
    'What reading a pull source once did: the values its document gave, how many of them were new (stored now), how many of those wait for an approver, and what went wrong (also kept as the source’s lastError).',
  type: 'object',
  additionalProperties: false,
  required: ['sourceId', 'at', 'read', 'stored', 'held'],
  properties: {
    sourceId: { $ref: 'common.json#/$defs/id' },
    at: { $ref: 'common.json#/$defs/instant' },
    read: { type: 'integer', minimum: 0 },
    stored: { type: 'integer', minimum: 0 },
    held: { type: 'integer', minimum: 0 },
    error: { type: 'string' },
    errorCode: {
      type: 'string',
      description: 'The error as a code the console translates (also kept as the source’s lastErrorCode).',
    },
  },
};

/** /api/v1/data-sources: sources of live values (admins register them; everyone sees those of their gates). */
export function dataSourceRoutes(
  router: GuardedRouter,
  sources: DataSourceService,
  values: DataValueService,
  pulls: DataPullService,
): void {
  router.get(
    '/',
    {
      signedIn: true,
      summary: 'Data sources reaching your gates, with their health',
      responses: { 200: json(page(source)), ...reads },
    },
    async (_req, res) => {
      const items = await sources.list(actorOf(res));
      res.json(pageOf(items, { limit: items.length }));
    },
  );
  router.post(
    '/',
    {
      signedIn: true,
      summary: 'Register a data source; its token is in the answer, and never again',
      body: 'data.json#/$defs/sourceInput',
      responses: { 201: created(withToken), ...changes },
    },
    async (req, res) => {
      res.status(201).json(await sources.create(actorOf(res), req.body));
    },
  );
  router.get(
    '/:id',
    {
      signedIn: true,
      summary: 'A data source and its health',
      responses: { 200: json(source), ...readsOne },
    },
    async (req, res) => {
      res.json(await sources.get(actorOf(res), String(req.params.id)));
    },
  );
  router.put(
    '/:id',
    {
      signedIn: true,
      summary: 'Change a data source (its token, health and values stay)',
      body: 'data.json#/$defs/sourceInput',
      responses: { 200: json(source), ...changes },
    },
    async (req, res) => {
      res.json(await sources.update(actorOf(res), String(req.params.id), req.body));
    },
  );
  router.delete(
    '/:id',
    {
      signedIn: true,
      summary: 'Remove a data source and every value it gave',
      responses: { 204: empty('Removed'), ...acts },
    },
    async (req, res) => {
      await sources.remove(actorOf(res), String(req.params.id));
      res.status(204).end();
    },
  );
  router.post(
    '/:id/token',
    {
      signedIn: true,
      summary: 'Renew a data source’s token: the old one stops working at once',
      responses: { 200: json(withToken), ...acts },
    },
    async (req, res) => {
      res.json(await sources.renewToken(actorOf(res), String(req.params.id)));
    },
  );
  router.post(
    '/:id/poll',
    {
      signedIn: true,
      summary: 'Read a pull source now, rather than at its next turn (data:manage)',
      responses: { 200: json(dataPoll), ...acts },
    },
    async (req, res) => {
      res.json(await pulls.pollNow(actorOf(res), String(req.params.id)));
    },
  );
  router.get(
    '/:id/values',
    {
      signedIn: true,
      summary: 'The current value of every path of a source: its newest accepted observation',
      responses: { 200: json(page(value)), ...readsOne },
    },
    async (req, res) => {
      const items = await values.current(actorOf(res), { sourceId: String(req.params.id) });
      res.json(pageOf(items, { limit: items.length }));
    },
  );
  router.get(
    '/:id/values/history',
    {
      signedIn: true,
      summary: 'Every value a source gave (of one path, or all), newest observation first, in every state',
      query: ['data.json#/$defs/historyQuery'],
      responses: { 200: json(page(value)), ...readsOne },
    },
    async (req, res) => {
      const { path, limit = 100 } = queryOf<DataHistoryQuery>(res);
      const items = await values.history(actorOf(res), String(req.params.id), path, limit);
      res.json(pageOf(items, { limit }));
    },
  );
  router.post(
    '/:id/values',
    {
      signedIn: true,
      summary:
        'Enter values by hand (rates no feed publishes): a jump beyond the bound waits for another person',
      body: 'data.json#/$defs/valuesInput',
      responses: { 201: created(valuesReply), ...changes },
    },
    async (req, res) => {
      res.status(201).json({ values: await values.enter(actorOf(res), String(req.params.id), req.body) });
    },
  );
}

/** /api/v1/data-values: values across sources (held ones wait for an approver), approve and reject. */
export function dataValueRoutes(router: GuardedRouter, values: DataValueService): void {
  router.get(
    '/',
    {
      signedIn: true,
      summary:
        'Values of the sources reaching your gates, newest received first (state=held: waiting for a look)',
      query: ['data.json#/$defs/valueQuery'],
      responses: { 200: json(page(value)), ...reads },
    },
    async (_req, res) => {
      const query = queryOf<DataValueQuery>(res);
      const items = await values.list(actorOf(res), query);
      res.json(pageOf(items, { limit: query.limit ?? 100 }));
    },
  );
  router.get(
    '/:id',
    { signedIn: true, summary: 'One value as stored', responses: { 200: json(value), ...readsOne } },
    async (req, res) => {
      res.json(await values.get(actorOf(res), String(req.params.id)));
    },
  );
  router.post(
    '/:id/approve',
    {
      signedIn: true,
      summary: 'Let a held value through: it becomes current unless a newer one was accepted meanwhile',
      responses: { 200: json(value), ...acts },
    },
    async (req, res) => {
      res.json(await values.approve(actorOf(res), String(req.params.id)));
    },
  );
  router.post(
    '/:id/reject',
    {
      signedIn: true,
      summary: 'Turn a held value down: the current value stays',
      responses: { 200: json(value), ...acts },
    },
    async (req, res) => {
      res.json(await values.reject(actorOf(res), String(req.params.id)));
    },
  );
}

/** /api/v1/data/values: a push source sends its values with its own token. */
export function dataPushRoutes(router: GuardedRouter, values: DataValueService): void {
  router.put(
    '/values',
    {
      dataSource: true,
      summary:
        'Send values (the source’s token): each path’s observation is stored once; an older one than the current is kept but not shown; a jump beyond the bound waits for an approver',
      body: 'data.json#/$defs/valuesInput',
      responses: { 200: json(valuesReply), ...changes },
    },
    async (req, res) => {
      res.json({ values: await values.push(dataSourceOf(res), req.body) });
    },
  );
}
