import type { Response } from 'express';
import type { AssetService, MediaFile } from '../services/asset.service.ts';
import { mediaCaller } from './auth.middleware.ts';
import { resourceRoutes } from './entity.routes.ts';
import type { GuardedRouter } from './route.table.ts';

/**
 * /api/v1/assets: the common resource routes, with POST taking raw bytes (?name=…) instead of JSON.
 * Media is a shared library: any content writer may add to it; playlists (scoped) decide where it shows.
 */
export function assetRoutes(router: GuardedRouter, assets: AssetService): void {
  router.post('/', { permission: 'content:write' }, async (req, res) => {
    res.status(201).json(await assets.upload(req.query, req));
  });
  router.get('/:id/thumbnail', { permission: 'read' }, async (req, res) => {
    sendBlob(res, await assets.thumbnail(String(req.params.id)));
  });
  resourceRoutes(
    router,
    {
      list: (_actor, limit, offset) => assets.list(limit, offset),
      get: (_actor, id) => assets.get(id),
      update: (_actor, id, body) => assets.update(id, body),
      remove: (_actor, id) => assets.remove(id),
    },
    'content:write',
  );
}

/**
 * /media/:sha256: the bytes, immutable and cacheable forever (the URL is the hash of the content), with a
 * strong ETag (the hash) and Range, so an interrupted download resumes (If-Range). Only signed-in users and
 * devices (for their own manifest's files) get them.
 */
export function mediaRoutes(router: GuardedRouter, assets: AssetService): void {
  router.get('/:sha256', { deviceOrSignedIn: true }, async (req, res) => {
    sendBlob(res, await assets.media(String(req.params.sha256), mediaCaller(res)));
  });
}

function sendBlob(res: Response, file: MediaFile): void {
  res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  res.setHeader('ETag', `"${file.sha256}"`);
  res.setHeader('Content-Type', file.mime);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.sendFile(file.path, { etag: false, lastModified: false, acceptRanges: true, cacheControl: false });
}
