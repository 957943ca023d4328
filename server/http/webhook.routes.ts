import type { WebhookService } from '../services/webhook.service.ts';
import { actorOf, type GuardedRouter } from './route.table.ts';

/** /api/v1/webhooks: where offline/online alerts are sent, and each delivery's log. */
export function webhookRoutes(router: GuardedRouter, webhooks: WebhookService): void {
  router.get('/', { signedIn: true }, async (_req, res) => {
    const items = await webhooks.list(actorOf(res));
    res.json({ items, total: items.length, limit: items.length, offset: 0 });
  });
  router.post('/', { signedIn: true }, async (req, res) => {
    res.status(201).json(await webhooks.create(actorOf(res), req.body));
  });
  router.delete('/:id', { signedIn: true }, async (req, res) => {
    await webhooks.remove(actorOf(res), String(req.params.id));
    res.status(204).end();
  });
  router.get('/:id/deliveries', { signedIn: true }, async (req, res) => {
    const items = await webhooks.deliveries(actorOf(res), String(req.params.id));
    res.json({ items, total: items.length, limit: items.length, offset: 0 });
  });
}
