import type { DeviceService } from '../services/device.service.ts';
import type { ManifestService } from '../services/manifest.service.ts';
import type { PairingService } from '../services/pairing.service.ts';
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
): void {
  router.post('/:id/pair', { signedIn: true }, async (req, res) => {
    res.json(await pairing.pair(actorOf(res), String(req.params.id), req.body));
  });
  router.post('/:id/tokens', { signedIn: true }, async (req, res) => {
    res.status(201).json(await devices.createToken(actorOf(res), String(req.params.id), req.body));
  });
  // A link for a player page carries a single-use enrolment token, never a device token (docs/SECURITY.md).
  router.post('/:id/enrolments', { signedIn: true }, async (req, res) => {
    res.status(201).json(await devices.issueEnrolment(actorOf(res), String(req.params.id), req.body));
  });
  router.get('/:id/tokens', { signedIn: true }, async (req, res) => {
    const items = await devices.listTokens(actorOf(res), String(req.params.id));
    res.json({ items, total: items.length, limit: items.length, offset: 0 });
  });
  router.delete('/:id/tokens/:tokenId', { signedIn: true }, async (req, res) => {
    await devices.revoke(actorOf(res), String(req.params.id), String(req.params.tokenId));
    res.status(204).end();
  });
  router.get('/:id/status', { signedIn: true }, async (req, res) => {
    res.json(await manifests.screenStatus(actorOf(res), String(req.params.id)));
  });
  router.get('/:id/manifest', { signedIn: true }, async (req, res) => {
    res.json(await manifests.screenManifest(actorOf(res), String(req.params.id)));
  });
}
