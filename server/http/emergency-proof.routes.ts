import express from 'express';
import type { EmergencyProofService } from '../services/emergency-proof.service.ts';
import { changes, created, errors, readsOne } from './contract.ts';
import { actorOf, type DeviceCaller, type GuardedRouter } from './route.table.ts';

const png = express.raw({ type: 'image/png', limit: '32mb' });
const proof = 'override.json#/$defs/emergencyProof';

/** /api/v1/screens/:id/emergency-proofs: the screen's own player sends what it showed when an emergency appeared. */
export function screenEmergencyProofRoutes(router: GuardedRouter, proofs: EmergencyProofService): void {
  // Only a device passes with its own token; an operator gets 403 (proofs come from players only).
  router.post(
    '/:id/emergency-proofs',
    {
      deviceOrSignedIn: true,
      summary: "The screen's own player sends a screenshot of an emergency when it first shows (once)",
      body: { raw: ['image/png'] },
      serviceQuery: {
        type: 'object',
        required: ['emergency'],
        properties: {
          emergency: { $ref: 'common.json#/$defs/id', description: 'The emergency on the screen' },
        },
      },
      responses: { 201: created(proof), ...changes, ...errors(413, 415) },
    },
    png,
    async (req, res) => {
      const device = res.locals.device as DeviceCaller | undefined;
      const emergencyId = typeof req.query.emergency === 'string' ? req.query.emergency : '';
      res.status(201).json(await proofs.store(device, String(req.params.id), emergencyId, req.body));
    },
  );
}

/** /api/v1/emergencies/:id/proofs/:screenId: the screenshot a screen sent, for a reader of the emergency. */
export function emergencyProofRoutes(router: GuardedRouter, proofs: EmergencyProofService): void {
  router.get(
    '/:id/proofs/:screenId',
    {
      signedIn: true,
      summary: 'The screenshot a screen sent when the emergency first showed there',
      params: { screenId: 'common.json#/$defs/id' },
      responses: {
        200: {
          description: 'The PNG',
          content: { 'image/png': { type: 'string', contentMediaType: 'image/png' } },
        },
        ...readsOne,
      },
    },
    async (req, res) => {
      const bytes = await proofs.png(actorOf(res), String(req.params.id), String(req.params.screenId));
      res.setHeader('Cache-Control', 'private, no-store');
      res.type('image/png').send(Buffer.from(bytes));
    },
  );
}
