import type { Scope } from '../../schemas/types.ts';
import { can, gateInScope, rolesGranting, type Permission, type Principal } from '../domain/access.ts';
import { ForbiddenError, NotFoundError } from '../domain/errors.ts';
import type { Screen } from '../domain/entities.ts';
import type { EntityRepositories } from '../repositories/entity.repositories.ts';

/** One principal's scope, checked without reading anything more. */
export interface ScopeView {
  /** Whether an entity touching these gates is visible (none: shared, always). */
  visible(gateIds: readonly string[]): boolean;
  /** Whether everything `scope` reaches lies within the principal's. */
  covers(scope: Scope): boolean;
}

/**
 * Applies roles and scopes to entities. An entity touches a set of gates: none means it is shared
 * (a library item); a principal sees it when any of its gates is in scope (shared: always), and may
 * change it when all of them are (shared: only with global scope).
 */
export class AccessPolicy {
  private readonly repos: Pick<EntityRepositories, 'gates' | 'screens'>;

  constructor(repos: Pick<EntityRepositories, 'gates' | 'screens'>) {
    this.repos = repos;
  }

  /** Throws ForbiddenError unless one of the principal's roles grants the permission. */
  assertCan(actor: Principal, permission: Permission): void {
    if (!can(actor, permission)) {
      const roles = rolesGranting(permission);
      throw new ForbiddenError(`this needs one of the roles ${roles.join(', ')}`, undefined, {
        reason: 'needs_role',
        params: { roles },
      });
    }
  }

  /** The ids of the gates in the principal's scope, or 'all'. */
  async gatesInScope(actor: Principal): Promise<Set<string> | 'all'> {
    if (actor.scope.global === true) return 'all';
    const gates = await this.repos.gates.all();
    return new Set(gates.filter((g) => gateInScope(actor.scope, g)).map((g) => g.id));
  }

  /** Whether the principal may see an entity touching these gates. */
  async visible(actor: Principal, gateIds: readonly string[]): Promise<boolean> {
    return (await this.view(actor)).visible(gateIds);
  }

  /**
   * The principal's scope as two checks that need no further reads: `visible` and `covers` for a whole
   * list at the cost of one look at the gates.
   */
  async view(actor: Principal): Promise<ScopeView> {
    const gates = await this.gatesInScope(actor);
    const provinces = new Set(actor.scope.provinces ?? []);
    const has = (id: string) => gates === 'all' || gates.has(id);
    return {
      visible: (gateIds) => gateIds.length === 0 || gateIds.some(has),
      covers: (scope) =>
        actor.scope.global === true ||
        (scope.global !== true &&
          (scope.provinces ?? []).every((p) => provinces.has(p)) &&
          (scope.gates ?? []).every(has)),
    };
  }

  /** Throws ForbiddenError unless the principal may change an entity touching these gates. */
  async assertWritable(actor: Principal, gateIds: readonly string[], what: string): Promise<void> {
    const scope = await this.gatesInScope(actor);
    if (scope === 'all') return;
    if (gateIds.length === 0)
      throw new ForbiddenError(
        `${what} is shared by every gate: only a user with national scope may change it`,
        undefined,
        { reason: 'national_only' },
      );
    const outside = gateIds.filter((id) => !scope.has(id));
    if (outside.length > 0)
      throw new ForbiddenError(`${what} reaches gates outside your scope: ${outside.join(', ')}`, undefined, {
        reason: 'outside_scope',
        params: { gates: outside },
      });
  }

  /**
   * Whether the principal's scope covers everything `scope` reaches: national covers all; otherwise every
   * gate must be in the principal's scope (directly or through its province) and every province listed in it.
   * A national scope is covered only by a national one.
   */
  async covers(actor: Principal, scope: Scope): Promise<boolean> {
    return (await this.view(actor)).covers(scope);
  }

  /**
   * The screen, once the principal may read it (`read`) or act on it (any other permission, e.g.
   * `screen:write`): the same rule as the screen itself, for the data other services keep about a screen
   * (heartbeats, plays, commands, device tokens, manifest state). Out of scope answers as not found.
   */
  async screen(actor: Principal, screenId: string, permission: Permission): Promise<Screen> {
    this.assertCan(actor, permission);
    const screen = await this.repos.screens.get(screenId);
    if (!screen || !(await this.visible(actor, [screen.gateId])))
      throw new NotFoundError(`screen "${screenId}" does not exist`);
    if (permission !== 'read') await this.assertWritable(actor, [screen.gateId], `screen "${screenId}"`);
    return screen;
  }
}
