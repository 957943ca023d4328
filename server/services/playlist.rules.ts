import type { Playlist } from '../domain/entities.ts';
import { ValidationError } from '../domain/errors.ts';
import {
  blockIfUsed,
  itself,
  own,
  ownGate,
  referenceChecker,
  scheduleVersions,
  type RuleDeps,
} from './entity.rules.ts';
import type { EntityRules } from './entity.service.ts';

/**
 * A playlist may name its gate, and names the messages and media of its items; schedules that play it and
 * gates that fall back to it block its delete.
 */
export function playlistRules({ repos, approvals, access }: RuleDeps): EntityRules<Playlist> {
  const mustExist = referenceChecker(access);
  const schedules = scheduleVersions(repos, approvals);
  return {
    noun: 'playlist',
    schema: 'playlist.json',
    permission: 'content:write',
    gatesOf: (p) => own(p.gateId),
    async check(p, actor) {
      if (p.gateId) await mustExist(repos.gates, 'gate', p.gateId, '/gateId', actor, itself);
      for (const [index, item] of p.items.entries()) {
        if (item.type === 'message') {
          const path = `/items/${index}/messageId`;
          await mustExist(repos.messages, 'message', item.messageId, path, actor, ownGate);
        } else if (item.type === 'image' || item.type === 'video') {
          const path = `/items/${index}/assetId`;
          const asset = await repos.assets.get(item.assetId);
          if (!asset)
            throw new ValidationError(
              `${path}: asset "${item.assetId}" does not exist`,
              path,
              'unknown_reference',
              { reason: 'unknown_reference', params: { noun: 'asset', id: item.assetId } },
            );
          if (asset.type !== item.type) {
            throw new ValidationError(
              `${path}: asset "${item.assetId}" is an ${asset.type}, not an ${item.type}`,
              path,
              'validation_failed',
              { reason: 'not_a_choice', params: { type: asset.type } },
            );
          }
        }
        if (item.validFrom && item.validUntil && item.validFrom >= item.validUntil) {
          throw new ValidationError(
            `/items/${index}/validUntil: must be after validFrom`,
            `/items/${index}/validUntil`,
            'validation_failed',
            { reason: 'until_before_from', params: { from: item.validFrom } },
          );
        }
      }
    },
    async beforeDelete(id) {
      blockIfUsed(
        'playlist',
        id,
        (await schedules()).filter((s) => s.playlistId === id).map((s) => s.id),
        'schedules',
        'schedule',
      );
      const gates = (await repos.gates.all()).filter((g) => g.defaultPlaylistId === id);
      blockIfUsed(
        'playlist',
        id,
        gates.map((g) => g.id),
        'gates (as their default playlist)',
        'gate',
      );
    },
  };
}
