import type { ApprovalFilter, PageQuery, ReviewedNoun } from '../../schemas/types.ts';
import type { ApprovalService } from '../services/approval.service.ts';
import { changes, json, page, reads, readsOne } from './contract.ts';
import { actorOf, queryOf, type GuardedRouter } from './route.table.ts';

const status = json('approval.json#/$defs/status', 'Where the item stands now');

/** GET /:id/approval, POST /:id/submit, /:id/approve, /:id/reject on a reviewed resource's router. */
export function approvalRoutes(router: GuardedRouter, approvals: ApprovalService, noun: ReviewedNoun): void {
  router.get(
    '/:id/approval',
    { signedIn: true, summary: `Where a ${noun} stands in review`, responses: { 200: status, ...readsOne } },
    async (req, res) => {
      res.json(await approvals.status(actorOf(res), noun, String(req.params.id)));
    },
  );
  router.get(
    '/:id/on-air',
    {
      signedIn: true,
      summary: `Where a ${noun}'s approved version plays: screens by gate (what a delete would take off)`,
      responses: { 200: json('approval.json#/$defs/onAir', 'The screens it plays on, by gate'), ...readsOne },
    },
    async (req, res) => {
      res.json(await approvals.onAir(actorOf(res), noun, String(req.params.id)));
    },
  );
  router.post(
    '/:id/submit',
    {
      signedIn: true,
      summary: `Submit a ${noun}'s draft for review`,
      body: 'approval.json#/$defs/submission',
      bodyOptional: true,
      responses: { 200: status, ...changes },
    },
    async (req, res) => {
      res.json(await approvals.submit(actorOf(res), noun, String(req.params.id), req.body));
    },
  );
  router.post(
    '/:id/approve',
    {
      signedIn: true,
      summary: `Approve a ${noun}'s submitted draft (it goes live)`,
      body: 'approval.json',
      bodyOptional: true,
      responses: { 200: status, ...changes },
    },
    async (req, res) => {
      res.json(await approvals.approve(actorOf(res), noun, String(req.params.id), req.body));
    },
  );
  router.post(
    '/:id/reject',
    {
      signedIn: true,
      summary: `Reject a ${noun}'s submitted draft, with a reason`,
      body: 'approval.json#/$defs/rejection',
      responses: { 200: status, ...changes },
    },
    async (req, res) => {
      res.json(await approvals.reject(actorOf(res), noun, String(req.params.id), req.body));
    },
  );
}

/** /api/v1/approvals: where every message, playlist and schedule in scope stands (?state=submitted: the queue). */
export function approvalQueueRoutes(router: GuardedRouter, approvals: ApprovalService): void {
  router.get(
    '/',
    {
      signedIn: true,
      summary: 'List where every reviewed item in scope stands (state=submitted: the review queue)',
      query: ['approval.json#/$defs/filter', 'common.json#/$defs/pageQuery'],
      responses: { 200: json(page('approval.json#/$defs/summary')), ...reads },
    },
    async (_req, res) => {
      const { limit = 50, offset = 0, ...filter } = queryOf<ApprovalFilter & PageQuery>(res);
      res.json(await approvals.list(actorOf(res), filter, limit, offset));
    },
  );
}
