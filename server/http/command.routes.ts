import express from 'express';
import type { LimitQuery } from '../../schemas/types.ts';
import type { CommandService } from '../services/command.service.ts';
import { changes, created, errors, json, orNull, page, readsOne } from './contract.ts';
import { pageOf } from './page.ts';
import { actorOf, queryOf, type DeviceCaller, type GuardedRouter } from './route.table.ts';

const png = express.raw({ type: 'image/png', limit: '32mb' });

/**
 * Remote commands and screenshots: an operator with screen:write over the screen's gate sends a command
 * and gets its result; the screen's own player uploads the screenshot a command asked for.
 */
export function commandRoutes(router: GuardedRouter, commands: CommandService): void {
  router.post(
    '/:id/commands',
    {
      signedIn: true,
      summary: 'Send a remote command to a screen',
      body: 'report.json#/$defs/commandInput',
      responses: { 201: created('report.json#/$defs/command'), ...changes },
    },
    async (req, res) => {
      res.status(201).json(await commands.send(actorOf(res), String(req.params.id), req.body));
    },
  );
  router.get(
    '/:id/commands',
    {
      signedIn: true,
      summary: "A screen's recent commands, newest first",
      query: ['common.json#/$defs/limitQuery'],
      responses: { 200: json(page('report.json#/$defs/command')), ...readsOne },
    },
    async (req, res) => {
      const { limit = 50 } = queryOf<LimitQuery>(res);
      const items = await commands.recent(actorOf(res), String(req.params.id), limit);
      res.json(pageOf(items, { limit }));
    },
  );
  // Only a device passes with its own token; an operator gets 403 (screenshots come from players only).
  router.post(
    '/:id/screenshots',
    {
      deviceOrSignedIn: true,
      summary: "The screen's own player uploads the screenshot a command asked for",
      body: { raw: ['image/png'] },
      serviceQuery: {
        type: 'object',
        required: ['command'],
        properties: { command: { $ref: 'common.json#/$defs/id', description: 'The command it answers' } },
      },
      responses: { 201: created('report.json#/$defs/screenshot'), ...changes, ...errors(413, 415) },
    },
    png,
    async (req, res) => {
      const device = res.locals.device as DeviceCaller | undefined;
      const commandId = typeof req.query.command === 'string' ? req.query.command : '';
      res
        .status(201)
        .json(await commands.storeScreenshot(device, String(req.params.id), commandId, req.body));
    },
  );
  // JSON facts of the newest screenshot (null before the first); ?format=png answers its bytes.
  router.get(
    '/:id/screenshot/latest',
    {
      signedIn: true,
      summary: 'The newest screenshot of a screen (null before the first); ?format=png: its bytes',
      query: [
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            format: { type: 'string', enum: ['png'], description: 'png: the image itself' },
            id: {
              $ref: 'common.json#/$defs/id',
              description: 'The screenshot the caller has seen (a cache key); the newest is answered',
            },
          },
        },
      ],
      responses: {
        200: {
          description: 'The newest screenshot (null before the first); with ?format=png, its bytes',
          content: {
            'application/json': orNull('report.json#/$defs/screenshot'),
            'image/png': { type: 'string', contentMediaType: 'image/png' },
          },
        },
        ...readsOne,
      },
    },
    async (req, res) => {
      const actor = actorOf(res);
      const screenId = String(req.params.id);
      if (req.query.format === 'png') {
        res.setHeader('Cache-Control', 'private, no-store');
        res.type('image/png').send(Buffer.from(await commands.latestScreenshotPng(actor, screenId)));
        return;
      }
      res.json(await commands.latestScreenshot(actor, screenId));
    },
  );
}
