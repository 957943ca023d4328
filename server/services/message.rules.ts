import type { Message } from '../domain/entities.ts';
import {
  assertOwnerScope,
  blockIfUsed,
  ownerChecker,
  ownerGates,
  playlistVersions,
  type RuleDeps,
} from './entity.rules.ts';
import type { EntityRules } from './entity.service.ts';

/**
 * A message belongs to a gate, a province or the nation (Contract C); playlists that show it block its
 * delete.
 */
export function messageRules({ repos, approvals, access }: RuleDeps): EntityRules<Message> {
  const checkOwner = ownerChecker({ repos, access });
  const playlists = playlistVersions(repos, approvals);
  return {
    noun: 'message',
    schema: 'message.json',
    permission: 'content:write',
    // Emergency level follows the grassroots-radio rules: only those who may send emergencies write one.
    extraPermission: (m) =>
      m.level === 'emergency'
        ? { permission: 'emergency', why: 'a message of level "emergency"' }
        : undefined,
    gatesOf: ownerGates(repos),
    check: checkOwner,
    assertScope: assertOwnerScope,
    async beforeDelete(id) {
      const users = (await playlists()).filter((p) =>
        p.items.some((i) => i.type === 'message' && i.messageId === id),
      );
      blockIfUsed(
        'message',
        id,
        users.map((p) => p.id),
        'playlists',
        'playlist',
      );
    },
  };
}
