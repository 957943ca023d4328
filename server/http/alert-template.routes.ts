import type { AlertTemplateQuery, PageQuery } from '../../schemas/types.ts';
import type { AlertTemplateService } from '../services/alert-template.service.ts';
import { acts, changes, created, empty, json, page, reads, readsOne } from './contract.ts';
import { actorOf, queryOf, type GuardedRouter } from './route.table.ts';

const template = 'alert.json#/$defs/template';
const input = 'alert.json#/$defs/templateInput';

/** /api/v1/alert-templates: each gate's text, per event and language, for the languages an alert lacks. */
export function alertTemplateRoutes(router: GuardedRouter, templates: AlertTemplateService): void {
  router.get(
    '/',
    {
      signedIn: true,
      summary: 'Alert templates in scope, by gate, event and language (event: part of its name)',
      query: ['alert.json#/$defs/templateQuery', 'common.json#/$defs/pageQuery'],
      responses: { 200: json(page(template)), ...reads },
    },
    async (_req, res) => {
      const { limit = 50, offset = 0, ...filter } = queryOf<AlertTemplateQuery & PageQuery>(res);
      res.json(await templates.list(actorOf(res), { ...filter, limit, offset }));
    },
  );
  router.post(
    '/',
    {
      signedIn: true,
      summary: 'Write an alert template for a gate, an event and one of the gate’s languages (a draft)',
      body: input,
      responses: { 201: created(template), ...changes },
    },
    async (req, res) => {
      res.status(201).json(await templates.create(actorOf(res), req.body));
    },
  );
  router.get(
    '/:id',
    { signedIn: true, summary: 'An alert template', responses: { 200: json(template), ...readsOne } },
    async (req, res) => {
      res.json(await templates.get(actorOf(res), String(req.params.id)));
    },
  );
  router.put(
    '/:id',
    {
      signedIn: true,
      summary: 'Change an alert template: it goes back to draft until approved again',
      body: input,
      responses: { 200: json(template), ...changes },
    },
    async (req, res) => {
      res.json(await templates.update(actorOf(res), String(req.params.id), req.body));
    },
  );
  router.delete(
    '/:id',
    { signedIn: true, summary: 'Remove an alert template', responses: { 204: empty('Removed'), ...acts } },
    async (req, res) => {
      await templates.remove(actorOf(res), String(req.params.id));
      res.status(204).end();
    },
  );
  router.post(
    '/:id/approve',
    {
      signedIn: true,
      summary: 'Approve an alert template written by someone else: alerts use it from now on',
      responses: { 200: json(template), ...acts },
    },
    async (req, res) => {
      res.json(await templates.approve(actorOf(res), String(req.params.id)));
    },
  );
}
