import type { ScreenGeometryService } from '../services/screen-geometry.service.ts';
import { acts, changes, created, json, readsOne } from './contract.ts';
import { actorOf, type GuardedRouter } from './route.table.ts';

const state = 'screen-geometry.json#/$defs/state';
const preview = 'screen-geometry.json#/$defs/preview';

/**
 * An LED board's region with a safety net: preview the new one on the board, then apply or cancel; restore
 * the one the last change replaced. The service checks that the caller may edit the screen.
 */
export function screenGeometryRoutes(router: GuardedRouter, geometry: ScreenGeometryService): void {
  router.get(
    '/:id/geometry',
    {
      signedIn: true,
      summary: "A screen's region, the one restore brings back, the preview showing and recent changes",
      responses: { 200: json(state), ...readsOne },
    },
    async (req, res) => {
      res.json(await geometry.state(actorOf(res), String(req.params.id)));
    },
  );
  router.post(
    '/:id/geometry/preview',
    {
      signedIn: true,
      summary: 'Show the test pattern at a proposed region on the board (nothing is stored)',
      body: 'screen-geometry.json#/$defs/previewInput',
      responses: { 201: created(preview), ...changes },
    },
    async (req, res) => {
      res.status(201).json(await geometry.preview(actorOf(res), String(req.params.id), req.body));
    },
  );
  router.post(
    '/:id/geometry/cancel',
    {
      signedIn: true,
      summary: 'End a preview: the board goes back to its stored region at once',
      body: 'screen-geometry.json#/$defs/cancelInput',
      responses: { 200: json(preview), ...changes },
    },
    async (req, res) => {
      res.json(await geometry.cancel(actorOf(res), String(req.params.id), req.body));
    },
  );
  router.post(
    '/:id/geometry/apply',
    {
      signedIn: true,
      summary: 'Make the region the board is previewing the screen’s (the replaced one is kept)',
      body: 'screen-geometry.json#/$defs/applyInput',
      responses: { 200: json(state), ...changes },
    },
    async (req, res) => {
      res.json(await geometry.apply(actorOf(res), String(req.params.id), req.body));
    },
  );
  router.post(
    '/:id/geometry/restore',
    {
      signedIn: true,
      summary: 'Bring back the region the last change replaced',
      responses: { 200: json(state), ...acts },
    },
    async (req, res) => {
      res.json(await geometry.restore(actorOf(res), String(req.params.id)));
    },
  );
}
