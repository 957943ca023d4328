import type { Gate, Message, Playlist, Schedule, Screen } from '../domain/entities.ts';
import { ConflictError, ValidationError } from '../domain/errors.ts';
import type { ApprovalRepository } from '../repositories/approval.repository.ts';
import type { EntityRepositories } from '../repositories/entity.repositories.ts';
import type { EntityRules } from './entity.service.ts';

function names(ids: string[]): string {
  return [...new Set(ids)].map((id) => `"${id}"`).join(', ');
}

/** Every version of every playlist that may be on screens or be approved next: working copies and approved ones. */
export function playlistVersions(
  repos: Pick<EntityRepositories, 'playlists'>,
  approvals: Pick<ApprovalRepository, 'approvedDocuments'>,
): () => Promise<Playlist[]> {
  return async () => [
    ...(await repos.playlists.all()),
    ...(await approvals.approvedDocuments<Playlist>('playlist')),
  ];
}

/**
 * The referential rules of every content noun: what must exist, and what blocks a delete. A delete is blocked
 * by working copies and by approved versions alike, so what is on the screens never loses what it names.
 */
export function createEntityRules(
  repos: EntityRepositories,
  approvals: Pick<ApprovalRepository, 'approvedDocuments'>,
) {
  const playlists = playlistVersions(repos, approvals);
  const schedules = async () => [
    ...(await repos.schedules.all()),
    ...(await approvals.approvedDocuments<Schedule>('schedule')),
  ];

  const mustExist = async (
    repo: { get(id: string): Promise<unknown> },
    noun: string,
    id: string,
    path: string,
  ) => {
    if (!(await repo.get(id)))
      throw new ValidationError(`${path}: ${noun} "${id}" does not exist`, path, 'unknown_reference');
  };
  const blockIfUsed = (noun: string, id: string, users: string[], what: string) => {
    if (users.length > 0) throw new ConflictError(`${noun} "${id}" is still used by ${what} ${names(users)}`);
  };

  const own = (gateId: string | null | undefined) => Promise.resolve(gateId ? [gateId] : []);

  const gate: EntityRules<Gate> = {
    noun: 'gate',
    schema: 'gate.json',
    permission: 'gate:write',
    gatesOf: (g) => Promise.resolve([g.id]),
    async check(g) {
      if (g.defaultPlaylistId)
        await mustExist(repos.playlists, 'playlist', g.defaultPlaylistId, '/defaultPlaylistId');
    },
    async beforeDelete(id) {
      blockIfUsed(
        'gate',
        id,
        (await repos.screens.all()).filter((s) => s.gateId === id).map((s) => s.id),
        'screens',
      );
      blockIfUsed(
        'gate',
        id,
        (await playlists()).filter((p) => p.gateId === id).map((p) => p.id),
        'playlists',
      );
      const users = (await schedules()).filter((s) => s.targets.gates?.includes(id));
      blockIfUsed(
        'gate',
        id,
        users.map((s) => s.id),
        'schedules',
      );
    },
  };

  const screen: EntityRules<Screen> = {
    noun: 'screen',
    schema: 'screen.json',
    permission: 'screen:write',
    gatesOf: (s) => own(s.gateId),
    async check(s) {
      await mustExist(repos.gates, 'gate', s.gateId, '/gateId');
    },
    async beforeDelete(id) {
      const users = (await schedules()).filter((s) => s.targets.screens?.includes(id));
      blockIfUsed(
        'screen',
        id,
        users.map((s) => s.id),
        'schedules',
      );
    },
  };

  const message: EntityRules<Message> = {
    noun: 'message',
    schema: 'message.json',
    permission: 'content:write',
    // Emergency level follows the grassroots-radio rules: only those who may send emergencies write one.
    extraPermission: (m) =>
      m.level === 'emergency'
        ? { permission: 'emergency', why: 'a message of level "emergency"' }
        : undefined,
    gatesOf: (m) => own(m.gateId),
    async check(m) {
      if (m.gateId) await mustExist(repos.gates, 'gate', m.gateId, '/gateId');
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
      );
    },
  };

  const playlist: EntityRules<Playlist> = {
    noun: 'playlist',
    schema: 'playlist.json',
    permission: 'content:write',
    gatesOf: (p) => own(p.gateId),
    async check(p) {
      if (p.gateId) await mustExist(repos.gates, 'gate', p.gateId, '/gateId');
      for (const [index, item] of p.items.entries()) {
        if (item.type === 'message') {
          await mustExist(repos.messages, 'message', item.messageId, `/items/${index}/messageId`);
        } else if (item.type === 'image' || item.type === 'video') {
          const path = `/items/${index}/assetId`;
          const asset = await repos.assets.get(item.assetId);
          if (!asset)
            throw new ValidationError(
              `${path}: asset "${item.assetId}" does not exist`,
              path,
              'unknown_reference',
            );
          if (asset.type !== item.type) {
            throw new ValidationError(
              `${path}: asset "${item.assetId}" is an ${asset.type}, not an ${item.type}`,
              path,
            );
          }
        }
        if (item.validFrom && item.validUntil && item.validFrom >= item.validUntil) {
          throw new ValidationError(
            `/items/${index}/validUntil: must be after validFrom`,
            `/items/${index}/validUntil`,
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
      );
      const gates = (await repos.gates.all()).filter((g) => g.defaultPlaylistId === id);
      blockIfUsed(
        'playlist',
        id,
        gates.map((g) => g.id),
        'gates (as their default playlist)',
      );
    },
  };

  const schedule: EntityRules<Schedule> = {
    noun: 'schedule',
    schema: 'schedule.json',
    permission: 'content:write',
    // Every gate whose screens the schedule can reach, through any kind of target.
    async gatesOf(s) {
      const gates = new Set(s.targets.gates ?? []);
      const named = new Set(s.targets.screens ?? []);
      const groups = new Set(s.targets.groups ?? []);
      if (named.size > 0 || groups.size > 0) {
        for (const screen of await repos.screens.all()) {
          if (named.has(screen.id) || (screen.groups ?? []).some((g) => groups.has(g)))
            gates.add(screen.gateId);
        }
      }
      return [...gates].sort();
    },
    async check(s) {
      await mustExist(repos.playlists, 'playlist', s.playlistId, '/playlistId');
      for (const [i, id] of (s.targets.gates ?? []).entries())
        await mustExist(repos.gates, 'gate', id, `/targets/gates/${i}`);
      for (const [i, id] of (s.targets.screens ?? []).entries()) {
        await mustExist(repos.screens, 'screen', id, `/targets/screens/${i}`);
      }
      if (s.from && s.until && s.from > s.until) {
        throw new ValidationError(`/until: must not be before from (${s.from})`, '/until');
      }
    },
  };

  return { gate, screen, message, playlist, schedule };
}
