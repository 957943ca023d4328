import type { Message } from '../domain/entities.ts';
import {
  blockIfUsed,
  itself,
  own,
  playlistVersions,
  referenceChecker,
  type RuleDeps,
} from './entity.rules.ts';
import type { EntityRules } from './entity.service.ts';

/** A message may name its gate; playlists that show it block its delete. */
export function messageRules({ repos, approvals, access }: RuleDeps): EntityRules<Message> {
  const mustExist = referenceChecker(access);
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
    gatesOf: (m) => own(m.gateId),
    async check(m, actor) {
      if (m.gateId) await mustExist(repos.gates, 'gate', m.gateId, '/gateId', actor, itself);
    },
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
