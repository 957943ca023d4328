import type { LimitQuery } from '../../schemas/types.ts';
import type { BlackoutService } from '../services/blackout.service.ts';
import type { EmergencyService } from '../services/emergency.service.ts';
import type { OverrideService } from '../services/override.service.ts';
import { acts, changes, created, json, page, reads, readsOne } from './contract.ts';
import { pageOf } from './page.ts';
import { actorOf, queryOf, type GuardedRouter } from './route.table.ts';

const limitOnly = 'common.json#/$defs/limitQuery';
const emergency = 'override.json#/$defs/emergency';
const blackout = 'override.json#/$defs/blackout';

/** /api/v1/emergencies: send, approve (second approver), clear, and watch per-screen acknowledgement. */
export function emergencyRoutes(router: GuardedRouter, emergencies: EmergencyService): void {
  router.get(
    '/',
    {
      signedIn: true,
      summary: 'Emergency messages: those waiting or on screen first, then the newest',
      query: [limitOnly],
      responses: { 200: json(page(emergency)), ...reads },
    },
    async (_req, res) => {
      const { limit = 50 } = queryOf<LimitQuery>(res);
      res.json(pageOf(await emergencies.list(actorOf(res), limit), { limit }));
    },
  );
  router.get(
    '/:id',
    {
      signedIn: true,
      summary: 'An emergency message, with each screen’s acknowledgement',
      responses: { 200: json(emergency), ...readsOne },
    },
    async (req, res) => {
      res.json(await emergencies.get(actorOf(res), String(req.params.id)));
    },
  );
  router.post(
    '/',
    {
      signedIn: true,
      summary:
        'Send an emergency message: on screen at once where every target gate lets one approver send, else waiting for a second approver',
      body: 'override.json#/$defs/emergencyInput',
      responses: { 201: created(emergency), ...changes },
    },
    async (req, res) => {
      res.status(201).json(await emergencies.send(actorOf(res), req.body));
    },
  );
  router.post(
    '/:id/approve',
    {
      signedIn: true,
      summary: 'Approve an emergency message as the second approver',
      responses: { 200: json(emergency), ...acts },
    },
    async (req, res) => {
      res.json(await emergencies.approve(actorOf(res), String(req.params.id)));
    },
  );
  router.post(
    '/:id/clear',
    { signedIn: true, summary: 'Clear an emergency message', responses: { 200: json(emergency), ...acts } },
    async (req, res) => {
      res.json(await emergencies.clear(actorOf(res), String(req.params.id)));
    },
  );
}

/** /api/v1/blackouts: black out screens (one screen, gates, or everything) and lift it again. */
export function blackoutRoutes(router: GuardedRouter, blackouts: BlackoutService): void {
  router.get(
    '/',
    {
      signedIn: true,
      summary: 'Blackouts: those in force first, then the newest',
      query: [limitOnly],
      responses: { 200: json(page(blackout)), ...reads },
    },
    async (_req, res) => {
      const { limit = 50 } = queryOf<LimitQuery>(res);
      res.json(pageOf(await blackouts.list(actorOf(res), limit), { limit }));
    },
  );
  router.get(
    '/:id',
    { signedIn: true, summary: 'A blackout', responses: { 200: json(blackout), ...readsOne } },
    async (req, res) => {
      res.json(await blackouts.get(actorOf(res), String(req.params.id)));
    },
  );
  router.post(
    '/',
    {
      signedIn: true,
      summary: 'Black out screens: one screen, gates, or everything',
      body: 'override.json#/$defs/blackoutInput',
      responses: { 201: created(blackout), ...changes },
    },
    async (req, res) => {
      res.status(201).json(await blackouts.start(actorOf(res), req.body));
    },
  );
  router.post(
    '/:id/lift',
    { signedIn: true, summary: 'Lift a blackout', responses: { 200: json(blackout), ...acts } },
    async (req, res) => {
      res.json(await blackouts.lift(actorOf(res), String(req.params.id)));
    },
  );
}

/** /api/v1/overrides: what an emergency or a blackout would reach, asked before sending it. */
export function overrideRoutes(router: GuardedRouter, overrides: OverrideService): void {
  router.post(
    '/preview',
    {
      signedIn: true,
      summary:
        'The screens and gates an emergency or a blackout would reach, and whether (and by whom) an emergency needs a second approval; changes nothing',
      body: 'override.json#/$defs/previewInput',
      responses: { 200: json('override.json#/$defs/preview'), ...changes },
    },
    async (req, res) => {
      res.json(await overrides.preview(actorOf(res), req.body));
    },
  );
}
