import type { Screen } from '../domain/entities.ts';
import type { DeviceService } from '../services/device.service.ts';
import type { EntityService } from '../services/entity.service.ts';
import type { ManifestService } from '../services/manifest.service.ts';
import type { ScreenInput } from '../../schemas/types.ts';
import { actorOf, type GuardedRouter } from './route.table.ts';

/** Screen sub-resources: device tokens and manifest status, within the caller's scope. */
export function screenExtraRoutes(
  router: GuardedRouter,
  screens: EntityService<ScreenInput, Screen>,
  devices: DeviceService,
  manifests: ManifestService,
): void {
  router.post('/:id/tokens', { permission: 'screen:write' }, async (req, res) => {
    const screen = await screens.authorizeWrite(actorOf(res), String(req.params.id));
    res.status(201).json(await devices.createToken(screen.id, req.body));
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
