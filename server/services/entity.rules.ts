import { gateInScope, ownerScope, type Principal } from '../domain/access.ts';
import type { Gate, Message, Playlist, Schedule, Screen } from '../domain/entities.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../domain/errors.ts';
import { targetsScreen } from '../domain/schedule.compiler.ts';
import type { AccessPolicy } from './access.service.ts';
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
  access: Pick<AccessPolicy, 'visible'>,
) {
  const playlists = playlistVersions(repos, approvals);
  const schedules = async () => [
    ...(await repos.schedules.all()),
    ...(await approvals.approvedDocuments<Schedule>('schedule')),
  ];

  // A reference must name something the actor may read; anything else answers as if it did not exist, so
  // the reply is no oracle for ids in other provinces (and nothing of theirs gets pinned by our references).
  const mustExist = async <R>(
    repo: { get(id: string): Promise<R | undefined> },
    noun: string,
    id: string,
    path: string,
    actor: Principal,
    gatesOfReferenced: (found: R) => string[],
  ): Promise<R> => {
    const found = await repo.get(id);
    if (!found || !(await access.visible(actor, gatesOfReferenced(found))))
      throw new ValidationError(`${path}: ${noun} "${id}" does not exist`, path, 'unknown_reference');
    return found;
  };
  const itself = (g: Gate) => [g.id];
  const ownGate = (e: { gateId?: string | null | undefined }) => (e.gateId ? [e.gateId] : []);
  const blockIfUsed = (noun: string, id: string, users: string[], what: string) => {
    if (users.length > 0) throw new ConflictError(`${noun} "${id}" is still used by ${what} ${names(users)}`);
  };

  const own = (gateId: string | null | undefined) => Promise.resolve(gateId ? [gateId] : []);

  const gate: EntityRules<Gate> = {
    noun: 'gate',
    schema: 'gate.json',
    permission: 'gate:write',
    gatesOf: (g) => Promise.resolve([g.id]),
    async check(g, actor) {
      if (g.defaultPlaylistId)
        await mustExist(
          repos.playlists,
          'playlist',
          g.defaultPlaylistId,
          '/defaultPlaylistId',
          actor,
          ownGate,
        );
    },
    // The gate's stored province decides today's scope; the province it would get must be in scope too, so
    // nobody moves a gate out of their reach into someone else's.
    assertScope(g, actor) {
      if (!gateInScope(actor.scope, g))
        throw new ForbiddenError(`/province: "${g.province}" is outside your scope`, '/province');
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
    async check(s, actor) {
      await mustExist(repos.gates, 'gate', s.gateId, '/gateId', actor, itself);
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
      );
    },
  };

  const playlist: EntityRules<Playlist> = {
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
    // Every gate whose screens the schedule can reach, through any kind of target (the compiler's own rule).
    async gatesOf(s) {
      const gates = new Set(s.targets.gates ?? []);
      if ((s.targets.screens ?? []).length > 0 || (s.targets.groups ?? []).length > 0) {
        const all = await repos.gates.all();
        const provinces = new Map(all.map((g) => [g.id, g.province]));
        for (const screen of await repos.screens.all()) {
          if (targetsScreen(s, { ...screen, province: provinces.get(screen.gateId) }))
            gates.add(screen.gateId);
        }
        // Group targets of a provincial schedule may reach any gate of its owner's scope, tagged yet or not.
        const { owner } = s;
        if (owner && (s.targets.groups ?? []).length > 0)
          for (const g of all) if (gateInScope(owner, g)) gates.add(g.id);
      }
      return [...gates].sort();
    },
    // Group targets reach only screens within the scope of whoever created the schedule.
    serverFields: (actor, existing) => {
      const owner = existing ? existing.owner : ownerScope(actor);
      return owner ? { owner } : {};
    },
    async check(s, actor) {
      await mustExist(repos.playlists, 'playlist', s.playlistId, '/playlistId', actor, ownGate);
      for (const [i, id] of (s.targets.gates ?? []).entries())
        await mustExist(repos.gates, 'gate', id, `/targets/gates/${i}`, actor, itself);
      for (const [i, id] of (s.targets.screens ?? []).entries()) {
        await mustExist(repos.screens, 'screen', id, `/targets/screens/${i}`, actor, ownGate);
      }
      if (s.from && s.until && s.from > s.until) {
        throw new ValidationError(`/until: must not be before from (${s.from})`, '/until');
      }
    },
  };

  return { gate, screen, message, playlist, schedule };
}
