import type { ReviewedNoun } from '../../schemas/types.ts';
import type { ApprovalService } from '../services/approval.service.ts';
import { pageOf } from './page.ts';
import { actorOf, type GuardedRouter } from './route.table.ts';

/** GET /:id/approval, POST /:id/submit, /:id/approve, /:id/reject on a reviewed resource's router. */
export function approvalRoutes(router: GuardedRouter, approvals: ApprovalService, noun: ReviewedNoun): void {
  router.get('/:id/approval', { signedIn: true }, async (req, res) => {
    res.json(await approvals.status(actorOf(res), noun, String(req.params.id)));
  });
  router.post('/:id/submit', { signedIn: true }, async (req, res) => {
    res.json(await approvals.submit(actorOf(res), noun, String(req.params.id), req.body));
  });
  router.post('/:id/approve', { signedIn: true }, async (req, res) => {
    res.json(await approvals.approve(actorOf(res), noun, String(req.params.id), req.body));
  });
  router.post('/:id/reject', { signedIn: true }, async (req, res) => {
    res.json(await approvals.reject(actorOf(res), noun, String(req.params.id), req.body));
  });
}

/** /api/v1/approvals: where every message, playlist and schedule in scope stands (?state=submitted: the queue). */
export function approvalQueueRoutes(router: GuardedRouter, approvals: ApprovalService): void {
  router.get('/', { signedIn: true }, async (req, res) => {
    const { limit: rawLimit, offset: rawOffset, ...filter } = req.query;
    const { limit, offset } = pageOf({ query: { limit: rawLimit, offset: rawOffset } });
    res.json(await approvals.list(actorOf(res), filter, limit, offset));
  });
}
