import type { BlackoutService } from '../services/blackout.service.ts';
import type { EmergencyService } from '../services/emergency.service.ts';
import { pageOf } from './page.ts';
import { actorOf, type GuardedRouter } from './route.table.ts';

/** /api/v1/emergencies: send, approve (second approver), clear, and watch per-screen acknowledgement. */
export function emergencyRoutes(router: GuardedRouter, emergencies: EmergencyService): void {
  router.get('/', { signedIn: true }, async (req, res) => {
    const { limit } = pageOf(req);
    const items = await emergencies.list(actorOf(res), limit);
    res.json({ items, total: items.length, limit, offset: 0 });
  });
  router.get('/:id', { signedIn: true }, async (req, res) => {
    res.json(await emergencies.get(actorOf(res), String(req.params.id)));
  });
  router.post('/', { signedIn: true }, async (req, res) => {
    res.status(201).json(await emergencies.send(actorOf(res), req.body));
  });
  router.post('/:id/approve', { signedIn: true }, async (req, res) => {
    res.json(await emergencies.approve(actorOf(res), String(req.params.id)));
  });
  router.post('/:id/clear', { signedIn: true }, async (req, res) => {
    res.json(await emergencies.clear(actorOf(res), String(req.params.id)));
  });
}

/** /api/v1/blackouts: black out screens (one screen, gates, or everything) and lift it again. */
export function blackoutRoutes(router: GuardedRouter, blackouts: BlackoutService): void {
  router.get('/', { signedIn: true }, async (req, res) => {
    const { limit } = pageOf(req);
    const items = await blackouts.list(actorOf(res), limit);
    res.json({ items, total: items.length, limit, offset: 0 });
  });
  router.get('/:id', { signedIn: true }, async (req, res) => {
    res.json(await blackouts.get(actorOf(res), String(req.params.id)));
  });
  router.post('/', { signedIn: true }, async (req, res) => {
    res.status(201).json(await blackouts.start(actorOf(res), req.body));
  });
  router.post('/:id/lift', { signedIn: true }, async (req, res) => {
    res.json(await blackouts.lift(actorOf(res), String(req.params.id)));
  });
}
