import { gateInScope } from '../domain/access.ts';
import type { Gate, Message } from '../domain/entities.ts';
import { ForbiddenError, ValidationError } from '../domain/errors.ts';
import {
  blockIfUsed,
  ownerGates,
  playlistVersions,
  referenceChecker,
  scheduleVersions,
  type RuleDeps,
} from './entity.rules.ts';
import type { EntityRules } from './entity.service.ts';

/**
 * A gate names its default playlist; screens, messages and playlists that belong to it and schedules that
 * name it block its delete.
 */
export function gateRules({ repos, approvals, access }: RuleDeps): EntityRules<Gate> {
  const mustExist = referenceChecker(access);
  const playlists = playlistVersions(repos, approvals);
  const schedules = scheduleVersions(repos, approvals);
  return {
    noun: 'gate',
    schema: 'gate.json',
    permission: 'gate:write',
    gatesOf: (g) => Promise.resolve([g.id]),
    async check(g, actor) {
      // Two dimming levels from the same minute: which one the board shows would be a guess.
      const dimming = g.hours?.dimming ?? [];
      const twice = dimming.findIndex((d, i) => dimming.findIndex((e) => e.from === d.from) !== i);
      if (twice >= 0)
        throw new ValidationError(
          `two dimming levels start at ${dimming[twice]?.from ?? ''}`,
          `/hours/dimming/${twice}/from`,
        );
      if (g.defaultPlaylistId)
        await mustExist(
          repos.playlists,
          'playlist',
          g.defaultPlaylistId,
          '/defaultPlaylistId',
          actor,
          ownerGates(repos),
        );
    },
    // The gate's stored province decides today's scope; the province it would get must be in scope too, so
    // nobody moves a gate out of their reach into someone else's.
    assertScope(g, actor) {
      if (!gateInScope(actor.scope, g))
        throw new ForbiddenError(`/province: "${g.province}" is outside your scope`, '/province', {
          reason: 'outside_scope',
          params: { province: g.province },
        });
    },
    async beforeDelete(id) {
      blockIfUsed(
        'gate',
        id,
        (await repos.screens.all()).filter((s) => s.gateId === id).map((s) => s.id),
        'screens',
        'screen',
      );
      blockIfUsed(
        'gate',
        id,
        (await playlists()).filter((p) => p.gateId === id).map((p) => p.id),
        'playlists',
        'playlist',
      );
      // Messages that belong to the gate (Contract C) would be left to nobody but national scope.
      const messages = [
        ...(await repos.messages.all()),
        ...(await approvals.approvedDocuments<Message>('message')),
      ];
      blockIfUsed(
        'gate',
        id,
        messages.filter((m) => m.gateId === id).map((m) => m.id),
        'messages',
        'message',
      );
      const users = (await schedules()).filter((s) => s.targets.gates?.includes(id));
      blockIfUsed(
        'gate',
        id,
        users.map((s) => s.id),
        'schedules',
        'schedule',
      );
    },
  };
}
