import type { Screen } from '../domain/entities.ts';
import type { DeviceService } from '../services/device.service.ts';
import type { EntityService } from '../services/entity.service.ts';
import type { ManifestService } from '../services/manifest.service.ts';
import type { PairingService } from '../services/pairing.service.ts';
import type { ScreenInput } from '../../schemas/types.ts';
import { actorOf, type GuardedRouter } from './route.table.ts';

/** Screen sub-resources: pairing, player links, device tokens and manifest status, within the caller's scope. */
export function screenExtraRoutes(
  router: GuardedRouter,
  screens: EntityService<ScreenInput, Screen>,
  devices: DeviceService,
  manifests: ManifestService,
  pairing: PairingService,
): void {
  router.post('/:id/pair', { permission: 'screen:write' }, async (req, res) => {
    const actor = actorOf(res);
    const screen = await screens.authorizeWrite(actor, String(req.params.id));
    res.json(await pairing.pair(actor, screen.id, req.body));
  });
  router.post('/:id/tokens', { permission: 'screen:write' }, async (req, res) => {
    const actor = actorOf(res);
    const screen = await screens.authorizeWrite(actor, String(req.params.id));
    res.status(201).json(await devices.createToken(screen.id, req.body, actor));
  });
  // A link for a player page carries a single-use enrolment token, never a device token (docs/SECURITY.md).
  router.post('/:id/enrolments', { permission: 'screen:write' }, async (req, res) => {
    const actor = actorOf(res);
    const screen = await screens.authorizeWrite(actor, String(req.params.id));
    res.status(201).json(await devices.issueEnrolment(actor, screen.id, req.body));
  });
  router.get('/:id/tokens', { permission: 'screen:write' }, async (req, res) => {
    const screen = await screens.authorizeWrite(actorOf(res), String(req.params.id));
    const items = await devices.listTokens(screen.id);
    res.json({ items, total: items.length, limit: items.length, offset: 0 });
  });
  router.delete('/:id/tokens/:tokenId', { permission: 'screen:write' }, async (req, res) => {
    const actor = actorOf(res);
    const screen = await screens.authorizeWrite(actor, String(req.params.id));
    await devices.revoke(actor, screen.id, String(req.params.tokenId));
    res.status(204).end();
  });
  router.get('/:id/status', { permission: 'read' }, async (req, res) => {
    const screen = await screens.get(actorOf(res), String(req.params.id));
    res.json(await manifests.status(screen.id));
  });
  router.get('/:id/manifest', { permission: 'read' }, async (req, res) => {
    const screen = await screens.get(actorOf(res), String(req.params.id));
    const { manifest } = await manifests.forScreen(screen.id);
    res.json(manifest ?? null);
  });
}
