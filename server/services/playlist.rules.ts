import type { Message, Playlist } from '../domain/entities.ts';
import { ValidationError } from '../domain/errors.ts';
import {
  assertOwnerScope,
  blockIfUsed,
  ownerChecker,
  ownerGates,
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
  const checkOwner = ownerChecker({ repos, access });
  const gatesOf = ownerGates(repos);
  // Whether the screens of the playlist's owner may show the message: a gate's playlist shows messages of
  // that gate, of its province and national ones; a province's, those of the province and national ones; a
  // national playlist, national ones.
  const mayShow = async (p: Playlist, m: Message): Promise<boolean> => {
    if (!m.gateId && !m.province) return true;
    if (p.gateId) {
      if (m.gateId) return m.gateId === p.gateId;
      return (await repos.gates.get(p.gateId))?.province === m.province;
    }
    return !!p.province && !m.gateId && m.province === p.province;
  };
  const schedules = scheduleVersions(repos, approvals);
  return {
    noun: 'playlist',
    schema: 'playlist.json',
    permission: 'content:write',
    gatesOf,
    assertScope: assertOwnerScope,
    async check(p, actor) {
      await checkOwner(p, actor);
      for (const [index, item] of p.items.entries()) {
        if (item.type === 'message') {
          const path = `/items/${index}/messageId`;
          const m = await mustExist(repos.messages, 'message', item.messageId, path, actor, gatesOf);
          if (!(await mayShow(p, m)))
            throw new ValidationError(
              `${path}: message "${m.id}" belongs to ${m.gateId ? `gate "${m.gateId}"` : `province "${m.province ?? ''}"`}, whose screens are not this playlist's`,
              path,
              'validation_failed',
              { reason: 'outside_scope', params: { noun: 'message', id: m.id } },
            );
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
