// What the referential rules of the content nouns share (gate.rules.ts, screen.rules.ts, message.rules.ts,
// playlist.rules.ts, schedule.rules.ts): the reference check, the delete guard and the stored versions to
// look through. A delete is blocked by working copies and by approved versions alike, so what is on the
// screens never loses what it names.
import type { Principal } from '../domain/access.ts';
import type { Gate, Playlist, Schedule } from '../domain/entities.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../domain/errors.ts';
import type { ApprovalRepository } from '../repositories/approval.repository.ts';
import type { EntityRepositories } from '../repositories/entity.repositories.ts';
import type { AccessPolicy } from './access.service.ts';

/** What every noun's rules are built from. */
export interface RuleDeps {
  repos: EntityRepositories;
  approvals: Pick<ApprovalRepository, 'approvedDocuments'>;
  access: Pick<AccessPolicy, 'visible' | 'view'>;
}

/**
 * The check of one reference: it must name something the actor may read. Anything else answers as if it did
 * not exist (400 unknown_reference at the field's pointer), so the reply is no oracle for ids in other
 * provinces, and nothing of theirs gets pinned by our references.
 */
export function referenceChecker(access: Pick<AccessPolicy, 'visible'>) {
  return async <R>(
    repo: { get(id: string): Promise<R | undefined> },
    noun: string,
    id: string,
    path: string,
    actor: Principal,
    gatesOfReferenced: (found: R) => string[] | Promise<string[]>,
  ): Promise<R> => {
    const found = await repo.get(id);
    if (!found || !(await access.visible(actor, await gatesOfReferenced(found))))
      throw new ValidationError(`${path}: ${noun} "${id}" does not exist`, path, 'unknown_reference', {
        reason: 'unknown_reference',
        params: { noun, id },
      });
    return found;
  };
}

/** The gates of a referenced gate: itself. */
export const itself = (g: Gate): string[] => [g.id];

/** The gates of a referenced entity with an optional gateId: that gate, or none (shared by all). */
export const ownGate = (e: { gateId?: string | null | undefined }): string[] => (e.gateId ? [e.gateId] : []);

/** gatesOf for an entity of one gate, or of none. */
export const own = (gateId: string | null | undefined): Promise<string[]> =>
  Promise.resolve(gateId ? [gateId] : []);

/** Who a message or playlist belongs to (Contract C): a gate, a province, or neither (national). */
export interface Owned {
  gateId?: string | null | undefined;
  province?: string | null | undefined;
}

/**
 * The gates of a message or playlist: its gate; every gate of its province; none (national, shared by all).
 * A province without a gate (yet, or any more) stands for a gate nobody's gate scope holds, so its content
 * is never mistaken for national: only national scope sees and changes it then.
 */
export function ownerGates(repos: Pick<EntityRepositories, 'gates'>) {
  return async (e: Owned): Promise<string[]> => {
    if (e.gateId) return [e.gateId];
    if (!e.province) return [];
    const gates = (await repos.gates.all()).filter((g) => g.province === e.province).map((g) => g.id);
    return gates.length > 0 ? gates.sort() : [`province:${e.province}`];
  };
}

/**
 * Checks an owner (Contract C): a gate or a province, not both (gate_or_province); a gate the actor can
 * read (else unknown_reference); a province that some gate the actor can read lies in (else
 * unknown_reference).
 */
export function ownerChecker(deps: Pick<RuleDeps, 'repos' | 'access'>) {
  const mustExist = referenceChecker(deps.access);
  return async (e: Owned, actor: Principal): Promise<void> => {
    if (e.gateId && e.province)
      throw new ValidationError(
        '/province: belongs to a gate or to a province, not both',
        '/province',
        'validation_failed',
        { reason: 'gate_or_province' },
      );
    if (e.gateId) await mustExist(deps.repos.gates, 'gate', e.gateId, '/gateId', actor, itself);
    if (!e.province) return;
    const province = e.province;
    const view = await deps.access.view(actor);
    const gates = (await deps.repos.gates.all()).filter((g) => g.province === province);
    if (!gates.some((g) => view.visible([g.id])))
      throw new ValidationError(
        `/province: province "${province}" does not exist`,
        '/province',
        'unknown_reference',
        {
          reason: 'unknown_reference',
          params: { noun: 'province', id: province },
        },
      );
  };
}

/**
 * A province's content is maintained by those whose scope holds the province, or national scope: not by
 * the editor of one of its gates (outside_scope at /province). Checked on the stored version and the new.
 */
export function assertOwnerScope(e: Owned, actor: Principal): void {
  const { province } = e;
  if (e.gateId || !province || actor.scope.global === true) return;
  if (!(actor.scope.provinces ?? []).includes(province))
    throw new ForbiddenError(`/province: "${province}" is outside your scope`, '/province', {
      reason: 'outside_scope',
      params: { province },
    });
}

/**
 * Refuses a delete (409, reason in_use with params { by: the noun of the users, ids }) while `users` (ids of
 * `what`) still name the entity.
 */
export function blockIfUsed(noun: string, id: string, users: string[], what: string, by: string): void {
  if (users.length > 0)
    throw new ConflictError(`${noun} "${id}" is still used by ${what} ${names(users)}`, undefined, {
      reason: 'in_use',
      params: { by, ids: [...new Set(users)] },
    });
}

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

/** Every version of every schedule: working copies and approved ones. */
export function scheduleVersions(
  repos: Pick<EntityRepositories, 'schedules'>,
  approvals: Pick<ApprovalRepository, 'approvedDocuments'>,
): () => Promise<Schedule[]> {
  return async () => [
    ...(await repos.schedules.all()),
    ...(await approvals.approvedDocuments<Schedule>('schedule')),
  ];
}
