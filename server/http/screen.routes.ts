import type { DataDeliveryService } from '../services/data-delivery.service.ts';
import type { DeviceService } from '../services/device.service.ts';
import type { ManifestService } from '../services/manifest.service.ts';
import type { PairingService } from '../services/pairing.service.ts';
import { acts, changes, created, empty, errors, json, orNull, page, readsOne } from './contract.ts';
import { pageOf } from './page.ts';
import { actorOf, type GuardedRouter } from './route.table.ts';

/**
 * Screen sub-resources: pairing, player links, device tokens and manifest status. Each service checks that
 * the caller may read the screen, or act on it (screen:write within their scope).
 */
export function screenExtraRoutes(
  router: GuardedRouter,
  devices: DeviceService,
  manifests: ManifestService,
  pairing: PairingService,
  data: DataDeliveryService,
): void {
  router.post(
    '/:id/pair',
    {
      signedIn: true,
      summary: 'Pair the player showing this code with a screen',
      body: 'pairing.json',
      responses: { 200: json('pairing.json#/$defs/paired'), ...changes, ...errors(429) },
    },
    async (req, res) => {
      res.json(await pairing.pair(actorOf(res), String(req.params.id), req.body));
    },
  );
  router.post(
    '/:id/tokens',
    {
      signedIn: true,
      summary: 'Issue a device token for a screen (the secret is shown once)',
      body: 'device-token.json',
      bodyOptional: true,
      responses: { 201: created('device-token.json#/$defs/created'), ...changes },
    },
    async (req, res) => {
      res.status(201).json(await devices.createToken(actorOf(res), String(req.params.id), req.body));
    },
  );
  // A link for a player page carries a single-use enrolment token, never a device token (docs/SECURITY.md).
  router.post(
    '/:id/enrolments',
    {
      signedIn: true,
      summary: 'Issue a player link for a screen (a single-use enrolment token)',
      body: 'enrolment.json',
      bodyOptional: true,
      responses: { 201: created('enrolment.json#/$defs/created'), ...changes },
    },
    async (req, res) => {
      res.status(201).json(await devices.issueEnrolment(actorOf(res), String(req.params.id), req.body));
    },
  );
  router.get(
    '/:id/tokens',
    {
      signedIn: true,
      summary: "A screen's device tokens",
      responses: { 200: json(page('device-token.json#/$defs/token')), ...readsOne },
    },
    async (req, res) => {
      res.json(pageOf(await devices.listTokens(actorOf(res), String(req.params.id))));
    },
  );
  router.delete(
    '/:id/tokens/:tokenId',
    { signedIn: true, summary: 'Revoke a device token', responses: { 204: empty('Revoked'), ...acts } },
    async (req, res) => {
      await devices.revoke(actorOf(res), String(req.params.id), String(req.params.tokenId));
      res.status(204).end();
    },
  );
  router.get(
    '/:id/status',
    {
      signedIn: true,
      summary: "A screen's connection and manifest status",
      responses: { 200: json('device-token.json#/$defs/screenStatus'), ...readsOne },
    },
    async (req, res) => {
      res.json(await manifests.screenStatus(actorOf(res), String(req.params.id)));
    },
  );
  router.get(
    '/:id/manifest',
    {
      signedIn: true,
      summary: 'The manifest compiled for a screen (null before the first)',
      responses: { 200: json(orNull('manifest.json')), ...readsOne },
    },
    async (req, res) => {
      res.json(await manifests.screenManifest(actorOf(res), String(req.params.id)));
    },
  );
  router.get(
    '/:id/data',
    {
      signedIn: true,
      summary:
        "What a screen's live fields are filled from now: its gate (zone, digits, calendar) and values",
      responses: { 200: json('player-events.json#/$defs/screenLive'), ...readsOne },
    },
    async (req, res) => {
      res.json(await data.forScreen(actorOf(res), String(req.params.id)));
    },
  );
}
