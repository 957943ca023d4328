// What the referential rules of the content nouns share (gate.rules.ts, screen.rules.ts, message.rules.ts,
// playlist.rules.ts, schedule.rules.ts): the reference check, the delete guard and the stored versions to
// look through. A delete is blocked by working copies and by approved versions alike, so what is on the
// screens never loses what it names.
import type { Principal } from '../domain/access.ts';
import type { Gate, Playlist, Schedule } from '../domain/entities.ts';
import { ConflictError, ValidationError } from '../domain/errors.ts';
import type { ApprovalRepository } from '../repositories/approval.repository.ts';
import type { EntityRepositories } from '../repositories/entity.repositories.ts';
import type { AccessPolicy } from './access.service.ts';

/** What every noun's rules are built from. */
export interface RuleDeps {
  repos: EntityRepositories;
  approvals: Pick<ApprovalRepository, 'approvedDocuments'>;
  access: Pick<AccessPolicy, 'visible'>;
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
    gatesOfReferenced: (found: R) => string[],
  ): Promise<R> => {
    const found = await repo.get(id);
    if (!found || !(await access.visible(actor, gatesOfReferenced(found))))
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
