import type { AlertFeedService } from '../services/alert-feed.service.ts';
import { acts, json, type InlineSchema } from './contract.ts';
import { actorOf, type GuardedRouter } from './route.table.ts';

/** What one poll of a feed did (AlertFeedService FeedPoll). */
const feedPoll: InlineSchema = {
  title: 'AlertFeedPoll',
  description:
    'What reading a feed source once did: how many entries the feed lists, how many were taken now with an alert, and the entries that gave none (retry: tried again at the next poll, as after a network failure; otherwise taken for good with this error).',
  type: 'object',
  additionalProperties: false,
  required: ['sourceId', 'at', 'entries', 'new', 'errors'],
  properties: {
    sourceId: { $ref: 'common.json#/$defs/id' },
    at: { $ref: 'common.json#/$defs/instant' },
    entries: { type: 'integer', minimum: 0 },
    new: { type: 'integer', minimum: 0 },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['message', 'retry'],
        properties: {
          entry: {
            type: 'string',
            description: 'The entry’s id; absent when the feed itself could not be read.',
          },
          message: { type: 'string' },
          retry: { type: 'boolean' },
        },
      },
    },
  },
};

/** /api/v1/alert-sources/:id/poll: read a feed source now, rather than at its next turn. */
export function alertFeedRoutes(router: GuardedRouter, feeds: AlertFeedService): void {
  router.post(
    '/:id/poll',
    {
      signedIn: true,
      summary: 'Read a feed source now: new entries become alerts (alert:manage)',
      responses: { 200: json(feedPoll), ...acts },
    },
    async (req, res) => {
      res.json(await feeds.pollNow(actorOf(res), String(req.params.id)));
    },
  );
}
