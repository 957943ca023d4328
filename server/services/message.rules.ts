import { parseFields } from '../../shared/data.fields.ts';
import type { Message } from '../domain/entities.ts';
import { ValidationError } from '../domain/errors.ts';
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

/**
 * A message is submitted only with well-formed fields ({{rates.USD.sell}}): a text with an unclosed or
 * unknown one would reach the board as written. A draft may hold them (the editor shows where); submitting
 * refuses the first, at its text (`/variants/vi/body`), with what is wrong and where (a UTF-16 offset).
 */
export function assertFieldsWellFormed(message: Pick<Message, 'variants'>, what: string): void {
  for (const [lang, variant] of Object.entries(message.variants)) {
    for (const part of ['title', 'body', 'ticker'] as const) {
      const text = variant?.[part];
      if (text === undefined) continue;
      const [problem] = parseFields(text).problems;
      if (!problem) continue;
      throw new ValidationError(
        `${what}: the ${part} in ${lang} has a malformed field (${problem.reason}) at "${text.slice(problem.start, problem.end).slice(0, 60)}": fix it before submitting`,
        `/variants/${lang}/${part}`,
        'validation_failed',
        { reason: 'malformed_field', params: { problem: problem.reason, at: problem.start } },
      );
    }
  }
}
