import type { Response } from 'express';
import { DomainError, NotFoundError } from '../domain/errors.ts';
import type { AssetService, MediaFile } from '../services/asset.service.ts';
import { mediaCaller } from './auth.middleware.ts';
import {
  bytes,
  changes,
  created,
  empty,
  error,
  errors,
  readsOne,
  stored,
  type Responses,
} from './contract.ts';
import { resourceRoutes } from './entity.routes.ts';
import { actorOf, type GuardedRouter } from './route.table.ts';

/**
 * /api/v1/assets: the common resource routes, with POST taking raw bytes (?name=…) instead of JSON.
 * Media is a shared library: every reader sees it, any content writer adds to it, and only people whose scope
 * covers the uploader's rename, retag or delete an asset (the service decides).
 */
export function assetRoutes(router: GuardedRouter, assets: AssetService): void {
  router.post(
    '/',
    {
      signedIn: true,
      summary: 'Upload an image or video (the bytes are the body; ?name= names it)',
      // Recognised by content, whatever the Content-Type says.
      body: { raw: ['application/octet-stream', 'image/*', 'video/*'] },
      serviceQuery: 'asset.json#/$defs/uploadQuery',
      responses: { 201: created(stored('asset')), ...changes, ...errors(413, 415, 422) },
    },
    async (req, res) => {
      try {
        res.status(201).json(await assets.upload(actorOf(res), req.query, req));
      } catch (err) {
        // Refused before the body ended (too large, not a supported type): the rest of it is still on the
        // wire, so this connection cannot carry another request.
        if (!req.complete) res.setHeader('Connection', 'close');
        throw err;
      }
    },
  );
  router.get(
    '/:id/thumbnail',
    { signedIn: true, summary: "An asset's console thumbnail", responses: { ...blob, ...readsOne } },
    async (req, res) => {
      // The URL names the asset, not the bytes (an id can be deleted and used again): revalidate by ETag.
      await sendBlob(res, await assets.thumbnail(actorOf(res), String(req.params.id)), 'private, no-cache');
    },
  );
  resourceRoutes(router, assets, { one: 'asset', many: 'assets' });
}

/** A blob, sent with Range, If-Range and ETag (If-None-Match) support. */
const blob = {
  200: bytes('The bytes'),
  206: bytes('The requested byte range'),
  304: empty('Not modified (If-None-Match)'),
  416: error('The requested byte range lies outside the file'),
} satisfies Responses;

/**
 * /media/:sha256: the bytes, immutable and cacheable forever (the URL is the hash of the content), with a
 * strong ETag (the hash) and Range, so an interrupted download resumes (If-Range). Only signed-in users and
 * devices (for their own manifest's files) get them.
 */
export function mediaRoutes(router: GuardedRouter, assets: AssetService): void {
  router.get(
    '/:sha256',
    {
      deviceOrSignedIn: true,
      summary: 'The bytes of a file, by its SHA-256',
      responses: { ...blob, ...readsOne },
    },
    async (req, res) => {
      await sendBlob(res, await assets.media(String(req.params.sha256), mediaCaller(res)));
    },
  );
}

type SendError = Error & { status?: number; code?: string };

// send (under res.sendFile) answers Range, If-Range, If-None-Match and HEAD from the headers set here; its
// errors come back through the callback and are answered like every other error, without the cache headers.
function sendBlob(
  res: Response,
  file: MediaFile,
  cacheControl = 'public, max-age=31536000, immutable',
): Promise<void> {
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('ETag', `"${file.sha256}"`);
  res.setHeader('Content-Type', file.mime);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  return new Promise((resolve, reject) => {
    const options = { etag: false, lastModified: false, acceptRanges: true, cacheControl: false };
    res.sendFile(file.path, options, (err?: SendError) => {
      // Done, or the client went away mid-body (it resumes with a Range later): nothing more to answer.
      if (!err || res.headersSent || err.code === 'ECONNABORTED' || err.code === 'ECONNRESET') {
        resolve();
        return;
      }
      for (const name of ['Cache-Control', 'ETag', 'Content-Type']) res.removeHeader(name);
      if (err.status === 416) {
        reject(
          new DomainError(
            'range_not_satisfiable',
            416,
            'the requested byte range lies outside the file (Content-Range gives its size)',
          ),
        );
      } else if (err.status === 404) {
        reject(new NotFoundError('no such media'));
      } else {
        reject(err);
      }
    });
  });
}
