import type { WebhookService } from '../services/webhook.service.ts';
import { acts, changes, created, empty, json, page, reads, readsOne } from './contract.ts';
import { pageOf } from './page.ts';
import { actorOf, type GuardedRouter } from './route.table.ts';

const webhook = 'webhook.json#/$defs/webhook';

/** /api/v1/webhooks: where offline/online alerts are sent, and each delivery's log. */
export function webhookRoutes(router: GuardedRouter, webhooks: WebhookService): void {
  router.get(
    '/',
    { signedIn: true, summary: 'List webhooks in scope', responses: { 200: json(page(webhook)), ...reads } },
    async (_req, res) => {
      res.json(pageOf(await webhooks.list(actorOf(res))));
    },
  );
  router.post(
    '/',
    {
      signedIn: true,
      summary: 'Add a webhook (public addresses only)',
      body: 'webhook.json',
      responses: { 201: created(webhook), ...changes },
    },
    async (req, res) => {
      res.status(201).json(await webhooks.create(actorOf(res), req.body));
    },
  );
  router.delete(
    '/:id',
    { signedIn: true, summary: 'Remove a webhook', responses: { 204: empty('Removed'), ...acts } },
    async (req, res) => {
      await webhooks.remove(actorOf(res), String(req.params.id));
      res.status(204).end();
    },
  );
  router.get(
    '/:id/deliveries',
    {
      signedIn: true,
      summary: "A webhook's recent deliveries",
      responses: { 200: json(page('webhook.json#/$defs/delivery')), ...readsOne },
    },
    async (req, res) => {
      res.json(pageOf(await webhooks.deliveries(actorOf(res), String(req.params.id))));
    },
  );
}
